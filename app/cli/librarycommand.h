#pragma once

#include <QString>
#include <QStringList>

class LibraryIndex;
class QTextStream;

// The library from the command line, for scripts and checks. The index is the user's own
// (LibraryIndex::defaultPath()), brought up to date with DIR's files before each command.
namespace LibraryCommand {
// Brings `index` up to date with `folder`, warning of the files it skips; false (said on
// `err`) when `folder` is not a folder or the index cannot be used.
bool updateIndex(LibraryIndex &index, const QString &folder, QTextStream &err);
// `--library DIR --search QUERY`: "FILE:LINE:COLUMN: passage "ID": SNIPPET", best first.
// Exit 0 with hits, 1 with none, 2 when DIR or the index cannot be used.
int search(const QString &folder, const QString &query, QTextStream &out, QTextStream &err);
// `--library DIR --timeline ISSUE`: TSV "date file side position summary", by date.
int timeline(const QString &folder, const QString &issueId, QTextStream &out, QTextStream &err);
// `--compare A B`: TSV "issue raised side position_a position_b".
int compare(const QString &a, const QString &b, QTextStream &out, QTextStream &err);
// `--compare A B --export-pdf OUT [--lang L] [--page-size A4|Letter]`: the one-page
// comparison brief as a PDF. Exit 0 written; 2 when A or B cannot be read or is invalid
// (diagnostics on `err`), the page size is unknown, or OUT cannot be written (no file left).
int comparePdf(const QString &a, const QString &b, const QString &out, const QString &language,
               const QString &pageSize, QTextStream &err);
} // namespace LibraryCommand
