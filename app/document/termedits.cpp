#include "document/briefingedits.h"

#include "model/briefinglimits.h"

#include <algorithm>

// The edits of a briefing's own terms and of its review verdicts.

namespace {
bool sameFinding(const ReviewVerdict &verdict, const QString &passage, const QString &kind,
                 const QString &key)
{
    return verdict.passage == passage && verdict.kind == kind && verdict.key == key;
}
} // namespace

BriefingData BriefingEdits::setTerm(const BriefingData &data, const TermConcept &term)
{
    if (term.id.isEmpty())
        return data;
    BriefingData edited = data;
    const auto existing = std::find_if(edited.terms.begin(), edited.terms.end(),
                                       [&](const TermConcept &t) { return t.id == term.id; });
    if (term.wordings.isEmpty()) {
        if (existing != edited.terms.end())
            edited.terms.erase(existing);
        return edited;
    }
    if (existing != edited.terms.end())
        *existing = term;
    else if (edited.terms.size() < BriefingLimits::maxIssues)
        edited.terms.append(term);
    return edited;
}

BriefingData BriefingEdits::removeTerm(const BriefingData &data, const QString &id)
{
    BriefingData edited = data;
    edited.terms.removeIf([&](const TermConcept &t) { return t.id == id; });
    return edited;
}

BriefingData BriefingEdits::setReviewVerdict(const BriefingData &data, const ReviewVerdict &verdict)
{
    if (verdict.passage.isEmpty() || verdict.kind.isEmpty() || verdict.key.isEmpty())
        return data;
    BriefingData edited = data;
    const auto existing =
        std::find_if(edited.reviews.begin(), edited.reviews.end(), [&](const ReviewVerdict &v) {
            return sameFinding(v, verdict.passage, verdict.kind, verdict.key);
        });
    if (existing != edited.reviews.end())
        *existing = verdict;
    else
        edited.reviews.append(verdict);
    return edited;
}

BriefingData BriefingEdits::removeReviewVerdict(const BriefingData &data, const QString &passage,
                                                const QString &kind, const QString &key)
{
    BriefingData edited = data;
    edited.reviews.removeIf(
        [&](const ReviewVerdict &v) { return sameFinding(v, passage, kind, key); });
    return edited;
}
