#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "window/documentactions.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Two windows on one file: a save never silently overwrites what the other one saved, and a
// window without changes of its own shows what the file holds now.
class TestFileChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveAsksWhenTheFileChangedSinceOpening_data();
    void saveAsksWhenTheFileChangedSinceOpening();
    void aWindowWithoutChangesShowsTheNewVersion();
    void aWindowWithChangesKeepsThemAndIsTold();
    void ourOwnSavesAskNothing();

private:
    std::unique_ptr<MainWindow> openWindow();
    static void setTitle(MainWindow &window, const QString &english);
    static QString titleIn(const QString &path);
    static QString titleOf(const MainWindow &window);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_first;
    std::unique_ptr<MainWindow> m_second;
};

std::unique_ptr<MainWindow> TestFileChanges::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1000, 600);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->documentActions()->openFile(m_path))
        return nullptr;
    return window;
}

void TestFileChanges::setTitle(MainWindow &window, const QString &english)
{
    BriefingDocument *document = window.document();
    LocalizedText title = document->briefing().title();
    title.insert(u"en"_s, english);
    document->apply(u"Title"_s, BriefingEdits::setTitle(document->briefing().data(), title));
}

QString TestFileChanges::titleIn(const QString &path)
{
    const LoadResult loaded = BriefingLoader::loadFile(path);
    return loaded.ok() ? loaded.briefing->title().text(u"en"_s) : QString();
}

QString TestFileChanges::titleOf(const MainWindow &window)
{
    return window.document()->briefing().title().text(u"en"_s);
}

void TestFileChanges::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(u"talks.briefing"_s);
    QFile::remove(m_path);
    QVERIFY(QFile::copy(SampleBriefing::resourcePath(), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    m_first = openWindow();
    m_second = openWindow();
    QVERIFY(m_first && m_second);
}

void TestFileChanges::cleanup()
{
    for (MainWindow *window : {m_first.get(), m_second.get()}) {
        if (window) // no question about unsaved changes on the way out
            window->document()->open(window->document()->briefing(),
                                     window->document()->location());
    }
    m_first.reset();
    m_second.reset();
}

void TestFileChanges::saveAsksWhenTheFileChangedSinceOpening_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("fileTitle"); // the file's title afterwards
    QTest::addColumn<QString>("windowTitle"); // the first window's
    QTest::addColumn<bool>("stillModified");
    QTest::newRow("overwrite") << u"Overwrite"_s << true << u"Mine"_s << u"Mine"_s << false;
    QTest::newRow("save as") << u"Save As"_s << true << u"Theirs"_s << u"Mine"_s << false;
    QTest::newRow("reload") << u"Reload"_s << false << u"Theirs"_s << u"Theirs"_s << false;
    QTest::newRow("cancel") << u"Cancel"_s << false << u"Theirs"_s << u"Mine"_s << true;
}

void TestFileChanges::saveAsksWhenTheFileChangedSinceOpening()
{
    QFETCH(QString, answer);
    QFETCH(bool, saved);
    QFETCH(QString, fileTitle);
    QFETCH(QString, windowTitle);
    QFETCH(bool, stillModified);
    // Both windows edit; the second saves first.
    setTitle(*m_first, u"Mine"_s);
    setTitle(*m_second, u"Theirs"_s);
    QVERIFY(m_second->documentActions()->save());
    QCOMPARE(titleIn(m_path), u"Theirs"_s);

    const QString other = m_dir.filePath(u"mine.briefing"_s);
    QFile::remove(other);
    QString question;
    // The question, then (for Save As) the file dialog: answered as the reader would.
    const auto answerModal = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->objectName() != u"fileChangedQuestion"_s) {
                // The file dialog asking to replace the file it had suggested: it took its
                // own suggestion before our choice. No, and choose again.
                box->done(QMessageBox::No);
                return;
            }
            if (!question.isEmpty())
                return; // answered already; the box is on its way out
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&').startsWith(answer))
                    button->click();
            }
        } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            dialog->selectFile(other);
            // Queued: accept() may ask a question of its own, which the next tick answers.
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        }
    };
    QTimer answering;
    connect(&answering, &QTimer::timeout, this, answerModal);
    answering.start(20);
    QCOMPARE(m_first->documentActions()->save(), saved);
    answering.stop();
    QVERIFY2(question.contains(u"talks.briefing"_s), qPrintable(question));
    QCOMPARE(titleIn(m_path), fileTitle);
    QCOMPARE(titleOf(*m_first), windowTitle);
    QCOMPARE(m_first->document()->isModified(), stillModified);
    if (answer == u"Save As"_s) {
        QCOMPARE(titleIn(other), u"Mine"_s);
        QCOMPARE(m_first->document()->location().path(), other);
    }
}

void TestFileChanges::aWindowWithoutChangesShowsTheNewVersion()
{
    const Briefing &sample = m_first->document()->briefing();
    m_first->readingState()->selectIssue(1);
    m_first->readingState()->setCurrentPassage(6);
    const QString issueId = sample.issues().at(1).id;
    const QString passageId = sample.passages().at(6).id;

    setTitle(*m_second, u"Theirs"_s);
    QVERIFY(m_second->documentActions()->save());
    QTRY_COMPARE_WITH_TIMEOUT(titleOf(*m_first), u"Theirs"_s, 10'000);
    QVERIFY(!m_first->document()->isModified());
    const Briefing &now = m_first->document()->briefing();
    QCOMPARE(now.issues().at(m_first->readingState()->selectedIssue()).id, issueId);
    QCOMPARE(now.passages().at(m_first->readingState()->currentPassage()).id, passageId);
    QVERIFY2(m_first->statusBar()->currentMessage().contains(u"Reloaded"_s),
             qPrintable(m_first->statusBar()->currentMessage()));
    // Its next save asks nothing: it has the file's version.
    setTitle(*m_first, u"Mine"_s);
    QVERIFY(m_first->documentActions()->save());
    QCOMPARE(titleIn(m_path), u"Mine"_s);
}

void TestFileChanges::aWindowWithChangesKeepsThemAndIsTold()
{
    setTitle(*m_first, u"Mine"_s);
    setTitle(*m_second, u"Theirs"_s);
    QVERIFY(m_second->documentActions()->save());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_first->statusBar()->currentMessage().contains(u"changed by another program"_s), 10'000);
    QCOMPARE(titleOf(*m_first), u"Mine"_s);
    QVERIFY(m_first->document()->isModified());
}

void TestFileChanges::ourOwnSavesAskNothing()
{
    for (const QString &title : {u"One"_s, u"Two"_s, u"Three"_s}) {
        setTitle(*m_first, title);
        QVERIFY(m_first->documentActions()->save()); // would block on a question
        QCOMPARE(titleIn(m_path), title);
    }
    // Nor does the other window lose its place: it shows the last version.
    QTRY_COMPARE_WITH_TIMEOUT(titleOf(*m_second), u"Three"_s, 10'000);
    // A file only touched (same bytes) is not a change.
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    setTitle(*m_first, u"Four"_s);
    QVERIFY(m_first->documentActions()->save());
}

QTEST_MAIN(TestFileChanges)
#include "tst_filechanges.moc"
