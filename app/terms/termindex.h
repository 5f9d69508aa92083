#pragma once

#include "model/briefing.h"
#include "terms/glossary.h"

#include <QList>
#include <QString>

#include <utility>

// Where each concept's wordings occur in a briefing's two texts: the built-in glossary with
// the briefing's own terms over it, matched once over every passage. Immutable; the window
// makes a new one when the briefing changes.
class TermIndex final
{
public:
    struct Occurrence
    {
        int passage = -1;
        int column = 0; // 0: the briefing's first language, 1: its second
        qsizetype start = 0; // in the passage's stored text
        qsizetype length = 0;
        int term = -1; // index into concepts()
        int wording = -1; // index into that concept's wordings

        friend bool operator==(const Occurrence &, const Occurrence &) = default;
    };

    TermIndex() = default;
    // With `glossary` null, the briefing's own terms only.
    explicit TermIndex(const Briefing &briefing,
                       const GlossaryData *glossary = &Glossary::builtIn());

    const QList<TermConcept> &concepts() const { return m_concepts; }
    // Every occurrence, by passage, then column, then position.
    const QList<Occurrence> &occurrences() const { return m_occurrences; }
    // The occurrences in one passage: a range [first, last) of occurrences().
    std::pair<int, int> inPassage(int passage) const;
    // Concepts that occur at least once, in the order of their first occurrence.
    const QList<int> &found() const { return m_found; }
    // The indices into occurrences() of one concept's occurrences, in document order.
    QList<int> occurrencesOf(int term) const;

    const TermWording &wording(const Occurrence &occurrence) const
    {
        return m_concepts.at(occurrence.term).wordings.at(occurrence.wording);
    }
    // The name of a wording's side: the briefing's side of that id, else the glossary's.
    QString sideName(const QString &sideId, const QStringList &languages) const;
    // Index into the briefing's sides of a wording's side, or -1 (neutral, or a glossary
    // side the briefing does not have).
    int briefingSide(const QString &sideId) const { return m_briefing.sideIndex(sideId); }
    bool isBriefingTerm(int term) const { return term < m_ownTerms; }

private:
    // The occurrences in a run of passages, as the constructor finds them.
    struct Part
    {
        QList<Occurrence> occurrences;
        QList<int> passageStart;
    };
    void append(Part &&part);

    Briefing m_briefing;
    QList<GlossarySide> m_glossarySides;
    QList<TermConcept> m_concepts;
    QList<Occurrence> m_occurrences;
    QList<int> m_passageStart; // passage -> first occurrence; one extra at the end
    QList<int> m_found;
    int m_ownTerms = 0;
};
