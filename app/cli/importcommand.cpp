#include "cli/importcommand.h"

#include "format/briefingwriter.h"
#include "import/briefingimport.h"
#include "import/textimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace ImportCommand {

int run(const QStringList &inputs, const QString &output, QTextStream &err)
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
    const TextImport::ScriptSplit languages = TextImport::assignLanguages(texts);
    if (languages.korean.trimmed().isEmpty() && languages.english.trimmed().isEmpty()) {
        err << QCoreApplication::translate("BriefingImport",
                                           "bilateral: the input holds no text to import")
            << '\n';
        return 1;
    }
    const Briefing briefing =
        BriefingImport::fromTexts(languages.korean, languages.english, QDate::currentDate());
    if (const QString error = BriefingWriter::save(briefing, output); !error.isEmpty()) {
        err << QCoreApplication::translate("BriefingImport", "bilateral: cannot write %1: %2")
                   .arg(QFileInfo(output).absoluteFilePath(), error)
            << '\n';
        return 2;
    }
    return 0;
}

} // namespace ImportCommand
