#pragma once

#include "model/briefing.h"

#include <QList>
#include <QString>

#include <array>

// Where Edit › Split Passage at Cursor cuts a passage: never inside a word, and in the
// other language at the point that corresponds, when that can be found. Offsets are in
// the stored text unless said otherwise.
namespace PassageSplit {

// Where a text may be cut, strictly inside it: where each sentence after the first
// begins, and where each word begins (after white space, or after CJK punctuation in
// text written without spaces).
QList<int> sentenceStarts(const QString &text);
QList<int> wordStarts(const QString &text);

// The cut nearest to `offset`: the sentence boundary when the reader pointed into the
// word just before or after it, else the nearest word boundary; -1 when the text has
// none (a single word).
int snap(const QString &text, int offset);

struct Plan
{
    int slot = -1; // the language the reader pointed into
    // Where each language is cut: 0 moves all of it to the second part, its length keeps
    // all of it in the first; -1 where no cut was found (see isPossible, needsChoice).
    std::array<int, 2> cuts{-1, -1};
    // In the other language: the sentence boundaries a reader may choose between.
    QList<int> otherSentenceStarts;

    bool isPossible() const { return slot >= 0 && cuts[std::size_t(slot)] > 0; }
    // The other language could not be matched: the reader decides where its text goes.
    bool needsChoice() const { return isPossible() && cuts[std::size_t(1 - slot)] < 0; }
};

// The split of `passage` at `shownOffset` (in the shown text, PassageText) of language
// `slot`. The other language is cut where the sentence aligner pairs the sentences before
// the cut with some but not all of its own; when it has no text, it stays with the first
// part.
Plan plan(const Passage &passage, int slot, int shownOffset);

} // namespace PassageSplit
