// Issue 19: usable at 200% scale and with the system font at 1.5x, nothing clipped, in every
// interface language. At 200% a 1920x1080 screen leaves 960x540 logical pixels, and Qt
// scales every widget alike, so the window is laid out at that size; a larger system font
// is a larger application font (what the desktop's font setting gives Qt).
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "i18n/interfacelanguage.h"
#include "window/mainwindow.h"
#include "windowsupport.h"
#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingClipped_data();
    void nothingClipped();

private:
    std::unique_ptr<InterfaceLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
    QFont m_font;
};

void TestScaling::init()
{
    QSettings().clear();
    m_font = QApplication::font();
    m_language = std::make_unique<InterfaceLanguage>();
}

void TestScaling::cleanup()
{
    m_window.reset();
    m_language.reset();
    QApplication::setFont(m_font);
    QSettings().clear();
}

void TestScaling::nothingClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("fontScale");
    QTest::addColumn<QSize>("screen");
    for (const QString &language : {u"en"_s, u"ko"_s, u"ja"_s}) {
        // 200%: half of a 1920x1080 screen, the window as large as it gets there.
        QTest::addRow("%s 200%% scale", qPrintable(language)) << language << 1.0 << QSize(960, 540);
        // The system font at 1.5x on a 1366x768 laptop.
        QTest::addRow("%s font 1.5x", qPrintable(language)) << language << 1.5 << QSize(1366, 768);
    }
}

void TestScaling::nothingClipped()
{
    QFETCH(QString, language);
    QFETCH(double, fontScale);
    QFETCH(QSize, screen);

    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * fontScale);
    QApplication::setFont(font);
    QCOMPARE(m_language->apply(language), language);
    m_window = std::make_unique<MainWindow>(m_language.get());
    TestSupport::show(*m_window, *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing,
                      SampleBriefing::resourcePath());
    m_window->readingState()->selectIssue(0); // fills the stance panel
    m_window->resize(screen);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCoreApplication::processEvents();

    // The window fits the screen: its layout can give every part its minimum.
    const QSize minimum = m_window->minimumSizeHint();
    qInfo("the window needs at least %dx%d of %dx%d", minimum.width(), minimum.height(),
          screen.width(), screen.height());
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
             qPrintable(u"the window needs %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(m_window->size(), screen);

    // No label, button, field or tab got less room than its text needs. Labels that wrap
    // or elide on their own are exempt from the width check, not from the height one.
    QStringList clipped;
    const auto check = [&](QWidget *widget, QSize needed, bool widthElides) {
        if (!widget->isVisibleTo(m_window.get()))
            return;
        if ((!widthElides && widget->width() < needed.width())
            || widget->height() < needed.height())
            clipped.append(u"%1 '%2': %3x%4 < %5x%6"_s
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                    widget->objectName())
                               .arg(widget->width())
                               .arg(widget->height())
                               .arg(needed.width())
                               .arg(needed.height()));
    };
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->text().isEmpty())
            continue;
        const bool wraps = label->wordWrap();
        check(label,
              wraps ? QSize(0, label->heightForWidth(label->width())) : label->minimumSizeHint(),
              wraps || label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored);
    }
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        // Buttons whose width follows the panel elide their own text (the evidence).
        check(button, button->minimumSizeHint(),
              button->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored);
    }
    for (QLineEdit *field : m_window->findChildren<QLineEdit *>())
        check(field, field->minimumSizeHint(), false);
    for (QTabBar *tabs : m_window->findChildren<QTabBar *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            const QRect rect = tabs->tabRect(tab);
            if (!tabs->rect().contains(rect))
                clipped.append(u"tab '%1' outside its bar"_s.arg(tabs->tabText(tab)));
        }
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

QTEST_MAIN(TestScaling)
#include "tst_scaling.moc"
