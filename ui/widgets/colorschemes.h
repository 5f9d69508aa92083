#pragma once

#include <QPalette>

// The palettes Bilateral is read in. Whatever the system gives is kept, with the roles we
// use for secondary text raised to WCAG 2.2 AA (issue 19: the source line under the title
// was #BEBEBE on #EFEFEF, 1.6:1); a dark palette for screenshots and the contrast test; and
// high-contrast palettes, black on white or white on black, for View › High Contrast.
namespace ColorSchemes {
enum class Scheme { System, Dark, HighContrast };

// `palette` with PlaceholderText (our secondary text), Link and the disabled text raised, in
// their own hue, to minimumTextContrast against Base and Window in every colour group.
QPalette readable(QPalette palette);
// The dark palette `bilateral --screenshot --dark` and the contrast test use.
QPalette dark();
// Black, white and a few saturated colours only, on a dark or a light base: the contrast
// of every text pair at least 7:1 (WCAG AAA).
QPalette highContrast(bool darkBase);
// Whether the desktop asks for high contrast: a GTK theme named HighContrast* in GTK_THEME
// (GNOME's Settings › Accessibility › High Contrast sets it for Qt's gtk3 theme), or a system
// palette whose text and window already stand at least 12:1 apart while its placeholder text
// does too (Qt 6.4 has no QStyleHints::colorScheme() or accessibility query for it).
bool systemWantsHighContrast(const QPalette &systemPalette);
} // namespace ColorSchemes
