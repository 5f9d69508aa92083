#include "brief/briefcomposer.h"

#include "brief/briefstances.h"
#include "brief/briefstyle.h"
#include "brief/brieftimelinerows.h"
#include "brief/briefwording.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double unitsPerMm = BriefLayout::unitsPerInch / 25.4;

constexpr double pageMarginMm = 14.0;
constexpr double footerPointSize = 7.0;

// Which content is in, and at what size: the fitting loop varies this.
struct Plan
{
    double pointSize = BriefLayout::maximumBodyPointSize;
    int passages = 0;
    int issues = 0;
    bool stanceSummaries = true;
    bool summary = true;
    bool wording = true;
    bool timeline = true;
};

struct KeyPassage
{
    int passage;
    int issue;
    int side;
};

// The evidence of the selected issue, or of every issue, once each: grouped by issue in
// the briefing's order, then in document order.
QList<KeyPassage> keyPassages(const Briefing &briefing, int selectedIssue)
{
    QHash<int, KeyPassage> first;
    for (int i = 0; i < briefing.issues().size(); ++i) {
        if (selectedIssue >= 0 && i != selectedIssue)
            continue;
        for (const Stance &stance : briefing.issues().at(i).stances) {
            for (int passage : stance.evidence) {
                if (!first.contains(passage))
                    first.insert(passage, {passage, i, stance.side});
            }
        }
    }
    QList<KeyPassage> result = first.values();
    std::sort(result.begin(), result.end(), [](const KeyPassage &a, const KeyPassage &b) {
        return std::tie(a.issue, a.passage) < std::tie(b.issue, b.passage);
    });
    return result;
}

class Composer
{
public:
    Composer(const Briefing &briefing, const BriefOptions &options)
        : m_briefing(briefing)
        , m_options(options)
        , m_text(options.translator, options.language)
        , m_preference{options.language}
        , m_stances(briefing, m_text, m_preference)
        , m_keyPassages(keyPassages(briefing, options.issue))
        , m_wording(briefing, m_preference)
        , m_timeline(briefing, options.timelines, m_preference)
        , m_type(options.language, BriefLayout::maximumBodyPointSize)
    { }

    const QList<KeyPassage> &keys() const { return m_keyPassages; }
    bool hasWording() const { return !m_wording.isEmpty(); }
    bool hasTimeline() const { return !m_timeline.isEmpty(); }
    std::shared_ptr<QTextDocument> build(const Plan &plan, double width) const;
    QString footer() const;
    // How many key passages of the last build end within `height` (keeping `reserve` free
    // for the line that says what was left out).
    int passagesEndingWithin(const QTextDocument &document, double height, double reserve) const;
    bool stancesByPosition(const Plan &plan, double width) const
    {
        return m_stances.shapeFor(BriefType(m_options.language, plan.pointSize),
                                  plan.stanceSummaries, width)
            == BriefStances::Shape::ByPosition;
    }

private:
    QTextCharFormat format(double scale, bool bold = false, bool muted = false) const
    {
        return m_type.format(scale, bold, muted);
    }
    void addHeader(QTextCursor &cursor, const Plan &plan) const;
    void addPassages(QTextCursor &cursor, const Plan &plan) const;

    const Briefing &m_briefing;
    const BriefOptions &m_options;
    BriefText m_text;
    QStringList m_preference;
    BriefStances m_stances;
    QList<KeyPassage> m_keyPassages;
    BriefWording m_wording;
    BriefTimelineRows m_timeline;
    mutable BriefType m_type;
    mutable QList<QTextTable *> m_passageTables; // of the last build, in order
};

void Composer::addHeader(QTextCursor &cursor, const Plan &plan) const
{
    QStringList kicker{m_text(QT_TRANSLATE_NOOP3(
        "Brief", "BRIEF", "the kind of document, printed small above the title"))};
    if (m_briefing.date().isValid())
        kicker.append(m_text.locale().toString(m_briefing.date(), QLocale::LongFormat));
    if (!m_briefing.source().name.isEmpty())
        kicker.append(m_briefing.source().name);
    cursor.insertText(kicker.join(u"  ·  "_s), format(0.85, true, true));

    const QString title = m_briefing.title().preferred(m_preference);
    QTextBlockFormat titleBlock;
    titleBlock.setTopMargin(formatPixels(m_type.pointSize() * 0.4));
    cursor.insertBlock(titleBlock);
    cursor.insertText(title, format(1.75, true));
    for (const QString &language : m_briefing.languages()) {
        const QString other = m_briefing.title().text(language);
        if (other.isEmpty() || other == title)
            continue;
        cursor.insertBlock();
        cursor.insertText(other, format(1.2, false, true));
    }

    const QString summary = m_briefing.summary().preferred(m_preference);
    if (plan.summary && !summary.isEmpty()) {
        QTextBlockFormat block;
        block.setTopMargin(formatPixels(m_type.pointSize() * 0.6));
        cursor.insertBlock(block);
        cursor.insertText(m_text(QT_TRANSLATE_NOOP3(
                              "Brief", "Bottom line: ", "label before the briefing's summary")),
                          format(1.0, true));
        cursor.insertText(summary, format(1.0));
    }
}

void Composer::addPassages(QTextCursor &cursor, const Plan &plan) const
{
    if (m_keyPassages.isEmpty())
        return;
    QTextBlockFormat heading;
    heading.setTopMargin(formatPixels(m_type.pointSize() * 0.9));
    heading.setBottomMargin(formatPixels(m_type.pointSize() * 0.3));
    cursor.insertBlock(heading);
    QString title = m_text(
        QT_TRANSLATE_NOOP3("Brief", "Key passages", "heading: the passages that show the stances"));
    if (m_options.issue >= 0 && m_options.issue < m_briefing.issues().size())
        title += u" — "_s + m_briefing.issues().at(m_options.issue).title.preferred(m_preference);
    cursor.insertText(title, format(1.2, true));

    // One small table per passage: Qt lays tables out as a whole, and many short ones cost
    // far less than one long one. The label column says where the passage stands.
    const int shown = std::min<int>(plan.passages, int(m_keyPassages.size()));
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(formatPixels(m_type.pointSize() * 0.25));
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 12),
                                     QTextLength(QTextLength::PercentageLength, 44),
                                     QTextLength(QTextLength::PercentageLength, 44)});
    const bool grouped = m_options.issue < 0;
    for (int i = 0; i < shown; ++i) {
        const KeyPassage &key = m_keyPassages.at(i);
        const Passage &passage = m_briefing.passages().at(key.passage);
        if (grouped && (i == 0 || m_keyPassages.at(i - 1).issue != key.issue)) {
            // Every issue's evidence under its title.
            QTextBlockFormat group;
            group.setTopMargin(formatPixels(m_type.pointSize() * 0.4));
            cursor.insertBlock(group);
            cursor.insertText(m_briefing.issues().at(key.issue).title.preferred(m_preference),
                              format(0.9, true));
        }
        QTextTable *pair = cursor.insertTable(1, 3, table);
        QTextCursor cell = pair->cellAt(0, 0).firstCursorPosition();
        cell.insertText(
            m_text(QT_TRANSLATE_NOOP3("Brief", "¶ %1", "a passage's number")).arg(key.passage + 1),
            format(0.8, true, true));
        if (key.side >= 0 && key.side < m_briefing.sides().size()) {
            cell.insertBlock();
            QTextCharFormat side = format(0.75, true);
            side.setForeground(printableSideColor(m_briefing.sides().at(key.side).color));
            cell.insertText(m_briefing.sides().at(key.side).name.preferred(m_preference), side);
        }
        for (int column = 0; column < 2; ++column) {
            cell = pair->cellAt(0, column + 1).firstCursorPosition();
            cell.insertText(passage.text[std::size_t(column)], format(0.95));
        }
        m_passageTables.append(pair);
        cursor = pair->lastCursorPosition();
        cursor.movePosition(QTextCursor::NextBlock);
    }
    if (shown < m_keyPassages.size()) {
        m_type.addNote(
            cursor,
            m_text(QT_TRANSLATE_N_NOOP3("Brief", "%n more passage(s) in the full briefing.",
                                        "what did not fit on the page"),
                   int(m_keyPassages.size()) - shown));
    }
}

std::shared_ptr<QTextDocument> Composer::build(const Plan &plan, double width) const
{
    m_type = BriefType(m_options.language, plan.pointSize);
    m_passageTables.clear();
    auto document = std::make_shared<QTextDocument>();
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    QFont font;
    font.setFamilies(briefFontFamilies(m_options.language));
    font.setPointSizeF(plan.pointSize);
    document->setDefaultFont(font);

    // Built with the cursor API, never from HTML: document text stays plain text.
    QTextCursor cursor(document.get());
    addHeader(cursor, plan);
    m_stances.add(cursor, m_type, plan.issues, plan.stanceSummaries, width);
    if (plan.wording)
        m_wording.add(cursor, m_type, m_text);
    else if (hasWording())
        m_type.addNote(cursor,
                       m_text(QT_TRANSLATE_NOOP3("Brief", "The wording row is left out for space.",
                                                 "what did not fit on the page")));
    if (plan.timeline)
        m_timeline.add(cursor, m_type, m_text);
    else if (hasTimeline())
        m_type.addNote(
            cursor,
            m_text(QT_TRANSLATE_NOOP3("Brief", "The timeline rows are left out for space.",
                                      "what did not fit on the page")));
    addPassages(cursor, plan);
    // Lay out once, at the end: with a layout attached while the content is inserted,
    // every insertion would be laid out again (seconds instead of milliseconds).
    document->documentLayout()->setPaintDevice(briefReferenceDevice());
    document->setTextWidth(width);
    return document;
}

int Composer::passagesEndingWithin(const QTextDocument &document, double height,
                                   double reserve) const
{
    return tablesEndingWithin(document, m_passageTables, height, reserve);
}

QString Composer::footer() const
{
    QStringList parts;
    if (!m_briefing.source().name.isEmpty())
        parts.append(m_text(QT_TRANSLATE_NOOP3("Brief", "Source: %1", "footer"))
                         .arg(m_briefing.source().name));
    parts.append(m_text(QT_TRANSLATE_NOOP3("Brief", "Generated %1",
                                           "footer: date and time the brief was made"))
                     .arg(m_text.locale().toString(m_options.generatedAt, QLocale::ShortFormat)));
    parts.append(u"Bilateral %1"_s.arg(m_options.version));
    if (!m_options.sourceDigest.isEmpty())
        parts.append(u"SHA-256 %1"_s.arg(m_options.sourceDigest.left(12)));
    return parts.join(u"  ·  "_s);
}
} // namespace

bool BriefLayout::fits() const
{
    return body && body->size().height() <= bodyRect.height() + 0.5;
}

BriefLayout composeBrief(const Briefing &briefing, const BriefOptions &options)
{
    BriefLayout layout;
    const QSizeF points = options.pageSize.size(QPageSize::Point);
    layout.pageSize = points * (BriefLayout::unitsPerInch / 72.0);
    const double margin = pageMarginMm * unitsPerMm;
    const double footerHeight = footerPointSize * 2.2 * BriefLayout::unitsPerInch / 72.0;
    layout.footerRect = QRectF(margin, layout.pageSize.height() - margin - footerHeight,
                               layout.pageSize.width() - 2 * margin, footerHeight);
    layout.bodyRect = QRectF(margin, margin, layout.pageSize.width() - 2 * margin,
                             layout.footerRect.top() - margin - footerHeight * 0.3);

    const Composer composer(briefing, options);
    layout.footer = composer.footer();
    const double width = layout.bodyRect.width();
    const double height = layout.bodyRect.height();
    const auto fits = [&](const std::shared_ptr<QTextDocument> &document) {
        return document->size().height() <= height;
    };

    Plan plan;
    // No more key passages (or matrix rows) than one line each could fill the page with:
    // laying out the rest of a long briefing would be wasted work.
    const int passageCap =
        int(height / (BriefLayout::minimumBodyPointSize * 1.2 * BriefLayout::unitsPerInch / 72))
        + 1;
    plan.passages = std::min(int(composer.keys().size()), passageCap);
    plan.issues =
        std::min(int(briefing.issues().size()), passageCap); // the same bound for matrix rows
    const auto tryPlan = [&] {
        auto document = composer.build(plan, width);
        return fits(document) ? document : nullptr;
    };

    // 1. Everything, at the largest size that fits. Text height grows about with the
    //    square of the size (taller lines, fewer words per line): estimate, then step.
    const double maximum = BriefLayout::maximumBodyPointSize;
    const double minimum = BriefLayout::minimumBodyPointSize;
    plan.pointSize = maximum;
    const auto full = composer.build(plan, width);
    if (fits(full)) {
        layout.body = full;
    } else {
        const double estimate = maximum * std::sqrt(height / full->size().height());
        double size = std::clamp(std::floor(estimate * 2) / 2, minimum, maximum - 0.5);
        plan.pointSize = size;
        std::shared_ptr<QTextDocument> found = tryPlan();
        if (found) {
            // The estimate was safe; a step larger may still fit.
            for (plan.pointSize = size + 0.5; plan.pointSize < maximum; plan.pointSize += 0.5) {
                auto larger = tryPlan();
                if (!larger)
                    break;
                found = larger;
                size = plan.pointSize;
            }
        } else {
            for (plan.pointSize = size - 0.5; !found && plan.pointSize >= minimum;
                 plan.pointSize -= 0.5) {
                found = tryPlan();
                size = plan.pointSize;
            }
        }
        plan.pointSize = size;
        layout.body = found;
    }

    if (!layout.body) {
        // 2. At the legibility floor: key passages go first, then the summaries, then rows
        //    of the matrix; each cut is said on the page.
        plan.pointSize = minimum;
        const int allPassages = plan.passages;
        // As many key passages as end on the page, with room for the line about the rest.
        const auto fillWithPassages = [&] {
            plan.passages = allPassages;
            const auto atFloor = composer.build(plan, width);
            const double noteReserve = minimum * 2.0 * BriefLayout::unitsPerInch / 72.0;
            plan.passages = composer.passagesEndingWithin(*atFloor, height, noteReserve);
            while (!(layout.body = tryPlan()) && plan.passages > 0)
                --plan.passages;
        };
        fillWithPassages();
        if (composer.hasTimeline()
            && (!layout.body || (plan.passages == 0 && !composer.keys().isEmpty()))) {
            // The timeline rows go first: they may take the room of key passages, but never
            // of all of them, nor of anything else.
            const auto withTimeline = layout.body;
            const int passagesWithTimeline = plan.passages;
            plan.timeline = false;
            fillWithPassages();
            if (withTimeline && plan.passages == 0) {
                // Not one passage more without them: they stay.
                plan.timeline = true;
                plan.passages = passagesWithTimeline;
                layout.body = withTimeline;
            }
        }
        if (!layout.body && composer.hasWording()) {
            // Even without key passages the page is full: the wording row goes first, then
            // the stance summaries; the room each leaves is given back to key passages.
            plan.wording = false;
            fillWithPassages();
        }
        if (!layout.body) {
            plan.stanceSummaries = false;
            fillWithPassages();
        }
        if (!layout.body) {
            plan.summary = false;
            fillWithPassages();
        }
        // Rarely needed: a matrix too long for the page even without its summaries. Step
        // down to a count that fits, then bisect back up to the most rows that fit.
        int tooMany = plan.issues;
        while (!layout.body && plan.issues > 0) {
            tooMany = plan.issues;
            plan.issues = std::max(0, plan.issues - std::max(1, plan.issues / 8));
            layout.body = tryPlan();
        }
        plan.issues = largestFitting(plan.issues, tooMany, layout.body, [&](int issues) {
            plan.issues = issues;
            return tryPlan();
        });
        if (!layout.body)
            layout.body = composer.build(plan, width);
    }
    layout.bodyPointSize = plan.pointSize;
    layout.passagesShown = plan.passages;
    layout.passagesOmitted = int(composer.keys().size()) - plan.passages;
    layout.issuesOmitted = int(briefing.issues().size()) - plan.issues;
    layout.stanceSummariesOmitted = !plan.stanceSummaries;
    layout.summaryOmitted = !plan.summary && !briefing.summary().isEmpty();
    layout.wordingOmitted = !plan.wording;
    layout.hasWording = composer.hasWording();
    layout.hasTimeline = composer.hasTimeline();
    layout.timelineOmitted = layout.hasTimeline && !plan.timeline;
    layout.stancesByPosition = composer.stancesByPosition(plan, width);
    return layout;
}
