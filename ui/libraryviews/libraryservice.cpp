#include "libraryviews/libraryservice.h"

#include <QDir>
#include <QDirIterator>
#include <QFileSystemWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QSettings>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString foldersKey = u"library/folders"_s;
}

LibraryService::LibraryService(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_index(std::make_unique<LibraryIndex>(databasePath))
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_thread->setObjectName(u"Library index"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);

    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this, &LibraryService::refresh);
    m_retry->setSingleShot(true);
    m_retry->setInterval(int(IndexedBriefing::settleMs) + 500);
    connect(m_retry, &QTimer::timeout, this, &LibraryService::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));

    QStringList folders = QSettings().value(foldersKey).toStringList();
    if (folders.isEmpty()) {
        folders.append(LibraryIndex::defaultFolder());
        QDir().mkpath(folders.constFirst());
    }
    m_folders = folders;
    watchFolders();
    // The index exists before the worker first writes to it or a window first reads it.
    m_index->open();
}

LibraryService::~LibraryService()
{
    m_cancel->store(true);
    m_thread->quit();
    m_thread->wait();
}

void LibraryService::setFolders(const QStringList &folders)
{
    m_folders = folders;
    m_folders.removeDuplicates();
    QSettings().setValue(foldersKey, m_folders);
    watchFolders();
    Q_EMIT foldersChanged();
    refresh();
}

void LibraryService::addFolder(const QString &folder)
{
    setFolders(m_folders + QStringList{QDir::cleanPath(folder)});
}

void LibraryService::watchFolders()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    // Each folder and its subfolders: inotify reports changes in a directory, not below it.
    QStringList directories;
    for (const QString &folder : std::as_const(m_folders)) {
        if (!QDir(folder).exists())
            continue;
        directories.append(folder);
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && directories.size() < 2000)
            directories.append(it.next());
    }
    if (!directories.isEmpty())
        m_watcher->addPaths(directories);
}

void LibraryService::refresh()
{
    if (m_updating) {
        m_again = true;
        return;
    }
    startUpdate();
}

void LibraryService::startUpdate()
{
    m_updating = true;
    m_again = false;
    Q_EMIT updateStarted();
    const QStringList folders = m_folders;
    const QString path = m_databasePath;
    const auto cancel = m_cancel;
    QPointer<LibraryService> self(this);
    // The worker thread has its own index object: a SQLite connection belongs to the
    // thread that opened it.
    QMetaObject::invokeMethod(m_worker, [self, folders, path, cancel] {
        thread_local std::unique_ptr<LibraryIndex> index;
        if (!index
            || index->databasePath() != (path.isEmpty() ? LibraryIndex::defaultPath() : path))
            index = std::make_unique<LibraryIndex>(path);
        const UpdateSummary summary = index->update(
            folders,
            [self](int done, int total) {
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                });
            },
            cancel.get());
        if (cancel->load())
            index.reset(); // closes the connection on the thread that owns it
        QMetaObject::invokeMethod(self, [self, summary] {
            if (self)
                self->finishUpdate(summary);
        });
    });
}

void LibraryService::finishUpdate(const UpdateSummary &summary)
{
    m_updating = false;
    m_summary = summary;
    // New subfolders are watched too.
    watchFolders();
    const bool pending = std::any_of(summary.problems.cbegin(), summary.problems.cend(),
                                     [](const LibraryProblem &problem) { return problem.pending; });
    if (pending)
        m_retry->start();
    Q_EMIT updated(summary);
    if (m_again)
        startUpdate();
}
