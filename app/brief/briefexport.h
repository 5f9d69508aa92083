#pragma once

#include "brief/brief.h"

#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QTextStream;
class QTranslator;

namespace BriefExport {
// A4, or Letter where the locale measures in US units.
QPageSize defaultPageSize(const QLocale &locale);
// "A4" or "Letter" (any case) → page size; invalid otherwise.
QPageSize pageSizeFromName(const QString &name);
// The brief's own strings in `language`, from the embedded translations; null when there
// is none (English source text is used then). Loaded once per language.
const QTranslator *translatorFor(const QString &language);
// The languages a brief can be written in for this briefing: the interface language
// first, then the briefing's own languages.
QStringList languagesFor(const Briefing &briefing, const QString &interfaceLanguage);

// "bilateral: unknown issue "x"; the briefing's issues are: a, b", for --issue errors.
QString unknownIssueMessage(const Briefing &briefing, const QString &issueId);

BriefOptions options(const QString &language, const QPageSize &pageSize, int issue,
                     const QString &sourceDigest);

// `bilateral --export-pdf OUT [--lang L] [--page-size A4|Letter] [--issue ID] [FILE]`:
// 0 written, 1 invalid document or unknown issue, 2 cannot write OUT (no file left).
int exportFromCommandLine(const QString &outputPath, const QString &briefingPath,
                          const QString &language, const QString &pageSizeName,
                          const QString &issueId, QTextStream &err);
} // namespace BriefExport
