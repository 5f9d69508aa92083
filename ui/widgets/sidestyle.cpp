#include "widgets/sidestyle.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace SideStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

static QColor blend(const QColor &over, const QColor &under, qreal amount)
{
    const auto mix = [&](float a, float b) {
        return b + (a - b) * float(amount);
    };
    return QColor::fromRgbF(mix(over.redF(), under.redF()), mix(over.greenF(), under.greenF()),
                            mix(over.blueF(), under.blueF()));
}

QColor relevantTint(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return blend(text, base, isDark(palette) ? 0.16 : 0.09);
}

QColor evidenceTint(const QColor &sideColor, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return blend(markerColor(sideColor, palette), base, isDark(palette) ? 0.34 : 0.20);
}

QColor markerColor(const QColor &sideColor, const QPalette &palette)
{
    if (!isDark(palette) || sideColor.lightnessF() >= 0.55)
        return sideColor;
    QColor lighter = sideColor.toHsl();
    lighter.setHslF(lighter.hslHueF(), lighter.hslSaturationF(), 0.62f);
    return lighter.toRgb();
}

QBrush markerBrush(int sideIndex, const QColor &sideColor, const QPalette &palette)
{
    static constexpr std::array patterns{Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern,
                                         Qt::CrossPattern, Qt::FDiagPattern, Qt::DiagCrossPattern};
    return QBrush(markerColor(sideColor, palette),
                  patterns[static_cast<std::size_t>(sideIndex) % patterns.size()]);
}

float luminance(const QColor &color)
{
    const auto channel = [](float c) {
        return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    return 0.2126f * channel(color.redF()) + 0.7152f * channel(color.greenF())
        + 0.0722f * channel(color.blueF());
}

float contrast(const QColor &a, const QColor &b)
{
    // Plain values: std::minmax over temporaries returns dangling references (ASan found
    // exactly that here).
    const float first = luminance(a);
    const float second = luminance(b);
    return (std::max(first, second) + 0.05f) / (std::min(first, second) + 0.05f);
}

QColor textOn(const QColor &background)
{
    // 0.45 keeps white on mid blues and oranges.
    return luminance(background) > 0.45f ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace SideStyle
