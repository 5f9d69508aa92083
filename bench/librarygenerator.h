#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Deterministic briefings for the library's benchmark: many short briefings (50 passages)
// whose words follow a Zipf-like law over a large vocabulary, as real text does, so that
// a search meets frequent words ("일본", "the") and rare ones in realistic proportions.
// A third are Japanese–English, the rest Korean–English; dates spread over ten years;
// issues drawn from a common pool, so that an issue's timeline has many meetings.
namespace LibraryGenerator {
QByteArray briefing(int number, int passages = 50);
// Words of each rank band to search for, in `language` ("ko", "ja", "en"): frequent,
// middling and rare words, two-character words, and Korean words with particles.
QStringList queries(const QString &language, int count);
} // namespace LibraryGenerator
