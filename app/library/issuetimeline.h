#pragma once

#include "library/libraryindex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Briefing;
class IssueAliases;

// One issue followed across the library: a column per briefing that raises it, by date,
// a row per side, each cell that side's stance at that meeting.
struct IssueTimeline
{
    struct Meeting
    {
        QString path;
        QDate date;
        LocalizedText title;
        QString issueId; // as that briefing names it (perhaps an alias)
        LocalizedText issueTitle;
    };
    struct Cell
    {
        bool present = false; // the side took a stance on the issue at this meeting
        StancePosition position = StancePosition::None;
        LocalizedText summary;
        // The position differs from this side's previous stance on the issue.
        bool changed = false;
    };
    struct Row
    {
        QString side;
        LocalizedText name;
        QList<Cell> cells; // one per meeting
    };

    QString issueId;
    LocalizedText title; // from the newest meeting
    QList<Meeting> meetings;
    QList<Row> rows;

    bool isEmpty() const { return meetings.isEmpty(); }

    // From the index's records (sorted by date), as LibraryIndex::stances gives them.
    static IssueTimeline fromRecords(const QString &issueId,
                                     const QList<LibraryIndex::StanceRecord> &records);

    // For each issue of `briefing`, in its order, the issue across the library under
    // `folders` (by its id and the ids `aliases` give it), as the index has it now; the
    // briefing's own meeting from `briefing` itself, which may be newer than its file or in
    // no library at all. `briefingPath` is its file, if any: the index's record of that
    // file, and of any copy of it (the same date and title), is left out. Issues raised at
    // fewer than two meetings are left out.
    static QList<IssueTimeline> forBriefing(LibraryIndex &index, const QStringList &folders,
                                            const Briefing &briefing, const IssueAliases &aliases,
                                            const QString &briefingPath = {});

    // A table for spreadsheets: one line per meeting, a column per side with its
    // position, its summary and whether it changed. Texts in the first of `languages`
    // that a text has.
    QString toCsv(const QStringList &languages) const;
};
