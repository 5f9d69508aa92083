#pragma once

#include <QString>

class Briefing;
class QTextStream;

namespace ExportCommand {
// `bilateral --export-pdf OUT [--lang L] [--page-size A4|Letter] [--issue ID] [FILE]`:
// 0 written, 1 invalid document or unknown issue, 2 cannot write OUT (no file left).
int run(const QString &outputPath, const QString &briefingPath, const QString &language,
        const QString &pageSizeName, const QString &issueId, QTextStream &err);

// `bilateral --export-tmx OUT [FILE]`: the passage pairs as a TMX translation memory.
// 0 written, 1 invalid document, 2 cannot read FILE or write OUT.
int runTmx(const QString &outputPath, const QString &briefingPath, QTextStream &err);

// "bilateral: unknown issue "x"; the briefing's issues are: a, b", for --issue errors.
QString unknownIssueMessage(const Briefing &briefing, const QString &issueId);
} // namespace ExportCommand
