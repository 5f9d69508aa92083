#include "reading/passagemarks.h"

#include "document/readingstate.h"
#include "model/passagetext.h"
#include "reading/pairflags.h"
#include "reading/passageshapes.h"
#include "terms/termindex.h"
#include "widgets/sidestyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <bit>

namespace {
void paintRowRules(QPainter &painter, const PassageShapes &view, const QPalette &palette, int width)
{
    // Passage rows are for checking an alignment: a thin rule between rows shows where each
    // pair ends, midway in the space between them.
    if (!view.showsRowRules())
        return;
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    for (int row = std::max(view.firstVisibleRow(), 1); row <= view.lastVisibleRow(); ++row) {
        const int y = view.rowViewportTop(row) - view.rowSpacing() / 2;
        painter.drawLine(0, y, width, y);
    }
}

// The outline round a passage's lines, as one polygon: down the right edges of its lines and
// up their left edges. The lines of a passage touch one another, so this is the outline of
// their union without QPainterPath::simplified(), which cost milliseconds a paint for a long
// passage.
QPolygonF outlineOf(const QList<QRectF> &lines)
{
    QPolygonF polygon;
    if (lines.isEmpty())
        return polygon;
    constexpr qreal padX = 3;
    constexpr qreal padY = 1;
    polygon.reserve(4 * lines.size() + 1);
    for (const QRectF &line : lines) {
        polygon.append({line.right() + padX, line.top() - (polygon.isEmpty() ? padY : 0)});
        polygon.append({line.right() + padX, line.bottom()});
    }
    polygon.last().ry() += padY;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QRectF &line = lines.at(i);
        polygon.append({line.left() - padX, line.bottom() + (i == lines.size() - 1 ? padY : 0)});
        polygon.append({line.left() - padX, line.top() - (i == 0 ? padY : 0)});
    }
    polygon.append(polygon.first());
    return polygon;
}

void outline(QPainter &painter, const PassageShapes &view, int passage, const QPen &pen)
{
    if (!view.passageHasText(passage) || !view.isInVisibleRows(passage))
        return;
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(outlineOf(view.passageRects(passage)));
}
} // namespace

void PassageMarks::paintUnderText(QPainter &painter, const PassageShapes &view,
                                  const ReadingState &state, const QPalette &pal, const QRect &area)
{
    // Tints are whole-pixel rectangles: no antialiasing, which made them several times dearer.
    painter.setPen(Qt::NoPen);

    const PassageHighlight &highlight = state.highlight();
    QList<QColor> sideColors;
    for (const Side &side : state.briefing().sides())
        sideColors.append(side.color);
    if (!highlight.isEmpty()) {
        const QColor relevant = SideStyle::relevantTint(pal);
        // The highlighted passages are in document order, so their rows are too: start at
        // the first visible row.
        const int firstRow = view.firstVisibleRow();
        const int lastRow = view.lastVisibleRow();
        auto it = std::lower_bound(
            highlight.passages().cbegin(), highlight.passages().cend(), firstRow,
            [&view](int passage, int row) { return view.passageRow(passage) < row; });
        for (; it != highlight.passages().cend() && view.passageRow(*it) <= lastRow; ++it) {
            const int passage = *it;
            if (!view.passageHasText(passage))
                continue;
            const quint64 evidence = highlight.evidenceSides(passage);
            const QColor tint = evidence != 0
                ? SideStyle::evidenceTint(sideColors.value(std::countr_zero(evidence)), pal)
                : relevant;
            for (const QRectF &rect : view.passageRects(passage)) {
                if (rect.intersects(area))
                    painter.fillRect(rect.adjusted(-1, 0, 1, 0).toAlignedRect(), tint);
            }
        }
    }

    // Matches are in passage order and rows follow passages: only those in view are
    // looked at, however many a common word has in a long briefing.
    const QList<ReadingState::FindMatch> &matches = state.findMatches();
    const int current = state.currentFindMatch();
    const int firstRow = view.firstVisibleRow();
    const int lastRow = view.lastVisibleRow();
    const auto firstInView =
        std::partition_point(matches.cbegin(), matches.cend(), [&](const auto &match) {
            return view.passageRow(match.passage) < firstRow;
        });
    for (qsizetype i = firstInView - matches.cbegin(); i < matches.size(); ++i) {
        const ReadingState::FindMatch &match = matches.at(i);
        if (view.passageRow(match.passage) > lastRow)
            break;
        if (!view.showsSlot(match.slot))
            continue;
        for (const QRectF &rect :
             view.textRects(match.passage, match.slot, match.offset, match.length))
            painter.fillRect(rect.toAlignedRect(), SideStyle::findTint(pal, i == current));
    }
}

void PassageMarks::paintOverText(QPainter &painter, const PassageShapes &view,
                                 const ReadingState &state, const QPalette &palette, int width)
{
    paintRowRules(painter, view, palette, width);
    painter.setRenderHint(QPainter::Antialiasing);
    PairFlags::paint(painter, view, int(state.briefing().passages().size()), width);
    const int current = state.currentPassage();
    const int hovered = state.hoveredPassage();
    if (hovered >= 0 && hovered != current)
        outline(painter, view, hovered, QPen(SideStyle::hoverOutline(palette), 1, Qt::DotLine));
    if (current >= 0)
        outline(painter, view, current, QPen(SideStyle::currentOutline(palette), 2));
    const ReadingState::FindMatch &marked = state.markedWords();
    if (marked.passage >= 0 && view.showsSlot(marked.slot)) {
        painter.setPen(QPen(SideStyle::currentOutline(palette), 2));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &rect :
             view.textRects(marked.passage, marked.slot, marked.offset, marked.length))
            painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3);
    }
    const int match = state.currentFindMatch();
    if (match >= 0) {
        const ReadingState::FindMatch &found = state.findMatches().at(match);
        if (view.showsSlot(found.slot)) {
            painter.setPen(QPen(SideStyle::findOutline(palette), 1.5));
            painter.setBrush(Qt::NoBrush);
            for (const QRectF &rect :
                 view.textRects(found.passage, found.slot, found.offset, found.length))
                painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 2, 2);
        }
    }
}

void PassageMarks::paintTermMarks(QPainter &painter, const PassageShapes &view,
                                  const ReadingState &state, const TermIndex &terms,
                                  const QPalette &palette)
{
    // BILATERAL_NO_TERM_MARKS=1 leaves the underlines out: how docs/performance.md measures
    // what they cost an issue switch.
    static const bool disabled = qEnvironmentVariableIsSet("BILATERAL_NO_TERM_MARKS");
    const QList<TermIndex::Occurrence> &occurrences = terms.occurrences();
    if (occurrences.isEmpty() || disabled)
        return;
    const QList<Side> &sides = state.briefing().sides();
    const QList<Passage> &passages = state.briefing().passages();
    const int firstRow = view.firstVisibleRow();
    const int lastRow = view.lastVisibleRow();
    // Occurrences are in document order, so are their rows: start at the first in view.
    auto it = std::lower_bound(occurrences.cbegin(), occurrences.cend(), firstRow,
                               [&view](const TermIndex::Occurrence &o, int row) {
                                   return view.passageRow(o.passage) < row;
                               });
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    for (; it != occurrences.cend() && view.passageRow(it->passage) <= lastRow; ++it) {
        if (!view.showsSlot(it->column) || it->passage >= passages.size())
            continue;
        const QString &stored = passages.at(it->passage).text[it->column];
        const int start = PassageText::shownOffset(stored, int(it->start));
        const int end = PassageText::shownOffset(stored, int(it->start + it->length));
        const int side = terms.briefingSide(terms.wording(*it).side);
        painter.setPen(
            SideStyle::termPen(side, side >= 0 ? sides.at(side).color : QColor(), palette));
        for (const QRectF &rect : view.textRects(it->passage, it->column, start, end - start)) {
            const qreal y = rect.bottom() - 1.0;
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }
}
