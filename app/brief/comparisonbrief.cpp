#include "brief/comparisonbrief.h"

#include "brief/briefrenderer.h"
#include "brief/briefstyle.h"
#include "brief/comparisontables.h"
#include "files/atomicfile.h"
#include "i18n/translationcatalog.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Compared = ReadoutComparison::ComparedIssue;

namespace {
constexpr double unitsPerMm = briefUnitsPerInch / 25.4;
constexpr double unitsPerPoint = briefUnitsPerInch / 72.0;
constexpr double pageMarginMm = 14.0;
constexpr double footerPointSize = 7.0;
constexpr double minimumSize = BriefLayout::minimumBodyPointSize;
constexpr double maximumSize = BriefLayout::maximumBodyPointSize;

// Which content is in, and at what size: the fitting loop varies this.
struct Plan
{
    double pointSize = maximumSize;
    int rows = 0; // rows of the issue table, those where the readouts differ first
    bool wording = true;
    int evidence = 0; // issues with their evidence side by side
    int evidenceLines = 3; // each passage text cut to about this many lines
};

// `text` cut to `width` layout units on one line (about that many lines' worth when
// wrapped), at a word where one is near, with an ellipsis; as it was when it fits.
QString shortenedText(const QString &text, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    QString cut = metrics.elidedText(text, Qt::ElideRight, width);
    if (cut.endsWith(u'\u2026'))
        cut.chop(1);
    else if (cut.endsWith(u"..."_s))
        cut.chop(3);
    // Back to the last word boundary when one is near (Japanese has none to go back to).
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > 0 && cut.size() - space < 16)
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut + u'\u2026';
}

// One language of the passages a stance cites, in document order: adjacent passages run
// on, a gap between others is marked with an ellipsis.
QString citedText(const Briefing &briefing, const Stance &stance, std::size_t language)
{
    QString text;
    int previous = -2;
    for (int passage : stance.evidence) {
        const QString part = briefing.passages().at(passage).text[language];
        if (part.isEmpty())
            continue;
        if (!text.isEmpty())
            text += passage == previous + 1 ? u" "_s : u" \u2026 "_s;
        text += part;
        previous = passage;
    }
    return text;
}

// A's or B's half of an issue: each side's position there, with the passages behind it.
void addHalf(QTextCursor &cell, const ComparisonContext &context, const BriefType &type,
             const Compared &issue, bool isA, int lines, double width)
{
    const Briefing &briefing = isA ? context.comparison().a : context.comparison().b;
    if ((isA ? issue.issueA : issue.issueB) < 0) {
        QTextCharFormat note = type.format(0.9, false, true);
        note.setFontItalic(true);
        cell.insertText(context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Not raised in %1.",
                                                   "evidence: the readout leaves the issue out"))
                            .arg(context.letter(isA)),
                        note);
        return;
    }
    cell.insertText(context.letter(isA) + u"  "_s, type.format(0.85, true, true));
    // The briefing's first language, then English under it.
    QList<std::size_t> languages{0};
    if (briefing.languages().at(0) != u"en"_s && briefing.languages().at(1) == u"en"_s)
        languages.append(1);
    bool firstSide = true;
    for (const ReadoutComparison::SideStances &side : issue.sides) {
        const Stance *stance = isA ? side.a : side.b;
        if (!stance)
            continue;
        if (!firstSide) {
            QTextBlockFormat gap;
            gap.setTopMargin(formatPixels(type.pointSize() * 0.3));
            cell.insertBlock(gap);
        }
        firstSide = false;
        const QColor color = context.sideColor(side.side);
        QTextCharFormat name = type.format(0.85, true);
        name.setForeground(printableSideColor(color));
        const QString sideLabel = u"\u25A0 "_s + context.sideName(side.side) + u"  "_s;
        const QString position = context.positionLabel(stance);
        cell.insertText(sideLabel, name);
        cell.insertText(position, context.positionFormat(type, stance, color, 0.85, true));
        if (stance->evidence.isEmpty()) {
            cell.insertText(
                u"  "_s
                    + context(QT_TRANSLATE_NOOP3("ComparisonBrief", "No passage cited.",
                                                 "evidence: a stance without passages")),
                type.format(0.85, false, true));
            continue;
        }
        // The first language runs on after the side and its position; English under it.
        const double labelWidth = QFontMetricsF(name.font(), briefReferenceDevice())
                                      .horizontalAdvance(sideLabel + position + u"  "_s);
        for (std::size_t language : std::as_const(languages)) {
            const QString text = citedText(briefing, *stance, language);
            if (text.isEmpty())
                continue;
            const QTextCharFormat format =
                type.format(language == 0 ? 0.9 : 0.85, false, language != 0);
            const QFontMetricsF metrics(format.font(), briefReferenceDevice());
            double budget = width * lines * 0.9;
            if (language == 0) {
                budget -= labelWidth;
                cell.insertText(u"  "_s, format);
            } else {
                cell.insertBlock(QTextBlockFormat()); // not the gap above a side
            }
            cell.insertText(shortenedText(text, metrics, std::max(budget, width * 0.3)), format);
        }
    }
    if (firstSide)
        cell.insertText(context(QT_TRANSLATE_NOOP3("ComparisonBrief", "No stance recorded.",
                                                   "evidence: the readout names no side")),
                        type.format(0.85, false, true));
}

// "Evidence where they differ": for each of `issues`, the passages each readout cites for
// each side's stance, A's beside B's, in its first language and English, each cut to
// about `lines` lines. Returns one table per issue, in order, for measuring.
QList<QTextTable *> addComparisonEvidence(QTextCursor &cursor, const ComparisonContext &context,
                                          const BriefType &type, const QList<int> &issues,
                                          int lines, double width)
{
    QList<QTextTable *> tables;
    if (issues.isEmpty())
        return tables;
    addComparisonHeading(cursor, type,
                         context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Evidence where they differ",
                                                    "heading: the passages behind the "
                                                    "differences")));
    QTextTableFormat format = comparisonTableFormat(type);
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                      QTextLength(QTextLength::PercentageLength, 50)});
    // A half less its padding and a point for the rules and rounding.
    const double half = width / 2 - (2 * type.pointSize() * 0.3 + 1) * unitsPerPoint;
    for (int index : issues) {
        const Compared &issue = context.comparison().issues.at(index);
        QTextBlockFormat title;
        title.setTopMargin(formatPixels(type.pointSize() * 0.4));
        title.setBottomMargin(formatPixels(type.pointSize() * 0.15));
        cursor.insertBlock(title);
        cursor.insertText(issue.title.preferred(context.preference()), type.format(0.9, true));
        // One small table per issue: Qt lays out many short tables faster than a long one.
        QTextTable *pair = cursor.insertTable(1, 2, format);
        for (int column = 0; column < 2; ++column) {
            QTextCursor cell = pair->cellAt(0, column).firstCursorPosition();
            addHalf(cell, context, type, issue, column == 0, lines, half);
        }
        tables.append(pair);
        cursor = pair->lastCursorPosition();
        cursor.movePosition(QTextCursor::NextBlock);
    }
    return tables;
}

class Composer
{
public:
    Composer(const ReadoutComparison &comparison, const ComparisonBriefOptions &options);

    int issueCount() const { return int(m_priority.size()); }
    int evidenceCount() const { return int(m_evidenceIssues.size()); }
    int wordingCount() const { return int(m_wordings.size()); }
    std::shared_ptr<QTextDocument> build(const Plan &plan, double width) const;
    QString footer() const;
    // Of the last build: how many rows of the issue table, or issues' evidence, end within
    // `height` less `reserve` (room for the lines that say what was left out).
    int rowsEndingWithin(const QTextDocument &document, double height, double reserve) const;
    int evidenceEndingWithin(const QTextDocument &document, double height, double reserve) const;

private:
    const ComparisonBriefOptions &m_options;
    ComparisonContext m_context;
    QList<int> m_priority; // issues: those where the readouts differ first, then the rest
    QList<int> m_evidenceIssues; // issues where they differ, in the comparison's order
    QList<int> m_wordings; // into the comparison's wordings, grouped by concept
    mutable QTextTable *m_issueTable = nullptr; // of the last build
    mutable QList<QTextTable *> m_evidenceTables;
};

Composer::Composer(const ReadoutComparison &comparison, const ComparisonBriefOptions &options)
    : m_options(options)
    , m_context(comparison, options.translator, options.language)
{
    for (int i = 0; i < comparison.issues.size(); ++i) {
        if (ComparisonContext::differs(comparison.issues.at(i)))
            m_evidenceIssues.append(i);
    }
    m_priority = m_evidenceIssues;
    for (int i = 0; i < comparison.issues.size(); ++i) {
        if (!m_evidenceIssues.contains(i))
            m_priority.append(i);
    }
    // Each concept's wordings together, in the order the concepts are first met.
    QStringList concepts;
    for (const ReadoutComparison::Wording &wording : comparison.wordings) {
        if (!concepts.contains(wording.conceptId))
            concepts.append(wording.conceptId);
    }
    for (const QString &concept_ : std::as_const(concepts)) {
        for (int w = 0; w < comparison.wordings.size(); ++w) {
            if (comparison.wordings.at(w).conceptId == concept_)
                m_wordings.append(w);
        }
    }
}

std::shared_ptr<QTextDocument> Composer::build(const Plan &plan, double width) const
{
    const BriefType type(m_options.language, plan.pointSize);
    auto document = std::make_shared<QTextDocument>();
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    QFont font;
    font.setFamilies(briefFontFamilies(m_options.language));
    font.setPointSizeF(plan.pointSize);
    document->setDefaultFont(font);

    // The rows shown keep the comparison's order; the first left out are those where A and
    // B agree.
    QList<int> rows = m_priority.mid(0, plan.rows);
    std::sort(rows.begin(), rows.end());
    // Built with the cursor API, never from HTML: document text stays plain text.
    QTextCursor cursor(document.get());
    QList<QTextTable *> aligned{addComparisonHeader(cursor, m_context, type)};
    m_issueTable = addIssueTable(cursor, m_context, type, rows);
    aligned.append(m_issueTable);
    if (rows.size() < m_priority.size()) {
        const int omitted = int(m_priority.size() - rows.size());
        const bool agreeing = m_evidenceIssues.size() <= rows.size();
        type.addNote(
            cursor,
            agreeing
                ? m_context(QT_TRANSLATE_N_NOOP3("ComparisonBrief",
                                                 "%n issue(s) on which the readouts agree left "
                                                 "out for space.",
                                                 "what did not fit on the page"),
                            omitted)
                : m_context(QT_TRANSLATE_N_NOOP3("ComparisonBrief",
                                                 "%n more issue(s) left out for space.",
                                                 "what did not fit on the page"),
                            omitted));
    }
    if (plan.wording)
        aligned.append(addWordingTable(cursor, m_context, type, m_wordings));
    else if (!m_wordings.isEmpty())
        type.addNote(cursor,
                     m_context(QT_TRANSLATE_NOOP3("ComparisonBrief",
                                                  "The wording table is left out for space.",
                                                  "what did not fit on the page")));
    QList<int> evidence;
    for (int issue : std::as_const(m_evidenceIssues)) {
        if (rows.contains(issue))
            evidence.append(issue);
    }
    const int shown = std::min<int>(plan.evidence, int(evidence.size()));
    m_evidenceTables = addComparisonEvidence(cursor, m_context, type, evidence.mid(0, shown),
                                             plan.evidenceLines, width);
    if (shown < evidence.size()) {
        type.addNote(
            cursor,
            m_context(QT_TRANSLATE_N_NOOP3("ComparisonBrief",
                                           "Evidence for %n more issue(s) is left out for space.",
                                           "what did not fit on the page"),
                      int(evidence.size()) - shown));
    }
    // Laid out once, at the end: as the brief, so insertions are not laid out one by one.
    document->documentLayout()->setPaintDevice(briefReferenceDevice());
    document->setTextWidth(width);
    document->size(); // lays out the whole, for the first lines' heights
    aligned += m_evidenceTables;
    for (QTextTable *table : std::as_const(aligned)) {
        if (table)
            alignFirstBaselines(table);
    }
    return document;
}

int Composer::rowsEndingWithin(const QTextDocument &document, double height, double reserve) const
{
    if (!m_issueTable)
        return 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int count = 0;
    for (int row = 1; row < m_issueTable->rows(); ++row) {
        double bottom = 0;
        for (int column = 0; column < m_issueTable->columns(); ++column) {
            const QTextBlock block = m_issueTable->cellAt(row, column).lastCursorPosition().block();
            bottom = std::max(bottom, layout->blockBoundingRect(block).bottom());
        }
        if (bottom > height - reserve)
            break;
        ++count;
    }
    return count;
}

int Composer::evidenceEndingWithin(const QTextDocument &document, double height,
                                   double reserve) const
{
    return tablesEndingWithin(document, m_evidenceTables, height, reserve);
}

QString Composer::footer() const
{
    const QString program =
        m_options.version.isEmpty() ? u"Bilateral"_s : u"Bilateral %1"_s.arg(m_options.version);
    QStringList parts{
        m_context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Generated by %1, %2",
                                     "footer: the program and its version, then date and time"))
            .arg(program,
                 m_context.locale().toString(m_options.generatedAt, QLocale::ShortFormat))};
    const QString fileA = QFileInfo(m_options.fileA).fileName();
    const QString fileB = QFileInfo(m_options.fileB).fileName();
    if (!fileA.isEmpty())
        parts.append(m_context.letter(true) + u": "_s + fileA);
    if (!fileB.isEmpty())
        parts.append(m_context.letter(false) + u": "_s + fileB);
    return parts.join(u"  ·  "_s);
}
} // namespace

ComparisonBriefOptions ComparisonBriefOptions::forLanguage(const QString &language,
                                                           const QPageSize &pageSize,
                                                           const QString &fileA,
                                                           const QString &fileB)
{
    ComparisonBriefOptions options;
    options.language = language;
    options.translator = TranslationCatalog::forLanguage(language);
    options.pageSize = pageSize;
    options.fileA = fileA;
    options.fileB = fileB;
    options.version = QCoreApplication::applicationVersion();
    return options;
}

namespace ComparisonBrief {

ComparisonBriefLayout compose(const ReadoutComparison &comparison,
                              const ComparisonBriefOptions &options)
{
    ComparisonBriefLayout result;
    BriefLayout &page = result.page;
    page.pageSize = options.pageSize.size(QPageSize::Point) * unitsPerPoint;
    const double margin = pageMarginMm * unitsPerMm;
    const double footerHeight = footerPointSize * 2.2 * unitsPerPoint;
    page.footerRect = QRectF(margin, page.pageSize.height() - margin - footerHeight,
                             page.pageSize.width() - 2 * margin, footerHeight);
    page.bodyRect = QRectF(margin, margin, page.pageSize.width() - 2 * margin,
                           page.footerRect.top() - margin - footerHeight * 0.3);

    const Composer composer(comparison, options);
    page.footer = composer.footer();
    const double width = page.bodyRect.width();
    const double height = page.bodyRect.height();
    const auto tryPlan = [&](const Plan &plan) -> std::shared_ptr<QTextDocument> {
        auto document = composer.build(plan, width);
        return document->size().height() <= height ? document : nullptr;
    };

    // No more rows, or issues' evidence, than one line each could fill the page with.
    const int cap = int(height / (minimumSize * 1.2 * unitsPerPoint)) + 1;
    Plan plan;
    plan.rows = std::min(composer.issueCount(), cap);
    plan.evidence = std::min(composer.evidenceCount(), cap);

    // 1. Everything, at the largest size that fits: evidence of three lines down to 8.5 pt,
    //    then of two down to the floor, then of one. Text height grows about with the
    //    square of the size.
    struct Stage
    {
        int lines;
        double smallest;
    };
    for (const Stage stage : {Stage{3, 8.5}, Stage{2, minimumSize}, Stage{1, minimumSize}}) {
        plan.evidenceLines = stage.lines;
        plan.pointSize = maximumSize;
        auto full = composer.build(plan, width);
        if (full->size().height() <= height) {
            page.body = full;
            break;
        }
        const double estimate = maximumSize * std::sqrt(height / full->size().height());
        if (estimate < stage.smallest - 1.5)
            continue; // nowhere near: cut the evidence shorter first
        double size = std::clamp(std::floor(estimate * 2) / 2, stage.smallest, maximumSize - 0.5);
        plan.pointSize = size;
        std::shared_ptr<QTextDocument> found = tryPlan(plan);
        if (found) {
            for (plan.pointSize = size + 0.5; plan.pointSize < maximumSize; plan.pointSize += 0.5) {
                auto larger = tryPlan(plan);
                if (!larger)
                    break;
                found = larger;
                size = plan.pointSize;
            }
        } else {
            for (plan.pointSize = size - 0.5; !found && plan.pointSize >= stage.smallest;
                 plan.pointSize -= 0.5) {
                found = tryPlan(plan);
                size = plan.pointSize;
            }
        }
        plan.pointSize = size;
        if ((page.body = found))
            break;
    }

    if (!page.body) {
        // 2. At the legibility floor, with the shortest evidence: evidence goes first, then
        //    the wording table, then the rows where the readouts agree, then the rest.
        plan.pointSize = minimumSize;
        plan.evidenceLines = 1;
        const double noteReserve = minimumSize * 2.5 * unitsPerPoint;
        const int allEvidence = plan.evidence;
        const auto fillWithEvidence = [&] {
            plan.evidence = allEvidence;
            const auto atFloor = composer.build(plan, width);
            plan.evidence = composer.evidenceEndingWithin(*atFloor, height, noteReserve);
            while (!(page.body = tryPlan(plan)) && plan.evidence > 0)
                --plan.evidence;
        };
        fillWithEvidence();
        if (!page.body && composer.wordingCount() > 0) {
            plan.wording = false;
            fillWithEvidence();
        }
        if (!page.body) {
            // As many rows as end on the page, then down in steps and back up by halves.
            const auto atFloor = composer.build(plan, width);
            int tooMany = plan.rows;
            int fitting = std::clamp(composer.rowsEndingWithin(*atFloor, height, 2 * noteReserve),
                                     0, plan.rows - 1);
            for (Plan trial = plan;;) {
                trial.rows = fitting;
                if ((page.body = tryPlan(trial)) || fitting == 0)
                    break;
                tooMany = fitting;
                fitting = std::max(0, fitting - std::max(1, fitting / 8));
            }
            plan.rows = largestFitting(fitting, tooMany, page.body, [&](int rows) {
                plan.rows = rows;
                return tryPlan(plan);
            });
            if (!page.body)
                page.body = composer.build(plan, width);
        }
    }
    page.bodyPointSize = plan.pointSize;
    result.issuesShown = plan.rows;
    result.issuesOmitted = composer.issueCount() - plan.rows;
    result.wordingOmitted = !plan.wording && composer.wordingCount() > 0;
    result.wordingsShown = plan.wording ? composer.wordingCount() : 0;
    result.evidenceShown = std::min(plan.evidence, composer.evidenceCount());
    result.evidenceOmitted = composer.evidenceCount() - result.evidenceShown;
    result.evidenceLines = plan.evidenceLines;
    return result;
}

void paint(QPainter &painter, const ComparisonBriefLayout &layout, const QRectF &target)
{
    paintBrief(painter, layout.page, target);
}

QString writePdf(const ComparisonBriefLayout &layout, const ReadoutComparison &comparison,
                 const QString &outPath, const ComparisonBriefOptions &options)
{
    // Made in memory, then written whole or not at all, as the brief is.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(int(briefUnitsPerInch));
        writer.setPageSize(options.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        const QStringList preference{options.language};
        writer.setTitle(comparison.a.title().preferred(preference) + u" \u2194 "_s
                        + comparison.b.title().preferred(preference));
        writer.setCreator(u"Bilateral %1"_s.arg(options.version));
        QPainter painter;
        if (!painter.begin(&writer))
            return QObject::tr("cannot start the PDF");
        paint(painter, layout, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
    }
    return AtomicFile::write(outPath, pdf.data());
}

QString writePdf(const ReadoutComparison &comparison, const QString &outPath,
                 const ComparisonBriefOptions &options)
{
    return writePdf(compose(comparison, options), comparison, outPath, options);
}

} // namespace ComparisonBrief
