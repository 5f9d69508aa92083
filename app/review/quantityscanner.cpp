#include "review/quantityscanner.h"

#include "review/quantitywords.h"

#include <QtNumeric>

using namespace QuantityWords;
using Kind = QuantityAtom::Kind;
using Meridiem = QuantityAtom::Meridiem;

bool Decimal::multiplyByPowerOfTen(int power)
{
    for (; power > 0; --power) {
        if (scale > 0)
            --scale;
        else if (qMulOverflow(mantissa, qint64(10), &mantissa))
            return false;
    }
    return true;
}

bool Decimal::add(Decimal term)
{
    for (; scale < term.scale; ++scale) {
        if (qMulOverflow(mantissa, qint64(10), &mantissa))
            return false;
    }
    for (; term.scale < scale; ++term.scale) {
        if (qMulOverflow(term.mantissa, qint64(10), &term.mantissa))
            return false;
    }
    if (qAddOverflow(mantissa, term.mantissa, &mantissa))
        return false;
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    return true;
}

QString Decimal::toString() const
{
    QString digits = QString::number(mantissa);
    if (scale == 0)
        return digits;
    if (digits.size() <= scale)
        digits.prepend(QString(scale + 1 - digits.size(), u'0'));
    digits.insert(digits.size() - scale, u'.');
    return digits;
}

namespace {
constexpr int maxDigits = 18;

bool isPercentSign(QChar c)
{
    return c == u'%' || c == u'％';
}

bool isRangeSign(QChar c)
{
    return c == u'~' || c == u'〜' || c == u'～' || c == u'–' || c == u'-';
}
} // namespace

QuantityScanner::QuantityScanner(QStringView text, QStringView language)
    : m_text(text)
    , m_size(text.size())
    , m_english(language == u"en")
    , m_korean(language == u"ko")
{ }

QList<QuantityAtom> QuantityScanner::scan()
{
    m_atoms.clear();
    m_atoms.reserve(8);
    for (qsizetype pos = 0; pos < m_size;) {
        const QChar c = m_text[pos];
        qsizetype next = pos + 1;
        if (arabicDigit(c) >= 0)
            next = scanArabic(pos);
        else if (isHangulSyllable(c))
            next = scanHangul(pos);
        else if (isLatinLetter(c))
            next = scanLatin(pos);
        else if (c.unicode() >= u'〇' // the first numeral kanji: spaces and punctuation skip this
                 && (kanjiDigit(c) >= 0 || kanjiSmallUnit(c) > 0 || c == u'令' || c == u'平'
                     || c == u'昭'))
            next = scanKanji(pos);
        // Every step moves on, whatever a reader returned.
        pos = std::max(next, pos + 1);
    }
    return m_atoms;
}

bool QuantityScanner::startsWithAt(qsizetype pos, QStringView word) const
{
    return pos >= 0 && pos < m_size && m_text[pos] == word.front()
        && m_text.sliced(pos).startsWith(word);
}

qsizetype QuantityScanner::skipSpaces(qsizetype pos) const
{
    while (pos < m_size && isSpace(m_text[pos]))
        ++pos;
    return pos;
}

qsizetype QuantityScanner::latinWordEnd(qsizetype pos) const
{
    while (pos < m_size && isLatinLetter(m_text[pos]))
        ++pos;
    return pos;
}

QStringView QuantityScanner::latinWordBefore(qsizetype pos) const
{
    qsizetype end = pos;
    while (end > 0 && isSpace(m_text[end - 1]))
        --end;
    qsizetype start = end;
    while (start > 0 && isLatinLetter(m_text[start - 1]))
        --start;
    return end < pos ? m_text.sliced(start, end - start) : QStringView();
}

// To the end of a code such as "COVID-19", "v1.2" or a URL.
qsizetype QuantityScanner::skipCode(qsizetype pos) const
{
    while (pos < m_size && !isSpace(m_text[pos])
           && (m_text[pos].unicode() < 0x80 || arabicDigit(m_text[pos]) >= 0))
        ++pos;
    return pos;
}

QuantityScanner::Numeral QuantityScanner::readDigits(qsizetype pos) const
{
    Numeral number;
    qint64 mantissa = 0;
    int digits = 0;
    int scale = 0;
    qsizetype p = pos;
    const auto takeDigits = [&](qsizetype from, bool fraction) {
        qsizetype q = from;
        for (; q < m_size && arabicDigit(m_text[q]) >= 0; ++q) {
            if (++digits <= maxDigits) {
                mantissa = mantissa * 10 + arabicDigit(m_text[q]);
                scale += fraction ? 1 : 0;
            }
        }
        return q;
    };
    p = takeDigits(p, false);
    number.plainDigits = true;
    // Thousands separators: exactly three digits after each, and only after 1–3 digits.
    if (p - pos <= 3) {
        while ((at(p) == u',' || at(p) == u'，') && arabicDigit(at(p + 1)) >= 0
               && arabicDigit(at(p + 2)) >= 0 && arabicDigit(at(p + 3)) >= 0
               && arabicDigit(at(p + 4)) < 0) {
            p = takeDigits(p + 1, false);
            number.plainDigits = false;
        }
    }
    if ((at(p) == u'.' || at(p) == u'．') && arabicDigit(at(p + 1)) >= 0) {
        p = takeDigits(p + 1, true);
        number.plainDigits = false;
        // 1.2.3 is a version or a section, not a number.
        if ((at(p) == u'.' || at(p) == u'．') && arabicDigit(at(p + 1)) >= 0)
            number.skipTo = skipCode(p);
    }
    if (digits > maxDigits)
        number.skipTo = skipCode(p);
    number.value.mantissa = mantissa;
    number.value.scale = scale;
    Decimal zero;
    (void)number.value.add(zero); // normalises 3.50 to 3.5
    number.end = p;
    return number;
}

// A number below 10^4 with its small units (3천, 三千二百, 1,500): the part between big units.
QuantityScanner::Numeral QuantityScanner::readSection(qsizetype pos, Numerals numerals) const
{
    Numeral section;
    Decimal total;
    Decimal pending;
    bool havePending = false;
    bool positional = false; // 二〇二〇: kanji digits written one by one
    bool pendingIsKanjiDigit = false;
    int lastUnit = 10000;
    qsizetype p = pos;
    while (p < m_size) {
        const QChar c = m_text[p];
        if (numerals == Numerals::Arabic && arabicDigit(c) >= 0) {
            if (havePending)
                break;
            const Numeral digits = readDigits(p);
            if (!digits.valid())
                return digits;
            section.plainDigits = p == pos && digits.plainDigits;
            pending = digits.value;
            havePending = true;
            p = digits.end;
            continue;
        }
        const int digit = numerals == Numerals::Kanji ? kanjiDigit(c)
            : numerals == Numerals::Hangul            ? hangulDigit(c)
                                                      : -1;
        if (digit >= 0) {
            if (havePending && (numerals != Numerals::Kanji || !pendingIsKanjiDigit))
                break;
            const qint64 value = havePending ? pending.mantissa * 10 + digit : digit;
            if (value >= 10000)
                break;
            positional = havePending;
            pendingIsKanjiDigit = true;
            pending = {value, 0};
            havePending = true;
            ++p;
            continue;
        }
        const int unit = numerals == Numerals::Hangul ? hangulSmallUnit(c)
            : numerals == Numerals::Kanji             ? kanjiSmallUnit(c)
                                          : std::max(hangulSmallUnit(c), kanjiSmallUnit(c));
        if (unit == 0 || unit >= lastUnit || positional
            || (numerals == Numerals::Arabic && !havePending))
            break;
        Decimal part = havePending ? pending : Decimal{1, 0};
        const int power = unit == 10 ? 1 : unit == 100 ? 2 : 3;
        if (!part.multiplyByPowerOfTen(power) || !total.add(part))
            return section;
        pending = {};
        havePending = false;
        pendingIsKanjiDigit = false;
        lastUnit = unit;
        section.hasUnit = true;
        ++p;
    }
    if (p == pos || (havePending && !total.add(pending)))
        return section;
    section.value = total;
    section.endsWithUnit = section.hasUnit && !havePending;
    section.end = p;
    return section;
}

// A whole number with its big units: 1억 5천만, 1億5千万, 3만 5000, 1.5억.
QuantityScanner::Numeral QuantityScanner::readNumeral(qsizetype pos, Numerals numerals) const
{
    Numeral number;
    Decimal total;
    int lastPower = 99;
    qsizetype p = pos;
    for (bool first = true;; first = false) {
        const Numeral section = readSection(p, numerals);
        if (!section.valid())
            return first ? section : number;
        if (first)
            number.plainDigits = section.plainDigits && !section.hasUnit;
        number.hasUnit = number.hasUnit || section.hasUnit;
        const int power = bigUnitPower(at(section.end));
        if (power == 0 || power >= lastPower || section.value.mantissa == 0) {
            if (!total.add(section.value))
                return {};
            number.value = total;
            number.end = section.end;
            number.endsWithUnit = section.endsWithUnit;
            return number;
        }
        Decimal part = section.value;
        if (!part.multiplyByPowerOfTen(power) || !total.add(part))
            return {};
        lastPower = power;
        number.hasUnit = number.endsWithUnit = true;
        number.plainDigits = false;
        number.value = total;
        number.end = section.end + 1;
        // The next group may follow after one space (1억 5천만) if it is clearly part of it.
        const qsizetype next = isSpace(at(number.end)) ? number.end + 1 : number.end;
        const Numeral peek = readSection(next, numerals);
        if (!peek.valid())
            return number;
        const int nextPower = bigUnitPower(at(peek.end));
        const bool continues = next == number.end || (nextPower > 0 && nextPower < lastPower)
            || peek.endsWithUnit || (peek.plainDigits && lastPower == 4);
        Decimal limit{1, 0};
        if (!continues
            || (nextPower == 0 && limit.multiplyByPowerOfTen(lastPower)
                && peek.value.mantissa >= limit.mantissa))
            return number;
        p = next;
    }
}

bool QuantityScanner::gluedToCode(qsizetype pos) const
{
    const QChar before = at(pos - 1);
    if (isLatinLetter(before) || before == u'%')
        return true; // A4, %2$s: a code, a format directive
    if (before == u'-' || before == u'_' || before == u'/' || before == u'#' || before == u'@'
        || before == u'.')
        return isLatinLetter(at(pos - 2)) || isHangulSyllable(at(pos - 2))
            || (before != u'.' && arabicDigit(at(pos - 2)) >= 0);
    qsizetype digitsEnd = pos;
    while (arabicDigit(at(digitsEnd)) >= 0)
        ++digitsEnd;
    if (before == u'※' || before == u'*' || (before == u'[' && at(digitsEnd) == u']'))
        return true; // a footnote marker
    if (isHangulSyllable(before)) {
        // 코로나19 and 파일2 are names; 제3차, 약3천, 오후3시, 2020년10월 are numbers (a unit
        // counts as a prefix only after a number of its own).
        static constexpr std::u16string_view prefixes = u"제약총매및각만";
        static constexpr std::u16string_view units = u"년월일시분";
        const bool meridiem = (before == u'전' || before == u'후') && at(pos - 2) == u'오';
        if (units.find(before.unicode()) != std::u16string_view::npos)
            return arabicDigit(at(pos - 2)) < 0;
        return !meridiem && prefixes.find(before.unicode()) == std::u16string_view::npos;
    }
    return false;
}

qsizetype QuantityScanner::scanArabic(qsizetype pos)
{
    if (gluedToCode(pos)) {
        qsizetype end = pos;
        while (end < m_size && arabicDigit(m_text[end]) >= 0)
            ++end;
        return isHangulSyllable(at(pos - 1)) ? end : skipCode(end);
    }
    {
        // 8진수, 16 進数: octal and hexadecimal, words rather than numbers.
        qsizetype digitsEnd = pos;
        while (digitsEnd < m_size && arabicDigit(m_text[digitsEnd]) >= 0)
            ++digitsEnd;
        // Also 16진 on its own (10진, 8진, 16진) and 8 進表記.
        const qsizetype word = skipSpaces(digitsEnd);
        const bool korean = at(word) == u'진'
            && (startsWithAt(word, u"진수") || startsWithAt(word, u"진법")
                || !isHangulSyllable(at(word + 1)));
        if (korean || at(word) == u'進')
            return digitsEnd;
    }
    if (const qsizetype end = scanDelimitedDate(pos); end > pos)
        return end;
    if (const qsizetype end = scanColonTime(pos); end > pos)
        return end;
    const Numeral number = readNumeral(pos, Numerals::Arabic);
    if (!number.valid())
        return std::max(number.skipTo, pos + 1);
    // 10/29, 1/3, 24/7: a code or a fraction, not two numbers.
    if (at(number.end) == u'/' && arabicDigit(at(number.end + 1)) >= 0)
        return skipCode(number.end);
    return finishNumber(number, pos, Source::Arabic);
}

// 2020.10.29, 2020-10-29, 2020/10/29, 2020. 10. 29. and, in Korean, 10.29 and 6·25.
qsizetype QuantityScanner::scanDelimitedDate(qsizetype pos)
{
    const auto digitsEnd = [this](qsizetype p) {
        while (p < m_size && arabicDigit(m_text[p]) >= 0)
            ++p;
        return p;
    };
    const auto number = [this](qsizetype from, qsizetype to) {
        if (to - from > 4)
            return -1;
        int value = 0;
        for (qsizetype p = from; p < to; ++p)
            value = value * 10 + arabicDigit(m_text[p]);
        return value;
    };
    const qsizetype firstEnd = digitsEnd(pos);
    if (firstEnd - pos > 4)
        return pos;
    const QChar separator = at(firstEnd);
    const bool dot = separator == u'.' || separator == u'．';
    if (!dot && separator != u'-' && separator != u'/' && separator != u'·')
        return pos;
    const auto nextPart = [&](qsizetype after) {
        return dot ? skipSpaces(after) : after;
    };
    const qsizetype secondStart = nextPart(firstEnd + 1);
    const qsizetype secondEnd = digitsEnd(secondStart);
    if (secondEnd == secondStart || secondEnd - secondStart > 2)
        return pos;
    const int first = number(pos, firstEnd);
    const int second = number(secondStart, secondEnd);
    QuantityAtom date = QuantityAtom::make(Kind::Date, 0, pos, pos);
    if (firstEnd - pos == 4 && at(secondEnd) == separator) {
        const qsizetype thirdStart = nextPart(secondEnd + 1);
        const qsizetype thirdEnd = digitsEnd(thirdStart);
        const int third = number(thirdStart, thirdEnd);
        if (thirdEnd == thirdStart || thirdEnd - thirdStart > 2 || first < 1000 || first > 2999
            || second < 1 || second > 12 || third < 1 || third > 31
            || (at(thirdEnd) == separator && arabicDigit(at(thirdEnd + 1)) >= 0))
            return pos;
        m_atoms.append(QuantityAtom::make(Kind::Year, first, pos, firstEnd));
        date.value = {second, 0};
        date.day = third;
        date.start = secondStart;
        date.end = thirdEnd;
        m_atoms.append(date);
        return thirdEnd;
    }
    // M.D only in Korean, and only where no unit makes it a decimal (1.5배, 2.5 단계).
    const QChar after = at(secondEnd);
    const qsizetype nextWord = skipSpaces(secondEnd);
    const bool unitFollows = isPercentSign(at(nextWord)) || koreanCounterAt(m_text, nextWord) > 0
        || startsWithAt(nextWord, u"단계") || startsWithAt(nextWord, u"퍼센트")
        || startsWithAt(nextWord, u"프로") || startsWithAt(nextWord, u"포인트");
    if (!m_korean || (!dot && separator != u'·') || firstEnd - pos > 2 || first < 1 || first > 12
        || second < 1 || second > 31 || secondStart != firstEnd + 1 || after == separator
        || isLatinLetter(after) || (isHangulSyllable(after) && after != u'절') || unitFollows)
        return pos;
    date.value = {first, 0};
    date.day = second;
    date.end = secondEnd;
    m_atoms.append(date);
    return secondEnd;
}

// 15:00, 3:30 (p.m.), 09:00:15.
qsizetype QuantityScanner::scanColonTime(qsizetype pos)
{
    qsizetype p = pos;
    while (p < m_size && arabicDigit(m_text[p]) >= 0)
        ++p;
    const qsizetype hourDigits = p - pos;
    if (hourDigits > 2 || (at(p) != u':' && at(p) != u'：') || arabicDigit(at(p + 1)) < 0
        || arabicDigit(at(p + 2)) < 0 || arabicDigit(at(p + 3)) >= 0)
        return pos;
    const int hour = hourDigits == 1 ? arabicDigit(at(pos))
                                     : arabicDigit(at(pos)) * 10 + arabicDigit(at(pos + 1));
    const int minute = arabicDigit(at(p + 1)) * 10 + arabicDigit(at(p + 2));
    if (hour > 24 || minute > 59)
        return pos;
    Reading reading;
    reading.kind = Kind::Hour;
    reading.value.mantissa = hour;
    reading.minute = minute;
    reading.start = pos;
    reading.twentyFourHour = hour == 0 || hour > 12 || (hourDigits == 2 && at(pos) == u'0');
    reading.end = p + 3;
    if ((at(reading.end) == u':' || at(reading.end) == u'：')
        && arabicDigit(at(reading.end + 1)) >= 0 && arabicDigit(at(reading.end + 2)) >= 0)
        reading.end += 3; // seconds
    readMeridiemBefore(reading);
    if (m_english)
        readEnglishSuffix(reading, reading.end);
    record(reading, true);
    return reading.end;
}

// Reads what follows a number, a range to a second number, and records them.
qsizetype QuantityScanner::finishNumber(const Numeral &number, qsizetype start, Source source)
{
    Numeral scaled = number;
    if (m_english && source != Source::Kanji) {
        // 1.5 million, 1.5bn, three hundred.
        const qsizetype wordStart = at(number.end) == u' ' ? number.end + 1 : number.end;
        const qsizetype wordEnd = latinWordEnd(wordStart);
        const EnglishWord word = englishWord(m_text.sliced(wordStart, wordEnd - wordStart));
        if (wordEnd > wordStart && (word.kind == English::Scale || word.kind == English::Hundred)) {
            Decimal factor = scaled.value;
            int power = 0;
            for (qint64 v = word.value; v > 1; v /= 10)
                ++power;
            if (factor.multiplyByPowerOfTen(power)) {
                scaled.value = factor;
                scaled.end = wordEnd;
                scaled.plainDigits = false;
            }
        }
    }
    Reading first = read(scaled, start, source);
    if (first.isCode)
        return skipCode(first.end);
    const bool firm = source == Source::Arabic
        || (first.counted && source != Source::EnglishWord
            && !(source == Source::Kanji && first.value.mantissa == 1 && first.value.isInteger()));
    // A range: 10~15일, 3-5 p.m., 오후 3~5시, 2019–2020.
    qsizetype p = first.end;
    if (source == Source::Arabic) {
        const qsizetype signAt = at(p) == u'-' ? p : skipSpaces(p);
        qsizetype secondStart = -1;
        if (isRangeSign(at(signAt)) && (at(signAt) != u'-' || signAt == p))
            secondStart = at(signAt) == u'-' ? signAt + 1 : skipSpaces(signAt + 1);
        else if (m_english && signAt > p
                 && (startsWithAt(signAt, u"to ")
                     || (startsWithAt(signAt, u"and ")
                         && latinWordBefore(start).compare(u"between", Qt::CaseInsensitive) == 0)))
            secondStart = skipSpaces(signAt + 3);
        if (secondStart > 0 && arabicDigit(at(secondStart)) >= 0) {
            const Numeral secondNumber = readNumeral(secondStart, Numerals::Arabic);
            if (secondNumber.valid()) {
                Reading second = read(secondNumber, secondStart, source);
                if (second.isCode
                    || (at(second.end) == u'-' && arabicDigit(at(second.end + 1)) >= 0))
                    return skipCode(second.end); // a phone number or a code
                if (!first.counted && second.counted && second.kind != Kind::Ordinal) {
                    first.kind = second.kind;
                    first.meridiem = second.meridiem;
                    first.counted = true;
                    if (first.kind == Kind::Hour) {
                        first.twentyFourHour =
                            first.value.mantissa == 0 || first.value.mantissa > 12;
                        first.minute = 0;
                        if (first.meridiem == Meridiem::None)
                            readMeridiemBefore(first);
                    }
                }
                if (first.kind == Kind::Hour && second.kind == Kind::Hour
                    && second.meridiem == Meridiem::None)
                    second.meridiem = first.meridiem;
                record(first, firm);
                record(second, true, true);
                return second.end;
            }
        }
    }
    record(first, firm);
    return std::max(first.end, start + 1);
}

void QuantityScanner::record(const Reading &reading, bool firm, bool linked)
{
    QuantityAtom atom = QuantityAtom::make(reading.kind, 0, reading.start, reading.end);
    atom.value = reading.value;
    atom.minute = reading.minute;
    atom.meridiem = reading.meridiem;
    atom.twentyFourHour = reading.twentyFourHour;
    atom.firm = firm;
    atom.plainDigits = reading.plainDigits;
    atom.linkedToPrevious = linked;
    atom.followedByWord = reading.followedByWord;
    const bool integer = atom.value.isInteger();
    const qint64 v = atom.value.mantissa;
    // A bare four-digit number of these years is a year ("in 2020", "2019–2020").
    if (atom.kind == Kind::Number && !reading.counted && reading.plainDigits
        && reading.end - reading.start == 4 && integer && v >= 1900 && v <= 2100)
        atom.kind = Kind::Year;
    // A unit inherited across a range may not fit this end of it (10월~13: no month 13).
    if ((atom.kind == Kind::Year && (!integer || v < 1000 || v > 2999))
        || (atom.kind == Kind::Month && (!integer || v < 1 || v > 12))
        || (atom.kind == Kind::Day && (!integer || v < 1 || v > 31))
        || (atom.kind == Kind::Hour && (!integer || v > 24)))
        atom.kind = Kind::Number;
    m_atoms.append(atom);
}
