#include "brief/brieftimelinerows.h"

#include <QTextBlockFormat>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr double rowScale = 0.85;

const BriefText::Source heading = QT_TRANSLATE_NOOP3(
    "Brief", "Over time", "heading: each side's positions on the issues at earlier meetings");
const BriefText::Source legend =
    QT_TRANSLATE_NOOP3("Brief", "Δ marks a change of position; this meeting is in bold.",
                       "after the Over time heading: how to read the rows");
const BriefText::Source earlierMeetings =
    QT_TRANSLATE_N_NOOP3("Brief", "… %n earlier",
                         "Over time rows: how many of the issue's meetings before those shown "
                         "are left out");
const BriefText::Source laterMeetings =
    QT_TRANSLATE_N_NOOP3("Brief", "%n later …",
                         "Over time rows: how many of the issue's meetings after those shown "
                         "are left out");
} // namespace

BriefTimelineRows::BriefTimelineRows(const Briefing &briefing,
                                     const QList<BriefTimeline> &timelines,
                                     const QStringList &preference)
{
    if (timelines.isEmpty())
        return;
    for (const Issue &issue : briefing.issues()) {
        const auto timeline =
            std::find_if(timelines.cbegin(), timelines.cend(), [&](const BriefTimeline &candidate) {
                return candidate.issueId == issue.id;
            });
        if (timeline == timelines.cend() || timeline->meetings.size() < 2)
            continue;
        // The newest meetings; an older briefing's own meeting starts the run instead.
        const int count = int(timeline->meetings.size());
        int first = std::max(0, count - maxMeetings);
        if (timeline->thisMeeting >= 0 && timeline->thisMeeting < first)
            first = timeline->thisMeeting;
        const int end = std::min(count, first + maxMeetings);
        IssueRows rows{issue.title.preferred(preference), first, count - end, {}};
        for (const BriefTimeline::Side &side : timeline->sides) {
            SideLine line;
            const int own = briefing.sideIndex(side.id);
            if (own >= 0) {
                line.name = briefing.sides().at(own).name.preferred(preference);
                line.color = briefing.sides().at(own).color;
            }
            if (line.name.isEmpty())
                line.name = side.name.preferred(preference);
            if (line.name.isEmpty())
                line.name = side.id;
            for (int m = first; m < end && m < side.stances.size(); ++m) {
                const BriefTimeline::Stance &stance = side.stances.at(m);
                if (!stance.present)
                    continue;
                line.entries.append({timeline->meetings.at(m).toString(u"yyyy-MM"_s),
                                     stance.position, stance.changed, m == timeline->thisMeeting});
            }
            if (!line.entries.isEmpty())
                rows.sides.append(line);
        }
        if (!rows.sides.isEmpty())
            m_issues.append(rows);
    }
}

QString BriefTimelineRows::entryText(const Entry &entry, const BriefText &text)
{
    // One entry is never broken across lines: the lines break between entries.
    QString result = (entry.changed ? u"Δ "_s : QString()) + entry.month + u' '
        + StancePositions::symbol(entry.position) + u' '
        + StancePositions::label(entry.position, text.translator());
    result.replace(u' ', QChar::Nbsp);
    return result;
}

QString BriefTimelineRows::titleText(const IssueRows &issue, const BriefText &text)
{
    QStringList cut;
    if (issue.earlier > 0)
        cut.append(text(earlierMeetings, issue.earlier));
    if (issue.later > 0)
        cut.append(text(laterMeetings, issue.later));
    return cut.isEmpty() ? QString() : u"  ("_s + cut.join(u"; "_s) + u')';
}

void BriefTimelineRows::add(QTextCursor &cursor, const BriefType &type, const BriefText &text) const
{
    if (m_issues.isEmpty())
        return;
    QTextBlockFormat block;
    block.setTopMargin(formatPixels(type.pointSize() * 0.5));
    cursor.insertBlock(block);
    cursor.insertText(text(heading), type.format(0.9, true));
    cursor.insertText(u"  "_s + text(legend), type.format(0.8, false, true));

    // Block indents, unlike tables' paddings, are taken in the layout's own units.
    const double indent = type.pointSize() * 2.0 * briefUnitsPerInch / 72.0;
    for (const IssueRows &issue : m_issues) {
        QTextBlockFormat title;
        title.setTopMargin(formatPixels(type.pointSize() * 0.15));
        cursor.insertBlock(title);
        cursor.insertText(issue.title, type.format(rowScale, true));
        if (const QString cut = titleText(issue, text); !cut.isEmpty())
            cursor.insertText(cut, type.format(0.8, false, true));
        for (const SideLine &side : issue.sides) {
            QTextBlockFormat line;
            line.setLeftMargin(indent);
            // A hanging indent: a wrapped line starts further in than the side's name.
            line.setTextIndent(-indent / 2);
            cursor.insertBlock(line);
            QTextCharFormat name = type.format(rowScale, true);
            if (side.color.isValid())
                name.setForeground(printableSideColor(side.color));
            cursor.insertText(side.name + u": "_s, name);
            for (qsizetype i = 0; i < side.entries.size(); ++i) {
                const Entry &entry = side.entries.at(i);
                if (i > 0)
                    cursor.insertText(u" · "_s, type.format(rowScale, false, true));
                cursor.insertText(entryText(entry, text), type.format(rowScale, entry.thisMeeting));
            }
        }
    }
}

QString BriefTimelineRows::plainText(const BriefText &text) const
{
    QStringList lines;
    if (m_issues.isEmpty())
        return {};
    lines.append(text(heading) + u"  "_s + text(legend));
    for (const IssueRows &issue : m_issues) {
        lines.append(issue.title + titleText(issue, text));
        for (const SideLine &side : issue.sides) {
            QStringList entries;
            for (const Entry &entry : side.entries)
                entries.append(entryText(entry, text));
            lines.append(side.name + u": "_s + entries.join(u" · "_s));
        }
    }
    return lines.join(u'\n');
}
