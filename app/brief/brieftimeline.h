#pragma once

#include "model/localizedtext.h"
#include "model/stanceposition.h"

#include <QDate>
#include <QList>
#include <QString>

class Briefing;
struct IssueTimeline;

// One issue of a briefing followed across the user's library, for the brief's "Over time"
// rows: the meetings that raised it, by date, and each side's position at each. A plain
// value, so that whoever prints the brief can be handed it without knowing the library.
struct BriefTimeline
{
    struct Stance
    {
        bool present = false; // the side took a stance on the issue at this meeting
        StancePosition position = StancePosition::None;
        // The position differs from the side's previous stated position on the issue
        // ("no stated position" neither changes nor counts as a previous one).
        bool changed = false;
    };
    struct Side
    {
        QString id;
        LocalizedText name;
        QList<Stance> stances; // one per meeting
    };

    QString issueId; // as the briefing names it
    QList<QDate> meetings; // by date
    int thisMeeting = -1; // the briefing's own meeting, or -1
    QList<Side> sides; // the briefing's sides first, in its order

    // The library's timelines of `briefing`'s issues (IssueTimeline::forBriefing) as the
    // brief shows them: undated meetings left out; the meeting with the briefing's date and
    // title is its own. Timelines of fewer than two meetings are dropped.
    static QList<BriefTimeline> fromIssueTimelines(const QList<IssueTimeline> &timelines,
                                                   const Briefing &briefing);
};
