#include "library/issuetimeline.h"

#include "library/issuealiases.h"
#include "model/briefing.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

IssueTimeline IssueTimeline::fromRecords(const QString &issueId,
                                         const QList<LibraryIndex::StanceRecord> &records)
{
    IssueTimeline timeline;
    timeline.issueId = issueId;
    QHash<QString, int> meetingOf; // path → column
    QHash<QString, int> rowOf; // side → row
    for (const LibraryIndex::StanceRecord &record : records) {
        auto meeting = meetingOf.constFind(record.path);
        if (meeting == meetingOf.cend()) {
            meeting = meetingOf.insert(record.path, int(timeline.meetings.size()));
            timeline.meetings.append({record.path, record.date, record.briefingTitle,
                                      record.issueId, record.issueTitle});
            for (Row &row : timeline.rows)
                row.cells.append(Cell{});
            timeline.title = record.issueTitle;
        }
        if (record.side.isEmpty())
            continue; // raised, but no side's stance recorded
        auto row = rowOf.constFind(record.side);
        if (row == rowOf.cend()) {
            row = rowOf.insert(record.side, int(timeline.rows.size()));
            timeline.rows.append(
                {record.side, record.sideName, QList<Cell>(timeline.meetings.size(), Cell{})});
        }
        Cell &cell = timeline.rows[*row].cells[*meeting];
        cell.present = true;
        cell.position = record.position;
        cell.summary = record.summary;
    }
    for (Row &row : timeline.rows) {
        const Cell *previous = nullptr;
        for (Cell &cell : row.cells) {
            if (!cell.present)
                continue;
            cell.changed = previous && previous->position != cell.position;
            previous = &cell;
        }
    }
    return timeline;
}

namespace {
// The briefing's own stances on `issue`, as the index would list them for its file.
QList<LibraryIndex::StanceRecord> ownRecords(const Briefing &briefing, const Issue &issue,
                                             const QString &path)
{
    LibraryIndex::StanceRecord raised;
    raised.path = path;
    raised.date = briefing.date();
    raised.briefingTitle = briefing.title();
    raised.issueId = issue.id;
    raised.issueTitle = issue.title;
    QList<LibraryIndex::StanceRecord> records;
    for (const Stance &stance : issue.stances) {
        if (stance.side < 0 || stance.side >= briefing.sides().size())
            continue;
        LibraryIndex::StanceRecord record = raised;
        record.side = briefing.sides().at(stance.side).id;
        record.sideName = briefing.sides().at(stance.side).name;
        record.position = stance.position;
        record.summary = stance.summary;
        records.append(record);
    }
    if (records.isEmpty())
        records.append(raised); // raised, but no side's stance recorded
    return records;
}
} // namespace

QList<IssueTimeline> IssueTimeline::forBriefing(LibraryIndex &index, const QStringList &folders,
                                                const Briefing &briefing,
                                                const IssueAliases &aliases,
                                                const QString &briefingPath)
{
    // The index keeps files by their canonical paths.
    QString path;
    if (!briefingPath.isEmpty()) {
        const QFileInfo info(briefingPath);
        path = info.canonicalFilePath();
        if (path.isEmpty())
            path = info.absoluteFilePath();
    }
    const auto isThisBriefing = [&](const LibraryIndex::StanceRecord &record) {
        return (!path.isEmpty() && record.path == path)
            || (record.date == briefing.date() && record.briefingTitle == briefing.title());
    };
    QList<IssueTimeline> timelines;
    for (const Issue &issue : briefing.issues()) {
        QList<LibraryIndex::StanceRecord> records =
            index.stances(folders, aliases.idsMatching(issue.id));
        records.removeIf(isThisBriefing);
        if (briefing.date().isValid()) {
            // In the index's order: by date, then by path.
            const auto after = std::find_if(
                records.cbegin(), records.cend(), [&](const LibraryIndex::StanceRecord &record) {
                    return record.date > briefing.date()
                        || (record.date == briefing.date() && record.path > path);
                });
            const qsizetype at = after - records.cbegin();
            records = records.first(at) + ownRecords(briefing, issue, path) + records.sliced(at);
        }
        IssueTimeline timeline = fromRecords(issue.id, records);
        if (timeline.meetings.size() >= 2)
            timelines.append(timeline);
    }
    return timelines;
}

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}
} // namespace

QString IssueTimeline::toCsv(const QStringList &languages) const
{
    QStringList header{u"date"_s, u"briefing"_s, u"file"_s};
    for (const Row &row : rows) {
        const QString side = row.name.preferred(languages);
        header << side << side + u" summary"_s << side + u" changed"_s;
    }
    QString csv = header.join(u',') + u"\r\n"_s; // RFC 4180 line ends
    for (qsizetype m = 0; m < meetings.size(); ++m) {
        const Meeting &meeting = meetings.at(m);
        QStringList fields{meeting.date.toString(Qt::ISODate), meeting.title.preferred(languages),
                           meeting.path};
        for (const Row &row : rows) {
            const Cell &cell = row.cells.at(m);
            fields << (cell.present ? StancePositions::key(cell.position) : QString())
                   << cell.summary.preferred(languages) << (cell.changed ? u"yes"_s : QString());
        }
        for (QString &field : fields)
            field = csvField(field);
        csv += fields.join(u',') + u"\r\n"_s;
    }
    return csv;
}
