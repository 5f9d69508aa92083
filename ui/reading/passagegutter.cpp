#include "reading/passagegutter.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "reading/passageshapes.h"
#include "widgets/sidestyle.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <bit>

PassageGutter::PassageGutter(QWidget *parent, const PassageShapes *pane, BriefingDocument *document)
    : QWidget(parent)
    , m_view(pane)
    , m_document(document)
{ }

void PassageGutter::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    paintMargin(painter);
}

void PassageGutter::paintMargin(QPainter &painter)
{
    const PassageHighlight &highlight = m_document->readingState()->highlight();
    if (highlight.isEmpty())
        return;
    const QPalette &pal = palette();
    const QList<Side> &sides = m_document->briefing().sides();
    // Where each side's evidence is, as vertical spans; passages run on in a paragraph, so
    // two sides' passages can share a line: each side keeps its own column of the margin,
    // or one would paint over the other there.
    QList<QList<std::pair<int, int>>> spans(std::min<qsizetype>(sides.size(), 64));
    QList<std::pair<int, int>> relevantOnly;
    quint64 shownSides = 0;
    for (const int passage : highlight.passages()) {
        if (!m_view->passageHasText(passage) || !m_view->isInVisibleRows(passage))
            continue;
        const QRect rect = m_view->passageRect(passage);
        if (!rect.isValid())
            continue;
        const std::pair<int, int> span{rect.top() + 1, rect.top() + std::max(4, rect.height() - 2)};
        quint64 evidence = highlight.evidenceSides(passage);
        if (evidence == 0)
            relevantOnly.append(span);
        for (; evidence != 0; evidence &= evidence - 1) {
            const int side = std::countr_zero(evidence);
            if (side < spans.size()) {
                spans[side].append(span);
                shownSides |= quint64(1) << side;
            }
        }
    }
    // Relevant only: a thin neutral bar.
    for (const auto &[top, bottom] : std::as_const(relevantOnly))
        painter.fillRect(QRect(width - 6, top, 3, bottom - top),
                         pal.color(QPalette::PlaceholderText));
    // Evidence: one patterned, outlined bar per side, so sides differ without colour; each
    // side in a column of its own (by its rank among the sides shown), its spans joined.
    for (int side = 0; side < spans.size(); ++side) {
        QList<std::pair<int, int>> &sideSpans = spans[side];
        if (sideSpans.isEmpty())
            continue;
        const int column = std::popcount(shownSides & ((quint64(1) << side) - 1));
        const int x = width - 8 - 7 * column;
        if (x < 1)
            break; // more sides than the margin holds
        std::sort(sideSpans.begin(), sideSpans.end());
        const QColor color = sides.at(side).color;
        const auto drawBar = [&](int top, int bottom) {
            const QRect bar(x, top, 6, bottom - top);
            painter.fillRect(bar, pal.color(QPalette::Base));
            painter.fillRect(bar, SideStyle::markerBrush(side, color, pal));
            painter.setPen(SideStyle::markerColor(color, pal));
            painter.drawRect(bar.adjusted(0, 0, -1, -1));
        };
        auto [top, bottom] = sideSpans.first();
        for (const auto &[nextTop, nextBottom] : std::as_const(sideSpans)) {
            if (nextTop > bottom + 2) {
                drawBar(top, bottom);
                top = nextTop;
            }
            bottom = std::max(bottom, nextBottom);
        }
        drawBar(top, bottom);
    }
}
