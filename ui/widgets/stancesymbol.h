#pragma once

#include "model/stanceposition.h"

class QColor;
class QPainter;
class QRectF;

// A stance position's symbol (StancePositions::symbol()) drawn as a shape.
//
// Most interface fonts lack ≈ △ ⊘ ✕ →; drawn as text, the issue list's badges sent Qt
// through font fallback at start-up (a fontconfig sort and one more font file, about
// 2 ms; docs/performance.md) and looked different from one machine to the next. Shapes
// are the same everywhere and stay legible at badge size.
namespace StanceSymbol {
// Paints the symbol centred in `rect`, scaled to its shorter side, with strokes in `color`.
void paint(QPainter &painter, const QRectF &rect, StancePosition position, const QColor &color);
} // namespace StanceSymbol
