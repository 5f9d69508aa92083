#pragma once

#include <QByteArray>

// Deterministic synthetic briefings for the benchmark and for scale tests: realistic
// lengths of Korean and English passages, paragraphs of 2–5 passages, issues whose
// passages are spread over the whole text, and a stance per side on most issues.
struct GeneratorOptions
{
    int passages = 1000;
    int issues = 20;
    int sides = 3;
    int passagesPerIssue = 12; // relevant passages, of which about a third are evidence
    int summaryWords = 10; // about this many words in each stance summary
    quint32 seed = 20201029;
};

QByteArray generateBriefing(const GeneratorOptions &options);

// The shapes that once made loading quadratic (issue 13). Files under 4 MiB load on the
// GUI thread, so each must load in time near-linear in its size; the bench times them
// and the loader's tests load smaller ones.
namespace WorstCaseBriefings {
// Minified on one line, each passage with an unknown key: one warning per passage, all on
// line 1, so finding each warning's column must not count from the line's start.
QByteArray warningsOnOneLine(int passages);
// Every issue lists every passage, so checking for a passage listed twice must not search
// the list.
QByteArray issuesListingEveryPassage(int passages, int issues);
// A title in `languages` languages besides the two of the briefing.
QByteArray titleInManyLanguages(int languages);
// `passages` passages of `length` letters without a space in both languages: nowhere to
// break a line, which Qt's line breaking handles in time quadratic in the run's length.
QByteArray passagesWithoutSpaces(int passages, int length);
} // namespace WorstCaseBriefings
