#include "cli/exportcommand.h"

#include "brief/briefcomposer.h"
#include "brief/briefrenderer.h"
#include "cli/librarycommand.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "format/tmxwriter.h"
#include "library/issuealiases.h"
#include "library/issuetimeline.h"
#include "library/libraryindex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace ExportCommand {

QString unknownIssueMessage(const Briefing &briefing, const QString &issueId)
{
    QStringList ids;
    for (const Issue &candidate : briefing.issues())
        ids.append(candidate.id);
    return QCoreApplication::translate(
               "main", "bilateral: unknown issue \"%1\"; the briefing's issues are: %2")
        .arg(issueId,
             ids.isEmpty() ? QCoreApplication::translate("main", "(none)") : ids.join(u", "));
}

namespace {
// FILE, or the sample without one; its diagnostics printed to `err`.
LoadResult loadForExport(const QString &briefingPath, QTextStream &err)
{
    const QString path = briefingPath.isEmpty() ? SampleBriefing::resourcePath() : briefingPath;
    LoadResult result = BriefingLoader::loadFile(path);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << diagnostic.toString() << '\n';
    err.flush();
    return result;
}
// The exit code of writing `outputPath`: 0, or 2 with `error` said on `err`.
int written(const QString &error, const QString &outputPath, QTextStream &err)
{
    if (error.isEmpty())
        return 0;
    err << QCoreApplication::translate("main", "bilateral: cannot write %1: %2")
               .arg(QFileInfo(outputPath).absoluteFilePath(), error)
        << '\n';
    err.flush();
    return 2;
}
} // namespace

int run(const QString &outputPath, const QString &briefingPath, const QString &language,
        const QString &pageSizeName, const QString &issueId, const QString &libraryFolder,
        QTextStream &err)
{
    const LoadResult result = loadForExport(briefingPath, err);
    if (!result.ok())
        return result.status == LoadResult::Status::Unreadable ? 2 : 1;
    const Briefing &briefing = *result.briefing;
    int issue = -1;
    if (!issueId.isEmpty()) {
        issue = briefing.issueIndex(issueId);
        if (issue < 0) {
            err << unknownIssueMessage(briefing, issueId) << '\n';
            err.flush();
            return 1;
        }
    }
    // Paper follows where the reader is, not the brief's language.
    QPageSize pageSize = BriefOptions::defaultPageSize(QLocale::system());
    if (!pageSizeName.isEmpty())
        pageSize = BriefOptions::pageSizeFromName(pageSizeName);
    BriefOptions options = BriefOptions::forLanguage(language, pageSize, issue, result.sha256);
    if (!libraryFolder.isEmpty()) {
        LibraryIndex index;
        if (!LibraryCommand::updateIndex(index, libraryFolder, err)) {
            err.flush();
            return 2;
        }
        options.timelines = BriefTimeline::fromIssueTimelines(
            IssueTimeline::forBriefing(index, {libraryFolder}, briefing, IssueAliases::load(),
                                       briefingPath),
            briefing);
    }
    const BriefLayout layout = composeBrief(briefing, options);
    return written(writeBriefPdf(layout, options, briefing, outputPath), outputPath, err);
}

int runTmx(const QString &outputPath, const QString &briefingPath, QTextStream &err)
{
    const LoadResult result = loadForExport(briefingPath, err);
    if (!result.ok())
        return result.status == LoadResult::Status::Unreadable ? 2 : 1;
    return written(
        TmxWriter::save(*result.briefing, outputPath, QCoreApplication::applicationVersion()),
        outputPath, err);
}

} // namespace ExportCommand
