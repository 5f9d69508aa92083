#include "cli/checkcommand.h"

#include "format/briefingloader.h"

#include <QTextStream>

#include <algorithm>

int runCheck(const QStringList &files, QTextStream &out)
{
    int exitCode = 0;
    for (const QString &file : files) {
        const LoadResult result = BriefingLoader::loadFile(file, {}, BriefingLoader::Digest::Skip);
        for (const Diagnostic &diagnostic : result.diagnostics)
            out << diagnostic.toString() << '\n';
        switch (result.status) {
        case LoadResult::Status::Loaded:
            break;
        case LoadResult::Status::Invalid:
            exitCode = std::max(exitCode, 1);
            break;
        case LoadResult::Status::Unreadable:
            exitCode = 2;
            break;
        }
    }
    out.flush();
    return exitCode;
}
