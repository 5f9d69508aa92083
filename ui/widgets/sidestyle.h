#pragma once

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QPen>

// How sides and highlights look, shared by the text panes, marker strips, issue badges
// and the stance panel so that one side always looks the same everywhere. Every marking
// has a shape or pattern as well as a colour, so it survives greyscale and colour-blind
// reading.
namespace SideStyle {
// How far, as a WCAG contrast ratio, a side's marks stand from the background: markers
// (swatches, badges, bars) as far as WCAG asks of graphics; evidence tints far enough to
// tell from the plain base, while the text on them stays as readable as WCAG asks of text.
inline constexpr float minimumMarkerContrast = 3.0f;
inline constexpr float minimumTintContrast = 1.25f;
inline constexpr float minimumTextContrast = 4.5f;

// Background tint of a passage relevant to the selected issue: neutral, from the palette,
// readable in light and dark palettes.
QColor relevantTint(const QPalette &palette);
// Background tint of a side's evidence passage: at least minimumTintContrast from the
// base, with the palette's text at least minimumTextContrast on it.
QColor evidenceTint(const QColor &sideColor, const QPalette &palette);
// The side's colour adjusted to stand out against the palette's base and window, at least
// minimumMarkerContrast from both (dark palettes get a lighter shade, light ones a darker
// one for a pale colour).
QColor markerColor(const QColor &sideColor, const QPalette &palette);
// A fill whose pattern differs by side index (solid, hatched, dotted, ...).
QBrush markerBrush(int sideIndex, const QColor &sideColor, const QPalette &palette);
// The underline of a contested wording in the text: the side's marker colour in a line
// pattern of its own (dotted, dashed, dash-dot, ...); a neutral wording (side index -1)
// dotted in the palette's placeholder grey.
QPen termPen(int sideIndex, const QColor &sideColor, const QPalette &palette);
// The marks of the reading state over the text, each at least minimumMarkerContrast from the
// base: the current passage's outline, the hovered passage's, and the current find match's;
// find matches are tinted so that the text on them keeps minimumTextContrast.
QColor currentOutline(const QPalette &palette);
QColor hoverOutline(const QPalette &palette);
QColor findOutline(const QPalette &palette);
QColor findTint(const QPalette &palette, bool current);
// Relative luminance and contrast ratio as WCAG 2.x defines them (SideColor's).
float luminance(const QColor &color);
float contrast(const QColor &a, const QColor &b);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);
// Whether the palette is a dark one (text lighter than base).
bool isDark(const QPalette &palette);
} // namespace SideStyle
