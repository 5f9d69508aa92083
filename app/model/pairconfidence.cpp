#include "model/pairconfidence.h"

#include <algorithm>
#include <cmath>

namespace {
// Letters and digits: spaces and punctuation differ between the languages' conventions.
int letters(const QString &text)
{
    return int(
        std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}
} // namespace

PairConfidence::PairConfidence(const Briefing &briefing)
{
    const QList<Passage> &passages = briefing.passages();
    QList<std::pair<int, int>> counts;
    counts.reserve(passages.size());
    QList<double> logRatios;
    m_confidence.reserve(passages.size());
    for (const Passage &passage : passages) {
        m_confidence.append(passage.confidence.value_or(-1.0));
        const int first = letters(passage.text[0]);
        const int second = letters(passage.text[1]);
        counts.append({first, second});
        if (first > 0 && second > 0 && std::max(first, second) >= minimumLetters)
            logRatios.append(std::log(double(first) / second));
    }
    double usual = 0;
    if (!logRatios.isEmpty()) {
        const auto middle = logRatios.begin() + logRatios.size() / 2;
        std::nth_element(logRatios.begin(), middle, logRatios.end());
        usual = *middle;
    }
    m_deviation.reserve(passages.size());
    for (const auto &[first, second] : std::as_const(counts)) {
        if ((first == 0) != (second == 0))
            m_deviation.append(0);
        else if (first == 0 || std::max(first, second) < minimumLetters)
            m_deviation.append(-1);
        else
            m_deviation.append(std::exp(std::abs(std::log(double(first) / second) - usual)));
    }
}

PairConfidence::Concern PairConfidence::concern(int passage) const
{
    if (passage < 0 || passage >= m_deviation.size())
        return Concern::None;
    const double deviation = m_deviation.at(passage);
    if (deviation == 0)
        return Concern::OneLanguageOnly;
    const double stored = m_confidence.at(passage);
    if (stored >= 0 && stored < lowConfidence)
        return Concern::LowConfidence;
    return deviation >= flaggedDeviation ? Concern::LengthRatio : Concern::None;
}

double PairConfidence::confidence(int passage) const
{
    return passage >= 0 && passage < m_confidence.size() ? m_confidence.at(passage) : -1.0;
}

double PairConfidence::deviation(int passage) const
{
    return passage >= 0 && passage < m_deviation.size() ? std::max(m_deviation.at(passage), 1.0)
                                                        : 1.0;
}
