#pragma once

#include "library/indexedbriefing.h"
#include "model/localizedtext.h"
#include "model/stanceposition.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class LibraryWriter;

// One briefing as the library's table lists it.
struct LibraryEntry
{
    QString path;
    QDate date;
    LocalizedText title;
    QList<IndexedSide> sides;
    int issueCount = 0;
    int passageCount = 0;
    QString source;
};

// A file in a library folder that is not (yet) a briefing.
struct LibraryProblem
{
    QString path;
    QString problem;
    bool pending = false; // changed moments ago: it will be read again
};

struct LibraryFilter
{
    QDate from; // null: no bound
    QDate to;
    QString side; // a side id, or empty
    QStringList issues; // the ids that count as the issue (IssueAliases::idsMatching), or none
    std::optional<StancePosition> position; // some side takes it on `issue` (or any issue)
};

struct SearchHit
{
    QString path;
    QDate date;
    LocalizedText title;
    SegmentKind kind = SegmentKind::Passage;
    QString ref; // passage, issue or term id
    QString side;
    QString language;
    int line = 0;
    int column = 0;
    QString text; // the whole segment
    double score = 0; // lower is better (SQLite's bm25)
};

struct UpdateSummary
{
    int listed = 0; // .briefing files found
    int indexed = 0; // read and (re)indexed
    int unchanged = 0;
    int removed = 0; // gone from the folders
    QList<LibraryProblem> problems; // invalid or pending, as of this run
    bool rebuilt = false; // the index was missing, damaged or from another version
    QString error; // the index could not be written at all
};

// The library's index: a SQLite database under the user's cache location, never inside
// the (perhaps shared) library folders, which stay the source of truth. It can always be
// deleted; update() rebuilds it from the files. One object per thread: each opens its
// own connection, and SQLite's write-ahead log lets the window search while a worker
// thread indexes.
class LibraryIndex final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryIndex)

public:
    // The schema this build writes; an index of any other version is rebuilt.
    static constexpr int schemaVersion = 1;

    // `databasePath` empty: defaultPath().
    explicit LibraryIndex(const QString &databasePath = {});
    ~LibraryIndex();
    LibraryIndex(const LibraryIndex &) = delete;
    LibraryIndex &operator=(const LibraryIndex &) = delete;

    static QString defaultPath();
    // The user's default library folder: "Bilateral" in their documents.
    static QString defaultFolder();

    // Opens (creating or rebuilding as needed); false with errorString() when the
    // database cannot be written at all.
    bool open();
    bool isOpen() const;
    bool wasRebuilt() const { return m_rebuilt; }
    QString errorString() const { return m_error; }
    QString databasePath() const { return m_path; }

    // Brings the index up to date with the .briefing files under `folders` (recursively):
    // new and changed files are read, unchanged ones skipped by size and time stamp (and
    // by digest when only the time stamp moved), vanished ones dropped. Files are read on
    // the global thread pool; `progress` is called with (done, total); `cancel` stops
    // between files.
    using Progress = std::function<void(int done, int total)>;
    UpdateSummary update(const QStringList &folders, const Progress &progress = {},
                         const std::atomic_bool *cancel = nullptr);
    // Indexes (or re-indexes) one file, for tests and for a file saved from the window.
    bool updateFile(const QString &path);

    QList<LibraryEntry> entries(const QStringList &folders, const LibraryFilter &filter = {});
    QList<LibraryProblem> problems(const QStringList &folders);
    // Ranked hits for `query` (LibraryText::parseQuery), best first; for a query that
    // matches more than 5,000 passages and texts, unranked, the most recently indexed first
    // (lastSearchWasRanked() is then false).
    QList<SearchHit> search(const QStringList &folders, const QString &query, int limit = 200);
    bool lastSearchWasRanked() const { return m_lastSearchRanked; }

    // Every side that some briefing in the library has, each id once.
    QList<IndexedSide> sides(const QStringList &folders);
    // Every issue in the library: id → its title (from the newest briefing that has it).
    QList<std::pair<QString, LocalizedText>> issues(const QStringList &folders);

    // The stances on an issue (any of `issueIds`: the id and its aliases), one entry per
    // briefing and side, by date.
    struct StanceRecord
    {
        QString path;
        QDate date;
        LocalizedText briefingTitle;
        QString issueId;
        LocalizedText issueTitle;
        QString side;
        LocalizedText sideName;
        StancePosition position = StancePosition::None;
        LocalizedText summary;
    };
    QList<StanceRecord> stances(const QStringList &folders, const QStringList &issueIds);

private:
    bool openConnection();
    bool createSchema();
    void closeConnection();
    bool write(const IndexedBriefing &file, qint64 knownId);
    bool dropContent(qint64 fileId);

    QString m_path;
    std::unique_ptr<LibraryWriter> m_writer;
    QString m_connection;
    QString m_error;
    bool m_rebuilt = false;
    bool m_lastSearchRanked = true;
};
