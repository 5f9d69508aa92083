#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;
class QTimer;

// One running Bilateral per user: a second start hands its files to the first (which opens
// them and comes to the front) and exits.
//
// The channel is a local socket, and what it carries (the paths a user opens) is private, so:
// - it lives only in a directory that is the user's own and closed to everyone else (the
//   runtime directory, or a private folder under the temporary directory); where neither is
//   safe there is no single instance, never a socket in a shared directory;
// - both ends check that the other runs as the same user (SO_PEERCRED);
// - the running instance serves at most `maxConnections` at a time, drops a connection that
//   has not sent a complete request within the time limit, reads at most `maxRequestBytes`
//   and `maxFilesPerRequest` paths, takes one request per connection, accepts only absolute
//   UTF-8 paths, and listens again if Qt closes the server after a failed accept().
// Non-regular files (FIFOs, devices) are refused by the loader, which never blocks on them.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxConnections = 8;
    static constexpr qsizetype maxRequestBytes = 64 * 1024;
    static constexpr int maxFilesPerRequest = 64;

    // `socketPath` empty: defaultSocketPath().
    explicit SingleInstance(const QString &socketPath = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // <runtime dir>/bilateral.socket when $XDG_RUNTIME_DIR is a directory of this user's that
    // no one else may enter; else <temp dir>/bilateral-<uid>/bilateral.socket, that folder
    // created 0700 or found so; empty when neither is safe (no single instance then).
    static QString defaultSocketPath();
    // Why `directory` may not hold the channel (empty when it may): it must be a real
    // directory (not a symbolic link), owned by this user, with no access for group or others.
    static QString unsafeDirectoryReason(const QString &directory);

    QString socketPath() const { return m_path; }
    bool isListening() const;

    // Hands `files` (made absolute) to a running instance. True when one took them.
    bool sendToRunning(const QStringList &files, int timeoutMs = 2000) const;
    // Becomes the running instance. A socket file left behind by a crash is removed first.
    // False when the socket's directory is not safe or the socket cannot be made.
    bool listen();

    // How long a connection may take to send its request (5 s; shorter in tests).
    void setRequestTimeout(int milliseconds) { m_requestTimeoutMs = milliseconds; }

Q_SIGNALS:
    // Another start asked to open these files (possibly none: just come to the front).
    void filesReceived(const QStringList &files);

private:
    bool startServer();
    void acceptConnections();
    void readRequest(QLocalSocket *socket, QByteArray *buffer);
    void listenAgainIfClosed();

    QString m_path;
    QLocalServer *m_server = nullptr;
    QTimer *m_watchdog = nullptr;
    int m_connections = 0;
    int m_requestTimeoutMs = 5000;
};
