#include "import/sentencesegmenter.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <utility>

namespace {
// Abbreviations after which news copy does not end a sentence, even before a capital
// ("Mr. Kim", "Oct. 29", "the U.S. Army"). Matched case-sensitively, as news copy writes
// them. The price: a sentence that really ends in one of these ("...to the U.S. The
// talks...") is not split. "No." counts only before a number (see isAbbreviation).
constexpr std::array<const char16_t *, 39> abbreviations{
    u"Mr.",  u"Mrs.", u"Ms.",  u"Dr.",  u"Prof.", u"St.",   u"Sen.", u"Rep.", u"Gov.", u"Gen.",
    u"Lt.",  u"Col.", u"Sgt.", u"Jr.",  u"Sr.",   u"vs.",   u"etc.", u"e.g.", u"i.e.", u"a.m.",
    u"p.m.", u"A.M.", u"P.M.", u"U.S.", u"U.K.",  u"U.N.",  u"E.U.", u"Jan.", u"Feb.", u"Mar.",
    u"Apr.", u"Jun.", u"Jul.", u"Aug.", u"Sep.",  u"Sept.", u"Oct.", u"Nov.", u"Dec.",
};

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
        || c == u'\v' || c == u'\f';
}

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'?' || c == u'!' || c == u'\u2026' || c == u'\u3002' || c == u'\uFF0E'
        || c == u'\uFF1F' || c == u'\uFF01' || c == u'\u203C';
}

bool isOpening(QChar c)
{
    return c.category() == QChar::Punctuation_Open
        || c.category() == QChar::Punctuation_InitialQuote || c == u'"' || c == u'\'';
}

bool isClosing(QChar c)
{
    return c.category() == QChar::Punctuation_Close || c.category() == QChar::Punctuation_FinalQuote
        || c == u'"' || c == u'\'';
}

// Hanja such as 北 or 日 stand for countries in Korean headlines; they start Korean text
// as much as Hangul does.
bool isKorean(QChar c)
{
    return c.script() == QChar::Script_Hangul || c.script() == QChar::Script_Han;
}

bool isLatinLower(QChar c)
{
    return c.isLower() && c.script() == QChar::Script_Latin;
}

// Line breaks inside a paragraph are layout, not punctuation: QTextBoundaryFinder would
// end a sentence at each one. Each line is trimmed and the lines joined with one space.
QString joinLines(const QString &paragraph)
{
    QString joined;
    joined.reserve(paragraph.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= paragraph.size(); ++i) {
        if (i < paragraph.size() && !isLineBreak(paragraph.at(i)))
            continue;
        const QString line = paragraph.sliced(lineStart, i - lineStart).trimmed();
        if (!line.isEmpty()) {
            if (!joined.isEmpty())
                joined += u' ';
            joined += line;
        }
        lineStart = i + 1;
    }
    return joined;
}

// Where the last sentence-ending punctuation before `end` is, looking back over
// whitespace and closing quotes/brackets; -1 if something else comes first.
qsizetype terminatorBefore(const QString &text, qsizetype end, qsizetype *closers)
{
    qsizetype i = end - 1;
    while (i >= 0 && text.at(i).isSpace())
        --i;
    const qsizetype last = i;
    while (i >= 0 && isClosing(text.at(i)) && !isTerminator(text.at(i)))
        --i;
    *closers = last - i;
    return i >= 0 && isTerminator(text.at(i)) ? i : -1;
}

bool isEllipsisAt(const QString &text, qsizetype terminator)
{
    return text.at(terminator) == u'\u2026'
        || (terminator >= 2 && text.at(terminator) == u'.' && text.at(terminator - 1) == u'.'
            && text.at(terminator - 2) == u'.');
}

// The word that `terminator` (a period) ends, from after the last space or opening
// bracket/quote: "Mr." in "(Mr. Kim".
QStringView wordEndingAt(const QString &text, qsizetype terminator)
{
    qsizetype start = terminator;
    while (start > 0 && !text.at(start - 1).isSpace() && !isOpening(text.at(start - 1)))
        --start;
    return QStringView(text).sliced(start, terminator - start + 1);
}

// "W." in "George W. Bush", "N.K." or "U.S.A.": capital letters each followed by a period.
bool isInitials(QStringView word)
{
    if (word.size() < 2 || word.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i < word.size(); i += 2) {
        if (!word.at(i).isUpper() || word.at(i + 1) != u'.')
            return false;
    }
    return true;
}

bool isAbbreviation(QStringView word, QChar next)
{
    // "No. 3" is a number; "No." before anything else is the answer, which can end a
    // sentence.
    if (word == u"No.")
        return next.isDigit();
    return isInitials(word)
        || std::any_of(abbreviations.begin(), abbreviations.end(),
                       [word](const char16_t *abbreviation) { return word == abbreviation; });
}

// The quote that `close` closes. A straight quote serves both ends, so for one the
// nearest earlier quote that starts a quotation (after a space or bracket) is taken:
// in `말했다. 이어 "다음은` the quote before 다음은 opens one, it closes nothing.
qsizetype openingQuote(const QString &text, qsizetype close)
{
    const QChar quote = text.at(close);
    if (quote == u'\u201D')
        return text.lastIndexOf(u'\u201C', close - 1);
    if (quote == u'\u2019')
        return text.lastIndexOf(u'\u2018', close - 1);
    if (text.at(close - 1).isSpace())
        return -1;
    for (qsizetype i = close - 1; i >= 0; --i) {
        if (text.at(i) == quote
            && (i == 0 || text.at(i - 1).isSpace()
                || text.at(i - 1).category() == QChar::Punctuation_Open)) {
            return i;
        }
    }
    return -1;
}

// Korean quotes a sentence and goes on: `그는 “협의를 계속하겠다.”라고 말했다.` The
// quotative particle (라고, 이라고, 며, 고, 라며, 라는, ...) follows the closing quote
// without a space, so the quote and everything in it belong to the enclosing sentence.
// Returns the ranges [open quote, close quote] where no sentence may end.
QList<std::pair<qsizetype, qsizetype>> quotedClauses(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype close = 1; close + 1 < text.size(); ++close) {
        const QChar quote = text.at(close);
        if (!(quote == u'\u201D' || quote == u'\u2019' || quote == u'"' || quote == u'\'')
            || text.at(close + 1).script() != QChar::Script_Hangul) {
            continue;
        }
        const qsizetype open = openingQuote(text, close);
        if (open >= 0)
            ranges.append({open, close});
    }
    return ranges;
}

// Whether a sentence may end at `pos` (the start of what would be the next sentence).
bool endsSentence(const QString &text, qsizetype pos,
                  const QList<std::pair<qsizetype, qsizetype>> &quoted)
{
    qsizetype next = pos;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    if (next >= text.size())
        return false;
    qsizetype closers = 0;
    const qsizetype terminator = terminatorBefore(text, pos, &closers);
    // QTextBoundaryFinder breaks after "U.S.-" in "U.S.-Japan": a sentence ends only
    // after sentence punctuation.
    if (terminator < 0)
        return false;
    for (const auto &[open, close] : quoted) {
        if (terminator > open && terminator < close)
            return false;
    }
    const bool spaced = next > terminator + closers + 1;
    const QChar following = text.at(next);
    // `다.”라고`, also when the opening quote is not in this paragraph.
    if (closers > 0 && !spaced && following.script() == QChar::Script_Hangul)
        return false;
    // "“Why now?” he asked." and "He paused... then left." go on in lower case.
    if (isLatinLower(following))
        return false;
    // The first letter of the next sentence, past any opening quote: `... “We`.
    qsizetype letter = next;
    while (letter + 1 < text.size() && isOpening(text.at(letter)))
        ++letter;
    const QChar firstLetter = text.at(letter);
    if (isEllipsisAt(text, terminator))
        return spaced && (firstLetter.isUpper() || isKorean(firstLetter));
    if (text.at(terminator) != u'.' || closers > 0)
        return true;
    if (!spaced && terminator > 0 && text.at(terminator - 1).isDigit() && following.isDigit())
        return false;
    return !isAbbreviation(wordEndingAt(text, terminator), following);
}

// Places QTextBoundaryFinder does not consider but news copy ends sentences at: after an
// ellipsis before a capital or Korean ("He paused… Then"), and after a period before a
// number ("said on Tuesday. 15 people"), which UAX #29 rule SB8 keeps together because a
// lower-case word follows the number. endsSentence() vets them like the others.
QList<qsizetype> extraCandidates(const QString &text)
{
    QList<qsizetype> candidates;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!text.at(i - 1).isSpace() || text.at(i).isSpace())
            continue;
        qsizetype closers = 0;
        const qsizetype terminator = terminatorBefore(text, i, &closers);
        if (terminator >= 0 && (isEllipsisAt(text, terminator) || text.at(i).isDigit()))
            candidates.append(i);
    }
    return candidates;
}
} // namespace

namespace SentenceSegmenter {
QStringList split(const QString &paragraph)
{
    const QString text = joinLines(paragraph);
    QList<qsizetype> candidates = extraCandidates(text);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    for (qsizetype pos = finder.toNextBoundary(); pos > 0 && pos < text.size();
         pos = finder.toNextBoundary()) {
        candidates.append(pos);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    const auto quoted = quotedClauses(text);
    QStringList sentences;
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const QString sentence = text.sliced(start, end - start).trimmed();
        if (!sentence.isEmpty())
            sentences.append(sentence);
        start = end;
    };
    for (const qsizetype pos : std::as_const(candidates)) {
        if (endsSentence(text, pos, quoted))
            take(pos);
    }
    take(text.size());
    return sentences;
}

QList<QStringList> splitParagraphs(const QString &text)
{
    QList<QStringList> paragraphs;
    QString paragraph;
    const auto flush = [&] {
        QStringList sentences = split(paragraph);
        if (!sentences.isEmpty())
            paragraphs.append(std::move(sentences));
        paragraph.clear();
    };
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        if (line.trimmed().isEmpty()) {
            flush();
        } else {
            paragraph += line;
            paragraph += u'\n';
        }
    }
    flush();
    return paragraphs;
}
} // namespace SentenceSegmenter
