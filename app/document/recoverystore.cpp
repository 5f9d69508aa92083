#include "document/recoverystore.h"

#include "files/atomicfile.h"
#include "format/briefingwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Next to each copy: the path of the file it recovers (empty for a new briefing), and the
// lock its instance holds while it runs.
QString originFile(const QString &copyPath)
{
    return copyPath + u".origin"_s;
}

QString lockFile(const QString &copyPath)
{
    return copyPath + u".lock"_s;
}

// Whether a running instance holds the copy's lock. A lock file nobody holds, or none at
// all, means its instance is gone.
bool isHeld(const QString &copyPath)
{
    const int fd = ::open(QFile::encodeName(lockFile(copyPath)).constData(),
                          O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd); // also releases the probe's lock
    return !free;
}

QString ensureDirectory()
{
    const QString folder = RecoveryStore::directory();
    QDir().mkpath(folder);
    // Only the user may list or read the copies: they hold unpublished work.
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}
} // namespace

RecoveryStore::RecoveryStore() = default;

RecoveryStore::~RecoveryStore()
{
    if (m_lock >= 0)
        ::close(m_lock);
}

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::write(const Briefing &briefing, const QString &originalPath)
{
    const QString folder = ensureDirectory();
    if (m_copyPath.isEmpty()) {
        const QString name = u"recovery-%1.briefing"_s.arg(QRandomGenerator::global()->generate64(),
                                                           16, 16, QLatin1Char('0'));
        const QString path = folder + u'/' + name;
        const int lock = ::open(QFile::encodeName(lockFile(path)).constData(),
                                O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (lock < 0 || ::flock(lock, LOCK_EX | LOCK_NB) != 0) {
            if (lock >= 0)
                ::close(lock);
            return QCoreApplication::translate("RecoveryStore", "cannot lock a recovery copy in %1")
                .arg(folder);
        }
        m_lock = lock;
        m_copyPath = path;
    }
    if (const QString error =
            BriefingWriter::save(briefing, m_copyPath, AtomicFile::Access::OwnerOnly);
        !error.isEmpty())
        return error;
    return AtomicFile::write(originFile(m_copyPath), originalPath.toUtf8(),
                             AtomicFile::Access::OwnerOnly);
}

void RecoveryStore::remove()
{
    if (m_copyPath.isEmpty())
        return;
    QFile::remove(m_copyPath);
    QFile::remove(originFile(m_copyPath));
    QFile::remove(lockFile(m_copyPath));
    if (m_lock >= 0)
        ::close(m_lock);
    m_lock = -1;
    m_copyPath.clear();
}

QList<RecoveryStore::Copy> RecoveryStore::leftovers()
{
    QList<Copy> copies;
    const QDir folder(directory());
    for (const QFileInfo &copy :
         folder.entryInfoList({u"recovery-*.briefing"_s}, QDir::Files, QDir::Time)) {
        if (isHeld(copy.filePath()))
            continue; // another window's unsaved work, not a crash's
        QFile origin(originFile(copy.filePath()));
        QString originalPath;
        if (origin.open(QIODevice::ReadOnly))
            originalPath = QString::fromUtf8(origin.read(64 * 1024));
        copies.append({copy.filePath(), originalPath, copy.lastModified(), copy.size()});
    }
    return copies;
}

void RecoveryStore::discard(const Copy &copy)
{
    QFile::remove(copy.copyPath);
    QFile::remove(originFile(copy.copyPath));
    QFile::remove(lockFile(copy.copyPath));
}

QString RecoveryStore::keepAside(const Copy &copy)
{
    const QString aside = copy.copyPath + u".unreadable"_s;
    QFile::remove(aside);
    QFile::rename(copy.copyPath, aside);
    QFile::remove(lockFile(copy.copyPath));
    return aside;
}
