#include "files/atomicfile.h"
#include "files/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Files the reader names: read only if regular and bounded, written whole or not at all,
// with their permissions, and never through another user's link in a shared folder.
class TestFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnlyRegularFiles_data();
    void readsOnlyRegularFiles();
    void readsAtMostTheBound();
    void writesReplaceWholeAndKeepPermissions_data();
    void writesReplaceWholeAndKeepPermissions();
    void ownerOnlyFilesAreTheOwnersAlone();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void refusesAReadOnlyFileEvenToRoot();
    void writesThroughOwnLinksButNotPlantedOnes();
    void aFullDiskLeavesTheOldFileAndNoTemporary();

private:
    static QByteArray contents(const QString &path);
    static mode_t modeOf(const QString &path);
};

QByteArray TestFiles::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t TestFiles::modeOf(const QString &path)
{
    struct stat info
    {
    };
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 07777;
}

void TestFiles::readsOnlyRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("a regular file is read") << u"file"_s << QString();
    QTest::newRow("a missing file says so") << u"missing"_s << u"it does not exist"_s;
    QTest::newRow("a folder is refused") << u"folder"_s << u"it is a folder, not a file"_s;
    QTest::newRow("a pipe is refused without waiting for a writer")
        << u"fifo"_s << u"it is a pipe (FIFO), not a file"_s;
    QTest::newRow("a device is refused without reading endlessly")
        << u"device"_s << u"it is a device, not a file"_s;
    QTest::newRow("a loop of links is called that, not missing")
        << u"loop"_s << u"its symbolic links lead round in a loop"_s;
}

void TestFiles::readsOnlyRegularFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QString path = dir.filePath(kind);
    if (kind == u"file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text");
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"device") {
        path = u"/dev/zero"_s;
    } else if (kind == u"loop") {
        QVERIFY(QFile::link(dir.filePath(u"b"_s), path));
        QVERIFY(QFile::link(path, dir.filePath(u"b"_s)));
    }
    const RegularFile::Contents read = RegularFile::read(path, 64 * 1024 * 1024);
    QCOMPARE(read.error, error);
    QCOMPARE(read.ok(), error.isEmpty());
    if (kind == u"file")
        QCOMPARE(read.bytes, QByteArray("text"));
}

void TestFiles::readsAtMostTheBound()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"big"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'x'));
    file.close();
    const RegularFile::Contents read = RegularFile::read(file.fileName(), 4096);
    QVERIFY(read.tooLarge);
    QVERIFY(read.bytes.isEmpty());
    QCOMPARE(read.size, 5000);
    QVERIFY(RegularFile::read(file.fileName(), 5000).ok());
}

void TestFiles::writesReplaceWholeAndKeepPermissions_data()
{
    QTest::addColumn<int>("mode"); // of the old file; 0: there is none
    QTest::newRow("a new file") << 0;
    QTest::newRow("a private file stays private") << 0600;
    QTest::newRow("a group-readable file stays so") << 0640;
    QTest::newRow("an executable bit is kept") << 0750;
}

void TestFiles::writesReplaceWholeAndKeepPermissions()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.briefing"_s);
    if (mode != 0) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    }
    QCOMPARE(AtomicFile::write(path, "new content"), QString());
    QCOMPARE(contents(path), QByteArray("new content"));
    if (mode != 0)
        QCOMPARE(int(modeOf(path)), mode);
    // Nothing else is left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"talks.briefing"_s});
}

void TestFiles::ownerOnlyFilesAreTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recovery.briefing"_s);
    QCOMPARE(AtomicFile::write(path, "copy", AtomicFile::Access::OwnerOnly), QString());
    QCOMPARE(int(modeOf(path)), 0600);
    // An older copy that others could read becomes private on the next write.
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    QCOMPARE(AtomicFile::write(path, "copy 2", AtomicFile::Access::OwnerOnly), QString());
    QCOMPARE(int(modeOf(path)), 0600);
}

void TestFiles::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("a folder") << u"folder"_s << u"it is a folder, not a file"_s;
    QTest::newRow("a pipe") << u"fifo"_s << u"it is a pipe (FIFO), not a file"_s;
    QTest::newRow("a device such as /dev/null") << u"device"_s << u"it is a device, not a file"_s;
    QTest::newRow("a path in a folder that does not exist")
        << u"nofolder"_s << u"it does not exist"_s;
}

void TestFiles::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QString path = dir.filePath(kind);
    if (kind == u"folder")
        QVERIFY(QDir().mkpath(path));
    else if (kind == u"fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else if (kind == u"device")
        path = u"/dev/null"_s;
    else if (kind == u"nofolder")
        path = dir.filePath(u"missing/x.pdf"_s);
    QCOMPARE(AtomicFile::write(path, "pdf"), error);
    if (kind == u"device") {
        struct stat info
        {
        };
        QCOMPARE(::stat("/dev/null", &info), 0);
        QVERIFY(S_ISCHR(info.st_mode)); // still the device
    }
}

void TestFiles::refusesAReadOnlyFileEvenToRoot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"final.briefing"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("kept");
    old.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0444), 0);
    const QString error = AtomicFile::write(path, "overwritten");
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("kept"));
    QCOMPARE(int(modeOf(path)), 0444);
}

void TestFiles::writesThroughOwnLinksButNotPlantedOnes()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"notes.txt"_s);
    QFile victim(target);
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("the victim's notes");
    victim.close();
    // One's own link in one's own folder is followed, and stays a link.
    const QString own = dir.filePath(u"brief.pdf"_s);
    QVERIFY(QFile::link(target, own));
    QCOMPARE(AtomicFile::write(own, "pdf"), QString());
    QVERIFY(QFileInfo(own).isSymLink());
    QCOMPARE(contents(target), QByteArray("pdf"));

    // A shared sticky folder, like /tmp, where another user planted a link.
    if (::geteuid() != 0)
        QSKIP("giving a link to another user needs root");
    const QString shared = dir.filePath(u"shared"_s);
    QVERIFY(QDir().mkpath(shared));
    QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
    const QString planted = shared + u"/brief.pdf"_s;
    QVERIFY(QFile::link(target, planted));
    QCOMPARE(::lchown(QFile::encodeName(planted).constData(), 65534, 65534), 0);
    const QString error = AtomicFile::write(planted, "overwritten");
    QVERIFY2(error.contains(u"another user"_s), qPrintable(error));
    QCOMPARE(contents(target), QByteArray("pdf"));
}

// On a full disk (a 64 KiB tmpfs filled up), a write fails with the disk's reason, the old
// file keeps its content and no temporary file is left behind.
void TestFiles::aFullDiskLeavesTheOldFileAndNoTemporary()
{
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
    const QString path = mount + u"/talks.briefing"_s;
    QCOMPARE(AtomicFile::write(path, QByteArray(8 * 1024, 'o')), QString());
    // Fill the rest of the disk.
    QFile filler(mount + u"/filler"_s);
    QVERIFY(filler.open(QIODevice::WriteOnly));
    while (filler.write(QByteArray(4096, 'f')) > 0 && filler.flush()) { }
    filler.close();
    for (const qsizetype size : {qsizetype(100), qsizetype(32 * 1024)}) {
        const QString error = AtomicFile::write(path, QByteArray(size, 'n'));
        QCOMPARE(error, u"there is no space left on the disk"_s);
        QCOMPARE(contents(path), QByteArray(8 * 1024, 'o'));
        QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"filler"_s, u"talks.briefing"_s}));
    }
}

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
