#include "terms/termmatcher.h"

#include "terms/koreanparticles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isSeparator(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'\u00A0' || (c >= u'\u2010' && c <= u'\u2015')
        || c == u'\u3000' || c == u'\t' || c == u'\n';
}

// One character as the matcher compares it: case-folded, full-width ASCII forms (U+FF01 to
// U+FF5E, common in Japanese copy) as ASCII. Surrogates stay as they are: no wording needs them.
char16_t folded(char16_t c)
{
    // Fast paths first: this runs on every character of the briefing. Hangul, kana and
    // Han have no case.
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
    if (c >= u'\uFF01' && c <= u'\uFF5E')
        return folded(char16_t(c - 0xFEE0));
    if (c >= 0x2E80 && c < 0xFF00)
        return c;
    return QChar::toCaseFolded(c);
}

bool isWordCharacter(char16_t c)
{
    return QChar::isLetterOrNumber(c) || c == u'_';
}

bool isHangulSyllable(char16_t c)
{
    return c >= u'\uAC00' && c <= u'\uD7A3';
}
} // namespace

TermMatcher::TermMatcher(const QList<TermConcept> &concepts, const QString &language)
{
    if (language == u"ko")
        m_script = Script::Korean;
    else if (language == u"ja" || language.startsWith(u"zh"))
        m_script = Script::NoSpaces;
    for (int c = 0; c < concepts.size(); ++c) {
        const QList<TermWording> &wordings = concepts.at(c).wordings;
        for (int w = 0; w < wordings.size(); ++w) {
            if (wordings.at(w).language != language)
                continue;
            QString normal;
            for (const QChar ch : wordings.at(w).text.trimmed()) {
                if (isSeparator(ch.unicode())) {
                    if (!normal.endsWith(u' '))
                        normal.append(u' ');
                } else {
                    normal.append(QChar(folded(ch.unicode())));
                }
            }
            if (normal.isEmpty())
                continue;
            m_byFirst[normal.front().unicode()].append(int(m_wordings.size()));
            m_firstCharacters.setBit(normal.front().unicode());
            if (m_script == Script::Korean && normal.size() >= 3)
                m_longFirstCharacters.setBit(normal.front().unicode());
            m_wordings.append({normal, c, w});
        }
    }
    for (QList<int> &candidates : m_byFirst) {
        std::stable_sort(candidates.begin(), candidates.end(), [this](int a, int b) {
            return m_wordings.at(a).folded.size() > m_wordings.at(b).folded.size();
        });
    }
}

qsizetype TermMatcher::matchAt(QStringView text, qsizetype start, const Wording &wording) const
{
    const QString &want = wording.folded;
    qsizetype t = start;
    for (qsizetype w = 0; w < want.size(); ++w) {
        const char16_t wanted = want.at(w).unicode();
        if (wanted == u' ') {
            // A separator in the wording: one or more in the text; in Korean and Japanese
            // also none (강제 징용 and 강제징용 are the same word).
            const qsizetype before = t;
            while (t < text.size() && isSeparator(text.at(t).unicode()))
                ++t;
            if (t == before && m_script == Script::Latin)
                return -1;
            continue;
        }
        if (m_script == Script::Korean && w > 0) {
            // Spacing inside a Korean compound varies (일본군위안부, 일본군 위안부).
            while (t < text.size() && text.at(t) == u' ')
                ++t;
        }
        if (t >= text.size())
            return -1;
        if (folded(text.at(t).unicode()) != wanted) {
            // "policies" for "policy": -ies replaces the final y.
            if (m_script == Script::Latin && wanted == u'y' && w + 1 == want.size()
                && folded(text.at(t).unicode()) == u'i' && t + 2 < text.size()
                && folded(text.at(t + 1).unicode()) == u'e'
                && folded(text.at(t + 2).unicode()) == u's'
                && (t + 3 == text.size() || !isWordCharacter(text.at(t + 3).unicode())))
                return t + 3;
            return -1;
        }
        ++t;
    }
    return endOfWord(text, t);
}

qsizetype TermMatcher::endOfWord(QStringView text, qsizetype end) const
{
    switch (m_script) {
    case Script::NoSpaces:
        return end;
    case Script::Korean: {
        qsizetype wordEnd = end;
        while (wordEnd < text.size() && isHangulSyllable(text.at(wordEnd).unicode()))
            ++wordEnd;
        return KoreanParticles::isParticleRun(text.sliced(end, wordEnd - end)) ? end : -1;
    }
    case Script::Latin:
        break;
    }
    // English plural endings ("-ies" for a final "y" is matched above). A possessive's
    // apostrophe ends the word, so "East Sea's" finds "East Sea" already.
    const auto followedBy = [&](QStringView ending) {
        if (end + ending.size() > text.size())
            return false;
        for (qsizetype i = 0; i < ending.size(); ++i) {
            if (folded(text.at(end + i).unicode()) != ending.at(i).unicode())
                return false;
        }
        return end + ending.size() == text.size()
            || !isWordCharacter(text.at(end + ending.size()).unicode());
    };
    if (end == text.size() || !isWordCharacter(text.at(end).unicode()))
        return end;
    for (const QStringView ending : {u"s"_s, u"es"_s}) {
        if (followedBy(ending))
            return end + ending.size();
    }
    return -1;
}

QList<TermMatcher::Match> TermMatcher::find(QStringView text) const
{
    QList<Match> matches;
    if (m_wordings.isEmpty())
        return matches;
    for (qsizetype i = 0; i < text.size();) {
        const char16_t first = folded(text.at(i).unicode());
        // Most characters start no wording: a bit says so without a hash lookup.
        if (!m_firstCharacters.testBit(first)) {
            ++i;
            continue;
        }
        const bool boundary = m_script == Script::NoSpaces || i == 0
            || !(m_script == Script::Latin ? isWordCharacter(text.at(i - 1).unicode())
                                           : isHangulSyllable(text.at(i - 1).unicode()));
        // Inside a word only a long Korean wording can begin (below): most letters of an
        // English text are skipped here, before the lookup.
        if (!boundary && !m_longFirstCharacters.testBit(first)) {
            ++i;
            continue;
        }
        const auto candidates = m_byFirst.constFind(first);
        if (candidates == m_byFirst.cend()) {
            ++i;
            continue;
        }
        qsizetype bestEnd = -1;
        int best = -1;
        for (const int index : *candidates) {
            const Wording &wording = m_wordings.at(index);
            // A Korean wording of three syllables or more may close a compound written
            // without a space (원전오염수); a shorter one could be part of another word
            // (동해 in 강동해).
            if (!boundary && !(m_script == Script::Korean && wording.folded.size() >= 3))
                continue;
            const qsizetype end = matchAt(text, i, wording);
            // Longest match; between two that end together (수출 규제 and 수출규제 both
            // read 수출규제), the wording written as the text writes it.
            const bool exact = end == i + wording.folded.size();
            if (end > bestEnd || (end == bestEnd && end >= 0 && exact)) {
                bestEnd = end;
                best = index;
            }
        }
        if (best < 0) {
            ++i;
            continue;
        }
        const Wording &wording = m_wordings.at(best);
        matches.append({i, bestEnd - i, wording.term, wording.wording});
        i = bestEnd;
    }
    return matches;
}
