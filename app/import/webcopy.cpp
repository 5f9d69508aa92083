#include "import/webcopy.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace WebCopy {

namespace {
// Whole lines that are page furniture in English, Korean and Japanese news sites.
bool isFurniture(const QString &line)
{
    static const QRegularExpression furniture(
        uR"(^(?:recommended|related(?: articles| stories| news)?|advertisement|ad|sponsored|)"
        uR"(share(?: this(?: article| story)?| on \w+)?|tweet|print|e-?mail|subscribe(?: now)?|)"
        uR"(sign up(?: for .*)?|follow us(?: on .*)?|read more|more stories|top stories|)"
        uR"(most read|most popular|comments?|\d+ comments?|listen(?: to this article)?|)"
        uR"(추천|추천 기사|관련 기사|관련기사|많이 본 뉴스|공유|공유하기|구독|구독하기|광고|)"
        uR"(좋아요|댓글|기사 공유|페이스북|트위터|카카오톡|)"
        uR"(関連記事|おすすめ|シェア|ツイート|広告|購読|ランキング|コメント))"
        uR"([.:!]?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(line).hasMatch();
}

// "3 years ago", "5분 전", "3年前", after a bullet or alone.
const QRegularExpression &relativeTime()
{
    static const QRegularExpression pattern(
        uR"((?:^|\s*[•·|–-]\s*)(?:\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|)"
        uR"(months?|years?)\s+ago|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전|)"
        uR"(\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|カ月|年)前)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isByline(const QString &line)
{
    static const QRegularExpression byline(
        uR"(^(?:By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})*)"
        uR"(|[가-힣]{2,4}\s*(?:기자|특파원)(?:\s*[\w.-]+@[\w.-]+)?)$)"_s);
    return line.size() <= 80 && byline.match(line).hasMatch();
}
} // namespace

Cleaned clean(const QString &text)
{
    Cleaned result;
    QStringList kept;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            kept.append(line);
            continue;
        }
        if (isFurniture(trimmed)) {
            ++result.droppedLines;
            continue;
        }
        if (isByline(trimmed)) {
            if (result.byline.isEmpty())
                result.byline = trimmed;
            ++result.droppedLines;
            continue;
        }
        const QRegularExpressionMatch time = relativeTime().match(line);
        if (time.hasMatch()) {
            line.truncate(time.capturedStart());
            if (line.trimmed().isEmpty()) {
                ++result.droppedLines;
                continue;
            }
        }
        kept.append(line);
    }
    result.text = kept.join(u'\n');
    return result;
}

} // namespace WebCopy
