#include "document/documentfilewatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

DocumentFileWatcher::DocumentFileWatcher(BriefingDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, &DocumentFileWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    // A file replaced by renaming another over it (as every careful program saves, and we
    // do) is a new inode: inotify drops the watch on the old one, so watch the path again.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentFileWatcher::watchLocation);
    connect(m_document, &BriefingDocument::locationChanged, this, [this] {
        m_reported = BriefingDocument::DiskState::Unchanged;
        watchLocation();
    });
    connect(m_document, &BriefingDocument::saved, this, [this] {
        m_reported = BriefingDocument::DiskState::Unchanged;
        watchLocation();
    });
    // Opened or reloaded: what the file holds now is the briefing's, and the next change to
    // it is news again.
    connect(m_document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        if (change.cause == DocumentChange::Cause::Opened)
            m_reported = BriefingDocument::DiskState::Unchanged;
    });
    watchLocation();
}

void DocumentFileWatcher::setSettleTime(int milliseconds)
{
    m_settle->setInterval(milliseconds);
}

void DocumentFileWatcher::watchLocation()
{
    const DocumentLocation &location = m_document->location();
    const QString path =
        location.isFile() ? QFileInfo(location.path()).absoluteFilePath() : QString();
    const QStringList watched = m_watcher->files();
    if (watched == QStringList{path})
        return;
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void DocumentFileWatcher::check()
{
    watchLocation(); // the file may be back after a removal
    const BriefingDocument::DiskState state = m_document->diskState();
    if (state == BriefingDocument::DiskState::Unchanged
        || state == BriefingDocument::DiskState::Unknown) {
        m_reported = BriefingDocument::DiskState::Unchanged;
        return;
    }
    if (state == m_reported)
        return; // said once is enough
    m_reported = state;
    Q_EMIT changedOnDisk(state);
}
