#include "brief/comparisontables.h"

#include "model/stanceposition.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;
using Compared = ReadoutComparison::ComparedIssue;
using Raised = ReadoutComparison::Raised;

namespace {
constexpr double unitsPerPoint = briefUnitsPerInch / 72.0;
// More sides than this share one "Positions" column instead of a column each.
constexpr int maxSideColumns = 4;

const ReadoutComparison::SideStances *stancesOf(const Compared &issue, const QString &side)
{
    const auto found = std::find_if(issue.sides.cbegin(), issue.sides.cend(),
                                    [&](const auto &s) { return s.side == side; });
    return found != issue.sides.cend() ? &*found : nullptr;
}

// One side's positions on `issue` in a cell: "A, B  ≈ Cooperative" where the readouts
// agree; where they differ, "≠ A  ! Demands" in bold over "B  ≈ Cooperative", aligned; on
// an issue only one raises, that one's position. `named` puts the side's name first.
void addStances(QTextCursor &cell, const ComparisonContext &context, const BriefType &type,
                const Compared &issue, const ComparisonContext::Side &side, bool named)
{
    const ReadoutComparison::SideStances *stances = stancesOf(issue, side.id);
    const Stance *a = stances ? stances->a : nullptr;
    const Stance *b = stances ? stances->b : nullptr;
    bool first = true;
    const auto line = [&](const QTextBlockFormat &block) {
        if (first)
            cell.setBlockFormat(block);
        else
            cell.insertBlock(block);
        first = false;
    };
    if (named) {
        line({});
        QTextCharFormat name = type.format(0.9, true);
        name.setForeground(printableSideColor(side.color));
        cell.insertText(u"\u25A0 "_s + side.name, name);
    }
    if (issue.raised != Raised::Both) {
        const bool inA = issue.raised == Raised::OnlyA;
        line({});
        cell.insertText(context.letter(inA) + u"  "_s, type.format(0.85, true, true));
        cell.insertText(context.positionLabel(inA ? a : b),
                        context.positionFormat(type, inA ? a : b, side.color, 0.95, false));
        return;
    }
    if (!stances || !stances->differs()) {
        line({});
        cell.insertText(
            context(QT_TRANSLATE_NOOP3("ComparisonBrief", "%1, %2", "both readouts' marks: A, B"))
                    .arg(context.letter(true), context.letter(false))
                + u"  "_s,
            type.format(0.85, true, true));
        cell.insertText(context.positionLabel(a),
                        context.positionFormat(type, a, side.color, 0.95, false));
        return;
    }
    const QString mark = u"\u2260 "_s;
    const QTextCharFormat markFormat = type.format(0.95, true);
    const double markPoints =
        QFontMetricsF(markFormat.font(), briefReferenceDevice()).horizontalAdvance(mark)
        / unitsPerPoint;
    line({});
    cell.insertText(mark, markFormat);
    cell.insertText(context.letter(true) + u"  "_s, type.format(0.85, true));
    cell.insertText(context.positionLabel(a),
                    context.positionFormat(type, a, side.color, 0.95, true));
    QTextBlockFormat under;
    under.setLeftMargin(formatPixels(markPoints));
    line(under);
    cell.insertText(context.letter(false) + u"  "_s, type.format(0.85, true));
    cell.insertText(context.positionLabel(b),
                    context.positionFormat(type, b, side.color, 0.95, true));
}
} // namespace

ComparisonContext::ComparisonContext(const ReadoutComparison &comparison,
                                     const QTranslator *translator, const QString &language)
    : m_comparison(comparison)
    , m_translator(translator)
    , m_locale(language)
    , m_preference{language}
{
    for (const Briefing *briefing : {&comparison.a, &comparison.b}) {
        for (const ::Side &side : briefing->sides()) {
            if (std::none_of(m_sides.cbegin(), m_sides.cend(),
                             [&](const Side &known) { return known.id == side.id; }))
                m_sides.append({side.id, side.name.preferred(m_preference), side.color});
        }
    }
}

QString ComparisonContext::operator()(BriefText::Source source, int n) const
{
    QString result = m_translator
        ? m_translator->translate("ComparisonBrief", source.text, source.comment, n)
        : QString();
    if (result.isEmpty()) {
        result = QString::fromUtf8(source.text);
        if (n >= 0) // the English source text, without the plural forms of a translation
            result.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
    if (n >= 0)
        result.replace(u"%n"_s, m_locale.toString(n));
    return result;
}

QColor ComparisonContext::sideColor(const QString &id) const
{
    for (const Side &side : m_sides) {
        if (side.id == id)
            return side.color;
    }
    return QColor(0x55, 0x5b, 0x66);
}

QString ComparisonContext::sideName(const QString &id) const
{
    for (const Side &side : m_sides) {
        if (side.id == id)
            return side.name.isEmpty() ? id : side.name;
    }
    return id;
}

QString ComparisonContext::letter(bool isA) const
{
    return isA ? (*this)(QT_TRANSLATE_NOOP3("ComparisonBrief", "A", "the first readout's mark"))
               : (*this)(QT_TRANSLATE_NOOP3("ComparisonBrief", "B", "the second readout's mark"));
}

QString ComparisonContext::positionLabel(const Stance *stance) const
{
    const StancePosition position = stance ? stance->position : StancePosition::None;
    return StancePositions::symbol(position) + u' '
        + StancePositions::label(position, m_translator);
}

QTextCharFormat ComparisonContext::positionFormat(const BriefType &type, const Stance *stance,
                                                  const QColor &sideColor, double scale,
                                                  bool bold) const
{
    QTextCharFormat label = type.format(scale, bold);
    const bool none = !stance || stance->position == StancePosition::None;
    label.setForeground(none ? QColor(0x6b, 0x72, 0x80) : printableSideColor(sideColor));
    return label;
}

bool ComparisonContext::differs(const Compared &issue)
{
    return issue.raised != Raised::Both
        || std::any_of(issue.sides.cbegin(), issue.sides.cend(),
                       [](const ReadoutComparison::SideStances &s) { return s.differs(); });
}

QTextTableFormat comparisonTableFormat(const BriefType &type)
{
    QTextTableFormat table;
    table.setBorder(formatPixels(0.5));
    table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    table.setBorderBrush(QColor(0xb8, 0xbe, 0xc6));
    table.setBorderCollapse(true);
    table.setCellPadding(formatPixels(type.pointSize() * 0.3));
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return table;
}

void shadeCell(QTextTable *table, int row, int column, const QColor &color)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextCharFormat format = cell.format();
    format.setBackground(color);
    cell.setFormat(format);
}

void alignFirstBaselines(QTextTable *table)
{
    // Qt 6.4 aligns table cells by their tops only (AlignBaseline is not implemented for
    // cells), and Hangul and kana rise higher above the baseline than Latin letters do in
    // Noto: a cell whose first line is Latin takes the difference as top padding.
    const double pixelsPerUnit = 96.0 / briefUnitsPerInch;
    const double padding = table->format().cellPadding();
    for (int row = 0; row < table->rows(); ++row) {
        QList<double> ascents(table->columns(), -1);
        double highest = 0;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // spanned: laid out with the row it starts in
            const QTextLayout *layout = cell.firstCursorPosition().block().layout();
            if (!layout || layout->lineCount() == 0)
                continue;
            ascents[column] = layout->lineAt(0).ascent();
            highest = std::max(highest, ascents.at(column));
        }
        for (int column = 0; column < table->columns(); ++column) {
            if (ascents.at(column) < 0 || highest - ascents.at(column) < 1)
                continue;
            QTextTableCell cell = table->cellAt(row, column);
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            format.setTopPadding(padding + (highest - ascents.at(column)) * pixelsPerUnit);
            cell.setFormat(format);
        }
    }
}

QColor comparisonHeaderColor()
{
    return {0xee, 0xf0, 0xf3};
}

QColor comparisonDiffersColor()
{
    return {0xfd, 0xf0, 0xd8};
}

void addComparisonHeading(QTextCursor &cursor, const BriefType &type, const QString &text)
{
    QTextBlockFormat block;
    block.setTopMargin(formatPixels(type.pointSize() * 0.9));
    block.setBottomMargin(formatPixels(type.pointSize() * 0.3));
    cursor.insertBlock(block);
    cursor.insertText(text, type.format(1.2, true));
}

QTextTable *addComparisonHeader(QTextCursor &cursor, const ComparisonContext &context,
                                const BriefType &type)
{
    const Briefing &a = context.comparison().a;
    const Briefing &b = context.comparison().b;
    const bool sameDate = a.date().isValid() && a.date() == b.date();
    QStringList kicker{context(QT_TRANSLATE_NOOP3("ComparisonBrief", "TWO READOUTS COMPARED",
                                                  "the kind of document, printed small on top"))};
    if (sameDate)
        kicker.append(context.locale().toString(a.date(), QLocale::LongFormat));
    cursor.insertText(kicker.join(u"  ·  "_s), type.format(0.85, true, true));

    QTextTableFormat frame;
    frame.setBorder(0);
    frame.setCellPadding(formatPixels(type.pointSize() * 0.2));
    frame.setCellSpacing(0);
    frame.setTopMargin(formatPixels(type.pointSize() * 0.3));
    frame.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    frame.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 4),
                                     QTextLength(QTextLength::PercentageLength, 96)});
    QTextTable *table = cursor.insertTable(2, 2, frame);
    for (int row = 0; row < 2; ++row) {
        const Briefing &briefing = row == 0 ? a : b;
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        cell.insertText(context.letter(row == 0), type.format(1.3, true));
        cell = table->cellAt(row, 1).firstCursorPosition();
        const QString title = briefing.title().preferred(context.preference());
        cell.insertText(title, type.format(1.3, true));
        const QString original = briefing.title().text(briefing.languages().at(0));
        if (!original.isEmpty() && original != title) {
            cell.insertBlock();
            cell.insertText(original, type.format(1.0, false, true));
        }
        QStringList about;
        if (briefing.date().isValid() && !sameDate)
            about.append(context.locale().toString(briefing.date(), QLocale::LongFormat));
        if (!briefing.source().name.isEmpty())
            about.append(briefing.source().name);
        if (!about.isEmpty()) {
            cell.insertBlock();
            cell.insertText(about.join(u"  ·  "_s), type.format(0.85, false, true));
        }
    }
    cursor = table->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    return table;
}

QTextTable *addIssueTable(QTextCursor &cursor, const ComparisonContext &context,
                          const BriefType &type, const QList<int> &rows)
{
    addComparisonHeading(cursor, type,
                         context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Issue by issue",
                                                    "heading of the table of issues")));
    const ReadoutComparison &comparison = context.comparison();
    if (comparison.issues.isEmpty()) {
        type.addNote(
            cursor,
            context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Neither readout records an issue.",
                                       "in place of the table of issues")));
        return nullptr;
    }
    const QList<ComparisonContext::Side> &sides = context.sides();
    const bool columnEach = !sides.isEmpty() && sides.size() <= maxSideColumns;
    const int sideColumns = columnEach ? int(sides.size()) : 1;
    QTextTableFormat format = comparisonTableFormat(type);
    format.setHeaderRowCount(1);
    QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 34),
                              QTextLength(QTextLength::PercentageLength, 11)};
    for (int c = 0; c < sideColumns; ++c)
        widths.append(QTextLength(QTextLength::PercentageLength, 55.0 / sideColumns));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, 2 + sideColumns, format);

    for (int c = 0; c < 2 + sideColumns; ++c)
        shadeCell(table, 0, c, comparisonHeaderColor());
    table->cellAt(0, 0).firstCursorPosition().insertText(
        context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Issue", "column heading")),
        type.format(0.95, true));
    table->cellAt(0, 1).firstCursorPosition().insertText(
        context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Raised",
                                   "column heading: in which "
                                   "readouts")),
        type.format(0.95, true));
    for (int c = 0; c < sideColumns; ++c) {
        QTextCursor cell = table->cellAt(0, 2 + c).firstCursorPosition();
        if (!columnEach) {
            cell.insertText(context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Positions",
                                                       "column heading: each side's positions")),
                            type.format(0.95, true));
            continue;
        }
        QTextCharFormat mark = type.format(0.95, true);
        mark.setForeground(printableSideColor(sides.at(c).color));
        cell.insertText(sideSwatch(int(c)) + u' ', mark);
        cell.insertText(sides.at(c).name, type.format(0.95, true));
    }

    bool anyDiffers = false;
    for (int r = 0; r < rows.size(); ++r) {
        const Compared &issue = comparison.issues.at(rows.at(r));
        const int row = r + 1;
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        const QString title = issue.title.preferred(context.preference());
        cell.insertText(title, type.format(0.95, true));
        if (issue.raised == Raised::Both && issue.issueB >= 0) {
            // B's own title, where it frames the issue differently.
            const QString titleB =
                comparison.b.issues().at(issue.issueB).title.preferred(context.preference());
            if (!titleB.isEmpty() && titleB != title) {
                cell.insertBlock();
                cell.insertText(context.letter(false) + u": "_s + titleB,
                                type.format(0.85, false, true));
            }
        }
        cell = table->cellAt(row, 1).firstCursorPosition();
        if (issue.raised == Raised::Both) {
            cell.insertText(
                context(QT_TRANSLATE_NOOP3("ComparisonBrief", "both", "raised: in both readouts")),
                type.format(0.95));
        } else {
            shadeCell(table, row, 1, comparisonDiffersColor());
            cell.insertText(context(QT_TRANSLATE_NOOP3("ComparisonBrief", "only in %1",
                                                       "raised: in one readout, A or B"))
                                .arg(context.letter(issue.raised == Raised::OnlyA)),
                            type.format(0.95, true));
        }
        if (!columnEach) {
            cell = table->cellAt(row, 2).firstCursorPosition();
            for (const ComparisonContext::Side &side : sides)
                addStances(cell, context, type, issue, side, true);
            anyDiffers = anyDiffers || (issue.raised == Raised::Both && context.differs(issue));
            continue;
        }
        for (int c = 0; c < sideColumns; ++c) {
            const ReadoutComparison::SideStances *stances = stancesOf(issue, sides.at(c).id);
            if (issue.raised == Raised::Both && stances && stances->differs()) {
                shadeCell(table, row, 2 + c, comparisonDiffersColor());
                anyDiffers = true;
            }
            cell = table->cellAt(row, 2 + c).firstCursorPosition();
            addStances(cell, context, type, issue, sides.at(c), false);
        }
    }
    cursor = table->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    if (anyDiffers) {
        QTextBlockFormat legend;
        legend.setTopMargin(formatPixels(type.pointSize() * 0.2));
        cursor.insertBlock(legend);
        cursor.insertText(
            context(QT_TRANSLATE_NOOP3("ComparisonBrief",
                                       "\u2260 marks a side whose position differs between %1 "
                                       "and %2.",
                                       "legend under the table of issues"))
                .arg(context.letter(true), context.letter(false)),
            type.format(0.8, false, true));
    }
    return table;
}

QTextTable *addWordingTable(QTextCursor &cursor, const ComparisonContext &context,
                            const BriefType &type, const QList<int> &wordings)
{
    if (wordings.isEmpty())
        return nullptr;
    const QList<ReadoutComparison::Wording> &all = context.comparison().wordings;
    addComparisonHeading(
        cursor, type,
        context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Contested wording",
                                   "heading: each side's own words for one thing")));
    // One row per concept, its wordings under the side whose words they are: a column each
    // as in the issue table, or one column that names the side on every line.
    QList<QList<int>> concepts;
    for (int w : wordings) {
        if (concepts.isEmpty() || all.at(concepts.last().first()).conceptId != all.at(w).conceptId)
            concepts.append(QList<int>());
        concepts.last().append(w);
    }
    const QList<ComparisonContext::Side> &sides = context.sides();
    const bool columnEach = !sides.isEmpty() && sides.size() <= maxSideColumns
        && std::all_of(wordings.cbegin(), wordings.cend(), [&](int w) {
               return std::any_of(sides.cbegin(), sides.cend(),
                                  [&](const auto &side) { return side.id == all.at(w).side; });
           });
    const int sideColumns = columnEach ? int(sides.size()) : 1;
    QTextTableFormat format = comparisonTableFormat(type);
    format.setHeaderRowCount(1);
    QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 26)};
    for (int c = 0; c < sideColumns; ++c)
        widths.append(QTextLength(QTextLength::PercentageLength, 74.0 / sideColumns));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(int(concepts.size()) + 1, 1 + sideColumns, format);
    for (int c = 0; c < 1 + sideColumns; ++c)
        shadeCell(table, 0, c, comparisonHeaderColor());
    table->cellAt(0, 0).firstCursorPosition().insertText(
        context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Concept", "column heading")),
        type.format(0.95, true));
    const auto insertSide = [&](QTextCursor &cell, const QString &id, const QTextCharFormat &name) {
        QTextCharFormat mark = type.format(0.95, true);
        mark.setForeground(printableSideColor(context.sideColor(id)));
        cell.insertText(u"\u25A0 "_s, mark);
        cell.insertText(context.sideName(id), name);
    };
    for (int c = 0; c < sideColumns; ++c) {
        QTextCursor cell = table->cellAt(0, 1 + c).firstCursorPosition();
        if (columnEach)
            insertSide(cell, sides.at(c).id, type.format(0.95, true));
        else
            cell.insertText(context(QT_TRANSLATE_NOOP3("ComparisonBrief", "Wordings",
                                                       "column heading: each side's words")),
                            type.format(0.95, true));
    }

    for (int row = 1; row <= concepts.size(); ++row) {
        const QList<int> &concept_ = concepts.at(row - 1);
        const ReadoutComparison::Wording &first = all.at(concept_.first());
        const QString label = first.label.preferred(context.preference());
        table->cellAt(row, 0).firstCursorPosition().insertText(
            label.isEmpty() ? first.conceptId : label, type.format(0.95, true));
        for (int c = 0; c < sideColumns; ++c) {
            QTextCursor cell = table->cellAt(row, 1 + c).firstCursorPosition();
            bool firstLine = true;
            for (int w : concept_) {
                const ReadoutComparison::Wording &wording = all.at(w);
                if (columnEach && wording.side != sides.at(c).id)
                    continue;
                if (!firstLine)
                    cell.insertBlock();
                firstLine = false;
                if (!columnEach) {
                    insertSide(cell, wording.side, type.format(0.9));
                    cell.insertText(u"  "_s, type.format(0.9));
                }
                // "오염수  A ×2 · B ×0", the counts kept together on one line, in bold where
                // the readouts use the wording differently.
                const bool different = wording.countA != wording.countB;
                cell.insertText(wording.text, type.format(0.95, different));
                const QString counts = u"%1\u00A0\u00D7%2\u00A0\u00B7\u00A0%3\u00A0\u00D7%4"_s.arg(
                    context.letter(true), context.locale().toString(wording.countA),
                    context.letter(false), context.locale().toString(wording.countB));
                cell.insertText(u"  "_s + counts, type.format(0.85, different, !different));
            }
            if (firstLine)
                cell.insertText(u"\u2013"_s, type.format(0.95, false, true));
        }
    }
    cursor = table->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    return table;
}
