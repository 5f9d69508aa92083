#include "widgets/colorschemes.h"

#include "model/sidecolor.h"
#include "widgets/sidestyle.h"

#include <QtGlobal>

namespace ColorSchemes {

namespace {
constexpr QPalette::ColorGroup groups[] = {QPalette::Active, QPalette::Inactive};

void raise(QPalette &palette, QPalette::ColorGroup group, QPalette::ColorRole role, float minimum)
{
    // Against both backgrounds it is drawn on: labels sit on the window, placeholders and
    // links in fields and text panes on the base.
    QColor color = palette.color(group, role);
    color = SideColor::distinctFrom(color, palette.color(group, QPalette::Base), minimum);
    color = SideColor::distinctFrom(color, palette.color(group, QPalette::Window), minimum);
    palette.setColor(group, role, color);
}
} // namespace

QPalette readable(QPalette palette)
{
    for (const QPalette::ColorGroup group : groups) {
        // Qt's default placeholder is the text at half alpha; composite it first so the
        // ratio is computed on what is painted.
        QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        if (placeholder.alpha() < 255) {
            const QColor base = palette.color(group, QPalette::Window);
            const float a = placeholder.alphaF();
            placeholder = QColor::fromRgbF(placeholder.redF() * a + base.redF() * (1 - a),
                                           placeholder.greenF() * a + base.greenF() * (1 - a),
                                           placeholder.blueF() * a + base.blueF() * (1 - a));
            palette.setColor(group, QPalette::PlaceholderText, placeholder);
        }
        raise(palette, group, QPalette::PlaceholderText, SideStyle::minimumTextContrast);
        raise(palette, group, QPalette::Link, SideStyle::minimumTextContrast);
        // Selected text: Qt's default white on #308CC6 is 3.7:1. The selection keeps its
        // hue and darkens (or lightens) under its text.
        palette.setColor(group, QPalette::Highlight,
                         SideColor::distinctFrom(palette.color(group, QPalette::Highlight),
                                                 palette.color(group, QPalette::HighlightedText),
                                                 SideStyle::minimumTextContrast));
        raise(palette, group, QPalette::LinkVisited, SideStyle::minimumTextContrast);
    }
    // Disabled controls are exempt from WCAG's minimum, but a reader still has to make out
    // what is unavailable: 3:1, as for graphics.
    raise(palette, QPalette::Disabled, QPalette::Text, SideStyle::minimumMarkerContrast);
    raise(palette, QPalette::Disabled, QPalette::WindowText, SideStyle::minimumMarkerContrast);
    raise(palette, QPalette::Disabled, QPalette::ButtonText, SideStyle::minimumMarkerContrast);
    return palette;
}

QPalette dark()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x4c, 0x8d, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::Mid, QColor(0x6a, 0x6d, 0x73));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::Light, QColor(0x50, 0x52, 0x57));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb2, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8d, 0x93));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8d, 0x93));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8d, 0x93));
    return readable(palette);
}

QPalette highContrast(bool darkBase)
{
    const QColor background = darkBase ? Qt::black : Qt::white;
    const QColor foreground = darkBase ? Qt::white : Qt::black;
    // The selection in a colour of its own that both the text on it and the base around it
    // stand apart from: yellow on black, dark blue on white (as the Windows and GNOME high
    // contrast themes do).
    const QColor highlight = darkBase ? QColor(0xff, 0xe0, 0x3d) : QColor(0x00, 0x2e, 0x9a);
    QPalette palette(foreground, background, foreground, foreground, foreground, foreground,
                     foreground, background, background);
    for (const QPalette::ColorGroup group : groups) {
        palette.setColor(group, QPalette::Window, background);
        palette.setColor(group, QPalette::Base, background);
        palette.setColor(group, QPalette::AlternateBase, background);
        palette.setColor(group, QPalette::Button, background);
        palette.setColor(group, QPalette::ToolTipBase, background);
        palette.setColor(group, QPalette::WindowText, foreground);
        palette.setColor(group, QPalette::Text, foreground);
        palette.setColor(group, QPalette::ButtonText, foreground);
        palette.setColor(group, QPalette::ToolTipText, foreground);
        palette.setColor(group, QPalette::BrightText, foreground);
        palette.setColor(group, QPalette::PlaceholderText,
                         darkBase ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x33, 0x33, 0x33));
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, darkBase ? Qt::black : Qt::white);
        palette.setColor(group, QPalette::Link,
                         darkBase ? QColor(0x7f, 0xe0, 0xff) : QColor(0x00, 0x00, 0xc8));
        palette.setColor(group, QPalette::LinkVisited,
                         darkBase ? QColor(0xe0, 0xa8, 0xff) : QColor(0x5a, 0x00, 0x8c));
        // Frames and rules are drawn in the mid and dark roles: in full contrast too.
        palette.setColor(group, QPalette::Mid, foreground);
        palette.setColor(group, QPalette::Dark, foreground);
        palette.setColor(group, QPalette::Light, foreground);
        palette.setColor(group, QPalette::Midlight, background);
        palette.setColor(group, QPalette::Shadow, foreground);
    }
    const QColor disabled = darkBase ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x5c, 0x5c, 0x5c);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabled);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Window, background);
    palette.setColor(QPalette::Disabled, QPalette::Base, background);
    palette.setColor(QPalette::Disabled, QPalette::Button, background);
    return palette;
}

bool systemWantsHighContrast(const QPalette &systemPalette)
{
    if (qEnvironmentVariable("GTK_THEME")
            .contains(QLatin1String("HighContrast"), Qt::CaseInsensitive))
        return true;
    const auto apart = [&](QPalette::ColorRole foreground, QPalette::ColorRole background) {
        return SideColor::contrast(systemPalette.color(foreground), systemPalette.color(background))
            >= 12.0f;
    };
    QColor placeholder = systemPalette.color(QPalette::PlaceholderText);
    return apart(QPalette::WindowText, QPalette::Window) && apart(QPalette::Text, QPalette::Base)
        && placeholder.alpha() == 255 && apart(QPalette::PlaceholderText, QPalette::Window);
}

} // namespace ColorSchemes
