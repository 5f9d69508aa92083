#pragma once

#include <QString>

class Briefing;
class QTextStream;

namespace ExportCommand {
// `bilateral --export-pdf OUT [--lang L] [--page-size A4|Letter] [--issue ID]
// [--library DIR] [FILE]`: with DIR, the brief's "Over time" rows follow the briefing's
// issues across DIR's briefings (the user's index, brought up to date with DIR first).
// 0 written, 1 invalid document or unknown issue, 2 cannot write OUT (no file left) or
// cannot use DIR or the index.
int run(const QString &outputPath, const QString &briefingPath, const QString &language,
        const QString &pageSizeName, const QString &issueId, const QString &libraryFolder,
        QTextStream &err);

// `bilateral --export-tmx OUT [FILE]`: the passage pairs as a TMX translation memory.
// 0 written, 1 invalid document, 2 cannot read FILE or write OUT.
int runTmx(const QString &outputPath, const QString &briefingPath, QTextStream &err);

// "bilateral: unknown issue "x"; the briefing's issues are: a, b", for --issue errors.
QString unknownIssueMessage(const Briefing &briefing, const QString &issueId);
} // namespace ExportCommand
