#include "cli/reviewcommand.h"

#include "format/briefingloader.h"
#include "format/jsonsourcemap.h"
#include "review/translationreview.h"
#include "terms/termindex.h"

#include <QFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString passagePath(int passage)
{
    return JsonSourceMap::elementPath(u"passages"_s, passage);
}
} // namespace

int runReview(const QStringList &files, QTextStream &out, QTextStream &err)
{
    int exitCode = 0;
    for (const QString &file : files) {
        const LoadResult result = BriefingLoader::loadFile(file, {}, BriefingLoader::Digest::Skip);
        if (!result.briefing) {
            for (const Diagnostic &diagnostic : result.diagnostics) {
                if (diagnostic.isError())
                    err << diagnostic.toString() << '\n';
            }
            exitCode = 2;
            continue;
        }
        const Briefing &briefing = *result.briefing;
        const TermIndex terms(briefing);
        QList<ReviewFinding> findings = TranslationReview::run(briefing, terms);
        findings.removeIf([](const ReviewFinding &f) { return f.checked; });
        if (findings.isEmpty())
            continue;
        exitCode = std::max(exitCode, 1);

        // Positions only for the passages with findings: most have none.
        QSet<QString> wanted;
        for (const ReviewFinding &finding : std::as_const(findings))
            wanted.insert(passagePath(finding.passage));
        QFile source(file);
        const QByteArray json = source.open(QIODevice::ReadOnly) ? source.readAll() : QByteArray();
        const JsonSourceMap map(json, wanted);
        const LineIndex lines(json);
        for (const ReviewFinding &finding : std::as_const(findings)) {
            const qsizetype offset = map.locate(passagePath(finding.passage)).valueOffset;
            const LineIndex::Position where =
                offset >= 0 ? lines.position(offset) : LineIndex::Position{};
            out << file << ':' << where.line << ':' << where.column
                << ": warning: " << TranslationReview::kindKey(finding.kind) << ": passage \""
                << briefing.passages().at(finding.passage).id
                << "\": " << TranslationReview::englishMessage(finding, briefing) << '\n';
        }
    }
    out.flush();
    err.flush();
    return exitCode;
}
