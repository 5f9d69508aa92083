#pragma once

#include <QStringList>

class QTextStream;

// `bilateral --check FILE...`: validates each file and prints its diagnostics the way
// compilers do. Returns the process exit code: 0 all valid (warnings allowed), 1 some file
// invalid, 2 some file could not be read.
int runCheck(const QStringList &files, QTextStream &out);
