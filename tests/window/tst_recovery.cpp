#include "editing/briefingeditor.h"
#include "editing/briefingpropertiesdialog.h"
#include "editing/issueeditordialog.h"
#include "editing/sidesdialog.h"
#include "format/briefingloader.h"
#include "format/briefingwriter.h"
#include "format/samplebriefing.h"
#include "import/briefingimport.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "sidebar/stancepanel.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Never lose work: undoable edits, saving, and a recovery copy that survives kill -9.
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsAreUndoableAndMarkTheWindowModified();
    void savingWritesAtomicallyAndClearsTheMark();
    void newBriefingFromTextIsUnsavedUntilSaved();
    void passagesAreMergedSplitAndTaggedFromTheEditMenu();
    void propertiesDialogEditsTheMetadata();
    void issueEditorSetsEachSidesStance();
    void sidesDialogRenamesRecoloursAndAdds();
    void killedAppLeavesACopyThatTheNextStartRestores();

private:
    QTemporaryDir m_home;
    Briefing m_sample;
};

void TestRecovery::initTestCase()
{
    // Recovery copies go under XDG_DATA_HOME: keep this test's apart.
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    // The same application data folder as the bilateral processes this test starts.
    QCoreApplication::setOrganizationName(u"Bilateral"_s);
    QCoreApplication::setApplicationName(u"Bilateral"_s);
    m_sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
}

void TestRecovery::editsAreUndoableAndMarkTheWindowModified()
{
    MainWindow window;
    window.setBriefing(m_sample, SampleBriefing::resourcePath());
    window.show();
    BriefingEditor *editor = window.editor();
    QVERIFY(!editor->isModified());
    QVERIFY(!window.isWindowModified());

    BriefingData edited = m_sample.data();
    edited.title.insert(u"en"_s, u"Edited title"_s);
    editor->apply(u"Edit title"_s, edited);
    QVERIFY(editor->isModified());
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.briefing().title().text(u"en"), u"Edited title"_s);

    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(window.briefing(), m_sample);
    QVERIFY(!window.isWindowModified());
    window.findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(window.briefing().title().text(u"en"), u"Edited title"_s);
    QCOMPARE(editor->undoStack()->count(), 1);
}

void TestRecovery::savingWritesAtomicallyAndClearsTheMark()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setBriefing(m_sample, SampleBriefing::resourcePath());
    BriefingData edited = m_sample.data();
    edited.summary.insert(u"en"_s, u"A new bottom line."_s);
    window.editor()->apply(u"Edit summary"_s, edited);
    const QString path = dir.filePath(u"saved.briefing"_s);
    QSignalSpy saved(window.editor(), &BriefingEditor::saved);
    QCOMPARE(window.editor()->saveTo(path), QString());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.filePath(), path);
    const LoadResult back = BriefingLoader::loadFile(path);
    QVERIFY(back.ok() && back.diagnostics.isEmpty());
    QCOMPARE(back.briefing->summary().text(u"en"), u"A new bottom line."_s);
    // Saving somewhere impossible leaves the briefing modified and says why.
    window.editor()->apply(u"Edit again"_s, m_sample.data());
    QVERIFY(!window.editor()->saveTo(dir.filePath(u"missing/x.briefing"_s)).isEmpty());
    QVERIFY(window.isWindowModified());
}

void TestRecovery::newBriefingFromTextIsUnsavedUntilSaved()
{
    MainWindow window;
    window.startNewBriefing(BriefingImport::fromTexts(
        u"제목\n\n첫 문장이다. 둘째 문장이다."_s, u"Title\n\nFirst sentence. Second sentence."_s,
        QDate(2021, 5, 1)));
    QCOMPARE(window.briefing().passages().size(), 2);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.filePath().isEmpty());
    QVERIFY(window.editor()->isModified());
}

void TestRecovery::passagesAreMergedSplitAndTaggedFromTheEditMenu()
{
    MainWindow window;
    window.setBriefing(m_sample, SampleBriefing::resourcePath());
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qsizetype count = m_sample.passages().size();

    window.goToPassage(5);
    window.findChild<QAction *>(u"mergePassageAction"_s)->trigger();
    QCOMPARE(window.briefing().passages().size(), count - 1);
    QCOMPARE(window.briefing().passages().at(5).text[1],
             m_sample.passages().at(5).text[1] + u' ' + m_sample.passages().at(6).text[1]);
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(window.briefing(), m_sample);

    // Split the English of passage 8 where the reader put the cursor.
    PassageView *english = window.pane(1)->view();
    english->setFocus();
    QTextCursor cursor = english->textCursor();
    const QString text = m_sample.passages().at(8).text[1];
    const int cut = int(text.indexOf(u", "_s)) + 2; // after its first clause
    QVERIFY(cut > 2);
    cursor.setPosition(int(english->toPlainText().indexOf(text)) + cut);
    english->setTextCursor(cursor);
    QTRY_VERIFY(english->hasFocus());
    window.findChild<QAction *>(u"splitPassageAction"_s)->trigger();
    QCOMPARE(window.briefing().passages().size(), count + 1);
    QCOMPARE(window.briefing().passages().at(8).text[1], text.left(cut).trimmed());
    QCOMPARE(window.briefing().passages().at(9).text[1], text.mid(cut).trimmed());

    // Tag passage 2 as evidence of Japan on the selected issue.
    window.selectIssue(m_sample.issueIndex(u"export-controls"_s));
    window.goToPassage(2);
    window.pane(0)->view()->clearFocus();
    window.pane(1)->view()->clearFocus();
    auto *evidence = window.findChild<QMenu *>(u"evidenceMenu"_s);
    QVERIFY(evidence);
    Q_EMIT evidence->aboutToShow();
    QCOMPARE(evidence->actions().size(), 2);
    evidence->actions().at(1)->trigger();
    const Issue &issue = window.briefing().issues().at(m_sample.issueIndex(u"export-controls"_s));
    QVERIFY(issue.stanceOf(window.briefing().sideIndex(u"jp"_s))->evidence.contains(2));
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.editor()->undoStack()->count(), 2); // split and tag; the merge was undone

    // A selection across three passages adds all three to the selected issue.
    const int summit = m_sample.issueIndex(u"trilateral-summit"_s);
    window.selectIssue(summit);
    QTextCursor selection = english->textCursor();
    selection.setPosition(0);
    selection.setPosition(int(english->toPlainText().indexOf(m_sample.passages().at(2).text[1]))
                              + 5,
                          QTextCursor::KeepAnchor);
    english->setTextCursor(selection);
    english->setFocus();
    QTRY_VERIFY(english->hasFocus());
    QCOMPARE(english->selectedPassages(), (QList<int>{0, 1, 2}));
    window.findChild<QAction *>(u"addToIssueAction"_s)->trigger();
    const QList<int> passages = window.briefing().issues().at(summit).passages;
    QVERIFY(passages.contains(0) && passages.contains(1) && passages.contains(2));

    // The stance panel offers to edit the selected issue and its stances.
    auto *edit = window.stancePanel()->findChild<QToolButton *>(u"editStancesButton"_s);
    QVERIFY(edit && edit->isVisible());
    edit->click();
    QTRY_VERIFY(window.findChild<IssueEditorDialog *>() != nullptr);
    window.findChild<IssueEditorDialog *>()->reject();
}

static void verifyValid(const BriefingData &data)
{
    const LoadResult back =
        BriefingLoader::parse(BriefingWriter::toJson(Briefing(data)), u"edited"_s);
    QVERIFY2(back.ok() && back.diagnostics.isEmpty(),
             qPrintable(formatDiagnostics(back.diagnostics)));
}

void TestRecovery::propertiesDialogEditsTheMetadata()
{
    BriefingPropertiesDialog dialog(m_sample);
    dialog.findChild<QLineEdit *>(u"title-en"_s)->setText(u"  A clearer title  "_s);
    dialog.findChild<QPlainTextEdit *>(u"summary-ko"_s)->setPlainText(u"새 요약."_s);
    const BriefingData edited = dialog.edited();
    QCOMPARE(edited.title.text(u"en"), u"A clearer title"_s);
    QCOMPARE(edited.title.text(u"ko"), m_sample.title().text(u"ko"));
    QCOMPARE(edited.summary.text(u"ko"), u"새 요약."_s);
    QCOMPARE(edited.date, m_sample.date());
    QCOMPARE(edited.source.name, m_sample.source().name);
    verifyValid(edited);
}

void TestRecovery::issueEditorSetsEachSidesStance()
{
    const int issue = m_sample.issueIndex(u"trilateral-summit"_s);
    IssueEditorDialog dialog(m_sample, issue, {u"en"_s});
    auto *japan = dialog.findChild<QComboBox *>(u"position-jp"_s);
    QVERIFY(japan);
    QCOMPARE(japan->currentIndex(), int(StancePosition::None));
    japan->setCurrentIndex(int(StancePosition::Objects));
    dialog.findChild<QLineEdit *>(u"issueTitle-en"_s)->setText(u"Trilateral summit"_s);
    const BriefingData edited = dialog.edited();
    const Briefing result(edited);
    const Issue &changed = result.issues().at(issue);
    QCOMPARE(changed.title.text(u"en"), u"Trilateral summit"_s);
    QCOMPARE(changed.stanceOf(result.sideIndex(u"jp"_s))->position, StancePosition::Objects);
    // Korea's stance and its evidence are kept.
    QCOMPARE(changed.stanceOf(result.sideIndex(u"kr"_s))->evidence,
             m_sample.issues().at(issue).stanceOf(m_sample.sideIndex(u"kr"_s))->evidence);
    verifyValid(edited);
}

void TestRecovery::sidesDialogRenamesRecoloursAndAdds()
{
    SidesDialog dialog(m_sample);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    table->item(0, 1)->setText(u"Republic of Korea"_s);
    dialog.setColor(1, QColor(u"#aa00aa"_s));
    dialog.addSide();
    table->item(2, 0)->setText(u"중국"_s);
    table->item(2, 1)->setText(u"China"_s);
    const BriefingData edited = dialog.edited();
    QCOMPARE(edited.sides.size(), 3);
    QCOMPARE(edited.sides.at(0).name.text(u"en"), u"Republic of Korea"_s);
    QCOMPARE(edited.sides.at(0).name.text(u"ko"), m_sample.sides().at(0).name.text(u"ko"));
    QCOMPARE(edited.sides.at(1).color, QColor(u"#aa00aa"_s));
    QCOMPARE(edited.sides.at(2).id, u"china"_s);
    QCOMPARE(edited.sides.at(2).name.text(u"ko"), u"중국"_s);
    verifyValid(edited);
}

void TestRecovery::killedAppLeavesACopyThatTheNextStartRestores()
{
    QTemporaryDir dir;
    const QString ko = dir.filePath(u"ko.txt"_s);
    const QString en = dir.filePath(u"en.txt"_s);
    for (const auto &[path, text] :
         {std::pair{ko, u"협의 결과\n\n양측은 서울에서 만났다. 진전은 없었다.\n"_s},
          std::pair{en, u"Talks end\n\nThe two sides met in Seoul. There was no progress.\n"_s}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    const QString recoveryDir = BriefingEditor::recoveryDirectory();
    QDir(recoveryDir).removeRecursively();

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BILATERAL_RECOVERY_INTERVAL_MS"_s, u"200"_s);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(BILATERAL_EXECUTABLE), {u"--new-window"_s, u"--from-text"_s, ko, en});
    QVERIFY(app.waitForStarted());
    // The editing session writes its recovery copy...
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(recoveryDir).entryList({u"recovery-*.briefing"_s}).isEmpty(),
                             30'000);
    // ...and is killed before it can save or clean up.
    app.kill();
    QVERIFY(app.waitForFinished(10'000));

    const QList<BriefingEditor::Recovery> left = BriefingEditor::leftoverRecoveries();
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().originalPath.isEmpty()); // it was a new briefing

    MainWindow next;
    next.setBriefing(m_sample, SampleBriefing::resourcePath());
    // The next start offers to restore; the reader accepts.
    QTimer::singleShot(0, &next, [&next] {
        auto *box = next.findChild<QMessageBox *>(u"recoveryDialog"_s);
        QVERIFY(box);
        box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)->click()
                                     : box->buttons().first()->click();
    });
    QVERIFY(next.offerRecovery());
    QCOMPARE(next.briefing().passages().size(), 2);
    QCOMPARE(next.briefing().passages().at(1).text[1], u"There was no progress."_s);
    QVERIFY(next.isWindowModified());
    QVERIFY(BriefingEditor::leftoverRecoveries().isEmpty());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
