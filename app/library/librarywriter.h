#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

// The statements that write a file's rows, prepared once per update.
// The statements that write a file's rows, prepared once per update. They go to SQLite's
// own interface on the connection Qt opened (QSqlDriver::handle()): indexing 10,000
// briefings makes over a million inserts, and QSqlQuery's QVariant binding cost as much
// as the inserts themselves (bench/library.cpp).
class LibraryWriter final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryWriter)

public:
    explicit LibraryWriter(const QSqlDatabase &db);
    ~LibraryWriter();
    LibraryWriter(const LibraryWriter &) = delete;
    LibraryWriter &operator=(const LibraryWriter &) = delete;

    bool isValid() const { return m_db != nullptr; }
    QString errorString() const;
    // Binds the values to the statement's parameters in order and runs it.
    enum Statement {
        InsertFile,
        UpdateFile,
        InsertIssue,
        InsertStance,
        InsertSegment,
        InsertTokens
    };
    bool run(Statement statement, std::initializer_list<QVariant> values);
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    QList<sqlite3_stmt *> m_statements;
};
