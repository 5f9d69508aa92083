#include "library/librarytext.h"

#include "terms/koreanparticles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LibraryText {
namespace {
// Scripts written without spaces between words, indexed by pairs of characters.
bool isPairScript(char16_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
        || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) // Hangul jamo
        || (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana, the prolonged sound mark
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF) // Han
        || (c >= 0xFF66 && c <= 0xFF9F); // half-width katakana
}

bool isHangulSyllable(char16_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

// A Latin (or Cyrillic, Greek…) word character: what FTS5's unicode61 tokenizer keeps
// in a token. Surrogate pairs count as separators; no briefing word needs them.
bool isWordCharacter(char16_t c)
{
    return !QChar::isSurrogate(c) && QChar::isLetterOrNumber(c);
}

enum class RunKind { Word, Pairs };
struct Run
{
    RunKind kind;
    QString text; // folded
};

// The text cut into Latin words and runs of pair-script characters, folded.
QList<Run> runs(QStringView text)
{
    QList<Run> result;
    QString current;
    RunKind kind = RunKind::Word;
    auto flush = [&] {
        if (!current.isEmpty())
            result.append({kind, current});
        current.clear();
    };
    for (const QChar ch : text) {
        const char16_t c = folded(ch.unicode());
        const bool pair = isPairScript(c);
        if (pair || isWordCharacter(c)) {
            const RunKind wanted = pair ? RunKind::Pairs : RunKind::Word;
            if (wanted != kind)
                flush();
            kind = wanted;
            current.append(QChar(c));
        } else {
            flush();
        }
    }
    flush();
    return result;
}

void appendPairs(QString &out, QStringView run)
{
    if (run.size() == 1) {
        out.append(run);
        out.append(u' ');
        return;
    }
    for (qsizetype i = 0; i + 1 < run.size(); ++i) {
        out.append(run.mid(i, 2));
        out.append(u' ');
    }
}

QString quotedPhrase(QStringView tokens)
{
    // Tokens are letters and digits only, so nothing in them needs escaping.
    return u'"' + tokens.trimmed().toString() + u'"';
}

// The stem of a Korean word written with particles (오염수를 → 오염수), or empty.
QString koreanStem(QStringView run)
{
    if (run.size() < 3 || !std::all_of(run.begin(), run.end(), [](QChar c) {
            return isHangulSyllable(c.unicode());
        }))
        return {};
    // One-syllable particles that also end many nouns (정상회의, 한반도, 관계자) are left
    // alone: stripping them would search for another word.
    static const QStringList ambiguous{u"의"_s, u"도"_s, u"이"_s, u"가"_s, u"와"_s,
                                       u"과"_s, u"자"_s, u"나"_s, u"로"_s};
    for (qsizetype stem = run.size() - 1; stem >= 2; --stem) {
        const QStringView rest = run.mid(stem);
        if (KoreanParticles::isParticleRun(rest) && !ambiguous.contains(rest))
            return run.first(stem).toString();
    }
    return {};
}
} // namespace

char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
    if (c >= 0xFF01 && c <= 0xFF5E)
        return folded(char16_t(c - 0xFEE0));
    if (c >= 0x2E80 && c < 0xFF00)
        return c;
    if (QChar::isSurrogate(c))
        return c;
    return QChar::toCaseFolded(c);
}

QString indexForm(QStringView text)
{
    QString out;
    out.reserve(text.size() * 3);
    for (const Run &run : runs(text)) {
        if (run.kind == RunKind::Pairs) {
            appendPairs(out, run.text);
        } else {
            out.append(run.text);
            out.append(u' ');
        }
    }
    out.chop(out.endsWith(u' ') ? 1 : 0);
    return out;
}

Query parseQuery(QStringView query)
{
    Query result;
    QStringList terms;
    QStringList exactTerms;
    for (QStringView part : query.split(u' ', Qt::SkipEmptyParts)) {
        const QList<Run> parts = runs(part);
        if (parts.isEmpty())
            continue;
        QString tokens;
        for (const Run &run : parts) {
            if (run.kind == RunKind::Pairs)
                appendPairs(tokens, run.text);
            else
                tokens.append(run.text + u' ');
            result.words.append(run.text);
        }
        const Run &last = parts.constLast();
        // A single Han or kana character, or a Latin word being typed: whatever begins so.
        // Not below three letters: "th*" would expand to every word in the index.
        const bool prefix = (last.kind == RunKind::Word && last.text.size() >= 3)
            || (last.kind == RunKind::Pairs && last.text.size() == 1);
        QString term = quotedPhrase(tokens) + (prefix ? u"*"_s : QString());
        QString exact = quotedPhrase(tokens);
        if (parts.size() == 1 && last.kind == RunKind::Pairs) {
            const QString stem = koreanStem(last.text);
            if (!stem.isEmpty()) {
                QString stemTokens;
                appendPairs(stemTokens, stem);
                term = u"(%1 OR %2)"_s.arg(term, quotedPhrase(stemTokens));
                exact = term;
                result.words.append(stem);
            }
        }
        terms.append(term);
        exactTerms.append(exact);
    }
    result.match = terms.join(u" AND "_s);
    result.exactMatch = exactTerms.join(u" AND "_s);
    return result;
}

Snippet snippet(QStringView text, const QStringList &words, qsizetype width)
{
    QString foldedText(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        foldedText[i] = QChar(folded(text[i].unicode()));

    // Every occurrence of every word: pair-script runs anywhere, Latin words at a word's
    // start (the index matches them as prefixes).
    QList<std::pair<qsizetype, qsizetype>> found;
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        const bool latin = !isPairScript(word.front().unicode());
        for (qsizetype at = foldedText.indexOf(word); at >= 0;
             at = foldedText.indexOf(word, at + 1)) {
            if (latin && at > 0 && isWordCharacter(foldedText[at - 1].unicode()))
                continue;
            found.append({at, word.size()});
        }
    }
    std::sort(found.begin(), found.end());

    const qsizetype first = found.isEmpty() ? 0 : found.constFirst().first;
    qsizetype start = std::max<qsizetype>(0, first - width / 4);
    qsizetype end = std::min(text.size(), start + width);
    start = std::max<qsizetype>(0, std::min(start, end - width));
    // Cut Latin text at a space rather than inside a word.
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && space < first && space - start < 20)
            start = space + 1;
    }
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > first && end - space < 20)
            end = space;
    }

    Snippet result;
    const QString lead = start > 0 ? u"…"_s : QString();
    result.text = lead + text.mid(start, end - start).toString();
    if (end < text.size())
        result.text += u'…';
    for (QChar &c : result.text) {
        if (c == u'\n' || c == u'\t' || c == u'\r')
            c = u' ';
    }
    qsizetype lastEnd = 0;
    for (const auto &[at, length] : std::as_const(found)) {
        if (at < start || at + length > end || at < lastEnd)
            continue;
        result.marks.append({at - start + lead.size(), length});
        lastEnd = at + length;
    }
    return result;
}

} // namespace LibraryText
