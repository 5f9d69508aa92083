#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One running Bilateral per user: a second start hands its files to the first (which opens
// them and comes to the front) and exits. The socket lives in the per-user runtime
// directory and only its owner may connect (QLocalServer::UserAccessOption).
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // `socketPath` empty: <runtime dir>/bilateral.socket.
    explicit SingleInstance(const QString &socketPath = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultSocketPath();
    QString socketPath() const { return m_path; }

    // Hands `files` (made absolute) to a running instance. True when one took them.
    bool sendToRunning(const QStringList &files, int timeoutMs = 2000) const;
    // Becomes the running instance. A socket file left behind by a crash is removed first.
    bool listen();

Q_SIGNALS:
    // Another start asked to open these files (possibly none: just come to the front).
    void filesReceived(const QStringList &files);

private:
    void acceptConnection();

    QString m_path;
    QLocalServer *m_server = nullptr;
};
