#include "brief/brieftimeline.h"

#include "library/issuetimeline.h"
#include "model/briefing.h"

#include <optional>

QList<BriefTimeline> BriefTimeline::fromIssueTimelines(const QList<IssueTimeline> &timelines,
                                                       const Briefing &briefing)
{
    QList<BriefTimeline> result;
    for (const IssueTimeline &timeline : timelines) {
        BriefTimeline brief;
        brief.issueId = timeline.issueId;
        QList<qsizetype> kept; // the timeline's meetings that have a date
        for (qsizetype m = 0; m < timeline.meetings.size(); ++m) {
            const IssueTimeline::Meeting &meeting = timeline.meetings.at(m);
            if (!meeting.date.isValid())
                continue;
            if (brief.thisMeeting < 0 && meeting.date == briefing.date()
                && meeting.title == briefing.title())
                brief.thisMeeting = int(brief.meetings.size());
            brief.meetings.append(meeting.date);
            kept.append(m);
        }
        if (brief.meetings.size() < 2)
            continue;
        // The briefing's own sides first, in its order; then any other side the library has.
        QList<const IssueTimeline::Row *> rows;
        for (const ::Side &side : briefing.sides()) {
            for (const IssueTimeline::Row &row : timeline.rows) {
                if (row.side == side.id)
                    rows.append(&row);
            }
        }
        for (const IssueTimeline::Row &row : timeline.rows) {
            if (!rows.contains(&row))
                rows.append(&row);
        }
        for (const IssueTimeline::Row *row : std::as_const(rows)) {
            Side side{row->side, row->name, {}};
            bool spoke = false;
            std::optional<StancePosition> previous;
            for (qsizetype m : std::as_const(kept)) {
                const IssueTimeline::Cell cell = row->cells.value(m);
                Stance stance{cell.present, cell.position, false};
                if (cell.present && cell.position != StancePosition::None) {
                    stance.changed = previous && *previous != cell.position;
                    previous = cell.position;
                }
                spoke = spoke || cell.present;
                side.stances.append(stance);
            }
            if (spoke)
                brief.sides.append(side);
        }
        result.append(brief);
    }
    return result;
}
