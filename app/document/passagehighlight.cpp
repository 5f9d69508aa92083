#include "document/passagehighlight.h"

#include <algorithm>

PassageHighlight::PassageHighlight(const Briefing &briefing, int issueIndex)
{
    if (issueIndex < 0 || issueIndex >= briefing.issues().size())
        return;
    const Issue &issue = briefing.issues().at(issueIndex);
    m_issue = issueIndex;
    m_passages = issue.relevantPassages;
    for (const Stance &stance : issue.stances) {
        for (int passage : stance.evidence)
            m_evidence[passage] |= quint64(1) << stance.side;
    }
}

bool PassageHighlight::isRelevant(int passage) const
{
    return std::binary_search(m_passages.cbegin(), m_passages.cend(), passage);
}

int PassageHighlight::next(int passage) const
{
    const auto it = std::upper_bound(m_passages.cbegin(), m_passages.cend(), passage);
    return it == m_passages.cend() ? -1 : *it;
}

int PassageHighlight::previous(int passage) const
{
    const auto it = std::lower_bound(m_passages.cbegin(), m_passages.cend(), passage);
    return it == m_passages.cbegin() ? -1 : *(it - 1);
}
