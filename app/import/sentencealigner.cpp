#include "import/sentencealigner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace {
// Gale & Church's model: the second text's length l2 is normal around c·l1 with
// variance s2·l1. For English–German/French they measured c = 1, s2 = 6.8. Korean is
// far denser than English: a Hangul syllable carries what two or three letters do.
//
// c and s2 were measured on the hand-aligned briefing in tests/tst_alignment.cpp (38
// Korean and 36 English sentences in 35 beads; lengths in characters, spaces
// included): English is 2.64 times as long as Korean over all beads (per 1:1 bead
// 2.1–3.6 times), and the variance of (l2 − c·l1)/sqrt(l1) is 6.8. Hence c = 2.6,
// s2 = 6.8. On that text, aligned paragraph by paragraph, at least 32 of 35 beads come
// out right for every c from 2.0 to 3.2 and s2 from 4 to 12; aligned as one text, 32
// for every c from 2.2 to 2.6 (from 2.8 on, an early wrong 1:0 shifts what follows).
// So the choice sits on a plateau, not a peak. Counting without spaces did worse.
constexpr double lengthRatio = 2.6;
constexpr double lengthVariance = 6.8;

// Gale & Church score a sentence without counterpart by the same δ, as if its
// translation were empty. That δ grows with the square root of the sentence's length,
// so merging the sentence into a neighbour's 2:1 bead always costs less, and no 1:0 or
// 0:1 bead is ever chosen next to a good 1:1 (their own evaluation found 1:0 beads the
// program's weakest case). Bounding the length part of those beads (12 is a mismatch of
// about 4.5 standard deviations) lets a clearly untranslated sentence stand alone,
// while a short or ambiguous one is still merged, which costs one bead, not a drift.
constexpr double unmatchedLengthCostBound = 12.0;

struct Bead
{
    int first;
    int second;
    double penalty; // -log of the bead's prior probability
};

// Gale & Church's priors from the Canadian Hansards, per direction as in their
// published program (1:1 0.89, 1:0 and 0:1 0.0099, 2:1 and 1:2 0.089). Their 2:2 bead
// is left out: on the test briefing it let a one-sentence shift run on for a dozen
// beads (2:2 beads hold the shift at a low price), and without it the alignment of
// the text as a whole stayed right over a much wider range of c and s2.
const std::array<Bead, 5> beads{{
    {1, 1, -std::log(0.89)},
    {1, 0, -std::log(0.0099)},
    {0, 1, -std::log(0.0099)},
    {2, 1, -std::log(0.089)},
    {1, 2, -std::log(0.089)},
}};

// Characters, not UTF-16 units, so that a rare character outside the BMP counts once.
int length(const QString &sentence)
{
    int characters = 0;
    for (const QChar c : sentence) {
        if (!c.isLowSurrogate())
            ++characters;
    }
    return characters;
}

// log(erfc(x)) for x >= 0, without underflow: erfc(x) is below the smallest double for
// x > 27, where the asymptotic expansion erfc(x) ≈ exp(-x²)/(x·√π) is exact enough.
double logErfc(double x)
{
    if (x < 25.0)
        return std::log(std::erfc(x));
    return -x * x - std::log(x * std::sqrt(std::numbers::pi));
}

// -log P(|δ| ≥ |observed|) under the normal model, the "match" cost of Gale & Church.
// Their δ = (l2 − c·l1)/sqrt(s2·l1) is undefined for l1 = 0 (a 0:1 bead); like their
// published program we take the variance at the mean of l1 and l2/c, which is l1 for
// a good translation and never zero for a non-empty bead.
double lengthCost(int firstLength, int secondLength)
{
    if (firstLength == 0 && secondLength == 0)
        return 0.0;
    const double mean = (firstLength + secondLength / lengthRatio) / 2.0;
    const double delta =
        (secondLength - lengthRatio * firstLength) / std::sqrt(lengthVariance * mean);
    // P(|Z| ≥ |δ|) = 2·(1 − Φ(|δ|)) = erfc(|δ|/√2)
    return -logErfc(std::abs(delta) / std::numbers::sqrt2);
}

} // namespace

namespace SentenceAligner {
QList<AlignedPair> align(const QStringList &first, const QStringList &second)
{
    const qsizetype rows = first.size() + 1;
    const qsizetype columns = second.size() + 1;
    QList<int> firstLengths;
    for (const QString &sentence : first)
        firstLengths.append(length(sentence));
    QList<int> secondLengths;
    for (const QString &sentence : second)
        secondLengths.append(length(sentence));

    // cost[i][j]: least cost of aligning the first i sentences of `first` with the first
    // j of `second`; via[i][j]: the bead that ends that alignment.
    constexpr double unreachable = std::numeric_limits<double>::infinity();
    QList<double> cost(rows * columns, unreachable);
    QList<int> via(rows * columns, -1);
    cost[0] = 0.0;
    for (qsizetype i = 0; i < rows; ++i) {
        for (qsizetype j = 0; j < columns; ++j) {
            for (std::size_t b = 0; b < beads.size(); ++b) {
                const Bead &bead = beads[b];
                if (i < bead.first || j < bead.second || (i == 0 && j == 0))
                    continue;
                const double before = cost[(i - bead.first) * columns + j - bead.second];
                if (before == unreachable)
                    continue;
                int l1 = 0;
                for (int k = 1; k <= bead.first; ++k)
                    l1 += firstLengths[i - k];
                int l2 = 0;
                for (int k = 1; k <= bead.second; ++k)
                    l2 += secondLengths[j - k];
                double matchCost = lengthCost(l1, l2);
                if (bead.first == 0 || bead.second == 0)
                    matchCost = std::min(matchCost, unmatchedLengthCostBound);
                const double total = before + bead.penalty + matchCost;
                if (total < cost[i * columns + j]) {
                    cost[i * columns + j] = total;
                    via[i * columns + j] = static_cast<int>(b);
                }
            }
        }
    }

    QList<AlignedPair> pairs;
    qsizetype i = first.size();
    qsizetype j = second.size();
    while (i > 0 || j > 0) {
        const Bead &bead = beads[static_cast<std::size_t>(via[i * columns + j])];
        i -= bead.first;
        j -= bead.second;
        pairs.append({first.mid(i, bead.first), second.mid(j, bead.second)});
    }
    std::reverse(pairs.begin(), pairs.end());
    return pairs;
}

QList<AlignedPair> alignParagraphs(const QList<QStringList> &first,
                                   const QList<QStringList> &second)
{
    QList<AlignedPair> pairs;
    if (first.size() == second.size()) {
        for (qsizetype p = 0; p < first.size(); ++p)
            pairs.append(align(first.at(p), second.at(p)));
        return pairs;
    }
    QStringList allFirst;
    for (const QStringList &paragraph : first)
        allFirst.append(paragraph);
    QStringList allSecond;
    for (const QStringList &paragraph : second)
        allSecond.append(paragraph);
    return align(allFirst, allSecond);
}
} // namespace SentenceAligner
