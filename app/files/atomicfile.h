#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writing a whole file so that afterwards it holds either all of the new bytes or, after any
// failure, exactly what it held before. Every step is checked (each write, fsync, close, the
// rename over the old file), so a full disk or a quota is reported, never a half-written
// file left in place. The file keeps its permissions and owner; a read-only file, a
// directory, a device or pipe, and a symbolic link that another user planted in a shared
// (sticky) folder such as /tmp are refused, not written through.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    enum class Access {
        AsBefore, // an existing file's permissions, else the usual ones (umask)
        OwnerOnly, // 0600: private copies such as crash-recovery files
    };

    // Returns the reason it could not write (worded for the reader), or empty.
    static QString write(const QString &path, const QByteArray &bytes,
                         Access access = Access::AsBefore);
};
