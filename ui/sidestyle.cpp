#include "sidestyle.h"

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

QColor textOn(const QColor &background)
{
    // Relative luminance as in WCAG 2.x; 0.45 keeps white on mid blues and oranges.
    const auto channel = [](float c) {
        return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    const float luminance = 0.2126f * channel(background.redF())
        + 0.7152f * channel(background.greenF()) + 0.0722f * channel(background.blueF());
    return luminance > 0.45f ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace SideStyle
