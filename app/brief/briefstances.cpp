#include "brief/briefstances.h"

#include "model/stanceposition.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr double unitsPerPoint = briefUnitsPerInch / 72.0;

// The share of the matrix's width its issue column takes.
double issueColumnPercent(qsizetype sides)
{
    return sides > 2 ? 22 : 28;
}

double cellPaddingPoints(const BriefType &type)
{
    return type.pointSize() * 0.35;
}

// The stance table, as a matrix or by position: thin rules, the page's full width.
QTextTableFormat stanceTableFormat(const BriefType &type)
{
    QTextTableFormat table;
    table.setBorder(formatPixels(0.5));
    table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    table.setBorderBrush(QColor(0xb8, 0xbe, 0xc6));
    table.setBorderCollapse(true);
    table.setCellPadding(formatPixels(cellPaddingPoints(type)));
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return table;
}

// The widest run of `text` that should not be broken across lines, in layout units. Lines
// may break between any two Hangul syllables, but a narrow column that does so splits
// every Korean word: a run here is a whole word, Korean ones included. With `wholeCjkRuns`,
// a run of Chinese characters and kana is whole too: for our own short labels, where a break
// ("従来の立場を堅/持") would split a word a reader sees as one.
double widestWord(const QString &text, const QTextCharFormat &format, bool wholeCjkRuns = false)
{
    const QFontMetricsF metrics(format.font(), briefReferenceDevice());
    const auto cjk = [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana
            || script == QChar::Script_Katakana;
    };
    const auto insideWord = [&](qsizetype at) {
        if (at <= 0 || at >= text.size())
            return false;
        const QChar before = text.at(at - 1);
        const QChar after = text.at(at);
        return (before.script() == QChar::Script_Hangul && after.script() == QChar::Script_Hangul)
            || (wholeCjkRuns && cjk(before) && cjk(after));
    };
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    double widest = 0;
    qsizetype start = 0;
    while (breaks.toNextBoundary() > 0) {
        const qsizetype end = breaks.position();
        if (insideWord(end))
            continue;
        widest =
            std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}
} // namespace

BriefStances::BriefStances(const Briefing &briefing, const BriefText &text,
                           const QStringList &preference)
    : m_briefing(briefing)
    , m_text(text)
    , m_preference(preference)
{ }

QString BriefStances::sideName(int side) const
{
    const Side &entry = m_briefing.sides().at(side);
    const QString name = entry.name.preferred(m_preference);
    return name.isEmpty() ? entry.id : name;
}

QString BriefStances::positionLabel(StancePosition position) const
{
    return StancePositions::symbol(position) + u' '
        + StancePositions::label(position, m_text.translator());
}

BriefStances::Shape BriefStances::shapeFor(const BriefType &type, int issues, bool summaries,
                                           double width) const
{
    // Only the rows shown count: a long briefing's other issues are not on the page.
    const QList<Issue> shown =
        m_briefing.issues().first(std::clamp<qsizetype>(issues, 0, m_briefing.issues().size()));
    const QList<Side> &sides = m_briefing.sides();
    if (sides.size() <= 1)
        return Shape::Matrix;
    // A side's column, less its padding and a point for the rules and rounding.
    const double column = width * (100 - issueColumnPercent(sides.size())) / 100 / sides.size()
        - (2 * cellPaddingPoints(type) + 1) * unitsPerPoint;
    const auto fits = [&](const QString &text, const QTextCharFormat &format,
                          bool wholeCjkRuns = false) {
        return widestWord(text, format, wholeCjkRuns) <= column;
    };
    // Cheapest first: the names settle it for many sides.
    for (int s = 0; s < sides.size(); ++s) {
        if (!fits(sideSwatch(s) + u' ' + sideName(s), type.format(0.95, true)))
            return Shape::ByPosition;
    }
    QList<bool> used(StancePositions::count, false);
    for (const Issue &issue : shown) {
        for (int s = 0; s < sides.size(); ++s) {
            const Stance *stance = issue.stanceOf(s);
            used[int(stance ? stance->position : StancePosition::None)] = true;
        }
    }
    for (int p = 0; p < StancePositions::count; ++p) {
        if (used.at(p)
            && !fits(positionLabel(static_cast<StancePosition>(p)), type.format(0.95, true), true))
            return Shape::ByPosition;
    }
    if (summaries) {
        for (const Issue &issue : shown) {
            for (const Stance &stance : issue.stances) {
                if (!fits(stance.summary.preferred(m_preference), type.format(0.9, false, true)))
                    return Shape::ByPosition;
            }
        }
    }
    return Shape::Matrix;
}

BriefStances::Shape BriefStances::add(QTextCursor &cursor, const BriefType &type, int issues,
                                      bool summaries, double width, QList<int> *rowStarts) const
{
    const QList<Issue> &all = m_briefing.issues();
    if (all.isEmpty())
        return Shape::Matrix;
    QTextBlockFormat heading;
    heading.setTopMargin(formatPixels(type.pointSize() * 0.9));
    heading.setBottomMargin(formatPixels(type.pointSize() * 0.3));
    cursor.insertBlock(heading);
    cursor.insertText(m_text(QT_TRANSLATE_NOOP3("Brief", "Where each side stands",
                                                "heading of the stance table")),
                      type.format(1.2, true));

    const int shown = std::min<int>(issues, int(all.size()));
    const Shape shape = shapeFor(type, shown, summaries, width);
    QTextTable *table = shape == Shape::Matrix
        ? addMatrix(cursor, type, shown, summaries)
        : addByPosition(cursor, type, shown, summaries, width);
    if (rowStarts && table) {
        // Taken once the table is whole: later insertions all come after it.
        const int headerRows = table->rows() - shown;
        for (int row = 0; row < shown; ++row)
            rowStarts->append(table->cellAt(headerRows + row, 0).firstPosition());
    }

    if (shown < all.size()) {
        type.addNote(cursor,
                     m_text(QT_TRANSLATE_N_NOOP3("Brief", "%n more issue(s) in the full briefing.",
                                                 "what did not fit on the page"),
                            int(all.size()) - shown));
    }
    if (!summaries)
        type.addNote(cursor,
                     m_text(QT_TRANSLATE_NOOP3(
                         "Brief", "Stance summaries are left out for space; see the full briefing.",
                         "what did not fit on the page")));
    return shape;
}

QTextTable *BriefStances::addMatrix(QTextCursor &cursor, const BriefType &type, int shown,
                                    bool summaries) const
{
    const QList<Issue> &issues = m_briefing.issues();
    const QList<Side> &sides = m_briefing.sides();
    const int columns = 1 + int(std::max<qsizetype>(sides.size(), 1));
    QTextTableFormat table = stanceTableFormat(type);
    table.setHeaderRowCount(1);
    QList<QTextLength> widths{
        QTextLength(QTextLength::PercentageLength, issueColumnPercent(sides.size()))};
    for (int c = 1; c < columns; ++c)
        widths.append(QTextLength(QTextLength::PercentageLength,
                                  (100.0 - widths.first().rawValue()) / (columns - 1)));
    table.setColumnWidthConstraints(widths);
    QTextTable *matrix = cursor.insertTable(shown + 1, columns, table);

    QTextCharFormat headerCell;
    headerCell.setBackground(QColor(0xee, 0xf0, 0xf3));
    for (int c = 0; c < columns; ++c)
        matrix->cellAt(0, c).setFormat(headerCell);
    QTextCursor cell = matrix->cellAt(0, 0).firstCursorPosition();
    cell.insertText(
        m_text(QT_TRANSLATE_NOOP3("Brief", "Issue", "a topic of the talks; column heading")),
        type.format(0.95, true));
    for (int s = 0; s < sides.size(); ++s) {
        cell = matrix->cellAt(0, s + 1).firstCursorPosition();
        QTextCharFormat mark = type.format(0.95, true);
        mark.setForeground(printableSideColor(sides.at(s).color));
        cell.insertText(sideSwatch(s) + u' ', mark);
        cell.insertText(sideName(s), type.format(0.95, true));
    }

    for (int row = 0; row < shown; ++row) {
        const Issue &issue = issues.at(row);
        cell = matrix->cellAt(row + 1, 0).firstCursorPosition();
        cell.insertText(issue.title.preferred(m_preference), type.format(0.95, true));
        for (int s = 0; s < sides.size(); ++s) {
            cell = matrix->cellAt(row + 1, s + 1).firstCursorPosition();
            const Stance *stance = issue.stanceOf(s);
            const StancePosition position = stance ? stance->position : StancePosition::None;
            // A symbol as well as the side's colour: briefs are often printed in grey.
            QTextCharFormat label = type.format(0.95, true);
            label.setForeground(position == StancePosition::None
                                    ? QColor(0x6b, 0x72, 0x80)
                                    : printableSideColor(sides.at(s).color));
            cell.insertText(positionLabel(position), label);
            const QString summary = stance ? stance->summary.preferred(m_preference) : QString();
            if (summaries && !summary.isEmpty()) {
                cell.insertBlock();
                cell.insertText(summary, type.format(0.9, false, true));
            }
        }
    }
    cursor = matrix->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    return matrix;
}

QTextTable *BriefStances::addByPosition(QTextCursor &cursor, const BriefType &type, int shown,
                                        bool summaries, double width) const
{
    if (shown == 0)
        return nullptr; // QTextCursor::insertTable() makes no table of no rows
    const QList<Side> &sides = m_briefing.sides();
    const double em = formatPixels(type.pointSize());
    // A short name is kept on one line with its swatch; a long one may wrap between its
    // words like any text.
    const QFontMetricsF nameMetrics(type.format(0.95).font(), briefReferenceDevice());
    QStringList names;
    for (int s = 0; s < sides.size(); ++s) {
        QString name = sideName(s);
        if (nameMetrics.horizontalAdvance(name) < width / 4)
            name.replace(u' ', u'\u00A0');
        names.append(name);
    }
    const auto insertSide = [&](QTextCursor &cell, int side, const QTextCharFormat &nameFormat) {
        QTextCharFormat mark = type.format(0.95, true);
        mark.setForeground(printableSideColor(sides.at(side).color));
        cell.insertText(sideSwatch(side) + u'\u00A0', mark);
        cell.insertText(names.at(side), nameFormat);
    };

    // As the matrix, less the columns: the issue, then the positions taken on it.
    QTextTableFormat table = stanceTableFormat(type);
    const double issueColumn = issueColumnPercent(sides.size());
    table.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, issueColumn),
         QTextLength(QTextLength::PercentageLength, 100 - issueColumn)});
    QTextTable *rows = cursor.insertTable(shown, 2, table);

    for (int row = 0; row < shown; ++row) {
        const Issue &issue = m_briefing.issues().at(row);
        QTextCursor cell = rows->cellAt(row, 0).firstCursorPosition();
        cell.insertText(issue.title.preferred(m_preference), type.format(0.95, true));

        // The positions in their usual order, each on its own line with the sides that
        // hold it; a side with no stance under "No stated position".
        QList<QList<int>> holders(StancePositions::count);
        for (int s = 0; s < sides.size(); ++s) {
            const Stance *stance = issue.stanceOf(s);
            holders[int(stance ? stance->position : StancePosition::None)].append(s);
        }
        cell = rows->cellAt(row, 1).firstCursorPosition();
        bool first = true;
        for (int p = 0; p < StancePositions::count; ++p) {
            if (holders.at(p).isEmpty())
                continue;
            const auto position = static_cast<StancePosition>(p);
            // Wrapped lines hang under the names, clear of the position.
            QTextBlockFormat line;
            line.setLeftMargin(em);
            line.setTextIndent(-em);
            if (first)
                cell.setBlockFormat(line);
            else
                cell.insertBlock(line);
            first = false;
            QTextCharFormat label = type.format(0.95, true);
            if (position == StancePosition::None)
                label.setForeground(QColor(0x6b, 0x72, 0x80));
            cell.insertText(positionLabel(position), label);
            QList<int> withSummary;
            for (int side : holders.at(p)) {
                const Stance *stance = issue.stanceOf(side);
                if (summaries && stance && !stance->summary.preferred(m_preference).isEmpty()) {
                    withSummary.append(side);
                    continue;
                }
                cell.insertText(u"   "_s, type.format(0.95));
                insertSide(cell, side, type.format(0.95));
            }
            // A side that says why gets a line of its own under the position.
            for (int side : std::as_const(withSummary)) {
                QTextBlockFormat said;
                said.setLeftMargin(2 * em);
                said.setTextIndent(-em);
                cell.insertBlock(said);
                insertSide(cell, side, type.format(0.9, true));
                cell.insertText(u"  "_s + issue.stanceOf(side)->summary.preferred(m_preference),
                                type.format(0.9, false, true));
            }
        }
    }
    cursor = rows->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    return rows;
}
