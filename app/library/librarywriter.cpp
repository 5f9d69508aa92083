#include "library/librarywriter.h"

#include <QSqlDriver>

#include <sqlite3.h>

LibraryWriter::LibraryWriter(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    static const char *const sql[] = {
        "INSERT INTO files (path, size, modified, digest, state, problem, date, title, source,"
        " sides, passages, issues) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "UPDATE files SET size = ?, modified = ?, digest = ?, state = ?, problem = ?, date = ?,"
        " title = ?, source = ?, sides = ?, passages = ?, issues = ? WHERE id = ?",
        "INSERT INTO issues (file, id, title) VALUES (?, ?, ?)",
        "INSERT INTO stances (file, issue, side, position, summary, evidence)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        "INSERT INTO segments (file, kind, ref, side, language, line, col, text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO search (rowid, tokens) VALUES (?, ?)",
    };
    for (const char *statement : sql) {
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v3(m_db, statement, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(prepared);
            m_db = nullptr;
            return;
        }
        m_statements.append(prepared);
    }
}

LibraryWriter::~LibraryWriter()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

QString LibraryWriter::errorString() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : tr("the SQLite driver gives no access to its database");
}

bool LibraryWriter::run(Statement statement, std::initializer_list<QVariant> values)
{
    sqlite3_stmt *prepared = m_statements.at(statement);
    int parameter = 1;
    for (const QVariant &value : values) {
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString text = value.toString();
            if (text.isNull())
                sqlite3_bind_null(prepared, parameter);
            else
                sqlite3_bind_text16(prepared, parameter, text.utf16(), int(text.size() * 2),
                                    SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob(prepared, parameter, bytes.constData(), int(bytes.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::UnknownType:
            sqlite3_bind_null(prepared, parameter);
            break;
        default:
            sqlite3_bind_int64(prepared, parameter, value.toLongLong());
            break;
        }
        ++parameter;
    }
    const int result = sqlite3_step(prepared);
    sqlite3_reset(prepared);
    return result == SQLITE_DONE;
}

qint64 LibraryWriter::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
