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
constexpr std::array<const char16_t *, 49> abbreviations{
    u"Mr.",  u"Mrs.", u"Ms.",  u"Dr.",  u"Prof.", u"St.",     u"Sen.", u"Rep.", u"Gov.", u"Gen.",
    u"Lt.",  u"Col.", u"Sgt.", u"Jr.",  u"Sr.",   u"vs.",     u"etc.", u"e.g.", u"i.e.", u"a.m.",
    u"p.m.", u"A.M.", u"P.M.", u"U.S.", u"U.K.",  u"U.N.",    u"E.U.", u"Jan.", u"Feb.", u"Mar.",
    u"Apr.", u"Jun.", u"Jul.", u"Aug.", u"Sep.",  u"Sept.",   u"Oct.", u"Nov.", u"Dec.", u"al.",
    u"cf.",  u"ca.",  u"viz.", u"esp.", u"incl.", u"approx.", u"fig.", u"Fig.", u"vol.",
};

// A quotation longer than this is not one: a stray quote mark (`풀'에`, an apostrophe) would
// otherwise pair with one far back and keep every sentence between them together.
constexpr qsizetype longestQuotation = 300;

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

bool isIdeographicTerminator(QChar c)
{
    return c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F';
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
    const qsizetype earliest = std::max<qsizetype>(0, close - longestQuotation);
    const auto nearest = [&](QChar opening) {
        const qsizetype open = text.lastIndexOf(opening, close - 1);
        return open >= earliest ? open : -1;
    };
    if (quote == u'\u201D')
        return nearest(u'\u201C');
    if (quote == u'\u2019')
        return std::max(nearest(u'\u2018'), nearest(u'`'));
    if (quote == u'\u300D')
        return nearest(u'\u300C');
    if (quote == u'\u300F')
        return nearest(u'\u300E');
    if (text.at(close - 1).isSpace())
        return -1;
    for (qsizetype i = close - 1; i >= earliest; --i) {
        // `quoted' in the GNU style: a backtick opens what an apostrophe closes.
        if ((text.at(i) == quote || (quote == u'\'' && text.at(i) == u'`'))
            && (i == 0 || text.at(i - 1).isSpace()
                || text.at(i - 1).category() == QChar::Punctuation_Open || text.at(i) == u'`')) {
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
    // A quote mark pairs once: `'가'로 … 풀'에` must not pair the second apostrophe with the
    // first, which already opens '가'.
    qsizetype pairedUpTo = -1;
    for (qsizetype close = 1; close + 1 < text.size(); ++close) {
        const QChar quote = text.at(close);
        const bool japanese = quote == u'\u300D' || quote == u'\u300F';
        if (japanese) {
            // Japanese quotes and goes on the same way, also after a space:
            // 「…ありますか?」 を見てください。
            qsizetype next = close + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next == text.size() || text.at(next).script() != QChar::Script_Hiragana)
                continue;
        } else if (!(quote == u'\u201D' || quote == u'\u2019' || quote == u'"' || quote == u'\'')
                   || text.at(close + 1).script() != QChar::Script_Hangul) {
            continue;
        }
        const qsizetype open = openingQuote(text, close);
        if (open > pairedUpTo) {
            ranges.append({open, close});
            pairedUpTo = close;
        }
    }
    return ranges;
}

// A full stop before a lower-case word ends a sentence only after a word of letters that
// is no abbreviation: not after "e.g.", "al.", "?", "…" or a quote ("“Why now?” he asked").
bool endsBeforeLowerCase(const QString &text, qsizetype terminator, qsizetype closers, bool spaced,
                         QChar following)
{
    if (text.at(terminator) != u'.' || closers > 0 || !spaced || isEllipsisAt(text, terminator))
        return false;
    const QStringView word = wordEndingAt(text, terminator);
    qsizetype letters = 0;
    for (const QChar c : word.chopped(1)) {
        if (!c.isLetter())
            return false;
        ++letters;
    }
    return letters >= 3 && !isAbbreviation(word, following);
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
    // `ですか?」 を`: a Japanese particle goes on after the closing quote, spaced or not;
    // and after a full stop in Latin letters (`"."の後に`, `接尾子 . は`), since Japanese
    // ends its own sentences with 。.
    if ((closers > 0 || text.at(terminator) == u'.')
        && following.script() == QChar::Script_Hiragana)
        return false;
    // A name quoted GNU-style ends in its own punctuation: `..' or `etc.' is no sentence end.
    if (closers > 0) {
        for (qsizetype back = terminator - 1; back >= 0 && back > terminator - 40; --back) {
            if (text.at(back).isSpace())
                break;
            if (text.at(back) == u'`')
                return false;
        }
    }
    // After an ideographic full stop anything starts a sentence, a Latin word too
    // (`…設定します。 declare の同義語です。`); a straight quote right after it opens the next
    // one (`。"let`), where extraCandidates() breaks.
    if (isIdeographicTerminator(text.at(terminator)))
        return !(closers > 0 && !spaced && (text.at(pos - 1) == u'"' || text.at(pos - 1) == u'\''));
    // A Korean cross-reference, `14.3절. “제목”을 참고하십시오`: the section's number and
    // its title, not a sentence's end.
    if (text.at(terminator) == u'.' && closers == 0 && terminator >= 2
        && (text.at(terminator - 1) == u'\uC808' || text.at(terminator - 1) == u'\uC7A5')
        && text.at(terminator - 2).isDigit() && isOpening(following))
        return false;
    // "“Why now?” he asked." and "He paused... then left." go on in lower case; a plain
    // full stop after a word ends a sentence before one ("…by Pixar. buzz was …").
    if (isLatinLower(following))
        return endsBeforeLowerCase(text, terminator, closers, spaced, following);
    // The first letter of the next sentence, past any opening quote: `... “We`.
    qsizetype letter = next;
    while (letter + 1 < text.size() && isOpening(text.at(letter)))
        ++letter;
    const QChar firstLetter = text.at(letter);
    if (isEllipsisAt(text, terminator)) {
        // An ellipsis standing alone (`ALTER TABLE ... ALTER COLUMN`, `$1, $2 ... 로`) or
        // after a bracket (`[OPTION]... [FILE]...`) is notation, not a trailing-off.
        const qsizetype start = text.at(terminator) == u'\u2026' ? terminator : terminator - 2;
        if (start > 0
            && (text.at(start - 1).isSpace() || text.at(start - 1) == u']'
                || text.at(start - 1) == u'>'))
            return false;
        return spaced && (firstLetter.isUpper() || isKorean(firstLetter));
    }
    if (text.at(terminator) != u'.' || closers > 0)
        return true;
    if (!spaced && terminator > 0 && text.at(terminator - 1).isDigit() && following.isDigit())
        return false;
    return !isAbbreviation(wordEndingAt(text, terminator), following);
}

// Places QTextBoundaryFinder does not consider but news copy ends sentences at: after an
// ellipsis before a capital or Korean ("He paused… Then"), after a period before a number
// ("said on Tuesday. 15 people") or a lower-case word ("by Pixar. buzz was"), which UAX #29
// rule SB8 keeps together. endsSentence() vets them like the others.
QList<qsizetype> extraCandidates(const QString &text)
{
    QList<qsizetype> candidates;
    for (qsizetype i = 1; i < text.size(); ++i) {
        // Japanese needs no space after its full stop: `述べた。「準備`, `。"let`.
        const QChar before = text.at(i - 1);
        const QChar here = text.at(i);
        const bool openingStraightQuote =
            (here == u'"' || here == u'\'') && i + 1 < text.size() && !text.at(i + 1).isSpace();
        if (isIdeographicTerminator(before) && !here.isSpace()
            && (!isClosing(here) || openingStraightQuote)) {
            candidates.append(i);
            continue;
        }
        // After a terminator and a space, whatever comes: UAX #29 keeps the sentence going
        // before a lower-case word, a number, an option (`-N`), a tag (`<deb>`) or a quoted
        // name (`\`dirs'`); endsSentence() decides.
        if (!before.isSpace() || here.isSpace())
            continue;
        qsizetype closers = 0;
        if (terminatorBefore(text, i, &closers) >= 0)
            candidates.append(i);
    }
    return candidates;
}
// Whether a line ends its paragraph although no blank line follows it. Text wrapped by
// hand (or by a mail program) has lines of about one width, where a break is only layout;
// copy from a web page has a paragraph a line, most of them far longer than anyone wraps;
// and a heading is a short line among wrapped ones (`제 1 조` above its article). So: every
// line ends a paragraph in a block whose longest line is longer than wrapping makes them,
// and a line much shorter than the block's longest does in one that may be wrapped.
bool endsParagraph(QStringView line, qsizetype widest)
{
    constexpr qsizetype longestWrappedLine = 100;
    constexpr qsizetype narrowestWrapping = 30;
    if (widest > longestWrappedLine)
        return true;
    const QStringView trimmed = line.trimmed();
    return widest >= narrowestWrapping && trimmed.size() * 10 < widest * 6
        && !trimmed.endsWith(u'-') && !trimmed.endsWith(u',');
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
    const auto add = [&paragraphs](const QString &paragraph) {
        QStringList sentences = split(paragraph);
        if (!sentences.isEmpty())
            paragraphs.append(std::move(sentences));
    };
    QList<QStringView> block; // lines between blank lines
    const auto flush = [&] {
        qsizetype widest = 0;
        for (const QStringView line : std::as_const(block))
            widest = std::max(widest, line.trimmed().size());
        QString paragraph;
        for (qsizetype k = 0; k < block.size(); ++k) {
            paragraph += block.at(k);
            paragraph += u'\n';
            if (k + 1 < block.size() && endsParagraph(block.at(k), widest)) {
                add(paragraph);
                paragraph.clear();
            }
        }
        add(paragraph);
        block.clear();
    };
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        if (line.trimmed().isEmpty())
            flush();
        else
            block.append(line);
    }
    flush();
    return paragraphs;
}
} // namespace SentenceSegmenter
