#pragma once

#include <QDate>
#include <QStringView>

// The date a piece of copy states, for a briefing made from it: wire copy puts it in the
// dateline or the first paragraphs ("2020년 10월 29일", "2020年10月29日", "29 October 2020",
// "Oct. 29, 2020", "2020-10-29"). Only full dates with a year count: "29일" alone could be
// any month. Returns the first one in `text`, or an invalid date.
namespace StatedDate {
QDate find(QStringView text);
} // namespace StatedDate
