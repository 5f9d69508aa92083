#include "widgets/sidestyle.h"

#include "contrast.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// How a side's colour becomes the marks of the window: whatever colour the author chose,
// swatches and evidence tints stay visible on light and dark palettes (issue 13).
class TestSideStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksStandOutOfTheBackground_data();
    void marksStandOutOfTheBackground();
    void ordinaryColoursAreKept_data();
    void ordinaryColoursAreKept();
};

namespace {
using TestSupport::contrastRatio;

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::Base, QColor(0x21, 0x21, 0x23));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

// Hue in degrees, or -1 for a grey.
int hue(const QColor &color)
{
    return color.toHsl().hslHue();
}
} // namespace

void TestSideStyle::marksStandOutOfTheBackground_data()
{
    QTest::addColumn<QColor>("side");
    QTest::addColumn<QPalette>("palette");
    const QList<std::pair<QString, QPalette>> palettes{{u"light"_s, lightPalette()},
                                                       {u"dark"_s, darkPalette()}};
    for (const QString &color : {u"#ffffff"_s, u"#fefefe"_s, u"#ffff00"_s, u"#000000"_s,
                                 u"#1f5fa8"_s, u"#c2410c"_s, u"#7e22ce"_s}) {
        for (const auto &[name, palette] : palettes) {
            QTest::addRow("%s on the %s palette", qPrintable(color), qPrintable(name))
                << QColor::fromString(color) << palette;
        }
    }
}

void TestSideStyle::marksStandOutOfTheBackground()
{
    QFETCH(QColor, side);
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);

    // Swatches, badges and bars: on the text panes' base and the stance panel's window, as
    // WCAG asks of graphics (3:1).
    const QColor marker = SideStyle::markerColor(side, palette);
    QVERIFY2(
        contrastRatio(marker, base) >= 3.0,
        qPrintable(
            u"%1 on %2: %3"_s.arg(marker.name(), base.name()).arg(contrastRatio(marker, base))));
    QVERIFY2(contrastRatio(marker, window) >= 3.0,
             qPrintable(u"%1 on %2: %3"_s.arg(marker.name(), window.name())
                            .arg(contrastRatio(marker, window))));
    QCOMPARE(SideStyle::markerBrush(0, side, palette).color(), marker);
    // A pale colour is darkened (or a dark one lightened) in its own hue.
    if (hue(side) >= 0)
        QVERIFY2(std::abs(hue(marker) - hue(side)) <= 3, qPrintable(marker.name()));

    // The evidence tint: told apart from the plain base, and the text on it still reads.
    const QColor tint = SideStyle::evidenceTint(side, palette);
    QVERIFY2(
        contrastRatio(tint, base) >= 1.25 - 1e-3,
        qPrintable(
            u"tint %1 on %2: %3"_s.arg(tint.name(), base.name()).arg(contrastRatio(tint, base))));
    // A grey side's tint is a grey like that of a merely relevant passage: a clearly
    // stronger one.
    if (side.hslSaturationF() < 0.15f) {
        const QColor relevant = SideStyle::relevantTint(palette);
        QVERIFY2(contrastRatio(tint, relevant) >= 1.1,
                 qPrintable(u"tint %1 by relevant %2: %3"_s.arg(tint.name(), relevant.name())
                                .arg(contrastRatio(tint, relevant))));
    }
    QVERIFY2(contrastRatio(text, tint) >= 4.5,
             qPrintable(u"text %1 on tint %2: %3"_s.arg(text.name(), tint.name())
                            .arg(contrastRatio(text, tint))));
}

void TestSideStyle::ordinaryColoursAreKept_data()
{
    QTest::addColumn<QColor>("side");
    for (const QString &color : {u"#1f5fa8"_s, u"#2563b0"_s, u"#c2410c"_s, u"#15803d"_s})
        QTest::newRow(qPrintable(color)) << QColor::fromString(color);
}

void TestSideStyle::ordinaryColoursAreKept()
{
    // The author's colour is shown as chosen wherever it already reads.
    QFETCH(QColor, side);
    QCOMPARE(SideStyle::markerColor(side, lightPalette()), side);
}

QTEST_MAIN(TestSideStyle)
#include "tst_sidestyle.moc"
