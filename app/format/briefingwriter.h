#pragma once

#include "files/atomicfile.h"
#include "model/briefing.h"

#include <QByteArray>
#include <QString>

// Writes a Briefing as a .briefing file (format v1) that a person can read and diff: keys
// in the order of docs/briefing-format.md, two-space indentation, short text maps on one
// line. BriefingLoader::parse(toJson(b)) gives b back.
namespace BriefingWriter {
QByteArray toJson(const Briefing &briefing);
// Atomically (AtomicFile): on any failure the file at `path` is left as it was. A briefing
// the loader would refuse (BriefingLimits) is not written. Returns an empty string or the
// reason.
QString save(const Briefing &briefing, const QString &path,
             AtomicFile::Access access = AtomicFile::Access::AsBefore);
// The same for bytes already made by toJson().
QString writeFile(const QByteArray &json, const QString &path,
                  AtomicFile::Access access = AtomicFile::Access::AsBefore);
// Why the loader would refuse this briefing (too many passages, a text too long), or empty.
QString limitProblem(const Briefing &briefing);
} // namespace BriefingWriter
