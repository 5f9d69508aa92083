#pragma once

#include "brief/briefstyle.h"
#include "brief/brieftimeline.h"
#include "model/briefing.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QTextCursor;

// The brief's "Over time" rows under the Wording row: for each issue of the briefing that
// other dated briefings of the library raise too, a line per side with its position at each
// meeting, by month ("South Korea: 2019-07 ! Demands · Δ 2021-06 → Proposes · …"). A change
// of position is marked "Δ", the briefing's own meeting is set in bold: symbols and words,
// never colour alone.
class BriefTimelineRows
{
public:
    BriefTimelineRows(const Briefing &briefing, const QList<BriefTimeline> &timelines,
                      const QStringList &preference);

    bool isEmpty() const { return m_issues.isEmpty(); }
    void add(QTextCursor &cursor, const BriefType &type, const BriefText &text) const;
    // The rows as plain text, a line each, as the page shows them (for tests).
    QString plainText(const BriefText &text) const;

    // At most this many meetings per issue, the newest (and always the briefing's own).
    static constexpr int maxMeetings = 6;

private:
    struct Entry
    {
        QString month; // "2019-07"
        StancePosition position = StancePosition::None;
        bool changed = false;
        bool thisMeeting = false;
    };
    struct SideLine
    {
        QString name;
        QColor color;
        QList<Entry> entries;
    };
    struct IssueRows
    {
        QString title;
        int earlier = 0; // meetings left out before the ones shown
        int later = 0; // and after them
        QList<SideLine> sides;
    };
    static QString entryText(const Entry &entry, const BriefText &text);
    static QString titleText(const IssueRows &issue, const BriefText &text);

    QList<IssueRows> m_issues;
};
