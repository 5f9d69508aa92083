#pragma once

#include "format/diagnostic.h"
#include "model/briefing.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

struct LoadResult
{
    enum class Status {
        Loaded, // a briefing, perhaps with warnings
        Invalid, // the bytes were read but do not make a valid briefing
        Unreadable, // the file could not be read at all (missing, a directory, no permission)
    };

    Status status = Status::Invalid;
    std::optional<Briefing> briefing;
    Diagnostics diagnostics; // all problems found, sorted by position
    // Of the file's bytes, lower-case hex, so a brief can name its source and recovery can
    // tell the file changed; empty when loadFile() was told it is not needed.
    QString sha256;

    bool ok() const { return status == Status::Loaded; }
};

// Turns a .briefing file (format v1, docs/briefing-format.md) into a Briefing, or into
// the list of every problem found, each with its line, column and JSON path.
class BriefingLoader final
{
    Q_DECLARE_TR_FUNCTIONS(BriefingLoader)

public:
    // Called now and then with how far loading has got, 0–100; from the loading thread.
    using Progress = std::function<void(int percent)>;

    // Whether loadFile() hashes the file: 317 ms of SHA-256 at 100,000 passages that
    // --check, --review and the library never look at.
    enum class Digest { Compute, Skip };

    static LoadResult loadFile(const QString &path, const Progress &progress = {},
                               Digest digest = Digest::Compute);
    // `fileName` only labels the diagnostics.
    static LoadResult parse(QByteArrayView bytes, const QString &fileName,
                            const Progress &progress = {});
};
