#include "reading/pairflags.h"

#include "model/pairconfidence.h"
#include "reading/passageshapes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

void PairFlags::paint(QPainter &painter, const PassageShapes &view, int passageCount, int width)
{
    if (!view.showsRowRules())
        return;
    const QColor amber(0xd9, 0x77, 0x06);
    painter.setPen(Qt::NoPen);
    painter.setBrush(amber);
    for (int row = view.firstVisibleRow(); row <= view.lastVisibleRow(); ++row) {
        // Where rows are passages, row i is passage i.
        if (row < 0 || row >= passageCount || !view.isPairFlagged(row))
            continue;
        // In the space above the row, on the rule, clear of the text.
        const qreal height = std::clamp(view.rowSpacing() - 2, 6, 10);
        const QPointF top(width - 12, view.rowViewportTop(row) - height - 1);
        const QPolygonF triangle{top, top + QPointF(height * 0.6, height),
                                 top + QPointF(-height * 0.6, height)};
        painter.drawPolygon(triangle);
    }
    painter.setBrush(Qt::NoBrush);
}

QString PairFlags::why(const PairConfidence &pairs, int passage)
{
    switch (pairs.concern(passage)) {
    case PairConfidence::Concern::None:
        break;
    case PairConfidence::Concern::OneLanguageOnly:
        return QCoreApplication::translate("PairFlags",
                                           "Check this pair: it has text in one language only.");
    case PairConfidence::Concern::LowConfidence:
        return QCoreApplication::translate(
                   "PairFlags",
                   "Check this pair: the aligner that paired these texts was only %1% sure of it.")
            .arg(qRound(pairs.confidence(passage) * 100));
    case PairConfidence::Concern::LengthRatio:
        return QCoreApplication::translate(
                   "PairFlags",
                   "Check this pair: one text is %1 times as long, against the other, as this "
                   "briefing's pairs usually are. The two may not say the same thing.")
            .arg(QLocale().toString(pairs.deviation(passage), 'f', 1));
    }
    return {};
}

void PairFlags::showWhy(const PairConfidence &pairs, int passage, const QPoint &globalPosition,
                        QWidget *over)
{
    if (const QString text = why(pairs, passage); !text.isEmpty())
        QToolTip::showText(globalPosition, text, over);
    else
        QToolTip::hideText();
}
