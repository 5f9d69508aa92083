#pragma once

#include "model/briefing.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Copies of unsaved changes that outlive a crash. Each running instance keeps one copy,
// rewritten while its briefing has unsaved changes and removed on a clean exit or a save.
//
// The folder and the files are the user's alone (0700 and 0600). A copy's name is random,
// not the process id, so instances in separate PID namespaces (sandboxed packages) cannot
// collide. While its instance runs, a copy is locked (flock on a lock file beside it, which
// the kernel releases when the process dies, however it dies): a copy nobody holds is a
// leftover of a crash, and stays until the reader restores or discards it.
class RecoveryStore final
{
public:
    struct Copy
    {
        QString copyPath;
        QString originalPath; // empty: the briefing was never saved
        QDateTime written;
        qint64 bytes = 0;
    };

    RecoveryStore();
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    static QString directory();
    // This instance's copy (its name is chosen on the first write).
    QString copyPath() const { return m_copyPath; }

    // Writes (replaces) this instance's copy; returns the error or empty.
    QString write(const Briefing &briefing, const QString &originalPath);
    void remove();

    // Copies left by instances that no longer run, newest first.
    static QList<Copy> leftovers();
    static void discard(const Copy &copy);
    // A copy that cannot be read is not offered again but kept, renamed to end in
    // ".unreadable", for someone to look at. Returns its new path.
    static QString keepAside(const Copy &copy);

private:
    QString m_copyPath;
    int m_lock = -1;
};
