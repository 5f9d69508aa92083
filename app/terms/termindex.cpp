#include "terms/termindex.h"

#include "terms/termmatcher.h"

#include <QSet>

#include <future>

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
    // Matching is most of the work on a long briefing: its second half is matched on a
    // second core meanwhile (TermMatcher::find() is const and shares nothing).
    const auto match = [&](int from, int to) {
        Part part;
        part.passageStart.reserve(to - from);
        for (int p = from; p < to; ++p) {
            part.passageStart.append(int(part.occurrences.size()));
            for (int column = 0; column < 2; ++column) {
                for (const TermMatcher::Match &found :
                     matchers[column].find(passages.at(p).text[column])) {
                    part.occurrences.append(
                        {p, column, found.start, found.length, found.term, found.wording});
                }
            }
        }
        return part;
    };
    constexpr int worthAThread = 4000;
    const int count = int(passages.size());
    const int half = count >= worthAThread ? count / 2 : count;
    std::future<Part> secondHalf;
    if (half < count)
        secondHalf = std::async(std::launch::async, match, half, count);
    append(match(0, half));
    if (secondHalf.valid())
        append(secondHalf.get());
    m_passageStart.append(int(m_occurrences.size()));
}

void TermIndex::append(Part &&part)
{
    const int offset = int(m_occurrences.size());
    if (m_passageStart.isEmpty())
        m_passageStart = std::move(part.passageStart);
    else
        for (int start : std::as_const(part.passageStart))
            m_passageStart.append(offset + start);
    QList<bool> seen(m_concepts.size(), false);
    for (int term : std::as_const(m_found))
        seen[term] = true;
    for (const Occurrence &occurrence : std::as_const(part.occurrences)) {
        if (!seen.at(occurrence.term)) {
            seen[occurrence.term] = true;
            m_found.append(occurrence.term);
        }
    }
    if (m_occurrences.isEmpty())
        m_occurrences = std::move(part.occurrences);
    else
        m_occurrences.append(part.occurrences);
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
