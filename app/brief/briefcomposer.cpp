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
#include <utility>

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

// Where one layout of the brief puts its parts, in layout units: how much of each a page
// holds is worked out from these, instead of laying the brief out again for every count.
// Measured with every part in (the stance summaries in or not, as laid out).
struct Measures
{
    double header = 0; // down to the stance section, the bottom line included
    double summary = 0; // of which the bottom line
    QList<double> rows; // rows[k]: the stance section with its first k issue rows, less notes
    double wording = 0; // the wording row
    double timeline = 0; // the "Over time" block
    QList<double> passages; // passages[n]: the key passage section with n passages, less notes
    double note = 0; // a line that says what was left out

    // The height of the brief as `plan` would lay it out.
    double height(const Plan &plan, int allIssues, int allPassages, bool hasWording,
                  bool hasTimeline) const
    {
        const auto at = [](const QList<double> &heights, int count) {
            return heights.isEmpty()
                ? 0.0
                : heights.at(std::clamp<qsizetype>(count, 0, heights.size() - 1));
        };
        const int notes = int(plan.issues < allIssues) + int(!plan.stanceSummaries)
            + int(!plan.wording && hasWording) + int(!plan.timeline && hasTimeline)
            + int(allPassages > 0 && plan.passages < allPassages);
        return header - (plan.summary ? 0 : summary) + at(rows, plan.issues)
            + (plan.wording ? wording : 0) + (plan.timeline ? timeline : 0)
            + at(passages, plan.passages) + notes * note;
    }
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
    // Where the parts of `document`, the last one built, begin and end.
    Measures measure(const QTextDocument &document, const Plan &plan) const;
    bool stancesByPosition(const Plan &plan, double width) const
    {
        return m_stances.shapeFor(BriefType(m_options.language, plan.pointSize), plan.issues,
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
    // Of the last build: where its parts begin, as block numbers, and its tables' rows.
    struct Marks
    {
        int summaryBlock = -1;
        int sectionBlocks[4] = {}; // stances, wording, timeline, key passages
        QList<int> rowStarts; // the stance table's issue rows, as document positions
        QList<QTextTable *> passageTables; // in order
    };
    mutable Marks m_marks;
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
        m_marks.summaryBlock = cursor.blockNumber();
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
            cell.insertText(sideSwatch(key.side) + u'\u00A0'
                                + m_briefing.sides().at(key.side).name.preferred(m_preference),
                            side);
        }
        for (int column = 0; column < 2; ++column) {
            cell = pair->cellAt(0, column + 1).firstCursorPosition();
            cell.insertText(passage.text[std::size_t(column)], format(0.95));
        }
        m_marks.passageTables.append(pair);
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
    m_marks = {};
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
    // Each part begins with a block of its own, numbered as the count so far.
    m_marks.sectionBlocks[0] = document->blockCount();
    m_stances.add(cursor, m_type, plan.issues, plan.stanceSummaries, width, &m_marks.rowStarts);
    m_marks.sectionBlocks[1] = document->blockCount();
    if (plan.wording)
        m_wording.add(cursor, m_type, m_text);
    else if (hasWording())
        m_type.addNote(cursor,
                       m_text(QT_TRANSLATE_NOOP3("Brief", "The wording row is left out for space.",
                                                 "what did not fit on the page")));
    m_marks.sectionBlocks[2] = document->blockCount();
    if (plan.timeline)
        m_timeline.add(cursor, m_type, m_text);
    else if (hasTimeline())
        m_type.addNote(
            cursor,
            m_text(QT_TRANSLATE_NOOP3("Brief", "The timeline rows are left out for space.",
                                      "what did not fit on the page")));
    m_marks.sectionBlocks[3] = document->blockCount();
    addPassages(cursor, plan);
    // Lay out once, at the end: with a layout attached while the content is inserted,
    // every insertion would be laid out again (seconds instead of milliseconds).
    document->documentLayout()->setPaintDevice(briefReferenceDevice());
    document->setTextWidth(width);
    return document;
}

Measures Composer::measure(const QTextDocument &document, const Plan &plan) const
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    const double end = document.size().height();
    const auto top = [&](const QTextBlock &block) {
        return block.isValid() ? layout->blockBoundingRect(block).top() : end;
    };
    const auto topOfNumber = [&](int number) {
        return top(document.findBlockByNumber(number));
    };
    const auto topAt = [&](int position) {
        return top(document.findBlock(position));
    };
    const double unitsPerPoint = BriefLayout::unitsPerInch / 72.0;

    Measures measures;
    {
        // A note as the brief adds it, on a page of its own.
        QTextDocument alone;
        alone.setDocumentMargin(0);
        alone.setDefaultFont(document.defaultFont());
        QTextCursor cursor(&alone);
        m_type.addNote(cursor, u"M"_s);
        alone.documentLayout()->setPaintDevice(briefReferenceDevice());
        alone.setTextWidth(document.textWidth());
        measures.note = alone.size().height()
            - alone.documentLayout()->blockBoundingRect(alone.firstBlock()).height();
    }
    double starts[5];
    for (int section = 0; section < 4; ++section)
        starts[section] = topOfNumber(m_marks.sectionBlocks[section]);
    starts[4] = end;
    measures.header = starts[0];
    if (m_marks.summaryBlock >= 0)
        measures.summary = starts[0] - topOfNumber(m_marks.summaryBlock)
            + m_type.pointSize() * 0.6 * unitsPerPoint;

    // The stance section less its notes, then less the rows beyond each count.
    const double stances = starts[1] - starts[0]
        - measures.note
            * (int(plan.issues < m_briefing.issues().size()) + int(!plan.stanceSummaries));
    const QList<int> &rowStarts = m_marks.rowStarts;
    QTextTable *table = rowStarts.isEmpty()
        ? nullptr
        : qobject_cast<QTextTable *>(document.frameAt(rowStarts.first()));
    const double tableEnd = table ? layout->frameBoundingRect(table).bottom() : 0;
    for (int rows = 0; rows < rowStarts.size(); ++rows)
        measures.rows.append(stances - (tableEnd - topAt(rowStarts.at(rows))));
    measures.rows.append(stances);

    measures.wording = plan.wording ? starts[2] - starts[1] : 0;
    measures.timeline = plan.timeline ? starts[3] - starts[2] : 0;

    if (!m_keyPassages.isEmpty()) {
        const double passages =
            starts[4] - starts[3] - (plan.passages < m_keyPassages.size() ? measures.note : 0);
        const QList<QTextTable *> &tables = m_marks.passageTables;
        const double tablesEnd =
            tables.isEmpty() ? 0 : layout->frameBoundingRect(tables.last()).bottom();
        // None: the heading alone, with its margin below.
        const QTextBlock heading = document.findBlockByNumber(m_marks.sectionBlocks[3]);
        measures.passages.append(layout->blockBoundingRect(heading).height()
                                 + m_type.pointSize() * 0.3 * unitsPerPoint);
        for (int count = 1; count <= tables.size(); ++count)
            measures.passages.append(
                passages - (tablesEnd - layout->frameBoundingRect(tables.at(count - 1)).bottom()));
    }
    return measures;
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
    const int allPassages = int(composer.keys().size());
    const int allIssues = int(briefing.issues().size());

    Plan plan;
    // No more key passages (or matrix rows) than one line each could fill the page with:
    // laying out the rest of a long briefing would be wasted work.
    const int cap =
        int(height / (BriefLayout::minimumBodyPointSize * 1.2 * BriefLayout::unitsPerInch / 72))
        + 1;
    plan.passages = std::min(allPassages, cap);
    // A row with a stance summary takes two lines at least.
    const auto rowsFilling = [&](bool summaries) {
        int lines = 0;
        for (int row = 0; row < allIssues; ++row) {
            const QList<Stance> &stances = briefing.issues().at(row).stances;
            lines += summaries
                    && std::any_of(stances.cbegin(), stances.cend(),
                                   [](const Stance &stance) { return !stance.summary.isEmpty(); })
                ? 2
                : 1;
            if (lines > cap)
                return row + 1;
        }
        return allIssues;
    };
    plan.issues = rowsFilling(true);
    const double maximum = BriefLayout::maximumBodyPointSize;
    const double minimum = BriefLayout::minimumBodyPointSize;
    const auto buildAt = [&](double pointSize) {
        plan.pointSize = pointSize;
        return composer.build(plan, width);
    };

    // 1. Everything, at the largest size that fits. Text height grows about with the
    //    square of the size (taller lines, fewer words per line): estimate, then step.
    //    More rows than the cap cannot fit at any size: then straight to the floor.
    std::shared_ptr<QTextDocument> atFloor; // everything at the smallest size, once laid out
    if (plan.passages == allPassages && plan.issues == allIssues) {
        const auto full = buildAt(maximum);
        if (fits(full)) {
            layout.body = full;
        } else {
            const double estimate = maximum * std::sqrt(height / full->size().height());
            double size = std::clamp(std::floor(estimate * 2) / 2, minimum, maximum - 0.5);
            auto found = buildAt(size);
            const auto keepFloor = [&](const std::shared_ptr<QTextDocument> &document) {
                if (plan.pointSize == minimum)
                    atFloor = document;
                return fits(document) ? document : nullptr;
            };
            if ((found = keepFloor(found))) {
                // The estimate was safe; a step larger may still fit.
                for (double larger = size + 0.5; larger < maximum; larger += 0.5) {
                    auto more = keepFloor(buildAt(larger));
                    if (!more)
                        break;
                    found = more;
                    size = larger;
                }
            } else {
                for (double smaller = size - 0.5; !found && smaller >= minimum; smaller -= 0.5) {
                    found = keepFloor(buildAt(smaller));
                    size = smaller;
                }
            }
            plan.pointSize = size;
            layout.body = found;
        }
    }

    if (!layout.body) {
        // 2. At the legibility floor, from measurements of one layout: key passages go
        //    first, down to a few; then the timeline rows, the wording row, the stance
        //    summaries and the bottom line; then rows of the matrix, so that the page always
        //    keeps a few key passages however many issues there are. Each cut is said on
        //    the page.
        plan.pointSize = minimum;
        const int most = plan.passages;
        const int few = std::min(most, 3);
        // Measured with `passages` key passages and the rest as planned. A long briefing's
        // matrix fills the page, so its first layout takes only a few passages: laying out
        // dozens more would be wasted (most of the time the page took at 10,000 passages).
        const auto measureWith = [&](int passages) {
            const int planned = std::exchange(plan.passages, passages);
            const Measures measures = composer.measure(*composer.build(plan, width), plan);
            plan.passages = planned;
            return measures;
        };
        Measures measures = atFloor ? composer.measure(*atFloor, plan) : measureWith(few);
        const auto measuredPassages = [&] {
            return std::min(most, int(std::max<qsizetype>(measures.passages.size(), 1)) - 1);
        };
        const auto predicted = [&] {
            return measures.height(plan, allIssues, allPassages, composer.hasWording(),
                                   composer.hasTimeline());
        };
        // The most key passages measured, at least `least`, that fit with the rest as planned.
        const auto fillWithPassages = [&](int least) {
            for (plan.passages = measuredPassages(); plan.passages >= least; --plan.passages) {
                if (predicted() <= height)
                    return true;
            }
            plan.passages = least;
            return false;
        };
        bool fitted = fillWithPassages(few);
        if (!fitted && composer.hasTimeline()) {
            plan.timeline = false;
            fitted = fillWithPassages(few);
        }
        if (!fitted && composer.hasWording()) {
            plan.wording = false;
            fitted = fillWithPassages(few);
        }
        if (!fitted) {
            // Without summaries the rows change height, and the table may change shape.
            plan.stanceSummaries = false;
            plan.issues = rowsFilling(false);
            measures = measureWith(measuredPassages());
            fitted = fillWithPassages(few);
        }
        if (!fitted && !briefing.summary().isEmpty()) {
            plan.summary = false;
            fitted = fillWithPassages(few);
        }
        if (!fitted) {
            // The matrix alone fills the page: as many rows as leave room for a few key
            // passages (or, if those are too long for any page, for none).
            plan.passages = few;
            while (plan.issues > 0 && predicted() > height)
                --plan.issues;
            if (!fillWithPassages(few)) {
                plan.issues = rowsFilling(plan.stanceSummaries);
                plan.passages = 0;
                while (plan.issues > 0 && predicted() > height)
                    --plan.issues;
                fillWithPassages(0);
            }
        }
        const auto smallestPassage = [&] {
            double smallest = height;
            for (qsizetype n = 2; n < measures.passages.size(); ++n)
                smallest =
                    std::min(smallest, measures.passages.at(n) - measures.passages.at(n - 1));
            return smallest;
        };
        if (plan.passages == measuredPassages() && plan.passages < most
            && height - predicted() >= smallestPassage()) {
            // Room may be left for more passages than were measured: measure them all, as
            // now planned, and fill again.
            measures = measureWith(most);
            fillWithPassages(plan.passages);
        }
        // The one build of the page; the measurements are of other layouts, so the page
        // may come out a little longer: then a passage (or a row) less, while there are any.
        layout.body = composer.build(plan, width);
        while (!fits(layout.body) && (plan.passages > 0 || plan.issues > 0)) {
            if (plan.passages > few || plan.issues == 0)
                --plan.passages;
            else
                --plan.issues;
            layout.body = composer.build(plan, width);
        }
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
