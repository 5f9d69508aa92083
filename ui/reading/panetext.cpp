#include "reading/panetext.h"

#include "model/passagetext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr QChar zeroWidthSpace(0x200b);

bool isWordCharacter(QChar c)
{
    return !c.isSurrogate() && c.isLetterOrNumber();
}

// Where `shown` needs a break opportunity: every PaneText::breakEvery characters of a run
// longer than PaneText::longRun without white space, between two letters or digits (never
// inside a surrogate pair or before a combining mark, and never next to punctuation, which
// has line-breaking rules of its own).
QList<int> addedBreaks(const QString &shown)
{
    QList<int> breaks;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= shown.size(); ++i) {
        if (i < shown.size() && !shown.at(i).isSpace())
            continue;
        if (i - runStart > PaneText::longRun) {
            qsizetype last = runStart;
            for (qsizetype k = runStart + 1; k < i; ++k) {
                if (k - last >= PaneText::breakEvery && isWordCharacter(shown.at(k - 1))
                    && isWordCharacter(shown.at(k))) {
                    breaks.append(int(k));
                    last = k;
                }
            }
        }
        runStart = i + 1;
    }
    return breaks;
}

QString withBreaks(const QString &shown, const QList<int> &breaks)
{
    QString text;
    text.reserve(shown.size() + breaks.size());
    qsizetype from = 0;
    for (int at : breaks) {
        text += QStringView(shown).mid(from, at - from);
        text += zeroWidthSpace;
        from = at;
    }
    text += QStringView(shown).mid(from);
    return text;
}
} // namespace

PaneText::PaneText(const Briefing &briefing, int languageSlot, Rows rows)
    : m_rows(rows)
    , m_slot(languageSlot)
{
    const QList<Passage> &passages = briefing.passages();
    m_passages = QList<Range>(passages.size(), Range{});
    m_rowOf.reserve(passages.size());
    m_byStart.reserve(passages.size());
    const QList<int> slots = rows == Rows::Stacked ? QList<int>{0, 1} : QList<int>{languageSlot};
    qsizetype estimated = 0;
    for (const Passage &passage : passages) {
        for (int slot : slots)
            estimated += passage.text[std::size_t(slot)].size() + 1;
    }
    m_text.reserve(estimated + passages.size());

    // One text block per row, in both panes alike, whether or not this language has text
    // there: block i of the Korean pane and of the English pane are the same row.
    int block = -1;
    bool blockHasText = false;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const Passage &passage = passages.at(i);
        if (block < 0 || rows != Rows::Paragraphs || passage.startsParagraph) {
            if (block >= 0)
                m_text += u'\n';
            ++block;
            blockHasText = false;
        }
        m_rowOf.append(block);
        Range &range = m_passages[i];
        range.start = int(m_text.size());
        for (int slot : slots) {
            QString shown = PassageText::shown(passage.text[std::size_t(slot)]);
            if (shown.isEmpty())
                continue;
            // Run on after a space in a paragraph; stacked, the second language on a line
            // of its own (a line separator keeps the passage in one block).
            if (blockHasText)
                m_text += rows == Rows::Stacked ? QChar(QChar::LineSeparator) : QChar(u' ');
            if (range.block < 0)
                range.start = int(m_text.size());
            blockHasText = true;
            if (shown.size() > longRun) {
                if (QList<int> breaks = addedBreaks(shown); !breaks.isEmpty()) {
                    shown = withBreaks(shown, breaks);
                    m_breaks.insert(breakKey(int(i), slot), std::move(breaks));
                }
            }
            range.block = block;
            range.segments[std::size_t(slot)] = {int(m_text.size()), int(shown.size())};
            m_text += shown;
        }
        if (range.block >= 0) {
            range.length = int(m_text.size()) - range.start;
            m_byStart.append(int(i));
        }
    }
    m_rowCount = block + 1;
}

int PaneText::row(int passage) const
{
    return passage >= 0 && passage < m_rowOf.size() ? m_rowOf.at(passage) : -1;
}

bool PaneText::showsSlot(int slot) const
{
    return m_rows == Rows::Stacked ? (slot == 0 || slot == 1) : slot == m_slot;
}

bool PaneText::hasText(int passage) const
{
    return passage >= 0 && passage < m_passages.size() && m_passages.at(passage).block >= 0;
}

bool PaneText::hasText(int passage, int slot) const
{
    return hasText(passage) && slot >= 0 && slot < 2 && segment(passage, slot).length >= 0;
}

const PaneText::Segment &PaneText::segment(int passage, int slot) const
{
    return m_passages.at(passage).segments[std::size_t(slot)];
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

int PaneText::position(int passage, int offset) const
{
    if (!hasText(passage))
        return start(passage);
    // The first language shown that has text.
    const int slot = hasText(passage, m_slot) ? m_slot : 1 - m_slot;
    return position(passage, slot, offset);
}

int PaneText::position(int passage, int slot, int offset) const
{
    if (!hasText(passage, slot))
        return start(passage);
    const Segment &text = segment(passage, slot);
    const auto found = m_breaks.constFind(breakKey(passage, slot));
    const int shownLength = text.length - (found == m_breaks.cend() ? 0 : int(found->size()));
    offset = std::clamp(offset, 0, std::max(shownLength, 0));
    if (found == m_breaks.cend())
        return text.start + offset;
    // A break comes before the character at its offset: count those at or before `offset`.
    const auto before = std::upper_bound(found->cbegin(), found->cend(), offset);
    return text.start + offset + int(before - found->cbegin());
}

int PaneText::slotAt(int passage, int position) const
{
    if (!hasText(passage))
        return m_slot;
    if (m_rows != Rows::Stacked)
        return m_slot;
    const Segment &second = segment(passage, 1);
    return second.length >= 0 && position >= second.start ? 1 : (hasText(passage, 0) ? 0 : 1);
}

int PaneText::offsetAt(int passage, int position) const
{
    if (!hasText(passage))
        return 0;
    const int slot = slotAt(passage, position);
    const Segment &text = segment(passage, slot);
    const int inside = std::clamp(position - text.start, 0, text.length);
    const auto found = m_breaks.constFind(breakKey(passage, slot));
    if (found == m_breaks.cend())
        return inside;
    // The k-th break (from 0) is at pane offset breaks[k] + k.
    int breaksBefore = 0;
    while (breaksBefore < found->size() && found->at(breaksBefore) + breaksBefore < inside)
        ++breaksBefore;
    return inside - breaksBefore;
}

void PaneText::dropText()
{
    m_textSize = m_text.size();
    m_text = QString();
}

QString PaneText::plainText(int from, int to) const
{
    return withoutAddedBreaks(m_text.mid(from, to - from), from);
}

QString PaneText::withoutAddedBreaks(QString text, int from) const
{
    const int to = from + int(text.size());
    if (!m_breaks.isEmpty()) {
        for (int passage : passagesBetween(from, to)) {
            for (int slot = 1; slot >= 0; --slot) {
                const auto found = m_breaks.constFind(breakKey(passage, slot));
                if (found == m_breaks.cend())
                    continue;
                // From the last break back, so earlier positions stay valid.
                const int textStart = segment(passage, slot).start;
                for (qsizetype k = found->size() - 1; k >= 0; --k) {
                    const int at = textStart + found->at(k) + int(k) - from;
                    if (at >= 0 && at < text.size() && text.at(at) == zeroWidthSpace)
                        text.remove(at, 1);
                }
            }
        }
    }
    // Stacked, a passage's two languages are on lines of their own when copied too.
    text.replace(QChar(QChar::LineSeparator), u'\n');
    return text;
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
