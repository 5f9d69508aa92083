#include "import/sentencealigner.h"

#include "import/alignmentanchors.h"
#include "import/lengthmodel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

using AlignmentAnchors::Tokens;

namespace {
constexpr double unreachable = std::numeric_limits<double>::infinity();

struct Shape
{
    int first;
    int second;
    double penalty; // -log of the bead's prior probability
};

// Gale & Church's priors from the Canadian Hansards, per direction as in their published
// program (1:1 0.89, 2:1 and 1:2 0.089, 2:2 0.011), and 3:1 and 1:3 for a Korean or Japanese
// title or list that English says in one sentence (or the reverse). A sentence without
// counterpart is three times as likely as in the Hansards (0.03 against 0.0099): in copy
// that one side has shortened, or where a block of paragraphs sits elsewhere, each left-out
// sentence is such a bead, and at the Hansards' price the aligner pairs them with their
// neighbours instead, wrongly, for dozens of beads (docs/alignment.md).
const std::array<Shape, 8> shapes{{
    {1, 1, -std::log(0.89)},
    {1, 0, -std::log(0.03)},
    {0, 1, -std::log(0.03)},
    {2, 1, -std::log(0.089)},
    {1, 2, -std::log(0.089)},
    {2, 2, -std::log(0.011)},
    {3, 1, -std::log(0.005)},
    {1, 3, -std::log(0.005)},
}};
constexpr qsizetype longestShape = 3;

// Gale & Church score a sentence without counterpart by the same δ, as if its translation
// were empty. That δ grows with the square root of the sentence's length, so merging the
// sentence into a neighbour's 2:1 bead always costs less, and no 1:0 or 0:1 bead is ever
// chosen next to a good 1:1 (their own evaluation found 1:0 beads the program's weakest
// case). Here the length part of those beads is bounded by 2, so that a sentence without
// counterpart costs about what a 1:1 bead three standard deviations off does: measured on
// real Korean–English and Japanese–English text with sentences left out and blocks moved,
// bounds of 12, 6, 4, 2 and 1 found 67, 73, 76, 82 and 84 % of the left-out Korean beads
// (docs/alignment.md); below 2, texts with nothing left out began to lose beads.
constexpr double unmatchedLengthCostBound = 2.0;

// Anchors (AlignmentAnchors) against length: each token found on both sides of a bead
// lowers its cost, each number or Latin word on one side only raises it. Both are
// bounded below what a length mismatch of about three standard deviations costs, so that
// anchors choose between pairs that length allows and never force one that it rules out.
constexpr double sharedAnchorBonus = 1.5;
constexpr double unmatchedNumberCost = 1.0;
constexpr double unmatchedWordCost = 0.5;
constexpr double maxAnchorBonus = 6.0;
constexpr double maxAnchorCost = 4.0;

// Paragraph marks are evidence, not law: a bead boundary where paragraphs begin in both
// texts costs less, a bead that runs across a paragraph boundary costs more. A missing,
// split or moved paragraph then costs the bonus of its own corners, nothing after it. The
// corner bonus of 8 (about two unmatched sentences' worth) was the best of 3, 4, 6 and 8 on
// the real texts with paragraphs marked.
constexpr double paragraphCornerBonus = 8.0;
constexpr double paragraphCrossingCost = 2.0;

// How many sentences the script's usual length ratio counts for against the texts' own.
constexpr double priorWeight = 30.0;

// Characters, not UTF-16 units, so that a rare character outside the BMP counts once.
qint64 length(const QString &sentence)
{
    qint64 characters = 0;
    for (const QChar c : sentence) {
        if (!c.isLowSurrogate())
            ++characters;
    }
    return characters;
}

// One text as the aligner weighs it.
struct Text
{
    explicit Text(const QList<QStringList> &paragraphs)
    {
        ends.push_back(0);
        for (const QStringList &paragraph : paragraphs) {
            for (qsizetype k = 0; k < paragraph.size(); ++k) {
                starts.push_back(k == 0 ? 1 : 0);
                ends.push_back(ends.back() + length(paragraph.at(k)));
                tokens.push_back(AlignmentAnchors::tokens(paragraph.at(k)));
                sentences.append(paragraph.at(k));
            }
        }
        starts.push_back(1); // the end of the text ends a paragraph
        if (!starts.empty())
            starts.front() = 1;
    }
    qsizetype size() const { return sentences.size(); }
    qint64 length(qsizetype from, qsizetype to) const
    {
        return ends[std::size_t(to)] - ends[std::size_t(from)];
    }
    // Paragraphs that begin inside sentences [from, to), after its first sentence.
    int crossings(qsizetype from, qsizetype to) const
    {
        int count = 0;
        for (qsizetype k = from + 1; k < to; ++k)
            count += starts[std::size_t(k)];
        return count;
    }
    bool startsParagraph(qsizetype k) const { return starts[std::size_t(k)] != 0; }
    // Marks the sentences with anchors: numbers, and Latin words where `words` says so.
    void markAnchors(bool words)
    {
        anchored.assign(tokens.size(), 0);
        for (std::size_t k = 0; k < tokens.size(); ++k)
            anchored[k] = !tokens[k].numbers.empty() || (words && !tokens[k].words.empty());
    }
    // Whether any of sentences [from, to) has an anchor.
    bool hasAnchors(qsizetype from, qsizetype to) const
    {
        for (qsizetype k = from; k < to; ++k) {
            if (anchored[std::size_t(k)])
                return true;
        }
        return false;
    }

    QStringList sentences;
    std::vector<qint64> ends; // where each sentence ends, in characters; ends[0] = 0
    std::vector<char> starts; // starts[k]: a paragraph begins at sentence k (or the text ends)
    std::vector<Tokens> tokens;
    std::vector<char> anchored; // see markAnchors()

private:
    static qint64 length(const QString &sentence) { return ::length(sentence); }
};

// What a bead costs: its prior, its lengths, its anchors and the paragraphs it crosses.
class Costs
{
public:
    Costs(const Text &first, const Text &second, const AlignmentLength::Model &model,
          AlignmentAnchors::Words words)
        : m_first(first)
        , m_second(second)
        , m_model(model)
        , m_words(words)
    { }

    // The bonus for a bead boundary at (i, j), where paragraphs begin in both texts.
    double corner(qsizetype i, qsizetype j) const
    {
        // The end of one text is no paragraph's start in the other: a corner there would
        // pay for leaving the rest of the other text unmatched.
        const bool firstEnded = i == m_first.size();
        const bool secondEnded = j == m_second.size();
        return firstEnded == secondEnded && m_first.startsParagraph(i)
                && m_second.startsParagraph(j)
            ? -paragraphCornerBonus
            : 0.0;
    }

    // The cost of the bead of `shape` that ends at (i, j), or infinity when it costs at least
    // `bound` (then only a floor is computed: the search needs no more).
    double bead(const Shape &shape, qsizetype i, qsizetype j, double bound = unreachable) const
    {
        const qsizetype fromRow = i - shape.first;
        const qsizetype fromColumn = j - shape.second;
        const bool unmatched = shape.first == 0 || shape.second == 0;
        double cost = shape.penalty + corner(i, j)
            + paragraphCrossingCost
                * (m_first.crossings(fromRow, i) + m_second.crossings(fromColumn, j));
        if (cost - (unmatched ? 0.0 : maxAnchorBonus) >= bound)
            return unreachable;
        if (!unmatched)
            cost += anchorCost(fromRow, i, fromColumn, j);
        const double delta =
            m_model.delta(m_first.length(fromRow, i), m_second.length(fromColumn, j));
        const double lengthBound = unmatched ? unmatchedLengthCostBound : unreachable;
        if (cost + std::min(AlignmentLength::costFloor(delta), lengthBound) >= bound)
            return unreachable;
        return cost + std::min(AlignmentLength::cost(delta), lengthBound);
    }

private:
    double anchorCost(qsizetype fromRow, qsizetype i, qsizetype fromColumn, qsizetype j) const
    {
        if (!m_first.hasAnchors(fromRow, i) && !m_second.hasAnchors(fromColumn, j))
            return 0.0;
        const AlignmentAnchors::Match match = AlignmentAnchors::match(
            &m_first.tokens[std::size_t(fromRow)], int(i - fromRow),
            &m_second.tokens[std::size_t(fromColumn)], int(j - fromColumn), m_words);
        const double cost = unmatchedNumberCost * match.unmatchedNumbers
            + unmatchedWordCost * match.unmatchedWords - sharedAnchorBonus * match.shared;
        return std::clamp(cost, -maxAnchorBonus, maxAnchorCost);
    }

    const Text &m_first;
    const Text &m_second;
    AlignmentLength::Model m_model;
    AlignmentAnchors::Words m_words;
};

// The cells of the dynamic programme that are computed: in row i (the first i sentences of
// the first text), the columns from lo(i) to hi(i). Both bounds never decrease from one row
// to the next, and each row reaches back to the one before, so that every cell in the band
// can be reached and so can the last one, (n, m).
class Band
{
public:
    Band(std::vector<qsizetype> lo, std::vector<qsizetype> hi, qsizetype columns)
        : m_lo(std::move(lo))
        , m_hi(std::move(hi))
        , m_offset(m_lo.size() + 1, 0)
        , m_columns(columns)
    {
        for (std::size_t i = 0; i < m_lo.size(); ++i)
            m_offset[i + 1] = m_offset[i] + m_hi[i] - m_lo[i] + 1;
    }

    // Within `halfWidth` of the diagonal, where j/m = i/n (Moore 2002, "Fast and Accurate
    // Sentence Alignment of Bilingual Corpora"); at least as wide as the diagonal climbs
    // from one row to the next.
    static Band diagonal(qsizetype rows, qsizetype columns, qsizetype halfWidth)
    {
        std::vector<qsizetype> lo(std::size_t(rows + 1));
        std::vector<qsizetype> hi(std::size_t(rows + 1));
        for (qsizetype i = 0; i <= rows; ++i) {
            const qsizetype diagonal = rows == 0 ? 0 : (i * columns + rows / 2) / rows;
            lo[std::size_t(i)] = std::max<qsizetype>(0, diagonal - halfWidth);
            hi[std::size_t(i)] = std::min(columns, diagonal + halfWidth);
        }
        if (rows == 0)
            hi[0] = columns;
        return Band(std::move(lo), std::move(hi), columns);
    }

    // Within `halfWidth` of a path through the table: its cells, and in the rows a bead
    // passes over, the columns between its ends.
    static Band around(const std::vector<std::pair<qsizetype, qsizetype>> &path, qsizetype rows,
                       qsizetype columns, qsizetype halfWidth)
    {
        std::vector<qsizetype> lo(std::size_t(rows + 1), columns);
        std::vector<qsizetype> hi(std::size_t(rows + 1), 0);
        for (std::size_t k = 0; k < path.size(); ++k) {
            const auto [i, j] = path[k];
            const auto [fromRow, fromColumn] = k == 0 ? path[k] : path[k - 1];
            for (qsizetype row = fromRow; row <= i; ++row) {
                lo[std::size_t(row)] = std::min(lo[std::size_t(row)], fromColumn);
                hi[std::size_t(row)] = std::max(hi[std::size_t(row)], j);
            }
        }
        for (qsizetype i = 0; i <= rows; ++i) {
            lo[std::size_t(i)] = std::max<qsizetype>(0, lo[std::size_t(i)] - halfWidth);
            hi[std::size_t(i)] = std::min(columns, hi[std::size_t(i)] + halfWidth);
        }
        return Band(std::move(lo), std::move(hi), columns);
    }

    qsizetype lo(qsizetype i) const { return m_lo[std::size_t(i)]; }
    qsizetype hi(qsizetype i) const { return m_hi[std::size_t(i)]; }
    bool contains(qsizetype i, qsizetype j) const
    {
        return i >= 0 && i < qsizetype(m_lo.size()) && j >= lo(i) && j <= hi(i);
    }
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

// The dynamic programme calls exp() and log() hundreds of millions of times. On x86-64 glibc
// runs them in AVX code (its FMA/AVX2 variants), and between those calls ours ran in SSE
// code: each switch between the two paid the SSE/AVX transition penalty, and the alignment
// took 1.7 times as long (2.55 s against 1.45 s for 5,000 sentences a side; the same as
// with GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX,-AVX2, which made glibc stay in SSE). Built
// twice, for AVX2 and for any x86-64, and chosen at load time, the loops stay in one kind of
// code on every machine.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && defined(__ELF__)
#define DYNAMIC_PROGRAMME __attribute__((target_clones("avx2", "default")))
#else
#define DYNAMIC_PROGRAMME
#endif

// A bead of the alignment found: its shape, and the cell it ends in.
struct Step
{
    qsizetype i;
    qsizetype j;
    int shape;
};

// -log Σ exp(−cost) over a cell's incoming (or outgoing) beads, without overflow: the
// least cost plus the log of a sum of terms at most 1. Terms more than 40 above the least
// add under 10⁻¹⁷ and are left out, which spares most exp() calls.
class Terms
{
public:
    void add(double cost)
    {
        if (cost != unreachable)
            m_costs[m_count++] = cost;
    }
    double sum() const
    {
        if (m_count == 0)
            return unreachable;
        const double least = *std::min_element(m_costs.begin(), m_costs.begin() + m_count);
        double total = 0.0;
        for (std::size_t k = 0; k < m_count; ++k) {
            const double above = m_costs[k] - least;
            if (above < 40.0)
                total += above == 0.0 ? 1.0 : std::exp(-above);
        }
        return least - std::log(total);
    }

private:
    std::array<double, shapes.size() + 1> m_costs{};
    std::size_t m_count = 0;
};

// The least-cost alignment inside `band`. Costs are kept for the last rows only (no bead
// reaches back further than three); for the way back, the bead that ends in each cell, one
// byte a cell. `nearEdge` tells whether the alignment found runs close to the band's edge,
// where a better one outside it may have been missed.
DYNAMIC_PROGRAMME std::vector<Step> bestPath(const Costs &costs, const Band &band, qsizetype rows,
                                             qsizetype columns, qsizetype margin, bool *nearEdge)
{
    std::array<std::vector<double>, longestShape + 1> cost; // cost[i % 4][j - lo(i)]
    std::vector<std::int8_t> via(std::size_t(band.cells()), -1);
    for (qsizetype i = 0; i <= rows; ++i) {
        std::vector<double> &row = cost[std::size_t(i % (longestShape + 1))];
        row.assign(std::size_t(band.hi(i) - band.lo(i) + 1), unreachable);
        for (qsizetype j = band.lo(i); j <= band.hi(i); ++j) {
            double &here = row[std::size_t(j - band.lo(i))];
            if (i == 0 && j == 0) {
                here = 0.0;
                continue;
            }
            for (std::size_t s = 0; s < shapes.size(); ++s) {
                const Shape &shape = shapes[s];
                const qsizetype fromRow = i - shape.first;
                const qsizetype fromColumn = j - shape.second;
                if (fromColumn < 0 || !band.contains(fromRow, fromColumn))
                    continue;
                const double before = cost[std::size_t(fromRow % (longestShape + 1))]
                                          [std::size_t(fromColumn - band.lo(fromRow))];
                if (before == unreachable)
                    continue;
                const double total = before + costs.bead(shape, i, j, here - before);
                if (total < here) {
                    here = total;
                    via[std::size_t(band.index(i, j))] = static_cast<std::int8_t>(s);
                }
            }
        }
    }

    std::vector<Step> path;
    *nearEdge = false;
    qsizetype i = rows;
    qsizetype j = columns;
    while (i > 0 || j > 0) {
        *nearEdge = *nearEdge || band.nearEdge(i, j, margin);
        const int s = via[std::size_t(band.index(i, j))];
        path.push_back({i, j, s});
        i -= shapes[std::size_t(s)].first;
        j -= shapes[std::size_t(s)].second;
    }
    std::reverse(path.begin(), path.end());
    return path;
}

// The posterior probability of each bead of `path` over all alignments inside `band`
// (forward–backward over the same costs, read as -log probabilities): how sure the model
// is of that bead, given every other way the texts could pair up around it.
DYNAMIC_PROGRAMME std::vector<double> beadPosteriors(const Costs &costs, const Band &band,
                                                     qsizetype rows, qsizetype columns,
                                                     const std::vector<Step> &path)
{
    std::vector<double> forward(std::size_t(band.cells()), unreachable);
    std::vector<double> backward(std::size_t(band.cells()), unreachable);
    for (qsizetype i = 0; i <= rows; ++i) {
        for (qsizetype j = band.lo(i); j <= band.hi(i); ++j) {
            Terms terms;
            if (i == 0 && j == 0)
                terms.add(0.0);
            for (const Shape &shape : shapes) {
                const qsizetype fromRow = i - shape.first;
                const qsizetype fromColumn = j - shape.second;
                if (fromColumn < 0 || !band.contains(fromRow, fromColumn))
                    continue;
                const double before = forward[std::size_t(band.index(fromRow, fromColumn))];
                if (before != unreachable)
                    terms.add(before + costs.bead(shape, i, j));
            }
            forward[std::size_t(band.index(i, j))] = terms.sum();
        }
    }
    for (qsizetype i = rows; i >= 0; --i) {
        for (qsizetype j = band.hi(i); j >= band.lo(i); --j) {
            Terms terms;
            if (i == rows && j == columns)
                terms.add(0.0);
            for (const Shape &shape : shapes) {
                const qsizetype toRow = i + shape.first;
                const qsizetype toColumn = j + shape.second;
                if (toRow > rows || !band.contains(toRow, toColumn))
                    continue;
                const double after = backward[std::size_t(band.index(toRow, toColumn))];
                if (after != unreachable)
                    terms.add(after + costs.bead(shape, toRow, toColumn));
            }
            backward[std::size_t(band.index(i, j))] = terms.sum();
        }
    }
    const double total = forward[std::size_t(band.index(rows, columns))];
    std::vector<double> posteriors;
    posteriors.reserve(path.size());
    for (const Step &step : path) {
        const Shape &shape = shapes[std::size_t(step.shape)];
        const qsizetype fromRow = step.i - shape.first;
        const qsizetype fromColumn = step.j - shape.second;
        const double through = forward[std::size_t(band.index(fromRow, fromColumn))]
            + costs.bead(shape, step.i, step.j) + backward[std::size_t(band.index(step.i, step.j))];
        posteriors.push_back(std::clamp(std::exp(total - through), 0.0, 1.0));
    }
    return posteriors;
}

AlignmentAnchors::Words wordAnchors(const Text &first, const Text &second)
{
    const bool firstLatin = AlignmentAnchors::isMostlyLatin(first.sentences.join(u' '));
    const bool secondLatin = AlignmentAnchors::isMostlyLatin(second.sentences.join(u' '));
    if (firstLatin == secondLatin)
        return AlignmentAnchors::Words::None;
    return firstLatin ? AlignmentAnchors::Words::OfSecond : AlignmentAnchors::Words::OfFirst;
}

std::vector<std::pair<qsizetype, qsizetype>> corners(const std::vector<Step> &path)
{
    std::vector<std::pair<qsizetype, qsizetype>> points{{0, 0}};
    for (const Step &step : path)
        points.emplace_back(step.i, step.j);
    return points;
}
} // namespace

namespace SentenceAligner {
QList<AlignedPair> align(const QStringList &first, const QStringList &second, const Limits &limits)
{
    return alignParagraphs({first}, {second}, limits);
}

QList<AlignedPair> alignParagraphs(const QList<QStringList> &firstParagraphs,
                                   const QList<QStringList> &secondParagraphs, const Limits &limits)
{
    Text first(firstParagraphs);
    Text second(secondParagraphs);
    const qsizetype rows = first.size();
    const qsizetype columns = second.size();
    const AlignmentAnchors::Words words = wordAnchors(first, second);
    first.markAnchors(words == AlignmentAnchors::Words::OfFirst);
    second.markAnchors(words == AlignmentAnchors::Words::OfSecond);

    // A first model from the texts' whole lengths, leaning on the usual ratio of their
    // scripts where the texts are short: three Korean sentences against two English ones
    // (one untranslated) say little about the ratio.
    AlignmentLength::Model model;
    model.ratio = AlignmentLength::typicalRatio(first.sentences, second.sentences);
    if (first.ends.back() > 0 && second.ends.back() > 0) {
        const double observed = double(second.ends.back()) / double(first.ends.back());
        const double weight = double(std::min(rows, columns));
        model.ratio = std::exp((priorWeight * std::log(model.ratio) + weight * std::log(observed))
                               / (priorWeight + weight));
    }
    model.variance = std::max(2.0, 2.6 * model.ratio);

    // First pass: a band around the diagonal, widened where the alignment nears its edge
    // (Moore 2002), up to a bound on memory. A band narrower than the diagonal's climb per
    // row cannot reach the end; that one is taken whatever the bound.
    const qsizetype narrowest = columns / std::max<qsizetype>(rows, 1) + longestShape;
    const qsizetype widest = std::max({rows, columns, narrowest});
    const auto diagonalCells = [&](qsizetype halfWidth) {
        return Band::diagonal(rows, columns, halfWidth).cells();
    };
    qsizetype halfWidth = std::clamp(limits.halfWidth, narrowest, widest);
    while (halfWidth > narrowest && diagonalCells(halfWidth) > limits.maxCells)
        halfWidth = std::max(narrowest, halfWidth / 2);
    std::vector<Step> path;
    while (true) {
        bool nearEdge = false;
        const Band band = Band::diagonal(rows, columns, halfWidth);
        path = bestPath(Costs(first, second, model, words), band, rows, columns,
                        std::max<qsizetype>(1, halfWidth / 4), &nearEdge);
        if (!nearEdge || halfWidth == widest
            || diagonalCells(std::min(halfWidth * 2, widest)) > limits.maxCells)
            break;
        halfWidth = std::min(halfWidth * 2, widest);
    }

    // Second pass: the length model learnt from the first alignment, in a band around it;
    // the posteriors of its beads are their confidence.
    std::vector<AlignmentLength::Lengths> oneToOne;
    for (const Step &step : path) {
        if (step.shape == 0)
            oneToOne.push_back({double(first.length(step.i - 1, step.i)),
                                double(second.length(step.j - 1, step.j))});
    }
    model = AlignmentLength::estimated(std::move(oneToOne), model);
    const Costs costs(first, second, model, words);
    qsizetype pathWidth = std::min<qsizetype>(32, widest);
    // The second pass keeps a byte for the way back and two costs for the posteriors a cell.
    const auto fits = [&limits](const Band &band) {
        return band.cells() * qint64(1 + 2 * sizeof(double)) <= limits.maxPosteriorBytes;
    };
    std::vector<double> confidence;
    while (true) {
        const Band band = Band::around(corners(path), rows, columns, pathWidth);
        bool nearEdge = false;
        path =
            bestPath(costs, band, rows, columns, std::max<qsizetype>(1, pathWidth / 4), &nearEdge);
        const qsizetype wider = std::min(pathWidth * 2, widest);
        if (nearEdge && pathWidth < widest
            && fits(Band::around(corners(path), rows, columns, wider))) {
            pathWidth = wider;
            continue;
        }
        const Band final = Band::around(corners(path), rows, columns, pathWidth);
        if (fits(final))
            confidence = beadPosteriors(costs, final, rows, columns, path);
        break;
    }

    QList<AlignedPair> pairs;
    pairs.reserve(qsizetype(path.size()));
    for (std::size_t k = 0; k < path.size(); ++k) {
        const Step &step = path[k];
        const Shape &shape = shapes[std::size_t(step.shape)];
        const qsizetype fromRow = step.i - shape.first;
        const qsizetype fromColumn = step.j - shape.second;
        AlignedPair pair;
        pair.first = first.sentences.mid(fromRow, shape.first);
        pair.second = second.sentences.mid(fromColumn, shape.second);
        pair.confidence = confidence.empty() ? 1.0 : confidence[k];
        pair.startsParagraph = (shape.first > 0 && first.startsParagraph(fromRow))
            || (shape.second > 0 && second.startsParagraph(fromColumn));
        pairs.append(std::move(pair));
    }
    return pairs;
}
} // namespace SentenceAligner
