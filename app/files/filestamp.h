#pragma once

#include <QString>

#include <sys/types.h>

// What a file is at one moment, as far as stat() tells: the same file (device and inode),
// size and modification time. Equal stamps mean the file was not replaced or written since,
// without reading it; different stamps mean it may have been (a "touch" changes the stamp
// but not the bytes), which reading it tells.
struct FileStamp
{
    dev_t device = 0;
    ino_t inode = 0;
    qint64 size = -1; // -1: there was no such file (or it could not be looked at)
    qint64 modifiedNs = 0;
    qint64 changedNs = 0; // st_ctim: also moves when a file is renamed over this one

    static FileStamp of(const QString &path);
    bool exists() const { return size >= 0; }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};
