#include "cli/librarycommand.h"

#include "format/briefingloader.h"
#include "library/issuealiases.h"
#include "library/issuetimeline.h"
#include "library/libraryindex.h"
#include "library/librarytext.h"
#include "library/readoutcomparison.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// Brings the user's index up to date with `folder`; false (reported) when it cannot.
bool updateIndex(LibraryIndex &index, const QString &folder, QTextStream &err)
{
    if (!QFileInfo(folder).isDir()) {
        err << "bilateral: --library: \"" << folder << "\" is not a folder\n";
        return false;
    }
    const UpdateSummary summary = index.update({folder});
    if (!summary.error.isEmpty()) {
        err << "bilateral: the library's index (" << index.databasePath()
            << ") cannot be used: " << summary.error << '\n';
        return false;
    }
    for (const LibraryProblem &problem : summary.problems) {
        err << problem.path << ": warning: skipped: "
            << (problem.pending ? u"changed moments ago and not yet a valid briefing (being "
                                  "written?); it will be read again"_s
                                : problem.problem)
            << '\n';
    }
    return true;
}

// The file as the user named its folder: "lib/2020.briefing", not the resolved path.
QString shownPath(const QString &folder, const QString &path)
{
    const QString root = QFileInfo(folder).canonicalFilePath();
    return QDir::cleanPath(QDir(folder).filePath(QDir(root).relativeFilePath(path)));
}

QString whereInBriefing(const SearchHit &hit)
{
    switch (hit.kind) {
    case SegmentKind::Passage:
        return u"passage \"%1\""_s.arg(hit.ref);
    case SegmentKind::Title:
        return u"title"_s;
    case SegmentKind::Summary:
        return u"summary"_s;
    case SegmentKind::IssueTitle:
        return u"issue \"%1\""_s.arg(hit.ref);
    case SegmentKind::StanceSummary:
        return u"issue \"%1\" side \"%2\""_s.arg(hit.ref, hit.side);
    case SegmentKind::Term:
        return u"term \"%1\""_s.arg(hit.ref);
    }
    return {};
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}
} // namespace

namespace LibraryCommand {

int search(const QString &folder, const QString &query, QTextStream &out, QTextStream &err)
{
    LibraryIndex index;
    if (!updateIndex(index, folder, err))
        return 2;
    const LibraryText::Query parsed = LibraryText::parseQuery(query);
    if (parsed.isEmpty()) {
        err << "bilateral: --search: \"" << query << "\" has no words to search for\n";
        return 2;
    }
    const QList<SearchHit> hits = index.search({folder}, query, 1000);
    for (const SearchHit &hit : hits) {
        out << shownPath(folder, hit.path) << ':' << hit.line << ':' << hit.column << ": "
            << whereInBriefing(hit) << ": " << LibraryText::snippet(hit.text, parsed.words).text
            << '\n';
    }
    out.flush();
    return hits.isEmpty() ? 1 : 0;
}

int timeline(const QString &folder, const QString &issueId, QTextStream &out, QTextStream &err)
{
    LibraryIndex index;
    if (!updateIndex(index, folder, err))
        return 2;
    const QStringList ids = IssueAliases::load().idsMatching(issueId);
    const IssueTimeline timeline =
        IssueTimeline::fromRecords(issueId, index.stances({folder}, ids));
    out << "date\tfile\tside\tposition\tsummary\n";
    const QStringList english{u"en"_s};
    for (qsizetype m = 0; m < timeline.meetings.size(); ++m) {
        const IssueTimeline::Meeting &meeting = timeline.meetings.at(m);
        for (const IssueTimeline::Row &row : timeline.rows) {
            const IssueTimeline::Cell &cell = row.cells.at(m);
            if (!cell.present)
                continue;
            out << meeting.date.toString(Qt::ISODate) << '\t' << shownPath(folder, meeting.path)
                << '\t' << row.side << '\t' << StancePositions::key(cell.position) << '\t'
                << oneLine(cell.summary.preferred(english)) << '\n';
        }
    }
    out.flush();
    if (timeline.isEmpty()) {
        err << "bilateral: --timeline: no briefing in \"" << folder << "\" raises the issue \""
            << issueId << "\"\n";
        return 1;
    }
    return 0;
}

int compare(const QString &a, const QString &b, QTextStream &out, QTextStream &err)
{
    const LoadResult first = BriefingLoader::loadFile(a);
    const LoadResult second = BriefingLoader::loadFile(b);
    bool ok = true;
    for (const LoadResult *result : {&first, &second}) {
        for (const Diagnostic &diagnostic : result->diagnostics) {
            if (diagnostic.isError())
                err << diagnostic.toString() << '\n';
        }
        ok = ok && result->ok();
    }
    if (!ok)
        return 2;
    const IssueAliases aliases = IssueAliases::load();
    out << ReadoutComparison::compare(*first.briefing, *second.briefing, &aliases).toTsv();
    out.flush();
    return 0;
}

} // namespace LibraryCommand
