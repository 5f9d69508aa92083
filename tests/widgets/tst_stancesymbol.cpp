#include "widgets/deferredicon.h"
#include "widgets/stancesymbol.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

// The small drawing helpers behind the issue list: stance symbols drawn as shapes, and
// icons looked up only when drawn.
class TestStanceSymbol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPositionHasItsOwnShape();
    void symbolStaysInsideItsRect();
    void deferredIconResolvesWhenDrawn();
};

namespace {
QImage symbolImage(StancePosition position, const QRectF &rect, const QSize &canvas)
{
    QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    StanceSymbol::paint(painter, rect, position, Qt::black);
    return image;
}

int inkedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return count;
}
} // namespace

void TestStanceSymbol::everyPositionHasItsOwnShape()
{
    // Symbols are what tell positions apart in greyscale: no two may look alike.
    QList<QImage> images;
    for (int i = 0; i < StancePositions::count; ++i) {
        const auto position = static_cast<StancePosition>(i);
        const QImage image = symbolImage(position, QRectF(0, 0, 20, 20), QSize(20, 20));
        QVERIFY2(inkedPixels(image) > 8, qPrintable(StancePositions::key(position)));
        for (qsizetype j = 0; j < images.size(); ++j)
            QVERIFY2(images.at(j) != image,
                     qPrintable(StancePositions::key(position) + u" looks like "_s
                                + StancePositions::key(static_cast<StancePosition>(j))));
        images.append(image);
    }
}

void TestStanceSymbol::symbolStaysInsideItsRect()
{
    // Drawn in the middle of a larger canvas: no ink outside the rect (plus the
    // antialiasing pixel), whatever its proportions.
    for (const QRectF rect : {QRectF(20, 20, 12, 12), QRectF(20, 20, 30, 10)}) {
        for (int i = 0; i < StancePositions::count; ++i) {
            const QImage image = symbolImage(static_cast<StancePosition>(i), rect, QSize(80, 60));
            const QRect allowed = rect.toAlignedRect().adjusted(-1, -1, 1, 1);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) > 0 && !allowed.contains(x, y))
                        QFAIL(qPrintable(
                            u"%1 inks (%2, %3)"_s
                                .arg(StancePositions::key(static_cast<StancePosition>(i)))
                                .arg(x)
                                .arg(y)));
        }
    }
    // An empty rect draws nothing and does not crash.
    QCOMPARE(inkedPixels(symbolImage(StancePosition::Demands, QRectF(5, 5, 0, 0), QSize(10, 10))),
             0);
}

void TestStanceSymbol::deferredIconResolvesWhenDrawn()
{
    const QIcon icon =
        DeferredIcon::themed(u"no-such-theme-icon-xyz"_s, QStyle::SP_DialogOpenButton);
    // Menus ask this before laying out; it must not need the icon.
    QVERIFY(!icon.isNull());
    // Drawn: the style's fallback, the same pixels as asking the style directly.
    const QPixmap drawn = icon.pixmap(QSize(16, 16));
    QVERIFY(!drawn.isNull());
    const QPixmap expected =
        QApplication::style()->standardIcon(QStyle::SP_DialogOpenButton).pixmap(QSize(16, 16));
    QCOMPARE(drawn.toImage(), expected.toImage());
    QVERIFY(!icon.availableSizes().isEmpty());
    // Copies share the resolved icon.
    const QIcon copy = icon;
    QCOMPARE(copy.pixmap(QSize(16, 16)).toImage(), expected.toImage());
}

QTEST_MAIN(TestStanceSymbol)
#include "tst_stancesymbol.moc"
