#include "widgets/stancesymbol.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

void StanceSymbol::paint(QPainter &painter, const QRectF &rect, StancePosition position,
                         const QColor &color)
{
    const qreal size = std::min(rect.width(), rect.height());
    if (size <= 0)
        return;
    // Drawn on a 10 × 10 grid centred in `rect`; strokes about as heavy as bold text.
    const qreal unit = size / 10;
    const QPointF origin = rect.center() - QPointF(5 * unit, 5 * unit);
    const auto at = [&](qreal x, qreal y) {
        return origin + QPointF(x * unit, y * unit);
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max<qreal>(1.4, 1.5 * unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (position) {
    case StancePosition::Supports: // +
        painter.drawLine(at(1.5, 5), at(8.5, 5));
        painter.drawLine(at(5, 1.5), at(5, 8.5));
        break;
    case StancePosition::Proposes: // →
        painter.drawLine(at(1.5, 5), at(8.3, 5));
        painter.drawPolyline(QList<QPointF>{at(5.5, 2.2), at(8.5, 5), at(5.5, 7.8)});
        break;
    case StancePosition::Demands: // !
        painter.drawLine(at(5, 1.2), at(5, 6));
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(at(5, 8.4), pen.widthF() * 0.65, pen.widthF() * 0.65);
        break;
    case StancePosition::Cooperative: { // ≈
        QPainterPath waves;
        for (const qreal y : {3.6, 6.6}) {
            waves.moveTo(at(1.5, y + 0.4));
            waves.cubicTo(at(3.2, y - 1.4), at(6.8, y + 2.2), at(8.5, y + 0.4 - 0.8));
        }
        painter.drawPath(waves);
        break;
    }
    case StancePosition::Concerned: // △
        painter.drawPolygon(QList<QPointF>{at(5, 1.5), at(8.8, 8.2), at(1.2, 8.2)});
        break;
    case StancePosition::Objects: // ✕
        painter.drawLine(at(2.2, 2.2), at(7.8, 7.8));
        painter.drawLine(at(7.8, 2.2), at(2.2, 7.8));
        break;
    case StancePosition::Rejects: // ⊘
        painter.drawEllipse(at(5, 5), 3.8 * unit, 3.8 * unit);
        painter.drawLine(at(2.3, 7.7), at(7.7, 2.3));
        break;
    case StancePosition::Reiterates: // =
        painter.drawLine(at(2, 3.6), at(8, 3.6));
        painter.drawLine(at(2, 6.4), at(8, 6.4));
        break;
    case StancePosition::None: // –
        painter.drawLine(at(2.5, 5), at(7.5, 5));
        break;
    }
    painter.restore();
}
