#pragma once

#include <QStringList>

#include <cmath>
#include <vector>

// The length evidence of sentence alignment (Gale & Church 1993, "A Program for Aligning
// Sentences in Bilingual Corpora"): how far a bead's lengths are from a translation's, and
// what that costs.
namespace AlignmentLength {

// Gale & Church's model: the second text's length l2 is normal around c·l1 with variance
// s2·l1. They measured c = 1, s2 = 6.8 for English–German/French; between Korean and
// English news copy c is about 2.6, in technical prose 1.7–1.9 (names and commands stay in
// Latin letters), so c and s2 are estimated from the texts being aligned (see estimated()).
struct Model
{
    double ratio = 1.0;
    double variance = 6.8;

    // δ = (l2 − c·l1)/sqrt(s2·l1). Undefined for l1 = 0 (a 0:1 bead); like Gale & Church's
    // published program we take the variance at the mean of l1 and l2/c, which is l1 for a
    // good translation and never zero for a non-empty bead.
    double delta(qint64 firstLength, qint64 secondLength) const
    {
        if (firstLength == 0 && secondLength == 0)
            return 0.0;
        const double mean = (double(firstLength) + double(secondLength) / ratio) / 2.0;
        return (double(secondLength) - ratio * double(firstLength)) / std::sqrt(variance * mean);
    }
};

// -log P(|Z| ≥ |δ|) under the normal model, the "match" cost of Gale & Church.
double cost(double delta);

// A floor under cost(delta) that needs no table or logarithm.
double costFloor(double delta);

// How much longer, in characters, a translation in the second text's script usually is
// than the first (see lengthmodel.cpp).
double typicalRatio(const QStringList &first, const QStringList &second);

// A bead's lengths in characters, in the first text and in the second.
struct Lengths
{
    double first;
    double second;
};

// The model estimated from the lengths of a first alignment's 1:1 beads; `prior` when they
// are too few to say.
Model estimated(std::vector<Lengths> pairs, const Model &prior);
} // namespace AlignmentLength
