#pragma once

#include "model/briefing.h"
#include "model/localizedtext.h"
#include "model/stanceposition.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Where a piece of searchable text stands in a briefing.
enum class SegmentKind {
    Title = 0,
    Summary = 1,
    Passage = 2, // `ref` is the passage id
    IssueTitle = 3, // `ref` is the issue id
    StanceSummary = 4, // `ref` the issue id, `side` the side id
    Term = 5, // `ref` the term's id
};

struct IndexedSegment
{
    SegmentKind kind = SegmentKind::Passage;
    QString ref;
    QString side;
    QString language;
    int line = 0; // where the text's value starts in the file, 1-based
    int column = 0;
    QString text;
    // LibraryText::indexForm(text), made with the rest on a pool thread: the thread that
    // writes the index has enough to do.
    QString tokens;
};

struct IndexedStance
{
    QString issueId;
    QString side;
    StancePosition position = StancePosition::None;
    LocalizedText summary;
    QStringList evidence; // passage ids
};

struct IndexedIssue
{
    QString id;
    LocalizedText title;
};

struct IndexedSide
{
    QString id;
    LocalizedText name;
};

// What the library keeps of one .briefing file: its identity on disk, what its table row
// shows, and its text cut into searchable segments. Made on any thread from the file alone.
struct IndexedBriefing
{
    enum class State {
        Indexed, // a valid briefing, read in full
        Unchanged, // the same bytes as the index already has (only the time stamp moved)
        Invalid, // not a briefing; `problem` says why
        Pending, // invalid but changed moments ago: probably still being written
        Vanished, // gone, or unreadable, since the folder was listed
    };

    State state = State::Invalid;
    QString path;
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch
    QByteArray digest; // of the bytes, to tell a touched file from a changed one
    QString problem; // "LINE:COLUMN: message" for an invalid file

    QDate date;
    LocalizedText title;
    QString source;
    QList<IndexedSide> sides;
    int passageCount = 0;
    QList<IndexedIssue> issues;
    QList<IndexedStance> stances;
    QList<IndexedSegment> segments;

    // A file changed less than this long ago and invalid is retried, not reported: a
    // copy, a sync client or an editor may still be writing it.
    static constexpr qint64 settleMs = 5000;

    // Reads the file at `path`, listed with `size` and `modified`. When its digest equals
    // `knownDigest` nothing more is done (State::Unchanged). `now` decides Pending.
    static IndexedBriefing read(const QString &path, qint64 size, qint64 modified,
                                const QByteArray &knownDigest, qint64 now);
    // The same from a briefing in memory, for tests and the benchmark.
    static IndexedBriefing fromBriefing(const Briefing &briefing, QByteArrayView json);
};
