#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The command line with files that are not what they seem: pipes, devices, full disks.
// Nothing hangs, nothing is half-written, and what was there stays.
class TestFileSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oddInputsAreRefusedAtOnce_data();
    void oddInputsAreRefusedAtOnce();
    void oddOutputsAreRefused_data();
    void oddOutputsAreRefused();
    void aFullDiskFailsLoudlyAndKeepsTheOldFile_data();
    void aFullDiskFailsLoudlyAndKeepsTheOldFile();
    void importRefusesWhatTheLoaderWouldRefuse();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    static Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_ko;
    QString m_en;
};

TestFileSafety::Run TestFileSafety::run(const QStringList &arguments)
{
    QProcess process;
    // --check reports on standard output, the others on standard error: read both.
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(BILATERAL_EXECUTABLE), arguments);
    // A hang is a failure: every one of these must answer at once.
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

void TestFileSafety::initTestCase()
{
    m_ko = m_dir.filePath(u"ko.txt"_s);
    m_en = m_dir.filePath(u"en.txt"_s);
    for (const auto &[path, text] :
         {std::pair{m_ko, QByteArray("양측은 만났다. 진전은 없었다.\n")},
          std::pair{m_en, QByteArray("The sides met. There was no progress.\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(u"pipe"_s)).constData(), 0600), 0);
}

void TestFileSafety::oddInputsAreRefusedAtOnce_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString pipe = m_dir.filePath(u"pipe"_s);
    QTest::newRow("--check on a pipe")
        << QStringList{u"--check"_s, pipe} << 2 << u"it is a pipe (FIFO), not a file"_s;
    QTest::newRow("--import from a pipe")
        << QStringList{u"--import"_s, pipe, m_en, u"-o"_s, m_dir.filePath(u"a.briefing"_s)} << 2
        << u"it is a pipe (FIFO), not a file"_s;
    QTest::newRow("--import from /dev/zero, which never ends")
        << QStringList{u"--import"_s, u"/dev/zero"_s, u"-o"_s, m_dir.filePath(u"b.briefing"_s)} << 2
        << u"it is a device, not a file"_s;
    QTest::newRow("--screenshot of a pipe")
        << QStringList{u"--screenshot"_s, m_dir.filePath(u"d.png"_s), pipe} << 2
        << u"it is a pipe (FIFO), not a file"_s;
    QTest::newRow("--export-pdf of a pipe")
        << QStringList{u"--export-pdf"_s, m_dir.filePath(u"c.pdf"_s), pipe} << 2
        << u"it is a pipe (FIFO), not a file"_s;
}

void TestFileSafety::oddInputsAreRefusedAtOnce()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestFileSafety::oddOutputsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    const QString pipe = m_dir.filePath(u"pipe"_s);
    QTest::newRow("--export-pdf onto /dev/null")
        << QStringList{u"--export-pdf"_s, u"/dev/null"_s} << u"/dev/null"_s
        << u"it is a device, not a file"_s;
    QTest::newRow("--export-pdf into a pipe")
        << QStringList{u"--export-pdf"_s, pipe} << pipe << u"it is a pipe (FIFO), not a file"_s;
    QTest::newRow("--import -o into a pipe")
        << QStringList{u"--import"_s, m_ko, m_en, u"-o"_s, pipe} << pipe
        << u"it is a pipe (FIFO), not a file"_s;
    QTest::newRow("--screenshot into a folder") << QStringList{u"--screenshot"_s, m_dir.path()}
                                                << m_dir.path() << u"it is a folder, not a file"_s;
}

void TestFileSafety::oddOutputsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, target);
    QFETCH(QString, message);
    struct stat before
    {
    };
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &before), 0);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    struct stat after
    {
    };
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &after), 0);
    QCOMPARE(after.st_mode, before.st_mode); // still what it was, not a new file
    QCOMPARE(after.st_ino, before.st_ino);
}

void TestFileSafety::aFullDiskFailsLoudlyAndKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("--import -o") << u"--import"_s;
    QTest::newRow("--export-pdf") << u"--export-pdf"_s;
    QTest::newRow("--screenshot") << u"--screenshot"_s;
}

void TestFileSafety::aFullDiskFailsLoudlyAndKeepsTheOldFile()
{
    QFETCH(QString, command);
    if (::geteuid() != 0)
        QSKIP("mounting a small file system needs root");
    QTemporaryDir dir;
    const QString mount = dir.filePath(u"tiny"_s);
    QVERIFY(QDir().mkpath(mount));
    if (QProcess::execute(u"mount"_s,
                          {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, mount})
        != 0)
        QSKIP("cannot mount a tmpfs here");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mount}); });
    const QString out = mount + u"/out"_s;
    {
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(4096, 'o'));
        QVERIFY(old.flush());
        old.close();
        QFile filler(mount + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(4096, 'f')) > 0 && filler.flush()) { }
    }
    QStringList arguments{command, out};
    if (command == u"--import")
        arguments = {command, m_ko, m_en, u"-o"_s, out};
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"no space left"_s), qPrintable(result.err));
    QFile old(out);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray(4096, 'o'));
    QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u"filler"_s, u"out"_s}));
}

// A text that would make a briefing the loader refuses is not written.
void TestFileSafety::importRefusesWhatTheLoaderWouldRefuse()
{
    const QString huge = m_dir.filePath(u"huge-en.txt"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // One sentence of 120,000 characters: more than a passage may hold.
        file.write(QByteArray(120'000, 'a') + ".\n");
    }
    const QString out = m_dir.filePath(u"huge.briefing"_s);
    const Run result = run({u"--import"_s, m_ko, huge, u"-o"_s, out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"a passage holds at most 100000"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
