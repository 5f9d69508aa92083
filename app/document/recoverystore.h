#pragma once

#include "model/briefing.h"

#include <QList>
#include <QString>

// Copies of unsaved changes that outlive a crash: each running instance keeps one copy,
// rewritten while its briefing has unsaved changes and removed on a clean exit or a save.
// Next to each copy, a small file names the briefing's own file (empty for a new one).
class RecoveryStore final
{
public:
    struct Copy
    {
        QString copyPath;
        QString originalPath; // empty: the briefing was never saved
    };

    // This process's copy.
    RecoveryStore();

    static QString directory();
    QString copyPath() const { return m_copyPath; }

    // Writes (replaces) this process's copy; returns the error or empty.
    QString write(const Briefing &briefing, const QString &originalPath) const;
    void remove() const;

    // Copies left behind by instances that no longer run, newest first.
    static QList<Copy> leftovers();
    static void discard(const Copy &copy);

private:
    QString m_copyPath;
};
