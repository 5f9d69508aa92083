#include "reading/panetext.h"

#include "model/passagetext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

PaneText::PaneText(const Briefing &briefing, int languageSlot)
{
    const QList<Passage> &passages = briefing.passages();
    m_passages = QList<Range>(passages.size(), Range{});
    m_byStart.reserve(passages.size());
    qsizetype estimated = 0;
    for (const Passage &passage : passages)
        estimated += passage.text[std::size_t(languageSlot)].size() + 1;
    m_text.reserve(estimated + passages.size());

    int block = -1;
    bool paragraphPending = false;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const Passage &passage = passages.at(i);
        paragraphPending = paragraphPending || passage.startsParagraph;
        const QString shown = PassageText::shown(passage.text[std::size_t(languageSlot)]);
        if (shown.isEmpty()) {
            m_passages[i] = {-1, int(m_text.size()), 0};
            continue;
        }
        if (block < 0) {
            block = 0;
        } else if (paragraphPending) {
            // An empty block between paragraphs: QPlainTextDocumentLayout has no paragraph
            // spacing.
            m_text += u"\n\n"_s;
            block += 2;
        } else {
            m_text += u' ';
        }
        paragraphPending = false;
        m_passages[i] = {block, int(m_text.size()), int(shown.size())};
        m_byStart.append(int(i));
        m_text += shown;
    }
}

bool PaneText::hasText(int passage) const
{
    return passage >= 0 && passage < m_passages.size() && m_passages.at(passage).block >= 0;
}

int PaneText::block(int passage) const
{
    return passage >= 0 && passage < m_passages.size() ? m_passages.at(passage).block : -1;
}

int PaneText::start(int passage) const
{
    return passage >= 0 && passage < m_passages.size() ? m_passages.at(passage).start : 0;
}

int PaneText::length(int passage) const
{
    return passage >= 0 && passage < m_passages.size() ? m_passages.at(passage).length : 0;
}

int PaneText::passageAt(int position) const
{
    // The last passage starting at or before the position, if the position lies inside it.
    const auto it =
        std::upper_bound(m_byStart.cbegin(), m_byStart.cend(), position,
                         [this](int at, int passage) { return at < m_passages.at(passage).start; });
    if (it == m_byStart.cbegin())
        return -1;
    const Range &range = m_passages.at(*(it - 1));
    return position < range.start + range.length ? *(it - 1) : -1;
}

QList<int> PaneText::passagesBetween(int from, int to) const
{
    // Passages do not overlap, so their ends are in order as well as their starts.
    auto it = std::upper_bound(m_byStart.cbegin(), m_byStart.cend(), from, [this](int at, int p) {
        return at < m_passages.at(p).start + m_passages.at(p).length;
    });
    QList<int> passages;
    for (; it != m_byStart.cend() && m_passages.at(*it).start < to; ++it)
        passages.append(*it);
    return passages;
}

int PaneText::nearestWithText(int passage) const
{
    if (m_byStart.isEmpty() || passage < 0 || passage >= m_passages.size())
        return -1;
    if (hasText(passage))
        return passage;
    const auto it = std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), passage);
    return it != m_byStart.cend() ? *it : m_byStart.last();
}

int PaneText::firstStartingFrom(int position) const
{
    const auto it =
        std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), position,
                         [this](int passage, int at) { return m_passages.at(passage).start < at; });
    return it != m_byStart.cend() ? *it : -1;
}
