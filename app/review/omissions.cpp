#include "review/omissions.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
char16_t folded(char16_t c)
{
    if (c >= u'\uFF01' && c <= u'\uFF5E') // full-width ASCII forms
        c = char16_t(c - 0xFEE0);
    return QChar::toCaseFolded(c);
}

bool isAsciiLetter(char16_t c)
{
    c = folded(c);
    return c >= u'a' && c <= u'z';
}

bool isAsciiAlnum(char16_t c)
{
    const char16_t f = folded(c);
    return isAsciiLetter(c) || (f >= u'0' && f <= u'9');
}

bool writtenWithoutSpaces(QStringView text)
{
    int han = 0, kana = 0, spaces = 0;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            ++han;
        else if (c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana)
            ++kana;
        else if (c.isSpace())
            ++spaces;
    }
    return han + kana > spaces * 4;
}

qsizetype letterCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// A clause, not a term or a gloss: ten characters where words are not spaced, else three
// words of Hangul or four of other scripts ("treated radioactive water" is a term).
bool isClause(QStringView inside)
{
    const qsizetype letters = letterCount(inside);
    if (writtenWithoutSpaces(inside))
        return letters >= 10;
    const qsizetype words = inside.trimmed().split(u' ', Qt::SkipEmptyParts).size();
    const bool hangul = std::any_of(inside.begin(), inside.end(),
                                    [](QChar c) { return c.script() == QChar::Script_Hangul; });
    return letters >= 8 && words >= (hangul ? 3 : 4);
}
} // namespace

namespace {
struct Marks
{
    char16_t open;
    char16_t close;
    bool quotation;
};
constexpr Marks markPairs[]{{u'\u201C', u'\u201D', true}, {u'\u300C', u'\u300D', true},
                            {u'\u300E', u'\u300F', true}, {u'\u2018', u'\u2019', true},
                            {u'"', u'"', true},           {u'(', u')', false},
                            {u'\uFF08', u'\uFF09', false}};
} // namespace

bool Omissions::hasAnyPiece(QStringView text, bool quotation)
{
    for (const Marks &marks : markPairs) {
        if (marks.quotation != quotation)
            continue;
        const qsizetype open = text.indexOf(QChar(marks.open));
        if (open >= 0 && text.indexOf(QChar(marks.close), open + 1) > open)
            return true;
    }
    return false;
}

QList<Omissions::Piece> Omissions::clausePieces(QStringView text)
{
    QList<Piece> pieces;
    for (const Marks &marks : markPairs) {
        for (qsizetype open = text.indexOf(QChar(marks.open)); open >= 0;) {
            const qsizetype close = text.indexOf(QChar(marks.close), open + 1);
            if (close < 0)
                break;
            if (isClause(text.sliced(open + 1, close - open - 1)))
                pieces.append({open, close - open + 1, marks.quotation});
            open = text.indexOf(QChar(marks.open), close + 1);
        }
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const Piece &a, const Piece &b) { return a.start < b.start; });
    return pieces;
}

QList<Omissions::Span> Omissions::latinNames(QStringView text)
{
    // Units and abbreviations a translation spells out (200km → 200 kilometres).
    static const QSet<QString> notNames{u"km"_s,  u"kg"_s,  u"cm"_s,  u"mm"_s,  u"kw"_s,
                                        u"mw"_s,  u"gw"_s,  u"kwh"_s, u"bq"_s,  u"msv"_s,
                                        u"usv"_s, u"ppm"_s, u"am"_s,  u"pm"_s,  u"vs"_s,
                                        u"etc"_s, u"no"_s,  u"ton"_s, u"tons"_s};
    QList<Span> names;
    for (qsizetype i = 0; i < text.size();) {
        if (!isAsciiLetter(text.at(i).unicode())
            || (i > 0 && isAsciiAlnum(text.at(i - 1).unicode()))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size()
               && (isAsciiAlnum(text.at(end).unicode())
                   || ((text.at(end) == u'-' || text.at(end) == u'&') && end + 1 < text.size()
                       && isAsciiAlnum(text.at(end + 1).unicode()))))
            ++end;
        QString word;
        for (const QChar c : text.sliced(i, end - i))
            word.append(QChar(folded(c.unicode())));
        // A name is capitalised (Kishida, IAEA); lower-case Latin in Korean or Japanese copy
        // is code, an option or a unit the translation words its own way. A name alone in
        // parentheses glosses the word before it (復帰 (CR)): the translation has that word.
        const bool gloss = i > 0 && end < text.size()
            && (text.at(i - 1) == u'(' || text.at(i - 1) == u'（')
            && (text.at(end) == u')' || text.at(end) == u'）');
        if (end - i >= 2 && text.at(i).isUpper() && !gloss && !notNames.contains(word))
            names.append({i, end - i});
        i = end;
    }
    return names;
}

bool Omissions::containsWord(QStringView text, QStringView word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype i = 0; i + word.size() <= text.size(); ++i) {
        if (i > 0 && isAsciiAlnum(text.at(i - 1).unicode()))
            continue;
        qsizetype k = 0;
        while (k < word.size() && folded(text.at(i + k).unicode()) == folded(word.at(k).unicode()))
            ++k;
        // The word, or its English plural (ID in one text, IDs in the other).
        const qsizetype end = i + k;
        const bool plural = end < text.size() && text.at(end) == u's';
        const qsizetype after = plural ? end + 1 : end;
        if (k == word.size() && (after == text.size() || !isAsciiAlnum(text.at(after).unicode())))
            return true;
    }
    return false;
}

bool Omissions::isLatinScriptLanguage(const QString &language)
{
    const QString base = language.section(u'-', 0, 0);
    return base != u"ko" && base != u"ja" && base != u"zh";
}

double Omissions::LengthModel::weightedLength(QStringView text)
{
    // By code point ranges, not QChar::script(): this runs over every character of the
    // briefing, twice.
    double length = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            length += (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
        } else if (u >= 0xAC00 && u <= 0xD7A3) {
            length += 2.6; // Hangul syllables
        } else if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF)) {
            length += 2.0; // kana and Han
        } else if (c.isLetterOrNumber()) {
            length += 1.0;
        }
    }
    return length;
}

int Omissions::sentenceCount(QStringView text)
{
    // Full stops, question and exclamation marks that end a sentence: before a space or
    // the end, after a letter, a digit or a closing quotation mark; CJK ones anywhere.
    int count = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'。' || c == u'！' || c == u'？') {
            ++count;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        const bool atEnd = i + 1 == text.size() || text.at(i + 1).isSpace();
        const QChar before = text.at(i - 1);
        if (atEnd
            && (before.isLetterOrNumber() || before == u'”' || before == u'"' || before == u')'))
            ++count;
    }
    const bool unterminated = !text.trimmed().isEmpty() && count == 0;
    return unterminated ? 1 : count;
}

namespace {
constexpr double smoothing = 10.0; // weighted characters added to both sides of a ratio
constexpr double minimumSpread = 0.12;
constexpr int learntFrom = 8; // passages needed before the briefing's own ratio counts
} // namespace

Omissions::LengthModel::LengthModel(const Briefing &briefing)
{
    std::vector<double> logRatios;
    logRatios.reserve(size_t(briefing.passages().size()));
    for (const Passage &passage : briefing.passages()) {
        const double first = weightedLength(passage.text[0]);
        const double second = weightedLength(passage.text[1]);
        if (first > 0 && second > 0)
            logRatios.push_back(std::log((second + smoothing) / (first + smoothing)));
    }
    if (logRatios.size() < size_t(learntFrom))
        return;
    const auto middle = [](std::vector<double> values) {
        const auto mid = values.begin() + values.size() / 2;
        std::nth_element(values.begin(), mid, values.end());
        return *mid;
    };
    m_logRatio = middle(logRatios);
    std::vector<double> deviations;
    deviations.reserve(logRatios.size());
    for (const double r : logRatios)
        deviations.push_back(std::abs(r - m_logRatio));
    m_spread = std::max(minimumSpread, 1.4826 * middle(std::move(deviations)));
}

double Omissions::LengthModel::ratio() const
{
    return std::exp(m_logRatio);
}

std::optional<Omissions::LengthModel::Shortfall>
Omissions::LengthModel::shortfall(const std::array<QString, 2> &text) const
{
    const double first = weightedLength(text[0]);
    const double second = weightedLength(text[1]);
    if (first <= 0 || second <= 0)
        return std::nullopt;
    const double logRatio = std::log((second + smoothing) / (first + smoothing));
    const double z = (logRatio - m_logRatio) / m_spread;
    // The short text, and what the long one predicts for it.
    const int column = z < 0 ? 1 : 0;
    const double actual = column == 1 ? second : first;
    const double predicted = column == 1 ? (first + smoothing) * std::exp(m_logRatio) - smoothing
                                         : (second + smoothing) / std::exp(m_logRatio) - smoothing;
    if (std::abs(z) < 1.5 || predicted <= 0)
        return std::nullopt;
    const double missing = predicted - actual;
    const int percent = int(std::lround(100.0 * missing / predicted));
    // A good part of the text and more than a few words, and either far off the ratio or
    // short by a sentence: translations vary in length, a dropped sentence shows in both.
    if (percent < 30 || missing < 24.0)
        return std::nullopt;
    const bool farOff = std::abs(z) >= 3.0 && percent >= 35;
    if (!farOff && sentenceCount(text[column]) >= sentenceCount(text[1 - column]))
        return std::nullopt;
    return Shortfall{column, percent};
}
