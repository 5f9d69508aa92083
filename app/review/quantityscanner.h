#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace QuantityWords {
struct EnglishWord;
}

// The first step of Quantities::find(): the number-like pieces of a text as they are
// written (a month here, a day there); quantities.cpp joins them into dates and keys.

// A decimal number, exact to 18 digits: mantissa / 10^scale, without trailing zeros.
struct Decimal
{
    qint64 mantissa = 0;
    int scale = 0;

    bool isInteger() const { return scale == 0; }
    // False, and the value unusable, when the result would not fit.
    [[nodiscard]] bool multiplyByPowerOfTen(int power);
    [[nodiscard]] bool add(Decimal term);
    QString toString() const; // "3000", "1.5"
};

struct QuantityAtom
{
    enum class Kind : quint8 {
        Number,
        Percent,
        Year,
        Month,
        Day,
        Date, // month in value, day in day
        Hour, // hour in value, minute in minute
        Ordinal, // "29th": a day next to a month or alone, else a number
    };
    enum class Meridiem : quint8 { None, Am, Pm };

    Kind kind = Kind::Number;
    Decimal value;
    int day = 0;
    int minute = 0;
    Meridiem meridiem = Meridiem::None;
    bool twentyFourHour = false; // 15:00, 09:00, 15시: not an hour of the 12-hour clock
    qsizetype start = 0;
    qsizetype end = 0;
    bool firm = true;
    bool plainDigits = false; // one or two bare digits: the day after an English month
    bool linkedToPrevious = false; // the second end of a range (10~15일)
    bool monthName = false; // an English month name
    bool followedByWord = false; // an ordinal before a noun: "75th anniversary"

    static QuantityAtom make(Kind kind, qint64 value, qsizetype start, qsizetype end)
    {
        QuantityAtom atom;
        atom.kind = kind;
        atom.value.mantissa = value;
        atom.start = start;
        atom.end = end;
        return atom;
    }
};

// One pass over a text, left to right, never looking more than a few characters back. The
// digits are read in quantityscanner.cpp, units and counters after a number in
// quantityunits.cpp, numbers spelt in words in quantitywordscanner.cpp.
class QuantityScanner
{
public:
    QuantityScanner(QStringView text, QStringView language);
    QList<QuantityAtom> scan();

private:
    enum class Numerals : quint8 { Arabic, Kanji, Hangul };
    // Where a number came from decides how much it is worth as evidence.
    enum class Source : quint8 { Arabic, Kanji, HangulWord, EnglishWord };

    // A number as written, before its unit is read.
    struct Numeral
    {
        Decimal value;
        qsizetype end = -1; // -1: no number here
        qsizetype skipTo = -1; // set when the digits are not a quantity (too long, a code)
        bool hasUnit = false; // 천, 万, … (a bare kanji 三 has none)
        bool endsWithUnit = false;
        bool plainDigits = false; // only Arabic digits, no separators or decimals
        bool valid() const { return end >= 0 && skipTo < 0; }
    };

    // What the words around a number make of it.
    struct Reading
    {
        QuantityAtom::Kind kind = QuantityAtom::Kind::Number;
        Decimal value;
        int minute = 0;
        QuantityAtom::Meridiem meridiem = QuantityAtom::Meridiem::None;
        bool twentyFourHour = false;
        qsizetype start = 0;
        qsizetype end = 0;
        bool counted = false; // a unit or counter says what the number counts
        bool followedByWord = false;
        bool plainDigits = false;
        bool isCode = false; // glued to letters after all ("5G", "3D")
    };

    QChar at(qsizetype pos) const { return pos >= 0 && pos < m_size ? m_text[pos] : QChar(); }
    bool startsWithAt(qsizetype pos, QStringView word) const;
    qsizetype skipSpaces(qsizetype pos) const;
    qsizetype latinWordEnd(qsizetype pos) const;
    QStringView latinWordBefore(qsizetype pos) const; // "in" for the "May" of "in May"
    qsizetype skipCode(qsizetype pos) const;

    // quantityscanner.cpp
    Numeral readDigits(qsizetype pos) const;
    Numeral readSection(qsizetype pos, Numerals numerals) const;
    Numeral readNumeral(qsizetype pos, Numerals numerals) const;
    bool gluedToCode(qsizetype pos) const;
    qsizetype scanArabic(qsizetype pos);
    qsizetype scanDelimitedDate(qsizetype pos);
    qsizetype scanColonTime(qsizetype pos);
    qsizetype finishNumber(const Numeral &number, qsizetype start, Source source);
    void record(const Reading &reading, bool firm, bool linked = false);

    // quantityunits.cpp
    Reading read(const Numeral &number, qsizetype start, Source source) const;
    bool readKoreanSuffix(Reading &reading, qsizetype pos) const;
    bool readJapaneseSuffix(Reading &reading, qsizetype pos) const;
    bool readEnglishSuffix(Reading &reading, qsizetype pos) const;
    void readHour(Reading &reading, qsizetype afterUnit) const;
    void readMeridiemBefore(Reading &reading) const;

    // quantitywordscanner.cpp
    qsizetype scanHangul(qsizetype pos);
    qsizetype scanKanji(qsizetype pos);
    qsizetype scanEra(qsizetype pos);
    qsizetype scanLatin(qsizetype pos);
    qsizetype scanMonthName(qsizetype pos, qsizetype end, const QuantityWords::EnglishWord &word);
    qsizetype scanEnglishNumber(qsizetype pos);

    QStringView m_text;
    qsizetype m_size;
    bool m_english;
    bool m_korean;
    QList<QuantityAtom> m_atoms;
};
