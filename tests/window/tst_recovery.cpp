#include "document/briefingdocument.h"
#include "document/recoverystore.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "import/briefingimport.h"
#include "window/documentactions.h"
#include "window/mainwindow.h"
#include "window/recoverydialog.h"
#include "windowsupport.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <unistd.h>

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
    void saveOnAFullDiskSaysSoAndKeepsTheChanges();
    void newBriefingFromTextIsUnsavedUntilSaved();
    void unsavedChangesAreAskedAboutInPlainText();
    void killedAppLeavesACopyThatTheNextStartRestores();
    void anUnreadableCopyIsKeptAside();

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

// File > Save onto a full disk: an error naming the file and the reason, the file as it
// was, the briefing still modified and still protected by its recovery copy.
void TestRecovery::saveOnAFullDiskSaysSoAndKeepsTheChanges()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small file system needs root");
    QTemporaryDir dir;
    const QString mount = dir.filePath(u"tiny"_s);
    QVERIFY(QDir().mkpath(mount));
    if (QProcess::execute(u"mount"_s,
                          {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=96k"_s, u"tmpfs"_s, mount})
        != 0)
        QSKIP("cannot mount a tmpfs here");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mount}); });
    const QString path = mount + u"/talks.briefing"_s;
    MainWindow window;
    TestSupport::show(window, m_sample, SampleBriefing::resourcePath());
    QCOMPARE(window.document()->saveAs(path), QString());
    const QByteArray saved = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    {
        QFile filler(mount + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(4096, 'f')) > 0 && filler.flush()) { }
    }
    BriefingData edited = m_sample.data();
    edited.title.insert(u"en"_s, u"An edit that does not fit"_s);
    window.document()->apply(u"Edit"_s, edited);
    QString message;
    QTimer::singleShot(0, &window, [&window, &message] {
        for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
            if (box->isVisible()) {
                message = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        }
    });
    window.findChild<QAction *>(u"saveAction"_s)->trigger();
    QVERIFY2(message.contains(u"talks.briefing"_s) && message.contains(u"no space left"_s),
             qPrintable(message));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.document()->isModified());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), saved);
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

// Starts bilateral on a new briefing made from two text files, writing its recovery copy
// every 200 ms, and waits until `copies` copies are in the recovery folder.
static std::unique_ptr<QProcess> startEditing(const QTemporaryDir &dir, const QString &tag,
                                              qsizetype copies)
{
    const QString ko = dir.filePath(tag + u"-ko.txt"_s);
    const QString en = dir.filePath(tag + u"-en.txt"_s);
    // QString pairs, not deduced ones: a QStringBuilder would refer to temporaries.
    using PathAndText = std::pair<QString, QString>;
    for (const auto &[path, text] :
         {PathAndText{ko,
                      u"협의 결과 "_s + tag + u"\n\n양측은 서울에서 만났다. 진전은 없었다.\n"_s},
          PathAndText{en,
                      u"Talks end "_s + tag
                          + u"\n\nThe two sides met in Seoul. There was no progress.\n"_s}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
    }
    auto app = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BILATERAL_RECOVERY_INTERVAL_MS"_s, u"200"_s);
    app->setProcessEnvironment(environment);
    app->start(QStringLiteral(BILATERAL_EXECUTABLE), {u"--new-window"_s, u"--from-text"_s, ko, en});
    if (!app->waitForStarted())
        return {};
    // The editing session writes its recovery copy.
    const QDir folder(RecoveryStore::directory());
    QElapsedTimer waited;
    waited.start();
    while (folder.entryList({u"recovery-*.briefing"_s}).size() < copies
           && waited.elapsed() < 30'000)
        QTest::qWait(50);
    return app;
}

// What a crash leaves: every copy, the user's alone, offered at the next start with its
// title; restoring one keeps the others for later.
void TestRecovery::killedAppLeavesACopyThatTheNextStartRestores()
{
    QTemporaryDir dir;
    QDir(RecoveryStore::directory()).removeRecursively();
    // Two windows, both killed before they can save or clean up.
    auto first = startEditing(dir, u"one"_s, 1);
    auto second = startEditing(dir, u"two"_s, 2);
    QVERIFY(first && second);
    QCOMPARE(QDir(RecoveryStore::directory()).entryList({u"recovery-*.briefing"_s}).size(), 2);
    // While they run, their copies are theirs, not leftovers.
    QVERIFY(RecoveryStore::leftovers().isEmpty());
    const QList<qint64> pids{first->processId(), second->processId()};
    first->kill();
    second->kill();
    QVERIFY(first->waitForFinished(10'000) && second->waitForFinished(10'000));

    // Only the user may read them.
    QCOMPARE(QFileInfo(RecoveryStore::directory()).permissions() & 0x0777,
             QFileDevice::Permissions(0x0700));
    const QList<RecoveryStore::Copy> left = RecoveryStore::leftovers();
    QCOMPARE(left.size(), 2);
    for (const RecoveryStore::Copy &copy : left) {
        QVERIFY(copy.originalPath.isEmpty()); // new briefings
        // Named at random, not by process id: two sandboxes' instances cannot collide.
        for (const qint64 pid : pids)
            QVERIFY(!copy.copyPath.endsWith(u"recovery-%1.briefing"_s.arg(pid)));
        QCOMPARE(QFileInfo(copy.copyPath).permissions() & 0x0777, QFileDevice::Permissions(0x0600));
        QVERIFY(copy.bytes > 0);
    }

    MainWindow next;
    TestSupport::show(next, m_sample, SampleBriefing::resourcePath());
    // The next start offers both; the reader restores the first.
    QStringList offered;
    QTimer::singleShot(0, &next, [&next, &offered] {
        auto *dialog = next.findChild<RecoveryDialog *>();
        QVERIFY(dialog);
        for (int row = 0; row < dialog->list()->count(); ++row)
            offered.append(dialog->list()->item(row)->text());
        dialog->list()->setCurrentRow(0);
        dialog->findChild<QPushButton *>(u"restoreButton"_s)->click();
    });
    QVERIFY(next.documentActions()->offerRecovery());
    QCOMPARE(offered.size(), 2);
    QVERIFY2(offered.join(u' ').contains(u"Talks end one"_s)
                 && offered.join(u' ').contains(u"Talks end two"_s),
             qPrintable(offered.join(u" | "_s)));
    QCOMPARE(next.document()->briefing().passages().size(), 2);
    QCOMPARE(next.document()->briefing().passages().at(1).text[1], u"There was no progress."_s);
    QVERIFY(next.isWindowModified());
    // The other copy waits for the next start.
    QCOMPARE(RecoveryStore::leftovers().size(), 1);
}

// A copy that cannot be read is said so and kept aside, never deleted.
void TestRecovery::anUnreadableCopyIsKeptAside()
{
    QDir(RecoveryStore::directory()).removeRecursively();
    QDir().mkpath(RecoveryStore::directory());
    const QString broken = RecoveryStore::directory() + u"/recovery-0123456789abcdef.briefing"_s;
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"bilateral\": 1, \"title\": ");
    file.close();
    QCOMPARE(RecoveryStore::leftovers().size(), 1);

    MainWindow next;
    TestSupport::show(next, m_sample, SampleBriefing::resourcePath());
    QString message;
    QTimer::singleShot(0, &next, [&next] {
        auto *dialog = next.findChild<RecoveryDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->list()->item(0)->text().contains(u"cannot be read"_s));
        dialog->findChild<QPushButton *>(u"restoreButton"_s)->click();
        // Then the message that says so.
        QTimer::singleShot(0, &next, [&next] {
            for (QMessageBox *box : next.findChildren<QMessageBox *>()) {
                if (box->isVisible())
                    box->button(QMessageBox::Ok)->click();
            }
        });
    });
    QVERIFY(!next.documentActions()->offerRecovery());
    QCOMPARE(next.document()->briefing(), m_sample); // the open briefing is untouched
    QVERIFY(!QFile::exists(broken));
    QVERIFY(QFile::exists(broken + u".unreadable"_s));
    QVERIFY(RecoveryStore::leftovers().isEmpty()); // not offered again
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
