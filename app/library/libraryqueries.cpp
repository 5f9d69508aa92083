// LibraryIndex: what the window and the command line ask of the index.
#include "library/libraryindex.h"

#include "library/librarysql.h"
#include "library/librarytext.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

QList<LibraryEntry> LibraryIndex::entries(const QStringList &folders, const LibraryFilter &filter)
{
    QList<LibraryEntry> result;
    if (!open())
        return result;
    const LibrarySql::Clause under = LibrarySql::underFolders(u"f.path"_s, folders);
    QString sql = u"SELECT f.path, f.date, f.title, f.sides, f.issues, f.passages, f.source"
                  " FROM files f WHERE f.state = 0 AND "_s
        + under.sql;
    QVariantList values = under.values;
    if (filter.from.isValid()) {
        sql += u" AND f.date >= ?"_s;
        values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql += u" AND f.date <= ?"_s;
        values.append(filter.to.toString(Qt::ISODate));
    }
    if (!filter.side.isEmpty()) {
        sql += u" AND EXISTS (SELECT 1 FROM stances s WHERE s.file = f.id AND s.side = ?)"_s;
        values.append(filter.side);
    }
    if (!filter.issues.isEmpty()) {
        const LibrarySql::Clause ids = LibrarySql::oneOf(u"i.id"_s, filter.issues);
        sql += u" AND EXISTS (SELECT 1 FROM issues i WHERE i.file = f.id AND "_s + ids.sql + u')';
        values += ids.values;
    }
    if (filter.position) {
        // Some side (the chosen one, if any) takes the position on the chosen issue, or on
        // any issue when none is chosen.
        sql += u" AND EXISTS (SELECT 1 FROM stances s WHERE s.file = f.id AND s.position = ?"_s;
        values.append(StancePositions::key(*filter.position));
        if (!filter.issues.isEmpty()) {
            const LibrarySql::Clause ids = LibrarySql::oneOf(u"s.issue"_s, filter.issues);
            sql += u" AND "_s + ids.sql;
            values += ids.values;
        }
        if (!filter.side.isEmpty()) {
            sql += u" AND s.side = ?"_s;
            values.append(filter.side);
        }
        sql += u')';
    }
    sql += u" ORDER BY f.date DESC, f.path"_s;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!LibrarySql::run(query, sql, values, &m_error))
        return result;
    QHash<QString, QList<IndexedSide>> decodedSides;
    while (query.next()) {
        LibraryEntry entry;
        entry.path = query.value(0).toString();
        entry.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        entry.title = LibrarySql::decodeText(query.value(2).toString());
        // Most briefings of a library share their sides: decode each list once.
        const QString sides = query.value(3).toString();
        auto known = decodedSides.constFind(sides);
        if (known == decodedSides.cend())
            known = decodedSides.insert(sides, LibrarySql::decodeSides(sides));
        entry.sides = *known;
        entry.issueCount = query.value(4).toInt();
        entry.passageCount = query.value(5).toInt();
        entry.source = query.value(6).toString();
        result.append(entry);
    }
    return result;
}

QList<LibraryProblem> LibraryIndex::problems(const QStringList &folders)
{
    QList<LibraryProblem> result;
    if (!open())
        return result;
    const LibrarySql::Clause under = LibrarySql::underFolders(u"path"_s, folders);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!LibrarySql::run(query,
                         u"SELECT path, problem, state FROM files WHERE state IN (%1, %2) AND "_s
                                 .arg(int(IndexedBriefing::State::Invalid))
                                 .arg(int(IndexedBriefing::State::Pending))
                             + under.sql + u" ORDER BY path"_s,
                         under.values, &m_error))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toInt() == int(IndexedBriefing::State::Pending)});
    }
    return result;
}

QList<SearchHit> LibraryIndex::search(const QStringList &folders, const QString &text, int limit)
{
    QList<SearchHit> hits;
    const LibraryText::Query query = LibraryText::parseQuery(text);
    if (query.isEmpty() || !open())
        return hits;
    m_error.clear();
    const LibrarySql::Clause under = LibrarySql::underFolders(u"f.path"_s, folders);
    QSqlQuery sql(QSqlDatabase::database(m_connection));
    // bm25() scores every matching row before the best can be chosen: for a word in most
    // passages ("the", "일본") that is hundreds of thousands of rows. Count up to a bound
    // first (cheap: the row ids only); above it, list the last indexed matches unranked, which
    // FTS5 reads in rowid order and stops at the limit.
    constexpr int rankedAtMost = 5000;
    auto tooCommon = [&](const QString &match) {
        return LibrarySql::run(sql,
                               u"SELECT count(*) FROM (SELECT 1 FROM search WHERE search"
                               " MATCH ? LIMIT %1)"_s.arg(rankedAtMost + 1),
                               {match}, &m_error)
            && sql.next() && sql.value(0).toInt() > rankedAtMost;
    };
    // A word that is common on its own ("the", "and") is searched as that word: as a
    // prefix it would also merge every longer word it begins, for nothing.
    QString match = query.match;
    if (match != query.exactMatch && tooCommon(query.exactMatch))
        match = query.exactMatch;
    m_lastSearchRanked = !tooCommon(match);
    if (!m_error.isEmpty())
        return hits;
    const QString order =
        m_lastSearchRanked ? u"bm25(search), f.date DESC"_s : u"search.rowid DESC"_s;
    const bool ok = LibrarySql::run(
        sql,
        u"SELECT f.path, f.date, f.title, s.kind, s.ref, s.side, s.language, s.line, s.col,"
        " s.text, bm25(search) FROM search JOIN segments s ON s.id = search.rowid"
        " JOIN files f ON f.id = s.file WHERE search MATCH ? AND "_s
            + under.sql + u" ORDER BY "_s + order + u" LIMIT ?"_s,
        QVariantList{match} + under.values + QVariantList{limit}, &m_error);
    if (!ok)
        return hits;
    while (sql.next()) {
        SearchHit hit;
        hit.path = sql.value(0).toString();
        hit.date = QDate::fromString(sql.value(1).toString(), Qt::ISODate);
        hit.title = LibrarySql::decodeText(sql.value(2).toString());
        hit.kind = SegmentKind(sql.value(3).toInt());
        hit.ref = sql.value(4).toString();
        hit.side = sql.value(5).toString();
        hit.language = sql.value(6).toString();
        hit.line = sql.value(7).toInt();
        hit.column = sql.value(8).toInt();
        hit.text = sql.value(9).toString();
        hit.score = sql.value(10).toDouble();
        hits.append(hit);
    }
    return hits;
}

QList<IndexedSide> LibraryIndex::sides(const QStringList &folders)
{
    QList<IndexedSide> result;
    if (!open())
        return result;
    const LibrarySql::Clause under = LibrarySql::underFolders(u"path"_s, folders);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // Most briefings of a library share their sides: few distinct lists to decode.
    if (!LibrarySql::run(query,
                         u"SELECT DISTINCT sides FROM files WHERE state = 0 AND "_s + under.sql,
                         under.values, &m_error))
        return result;
    QSet<QString> seen;
    while (query.next()) {
        for (const IndexedSide &side : LibrarySql::decodeSides(query.value(0).toString())) {
            if (!seen.contains(side.id)) {
                seen.insert(side.id);
                result.append(side);
            }
        }
    }
    return result;
}

QList<std::pair<QString, LocalizedText>> LibraryIndex::issues(const QStringList &folders)
{
    QList<std::pair<QString, LocalizedText>> result;
    if (!open())
        return result;
    const LibrarySql::Clause under = LibrarySql::underFolders(u"f.path"_s, folders);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // The newest briefing's title for each id.
    if (!LibrarySql::run(query,
                         u"SELECT i.id, i.title, max(f.date) FROM issues i JOIN files f"
                         " ON f.id = i.file WHERE "_s
                             + under.sql + u" GROUP BY i.id ORDER BY i.id"_s,
                         under.values, &m_error))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toString(), LibrarySql::decodeText(query.value(1).toString())});
    return result;
}

QList<LibraryIndex::StanceRecord> LibraryIndex::stances(const QStringList &folders,
                                                        const QStringList &issueIds)
{
    QList<StanceRecord> result;
    if (issueIds.isEmpty() || !open())
        return result;
    const LibrarySql::Clause under = LibrarySql::underFolders(u"f.path"_s, folders);
    const LibrarySql::Clause ids = LibrarySql::oneOf(u"i.id"_s, issueIds);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // Every briefing that raises the issue, with or without stances on it (LEFT JOIN):
    // a meeting at which a side said nothing is a column too.
    if (!LibrarySql::run(query,
                         u"SELECT f.path, f.date, f.title, f.sides, i.id, i.title, s.side,"
                         " s.position, s.summary FROM issues i JOIN files f ON f.id = i.file"
                         " LEFT JOIN stances s ON s.file = i.file AND s.issue = i.id WHERE "_s
                             + ids.sql + u" AND "_s + under.sql
                             + u" ORDER BY f.date, f.path, s.rowid"_s,
                         ids.values + under.values, &m_error))
        return result;
    while (query.next()) {
        StanceRecord record;
        record.path = query.value(0).toString();
        record.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        record.briefingTitle = LibrarySql::decodeText(query.value(2).toString());
        record.issueId = query.value(4).toString();
        record.issueTitle = LibrarySql::decodeText(query.value(5).toString());
        record.side = query.value(6).toString();
        for (const IndexedSide &side : LibrarySql::decodeSides(query.value(3).toString())) {
            if (side.id == record.side)
                record.sideName = side.name;
        }
        record.position =
            StancePositions::fromKey(query.value(7).toString()).value_or(StancePosition::None);
        record.summary = LibrarySql::decodeText(query.value(8).toString());
        result.append(record);
    }
    return result;
}
