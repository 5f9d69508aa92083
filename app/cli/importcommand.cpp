#include "cli/importcommand.h"

#include "format/briefingwriter.h"
#include "import/briefingimport.h"
#include "import/textimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace ImportCommand {

int run(const QStringList &inputs, const QString &output, const QStringList &languages,
        QTextStream &err)
{
    QStringList texts;
    for (const QString &input : inputs) {
        const TextImport::Decoded decoded = TextImport::readFile(input);
        if (decoded.unreadable) {
            err << QCoreApplication::translate("BriefingImport", "bilateral: cannot read %1: %2")
                       .arg(input, decoded.error)
                << '\n';
            return 2;
        }
        if (!decoded.ok()) {
            err << input << ": error: " << decoded.error << '\n';
            return 1;
        }
        texts.append(decoded.text);
    }
    const TextImport::LanguagePair pair = TextImport::assignLanguages(texts, languages);
    if (pair.first.trimmed().isEmpty() && pair.second.trimmed().isEmpty()) {
        err << QCoreApplication::translate("BriefingImport",
                                           "bilateral: the input holds no text to import")
            << '\n';
        return 1;
    }
    BriefingImport::Summary summary;
    const Briefing briefing =
        BriefingImport::fromTexts(pair.first, pair.second, pair.languages, QDate(), &summary);
    if (const QString error = BriefingWriter::save(briefing, output); !error.isEmpty()) {
        err << QCoreApplication::translate("BriefingImport", "bilateral: cannot write %1: %2")
                   .arg(QFileInfo(output).absoluteFilePath(), error)
            << '\n';
        return 2;
    }
    const auto languageName = [](const QString &tag) {
        return QLocale::languageToString(QLocale(tag).language());
    };
    err << QCoreApplication::translate(
               "BriefingImport",
               "bilateral: %1 (%2 and %3): %4 pairs, %5 passages in one language only, %6 pairs "
               "the aligner was unsure of (below %7%)")
               .arg(QFileInfo(output).fileName(), languageName(pair.languages[0]),
                    languageName(pair.languages[1]), QString::number(summary.pairs),
                    QString::number(summary.oneSided), QString::number(summary.lowConfidence),
                    QString::number(qRound(BriefingImport::lowConfidence * 100)))
        << '\n';
    if (!summary.headlineOnly.isEmpty()) {
        err << QCoreApplication::translate("BriefingImport",
                                           "bilateral: the %1 text holds no more than a headline; "
                                           "the passages have text in one language only")
                   .arg(languageName(summary.headlineOnly))
            << '\n';
    }
    return 0;
}

} // namespace ImportCommand
