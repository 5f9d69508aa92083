#include "format/diagnostic.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    // The severity words stay English: tools (editors, CI log parsers) match on them.
    QString result = file;
    if (line > 0)
        result += u':' + QString::number(line) + u':' + QString::number(column);
    result += severity == Severity::Error ? u": error: "_s : u": warning: "_s;
    if (!path.isEmpty())
        result += path + u": "_s;
    result += message;
    return result;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

QString formatDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(u'\n');
}
