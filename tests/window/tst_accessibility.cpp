#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "reading/bilingualview.h"
#include "reading/findbar.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "sidebar/issuesidebar.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
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
    void passageTextIsReadableThroughTheTextInterface();
    void passageAttributesSayWhatThePaintedMarksShow();
    void selectingAnIssueIsSpoken();
    void findMatchesAreSpoken();

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

void TestAccessibility::passageTextIsReadableThroughTheTextInterface()
{
    const Briefing &briefing = m_window->document()->briefing();
    for (int slot = 0; slot < 2; ++slot) {
        QAccessibleInterface *pane =
            QAccessible::queryAccessibleInterface(m_window->pane(slot)->view());
        QAccessibleTextInterface *text = pane->textInterface();
        QVERIFY(text);
        QVERIFY(text->characterCount() > 0);
        const QString all = text->text(0, text->characterCount());
        for (const Passage &passage : briefing.passages())
            QVERIFY2(all.contains(passage.text.at(std::size_t(slot))),
                     qPrintable(passage.text.at(std::size_t(slot))));
        // A line is a line on screen, not a whole row of passages.
        int start = -1;
        int end = -1;
        const QString line = text->textAtOffset(0, QAccessible::LineBoundary, &start, &end);
        QCOMPARE(start, 0);
        QVERIFY(end > 0);
        QVERIFY(line.size() < briefing.passages().first().text.at(std::size_t(slot)).size() + 2);
    }
}

void TestAccessibility::passageAttributesSayWhatThePaintedMarksShow()
{
    // The sample's first issue is the forced-labour compensation; its first passage with
    // South Korea's evidence shows that as attributes, and the description at the cursor says
    // it in words with the English counterpart.
    const Briefing &briefing = m_window->document()->briefing();
    const Issue &issue = briefing.issues().first();
    const Stance *korea = issue.stanceOf(0);
    QVERIFY(korea && !korea->evidence.isEmpty());
    const int passage = korea->evidence.first();
    PassageView *view = m_window->pane(0)->view();
    QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(view)->textInterface();
    int start = -1;
    int end = -1;
    const QString attributes = text->attributes(view->passagePosition(passage) + 1, &start, &end);
    QCOMPARE(start, view->passagePosition(passage));
    QCOMPARE(text->text(start, end), briefing.passages().at(passage).text.at(0));
    QVERIFY2(attributes.contains(u"passage:%1;"_s.arg(passage + 1)), qPrintable(attributes));
    QVERIFY2(attributes.contains(u"evidence-of:South Korea"_s), qPrintable(attributes));
    QVERIFY2(attributes.contains(issue.title.preferred({u"en"_s}).left(10)),
             qPrintable(attributes));
    // Every "name:value" stays one pair for the AT-SPI bridge, which splits on ':' and ';'.
    for (const QString &pair : attributes.split(u';', Qt::SkipEmptyParts))
        QCOMPARE(pair.count(u':'), 1);

    m_window->document()->readingState()->setCurrentPassage(passage);
    const QString description =
        QAccessible::queryAccessibleInterface(view)->text(QAccessible::Description);
    QVERIFY2(description.contains(u"Passage %1 of"_s.arg(passage + 1)), qPrintable(description));
    QVERIFY2(description.contains(u"Evidence of South Korea's position"_s),
             qPrintable(description));
    QVERIFY2(description.contains(u"In English: "_s
                                  + briefing.passages().at(passage).text.at(1).left(20)),
             qPrintable(description));
}

// The events themselves (the focus moving to the row, the find field's description changing)
// reach a screen reader only through a platform bridge, which the offscreen platform has
// not: tests/atspi/run-atspi-test checks them on the AT-SPI bus. Here, what they carry.
void TestAccessibility::selectingAnIssueIsSpoken()
{
    QListView *list = m_window->sidebar()->view();
    QApplication::setActiveWindow(m_window);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    // The row that has the focus, as the focus event names it: the title and each side's
    // position in words.
    const int selected = m_window->document()->readingState()->selectedIssue();
    QVERIFY(selected >= 0);
    const QString title =
        m_window->document()->briefing().issues().at(selected).title.preferred({u"en"_s});
    QAccessibleInterface *row = QAccessible::queryAccessibleInterface(list)->focusChild();
    QVERIFY(row);
    const QString name = row->text(QAccessible::Name);
    QVERIFY2(name.startsWith(title), qPrintable(name));
    QVERIFY2(name.contains(u"South Korea: "_s) && name.contains(u"Japan: "_s), qPrintable(name));

    // In a text pane, the description says whether the reader's passage is part of the
    // selected issue (and is sent again when the issue changes).
    PassageView *korean = m_window->pane(0)->view();
    korean->setFocus();
    ReadingState *state = m_window->document()->readingState();
    state->selectIssue(0);
    state->setCurrentPassage(
        m_window->document()->briefing().issues().at(0).relevantPassages.first());
    QVERIFY(QAccessible::queryAccessibleInterface(korean)
                ->text(QAccessible::Description)
                .contains(u"Part of the selected issue."_s));
}

void TestAccessibility::findMatchesAreSpoken()
{
    QApplication::setActiveWindow(m_window);
    m_window->bilingualView()->findAction()->trigger();
    QLineEdit *edit = m_window->bilingualView()->findBar()->lineEdit();
    QTest::keyClicks(edit, u"Japan"_s);
    ReadingState *state = m_window->document()->readingState();
    QTRY_VERIFY(state->currentFindMatch() >= 0);
    QTest::keyClick(edit, Qt::Key_F3);
    // The field says how many matches and where the current one is.
    const int match = state->currentFindMatch();
    const int passage = state->findMatches().at(match).passage;
    const QString description =
        QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Description);
    QVERIFY2(
        description.startsWith(u"%1 of %2. "_s.arg(match + 1).arg(state->findMatches().size())),
        qPrintable(description));
    QVERIFY2(description.contains(u"Passage %1: "_s.arg(passage + 1)), qPrintable(description));
    QVERIFY2(description.contains(u"Japan"_s), qPrintable(description));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
