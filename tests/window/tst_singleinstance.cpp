#include "window/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The single-instance channel carries the paths a user opens: it must never sit where another
// user can reach it, and nothing sent over it may freeze, exhaust or stop the running window.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelDirectoryMustBePrivate_data();
    void channelDirectoryMustBePrivate();
    void defaultSocketNeverLivesInASharedDirectory_data();
    void defaultSocketNeverLivesInASharedDirectory();
    void noChannelInASharedDirectory();
    void eachConnectionCarriesOneBoundedRequest_data();
    void eachConnectionCarriesOneBoundedRequest();
    void surplusConnectionsAreClosedAtOnce();
    void stalledConnectionsAreDropped();
    void listensAgainAfterAcceptFails();

private:
    struct Answer
    {
        QByteArray reply;
        bool closedByServer = false;
    };
    // Sends `bytes` on a fresh connection and waits until the server answers or hangs up.
    static Answer exchange(const QString &socketPath, const QByteArray &bytes);
};

namespace {
void setMode(const QString &path, mode_t mode)
{
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// Restores an environment variable when the test ends, however it ends.
class EnvironmentOverride
{
public:
    EnvironmentOverride(const char *name, const QByteArray &value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(EnvironmentOverride)

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};
} // namespace

void TestSingleInstance::channelDirectoryMustBePrivate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("private 0700") << u"private"_s << QString();
    QTest::newRow("readable by the group") << u"0750"_s << u"is open to other users"_s;
    QTest::newRow("world-writable like /tmp") << u"1777"_s << u"is open to other users"_s;
    QTest::newRow("symbolic link to a private one") << u"link"_s << u"is a symbolic link"_s;
    QTest::newRow("a file") << u"file"_s << u"is not a directory"_s;
    QTest::newRow("missing") << u"missing"_s << u"No such file or directory"_s;
    QTest::newRow("another user's") << u"foreign"_s << u"belongs to another user"_s;
}

void TestSingleInstance::channelDirectoryMustBePrivate()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir root;
    const QString path = root.filePath(u"channel"_s);
    if (kind == u"file"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == u"link"_s) {
        QVERIFY(QDir().mkdir(root.filePath(u"target"_s)));
        setMode(root.filePath(u"target"_s), 0700);
        QVERIFY(QFile::link(root.filePath(u"target"_s), path));
    } else if (kind != u"missing"_s) {
        QVERIFY(QDir().mkdir(path));
        setMode(path, kind == u"0750"_s ? 0750 : kind == u"1777"_s ? 01777 : 0700);
        if (kind == u"foreign"_s) {
            if (::geteuid() != 0)
                QSKIP("making a directory another user's needs root");
            QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        }
    }
    QCOMPARE(SingleInstance::unsafeDirectoryReason(path), reason);
}

void TestSingleInstance::defaultSocketNeverLivesInASharedDirectory_data()
{
    QTest::addColumn<QString>("runtimeDir"); // "private", "shared" or "unset"
    QTest::addColumn<QString>("ownFolder"); // under TMPDIR: "absent", "shared" or "link"
    QTest::addColumn<QString>("expected"); // "runtime", "own" or "none"
    QTest::newRow("private runtime directory") << u"private"_s << u"absent"_s << u"runtime"_s;
    QTest::newRow("runtime directory open to all") << u"shared"_s << u"absent"_s << u"own"_s;
    QTest::newRow("no runtime directory") << u"unset"_s << u"absent"_s << u"own"_s;
    QTest::newRow("own folder made open by someone") << u"unset"_s << u"shared"_s << u"none"_s;
    QTest::newRow("own folder planted as a link") << u"unset"_s << u"link"_s << u"none"_s;
}

void TestSingleInstance::defaultSocketNeverLivesInASharedDirectory()
{
    QFETCH(QString, runtimeDir);
    QFETCH(QString, ownFolder);
    QFETCH(QString, expected);
    QTemporaryDir runtime;
    QTemporaryDir temp;
    setMode(runtime.path(), runtimeDir == u"shared"_s ? 01777 : 0700);
    setMode(temp.path(), 01777); // like /tmp
    const QString own = temp.filePath(u"bilateral-%1"_s.arg(::geteuid()));
    if (ownFolder == u"shared"_s) {
        QVERIFY(QDir().mkdir(own));
        setMode(own, 0777);
    } else if (ownFolder == u"link"_s) {
        QVERIFY(QFile::link(runtime.path(), own));
    }
    const EnvironmentOverride tmpdir("TMPDIR", QFile::encodeName(temp.path()));
    const EnvironmentOverride xdg("XDG_RUNTIME_DIR",
                                  runtimeDir == u"unset"_s ? QByteArray()
                                                           : QFile::encodeName(runtime.path()));

    const QString path = SingleInstance::defaultSocketPath();
    if (expected == u"runtime"_s) {
        QCOMPARE(path, runtime.filePath(u"bilateral.socket"_s));
    } else if (expected == u"own"_s) {
        QCOMPARE(path, own + u"/bilateral.socket"_s);
        QVERIFY(SingleInstance::unsafeDirectoryReason(own).isEmpty());
        struct stat status
        {
        };
        QVERIFY(::lstat(QFile::encodeName(own).constData(), &status) == 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0700));
    } else {
        QCOMPARE(path, QString());
        SingleInstance none(path);
        QVERIFY(!none.listen());
        QVERIFY(!none.sendToRunning({}, 200));
    }
}

void TestSingleInstance::noChannelInASharedDirectory()
{
    // Someone else's server in a shared folder: we neither talk to it nor listen there.
    QTemporaryDir shared;
    setMode(shared.path(), 01777);
    const QString path = shared.filePath(u"bilateral.socket"_s);
    QLocalServer planted;
    QVERIFY(planted.listen(path));
    QSignalSpy connections(&planted, &QLocalServer::newConnection);
    SingleInstance instance(path);
    QVERIFY(!instance.sendToRunning({u"/home/someone/secret.briefing"_s}, 500));
    QVERIFY(!instance.listen());
    QCoreApplication::processEvents();
    QCOMPARE(connections.count(), 0);
}

TestSingleInstance::Answer TestSingleInstance::exchange(const QString &socketPath,
                                                        const QByteArray &bytes)
{
    Answer answer;
    QLocalSocket client;
    client.connectToServer(socketPath);
    if (!client.waitForConnected(2000))
        return answer;
    QSignalSpy closed(&client, &QLocalSocket::disconnected);
    client.write(bytes);
    // The server is in this thread: let the event loop run while waiting.
    answer.closedByServer = QTest::qWaitFor(
        [&] { return !closed.isEmpty() || client.state() != QLocalSocket::ConnectedState; },
        10'000);
    answer.reply = client.readAll();
    return answer;
}

void TestSingleInstance::eachConnectionCarriesOneBoundedRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QStringList>("files"); // the one filesReceived, or {"-"} for none

    const QStringList none{u"-"_s};
    QTest::newRow("one file") << QByteArray("/a/b.briefing\n\n") << QByteArray("ok\n")
                              << QStringList{u"/a/b.briefing"_s};
    QTest::newRow("come to the front") << QByteArray("\n\n") << QByteArray("ok\n") << QStringList{};
    QTest::newRow("Korean file name") << u"/자료/회담.briefing\n\n"_s.toUtf8() << QByteArray("ok\n")
                                      << QStringList{u"/자료/회담.briefing"_s};
    QTest::newRow("a second request on the same connection is not read")
        << QByteArray("/first.briefing\n\n/second.briefing\n\n") << QByteArray("ok\n")
        << QStringList{u"/first.briefing"_s};
    QTest::newRow("relative path")
        << QByteArray("notes.briefing\n\n") << QByteArray("refused\n") << none;
    QTest::newRow("invalid UTF-8")
        << QByteArray("/a\xff\xfe.briefing\n\n") << QByteArray("refused\n") << none;
    QTest::newRow("NUL in a path")
        << QByteArray("/a\0b.briefing\n\n", 16) << QByteArray("refused\n") << none;
    QByteArray many;
    for (int i = 0; i <= SingleInstance::maxFilesPerRequest; ++i)
        many += "/f" + QByteArray::number(i) + ".briefing\n";
    QTest::newRow("too many files") << many + '\n' << QByteArray("refused\n") << none;
    // Used to be read whole, one copy per read, and froze the window for 17 s.
    QTest::newRow("1 MB without an end") << QByteArray(1024 * 1024, 'x') << QByteArray() << none;
    QTest::newRow("1 MB of one path") << '/' + QByteArray(1024 * 1024, 'x') + "\n\n"
                                      << QByteArray() << none;
}

void TestSingleInstance::eachConnectionCarriesOneBoundedRequest()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, reply);
    QFETCH(QStringList, files);
    QTemporaryDir runtime;
    SingleInstance running(runtime.filePath(u"bilateral.socket"_s));
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    const Answer answer = exchange(running.socketPath(), request);
    QVERIFY(answer.closedByServer);
    QCOMPARE(answer.reply, reply);
    QCoreApplication::processEvents();
    if (files == QStringList{u"-"_s}) {
        QCOMPARE(received.count(), 0);
    } else {
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toStringList(), files);
    }
    // The next start is served as usual.
    QCOMPARE(exchange(running.socketPath(), "/next.briefing\n\n").reply, QByteArray("ok\n"));
}

namespace {
std::vector<std::unique_ptr<QLocalSocket>> connectIdle(const QString &path, int count)
{
    std::vector<std::unique_ptr<QLocalSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QLocalSocket>());
        sockets.back()->connectToServer(path);
        sockets.back()->waitForConnected(2000);
    }
    return sockets;
}

qsizetype stillConnected(const std::vector<std::unique_ptr<QLocalSocket>> &sockets)
{
    return std::count_if(sockets.begin(), sockets.end(), [](const auto &socket) {
        return socket->state() == QLocalSocket::ConnectedState;
    });
}
} // namespace

void TestSingleInstance::surplusConnectionsAreClosedAtOnce()
{
    QTemporaryDir runtime;
    SingleInstance running(runtime.filePath(u"bilateral.socket"_s));
    running.setRequestTimeout(60'000); // none of them runs out of time in this test
    QVERIFY(running.listen());

    // Far more connections than the server serves at once (each one an open file): the
    // surplus is closed as soon as it is accepted.
    auto idle = connectIdle(running.socketPath(), 40);
    QTRY_COMPARE_WITH_TIMEOUT(stillConnected(idle), qsizetype(SingleInstance::maxConnections),
                              5000);
    QVERIFY(running.isListening());
    // Once they go, the next start is served.
    idle.clear();
    QTRY_COMPARE_WITH_TIMEOUT(exchange(running.socketPath(), "/after.briefing\n\n").reply,
                              QByteArray("ok\n"), 5000);
}

void TestSingleInstance::stalledConnectionsAreDropped()
{
    QTemporaryDir runtime;
    SingleInstance running(runtime.filePath(u"bilateral.socket"_s));
    running.setRequestTimeout(300);
    QVERIFY(running.listen());
    auto idle = connectIdle(running.socketPath(), SingleInstance::maxConnections);
    // Half a request, then nothing.
    idle.front()->write("/half-a-pa");
    QTRY_COMPARE_WITH_TIMEOUT(stillConnected(idle), qsizetype(0), 10'000);
    QCOMPARE(exchange(running.socketPath(), "/after.briefing\n\n").reply, QByteArray("ok\n"));
}

void TestSingleInstance::listensAgainAfterAcceptFails()
{
    QTemporaryDir runtime;
    SingleInstance running(runtime.filePath(u"bilateral.socket"_s));
    QVERIFY(running.listen());

    // Use up every file descriptor but one; the client's socket takes that one, so the
    // server's accept() fails with EMFILE and Qt closes the server.
    rlimit old{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &old) == 0);
    rlimit low = old;
    low.rlim_cur = std::min<rlim_t>(old.rlim_cur, 512);
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    std::vector<int> filler;
    for (int fd; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;)
        filler.push_back(fd);
    ::close(filler.back());
    filler.pop_back();
    {
        QLocalSocket client;
        client.connectToServer(running.socketPath());
        QVERIFY(client.waitForConnected(2000));
        QTRY_VERIFY_WITH_TIMEOUT(!running.isListening(), 5000);
    }
    for (int fd : filler)
        ::close(fd);
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &old) == 0);

    QTRY_VERIFY_WITH_TIMEOUT(running.isListening(), 10'000);
    QCOMPARE(exchange(running.socketPath(), "/again.briefing\n\n").reply, QByteArray("ok\n"));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
