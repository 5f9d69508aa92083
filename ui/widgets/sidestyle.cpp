#include "widgets/sidestyle.h"

#include "model/sidecolor.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace SideStyle {

namespace {
// Tints and markers are searched for step by step against contrast targets (a few dozen
// luminance computations each), and every pane, margin and strip asks for them on every
// paint: remember them per side colour and palette. Called on the GUI thread only.
struct StyleKey
{
    QRgb side;
    QRgb base;
    QRgb text;
    QRgb window;
    bool evidence;
    friend bool operator==(const StyleKey &, const StyleKey &) = default;
    friend size_t qHash(const StyleKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.side, key.base, key.text, key.window, key.evidence);
    }
};

template<typename Compute>
QColor remembered(const QColor &sideColor, const QPalette &palette, bool evidence, Compute compute)
{
    static QHash<StyleKey, QColor> cache;
    const StyleKey key{sideColor.rgba(), palette.color(QPalette::Base).rgba(),
                       palette.color(QPalette::Text).rgba(), palette.color(QPalette::Window).rgba(),
                       evidence};
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    if (cache.size() > 4096)
        cache.clear(); // colours edited many times over: start again
    return *cache.insert(key, compute());
}
} // namespace

// The searches themselves, done once per side colour and palette.
static QColor searchedEvidenceTint(const QColor &sideColor, const QPalette &palette);
static QColor searchedMarkerColor(const QColor &sideColor, const QPalette &palette);

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
    return remembered(sideColor, palette, true,
                      [&] { return searchedEvidenceTint(sideColor, palette); });
}

QColor markerColor(const QColor &sideColor, const QPalette &palette)
{
    return remembered(sideColor, palette, false,
                      [&] { return searchedMarkerColor(sideColor, palette); });
}

static QColor searchedEvidenceTint(const QColor &sideColor, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor marker = markerColor(sideColor, palette);
    // The usual strength first; a grey or darkened white marker needs more to stand out
    // from the base, a bright one on a dark base less for the text on it to stay readable.
    // Legibility wins when both cannot be had. A grey marker (a white or black side) tints
    // grey like a merely relevant passage: it must then be clearly stronger than that.
    float wanted = minimumTintContrast;
    if (marker.hslSaturationF() < 0.15f)
        wanted = std::max(wanted, contrast(relevantTint(palette), base) * 1.12f);
    qreal amount = isDark(palette) ? 0.34 : 0.20;
    QColor tint = blend(marker, base, amount);
    while (contrast(tint, base) < wanted && amount < 0.6) {
        amount += 0.02;
        tint = blend(marker, base, amount);
    }
    while (contrast(text, tint) < minimumTextContrast && amount > 0.04) {
        amount -= 0.02;
        tint = blend(marker, base, amount);
    }
    return tint;
}

static QColor searchedMarkerColor(const QColor &sideColor, const QPalette &palette)
{
    QColor marker = sideColor;
    if (isDark(palette) && sideColor.lightnessF() < 0.55) {
        QColor lighter = sideColor.toHsl();
        lighter.setHslF(lighter.hslHueF(), lighter.hslSaturationF(), 0.62f);
        marker = lighter.toRgb();
    }
    // Whatever colour the author chose (white, pale yellow, black on a dark palette), the
    // marker stands apart from the base it is drawn on and from the window around the
    // stance panel's swatches, in the same hue.
    marker = SideColor::distinctFrom(marker, palette.color(QPalette::Base), minimumMarkerContrast);
    return SideColor::distinctFrom(marker, palette.color(QPalette::Window), minimumMarkerContrast);
}

QBrush markerBrush(int sideIndex, const QColor &sideColor, const QPalette &palette)
{
    static constexpr std::array patterns{Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern,
                                         Qt::CrossPattern, Qt::FDiagPattern, Qt::DiagCrossPattern};
    return QBrush(markerColor(sideColor, palette),
                  patterns[static_cast<std::size_t>(sideIndex) % patterns.size()]);
}

QPen termPen(int sideIndex, const QColor &sideColor, const QPalette &palette)
{
    static constexpr std::array styles{Qt::DotLine, Qt::DashLine, Qt::DashDotLine,
                                       Qt::DashDotDotLine};
    if (sideIndex < 0) {
        QPen pen(palette.color(QPalette::PlaceholderText), 1.5, Qt::DotLine);
        pen.setCapStyle(Qt::FlatCap);
        return pen;
    }
    QPen pen(markerColor(sideColor, palette), 2,
             styles[static_cast<std::size_t>(sideIndex) % styles.size()]);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QColor currentOutline(const QPalette &palette)
{
    return SideColor::distinctFrom(palette.color(QPalette::Highlight),
                                   palette.color(QPalette::Base), minimumMarkerContrast);
}

QColor hoverOutline(const QPalette &palette)
{
    return SideColor::distinctFrom(palette.color(QPalette::PlaceholderText),
                                   palette.color(QPalette::Base), minimumMarkerContrast);
}

QColor findOutline(const QPalette &palette)
{
    // Burnt orange: the find tint's hue, darker (lighter on a dark base) to stand out from it.
    return SideColor::distinctFrom(QColor(0xc2, 0x41, 0x0c), palette.color(QPalette::Base),
                                   minimumMarkerContrast);
}

QColor findTint(const QPalette &palette, bool current)
{
    // Amber reads as "search hit" on light and dark bases alike; the current match is
    // stronger (and outlined). As strong as the text on it allows: on a dark base the amber
    // must stay dim for light text to remain readable.
    const QColor amber = current ? QColor(0xff, 0x9f, 0x1c) : QColor(0xff, 0xd5, 0x4a);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    qreal amount = isDark(palette) ? (current ? 0.5 : 0.35) : (current ? 0.85 : 0.65);
    QColor tint = blend(amber, base, amount);
    while (contrast(text, tint) < minimumTextContrast && amount > 0.1) {
        amount -= 0.05;
        tint = blend(amber, base, amount);
    }
    return tint;
}

float luminance(const QColor &color)
{
    return SideColor::luminance(color);
}

float contrast(const QColor &a, const QColor &b)
{
    return SideColor::contrast(a, b);
}

QColor textOn(const QColor &background)
{
    // Whichever stands further apart; on a tie (mid blues and oranges) white, which reads
    // lighter at small sizes.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, background) > contrast(white, background) * 1.1f ? black : white;
}

} // namespace SideStyle
