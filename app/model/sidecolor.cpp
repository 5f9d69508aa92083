#include "model/sidecolor.h"

#include <algorithm>
#include <cmath>

namespace SideColor {

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

QColor distinctFrom(const QColor &color, const QColor &background, float minimum)
{
    if (contrast(color, background) >= minimum)
        return color;
    // Go the way with more room: black stands further from a light background than white
    // does, and white from a dark one.
    const float backgroundLuminance = luminance(background);
    const bool darken =
        (backgroundLuminance + 0.05f) / 0.05f >= 1.05f / (backgroundLuminance + 0.05f);
    const QColor hsl = color.toHsl();
    // In 8 bits a channel, as it is painted: a shade that reached the contrast only before
    // rounding would fall short on screen.
    const auto shade = [&](float lightness) {
        return QColor::fromRgb(
            QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness).toRgb().rgb());
    };
    // For a fixed hue and saturation every channel, and so the luminance, grows with the
    // HSL lightness: bisect for the least change that reaches the contrast.
    float tooClose = hsl.lightnessF();
    float farEnough = darken ? 0.0f : 1.0f;
    if (contrast(shade(farEnough), background) < minimum)
        return shade(farEnough);
    for (int step = 0; step < 24; ++step) {
        const float middle = (tooClose + farEnough) / 2;
        (contrast(shade(middle), background) >= minimum ? farEnough : tooClose) = middle;
    }
    return shade(farEnough);
}

} // namespace SideColor
