#include "import/sentencealigner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <vector>

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

// Gale & Church's δ = (l2 − c·l1)/sqrt(s2·l1), how far the lengths are from a
// translation's. It is undefined for l1 = 0 (a 0:1 bead); like their published program we
// take the variance at the mean of l1 and l2/c, which is l1 for a good translation and
// never zero for a non-empty bead.
double lengthDelta(int firstLength, int secondLength)
{
    if (firstLength == 0 && secondLength == 0)
        return 0.0;
    const double mean = (firstLength + secondLength / lengthRatio) / 2.0;
    return (secondLength - lengthRatio * firstLength) / std::sqrt(lengthVariance * mean);
}

// -log P(|Z| ≥ |δ|) under the normal model, the "match" cost of Gale & Church.
// P(|Z| ≥ |δ|) = 2·(1 − Φ(|δ|)) = erfc(|δ|/√2)
double lengthCost(double delta)
{
    return -logErfc(std::abs(delta) / std::numbers::sqrt2);
}

// A floor under lengthCost(delta) that needs no logarithm: erfc(x) ≤ exp(−x²), so the
// cost is at least δ²/2 (a hair less here, against rounding).
double lengthCostFloor(double delta)
{
    return 0.5 * delta * delta * (1.0 - 1e-9);
}

// The cells of the dynamic programme that are computed: in row i (the first i sentences of
// `first`), the columns j within `halfWidth` of the diagonal, where j/m = i/n. The band is
// at least as wide as the diagonal climbs from one row to the next, so every cell in it can
// be reached and so can the last one, (n, m).
class Band
{
public:
    Band(qsizetype rows, qsizetype columns, qsizetype halfWidth)
        : m_lo(rows + 1)
        , m_hi(rows + 1)
        , m_offset(rows + 2, 0)
        , m_columns(columns)
    {
        for (qsizetype i = 0; i <= rows; ++i) {
            const qsizetype diagonal = rows == 0 ? 0 : (i * columns + rows / 2) / rows;
            m_lo[std::size_t(i)] = std::max<qsizetype>(0, diagonal - halfWidth);
            m_hi[std::size_t(i)] = std::min(columns, diagonal + halfWidth);
            m_offset[std::size_t(i + 1)] =
                m_offset[std::size_t(i)] + m_hi[std::size_t(i)] - m_lo[std::size_t(i)] + 1;
        }
    }
    qsizetype lo(qsizetype i) const { return m_lo[std::size_t(i)]; }
    qsizetype hi(qsizetype i) const { return m_hi[std::size_t(i)]; }
    bool contains(qsizetype i, qsizetype j) const { return j >= lo(i) && j <= hi(i); }
    // Where cell (i, j) is in an array of all cells of the band, row by row.
    qsizetype index(qsizetype i, qsizetype j) const { return m_offset[std::size_t(i)] + j - lo(i); }
    qint64 cells() const { return m_offset.back(); }
    // Whether (i, j) lies within `margin` of an edge of the band that is not an edge of the
    // whole table: an alignment through it may have been cut short by the band.
    bool nearEdge(qsizetype i, qsizetype j, qsizetype margin) const
    {
        return (lo(i) > 0 && j - lo(i) < margin) || (hi(i) < m_columns && hi(i) - j < margin);
    }

private:
    std::vector<qsizetype> m_lo;
    std::vector<qsizetype> m_hi;
    std::vector<qint64> m_offset;
    qsizetype m_columns;
};

// The least-cost alignment inside `band`. Costs are kept for the last three rows only (no
// bead reaches back further than two); for the way back, the bead that ends in each cell,
// one byte a cell. `nearEdge` tells whether the alignment found runs close to the band's
// edge, where a better one outside it may have been missed.
QList<AlignedPair> alignInBand(const QStringList &first, const QStringList &second,
                               const std::vector<qint64> &firstEnds,
                               const std::vector<qint64> &secondEnds, qsizetype halfWidth,
                               bool *nearEdge)
{
    const qsizetype rows = first.size();
    const qsizetype columns = second.size();
    const Band band(rows, columns, halfWidth);
    constexpr double unreachable = std::numeric_limits<double>::infinity();
    std::array<std::vector<double>, 3> cost; // cost[i % 3][j - lo(i)], the least cost to (i, j)
    std::vector<std::int8_t> via(std::size_t(band.cells()), -1);
    for (qsizetype i = 0; i <= rows; ++i) {
        std::vector<double> &row = cost[std::size_t(i % 3)];
        row.assign(std::size_t(band.hi(i) - band.lo(i) + 1), unreachable);
        for (qsizetype j = band.lo(i); j <= band.hi(i); ++j) {
            double &here = row[std::size_t(j - band.lo(i))];
            if (i == 0 && j == 0) {
                here = 0.0;
                continue;
            }
            for (std::size_t b = 0; b < beads.size(); ++b) {
                const Bead &bead = beads[b];
                const qsizetype fromRow = i - bead.first;
                const qsizetype fromColumn = j - bead.second;
                if (fromRow < 0 || fromColumn < 0 || !band.contains(fromRow, fromColumn))
                    continue;
                const double before =
                    cost[std::size_t(fromRow % 3)][std::size_t(fromColumn - band.lo(fromRow))];
                // The length cost is never negative: a bead that cannot win on its prior
                // alone is not weighed (unreachable cells neither).
                if (before + bead.penalty >= here)
                    continue;
                const int l1 = int(firstEnds[std::size_t(i)] - firstEnds[std::size_t(fromRow)]);
                const int l2 =
                    int(secondEnds[std::size_t(j)] - secondEnds[std::size_t(fromColumn)]);
                const double delta = lengthDelta(l1, l2);
                const bool unmatched = bead.first == 0 || bead.second == 0;
                const double bound =
                    unmatched ? unmatchedLengthCostBound : std::numeric_limits<double>::max();
                if (before + bead.penalty + std::min(lengthCostFloor(delta), bound) >= here)
                    continue;
                const double total = before + bead.penalty + std::min(lengthCost(delta), bound);
                if (total < here) {
                    here = total;
                    via[std::size_t(band.index(i, j))] = static_cast<std::int8_t>(b);
                }
            }
        }
    }

    QList<AlignedPair> pairs;
    const qsizetype margin = std::max<qsizetype>(1, halfWidth / 4);
    *nearEdge = false;
    qsizetype i = rows;
    qsizetype j = columns;
    while (i > 0 || j > 0) {
        *nearEdge = *nearEdge || band.nearEdge(i, j, margin);
        const Bead &bead = beads[std::size_t(via[std::size_t(band.index(i, j))])];
        i -= bead.first;
        j -= bead.second;
        pairs.append({first.mid(i, bead.first), second.mid(j, bead.second)});
    }
    std::reverse(pairs.begin(), pairs.end());
    return pairs;
}

// Where each sentence ends, in characters from the start of its text: the length of any
// run of sentences is a difference of two.
std::vector<qint64> sentenceEnds(const QStringList &sentences)
{
    std::vector<qint64> ends{0};
    ends.reserve(std::size_t(sentences.size() + 1));
    for (const QString &sentence : sentences)
        ends.push_back(ends.back() + length(sentence));
    return ends;
}
} // namespace

namespace SentenceAligner {
QList<AlignedPair> align(const QStringList &first, const QStringList &second, const Limits &limits)
{
    const qsizetype rows = first.size();
    const qsizetype columns = second.size();
    const std::vector<qint64> firstEnds = sentenceEnds(first);
    const std::vector<qint64> secondEnds = sentenceEnds(second);
    // The band must be as wide as the diagonal climbs from one row to the next (see Band).
    const qsizetype narrowest = columns / std::max<qsizetype>(rows, 1) + 2;
    const auto cells = [&](qsizetype halfWidth) {
        return Band(rows, columns, halfWidth).cells();
    };
    // A band this wide is the whole table.
    const qsizetype widest = std::max({rows, columns, narrowest});
    qsizetype halfWidth = std::clamp(limits.halfWidth, narrowest, widest);
    while (halfWidth > narrowest && cells(halfWidth) > limits.maxCells)
        halfWidth = std::max(narrowest, halfWidth / 2);
    while (true) {
        bool nearEdge = false;
        QList<AlignedPair> pairs =
            alignInBand(first, second, firstEnds, secondEnds, halfWidth, &nearEdge);
        // Moore (2002), "Fast and Accurate Sentence Alignment of Bilingual Corpora": where
        // the alignment nears the edge of the band, widen the band and align again.
        if (!nearEdge || halfWidth == widest
            || cells(std::min(halfWidth * 2, widest)) > limits.maxCells) {
            return pairs;
        }
        halfWidth = std::min(halfWidth * 2, widest);
    }
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
