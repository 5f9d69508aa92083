// LibraryIndex: bringing the index up to date with the files.
#include "library/libraryindex.h"

#include "library/librarysql.h"
#include "library/librarytext.h"
#include "library/librarywriter.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentMap>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
struct Listed
{
    qint64 size = 0;
    qint64 modified = 0;
};

struct Known
{
    qint64 id = 0;
    qint64 size = 0;
    qint64 modified = 0;
    QByteArray digest;
    int state = 0;
};

QHash<QString, Listed> listBriefings(const QStringList &folders)
{
    QHash<QString, Listed> files;
    for (const QString &folder : folders) {
        QDirIterator it(LibrarySql::canonicalFolder(folder), {u"*.briefing"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            files.insert(info.filePath(), {info.size(), info.lastModified().toMSecsSinceEpoch()});
        }
    }
    return files;
}

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}
} // namespace

bool LibraryIndex::dropContent(qint64 fileId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery segments(db);
    if (!LibrarySql::run(segments, u"SELECT id, text FROM segments WHERE file = ?"_s, {fileId},
                         &m_error))
        return false;
    // A contentless FTS5 table forgets a row only when told its tokens again.
    QSqlQuery forget(db);
    forget.prepare(u"INSERT INTO search (search, rowid, tokens) VALUES ('delete', ?, ?)"_s);
    while (segments.next()) {
        if (!exec(forget,
                  {segments.value(0), LibraryText::indexForm(segments.value(1).toString())})) {
            m_error = forget.lastError().text();
            return false;
        }
    }
    QSqlQuery query(db);
    for (const QString &table : {u"segments"_s, u"issues"_s, u"stances"_s}) {
        if (!LibrarySql::run(query, u"DELETE FROM %1 WHERE file = ?"_s.arg(table), {fileId},
                             &m_error))
            return false;
    }
    return true;
}

bool LibraryIndex::write(const IndexedBriefing &file, qint64 knownId)
{
    using State = IndexedBriefing::State;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (file.state == State::Vanished) {
        return knownId == 0
            || (dropContent(knownId)
                && LibrarySql::run(query, u"DELETE FROM files WHERE id = ?"_s, {knownId},
                                   &m_error));
    }
    if (file.state == State::Unchanged) {
        return LibrarySql::run(query, u"UPDATE files SET size = ?, modified = ? WHERE id = ?"_s,
                               {file.size, file.modified, knownId}, &m_error);
    }
    if (knownId != 0 && !dropContent(knownId))
        return false;

    if (!m_writer)
        m_writer = std::make_unique<LibraryWriter>(db);
    LibraryWriter &writer = *m_writer;
    if (!writer.isValid()) {
        m_error = writer.errorString();
        return false;
    }
    const bool valid = file.state == State::Indexed;
    const QVariant date = valid ? QVariant(file.date.toString(Qt::ISODate)) : QVariant();
    const QVariant title = valid ? QVariant(LibrarySql::encode(file.title)) : QVariant();
    const QVariant sides = valid ? QVariant(LibrarySql::encode(file.sides)) : QVariant();
    const qsizetype issues = file.issues.size();
    qint64 id = knownId;
    const bool written = knownId != 0
        ? writer.run(LibraryWriter::UpdateFile,
                     {file.size, file.modified, file.digest, int(file.state), file.problem, date,
                      title, file.source, sides, file.passageCount, issues, knownId})
        : writer.run(LibraryWriter::InsertFile,
                     {file.path, file.size, file.modified, file.digest, int(file.state),
                      file.problem, date, title, file.source, sides, file.passageCount, issues});
    if (!written) {
        m_error = writer.errorString();
        return false;
    }
    if (knownId == 0)
        id = writer.lastInsertId();
    bool ok = true;
    for (const IndexedIssue &issue : file.issues)
        ok = ok
            && writer.run(LibraryWriter::InsertIssue,
                          {id, issue.id, LibrarySql::encode(issue.title)});
    for (const IndexedStance &stance : file.stances) {
        ok = ok
            && writer.run(LibraryWriter::InsertStance,
                          {id, stance.issueId, stance.side, StancePositions::key(stance.position),
                           LibrarySql::encode(stance.summary), stance.evidence.join(u' ')});
    }
    for (const IndexedSegment &segment : file.segments) {
        ok = ok
            && writer.run(LibraryWriter::InsertSegment,
                          {id, int(segment.kind), segment.ref, segment.side, segment.language,
                           segment.line, segment.column, segment.text})
            && writer.run(LibraryWriter::InsertTokens, {writer.lastInsertId(), segment.tokens});
    }
    if (!ok)
        m_error = writer.errorString();
    return ok;
}

UpdateSummary LibraryIndex::update(const QStringList &folders, const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    UpdateSummary summary;
    if (!open()) {
        summary.error = m_error;
        return summary;
    }
    summary.rebuilt = std::exchange(m_rebuilt, false); // reported by the first update only
    QSqlDatabase db = QSqlDatabase::database(m_connection);

    const QHash<QString, Listed> listed = listBriefings(folders);
    summary.listed = int(listed.size());

    QHash<QString, Known> known;
    {
        const LibrarySql::Clause under = LibrarySql::underFolders(u"path"_s, folders);
        QSqlQuery query(db);
        if (!LibrarySql::run(query,
                             u"SELECT id, path, size, modified, digest, state FROM files WHERE "_s
                                 + under.sql,
                             under.values, &summary.error))
            return summary;
        while (query.next()) {
            known.insert(query.value(1).toString(),
                         {query.value(0).toLongLong(), query.value(2).toLongLong(),
                          query.value(3).toLongLong(), query.value(4).toByteArray(),
                          query.value(5).toInt()});
        }
    }

    // What to read: new files, files whose size or time stamp moved, and files that were
    // still being written last time.
    QStringList toRead;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const auto was = known.constFind(it.key());
        if (was == known.cend() || was->size != it->size || was->modified != it->modified
            || was->state == int(IndexedBriefing::State::Pending))
            toRead.append(it.key());
        else
            ++summary.unchanged;
    }
    std::sort(toRead.begin(), toRead.end());
    QList<qint64> vanished;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!listed.contains(it.key()))
            vanished.append(it->id);
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int total = int(toRead.size());
    if (progress)
        progress(0, total);
    db.transaction();
    QSqlQuery remove(db);
    for (qint64 id : std::as_const(vanished)) {
        if (!dropContent(id)
            || !LibrarySql::run(remove, u"DELETE FROM files WHERE id = ?"_s, {id},
                                &summary.error)) {
            db.rollback();
            return summary;
        }
        ++summary.removed;
    }

    // Read on the thread pool, a batch ahead of the writing here: SQLite takes one writer,
    // and reading, parsing and tokenizing the next files overlaps with it.
    constexpr qsizetype batchSize = 64;
    auto readBatch = [&](qsizetype start) {
        return QtConcurrent::mapped(toRead.mid(start, batchSize), [&](const QString &path) {
            const Listed &file = listed.value(path);
            // A file that was still being written is read in full again: the same bytes as
            // then must now be judged (and reported if still invalid), not skipped.
            const Known was = known.value(path);
            const bool pending = was.state == int(IndexedBriefing::State::Pending);
            return IndexedBriefing::read(path, file.size, file.modified,
                                         pending ? QByteArray() : was.digest, now);
        });
    };
    QFuture<IndexedBriefing> next = readBatch(0);
    for (qsizetype start = 0; start < toRead.size(); start += batchSize) {
        const QList<IndexedBriefing> read = next.results();
        if (cancel && cancel->load())
            break;
        if (start + batchSize < toRead.size())
            next = readBatch(start + batchSize);
        for (const IndexedBriefing &file : read) {
            if (!write(file, known.value(file.path).id)) {
                next.waitForFinished();
                summary.error = m_error;
                db.rollback();
                return summary;
            }
            using State = IndexedBriefing::State;
            if (file.state == State::Indexed)
                ++summary.indexed;
            else if (file.state == State::Unchanged)
                ++summary.unchanged;
            else if (file.state == State::Vanished && known.value(file.path).id != 0)
                ++summary.removed;
        }
        // Commit now and then so that searches in other threads see progress.
        if ((start / batchSize) % 8 == 7) {
            db.commit();
            db.transaction();
        }
        if (progress)
            progress(int(std::min(start + batchSize, toRead.size())), total);
    }
    next.waitForFinished();
    if (!db.commit())
        summary.error = db.lastError().text();
    m_writer.reset();
    summary.problems = problems(folders);
    return summary;
}

bool LibraryIndex::updateFile(const QString &path)
{
    if (!open())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    QSqlQuery query(db);
    LibrarySql::run(query, u"SELECT id, digest, state FROM files WHERE path = ?"_s,
                    {canonical.isEmpty() ? info.absoluteFilePath() : canonical});
    const bool found = query.next();
    const qint64 id = found ? query.value(0).toLongLong() : 0;
    const bool pending = found && query.value(2).toInt() == int(IndexedBriefing::State::Pending);
    const QByteArray digest = found && !pending ? query.value(1).toByteArray() : QByteArray();
    const IndexedBriefing file = IndexedBriefing::read(
        canonical.isEmpty() ? info.absoluteFilePath() : canonical, info.size(),
        info.lastModified().toMSecsSinceEpoch(), digest, QDateTime::currentMSecsSinceEpoch());
    db.transaction();
    if (!write(file, id)) {
        db.rollback();
        return false;
    }
    m_writer.reset();
    return db.commit();
}
