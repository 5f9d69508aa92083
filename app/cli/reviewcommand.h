#pragma once

#include <QStringList>

class QTextStream;

// `bilateral --review FILE...`: the translation review of each briefing, one line a finding:
// "FILE:LINE:COLUMN: warning: KIND: passage "ID": message", at the passage in the file, in
// English whatever the interface language. Findings a verdict in the file marks checked are
// left out. Returns 0 when nothing is found, 1 when something is, 2 when a file cannot be
// read or is not a valid briefing (its diagnostics then go to `err`).
int runReview(const QStringList &files, QTextStream &out, QTextStream &err);
