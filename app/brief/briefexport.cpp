#include "brief/briefexport.h"

#include "format/briefingloader.h"
#include "format/samplebriefing.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace BriefExport {

QPageSize defaultPageSize(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
}

QPageSize pageSizeFromName(const QString &name)
{
    if (name.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return {};
}

const QTranslator *translatorFor(const QString &language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    if (const auto it = cache.constFind(language); it != cache.constEnd())
        return it->get();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(u"bilateral_"_s + language, u":/i18n"_s))
        translator.reset();
    cache.insert(language, translator);
    return translator.get();
}

QStringList languagesFor(const Briefing &briefing, const QString &interfaceLanguage)
{
    QStringList languages{interfaceLanguage};
    for (const QString &language : briefing.languages()) {
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

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

BriefOptions options(const QString &language, const QPageSize &pageSize, int issue,
                     const QString &sourceDigest)
{
    BriefOptions options;
    options.language = language;
    options.translator = translatorFor(language);
    options.pageSize = pageSize;
    options.issue = issue;
    options.sourceDigest = sourceDigest;
    options.version = QCoreApplication::applicationVersion();
    return options;
}

int exportFromCommandLine(const QString &outputPath, const QString &briefingPath,
                          const QString &language, const QString &pageSizeName,
                          const QString &issueId, QTextStream &err)
{
    const QString path = briefingPath.isEmpty() ? SampleBriefing::resourcePath() : briefingPath;
    const LoadResult result = BriefingLoader::loadFile(path);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << diagnostic.toString() << '\n';
    if (!result.ok()) {
        err.flush();
        return result.status == LoadResult::Status::Unreadable ? 2 : 1;
    }
    const Briefing &briefing = *result.briefing;
    int issue = -1;
    if (!issueId.isEmpty()) {
        issue = briefing.issueIndex(issueId);
        if (issue < 0) {
            err << BriefExport::unknownIssueMessage(briefing, issueId) << '\n';
            err.flush();
            return 1;
        }
    }
    // Paper follows where the reader is, not the brief's language.
    QPageSize pageSize = defaultPageSize(QLocale::system());
    if (!pageSizeName.isEmpty())
        pageSize = pageSizeFromName(pageSizeName);
    const BriefOptions brief = options(language, pageSize, issue, result.sha256);
    const BriefLayout layout = composeBrief(briefing, brief);
    if (const QString error = writeBriefPdf(layout, brief, briefing, outputPath);
        !error.isEmpty()) {
        err << QCoreApplication::translate("main", "bilateral: cannot write %1: %2")
                   .arg(QFileInfo(outputPath).absoluteFilePath(), error)
            << '\n';
        err.flush();
        return 2;
    }
    return 0;
}

} // namespace BriefExport
