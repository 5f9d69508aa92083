#include "document/recoverystore.h"

#include "format/briefingwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// Next to each recovery copy: the path of the file it recovers (empty for a new briefing).
QString originFile(const QString &copyPath)
{
    return copyPath + u".origin"_s;
}
} // namespace

RecoveryStore::RecoveryStore()
    : m_copyPath(directory() + u"/recovery-%1.briefing"_s.arg(QCoreApplication::applicationPid()))
{ }

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::write(const Briefing &briefing, const QString &originalPath) const
{
    QDir().mkpath(directory());
    if (const QString error = BriefingWriter::save(briefing, m_copyPath); !error.isEmpty())
        return error;
    QFile origin(originFile(m_copyPath));
    if (!origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return origin.errorString();
    origin.write(originalPath.toUtf8());
    return {};
}

void RecoveryStore::remove() const
{
    QFile::remove(m_copyPath);
    QFile::remove(originFile(m_copyPath));
}

QList<RecoveryStore::Copy> RecoveryStore::leftovers()
{
    QList<Copy> copies;
    const QDir folder(directory());
    for (const QFileInfo &copy :
         folder.entryInfoList({u"recovery-*.briefing"_s}, QDir::Files, QDir::Time)) {
        // A copy whose process still runs belongs to another window, not to a crash.
        const QString pid = copy.completeBaseName().section(u'-', 1);
        if (pid.toLongLong() == QCoreApplication::applicationPid()
            || QFileInfo::exists(u"/proc/"_s + pid))
            continue;
        QFile origin(originFile(copy.filePath()));
        QString originalPath;
        if (origin.open(QIODevice::ReadOnly))
            originalPath = QString::fromUtf8(origin.readAll());
        copies.append({copy.filePath(), originalPath});
    }
    return copies;
}

void RecoveryStore::discard(const Copy &copy)
{
    QFile::remove(copy.copyPath);
    QFile::remove(originFile(copy.copyPath));
}
