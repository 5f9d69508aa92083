#pragma once

#include "model/briefing.h"

#include <QHash>
#include <QList>

// What the selected issue marks in the text: its relevant passages, and for each the
// sides whose evidence it is. Built in time proportional to the issue, not the document.
class PassageHighlight final
{
public:
    PassageHighlight() = default;
    PassageHighlight(const Briefing &briefing, int issueIndex);

    bool isEmpty() const { return m_passages.isEmpty(); }
    int issue() const { return m_issue; }
    // The relevant passages in document order.
    const QList<int> &passages() const { return m_passages; }
    bool isRelevant(int passage) const;
    // Bit n set: the passage is evidence of side n's stance (sides are limited to 64).
    quint64 evidenceSides(int passage) const { return m_evidence.value(passage); }

    // The relevant passage after / before `passage` in document order, or -1.
    int next(int passage) const;
    int previous(int passage) const;

private:
    int m_issue = -1;
    QList<int> m_passages;
    QHash<int, quint64> m_evidence;
};
