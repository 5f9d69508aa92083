#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sys/types.h>

// Reading a file the reader named: only a regular file, and never more than a bound. A pipe
// or device is refused before anything is read from it (opening a FIFO for reading would
// block until someone writes to it), so no read can hang or run without end.
class RegularFile final
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    struct Contents
    {
        QByteArray bytes;
        // Why nothing was read ("it is a pipe (FIFO), not a file"), or empty.
        QString error;
        // The file is a regular file but larger than the bound (bytes is empty).
        bool tooLarge = false;
        qint64 size = 0;
        bool ok() const { return error.isEmpty() && !tooLarge; }
    };

    // The whole file, if it is a regular file of at most `maxBytes`.
    static Contents read(const QString &path, qint64 maxBytes);

    // "it is a folder, not a file" and the like, for a file of type `mode` (st_mode) that is
    // not a regular file; empty for a regular file.
    static QString describeNonRegular(mode_t mode);
    // The reason for errno `error` while opening `path`, worded for the reader.
    static QString describeError(int error);
};
