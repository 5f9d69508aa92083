#pragma once

#include "document/documentchange.h"
#include "review/translationreview.h"
#include "terms/termindex.h"

#include <QList>
#include <QObject>

// What the open briefing's texts say beyond their words: where the contested wordings occur
// (glossary and the briefing's own terms) and what the translation review finds. Owned by
// the document, computed when first asked for after a change, shared by every view.
class BriefingAnalysis final : public QObject
{
    Q_OBJECT

public:
    explicit BriefingAnalysis(const Briefing &briefing, QObject *parent = nullptr);

    const TermIndex &terms() const;
    // Every finding, checked ones included, by passage.
    const QList<ReviewFinding> &findings() const;
    // The findings not yet checked.
    int openFindings() const;

    // Called by the document after the briefing changed, before views hear of it, and
    // after they have (the signals then).
    void follow(const DocumentChange &change);
    void announce();

Q_SIGNALS:
    void termsChanged();
    void findingsChanged();

private:
    const Briefing &m_briefing;
    mutable TermIndex m_terms;
    mutable QList<ReviewFinding> m_findings;
    mutable bool m_termsStale = true;
    mutable bool m_findingsStale = true;
    bool m_termsPending = false;
    bool m_findingsPending = false;
};
