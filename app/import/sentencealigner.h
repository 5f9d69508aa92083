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
    // How sure the aligner is of this bead, from 0 to 1: its posterior probability.
    double confidence = 1.0;
    // Whether the bead begins a paragraph in either text.
    bool startsParagraph = false;

    // Two beads are the same when they pair the same sentences, however sure of it.
    friend bool operator==(const AlignedPair &a, const AlignedPair &b)
    {
        return a.first == b.first && a.second == b.second;
    }
};

// Aligns the sentences of a text with those of its translation (Gale & Church 1993, "A
// Program for Aligning Sentences in Bilingual Corpora", and Moore 2002, "Fast and Accurate
// Sentence Alignment of Bilingual Corpora"), by three kinds of evidence weighed in one cost:
// - length: a translation's length in characters is roughly proportional to the
//   original's; the ratio and its variance are learnt from the two texts (a first
//   alignment's 1:1 beads), never fixed for one genre or language pair;
// - anchors: numbers, and Latin-script words inside Korean or Japanese text, found in the
//   other text's bead (AlignmentAnchors), bounded so they never force what length rules out;
// - paragraphs: boundaries where paragraphs begin in both texts cost less, beads across a
//   paragraph boundary more; a missing, split or moved paragraph derails nothing after it.
// Beads are 1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1 and 1:3.
//
// The dynamic programme has a cell for every pair of sentence counts (i, j), n·m in all:
// 1.6 billion for 40,000 sentences a side. Only a band of it is computed: a first pass
// around the diagonal (a translation keeps its original's order), doubled where the
// alignment found comes near its edge, then a second pass with the learnt length model in
// a narrow band around the first alignment. Memory grows with n + m times the band, never
// with n·m, and stays within `Limits`.
namespace SentenceAligner {
struct Limits
{
    // Sentences either side of the diagonal the first pass starts with.
    qsizetype halfWidth = 250;
    // The cells the first pass's band may grow to, a byte each (64 MiB). A band narrower
    // than one cell per sentence and side cannot reach the end; that one is taken whatever
    // the bound, and takes memory in proportion to the sentences, never to their product.
    qint64 maxCells = 64 * 1024 * 1024;
    // What the second pass may take for the beads' confidence (17 bytes a cell); beyond it
    // the alignment is still made, and every bead's confidence is 1.
    qint64 maxPosteriorBytes = 256 * 1024 * 1024;
};

// Aligns two lists of sentences, keeping their order.
QList<AlignedPair> align(const QStringList &first, const QStringList &second,
                         const Limits &limits = {});

// Aligns two texts given as paragraphs of sentences; the paragraphs are evidence (see
// above), whether their counts agree or not.
QList<AlignedPair> alignParagraphs(const QList<QStringList> &first,
                                   const QList<QStringList> &second, const Limits &limits = {});
} // namespace SentenceAligner
