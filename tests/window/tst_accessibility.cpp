#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAccessible>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// What a screen reader finds in the window, walked through Qt's accessibility interfaces
// as the AT-SPI bridge walks them (issue 19).
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFocusableObjectHasAName();
    void textPanesAreNamedByTheirLanguage();

private:
    MainWindow *m_window = nullptr;
};

void TestAccessibility::init()
{
    m_window = new MainWindow;
    TestSupport::show(*m_window, *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing,
                      SampleBriefing::resourcePath());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

namespace {
// Every interface under `root`, depth first, with the path of roles and names leading to it.
void walk(QAccessibleInterface *root, const QString &path,
          const std::function<void(QAccessibleInterface *, const QString &)> &visit)
{
    if (!root || !root->isValid())
        return;
    visit(root, path);
    for (int i = 0; i < root->childCount(); ++i) {
        QAccessibleInterface *child = root->child(i);
        if (!child)
            continue;
        walk(child,
             path + u" / "_s + QString::number(int(child->role()), 16) + u":"_s
                 + child->text(QAccessible::Name).left(20) + u"("_s
                 + QString::fromLatin1(child->object() ? child->object()->metaObject()->className()
                                                       : "")
                 + u")"_s,
             visit);
    }
}
} // namespace

void TestAccessibility::everyFocusableObjectHasAName()
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(m_window), u"window"_s,
         [&](QAccessibleInterface *object, const QString &path) {
             const QAccessible::State state = object->state();
             if (state.focusable && !state.invisible
                 && object->text(QAccessible::Name).trimmed().isEmpty())
                 unnamed.append(path);
         });
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::textPanesAreNamedByTheirLanguage()
{
    const QString names[2] = {u"한국어 text"_s, u"English text"_s};
    for (int slot = 0; slot < 2; ++slot) {
        QAccessibleInterface *pane =
            QAccessible::queryAccessibleInterface(m_window->pane(slot)->view());
        QVERIFY(pane);
        QCOMPARE(pane->text(QAccessible::Name), names[slot]);
        QVERIFY(!pane->text(QAccessible::Description).isEmpty());
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
