#pragma once

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The library the tests index: the built-in sample and the dated briefings of
// resources/library (see resources/library/README.md), copied into a temporary folder.
namespace LibraryFiles {
using namespace Qt::StringLiterals;

// The eight files, newest first (and by name on the same day), as LibraryIndex::entries
// lists them.
inline const QStringList &byDate()
{
    static const QStringList names{
        u"2023-11-22-tokyo-dg-talks.briefing"_s,
        u"2023-07-14-fm-meeting-seoul-readout.briefing"_s,
        u"2023-07-14-fm-meeting-tokyo-readout.briefing"_s,
        u"2023-03-29-seoul-dg-talks.briefing"_s,
        u"2022-05-27-tokyo-dg-talks.briefing"_s,
        u"2021-06-22-online-dg-talks.briefing"_s,
        u"2020-10-29-seoul-dg-talks.briefing"_s,
        u"2019-07-24-tokyo-dg-talks.briefing"_s,
    };
    return names;
}

// A file of the library by a short name: its date, or "seoul-readout"/"tokyo-readout".
inline QString key(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(u"2023-07-14"_s))
        return name.contains(u"seoul"_s) ? u"seoul-readout"_s : u"tokyo-readout"_s;
    return name.left(10);
}

inline QString source(const QString &name)
{
    const QString root = QStringLiteral(BILATERAL_SOURCE_DIR) + u"/resources/"_s;
    return root + (name.startsWith(u"2020-10-29"_s) ? u"samples/"_s : u"library/"_s) + name;
}

// Sets the file's time stamp without waiting for the clock.
inline bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::Append)
        && file.setFileTime(time, QFileDevice::FileModificationTime);
}

// A time stamp well past the library's settling time.
inline QDateTime longAgo()
{
    return QDateTime::currentDateTime().addSecs(-3600);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QJsonObject json(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// Copies the eight briefings into `folder`, each with a time stamp an hour old.
inline bool copyLibrary(const QString &folder)
{
    for (const QString &name : byDate()) {
        const QString target = QDir(folder).filePath(name);
        if (!QFile::copy(source(name), target) || !setModified(target, longAgo()))
            return false;
    }
    return true;
}

// The JSON string that starts at `line`:`column` (1-based, in code points) of the file,
// decoded; null when no string starts there.
inline QString textAt(const QString &path, int line, int column)
{
    const QList<QByteArray> lines = readFile(path).split('\n');
    if (line < 1 || line > lines.size() || column < 1)
        return {};
    const QString text = QString::fromUtf8(lines.at(line - 1));
    qsizetype at = 0;
    for (int c = 1; c < column && at < text.size(); ++c)
        at += text.at(at).isHighSurrogate() ? 2 : 1;
    const QString rest = text.mid(at);
    if (!rest.startsWith(u'"'))
        return {};
    qsizetype end = 1;
    while (end < rest.size() && rest.at(end) != u'"')
        end += rest.at(end) == u'\\' ? 2 : 1;
    const QByteArray literal = '[' + rest.left(end + 1).toUtf8() + ']';
    const QJsonArray array = QJsonDocument::fromJson(literal).array();
    return array.size() == 1 && array.at(0).isString() ? array.at(0).toString() : QString();
}

// Whether the file holds `text` where the index says a hit is.
inline bool pointsAtText(const QString &path, int line, int column, const QString &text)
{
    return !text.isEmpty() && textAt(path, line, column) == text;
}
} // namespace LibraryFiles
