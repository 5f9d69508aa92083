#include "import/lengthmodel.h"

#include "import/scriptcounts.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace AlignmentLength {

namespace {
// log(erfc(x)) for x >= 0, without underflow: erfc(x) is below the smallest double for
// x > 27, where the asymptotic expansion erfc(x) ≈ exp(-x²)/(x·√π) is exact enough.
double logErfc(double x)
{
    if (x < 25.0)
        return std::log(std::erfc(x));
    return -x * x - std::log(x * std::sqrt(std::numbers::pi));
}

// -log P(|Z| ≥ |δ|) under the normal model, the "match" cost of Gale & Church.
// P(|Z| ≥ |δ|) = 2·(1 − Φ(|δ|)) = erfc(|δ|/√2)
double exactLengthCost(double delta)
{
    return -logErfc(std::abs(delta) / std::numbers::sqrt2);
}
} // namespace

// The same from a table, linearly interpolated (off by less than 10⁻⁵): erfc() and log()
// were two thirds of an alignment's time, a few hundred million calls for 40,000 sentences.
double cost(double delta)
{
    constexpr int steps = 256; // per unit of δ
    constexpr double tableEnd = 40.0;
    static const std::vector<double> table = [] {
        std::vector<double> values(std::size_t(tableEnd * steps) + 2);
        for (std::size_t k = 0; k < values.size(); ++k)
            values[k] = exactLengthCost(double(k) / steps);
        return values;
    }();
    const double x = std::abs(delta) * steps;
    if (x >= tableEnd * steps)
        return exactLengthCost(delta);
    const auto k = std::size_t(x);
    const double fraction = x - double(k);
    return table[k] + (table[k + 1] - table[k]) * fraction;
}

// A floor under cost(delta) that needs no logarithm: erfc(x) ≤ exp(−x²), so the
// cost is at least δ²/2 (a hair less here, against rounding).
double costFloor(double delta)
{
    return 0.5 * delta * delta * (1.0 - 1e-9);
}

// c and s2 from the 1:1 beads of a first alignment: c from the middle 80% of their length
// ratios, s2 from the median of (l2 − c·l1)²/l1 (the median of a squared standard normal is
// 0.455). Robust to the wrong beads a first alignment has, and estimated per text, so no
// constant fits one genre only.
Model estimated(std::vector<Lengths> pairs, const Model &prior)
{
    // Beads this short say more about punctuation than about the languages.
    std::erase_if(pairs, [](const Lengths &pair) { return pair.first < 8 || pair.second < 8; });
    if (pairs.size() < 20)
        return prior;
    std::sort(pairs.begin(), pairs.end(), [](const Lengths &a, const Lengths &b) {
        return a.second * b.first < b.second * a.first;
    });
    const std::size_t trim = pairs.size() / 10;
    double sumFirst = 0;
    double sumSecond = 0;
    for (std::size_t k = trim; k < pairs.size() - trim; ++k) {
        sumFirst += pairs[k].first;
        sumSecond += pairs[k].second;
    }
    Model model;
    model.ratio = sumSecond / sumFirst;
    std::vector<double> squares;
    squares.reserve(pairs.size());
    for (const Lengths &pair : pairs) {
        const double mean = (pair.first + pair.second / model.ratio) / 2.0;
        const double residual = pair.second - model.ratio * pair.first;
        squares.push_back(residual * residual / mean);
    }
    std::nth_element(squares.begin(), squares.begin() + std::ptrdiff_t(squares.size() / 2),
                     squares.end());
    model.variance = std::clamp(squares[squares.size() / 2] / 0.455, 1.0, 40.0);
    return model;
}

// How much longer, in characters, a translation in the second text's script usually is
// than the first: English is about 2.6 times as long as Korean in news copy (measured on the
// hand-aligned briefing in tests/import/tst_alignment.cpp: 2.64 over 35 beads), about 3 times
// as long as Japanese, 3.5 times as long as Chinese. Only a starting point: the texts'
// own lengths soon outweigh it (see SentenceAligner::alignParagraphs()).
double typicalRatio(const QStringList &first, const QStringList &second)
{
    const auto charactersPerLatinLetter = [](const QStringList &text) {
        ScriptCounts counts;
        for (const QString &sentence : text)
            counts.add(sentence);
        const qsizetype most = std::max({counts.hangul, counts.kana + counts.han, counts.latin});
        if (most == 0 || most == counts.latin)
            return 1.0;
        if (most == counts.hangul)
            return 2.6;
        return counts.kana > 0 ? 3.0 : 3.5;
    };
    return charactersPerLatinLetter(first) / charactersPerLatinLetter(second);
}

} // namespace AlignmentLength
