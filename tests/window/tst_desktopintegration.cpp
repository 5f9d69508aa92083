#include "window/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLocalSocket>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// What a double-click relies on: the installed desktop files, and one running instance.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installPutsEveryFileInPlace_data();
    void installPutsEveryFileInPlace();
    void desktopEntryValidates();
    void desktopEntryOpensBriefingsAndIsTranslated();
    void metainfoValidates();
    void mimeTypeDeclaresTheBriefingType();
    void staleSocketDoesNotPreventStartUp();
    void secondStartHandsItsFileToTheFirstAndExits();
    void runningAppOpensTheFileOfASecondStart();
    void headlessModesNeverTalkToARunningInstance();
    void noDBusDaemonIsStartedWithoutASessionBus();

private:
    static QProcess *startBilateral(const QStringList &arguments, const QString &runtimeDir,
                                    QObject *parent);
    QTemporaryDir m_destDir;
    QString m_prefix;
};

static const QString appId = u"io.github.bilateral.Bilateral"_s;

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_destDir.isValid());
    QProcess install;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DESTDIR"_s, m_destDir.path());
    install.setProcessEnvironment(environment);
    install.start(u"cmake"_s,
                  {u"--install"_s, QStringLiteral(BILATERAL_BUILD_DIR), u"--prefix"_s, u"/usr"_s});
    QVERIFY(install.waitForFinished(120'000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    m_prefix = m_destDir.path() + u"/usr"_s;
}

void TestDesktopIntegration::installPutsEveryFileInPlace_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("the program") << u"bin/bilateral"_s;
    QTest::newRow("the desktop entry") << u"share/applications/%1.desktop"_s.arg(appId);
    QTest::newRow("the MIME type") << u"share/mime/packages/%1.xml"_s.arg(appId);
    QTest::newRow("the AppStream metainfo") << u"share/metainfo/%1.metainfo.xml"_s.arg(appId);
    QTest::newRow("the scalable icon") << u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId);
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("the %dpx icon", size)
            << u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(appId);
}

void TestDesktopIntegration::installPutsEveryFileInPlace()
{
    QFETCH(QString, path);
    const QFileInfo file(m_prefix + u'/' + path);
    QVERIFY2(file.exists() && file.size() > 0, qPrintable(file.filePath()));
    if (path.endsWith(u".png"_s)) {
        const int size = path.section(u'/', 3, 3).section(u'x', 0, 0).toInt();
        QCOMPARE(QImage(file.filePath()).size(), QSize(size, size));
    }
    if (path == u"bin/bilateral"_s)
        QVERIFY(file.isExecutable());
}

static void runValidator(const QString &program, const QStringList &arguments)
{
    QProcess validator;
    validator.start(program, arguments);
    QVERIFY2(validator.waitForStarted(), qPrintable(program + u" is not installed"_s));
    QVERIFY(validator.waitForFinished(60'000));
    const QByteArray output = validator.readAllStandardOutput() + validator.readAllStandardError();
    QVERIFY2(validator.exitCode() == 0, output.constData());
}

void TestDesktopIntegration::desktopEntryValidates()
{
    runValidator(u"desktop-file-validate"_s,
                 {m_prefix + u"/share/applications/%1.desktop"_s.arg(appId)});
}

void TestDesktopIntegration::desktopEntryOpensBriefingsAndIsTranslated()
{
    // Read by hand: QSettings' INI reader takes ";" as the start of a comment.
    QFile file(m_prefix + u"/share/applications/%1.desktop"_s.arg(appId));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> entry;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            entry.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    QCOMPARE(entry.value(u"Exec"_s), u"bilateral %F"_s);
    QCOMPARE(entry.value(u"MimeType"_s), u"application/x-bilateral-briefing;"_s);
    QCOMPARE(entry.value(u"Icon"_s), appId);
    QCOMPARE(entry.value(u"Categories"_s), u"Office;Viewer;"_s);
    for (const QString &key : {u"Name[ko]"_s, u"Name[ja]"_s, u"Comment[ko]"_s, u"Comment[ja]"_s})
        QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key));
}

void TestDesktopIntegration::metainfoValidates()
{
    runValidator(
        u"appstreamcli"_s,
        {u"validate"_s, u"--no-net"_s, m_prefix + u"/share/metainfo/%1.metainfo.xml"_s.arg(appId)});
}

void TestDesktopIntegration::mimeTypeDeclaresTheBriefingType()
{
    QFile file(m_prefix + u"/share/mime/packages/%1.xml"_s.arg(appId));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString type, glob, parent;
    int comments = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"mime-type"_s)
            type = xml.attributes().value(u"type"_s).toString();
        else if (xml.name() == u"glob"_s)
            glob = xml.attributes().value(u"pattern"_s).toString();
        else if (xml.name() == u"sub-class-of"_s)
            parent = xml.attributes().value(u"type"_s).toString();
        else if (xml.name() == u"comment"_s)
            ++comments;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(type, u"application/x-bilateral-briefing"_s);
    QCOMPARE(glob, u"*.briefing"_s);
    QCOMPARE(parent, u"application/json"_s);
    QCOMPARE(comments, 3); // English, Korean, Japanese
}

void TestDesktopIntegration::staleSocketDoesNotPreventStartUp()
{
    QTemporaryDir runtime;
    const QString path = runtime.filePath(u"bilateral.socket"_s);
    // What a crash leaves behind: a socket file nobody listens on.
    {
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    SingleInstance instance(path);
    QVERIFY(!instance.sendToRunning({}, 500));
    QVERIFY(instance.listen());
    QLocalSocket client;
    client.connectToServer(path);
    QVERIFY(client.waitForConnected(2000));
}

QProcess *TestDesktopIntegration::startBilateral(const QStringList &arguments,
                                                 const QString &runtimeDir, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(BILATERAL_EXECUTABLE), arguments);
    return process;
}

void TestDesktopIntegration::secondStartHandsItsFileToTheFirstAndExits()
{
    QTemporaryDir runtime;
    SingleInstance first(runtime.filePath(u"bilateral.socket"_s));
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    const QString file = QStringLiteral(BILATERAL_SOURCE_DIR)
        + u"/resources/samples/2020-10-29-seoul-dg-talks.briefing"_s;
    std::unique_ptr<QProcess> second(startBilateral({file}, runtime.path(), nullptr));
    QVERIFY(received.wait(30'000));
    QCOMPARE(received.first().first().toStringList(), QStringList{file});
    QVERIFY(second->waitForFinished(30'000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
}

void TestDesktopIntegration::runningAppOpensTheFileOfASecondStart()
{
    QTemporaryDir runtime;
    QTemporaryDir briefings;
    const QString file = briefings.filePath(u"handed-over.briefing"_s);
    QVERIFY(QFile::copy(QStringLiteral(BILATERAL_SOURCE_DIR)
                            + u"/resources/samples/2020-10-29-seoul-dg-talks.briefing"_s,
                        file));
    QSettings(u"Bilateral"_s, u"Bilateral"_s).clear();

    std::unique_ptr<QProcess> first(startBilateral({}, runtime.path(), nullptr));
    QVERIFY(first->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(runtime.filePath(u"bilateral.socket"_s)), 30'000);

    std::unique_ptr<QProcess> second(startBilateral({file}, runtime.path(), nullptr));
    QVERIFY(second->waitForFinished(30'000));
    QCOMPARE(second->exitCode(), 0);
    // The first instance opened it: it is now its most recent file.
    QTRY_COMPARE_WITH_TIMEOUT(
        QSettings(u"Bilateral"_s, u"Bilateral"_s).value(u"recentFiles"_s).toStringList().value(0),
        file, 30'000);
    QCOMPARE(first->state(), QProcess::Running);

    // A FIFO handed over used to block the window in open() for good: now it is refused
    // with a message, and the next file handed over opens.
    const QString fifo = briefings.filePath(u"pipe.briefing"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    std::unique_ptr<QProcess> withFifo(startBilateral({fifo}, runtime.path(), nullptr));
    QVERIFY(withFifo->waitForFinished(30'000));
    QCOMPARE(withFifo->exitCode(), 0);
    const QString after = briefings.filePath(u"after-the-pipe.briefing"_s);
    QVERIFY(QFile::copy(file, after));
    std::unique_ptr<QProcess> third(startBilateral({after}, runtime.path(), nullptr));
    QVERIFY(third->waitForFinished(30'000));
    QCOMPARE(third->exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        QSettings(u"Bilateral"_s, u"Bilateral"_s).value(u"recentFiles"_s).toStringList().value(0),
        after, 30'000);
    QCOMPARE(first->state(), QProcess::Running);

    // A crash leaves the socket behind; the next start takes over instead of failing.
    first->kill();
    QVERIFY(first->waitForFinished(10'000));
    QVERIFY(QFile::exists(runtime.filePath(u"bilateral.socket"_s)));
    std::unique_ptr<QProcess> next(startBilateral({}, runtime.path(), nullptr));
    QLocalSocket probe;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            probe.connectToServer(runtime.filePath(u"bilateral.socket"_s));
            return probe.waitForConnected(200);
        }(),
        30'000);
    probe.abort();
    next->kill();
    next->waitForFinished(10'000);
    QSettings(u"Bilateral"_s, u"Bilateral"_s).clear();
}

void TestDesktopIntegration::headlessModesNeverTalkToARunningInstance()
{
    QTemporaryDir runtime;
    SingleInstance running(runtime.filePath(u"bilateral.socket"_s));
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);
    QTemporaryDir out;
    const QString sample = QStringLiteral(BILATERAL_SOURCE_DIR)
        + u"/resources/samples/2020-10-29-seoul-dg-talks.briefing"_s;
    const QList<QStringList> commands{{u"--check"_s, sample},
                                      {u"--export-pdf"_s, out.filePath(u"a.pdf"_s), sample},
                                      {u"--screenshot"_s, out.filePath(u"a.png"_s), sample}};
    for (const QStringList &arguments : commands) {
        std::unique_ptr<QProcess> process(startBilateral(arguments, runtime.path(), nullptr));
        QVERIFY(process->waitForFinished(60'000));
        QCOMPARE(process->exitCode(), 0);
    }
    QCoreApplication::processEvents();
    QCOMPARE(received.count(), 0);
}

namespace {
// Processes of the D-Bus session machinery, by PID.
QSet<QString> dbusProcesses()
{
    QSet<QString> found;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QByteArray name = comm.readAll().trimmed();
        if (name == "dbus-daemon" || name == "dbus-launch")
            found.insert(pid);
    }
    return found;
}
} // namespace

void TestDesktopIntegration::noDBusDaemonIsStartedWithoutASessionBus()
{
    // libdbus autolaunches a session bus (dbus-launch, from dbus-x11) that outlives the app,
    // and only on a real X display: Xvfb stands in for one.
    const QString xvfbRun = QStandardPaths::findExecutable(u"xvfb-run"_s);
    if (xvfbRun.isEmpty() || QStandardPaths::findExecutable(u"dbus-launch"_s).isEmpty())
        QSKIP("needs xvfb-run and dbus-launch (packages xvfb and dbus-x11)");
    QTemporaryDir runtime;
    QTemporaryDir config;
    const QSet<QString> before = dbusProcesses();

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path()); // private, and no bus in it
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    app.setProcessEnvironment(environment);
    app.start(xvfbRun, {u"-a"_s, QStringLiteral(BILATERAL_EXECUTABLE)});
    QVERIFY(app.waitForStarted());
    // Once it answers on its socket, the window is up and its event loop runs: by then any
    // connection to the session bus (theme, accessibility) has been tried.
    SingleInstance channel(runtime.filePath(u"bilateral.socket"_s));
    QTRY_VERIFY_WITH_TIMEOUT(channel.sendToRunning({}, 1000), 60'000);
    const QSet<QString> started = dbusProcesses() - before;
    // Closes the window (SIGTERM to bilateral; xvfb-run then ends).
    QProcess::execute(
        u"pkill"_s, {u"-TERM"_s, u"-f"_s, u"^"_s + QStringLiteral(BILATERAL_EXECUTABLE) + u"$"_s});
    QVERIFY(app.waitForFinished(30'000));
    QVERIFY2(started.isEmpty(),
             qPrintable(u"started D-Bus processes: "_s + QStringList(started.values()).join(u' ')));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
