#include "window/singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// The message: absolute paths, one per line, then an empty line. The answer: "ok\n".
constexpr char endOfRequest[] = "\n\n";
constexpr char acknowledgement[] = "ok\n";
} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath.isEmpty() ? defaultSocketPath() : socketPath)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketPath()
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        directory = QDir::tempPath();
    return directory + u"/bilateral.socket"_s;
}

bool SingleInstance::sendToRunning(const QStringList &files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray request;
    for (const QString &file : files)
        request += QFileInfo(file).absoluteFilePath().toUtf8() + '\n';
    request += request.isEmpty() ? endOfRequest : "\n";
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
    if (m_server)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_path)) {
        // A crash leaves the socket file behind; nobody answered on it (sendToRunning()
        // failed before we got here), so it is safe to remove and take over.
        QLocalServer::removeServer(m_path);
        if (!server->listen(m_path)) {
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    return true;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            if (buffer.size() > 1024 * 1024) { // not a Bilateral instance talking
                socket->abort();
                return;
            }
            socket->setProperty("buffer", buffer);
            if (!buffer.endsWith(endOfRequest))
                return;
            QStringList files;
            for (const QByteArray &line : buffer.split('\n')) {
                if (!line.isEmpty())
                    files.append(QString::fromUtf8(line));
            }
            socket->write(acknowledgement);
            socket->flush();
            Q_EMIT filesReceived(files);
        });
    }
}
