#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "reading/briefingheader.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "sidebar/issuesidebar.h"
#include "sidebar/stancepanel.h"
#include "widgets/focusframe.h"
#include "window/mainwindow.h"
#include "window/shortcutsdialog.h"
#include "windowsupport.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

// Everything an author does can be done without a mouse (issue 19): from the keyboard alone,
// a new issue is made from a passage, passages are marked as evidence of two sides, and the
// brief is exported to PDF, through the window's real shortcuts, dialogs and focus chain.
// Any mouse event during the run fails it.
class TestKeyboardAuthoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createIssueMarkEvidenceAndExportWithoutAMouse();
    void tabReachesEveryPartInOrder();
    void tabReachesTheEvidenceBeforeTheTexts();
    void keyboardShortcutsListsTheMenusKeys();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The widget with the keyboard focus now, as a key press would reach it.
    static QWidget *focused();
    // The dialog that has just opened, active as the window manager would make it.
    static QWidget *activeDialog();
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    MainWindow *m_window = nullptr;
    int m_mouseEvents = 0;
};

void TestKeyboardAuthoring::init()
{
    m_window = new MainWindow;
    TestSupport::show(*m_window, *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing,
                      SampleBriefing::resourcePath());
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_mouseEvents = 0;
    qApp->installEventFilter(this);
}

void TestKeyboardAuthoring::cleanup()
{
    qApp->removeEventFilter(this);
    delete m_window;
    m_window = nullptr;
}

bool TestKeyboardAuthoring::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
        if (event->type() != QEvent::ContextMenu
            || static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Mouse)
            ++m_mouseEvents;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

QWidget *TestKeyboardAuthoring::focused()
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget : QApplication::activeWindow();
}

QWidget *TestKeyboardAuthoring::activeDialog()
{
    QWidget *dialog = QApplication::activeModalWidget();
    if (!dialog)
        return nullptr;
    // The offscreen platform has no window manager to activate a new window.
    if (QApplication::activeWindow() != dialog)
        QApplication::setActiveWindow(dialog);
    return QApplication::activeWindow() == dialog && dialog->focusWidget() ? dialog : nullptr;
}

void TestKeyboardAuthoring::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

void TestKeyboardAuthoring::createIssueMarkEvidenceAndExportWithoutAMouse()
{
    BriefingDocument *document = m_window->document();
    ReadingState *state = document->readingState();
    const int issuesBefore = int(document->briefing().issues().size());
    PassageView *korean = m_window->pane(0)->view();

    // Tab to the Korean text and move down into the third passage.
    for (int i = 0; i < 40 && focused() != korean; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), korean);
    press(Qt::Key_Home, Qt::ControlModifier);
    while (state->currentPassage() < 2)
        press(Qt::Key_Down);
    const int first = state->currentPassage();

    // Edit › New Issue from Passage: the editor asks for a title; Enter accepts it.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(activeDialog());
    QTest::keyClicks(focused(), u"Fisheries talks"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(int(document->briefing().issues().size()), issuesBefore + 1);
    const int issue = issuesBefore;
    const Issue &made = document->briefing().issues().at(issue);
    QCOMPARE(made.title.preferred({u"en"_s}), u"Fisheries talks"_s);
    QVERIFY(made.passages.contains(first));
    QCOMPARE(state->selectedIssue(), issue);

    // The passage is South Korea's evidence (Ctrl+Alt+1, the first side); further down,
    // another is Japan's (Ctrl+Alt+2). The focus is back where it was before the editor.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QApplication::setActiveWindow(m_window); // as the window manager would
    QTRY_COMPARE(focused(), korean);
    press(Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    while (state->currentPassage() < first + 2)
        press(Qt::Key_Down);
    const int second = state->currentPassage();
    press(Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    const Issue &marked = document->briefing().issues().at(issue);
    QVERIFY(marked.stanceOf(0));
    QVERIFY(marked.stanceOf(0)->evidence.contains(first));
    QVERIFY(marked.stanceOf(1));
    QVERIFY(marked.stanceOf(1)->evidence.contains(second));

    // File › Export Brief: Enter accepts the options, then the file name is typed.
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"fisheries-brief.pdf"_s);
    press(Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(activeDialog());
    press(Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<QFileDialog *>(activeDialog()));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), pdf);
    press(Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    QCOMPARE(m_mouseEvents, 0);
}

void TestKeyboardAuthoring::tabReachesEveryPartInOrder()
{
    // Window chrome, the issue list, the stance panel, then the two texts: in that order, and
    // every stop shows that it has the focus.
    QList<QWidget *> stops;
    for (int i = 0; i < 60; ++i) {
        press(Qt::Key_Tab);
        QWidget *widget = focused();
        if (!stops.isEmpty() && widget == stops.first())
            break;
        stops.append(widget);
        // The parts whose style shows no focus of their own draw a frame while they have it.
        if (auto *frame = widget->findChild<FocusFrame *>(QString(), Qt::FindDirectChildrenOnly))
            QVERIFY2(frame->isVisible(), widget->metaObject()->className());
    }
    // Round from the window's chrome (the header above the texts).
    const auto chrome = std::find_if(stops.begin(), stops.end(), [&](QWidget *stop) {
        return m_window->header()->isAncestorOf(stop);
    });
    QVERIFY(chrome != stops.end());
    std::rotate(stops.begin(), chrome, stops.end());
    const auto firstIndex = [&](QWidget *target) {
        for (int i = 0; i < stops.size(); ++i) {
            for (QWidget *w = stops.at(i); w; w = w->parentWidget()) {
                if (w == target)
                    return i;
            }
        }
        return -1;
    };
    const int issues = firstIndex(m_window->sidebar());
    const int stances =
        firstIndex(m_window->stancePanel()->parentWidget()->parentWidget()) /* the detail tabs */;
    const int korean = firstIndex(m_window->pane(0));
    const int english = firstIndex(m_window->pane(1));
    QVERIFY2(
        issues >= 0 && korean >= 0 && english >= 0,
        qPrintable(u"issues %1, Korean %2, English %3"_s.arg(issues).arg(korean).arg(english)));
    for (QWidget *framed : {static_cast<QWidget *>(m_window->pane(0)->view()),
                            static_cast<QWidget *>(m_window->pane(1)->view()),
                            static_cast<QWidget *>(m_window->sidebar()->view())})
        QVERIFY(framed->findChild<FocusFrame *>(QString(), Qt::FindDirectChildrenOnly));
    QVERIFY(issues < stances);
    QVERIFY(stances < korean);
    QVERIFY(korean < english);
    for (QWidget *stop : std::as_const(stops))
        QVERIFY2(stop->focusPolicy() & Qt::TabFocus, stop->metaObject()->className());
    QCOMPARE(m_mouseEvents, 0);
}

void TestKeyboardAuthoring::tabReachesTheEvidenceBeforeTheTexts()
{
    // The evidence buttons are made when an issue is first shown, long after the window's
    // tab order was set: Tab from the issue list must still reach them before the texts.
    m_window->sidebar()->view()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Down); // selects an issue; its positions and evidence fill the panel
    QVERIFY(m_window->readingState()->selectedIssue() >= 0);
    QCoreApplication::processEvents(); // the layout shows the new buttons
    QList<QToolButton *> evidence;
    for (QToolButton *button : m_window->stancePanel()->findChildren<QToolButton *>()) {
        if (button->objectName().startsWith(u"evidence-"_s) && button->isVisibleTo(m_window))
            evidence.append(button);
    }
    QVERIFY(evidence.size() >= 2);
    QList<QWidget *> reached;
    for (int i = 0; i < 40 && focused() != m_window->pane(0)->view(); ++i) {
        press(Qt::Key_Tab);
        reached.append(focused());
    }
    QCOMPARE(focused(), m_window->pane(0)->view());
    // The detail tabs' bar first, then what its page shows.
    QVERIFY(!reached.isEmpty() && qobject_cast<QTabBar *>(reached.constFirst()));
    for (QToolButton *button : std::as_const(evidence))
        QVERIFY2(reached.contains(button), qPrintable(button->accessibleName()));
    // In the order they are shown, top to bottom.
    for (qsizetype i = 1; i < evidence.size(); ++i)
        QVERIFY(reached.indexOf(evidence.at(i - 1)) < reached.indexOf(evidence.at(i)));
    QCOMPARE(m_mouseEvents, 0);
}

void TestKeyboardAuthoring::keyboardShortcutsListsTheMenusKeys()
{
    // Help › Keyboard Shortcuts lists every key from the menus, the evidence keys of the
    // briefing's sides among them, and the keys with no menu entry.
    press(Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<ShortcutsDialog *>(activeDialog()));
    auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
    const QString rows = dialog->rows().join(u'\n');
    const auto native = [](const QKeySequence &keys) {
        return keys.toString(QKeySequence::NativeText);
    };
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1),
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2), QKeySequence(Qt::CTRL | Qt::Key_E),
          QKeySequence(Qt::Key_F3)})
        QVERIFY2(rows.contains(native(keys)), qPrintable(native(keys) + u"\n"_s + rows));
    QVERIFY(rows.contains(u"South Korea"_s));
    // The filter narrows the list by action or key.
    QTest::keyClicks(focused(), u"Evidence"_s);
    QVERIFY(!dialog->rows().isEmpty());
    for (const QString &row : dialog->rows())
        QVERIFY2(row.contains(u"Evidence"_s, Qt::CaseInsensitive), qPrintable(row));
    press(Qt::Key_Escape);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_mouseEvents, 0);
}

QTEST_MAIN(TestKeyboardAuthoring)
#include "tst_keyboardauthoring.moc"
