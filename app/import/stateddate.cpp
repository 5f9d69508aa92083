#include "import/stateddate.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace StatedDate {

namespace {
// January = 1; full names and the abbreviations news copy uses ("Sept.").
int monthNamed(QStringView name)
{
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const QString lower = name.toString().toLower();
    for (qsizetype m = 0; m < months.size(); ++m) {
        if (lower.startsWith(months.at(m)))
            return int(m) + 1;
    }
    return 0;
}
} // namespace

QDate find(QStringView text)
{
    // Full-width digits (２０２０年) read as digits.
    QString plain = text.toString();
    for (QChar &c : plain) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    static const QRegularExpression patterns(
        uR"((?<ymd>(?<y1>\d{4})\s*(?:년|年)\s*(?<m1>\d{1,2})\s*(?:월|月)\s*(?<d1>\d{1,2})\s*(?:일|日)))"
        uR"(|(?<iso>\b(?<y2>\d{4})-(?<m2>\d{2})-(?<d2>\d{2})\b))"
        uR"(|(?<dmy>\b(?<d3>\d{1,2})\s+(?<n3>[A-Z][a-z]{2,8})\.?,?\s+(?<y3>\d{4})\b))"
        uR"(|(?<mdy>\b(?<n4>[A-Z][a-z]{2,8})\.?\s+(?<d4>\d{1,2}),?\s+(?<y4>\d{4})\b))"_s);
    QRegularExpressionMatchIterator it = patterns.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QDate date;
        if (match.hasCaptured(u"ymd"))
            date = QDate(match.captured(u"y1").toInt(), match.captured(u"m1").toInt(),
                         match.captured(u"d1").toInt());
        else if (match.hasCaptured(u"iso"))
            date = QDate(match.captured(u"y2").toInt(), match.captured(u"m2").toInt(),
                         match.captured(u"d2").toInt());
        else if (match.hasCaptured(u"dmy"))
            date = QDate(match.captured(u"y3").toInt(), monthNamed(match.captured(u"n3")),
                         match.captured(u"d3").toInt());
        else if (match.hasCaptured(u"mdy"))
            date = QDate(match.captured(u"y4").toInt(), monthNamed(match.captured(u"n4")),
                         match.captured(u"d4").toInt());
        // "Seoul 29 Monday 2020" or a month name that is no month: not a date.
        if (date.isValid() && date.year() >= 1900 && date.year() <= 2200)
            return date;
    }
    return {};
}

} // namespace StatedDate
