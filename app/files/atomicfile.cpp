#include "files/atomicfile.h"

#include "files/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdlib>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Closes a descriptor once; removes the temporary file unless it was renamed into place.
class TemporaryFile
{
public:
    ~TemporaryFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!name.isEmpty())
            ::unlink(name.constData());
    }
    int fd = -1;
    QByteArray name; // empty once renamed
};

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t done = ::write(fd, data, size_t(left));
        if (done < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (done == 0) {
            errno = ENOSPC; // a write that makes no progress cannot finish
            return false;
        }
        data += done;
        left -= done;
    }
    return true;
}
} // namespace

QString AtomicFile::write(const QString &path, const QByteArray &bytes, Access access)
{
    QByteArray target = QFile::encodeName(path);
    struct stat link
    {
    };
    if (::lstat(target.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
        // The kernel's protected_symlinks rule, applied to writing: in a sticky folder (as
        // /tmp), follow a link only if it is ours or the folder's owner's. Otherwise another
        // user's link would make us overwrite whatever it points to.
        const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
        struct stat dir
        {
        };
        if (::stat(folder.constData(), &dir) == 0 && (dir.st_mode & S_ISVTX)
            && link.st_uid != ::geteuid() && link.st_uid != dir.st_uid)
            return tr("it is a symbolic link that another user made in a shared folder; "
                      "Bilateral does not write through it");
        // Write where the link points, keeping the link.
        char *resolved = ::realpath(target.constData(), nullptr);
        if (!resolved) {
            if (errno != ENOENT)
                return RegularFile::describeError(errno);
            // A dangling link: its target is a new file.
            char buffer[4096];
            const ssize_t length = ::readlink(target.constData(), buffer, sizeof buffer - 1);
            if (length <= 0)
                return RegularFile::describeError(errno);
            const QString pointed = QFile::decodeName(QByteArray(buffer, length));
            target = QFile::encodeName(
                QFileInfo(QDir(QFileInfo(path).absolutePath()), pointed).absoluteFilePath());
        } else {
            target = resolved;
            std::free(resolved);
        }
    }

    struct stat existing
    {
    };
    const bool exists = ::stat(target.constData(), &existing) == 0;
    if (!exists && errno != ENOENT)
        return RegularFile::describeError(errno);
    if (exists) {
        if (const QString why = RegularFile::describeNonRegular(existing.st_mode); !why.isEmpty())
            return why;
        // Root may write anything; a file without any write permission was made read-only on
        // purpose, and saving over it would silently undo that.
        if ((existing.st_mode & 0222) == 0)
            return tr("the file is read-only; save under another name, or make it writable "
                      "first");
        if (::access(target.constData(), W_OK) != 0)
            return RegularFile::describeError(errno);
    }

    const QFileInfo targetInfo(QFile::decodeName(target));
    const QByteArray folder = QFile::encodeName(targetInfo.absolutePath());
    TemporaryFile temporary;
    // A new hidden name next to the file, so the rename stays on one file system.
    for (int attempt = 0; attempt < 16 && temporary.fd < 0; ++attempt) {
        const QByteArray name = folder + '/' + '.' + QFile::encodeName(targetInfo.fileName()) + '.'
            + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".tmp";
        const mode_t mode = access == Access::OwnerOnly ? 0600 : 0666; // less the umask
        temporary.fd =
            ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (temporary.fd >= 0)
            temporary.name = name;
        else if (errno != EEXIST)
            return RegularFile::describeError(errno);
    }
    if (temporary.fd < 0)
        return RegularFile::describeError(EEXIST);
    if (exists) {
        // The new file takes the old one's place with its permissions and, where we may set
        // it (as root), its owner.
        const mode_t keep =
            access == Access::OwnerOnly ? (existing.st_mode & 0700) : (existing.st_mode & 07777);
        if (::fchmod(temporary.fd, keep) != 0)
            return RegularFile::describeError(errno);
        if (::geteuid() == 0 && ::fchown(temporary.fd, existing.st_uid, existing.st_gid) != 0) {
            // Keeping the owner is a courtesy; the content is what must not be lost.
        }
    }
    if (!writeAll(temporary.fd, bytes) || ::fsync(temporary.fd) != 0)
        return RegularFile::describeError(errno);
    const int fd = std::exchange(temporary.fd, -1);
    if (::close(fd) != 0)
        return RegularFile::describeError(errno);
    if (::rename(temporary.name.constData(), target.constData()) != 0)
        return RegularFile::describeError(errno);
    temporary.name.clear();
    // The rename is on disk only once the folder is.
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        if (::fsync(dir) != 0) {
            // The file is complete and in place; only its durability across a power cut is
            // not confirmed, which is no reason to report the save as failed.
        }
        ::close(dir);
    }
    return {};
}
