#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One bead of a sentence alignment: the sentences of the first text and of the second
// that translate each other. One side is empty when a sentence has no counterpart.
struct AlignedPair
{
    QStringList first;
    QStringList second;

    friend bool operator==(const AlignedPair &a, const AlignedPair &b) = default;
};

// Aligns the sentences of a Korean text with those of its English translation by length
// (Gale & Church 1993, "A Program for Aligning Sentences in Bilingual Corpora"): a
// translation's length in characters is roughly proportional to the original's. Beads
// are 1:1, 1:2, 2:1, 1:0 and 0:1; the alignment is the one with the least cost.
//
// `first` is the Korean side, `second` the English one: the model expects the second
// to be about 2.6 times as long, in characters, as the first.
//
// The dynamic programme has a cell for every pair of sentence counts (i, j), n·m in all:
// 1.6 billion for 40,000 sentences a side. Only a band around the diagonal is computed
// (Moore 2002, "Fast and Accurate Sentence Alignment of Bilingual Corpora"): a translation
// keeps the order of its original, so the alignment stays near it. Where the alignment
// found comes near the band's edge (a long untranslated stretch on one side), the band is
// doubled and the alignment made again, up to a bound on memory. Texts of up to `halfWidth`
// sentences are aligned over the whole table, exactly as before.
namespace SentenceAligner {
struct Limits
{
    // Sentences either side of the diagonal the band starts with.
    qsizetype halfWidth = 250;
    // The cells the band may grow to, a byte each (64 MiB). A band narrower than one cell
    // per sentence and side cannot reach the end; that one is taken whatever the bound, and
    // takes memory in proportion to the sentences, never to their product.
    qint64 maxCells = 64 * 1024 * 1024;
};

// Aligns two lists of sentences, keeping their order.
QList<AlignedPair> align(const QStringList &first, const QStringList &second,
                         const Limits &limits = {});

// Aligns two texts given as paragraphs of sentences. With as many paragraphs on both
// sides, paragraph i is aligned with paragraph i, so no bead crosses a paragraph
// boundary; otherwise the paragraph boundaries are not trusted and the whole texts
// are aligned.
QList<AlignedPair> alignParagraphs(const QList<QStringList> &first,
                                   const QList<QStringList> &second);
} // namespace SentenceAligner
