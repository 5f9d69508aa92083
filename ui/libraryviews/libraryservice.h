#pragma once

#include "library/libraryindex.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QThread;
class QTimer;

// The library for the window: its folders (the user's "Bilateral" folder in Documents by
// default, more added with File › Open Library Folder…), the index kept up to date on a
// worker thread, with progress, whenever a folder's content changes (QFileSystemWatcher)
// or a file that was still being written has had time to settle. Queries from the window
// go through index(), the UI thread's own connection; SQLite's write-ahead log lets them
// read while the worker writes.
class LibraryService final : public QObject
{
    Q_OBJECT

public:
    // `databasePath` empty: LibraryIndex::defaultPath(). Folders come from the settings.
    explicit LibraryService(const QString &databasePath = {}, QObject *parent = nullptr);
    ~LibraryService() override;

    QStringList folders() const { return m_folders; }
    void setFolders(const QStringList &folders);
    void addFolder(const QString &folder);

    LibraryIndex &index() { return *m_index; }
    bool isUpdating() const { return m_updating; }
    const UpdateSummary &lastSummary() const { return m_summary; }

public Q_SLOTS:
    // Brings the index up to date now (or right after the update under way).
    void refresh();

Q_SIGNALS:
    void foldersChanged();
    void updateStarted();
    void progress(int done, int total);
    // The index changed: the window queries it again.
    void updated(const UpdateSummary &summary);

private:
    void startUpdate();
    void finishUpdate(const UpdateSummary &summary);
    void watchFolders();

    QString m_databasePath;
    QStringList m_folders;
    std::unique_ptr<LibraryIndex> m_index;
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle; // changes come in bursts (a copy of a folder): wait for the last
    QTimer *m_retry; // files still being written are read again once they settle
    bool m_updating = false;
    bool m_again = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    UpdateSummary m_summary;
};
