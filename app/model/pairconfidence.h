#pragma once

#include "model/briefing.h"

#include <QList>

// Which passage pairs a reader should check: a pair with text in one language only, a pair
// the aligner that made it was unsure of (the passage's stored confidence), or a pair whose
// two texts differ in length far more than the briefing's pairs usually do (a sentence joined
// to the wrong neighbour, a half left behind at a split, by hand or by an aligner that kept no
// confidence). Korean runs to about half the characters of its English, Japanese to about a
// third, so each briefing is measured against its own median ratio rather than a fixed one.
// Plain data, built in time linear in the text.
class PairConfidence final
{
public:
    enum class Concern { None, OneLanguageOnly, LowConfidence, LengthRatio };

    PairConfidence() = default;
    explicit PairConfidence(const Briefing &briefing);

    Concern concern(int passage) const;
    // How many times further from the usual ratio the pair is (1 for a usual pair); the
    // longer side's excess, whichever side it is.
    double deviation(int passage) const;

    // A pair this many times off the usual ratio is flagged; shorter pairs than `minimumLetters`
    // on both sides vary too much to judge ("Yes." — "네.").
    static constexpr double flaggedDeviation = 2.0;
    static constexpr int minimumLetters = 24;
    // A pair whose aligner was less sure of it than this is flagged.
    static constexpr double lowConfidence = 0.5;

    // The aligner's confidence in the pair, from 0 to 1; -1 when it has none.
    double confidence(int passage) const;

private:
    QList<double> m_deviation; // 0: one language only; -1: too short to judge
    QList<double> m_confidence; // -1: none stored
};
