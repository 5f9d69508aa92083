#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One problem found in a briefing file, positioned like a compiler diagnostic.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    int column = 0; // 1-based, in Unicode code points
    QString path; // JSON path of the offending value, e.g. issues[2].stances[0].side
    QString message;

    bool isError() const { return severity == Severity::Error; }

    // "FILE:LINE:COLUMN: error: PATH: MESSAGE", the form compilers and editors understand.
    QString toString() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
QString formatDiagnostics(const Diagnostics &diagnostics);

Q_DECLARE_METATYPE(Diagnostic)
