#include "widgets/colorschemes.h"
#include "widgets/sidestyle.h"
#include "window/contrastmode.h"

#include "contrast.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;

// Every colour pair Bilateral paints, in every palette it reads in (the system's as made
// readable, the dark one, high contrast on white and on black), meets WCAG 2.2 AA: 4.5:1 for
// text, 3:1 for the marks that carry meaning (issue 19). The ratios are worked out here
// (tests/contrast.h), from the palettes and style functions the window itself uses.
class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textMeetsAA_data();
    void textMeetsAA();
    void marksMeetNonTextMinimum_data();
    void marksMeetNonTextMinimum();
    void faintSystemColoursAreRaised();
    void highContrastFollowsTheDesktopAndTheMenu();
};

namespace {
using TestSupport::contrastRatio;

struct Scheme
{
    const char *name;
    QPalette palette;
    double textMinimum;
};

// The platform's own light palette (Qt's default here), as the application makes it readable;
// a system palette with the faint secondary text the issue found (#BEBEBE on #EFEFEF); the dark
// palette; high contrast. High contrast promises 7:1 (WCAG AAA) for text.
QList<Scheme> schemes()
{
    QPalette faint = QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
    faint.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    faint.setColor(QPalette::PlaceholderText, QColor(0xbe, 0xbe, 0xbe));
    faint.setColor(QPalette::Link, QColor(0x9d, 0xc3, 0xf0));
    return {
        {"system", ColorSchemes::readable(QPalette()), 4.5},
        {"faint system", ColorSchemes::readable(faint), 4.5},
        {"dark", ColorSchemes::dark(), 4.5},
        {"high contrast, light", ColorSchemes::highContrast(false), 7.0},
        {"high contrast, dark", ColorSchemes::highContrast(true), 7.0},
    };
}

// The sample's sides, the colours Edit › Sides offers, and colours authors pick that are hard
// to show on one palette or another.
const QList<QColor> sideColors{QColor(0x25, 0x63, 0xb0), QColor(0xc2, 0x41, 0x0c),
                               QColor(0x15, 0x80, 0x3d), QColor(0x7e, 0x22, 0xce),
                               QColor(0xa1, 0x62, 0x07), QColor(0x0e, 0x74, 0x90),
                               QColor(Qt::white),        QColor(Qt::black),
                               QColor(0xff, 0xff, 0x00), QColor(0x00, 0x00, 0x80)};

void addRow(const Scheme &scheme, const QString &what, const QColor &foreground,
            const QColor &background, double minimum)
{
    QTest::addRow("%s: %s", scheme.name, qPrintable(what)) << foreground << background << minimum;
}
} // namespace

void TestContrast::textMeetsAA_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        // Secondary text: the briefing's source line, hints, the stance panel's "no position".
        {QPalette::PlaceholderText, QPalette::Window},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Window},
        {QPalette::Link, QPalette::Base},
    };
    for (const Scheme &scheme : schemes()) {
        const QPalette &p = scheme.palette;
        for (const auto &[foreground, background] : pairs) {
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
                addRow(scheme, u"%1 on %2 (%3)"_s.arg(foreground).arg(background).arg(int(group)),
                       p.color(group, foreground), p.color(group, background), scheme.textMinimum);
        }
        // The text on what the reading state paints under it: the selected issue's passages,
        // each side's evidence, find matches.
        const QColor text = p.color(QPalette::Text);
        addRow(scheme, u"text on an issue's passage"_s, text, SideStyle::relevantTint(p), 4.5);
        addRow(scheme, u"text on a find match"_s, text, SideStyle::findTint(p, false), 4.5);
        addRow(scheme, u"text on the current find match"_s, text, SideStyle::findTint(p, true),
               4.5);
        for (const QColor &side : sideColors)
            addRow(scheme, u"text on %1 evidence"_s.arg(side.name()), text,
                   SideStyle::evidenceTint(side, p), 4.5);
    }
}

void TestContrast::textMeetsAA()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    const double ratio = contrastRatio(foreground, background);
    QVERIFY2(ratio >= minimum - 0.01,
             qPrintable(u"%1 on %2: %3:1, wanted %4:1"_s.arg(foreground.name(), background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(minimum)));
}

void TestContrast::marksMeetNonTextMinimum_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    for (const Scheme &scheme : schemes()) {
        const QPalette &p = scheme.palette;
        const QColor base = p.color(QPalette::Base);
        const QColor window = p.color(QPalette::Window);
        addRow(scheme, u"current passage outline"_s, SideStyle::currentOutline(p), base, 3.0);
        addRow(scheme, u"hovered passage outline"_s, SideStyle::hoverOutline(p), base, 3.0);
        addRow(scheme, u"current find match outline"_s, SideStyle::findOutline(p), base, 3.0);
        addRow(scheme, u"neutral contested wording"_s, SideStyle::termPen(-1, {}, p).color(), base,
               3.0);
        for (const QColor &side : sideColors) {
            const QColor marker = SideStyle::markerColor(side, p);
            // Margin bars and term underlines on the text, swatches and badges on the window.
            addRow(scheme, u"%1 marker on the base"_s.arg(side.name()), marker, base, 3.0);
            addRow(scheme, u"%1 marker on the window"_s.arg(side.name()), marker, window, 3.0);
            addRow(scheme, u"%1 contested wording"_s.arg(side.name()),
                   SideStyle::termPen(0, side, p).color(), base, 3.0);
            // The stance symbol drawn inside a filled badge.
            addRow(scheme, u"symbol in a %1 badge"_s.arg(side.name()), SideStyle::textOn(marker),
                   marker, 3.0);
        }
    }
}

void TestContrast::marksMeetNonTextMinimum()
{
    textMeetsAA();
}

void TestContrast::faintSystemColoursAreRaised()
{
    // The case the issue measured: secondary text #BEBEBE on #EFEFEF, 1.6:1.
    QPalette faint;
    faint.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    faint.setColor(QPalette::Base, Qt::white);
    faint.setColor(QPalette::PlaceholderText, QColor(0xbe, 0xbe, 0xbe));
    QVERIFY(contrastRatio(faint.color(QPalette::PlaceholderText), faint.color(QPalette::Window))
            < 2);
    const QPalette readable = ColorSchemes::readable(faint);
    QVERIFY(
        contrastRatio(readable.color(QPalette::PlaceholderText), readable.color(QPalette::Window))
        >= 4.5);
    // Still grey (secondary), not turned into the body text's black.
    QVERIFY(readable.color(QPalette::PlaceholderText) != QColor(Qt::black));
    // A palette that already reads is left alone.
    QCOMPARE(ColorSchemes::readable(ColorSchemes::dark()).color(QPalette::PlaceholderText),
             ColorSchemes::dark().color(QPalette::PlaceholderText));
}

void TestContrast::highContrastFollowsTheDesktopAndTheMenu()
{
    QVERIFY(!ColorSchemes::systemWantsHighContrast(QPalette()));
    QVERIFY(ColorSchemes::systemWantsHighContrast(ColorSchemes::highContrast(true)));
    qputenv("GTK_THEME", "HighContrastInverse");
    QVERIFY(ColorSchemes::systemWantsHighContrast(QPalette()));
    qunsetenv("GTK_THEME");

    // View › High Contrast: the application's palette becomes the high-contrast one (light,
    // as the desktop's palette here is light) and back.
    ContrastMode *mode = ContrastMode::instance();
    QVERIFY(!mode->isHighContrast());
    mode->action()->trigger();
    QVERIFY(mode->isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    mode->action()->trigger();
    QVERIFY(!mode->isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::PlaceholderText),
             ColorSchemes::readable(QPalette()).color(QPalette::PlaceholderText));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
