#include "review/quantityscanner.h"

#include "review/quantitywords.h"

#include <QtNumeric>

using namespace QuantityWords;
using Kind = QuantityAtom::Kind;
using Meridiem = QuantityAtom::Meridiem;

namespace {
bool isPercentSign(QChar c)
{
    return c == u'%' || c == u'％';
}
} // namespace

// The unit or counter after a number decides what it is: 2020년, 29日, 30%, 3 p.m.
QuantityScanner::Reading QuantityScanner::read(const Numeral &number, qsizetype start,
                                               Source source) const
{
    Reading reading;
    reading.value = number.value;
    reading.start = start;
    reading.end = number.end;
    reading.plainDigits = number.plainDigits;
    const qsizetype p = number.end;
    const qsizetype spaced = isSpace(at(p)) ? p + 1 : p;
    // "0 %x" in a format string is a number and a directive, not a percentage.
    if (isPercentSign(at(spaced)) && !(spaced > p && isLatinLetter(at(spaced + 1)))) {
        reading.kind = Kind::Percent;
        reading.counted = true;
        reading.end = spaced + 1;
    } else if (!readKoreanSuffix(reading, p) && !readJapaneseSuffix(reading, p) && m_english) {
        readEnglishSuffix(reading, p);
    }
    if (source == Source::Arabic && isLatinLetter(at(reading.end)) && reading.end == p)
        reading.isCode = true;
    return reading;
}

bool QuantityScanner::readKoreanSuffix(Reading &reading, qsizetype pos) const
{
    const bool integer = reading.value.isInteger();
    const qint64 value = reading.value.mantissa;
    const QChar next = at(pos + 1);
    reading.counted = true;
    switch (at(pos).unicode()) {
    case u'년':
        reading.kind = integer && value >= 1000 && value <= 2999 && next != u'대' && next != u'간'
            ? Kind::Year
            : Kind::Number;
        reading.end = pos + (next == u'도' || next == u'간' || next == u'대' ? 2 : 1);
        return true;
    case u'월':
        reading.kind = integer && value >= 1 && value <= 12 ? Kind::Month : Kind::Number;
        reading.end = pos + 1;
        return true;
    case u'일':
        if (next == u'본') { // 일본: Japan, not a day
            reading.counted = false;
            return true;
        }
        reading.kind =
            integer && value >= 1 && value <= 31 && next != u'간' ? Kind::Day : Kind::Number;
        reading.end = pos + (next == u'간' ? 2 : 1);
        return true;
    case u'시':
        if (next == u'간') {
            reading.end = pos + 2;
        } else if (integer && value <= 24) {
            reading.kind = Kind::Hour;
            readHour(reading, pos + 1);
        } else {
            reading.counted = false;
        }
        return true;
    default:
        break;
    }
    const qsizetype word = isSpace(at(pos)) ? pos + 1 : pos;
    if (startsWithAt(word, u"퍼센트")) {
        reading.kind = Kind::Percent;
        reading.end = word + 3;
        return true;
    }
    // 프로 is also the start of 프로그램, 프로젝트, 프로세스.
    if (startsWithAt(word, u"프로") && !QStringView(u"그젝세토필야모").contains(at(word + 2))) {
        reading.kind = Kind::Percent;
        reading.end = word + 2;
        return true;
    }
    if (const qsizetype length = koreanCounterAt(m_text, word); length > 0) {
        reading.end = word + length;
        return true;
    }
    reading.counted = false;
    return false;
}

bool QuantityScanner::readJapaneseSuffix(Reading &reading, qsizetype pos) const
{
    const bool integer = reading.value.isInteger();
    const qint64 value = reading.value.mantissa;
    const QChar next = at(pos + 1);
    reading.counted = true;
    reading.end = pos + 1;
    switch (at(pos).unicode()) {
    case u'年':
        if (next == u'間' || next == u'代') {
            reading.end = pos + 2;
            return true;
        }
        if (integer && value >= 1000 && value <= 2999)
            reading.kind = Kind::Year;
        reading.end = pos + (next == u'度' ? 2 : 1);
        return true;
    case u'月':
        if (integer && value >= 1 && value <= 12)
            reading.kind = Kind::Month;
        return true;
    case u'日':
        if (next == u'間')
            reading.end = pos + 2;
        else if (integer && value >= 1 && value <= 31)
            reading.kind = Kind::Day;
        return true;
    case u'時':
        if (next == u'間') {
            reading.end = pos + 2;
        } else if (integer && value <= 24) {
            reading.kind = Kind::Hour;
            readHour(reading, pos + 1);
        }
        return true;
    case u'割': {
        // 3割 is 30%, 3割5分 35%.
        reading.kind = Kind::Percent;
        if (!reading.value.multiplyByPowerOfTen(1))
            reading.kind = Kind::Number;
        const int tenth = arabicDigit(next) >= 0 ? arabicDigit(next) : kanjiDigit(next);
        if (tenth > 0 && at(pos + 2) == u'分' && reading.value.add({tenth, 0}))
            reading.end = pos + 3;
        return true;
    }
    default:
        break;
    }
    if (startsWithAt(pos, u"パーセント")) {
        reading.kind = Kind::Percent;
        reading.end = pos + 5;
        return true;
    }
    if (const qsizetype length = japaneseCounterAt(m_text, pos); length > 0) {
        reading.end = pos + length;
        return true;
    }
    reading.counted = false;
    reading.end = pos;
    return false;
}

bool QuantityScanner::readEnglishSuffix(Reading &reading, qsizetype pos) const
{
    const qsizetype word = pos < m_size && m_text[pos] == u' ' ? pos + 1 : pos;
    if (!isLatinLetter(at(word)))
        return false;
    const QStringView rest = m_text.sliced(word);
    const auto startsWith = [&](QStringView prefix) {
        return rest.startsWith(prefix, Qt::CaseInsensitive)
            && !isLatinLetter(at(word + prefix.size()));
    };
    const bool integer = reading.value.isInteger();
    for (const auto &[marker, meridiem] : {std::pair{u"a.m.", Meridiem::Am},
                                           {u"am", Meridiem::Am},
                                           {u"p.m.", Meridiem::Pm},
                                           {u"pm", Meridiem::Pm}}) {
        if (integer && reading.value.mantissa <= 12 && startsWith(QStringView(marker))) {
            reading.kind = Kind::Hour;
            reading.meridiem = meridiem;
            reading.end = word + QStringView(marker).size();
            reading.counted = true;
            return true;
        }
    }
    for (const QStringView marker : {u"o'clock", u"o’clock"}) {
        if (integer && reading.value.mantissa <= 12 && startsWith(marker)) {
            reading.kind = Kind::Hour;
            reading.end = word + marker.size();
            reading.counted = true;
            return true;
        }
    }
    for (const QStringView marker :
         {u"percentage points", u"percentage point", u"per cent", u"percent", u"pct"}) {
        if (startsWith(marker)) {
            reading.kind = Kind::Percent;
            reading.end = word + marker.size();
            reading.counted = true;
            return true;
        }
    }
    if (word == pos && reading.plainDigits) {
        for (const QStringView suffix : {u"st", u"nd", u"rd", u"th"}) {
            if (startsWith(suffix)) {
                reading.kind = Kind::Ordinal;
                reading.end = pos + 2;
                // "75th anniversary" counts; "the 29th." and "29th October" are days.
                const qsizetype nextWord = skipSpaces(reading.end);
                const QStringView following =
                    m_text.sliced(nextWord, latinWordEnd(nextWord) - nextWord);
                const English kind = englishWord(following).kind;
                reading.followedByWord = nextWord > reading.end && !following.isEmpty()
                    && following != u"of" && kind != English::Month
                    && kind != English::MonthAbbreviation && kind != English::May;
                return true;
            }
        }
    }
    return false;
}

// The minutes after an hour (3시 30분, 3時半) and a.m./p.m. before it (오후 3시, 午後3時).
void QuantityScanner::readHour(Reading &reading, qsizetype afterUnit) const
{
    reading.end = afterUnit;
    reading.twentyFourHour = reading.value.mantissa == 0 || reading.value.mantissa > 12;
    const qsizetype p = isSpace(at(afterUnit)) ? afterUnit + 1 : afterUnit;
    if (at(p) == u'반' || at(p) == u'半') {
        reading.minute = 30;
        reading.end = p + 1;
    } else if (arabicDigit(at(p)) >= 0 || kanjiDigit(at(p)) >= 0 || kanjiSmallUnit(at(p)) > 0) {
        const Numeral minutes =
            readNumeral(p, arabicDigit(at(p)) >= 0 ? Numerals::Arabic : Numerals::Kanji);
        const QChar unit = at(minutes.end);
        if (minutes.valid() && (unit == u'분' || unit == u'分') && minutes.value.isInteger()
            && minutes.value.mantissa < 60) {
            reading.minute = int(minutes.value.mantissa);
            reading.end = minutes.end + 1;
        }
    }
    readMeridiemBefore(reading);
}

void QuantityScanner::readMeridiemBefore(Reading &reading) const
{
    qsizetype p = reading.start;
    if (isSpace(at(p - 1)))
        --p;
    const QStringView before =
        m_text.sliced(std::max<qsizetype>(p - 2, 0), std::min<qsizetype>(p, 2));
    for (const auto &[word, meridiem] : {std::pair{u"오전", Meridiem::Am},
                                         {u"오후", Meridiem::Pm},
                                         {u"새벽", Meridiem::Am},
                                         {u"아침", Meridiem::Am},
                                         {u"저녁", Meridiem::Pm},
                                         {u"午前", Meridiem::Am},
                                         {u"午後", Meridiem::Pm}}) {
        if (before == QStringView(word) && reading.value.mantissa <= 12) {
            reading.meridiem = meridiem;
            reading.start = p - 2;
            return;
        }
    }
}
