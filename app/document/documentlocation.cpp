#include "document/documentlocation.h"

#include <QFileInfo>
#include <QStandardPaths>

DocumentLocation DocumentLocation::fromPath(const QString &path)
{
    DocumentLocation location;
    if (path.isEmpty())
        return location;
    // Qt's resource paths (":/samples/…") are read-only files inside the program.
    if (path.startsWith(u':')) {
        location.m_kind = Kind::BuiltIn;
        location.m_path = path;
    } else {
        location.m_kind = Kind::File;
        location.m_path = QFileInfo(path).absoluteFilePath();
    }
    return location;
}

QString DocumentLocation::fileName() const
{
    return isFile() ? QFileInfo(m_path).fileName() : QString();
}

QString DocumentLocation::folder() const
{
    return isFile() ? QFileInfo(m_path).absolutePath()
                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString DocumentLocation::baseName(const QString &fallback) const
{
    return isFile() ? QFileInfo(m_path).completeBaseName() : fallback;
}
