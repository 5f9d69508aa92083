#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

// What a sentence and its translation share whatever the two languages are: numbers
// (10월 29일, 2020年, "1,000" and full-width digits read as the numbers they are), and the
// words written in Latin letters inside Korean or Japanese text (IAEA, G7, dpkg, --help),
// which the English translation keeps. hunalign (Varga et al. 2005, "Parallel corpora for
// medium density languages") is pulled back to the right pairs by such tokens even
// without a dictionary; length alone drifts where sentences are alike in length.
namespace AlignmentAnchors {

// Tokens as hashes, sorted (numbers may repeat; words are unique).
struct Tokens
{
    std::vector<std::uint32_t> numbers;
    std::vector<std::uint32_t> words;
};

// Whether most of the letters of `text` are Latin ones: such a text is the one whose every
// word can be looked up, the other the one whose Latin words are anchors.
bool isMostlyLatin(QStringView text);

// The numbers of `sentence`, and its words in Latin letters, lower-cased (two letters or
// more, so that list markers and single-letter options are left out).
Tokens tokens(QStringView sentence);

// The anchors of a bead: the numbers of its sentences on each side, and the Latin words of
// the side not written in Latin letters, looked up in the other side's words.
struct Match
{
    int shared = 0; // numbers and words found on both sides
    int unmatchedNumbers = 0; // on one side only
    int unmatchedWords = 0; // Latin words of the non-Latin side missing from the other
};

// Which side's Latin words are anchors: the side not written in Latin letters. Between two
// Latin texts (or two others) only numbers are.
enum class Words { None, OfFirst, OfSecond };

// `first`/`second` point to the bead's sentences' tokens on each side (count each).
Match match(const Tokens *first, int firstCount, const Tokens *second, int secondCount,
            Words words);
} // namespace AlignmentAnchors
