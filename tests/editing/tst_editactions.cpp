#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/passagesplit.h"
#include "document/readingstate.h"
#include "editing/briefingpropertiesdialog.h"
#include "editing/issueeditordialog.h"
#include "editing/sidesdialog.h"
#include "editing/splitpassagedialog.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "model/passagetext.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "realtextbriefing.h"
#include "sidebar/issuesidebar.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The Edit menu through the real window: keys, clicks, menus and dialogs, checking after
// every step that the edit landed on the passage the reader pointed at.
class TestEditActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twoMergesInARowMergeTheClickedPassageTwice();
    void editsAfterDialogsStillTargetTheClickedPassage();
    void splitNeverCutsAWord();
    void splitAsksWhereTheOtherLanguageGoes();
    void twentyMixedEditsEachHitTheirTarget_data();
    void twentyMixedEditsEachHitTheirTarget();
    void actionsSayWhyTheyCannotApply_data();
    void actionsSayWhyTheyCannotApply();
    void newIssueIsMadeOnlyWhenTheEditorIsAccepted();

private:
    void open(const Briefing &briefing);
    // Clicks the passage in language `slot`, `offset` characters into its shown text.
    void clickAt(int slot, int passage, int offset);
    void press(QKeyCombination key);
    QString idOf(int passage) const;
    int indexOf(const QString &id) const;
    BriefingData data() const;

    Briefing m_sample;
    Briefing m_realText;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditActions::initTestCase()
{
    m_sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    m_realText = RealText::coreutilsBriefing(60);
    QVERIFY2(m_realText.passages().size() == 60, "coreutils' Korean catalogue is missing");
}

void TestEditActions::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setLocale(QLocale(u"en"_s));
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEditActions::cleanup()
{
    // Nothing to save: leave without the question.
    m_window->document()->open(Briefing(), DocumentLocation());
    m_window.reset();
}

void TestEditActions::open(const Briefing &briefing)
{
    TestSupport::show(*m_window, briefing, u"/tmp/edit-test.briefing"_s);
    QCoreApplication::processEvents();
}

void TestEditActions::clickAt(int slot, int passage, int offset)
{
    PassageView *view = m_window->pane(slot)->view();
    view->ensurePassageVisible(passage);
    QCoreApplication::processEvents();
    QTextCursor cursor(view->document());
    cursor.setPosition(view->passagePosition(passage) + offset);
    const QRect caret = view->cursorRect(cursor);
    QVERIFY(view->viewport()->rect().contains(caret.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, caret.center());
    QCOMPARE(m_window->readingState()->currentPassage(), passage);
    QCOMPARE(m_window->readingState()->caret(), (PassageCaret{slot, offset}));
}

void TestEditActions::press(QKeyCombination key)
{
    // The offscreen platform does not give the window its activation back when a dialog
    // closes, as a window manager would; shortcuts only reach an active window.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                    key.key(), key.keyboardModifiers());
    QCoreApplication::processEvents();
}

QString TestEditActions::idOf(int passage) const
{
    return m_window->document()->briefing().passages().at(passage).id;
}

int TestEditActions::indexOf(const QString &id) const
{
    return m_window->document()->briefing().passageIndex(id);
}

BriefingData TestEditActions::data() const
{
    return m_window->document()->briefing().data();
}

// The defect that started this: after one merge the next went to passage 1.
void TestEditActions::twoMergesInARowMergeTheClickedPassageTwice()
{
    open(m_sample);
    const int twelve = m_sample.passageIndex(u"p12"_s);
    clickAt(1, twelve, 20);
    const BriefingData once = BriefingEdits::mergeWithNext(m_sample.data(), twelve);
    const BriefingData twice = BriefingEdits::mergeWithNext(once, twelve);
    press(Qt::CTRL | Qt::Key_M);
    QCOMPARE(data(), once);
    press(Qt::CTRL | Qt::Key_M);
    QCOMPARE(data(), twice);
    QCOMPARE(data().passages.at(0), m_sample.passages().at(0)); // passage 1 untouched
    QCOMPARE(m_window->readingState()->currentPassage(), twelve);
    // Undo twice: back where the reader was, caret and all.
    press(Qt::CTRL | Qt::Key_Z);
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(m_window->document()->briefing(), m_sample);
    QCOMPARE(m_window->readingState()->caret(), (PassageCaret{1, 20}));
}

void TestEditActions::editsAfterDialogsStillTargetTheClickedPassage()
{
    open(m_realText);
    const int sixth = 5;
    clickAt(1, sixth, 3);
    // Edit > Add Passage to Selected Issue, then Mark as Evidence of the first side: both
    // on passage 6, with the Sides dialog opened and closed in between.
    m_window->readingState()->selectIssue(0);
    m_window->findChild<QAction *>(u"addToIssueAction"_s)->trigger();
    QVERIFY(data().issues.at(0).passages.contains(sixth));
    m_window->findChild<QAction *>(u"sidesAction"_s)->trigger();
    auto *sides = m_window->findChild<SidesDialog *>();
    QVERIFY(sides);
    sides->accept();
    QCoreApplication::processEvents();
    auto *evidence = m_window->findChild<QMenu *>(u"evidenceMenu"_s);
    Q_EMIT evidence->aboutToShow();
    // The side's action lives on the window (for its Ctrl+Alt+1 key) and is shown in the menu.
    auto *firstSide = m_window->findChild<QAction *>(u"evidence-a"_s);
    QVERIFY(firstSide && evidence->actions().contains(firstSide));
    firstSide->trigger();
    QCOMPARE(data().issues.at(0).stances.at(0).evidence, QList<int>{sixth});
    QVERIFY(!data().issues.at(0).stances.at(0).evidence.contains(0));
    // A merge after the dialog still merges passage 6.
    const BriefingData before = data();
    press(Qt::CTRL | Qt::Key_M);
    QCOMPARE(data(), BriefingEdits::mergeWithNext(before, sixth));
}

void TestEditActions::splitNeverCutsAWord()
{
    open(m_sample);
    const int twelve = m_sample.passageIndex(u"p12"_s);
    const QString english = PassageText::shown(m_sample.passages().at(twelve).text[1]);
    const int inside = int(english.indexOf(u"restrictions"_s)) + 5; // "restr|ictions"
    clickAt(1, twelve, inside);
    press(Qt::CTRL | Qt::Key_K);
    // One Korean sentence: the reader is asked where it goes. Keep it with the first part.
    auto *dialog = m_window->findChild<SplitPassageDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->choose(0);
    dialog->accept();
    const Briefing &split = m_window->document()->briefing();
    QCOMPARE(split.passages().size(), m_sample.passages().size() + 1);
    QCOMPARE(split.passages().at(twelve).text[1], u"Kim also called Japan's export"_s);
    QVERIFY(split.passages().at(twelve + 1).text[1].startsWith(u"restrictions on South Korea"_s));
    QCOMPARE(split.passages().at(twelve).text[0], m_sample.passages().at(twelve).text[0]);
    QVERIFY(split.passages().at(twelve + 1).text[0].isEmpty()); // as the reader chose
    QCOMPARE(m_window->readingState()->currentPassage(), twelve); // the first half
    // The caret stays where the passage was cut, at the end of the first half: nothing
    // more to split there.
    QCOMPARE(m_window->readingState()->caret(),
             (PassageCaret{1, int(u"Kim also called Japan's export"_s.size())}));
    QVERIFY(!m_window->findChild<QAction *>(u"splitPassageAction"_s)->isEnabled());
}

void TestEditActions::splitAsksWhereTheOtherLanguageGoes()
{
    // Two sentences in each language, merged from passages 8 and 9: split between the
    // sentences in English, and the Korean is split between its sentences too, unasked.
    BriefingData merged = BriefingEdits::mergeWithNext(m_sample.data(), 7);
    open(Briefing(merged));
    const QString english = PassageText::shown(merged.passages.at(7).text[1]);
    clickAt(1, 7, int(english.indexOf(u"Under"_s)) + 2);
    press(Qt::CTRL | Qt::Key_K);
    QVERIFY(!m_window->findChild<SplitPassageDialog *>());
    QCOMPARE(data().passages.at(7).text, m_sample.passages().at(7).text);
    QCOMPARE(data().passages.at(8).text, m_sample.passages().at(8).text);

    // Mid-sentence: asked; choosing "all of it to the second part" moves the Korean on.
    open(Briefing(merged));
    clickAt(1, 7, int(english.indexOf(u"victims"_s)) + 1);
    press(Qt::CTRL | Qt::Key_K);
    auto *dialog = m_window->findChild<SplitPassageDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->choiceCount(), 3); // first part, second part, after the first sentence
    dialog->choose(1);
    dialog->accept();
    QVERIFY(data().passages.at(7).text[0].isEmpty());
    QCOMPARE(data().passages.at(8).text[0], merged.passages.at(7).text[0]);
    // Cancel leaves the passage whole.
    open(Briefing(merged));
    clickAt(1, 7, int(english.indexOf(u"victims"_s)) + 1);
    press(Qt::CTRL | Qt::Key_K);
    dialog = m_window->findChild<SplitPassageDialog *>();
    QVERIFY(dialog);
    dialog->reject();
    QCOMPARE(data(), merged);
}

// Twenty edits of every kind through keys, menus, clicks and dialogs, on the sample and on
// real translated text. Before each step the expected result is computed from the data and
// the passage the reader chose; after it, the document must be exactly that.
void TestEditActions::twentyMixedEditsEachHitTheirTarget_data()
{
    QTest::addColumn<bool>("realText");
    QTest::newRow("the sample briefing") << false;
    QTest::newRow("coreutils' messages and their Korean translation") << true;
}

void TestEditActions::twentyMixedEditsEachHitTheirTarget()
{
    QFETCH(bool, realText);
    const Briefing start = realText ? m_realText : m_sample;
    open(start);
    ReadingState *state = m_window->readingState();
    const auto action = [this](const char *name) {
        auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    };
    int steps = 0;
    const auto expect = [&](const BriefingData &expected, const char *what) {
        ++steps;
        QVERIFY2(data() == expected, what);
    };
    using namespace BriefingEdits;

    // 1-2: click passage 3 in English, merge twice.
    clickAt(1, 2, 4);
    BriefingData expected = mergeWithNext(data(), 2);
    press(Qt::CTRL | Qt::Key_M);
    expect(expected, "1 merge");
    expected = mergeWithNext(data(), 2);
    press(Qt::CTRL | Qt::Key_M);
    expect(expected, "2 merge again");
    // 3: undo; the passage stays current.
    const BriefingData afterOne = mergeWithNext(start.data(), 2);
    press(Qt::CTRL | Qt::Key_Z);
    expect(afterOne, "3 undo");
    QCOMPARE(state->currentPassage(), 2);
    // 4: select the issue in the sidebar by clicking it, add the passage with Ctrl+T.
    QListView *issues = m_window->sidebar()->view();
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {},
                      issues->visualRect(issues->model()->index(0, 0)).center());
    QCOMPARE(state->selectedIssue(), 0);
    expected = addPassagesToIssue(data(), 0, {2});
    press(Qt::CTRL | Qt::Key_T);
    expect(expected, "4 add to issue");
    // 5: mark it as evidence of the second side from the menu.
    expected = addEvidence(data(), 0, 1, {2});
    auto *evidence = m_window->findChild<QMenu *>(u"evidenceMenu"_s);
    Q_EMIT evidence->aboutToShow();
    evidence->actions().at(1)->trigger();
    expect(expected, "5 evidence");
    // 6: the properties dialog, a new title; the passage stays current.
    action("briefingPropertiesAction")->trigger();
    auto *properties = m_window->findChild<BriefingPropertiesDialog *>();
    properties->findChild<QLineEdit *>(u"title-en"_s)->setText(u"Edited"_s);
    expected = properties->edited();
    properties->accept();
    expect(expected, "6 properties");
    QCOMPARE(state->currentPassage(), 2);
    // 7: merge after the dialog: still passage 3.
    expected = mergeWithNext(data(), 2);
    press(Qt::CTRL | Qt::Key_M);
    expect(expected, "7 merge after a dialog");
    // 8: click passage 9 in Korean near its start; move its last sentence to the next.
    clickAt(0, 8, 1);
    expected = moveSentence(data(), 8, 0, true);
    press(Qt::CTRL | Qt::ALT | Qt::Key_Down);
    expect(expected, "8 move sentence down");
    // 9: and move the first sentence of the next passage back.
    clickAt(0, 9, 1);
    expected = moveSentence(data(), 9, 0, false);
    press(Qt::CTRL | Qt::ALT | Qt::Key_Up);
    expect(expected, "9 move sentence up");
    // 10: split passage 12 in English at a word.
    const QString twelve = PassageText::shown(data().passages.at(11).text[1]);
    const int word = int(twelve.indexOf(u' ', 10)) + 1;
    clickAt(1, 11, word);
    const PassageSplit::Plan plan = PassageSplit::plan(data().passages.at(11), 1, word);
    QVERIFY(plan.isPossible());
    BriefingData split = data();
    if (plan.needsChoice()) {
        press(Qt::CTRL | Qt::Key_K);
        auto *dialog = m_window->findChild<SplitPassageDialog *>();
        QVERIFY(dialog);
        dialog->choose(0);
        split = splitPassage(split, 11, dialog->chosen().cuts);
        dialog->accept();
    } else {
        split = splitPassage(split, 11, plan.cuts);
        press(Qt::CTRL | Qt::Key_K);
    }
    expect(split, "10 split");
    QCOMPARE(state->currentPassage(), 11);
    // 11: undo the split, redo it.
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(data().passages.size(), split.passages.size() - 1);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    expect(split, "11 undo and redo");
    // 12: select three passages by dragging in the English pane; tag them all.
    PassageView *english = m_window->pane(1)->view();
    english->ensurePassageVisible(14);
    QCoreApplication::processEvents();
    const QPoint from = english->passageStartRect(14).center();
    QTextCursor end(english->document());
    end.setPosition(english->passagePosition(16) + 2);
    const QPoint to = english->cursorRect(end).center();
    QTest::mousePress(english->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(english->viewport(), to);
    QTest::mouseRelease(english->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(state->selectedPassages(), (QList<int>{14, 15, 16}));
    expected = addPassagesToIssue(data(), 0, {14, 15, 16});
    press(Qt::CTRL | Qt::Key_T);
    expect(expected, "12 tag a selection");
    // 13: click one of them and take it out again.
    clickAt(1, 15, 2);
    expected = removePassagesFromIssue(data(), 0, {15});
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    expect(expected, "13 remove from issue");
    // 14: F3 to the issue's next passage after 16, then merge it with the next.
    press(Qt::Key_F3);
    const int stepped = state->currentPassage();
    QCOMPARE(stepped, state->highlight().next(15));
    expected = mergeWithNext(data(), stepped);
    press(Qt::CTRL | Qt::Key_M);
    expect(expected, "14 merge after F3");
    // 15: a new issue from passage 5, titled in the editor.
    clickAt(1, 4, 1);
    action("newIssueAction")->trigger();
    auto *editor = m_window->findChild<IssueEditorDialog *>();
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(u"issueTitle-en"_s)->setText(u"Visa waivers"_s);
    editor->accept();
    ++steps;
    QCOMPARE(data().issues.last().id, u"visa-waivers"_s);
    QCOMPARE(data().issues.last().passages, QList<int>{4});
    QCOMPARE(state->selectedIssue(), int(data().issues.size()) - 1);
    // 16: delete it; nothing selected.
    expected = removeIssue(data(), int(data().issues.size()) - 1);
    action("deleteIssueAction")->trigger();
    expect(expected, "16 delete issue");
    QCOMPARE(state->selectedIssue(), -1);
    // 17: undo brings it back, selected.
    press(Qt::CTRL | Qt::Key_Z);
    ++steps;
    QCOMPARE(data().issues.last().id, u"visa-waivers"_s);
    QCOMPARE(state->selectedIssue(), int(data().issues.size()) - 1);
    // 18: a second side renamed in the Sides dialog; passage 5 stays current.
    action("sidesAction")->trigger();
    auto *sides = m_window->findChild<SidesDialog *>();
    sides->table()->item(1, 1)->setText(u"Renamed"_s);
    expected = sides->edited();
    sides->accept();
    expect(expected, "18 sides");
    QCOMPARE(state->currentPassage(), 4);
    // 19: merge passage 5 after that dialog.
    const BriefingData beforeMerge = data();
    expected = mergeWithNext(beforeMerge, 4);
    press(Qt::CTRL | Qt::Key_M);
    expect(expected, "19 merge after the sides dialog");
    // 20: undo it: passage 5 is current again and whole.
    press(Qt::CTRL | Qt::Key_Z);
    expect(beforeMerge, "20 undo the merge");
    QCOMPARE(state->currentPassage(), 4);
    QCOMPARE(steps, 20);
    // Every step is one entry of the history: undo all the way back to the start.
    while (m_window->document()->undoStack()->canUndo())
        press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(m_window->document()->briefing(), start);
}

void TestEditActions::actionsSayWhyTheyCannotApply_data()
{
    QTest::addColumn<QString>("actionName");
    // 0 nothing chosen, 1 inside a passage, 2 inside the last passage, 3 a passage's start
    QTest::addColumn<int>("situation");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("why");
    QTest::newRow("merge without a passage")
        << u"mergePassageAction"_s << 0 << false << u"Click a passage first."_s;
    QTest::newRow("merge with a passage") << u"mergePassageAction"_s << 1 << true << QString();
    QTest::newRow("merge the last passage")
        << u"mergePassageAction"_s << 2 << false
        << u"The last passage has none after it to merge with."_s;
    QTest::newRow("split without a caret") << u"splitPassageAction"_s << 0 << false
                                           << u"Click in the passage where it should be split."_s;
    QTest::newRow("split with a caret") << u"splitPassageAction"_s << 1 << true << QString();
    QTest::newRow("split with the caret before the first word")
        << u"splitPassageAction"_s << 3 << false
        << u"Click in the passage where it should be split."_s;
    QTest::newRow("add to issue without an issue")
        << u"addToIssueAction"_s << 1 << false << u"Select an issue in the list first."_s;
    QTest::newRow("edit issue without an issue")
        << u"editIssueAction"_s << 1 << false << u"Select an issue in the list first."_s;
    QTest::newRow("delete issue without an issue")
        << u"deleteIssueAction"_s << 0 << false << u"Select an issue in the list first."_s;
    QTest::newRow("next highlighted passage without an issue")
        << u"nextHighlightAction"_s << 1 << false
        << u"Select an issue to step through its passages."_s;
    QTest::newRow("undo with nothing done")
        << u"undoAction"_s << 1 << false << u"There is nothing to undo."_s;
    QTest::newRow("new issue always") << u"newIssueAction"_s << 0 << true << QString();
}

void TestEditActions::actionsSayWhyTheyCannotApply()
{
    QFETCH(QString, actionName);
    QFETCH(int, situation);
    QFETCH(bool, enabled);
    QFETCH(QString, why);
    open(m_sample);
    if (situation == 1)
        clickAt(1, 3, 2);
    else if (situation == 2)
        clickAt(1, int(m_sample.passages().size()) - 1, 2);
    else if (situation == 3)
        clickAt(1, 3, 0);
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY(action);
    QCOMPARE(action->isEnabled(), enabled);
    QCOMPARE(action->statusTip(), why);
    if (!why.isEmpty())
        QCOMPARE(action->toolTip(), why); // what the menu shows over a disabled entry
}

void TestEditActions::newIssueIsMadeOnlyWhenTheEditorIsAccepted()
{
    open(m_sample);
    clickAt(0, 2, 1);
    m_window->findChild<QAction *>(u"newIssueAction"_s)->trigger();
    auto *editor = m_window->findChild<IssueEditorDialog *>();
    QVERIFY(editor);
    // The titles start empty, and OK waits for one.
    auto *english = editor->findChild<QLineEdit *>(u"issueTitle-en"_s);
    auto *buttons = editor->findChild<QDialogButtonBox *>();
    QVERIFY(english && buttons);
    QVERIFY(english->text().isEmpty());
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    english->setText(u"Visas"_s);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    editor->reject();
    QCoreApplication::processEvents();
    QCOMPARE(m_window->document()->briefing(), m_sample);
    QVERIFY(!m_window->document()->undoStack()->canUndo());
}

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
