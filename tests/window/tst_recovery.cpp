#include "document/briefingdocument.h"
#include "document/recoverystore.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "import/briefingimport.h"
#include "window/documentactions.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    void saveAsHasItsShortcutEverywhere();
    void newBriefingFromTextIsUnsavedUntilSaved();
    void unsavedChangesAreAskedAboutInPlainText();
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
    TestSupport::show(window, m_sample, SampleBriefing::resourcePath());
    window.show();
    BriefingDocument *document = window.document();
    QVERIFY(!document->isModified());
    QVERIFY(!window.isWindowModified());

    BriefingData edited = m_sample.data();
    edited.title.insert(u"en"_s, u"Edited title"_s);
    document->apply(u"Edit title"_s, edited);
    QVERIFY(document->isModified());
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(u"Edited title"_s));
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Edit title"_s);

    undo->trigger();
    QCOMPARE(document->briefing(), m_sample);
    QVERIFY(!window.isWindowModified());
    QVERIFY(!undo->isEnabled());
    window.findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(document->briefing().title().text(u"en"), u"Edited title"_s);
    QCOMPARE(document->undoStack()->count(), 1);
}

void TestRecovery::savingWritesAtomicallyAndClearsTheMark()
{
    QTemporaryDir dir;
    MainWindow window;
    TestSupport::show(window, m_sample, SampleBriefing::resourcePath());
    BriefingDocument *document = window.document();
    BriefingData edited = m_sample.data();
    edited.summary.insert(u"en"_s, u"A new bottom line."_s);
    document->apply(u"Edit summary"_s, edited);
    const QString path = dir.filePath(u"saved.briefing"_s);
    QSignalSpy saved(document, &BriefingDocument::saved);
    QCOMPARE(document->saveAs(path), QString());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(document->location().path(), path);
    QCOMPARE(window.windowFilePath(), path);
    const LoadResult back = BriefingLoader::loadFile(path);
    QVERIFY(back.ok() && back.diagnostics.isEmpty());
    QCOMPARE(back.briefing->summary().text(u"en"), u"A new bottom line."_s);
    // Saved and unchanged: Save has nothing to do, and says so.
    auto *save = window.findChild<QAction *>(u"saveAction"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->statusTip().isEmpty());
    // An edit, then File > Save: the same file, no dialog.
    document->apply(u"Edit again"_s, m_sample.data());
    QVERIFY(save->isEnabled());
    save->trigger();
    QVERIFY(!window.isWindowModified());
    QCOMPARE(BriefingLoader::loadFile(path).briefing->summary(), m_sample.summary());
    // Saving somewhere impossible leaves the briefing modified and says why.
    document->apply(u"Edit title"_s, edited);
    QVERIFY(!document->saveAs(dir.filePath(u"missing/x.briefing"_s)).isEmpty());
    QVERIFY(window.isWindowModified());
}

void TestRecovery::saveAsHasItsShortcutEverywhere()
{
    // Qt binds Save As only in the GNOME and KDE key schemes; readers expect Ctrl+Shift+S.
    MainWindow window;
    auto *saveAs = window.findChild<QAction *>(u"saveAsAction"_s);
    QVERIFY(saveAs);
    QVERIFY(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
}

void TestRecovery::newBriefingFromTextIsUnsavedUntilSaved()
{
    MainWindow window;
    window.documentActions()->startNewBriefing(BriefingImport::fromTexts(
        u"제목\n\n첫 문장이다. 둘째 문장이다."_s, u"Title\n\nFirst sentence. Second sentence."_s,
        QDate(2021, 5, 1)));
    QCOMPARE(window.document()->briefing().passages().size(), 2);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.document()->location().isUnsaved());
    QVERIFY(window.document()->isModified());
}

// The question before closing names the file as plain text: a name with markup is shown as
// written, never rendered.
void TestRecovery::unsavedChangesAreAskedAboutInPlainText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"<b>talks.briefing"_s);
    MainWindow window;
    TestSupport::show(window, m_sample, path);
    BriefingData edited = m_sample.data();
    edited.title.insert(u"en"_s, u"X"_s);
    window.document()->apply(u"Edit"_s, edited);
    QString question;
    Qt::TextFormat format = Qt::AutoText;
    QTimer::singleShot(0, &window, [&] {
        auto *box = window.findChild<QMessageBox *>(u"unsavedChangesDialog"_s);
        QVERIFY(box);
        question = box->text();
        format = box->textFormat();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.documentActions()->maybeSave()); // cancelled: the window stays
    QVERIFY(question.contains(u"<b>talks.briefing"_s));
    QCOMPARE(format, Qt::PlainText);
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
    const QString recoveryDir = RecoveryStore::directory();
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

    const QList<RecoveryStore::Copy> left = RecoveryStore::leftovers();
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().originalPath.isEmpty()); // it was a new briefing

    MainWindow next;
    TestSupport::show(next, m_sample, SampleBriefing::resourcePath());
    // The next start offers to restore; the reader accepts.
    QTimer::singleShot(0, &next, [&next] {
        auto *box = next.findChild<QMessageBox *>(u"recoveryDialog"_s);
        QVERIFY(box);
        box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)->click()
                                     : box->buttons().first()->click();
    });
    QVERIFY(next.documentActions()->offerRecovery());
    QCOMPARE(next.document()->briefing().passages().size(), 2);
    QCOMPARE(next.document()->briefing().passages().at(1).text[1], u"There was no progress."_s);
    QVERIFY(next.isWindowModified());
    QVERIFY(RecoveryStore::leftovers().isEmpty());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
