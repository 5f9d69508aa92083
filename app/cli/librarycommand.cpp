#include "cli/librarycommand.h"

#include "brief/briefoptions.h"
#include "brief/comparisonbrief.h"
#include "format/briefingloader.h"
#include "i18n/interfacelanguage.h"
#include "library/issuealiases.h"
#include "library/issuetimeline.h"
#include "library/libraryindex.h"
#include "library/librarytext.h"
#include "library/readoutcomparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
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

// The two files set against each other; their errors said on `err` when either cannot be
// read or is invalid.
std::optional<ReadoutComparison> compareFiles(const QString &a, const QString &b, QTextStream &err)
{
    const LoadResult first = BriefingLoader::loadFile(a, {}, BriefingLoader::Digest::Skip);
    const LoadResult second = BriefingLoader::loadFile(b, {}, BriefingLoader::Digest::Skip);
    bool ok = true;
    for (const LoadResult *result : {&first, &second}) {
        for (const Diagnostic &diagnostic : result->diagnostics) {
            if (diagnostic.isError())
                err << diagnostic.toString() << '\n';
        }
        ok = ok && result->ok();
    }
    err.flush();
    if (!ok)
        return std::nullopt;
    const IssueAliases aliases = IssueAliases::load();
    return ReadoutComparison::compare(*first.briefing, *second.briefing, &aliases);
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

int search(const QString &folder, const QString &query, QTextStream &out, QTextStream &err)
{
    const LibraryText::Query parsed = LibraryText::parseQuery(query);
    if (parsed.isEmpty()) {
        err << "bilateral: --search: \"" << query << "\" has no words to search for\n";
        return 2;
    }
    LibraryIndex index;
    if (!updateIndex(index, folder, err))
        return 2;
    const QList<SearchHit> hits = index.search({folder}, query, 1000);
    if (!index.errorString().isEmpty()) {
        err << "bilateral: --search: " << index.errorString() << '\n';
        return 2;
    }
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
    const std::optional<ReadoutComparison> comparison = compareFiles(a, b, err);
    if (!comparison)
        return 2;
    out << comparison->toTsv();
    out.flush();
    return 0;
}

int comparePdf(const QString &a, const QString &b, const QString &out, const QString &language,
               const QString &pageSize, QTextStream &err)
{
    // --compare leaves the interface language alone: without --lang, the system's.
    const QString brief = language.isEmpty() ? InterfaceLanguage::systemLanguage() : language;
    if (!InterfaceLanguage::supported().contains(brief)) {
        err << QCoreApplication::translate("main",
                                           "bilateral: --lang expects one of %1, found \"%2\"")
                   .arg(InterfaceLanguage::supported().join(u", "), brief)
            << '\n';
        err.flush();
        return 2;
    }
    // Paper follows where the reader is, as for the brief, unless --page-size says.
    QPageSize paper = BriefOptions::defaultPageSize(QLocale::system());
    if (!pageSize.isEmpty()) {
        paper = BriefOptions::pageSizeFromName(pageSize);
        if (!paper.isValid()) {
            err << QCoreApplication::translate(
                       "main", "bilateral: --page-size expects A4 or Letter, found \"%1\"")
                       .arg(pageSize)
                << '\n';
            err.flush();
            return 2;
        }
    }
    const std::optional<ReadoutComparison> comparison = compareFiles(a, b, err);
    if (!comparison)
        return 2;
    const ComparisonBriefOptions options = ComparisonBriefOptions::forLanguage(brief, paper, a, b);
    const QString error = ComparisonBrief::writePdf(*comparison, out, options);
    if (error.isEmpty())
        return 0;
    err << QCoreApplication::translate("main", "bilateral: cannot write %1: %2")
               .arg(QFileInfo(out).absoluteFilePath(), error)
        << '\n';
    err.flush();
    return 2;
}

} // namespace LibraryCommand
