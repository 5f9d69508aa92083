#pragma once

#include <QByteArray>
#include <QString>

class Briefing;

// The briefing's passage pairs as a translation memory: TMX 1.4b (the LISA/GALA exchange
// format translators' tools read), one translation unit per passage with text in both
// languages, its id the passage's, the first language as the source. The aligner's
// confidence goes into a <prop type="x-bilateral-confidence">. Text is plain: XML-escaped,
// with the characters XML 1.0 cannot hold (control characters, lone surrogates) replaced.
namespace TmxWriter {
QByteArray toTmx(const Briefing &briefing, const QString &toolVersion);
// Atomically; returns an empty string or the reason.
QString save(const Briefing &briefing, const QString &path, const QString &toolVersion);
} // namespace TmxWriter
