#pragma once

#include <QColor>

// A side's colour is the author's choice, made with no background in mind: white, pale
// yellow or black are all valid "#rrggbb". Whatever marks a side (a swatch, a tint, its
// name on paper) is derived from it here, so that it stays visible on what it is drawn on.
namespace SideColor {
// Relative luminance and contrast ratio as WCAG 2.x defines them.
float luminance(const QColor &color);
float contrast(const QColor &a, const QColor &b);

// `color` when it is already `minimum`:1 apart from `background`; otherwise the shade of
// the same hue and saturation nearest to it that is, darker against a light background
// and lighter against a dark one (as far as black or white when even those are short).
QColor distinctFrom(const QColor &color, const QColor &background, float minimum);
} // namespace SideColor
