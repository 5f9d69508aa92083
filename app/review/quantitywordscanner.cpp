#include "review/quantityscanner.h"

#include "review/quantitywords.h"

#include <QtNumeric>

using namespace QuantityWords;
using Kind = QuantityAtom::Kind;

// Sino-Korean numerals (삼천, 이십), native Korean numerals before a counter (세 차례).
qsizetype QuantityScanner::scanHangul(qsizetype pos)
{
    qsizetype wordEnd = pos;
    while (wordEnd < m_size && isHangulSyllable(m_text[wordEnd]))
        ++wordEnd;
    // A number spelt out starts a word: 이 in 차이 or 만 in 이만 are not numerals.
    if (isHangulSyllable(at(pos - 1)))
        return wordEnd;
    const QChar first = m_text[pos];
    if (hangulDigit(first) >= 0 || hangulSmallUnit(first) > 0) {
        Numeral number = readNumeral(pos, Numerals::Hangul);
        // Two syllables at least, one of them a unit: 이, 일, 사 alone are ordinary words.
        if (number.valid() && number.hasUnit && number.end - pos >= 2) {
            // 삼천이 넘는: the final 이 after a unit is the subject particle, not 2.
            const QChar beforeLast = at(number.end - 2);
            if (at(number.end - 1) == u'이' && number.end - pos >= 3 && number.value.isInteger()
                && (hangulSmallUnit(beforeLast) > 0 || bigUnitPower(beforeLast) > 0)
                && koreanCounterAt(m_text, number.end) == 0) {
                number.value.mantissa -= 2;
                --number.end;
            }
            const Reading reading = read(number, pos, Source::HangulWord);
            const QChar after = at(number.end);
            const bool wordEnds = !isHangulSyllable(after) || isKoreanParticle(after);
            const QStringView word = m_text.sliced(pos, number.end - pos);
            if (reading.counted || (wordEnds && !isKoreanLookalike(word))) {
                // Without a counter a word such as 이천 may be a place: weak evidence.
                record(reading, reading.counted);
                return reading.end;
            }
        }
    }
    const WordNumber native = nativeKoreanNumeralAt(m_text, pos);
    if (native.value > 0) {
        const qsizetype counterAt = isSpace(at(native.end)) ? native.end + 1 : native.end;
        if (const qsizetype length = nativeKoreanCounterAt(m_text, counterAt); length > 0) {
            Reading reading;
            reading.value.mantissa = native.value;
            reading.start = pos;
            reading.end = counterAt + length;
            reading.counted = true;
            record(reading, false); // 한 명, 두 나라: often a manner of speaking
            return reading.end;
        }
    }
    return wordEnd;
}

// Kanji numerals (三千, 十月二十九日, 二〇二〇年) and Japanese era years (令和2年).
qsizetype QuantityScanner::scanKanji(qsizetype pos)
{
    const QChar c = m_text[pos];
    const QChar next = at(pos + 1);
    if ((c == u'令' && next == u'和') || (c == u'平' && next == u'成')
        || (c == u'昭' && next == u'和'))
        return scanEra(pos);
    if (kanjiDigit(c) < 0 && kanjiSmallUnit(c) == 0)
        return pos + 1;
    if (const qsizetype end = japaneseLexicalEnd(m_text, pos); end > pos)
        return end;
    const Numeral number = readNumeral(pos, Numerals::Kanji);
    if (!number.valid())
        return pos + 1;
    // 数千人, 何百, 十数年: "several thousand" is no number to compare.
    static constexpr std::u16string_view vague = u"数何幾";
    if (vague.find(at(pos - 1).unicode()) != std::u16string_view::npos
        || vague.find(at(number.end).unicode()) != std::u16string_view::npos)
        return number.end;
    return finishNumber(number, pos, Source::Kanji);
}

qsizetype QuantityScanner::scanEra(qsizetype pos)
{
    const QChar era = m_text[pos];
    const qint64 yearZero = era == u'令' ? 2018 : era == u'平' ? 1988 : 1925;
    const qsizetype p = pos + 2;
    qint64 year = -1;
    qsizetype end = p;
    if (at(p) == u'元') { // the first year of an era
        year = 1;
        end = p + 1;
    } else if (arabicDigit(at(p)) >= 0 || kanjiDigit(at(p)) >= 0 || kanjiSmallUnit(at(p)) > 0) {
        const Numeral number =
            readNumeral(p, arabicDigit(at(p)) >= 0 ? Numerals::Arabic : Numerals::Kanji);
        if (number.valid() && number.value.isInteger()) {
            year = number.value.mantissa;
            end = number.end;
        }
    }
    if (year < 1 || year > 99 || at(end) != u'年')
        return p;
    m_atoms.append(QuantityAtom::make(Kind::Year, yearZero + year, pos, end + 1));
    return end + 1;
}

qsizetype QuantityScanner::scanLatin(qsizetype pos)
{
    const qsizetype end = latinWordEnd(pos);
    // G7, COVID-19, A4, a URL: codes, not quantities.
    const QChar after = at(end);
    if (arabicDigit(after) >= 0
        || ((after == u'-' || after == u'_') && arabicDigit(at(end + 1)) >= 0)
        || startsWithAt(end, u"://"))
        return skipCode(end);
    if (!m_english)
        return end;
    const EnglishWord word = englishWord(m_text.sliced(pos, end - pos));
    switch (word.kind) {
    case English::Month:
    case English::MonthAbbreviation:
    case English::May:
        return scanMonthName(pos, end, word);
    case English::Unit:
    case English::Teen:
    case English::Ten:
    case English::Ordinal:
    case English::Times:
        return scanEnglishNumber(pos);
    default:
        return end;
    }
}

// "October", "Oct. 29", "May 3", "in May"; lower case ("may", "march") is a verb.
qsizetype QuantityScanner::scanMonthName(qsizetype pos, qsizetype end, const EnglishWord &word)
{
    if (!m_text[pos].isUpper())
        return end;
    const qsizetype monthEnd =
        word.kind == English::MonthAbbreviation && at(end) == u'.' ? end + 1 : end;
    const qsizetype next = skipSpaces(monthEnd);
    const bool numberFollows = next > monthEnd && arabicDigit(at(next)) >= 0;
    bool isMonth = word.kind == English::Month || numberFollows;
    if (word.kind == English::May && !isMonth)
        isMonth = introducesMonth(latinWordBefore(pos));
    if (!isMonth)
        return end;
    QuantityAtom month = QuantityAtom::make(Kind::Month, word.value, pos, monthEnd);
    month.monthName = true;
    m_atoms.append(month);
    return monthEnd;
}

// "three", "twenty-five", "three hundred", "two million", "third", "twice": weak evidence.
qsizetype QuantityScanner::scanEnglishNumber(qsizetype pos)
{
    qint64 total = 0;
    qint64 current = 0;
    English last = English::None;
    qsizetype end = pos;
    for (qsizetype p = pos;;) {
        const qsizetype wordEnd = latinWordEnd(p);
        const EnglishWord word = englishWord(m_text.sliced(p, wordEnd - p));
        const bool freshGroup =
            last == English::None || last == English::Hundred || last == English::Scale;
        bool accepted = false;
        bool final = false;
        switch (word.kind) {
        case English::Unit:
            accepted = freshGroup || last == English::Ten;
            break;
        case English::Teen:
        case English::Ten:
            accepted = freshGroup;
            break;
        case English::Ordinal:
            accepted = freshGroup || (last == English::Ten && word.value < 10);
            final = true;
            break;
        case English::Times:
            accepted = last == English::None;
            final = true;
            break;
        case English::Hundred:
            accepted = (last == English::Unit || last == English::Teen) && current < 100;
            break;
        case English::Scale:
            accepted = current > 0 && last != English::Scale;
            break;
        default:
            break;
        }
        if (!accepted)
            break;
        if (word.kind == English::Hundred) {
            current *= 100;
        } else if (word.kind == English::Scale) {
            qint64 scaled = 0;
            if (qMulOverflow(current, word.value, &scaled) || qAddOverflow(total, scaled, &total))
                return wordEnd;
            current = 0;
        } else {
            current += word.value;
        }
        last = word.kind;
        end = wordEnd;
        if (final)
            break;
        if (at(end) == u'-' && isLatinLetter(at(end + 1)))
            p = end + 1;
        else if (at(end) == u' ' && isLatinLetter(at(end + 1)))
            p = end + 1 + (last == English::Hundred && startsWithAt(end + 1, u"and ") ? 4 : 0);
        else
            break;
    }
    if (end == pos)
        return latinWordEnd(pos);
    Numeral number;
    number.end = end;
    if (qAddOverflow(total, current, &number.value.mantissa))
        return end;
    return finishNumber(number, pos, Source::EnglishWord);
}
