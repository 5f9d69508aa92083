#include "library/libraryindex.h"

#include "library/librarysql.h"
#include "library/librarywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace LibrarySql {

QString encode(const LocalizedText &text)
{
    QJsonObject object;
    for (const auto &[language, value] : text.entries())
        object.insert(language, value);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

LocalizedText decodeText(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QList<std::pair<QString, QString>> entries;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        entries.append({it.key(), it.value().toString()});
    return LocalizedText::fromDistinct(entries);
}

QString encode(const QList<IndexedSide> &sides)
{
    QJsonArray array;
    for (const IndexedSide &side : sides)
        array.append(
            QJsonArray{side.id, QJsonDocument::fromJson(encode(side.name).toUtf8()).object()});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<IndexedSide> decodeSides(const QString &json)
{
    QList<IndexedSide> sides;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = value.toArray();
        QList<std::pair<QString, QString>> names;
        const QJsonObject object = pair.at(1).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            names.append({it.key(), it.value().toString()});
        sides.append({pair.at(0).toString(), LocalizedText::fromDistinct(names)});
    }
    return sides;
}

QString canonicalFolder(const QString &folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

Clause underFolders(const QString &column, const QStringList &folders)
{
    Clause clause;
    QStringList parts;
    for (const QString &folder : folders) {
        // Every path that starts with "folder/": '0' is the character after '/'.
        const QString root = canonicalFolder(folder);
        const QString prefix = root.endsWith(u'/') ? root : root + u'/';
        parts.append(u"(%1 >= ? AND %1 < ?)"_s.arg(column));
        clause.values << prefix << QString(prefix.chopped(1) + u'0');
    }
    clause.sql = parts.isEmpty() ? u"0"_s : u'(' + parts.join(u" OR "_s) + u')';
    return clause;
}

Clause oneOf(const QString &column, const QStringList &values)
{
    Clause clause;
    QStringList marks;
    for (const QString &value : values) {
        marks.append(u"?"_s);
        clause.values.append(value);
    }
    clause.sql = values.isEmpty() ? u"0"_s : u"%1 IN (%2)"_s.arg(column, marks.join(u", "_s));
    return clause;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace LibrarySql

LibraryIndex::LibraryIndex(const QString &databasePath)
    : m_path(databasePath.isEmpty() ? defaultPath() : databasePath)
    , m_connection(u"bilateral-library-%1"_s.arg(quintptr(this), 0, 16))
{ }

LibraryIndex::~LibraryIndex()
{
    closeConnection();
}

QString LibraryIndex::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + u"/library/index.sqlite"_s;
}

QString LibraryIndex::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Bilateral"_s;
}

bool LibraryIndex::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection).isOpen();
}

bool LibraryIndex::openConnection()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid()) {
        m_error = tr("Qt's SQLite driver (QSQLITE) is not installed");
        return false;
    }
    db.setDatabaseName(m_path);
    // A writer and readers in other threads: wait for each other's locks, not fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // Write-ahead logging: searches read while the indexer writes. The index can always
    // be rebuilt from the files, so a commit need not wait for the disk.
    LibrarySql::run(query, u"PRAGMA journal_mode=WAL"_s);
    LibrarySql::run(query, u"PRAGMA synchronous=NORMAL"_s);
    // Full-text inserts and bm25 ranking touch many pages: keep them in memory rather than
    // reading them again through pread() (SQLite's default cache is 2 MiB).
    LibrarySql::run(query, u"PRAGMA cache_size=-65536"_s);
    LibrarySql::run(query, u"PRAGMA mmap_size=1073741824"_s);
    LibrarySql::run(query, u"PRAGMA temp_store=MEMORY"_s);
    return true;
}

void LibraryIndex::closeConnection()
{
    m_writer.reset();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LibraryIndex::open()
{
    if (isOpen())
        return true;
    m_rebuilt = false;
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = tr("cannot create the folder for the library's index: %1")
                      .arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    // The window's thread and the indexing thread may open a new index at the same time:
    // whoever takes the write lock first creates the tables, the other finds them.
    enum class Found { Usable, Created, Damaged };
    auto openOrCreate = [this]() -> Found {
        if (!openConnection())
            return Found::Damaged;
        QSqlQuery query(QSqlDatabase::database(m_connection));
        // A damaged file fails here ("file is not a database").
        if (!LibrarySql::run(query, u"BEGIN IMMEDIATE"_s))
            return Found::Damaged;
        Found found = Found::Damaged;
        if (LibrarySql::run(query, u"PRAGMA user_version"_s) && query.next()) {
            const int version = query.value(0).toInt();
            if (version == schemaVersion) {
                if (LibrarySql::run(query, u"SELECT count(*) FROM files"_s) && query.next())
                    found = Found::Usable;
            } else if (version == 0
                       && LibrarySql::run(query, u"SELECT count(*) FROM sqlite_master"_s)
                       && query.next() && query.value(0).toInt() == 0) {
                found = createSchema() ? Found::Created : Found::Damaged; // a new, empty file
            }
        }
        LibrarySql::run(query, found == Found::Damaged ? u"ROLLBACK"_s : u"COMMIT"_s);
        return found;
    };
    Found found = openOrCreate();
    if (found == Found::Damaged) {
        // Damaged or from another version: start again from the files.
        closeConnection();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(m_path + suffix);
        found = openOrCreate();
    }
    if (found == Found::Damaged) {
        if (m_error.isEmpty())
            m_error = tr("the library's index cannot be created: %1").arg(m_path);
        closeConnection();
        return false;
    }
    m_rebuilt = found == Found::Created;
    return true;
}

bool LibraryIndex::createSchema()
{
    static const QStringList statements{
        u"CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER,"
        " modified INTEGER, digest BLOB, state INTEGER, problem TEXT, date TEXT, title TEXT,"
        " source TEXT, sides TEXT, passages INTEGER, issues INTEGER)"_s,
        u"CREATE TABLE issues (file INTEGER NOT NULL, id TEXT NOT NULL, title TEXT)"_s,
        u"CREATE INDEX issues_by_id ON issues (id)"_s,
        u"CREATE INDEX issues_by_file ON issues (file)"_s,
        u"CREATE TABLE stances (file INTEGER NOT NULL, issue TEXT NOT NULL, side TEXT,"
        " position TEXT, summary TEXT, evidence TEXT)"_s,
        u"CREATE INDEX stances_by_issue ON stances (issue)"_s,
        u"CREATE INDEX stances_by_file ON stances (file)"_s,
        u"CREATE TABLE segments (id INTEGER PRIMARY KEY, file INTEGER NOT NULL, kind INTEGER,"
        " ref TEXT, side TEXT, language TEXT, line INTEGER, col INTEGER, text TEXT)"_s,
        u"CREATE INDEX segments_by_file ON segments (file)"_s,
        // Contentless: the text is kept once, in segments; the index holds only the
        // tokens of LibraryText::indexForm. unicode61 folds case and diacritics.
        u"CREATE VIRTUAL TABLE search USING fts5 (tokens, content='',"
        " tokenize='unicode61 remove_diacritics 2')"_s,
        // Merge the index's b-trees less often while it grows: a cold index of 1,000
        // briefings builds in 2.3 s instead of 3.2 s, and searches are as fast
        // (bench/library.cpp; FTS5's default is 4).
        u"INSERT INTO search (search, rank) VALUES ('automerge', 16)"_s,
        u"PRAGMA user_version = %1"_s.arg(schemaVersion),
    };
    QSqlQuery query(QSqlDatabase::database(m_connection));
    for (const QString &statement : statements) {
        if (!LibrarySql::run(query, statement, {}, &m_error))
            return false;
    }
    return true;
}
