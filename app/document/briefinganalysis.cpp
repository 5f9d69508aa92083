#include "document/briefinganalysis.h"

#include <utility>

BriefingAnalysis::BriefingAnalysis(const Briefing &briefing, QObject *parent)
    : QObject(parent)
    , m_briefing(briefing)
{ }

const TermIndex &BriefingAnalysis::terms() const
{
    if (m_termsStale) {
        m_terms = TermIndex(m_briefing);
        m_termsStale = false;
    }
    return m_terms;
}

const QList<ReviewFinding> &BriefingAnalysis::findings() const
{
    if (m_findingsStale) {
        m_findings = TranslationReview::run(m_briefing, terms());
        m_findingsStale = false;
    }
    return m_findings;
}

int BriefingAnalysis::openFindings() const
{
    const QList<ReviewFinding> &all = findings();
    return int(
        std::count_if(all.cbegin(), all.cend(), [](const ReviewFinding &f) { return !f.checked; }));
}

void BriefingAnalysis::follow(const DocumentChange &change)
{
    using Part = DocumentChange::Part;
    // Side names and colours, titles and stances change nothing found.
    const bool texts = change.touches(Part::Passages) || change.touches(Part::Terms)
        || change.touches(Part::Properties) || change.touches(Part::Sides);
    if (texts) {
        m_termsStale = true;
        m_findingsStale = true;
        m_terms = TermIndex();
        m_termsPending = m_findingsPending = true;
    } else if (change.touches(Part::Reviews)) {
        m_findingsStale = true;
        m_findingsPending = true;
    }
}

void BriefingAnalysis::announce()
{
    const bool terms = std::exchange(m_termsPending, false);
    const bool findings = std::exchange(m_findingsPending, false);
    if (terms)
        Q_EMIT termsChanged();
    if (findings)
        Q_EMIT findingsChanged();
}
