#include "review/quantities.h"

#include "review/quantityscanner.h"

#include <array>

using namespace Qt::StringLiterals;
using Kind = QuantityAtom::Kind;
using Meridiem = QuantityAtom::Meridiem;

namespace {

bool isIntegerIn(const Decimal &value, qint64 low, qint64 high)
{
    return value.isInteger() && value.mantissa >= low && value.mantissa <= high;
}

QString hourKey(const QuantityAtom &atom)
{
    int hour = int(atom.value.mantissa);
    if (atom.meridiem == Meridiem::Pm && hour < 12)
        hour += 12;
    else if (atom.meridiem == Meridiem::Am && hour == 12)
        hour = 0;
    if (atom.meridiem == Meridiem::None && !atom.twentyFourHour && hour >= 1 && hour <= 12)
        return QString::asprintf("clock:%d:%02d", hour, atom.minute);
    return QString::asprintf("time:%02d:%02d", hour, atom.minute);
}

QString keyOf(const QuantityAtom &atom)
{
    const QString value = atom.value.toString();
    switch (atom.kind) {
    case Kind::Number:
        return u"n:"_s + value;
    case Kind::Percent:
        return u"pct:"_s + value;
    case Kind::Year:
        return u"year:"_s + value;
    case Kind::Month:
        return u"month:"_s + value;
    case Kind::Day:
        return u"day:"_s + value;
    case Kind::Date:
        return u"date:"_s + value + u'-' + QString::number(atom.day);
    case Kind::Hour:
        return hourKey(atom);
    case Kind::Ordinal:
        // "the 29th" is a day; "the 75th anniversary" a number.
        return (!atom.followedByWord && isIntegerIn(atom.value, 1, 31) ? u"day:"_s : u"n:"_s)
            + value;
    }
    return u"n:"_s + value;
}

// A day that an English month name next to it turns into a date: "29", "29th".
bool isDayOfMonthName(const QuantityAtom &atom)
{
    return (atom.kind == Kind::Number && atom.plainDigits) || atom.kind == Kind::Ordinal
        ? isIntegerIn(atom.value, 1, 31)
        : false;
}

bool isDayAfter(const QuantityAtom &month, const QuantityAtom &atom)
{
    return month.monthName ? isDayOfMonthName(atom) : atom.kind == Kind::Day;
}

bool onlySpaces(QStringView text)
{
    return text.trimmed().isEmpty();
}

// "29 October", "29th of October".
bool joinsDayToMonth(QStringView gap)
{
    const QStringView word = gap.trimmed();
    return word.isEmpty() || (word == u"of" && gap.size() > 2);
}

Quantity dateQuantity(const QuantityAtom &month, const QuantityAtom &day, qsizetype start,
                      qsizetype end)
{
    const QString key = u"date:"_s + month.value.toString() + u'-' + day.value.toString();
    return {key, start, end - start, month.firm && day.firm};
}

struct KeyParts
{
    QStringView kind;
    QStringView value;
};

KeyParts split(const QString &key)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon < 0)
        return {QStringView(key), {}};
    return {QStringView(key).first(colon), QStringView(key).sliced(colon + 1)};
}

struct DateParts
{
    QStringView month;
    QStringView day;
};

// "10-29" → month "10", day "29".
DateParts splitDate(QStringView date)
{
    const qsizetype dash = date.indexOf(u'-');
    if (dash < 0)
        return {};
    return {date.first(dash), date.sliced(dash + 1)};
}

// clock:3:00 stands for 03:00 and 15:00; 12 for 00 and 12.
bool sameClockTime(QStringView clock, QStringView time)
{
    const qsizetype clockColon = clock.indexOf(u':');
    const qsizetype timeColon = time.indexOf(u':');
    if (clockColon < 0 || timeColon < 0 || clock.sliced(clockColon) != time.sliced(timeColon))
        return false;
    return clock.first(clockColon).toInt() % 12 == time.first(timeColon).toInt() % 12;
}

// Whether `offered` (in the other text) accounts for `wanted`, beyond an equal key.
bool isCompatible(const QString &wanted, const QString &offered)
{
    const KeyParts want = split(wanted);
    const KeyParts offer = split(offered);
    const auto kinds = [&](QStringView a, QStringView b) {
        return want.kind == a && offer.kind == b;
    };
    if (kinds(u"year", u"n") || kinds(u"n", u"year") || kinds(u"day", u"n") || kinds(u"n", u"day"))
        return want.value == offer.value;
    if (kinds(u"day", u"date"))
        return splitDate(offer.value).day == want.value;
    if (kinds(u"month", u"date"))
        return splitDate(offer.value).month == want.value;
    if (kinds(u"date", u"day"))
        return splitDate(want.value).day == offer.value;
    if (kinds(u"clock", u"time"))
        return sameClockTime(want.value, offer.value);
    if (kinds(u"time", u"clock"))
        return sameClockTime(offer.value, want.value);
    return false;
}

QString monthName(int month)
{
    static const std::array<QString, 12> names{
        u"January"_s, u"February"_s, u"March"_s,     u"April"_s,   u"May"_s,      u"June"_s,
        u"July"_s,    u"August"_s,   u"September"_s, u"October"_s, u"November"_s, u"December"_s,
    };
    return month >= 1 && month <= 12 ? names[size_t(month - 1)] : QString();
}

QString ordinal(int day)
{
    const int lastTwo = day % 100;
    const int last = day % 10;
    const char16_t *suffix = (lastTwo >= 11 && lastTwo <= 13) ? u"th"
        : last == 1                                           ? u"st"
        : last == 2                                           ? u"nd"
        : last == 3                                           ? u"rd"
                                                              : u"th";
    return QString::number(day) + QString::fromUtf16(suffix);
}

// "150000000" → "150,000,000"; "1234.5" → "1,234.5".
QString withThousands(QStringView number)
{
    const qsizetype point = number.indexOf(u'.');
    const QStringView whole = point < 0 ? number : number.first(point);
    QString out;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += u',';
        out += whole[i];
    }
    return point < 0 ? out : out + number.sliced(point).toString();
}

} // namespace

namespace Quantities {

QList<Quantity> find(QStringView text, QStringView language)
{
    const QList<QuantityAtom> atoms = QuantityScanner(text, language).scan();
    QList<Quantity> found;
    found.reserve(atoms.size());
    const auto gap = [&](const QuantityAtom &a, const QuantityAtom &b) {
        return text.sliced(a.end, std::max<qsizetype>(b.start - a.end, 0));
    };
    for (qsizetype i = 0; i < atoms.size();) {
        const QuantityAtom &atom = atoms[i];
        // 10월 29일, 十月二十九日, October 29, Oct. 29–30.
        if (atom.kind == Kind::Month && i + 1 < atoms.size() && onlySpaces(gap(atom, atoms[i + 1]))
            && isDayAfter(atom, atoms[i + 1])) {
            qsizetype j = i + 1;
            do {
                found.append(dateQuantity(atom, atoms[j], atom.start, atoms[j].end));
                ++j;
            } while (j < atoms.size() && atoms[j].linkedToPrevious && isDayAfter(atom, atoms[j]));
            i = j;
            continue;
        }
        // 29 October, 29th of October, 29–30 October.
        if (isDayOfMonthName(atom)) {
            qsizetype last = i;
            while (last + 1 < atoms.size() && atoms[last + 1].linkedToPrevious
                   && isDayOfMonthName(atoms[last + 1]))
                ++last;
            if (last + 1 < atoms.size() && atoms[last + 1].kind == Kind::Month
                && atoms[last + 1].monthName
                && joinsDayToMonth(gap(atoms[last], atoms[last + 1]))) {
                const QuantityAtom &month = atoms[last + 1];
                for (qsizetype k = i; k <= last; ++k)
                    found.append(dateQuantity(month, atoms[k], atoms[k].start, month.end));
                i = last + 2;
                continue;
            }
        }
        found.append({keyOf(atom), atom.start, atom.end - atom.start, atom.firm});
        ++i;
    }
    return found;
}

QList<Quantity> missing(const QList<Quantity> &from, const QList<Quantity> &in)
{
    QList<bool> used(in.size(), false);
    QList<bool> matched(from.size(), false);
    // Equal keys first, so that a compatible but looser match (day:29 for date:10-29) never
    // takes what an exact one needs.
    for (bool exact : {true, false}) {
        for (qsizetype i = 0; i < from.size(); ++i) {
            if (!from[i].firm || matched[i])
                continue;
            for (qsizetype j = 0; j < in.size(); ++j) {
                if (used[j])
                    continue;
                if (exact ? from[i].key == in[j].key : isCompatible(from[i].key, in[j].key)) {
                    used[j] = matched[i] = true;
                    break;
                }
            }
        }
    }
    QList<Quantity> out;
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (from[i].firm && !matched[i])
            out.append(from[i]);
    }
    return out;
}

QString describe(const QString &key)
{
    const auto [kind, value] = split(key);
    if (kind == u"n")
        return withThousands(value);
    if (kind == u"pct")
        return value.toString() + u'%';
    if (kind == u"year" || kind == u"time")
        return value.toString();
    if (kind == u"clock")
        return value.toString() + u" (a.m. or p.m.)"_s;
    if (kind == u"month" && !monthName(value.toInt()).isEmpty())
        return monthName(value.toInt());
    if (kind == u"day" && value.toInt() > 0)
        return ordinal(value.toInt()) + u" (day)"_s;
    if (kind == u"date") {
        const auto [month, day] = splitDate(value);
        if (!monthName(month.toInt()).isEmpty() && day.toInt() > 0)
            return day.toString() + u' ' + monthName(month.toInt());
    }
    return key;
}

} // namespace Quantities
