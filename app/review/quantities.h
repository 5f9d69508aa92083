#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// One number-like thing mentioned in a text, normalised so that the same quantity written in
// Korean, Japanese or English gets the same key.
//
// Keys (all numbers in ASCII digits, no separators, no leading zeros unless stated):
//   n:3000        a plain number; decimals as n:1.5 (trailing zeros dropped). Multipliers are
//                 applied (3천만, 3千万, "30 million" → n:30000000) and currency is ignored
//                 ("$1.5 billion", "15억 달러", "15億ドル" → n:1500000000). Ordinals ("제3차",
//                 "第3回", "3rd round", "third") and durations ("3년간", "3日間") are plain
//                 numbers.
//   pct:30        a percentage: 30%, 30％, 30퍼센트, 30프로, 30パーセント, "30 per cent", 3割.
//   year:2020     a year: 2020년, 2020年, 令和2年, 2020.10.29, "in 2020" (any bare 4-digit
//                 number 1900–2100). A date with a year gives two quantities, year:2020 and
//                 date:10-29.
//   month:10      a month without a day: 10월, 十月, "in October".
//   day:29        a day of the month without a month: 29일, 29日, "the 29th".
//   date:10-29    month-day: 10월 29일, 十月二十九日, "October 29", "29th of October", 10.29 (ko).
//   time:15:00    a time of day known on the 24-hour clock (HH zero-padded): 오후 3시, 午後3時,
//                 "3 p.m.", 15:00, 15시.
//   clock:3:00    an hour 1–12 given without a.m./p.m.: 3시, 3時, "3 o'clock", 3:30.
//
// missing() treats these as the same quantity (besides equal keys):
//   year:Y ↔ n:Y;  day:D ↔ n:D;  day:D ← date:M-D;  month:M ← date:M-*;
//   date:M-D ← day:D (a text may leave the month to the context, "지난달 29일");
//   clock:h:mm ↔ time:HH:mm when HH is h or h+12 (12 ↔ 00 and 12).
// A date:M-D is never satisfied by another month, a month never by a bare number. Weak
// quantities of the other text satisfy as firm ones do.
struct Quantity
{
    QString key; // normalised, see above
    qsizetype start = 0; // UTF-16 offset in the text
    qsizetype length = 0; // UTF-16 length of the matched span
    // false for weak evidence (English number words like "three", Korean native numerals 세
    // 차례, a bare kanji numeral that may be part of a name, a kanji 1 even with a counter,
    // a Sino-Korean word such as 이십 without a counter): it can satisfy a match but is never
    // reported missing.
    bool firm = true;
    friend bool operator==(const Quantity &, const Quantity &) = default;
};

namespace Quantities {
// language: "ko", "ja", "en". Digits, symbols (%, 15:00, 2020.10.29) and what the script
// shows (Hangul and kanji numerals and units) are read in any language; English words
// (months, "three", "million", "p.m.") only in "en". Numbers glued to Latin letters, to a
// Hangul name or to codes (G7, COVID-19, 코로나19, URLs, 10/29, 1.2.3, [1] footnotes),
// words whose numeral kanji is lexical (一部, 統一, 十分, 二国間) and digit runs longer than
// 18 digits are not quantities; "Resolution 2397" is n:2397. Results are in text order.
QList<Quantity> find(QStringView text, QStringView language);
// The firm quantities of `from` that nothing in `in` matches (see the rules above), in text
// order. Each quantity of `in` can satisfy at most one of `from`.
QList<Quantity> missing(const QList<Quantity> &from, const QList<Quantity> &in);
// A short English description of a key for messages: "29 October", "2020", "3,000", "30%",
// "15:00", "3:00 (a.m. or p.m.)", "29th (day)", "October".
QString describe(const QString &key);
} // namespace Quantities
