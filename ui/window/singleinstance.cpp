#include "window/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStringDecoder>
#include <QTimer>

#include <memory>
#include <optional>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// The request: absolute paths, one per line, then an empty line (just "\n\n" for none).
// The answer: "ok\n" when the files were taken, "refused\n" when the request was not valid.
constexpr char endOfRequest[] = "\n\n";
constexpr char acknowledgement[] = "ok\n";
constexpr char refusal[] = "refused\n";
// How often to look whether Qt closed the server: QLocalServerPrivate::_q_onNewConnection()
// (qlocalserver_unix.cpp, Qt 6.4) calls closeServer() when accept() fails, e.g. with EMFILE,
// which also deletes the socket file, and emits nothing about it.
constexpr int watchdogIntervalMs = 2000;

// Whether the process at the other end of `socket` runs as this user. Linux tells us with
// SO_PEERCRED; elsewhere the socket's private directory is the only guard.
bool peerIsThisUser(const QLocalSocket *socket)
{
#ifdef SO_PEERCRED
    ucred credentials{};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &size)
        != 0)
        return false;
    return credentials.uid == ::geteuid();
#else
    Q_UNUSED(socket);
    return true;
#endif
}

QString directoryOf(const QString &socketPath)
{
    return QFileInfo(socketPath).absolutePath();
}

// The request's paths, or nothing when it is not a valid request.
std::optional<QStringList> parseRequest(const QByteArray &body)
{
    QStringList files;
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty())
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString path = decoder.decode(line);
        if (decoder.hasError() || !path.startsWith(u'/') || path.contains(QChar::Null))
            return std::nullopt;
        files.append(std::move(path));
        if (files.size() > SingleInstance::maxFilesPerRequest)
            return std::nullopt;
    }
    return files;
}
} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath.isEmpty() ? defaultSocketPath() : socketPath)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::unsafeDirectoryReason(const QString &directory)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(directory).constData(), &status) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    if (S_ISLNK(status.st_mode))
        return u"is a symbolic link"_s;
    if (!S_ISDIR(status.st_mode))
        return u"is not a directory"_s;
    if (status.st_uid != ::geteuid())
        return u"belongs to another user"_s;
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return u"is open to other users"_s;
    return {};
}

QString SingleInstance::defaultSocketPath()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime)
        && unsafeDirectoryReason(runtime).isEmpty())
        return runtime + u"/bilateral.socket"_s;
    // Not QStandardPaths::RuntimeLocation: without XDG_RUNTIME_DIR it may hand back a folder
    // it could not make private (it only warns), and we would rather have no channel.
    const QString own = QDir::tempPath() + u"/bilateral-%1"_s.arg(::geteuid());
    ::mkdir(QFile::encodeName(own).constData(), S_IRWXU); // EEXIST is checked below
    if (!unsafeDirectoryReason(own).isEmpty())
        return {};
    return own + u"/bilateral.socket"_s;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::sendToRunning(const QStringList &files, int timeoutMs) const
{
    if (m_path.isEmpty() || !unsafeDirectoryReason(directoryOf(m_path)).isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs) || !peerIsThisUser(&socket))
        return false;
    QByteArray request;
    for (const QString &file : files.mid(0, maxFilesPerRequest))
        request += QFileInfo(file).absoluteFilePath().toUtf8() + '\n';
    request += request.isEmpty() ? endOfRequest : "\n";
    if (request.size() > maxRequestBytes)
        return false;
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the answer, so that this process exits only once the files were taken.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == acknowledgement;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    if (m_path.isEmpty())
        return false;
    // The default directory was checked when the path was chosen; a given one is checked
    // here. A missing one is made private.
    QDir().mkpath(directoryOf(m_path));
    if (!unsafeDirectoryReason(directoryOf(m_path)).isEmpty())
        return false;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        // Accepted connections are counted and the surplus closed at once; keep the queue
        // short as well.
        m_server->setMaxPendingConnections(maxConnections);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
        m_watchdog = new QTimer(this);
        m_watchdog->setInterval(watchdogIntervalMs);
        connect(m_watchdog, &QTimer::timeout, this, &SingleInstance::listenAgainIfClosed);
    }
    if (!startServer())
        return false;
    m_watchdog->start();
    return true;
}

bool SingleInstance::startServer()
{
    if (m_server->listen(m_path))
        return true;
    // A crash leaves the socket file behind. Take it over only when nobody answers on it.
    QLocalSocket probe;
    probe.connectToServer(m_path);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(m_path);
    return m_server->listen(m_path);
}

void SingleInstance::listenAgainIfClosed()
{
    if (!m_server || m_server->isListening())
        return;
    if (!startServer())
        m_watchdog->stop(); // another instance took the socket over: it serves from now on
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= maxConnections || !peerIsThisUser(socket)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] {
            --m_connections;
            listenAgainIfClosed();
        });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A whole request or nothing within the time limit: a client that stalls gives its
        // place to the next one.
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        deadline->start(m_requestTimeoutMs);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this,
                [this, socket, buffer] { readRequest(socket, buffer.get()); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket, buffer.get());
    }
}

void SingleInstance::readRequest(QLocalSocket *socket, QByteArray *buffer)
{
    // Only what may still belong to a request: a client sending more is dropped below
    // without its bytes ever being held.
    buffer->append(socket->read(maxRequestBytes + 1 - buffer->size()));
    const qsizetype end = buffer->startsWith('\n') ? 0 : buffer->indexOf(endOfRequest);
    if (end < 0) {
        if (buffer->size() > maxRequestBytes) {
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    // One request per connection: whatever follows it is not read.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    const std::optional<QStringList> files = parseRequest(buffer->left(end));
    buffer->clear();
    socket->write(files ? acknowledgement : refusal);
    // Now, not when the event loop next runs: the window may be busy opening the file.
    socket->flush();
    socket->disconnectFromServer();
    if (files)
        Q_EMIT filesReceived(*files);
}
