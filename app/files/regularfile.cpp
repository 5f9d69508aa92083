#include "files/regularfile.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

QString RegularFile::describeNonRegular(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return tr("it is a folder, not a file");
    if (S_ISFIFO(mode))
        return tr("it is a pipe (FIFO), not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("it is a device, not a file");
    if (S_ISSOCK(mode))
        return tr("it is a socket, not a file");
    return tr("it is not a regular file");
}

QString RegularFile::describeError(int error)
{
    switch (error) {
    case ENOENT:
        return tr("it does not exist");
    case ELOOP:
        return tr("its symbolic links lead round in a loop");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ENOSPC:
        return tr("there is no space left on the disk");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EROFS:
        return tr("the disk is read-only");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    default:
        return qt_error_string(error);
    }
}

RegularFile::Contents RegularFile::read(const QString &path, qint64 maxBytes)
{
    Contents contents;
    // A Qt resource (":/samples/…") is built into the program: a file of known size.
    if (path.startsWith(u':')) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            contents.error = describeError(ENOENT);
            return contents;
        }
        contents.size = resource.size();
        if (contents.size > maxBytes) {
            contents.tooLarge = true;
            return contents;
        }
        contents.bytes = resource.readAll();
        return contents;
    }
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        contents.error = describeError(errno);
        return contents;
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        contents.error = describeError(errno);
        ::close(fd);
        return contents;
    }
    if (!S_ISREG(info.st_mode)) {
        contents.error = describeNonRegular(info.st_mode);
        ::close(fd);
        return contents;
    }
    contents.size = info.st_size;
    if (info.st_size > maxBytes) {
        contents.tooLarge = true;
        ::close(fd);
        return contents;
    }
    // Read one byte past the bound: a file that grows while it is read is still refused.
    QByteArray bytes(qsizetype(info.st_size) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (true) {
        if (filled == bytes.size()) {
            if (filled > maxBytes)
                break;
            bytes.resize(std::min<qsizetype>(bytes.size() * 2, qsizetype(maxBytes) + 1));
        }
        const ssize_t got = ::read(fd, bytes.data() + filled, size_t(bytes.size() - filled));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            contents.error = describeError(errno);
            ::close(fd);
            return contents;
        }
        if (got == 0)
            break;
        filled += got;
    }
    ::close(fd);
    if (filled > maxBytes) {
        contents.tooLarge = true;
        contents.size = filled;
        return contents;
    }
    bytes.truncate(filled);
    contents.bytes = bytes;
    contents.size = filled;
    return contents;
}
