#pragma once

#include <QChar>
#include <QStringView>

// The vocabulary the quantity scanner (quantities.cpp) reads: numerals, units and counters
// of Korean, Japanese and English, and the words whose numeral is not a number.
namespace QuantityWords {

inline bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}
inline bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
// ASCII or full-width digit value, -1 otherwise.
inline int arabicDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == 0x00A0 || u == 0x3000;
}

int kanjiDigit(QChar c); // 〇零一…九 → 0–9, else -1
int hangulDigit(QChar c); // 일이삼…구 → 1–9, else -1
int kanjiSmallUnit(QChar c); // 十百千 → 10, 100, 1000, else 0
int hangulSmallUnit(QChar c); // 십백천 → 10, 100, 1000, else 0
int bigUnitPower(QChar c); // 万萬만 → 4, 億억 → 8, 兆조 → 12, else 0

// Length of the counter or unit word at pos ("명", "차례", "人", "カ国"), 0 if none.
qsizetype koreanCounterAt(QStringView text, qsizetype pos);
qsizetype nativeKoreanCounterAt(QStringView text, qsizetype pos);
qsizetype japaneseCounterAt(QStringView text, qsizetype pos);
// Particles and endings that may follow a Korean numeral word (삼천을, 세 차례에).
bool isKoreanParticle(QChar c);

struct WordNumber
{
    qint64 value = -1; // -1: none
    qsizetype end = 0;
};
// A native Korean numeral (한, 두, 열두, 스무) starting at pos.
WordNumber nativeKoreanNumeralAt(QStringView text, qsizetype pos);
// A Sino-Korean numeral spelling that is usually another word (구조 "structure", 오만).
bool isKoreanLookalike(QStringView word);
// The end of a Japanese word in which the numeral kanji at pos is lexical (一部, 統一, 十分,
// 二国間), or -1.
qsizetype japaneseLexicalEnd(QStringView text, qsizetype pos);

enum class English : quint8 {
    None,
    Unit, // one … nine
    Teen, // ten … nineteen
    Ten, // twenty … ninety
    Hundred,
    Scale, // thousand, million, billion, trillion, bn
    Ordinal, // first … ninetieth
    Times, // once, twice
    Month,
    MonthAbbreviation, // Oct, Sept: a month only before a day
    May, // a month only next to a number or after "in", "of", …
    Percent, // percent, pct
};
struct EnglishWord
{
    English kind = English::None;
    qint64 value = 0;
};
// The meaning of one English word, in any case.
EnglishWord englishWord(QStringView word);
// Prepositions after which "May" is the month.
bool introducesMonth(QStringView word);

} // namespace QuantityWords
