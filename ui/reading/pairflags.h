#pragma once

#include <QString>

class PairConfidence;
class PassageShapes;
class QPainter;
class QPoint;
class QWidget;

// The pairs a reader should check (PairConfidence), where rows are passages: a small amber
// triangle above the end of the pair's row, on the rule between rows and clear of the text,
// and the words saying why for the row's tooltip.
namespace PairFlags {
void paint(QPainter &painter, const PassageShapes &pane, int passageCount, int width);
// Empty for a pair that is not flagged.
QString why(const PairConfidence &pairs, int passage);
// The tool tip over a pair's row: why it is flagged, or none.
void showWhy(const PairConfidence &pairs, int passage, const QPoint &globalPosition, QWidget *over);
} // namespace PairFlags
