#include "terms/termindex.h"

#include "terms/termmatcher.h"

#include <QSet>

TermIndex::TermIndex(const Briefing &briefing, const GlossaryData *glossary)
    : m_briefing(briefing)
{
    if (glossary)
        m_glossarySides = glossary->sides;
    m_concepts = glossary ? Glossary::merged(glossary->terms, briefing.terms()) : briefing.terms();
    m_ownTerms = int(briefing.terms().size());
    const std::array<TermMatcher, 2> matchers{TermMatcher(m_concepts, briefing.languages()[0]),
                                              TermMatcher(m_concepts, briefing.languages()[1])};
    const QList<Passage> &passages = briefing.passages();
    m_passageStart.reserve(passages.size() + 1);
    QList<bool> seen(m_concepts.size(), false);
    for (int p = 0; p < passages.size(); ++p) {
        m_passageStart.append(int(m_occurrences.size()));
        for (int column = 0; column < 2; ++column) {
            for (const TermMatcher::Match &match :
                 matchers[column].find(passages.at(p).text[column])) {
                m_occurrences.append(
                    {p, column, match.start, match.length, match.term, match.wording});
                if (!seen.at(match.term)) {
                    seen[match.term] = true;
                    m_found.append(match.term);
                }
            }
        }
    }
    m_passageStart.append(int(m_occurrences.size()));
}

std::pair<int, int> TermIndex::inPassage(int passage) const
{
    if (passage < 0 || passage + 1 >= m_passageStart.size())
        return {0, 0};
    return {m_passageStart.at(passage), m_passageStart.at(passage + 1)};
}

QList<int> TermIndex::occurrencesOf(int term) const
{
    QList<int> result;
    for (int i = 0; i < m_occurrences.size(); ++i) {
        if (m_occurrences.at(i).term == term)
            result.append(i);
    }
    return result;
}

QString TermIndex::sideName(const QString &sideId, const QStringList &languages) const
{
    if (const int side = m_briefing.sideIndex(sideId); side >= 0)
        return m_briefing.sides().at(side).name.preferred(languages);
    for (const GlossarySide &side : m_glossarySides) {
        if (side.id == sideId)
            return side.name.preferred(languages);
    }
    return sideId;
}
