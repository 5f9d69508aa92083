#include "review/quantities.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// Numbers, dates, times, amounts and percentages found in Korean, Japanese and English
// text, normalised so that the versions of one passage can be compared (docs/review.md).
class TestQuantities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsKorean_data();
    void findsKorean() { checkFind(); }
    void findsJapanese_data();
    void findsJapanese() { checkFind(); }
    void findsEnglish_data();
    void findsEnglish() { checkFind(); }
    void findsInOtherLanguagesOnlyWhatTheScriptShows_data();
    void findsInOtherLanguagesOnlyWhatTheScriptShows() { checkFind(); }
    void spansCoverTheQuantity_data();
    void spansCoverTheQuantity();
    void missing_data();
    void missing();
    void describe_data();
    void describe();
    void survivesRandomText();
    void scansManyPassagesQuickly();

private:
    static void addColumns();
    static void checkFind();
};

namespace {
// The keys found, "~" marking weak ones: {"date:10-29", "year:2020", "~n:3"}.
QStringList keys(const QList<Quantity> &quantities)
{
    QStringList out;
    for (const Quantity &q : quantities)
        out.append(q.firm ? q.key : u'~' + q.key);
    return out;
}
} // namespace

void TestQuantities::addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
}

void TestQuantities::checkFind()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QCOMPARE(keys(Quantities::find(text, language)), expected);
}

void TestQuantities::findsKorean_data()
{
    addColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << u"ko"_s << expected;
    };
    row("year", u"양국은 2020년 회담을 열었다."_s, {u"year:2020"_s});
    row("month and day", u"외교장관은 10월 29일 도쿄를 방문했다."_s, {u"date:10-29"_s});
    row("full date", u"2020년 10월 29일 서울에서 협의가 열렸다."_s,
        {u"year:2020"_s, u"date:10-29"_s});
    row("date without spaces", u"2020년10월29일 발표"_s, {u"year:2020"_s, u"date:10-29"_s});
    row("month alone", u"총리는 10월 방한할 예정이다."_s, {u"month:10"_s});
    row("day alone", u"지난달 29일 통화했다."_s, {u"day:29"_s});
    // Notation in real translated copy (Debian's catalogues), not quantities.
    row("number bases are words", u"10진, 8진, 16진수 또는 16진법"_s, {});
    row("a name glued to a digit", u"파일1 또는 파일2와 <명령-2>"_s, {});
    row("a format directive after a number", u"알 수 없을 경우 0 %x 최종 접근"_s, {u"n:0"_s});
    row("positional format arguments", u"%2$s의 볼륨 #%1$d번"_s, {});
    row("afternoon", u"회담은 오후 3시에 시작됐다."_s, {u"time:15:00"_s});
    row("morning with minutes", u"오전 10시 30분 공동 기자회견"_s, {u"time:10:30"_s});
    row("half past", u"오후 3시 반에 끝났다"_s, {u"time:15:30"_s});
    row("24-hour clock", u"양측은 15시에 다시 만났다."_s, {u"time:15:00"_s});
    row("hour without am or pm", u"3시에 발표가 있었다."_s, {u"clock:3:00"_s});
    row("hours are a duration", u"협의는 3시간 이어졌다."_s, {u"n:3"_s});
    row("thousands", u"3천 명이 집회에 참가했다."_s, {u"n:3000"_s});
    row("tens of millions", u"3천만 달러 규모의 지원"_s, {u"n:30000000"_s});
    row("eok and man", u"1억 5천만 달러를 지원하기로 했다."_s, {u"n:150000000"_s});
    row("eok without space", u"1억5천만 달러"_s, {u"n:150000000"_s});
    row("jo", u"교역 규모는 1조 원을 넘었다."_s, {u"n:1000000000000"_s});
    row("man and digits", u"3만 5000명이 서명했다."_s, {u"n:35000"_s});
    row("man after digits", u"150만 명의 관광객"_s, {u"n:1500000"_s});
    row("decimal eok", u"1.5억 달러"_s, {u"n:150000000"_s});
    row("grouped digits", u"3,000명의 교민이 귀국했다."_s, {u"n:3000"_s});
    row("counter", u"3000명이 참석했다."_s, {u"n:3000"_s});
    row("about thousands", u"3천여 명이 모였다."_s, {u"n:3000"_s});
    row("percent sign", u"지지율은 30%였다."_s, {u"pct:30"_s});
    row("percent word", u"수출이 30퍼센트 줄었다."_s, {u"pct:30"_s});
    row("percent word spaced", u"수입은 30 퍼센트 늘었다."_s, {u"pct:30"_s});
    row("pro", u"찬성이 30프로를 넘었다."_s, {u"pct:30"_s});
    row("program is not percent", u"교류 3프로그램"_s, {u"n:3"_s});
    row("decimal percent", u"성장률 2.5%"_s, {u"pct:2.5"_s});
    row("times", u"수출이 1.5배 늘었다."_s, {u"n:1.5"_s});
    row("sino-korean with counter", u"삼천 명이 모였다."_s, {u"n:3000"_s});
    row("sino-korean without counter", u"참석자는 이십 남짓이었다."_s, {u"~n:20"_s});
    row("sino-korean date", u"이천이십년 협정"_s, {u"year:2020"_s});
    row("sino-korean before a particle", u"삼천이 넘는 인원"_s, {u"~n:3000"_s});
    row("sino-korean lookalikes", u"이번 일본 구조 개혁은 사실상 오만이다."_s, {});
    row("native numerals", u"세 차례 협의했고 두 나라가 네 명씩 보냈다."_s,
        {u"~n:3"_s, u"~n:2"_s, u"~n:4"_s});
    row("native ordinal", u"세 번째 회담"_s, {u"~n:3"_s});
    row("han is korea", u"한국과 한일 관계, 한 대사관 관계자"_s, {});
    row("dotted date", u"2020.10.29 발표문"_s, {u"year:2020"_s, u"date:10-29"_s});
    row("dotted date with spaces", u"2020. 10. 29. 외교부"_s, {u"year:2020"_s, u"date:10-29"_s});
    row("month dot day", u"12.28 합의의 후속 조치"_s, {u"date:12-28"_s});
    row("middle dot date", u"6·25 전쟁 70주년"_s, {u"date:6-25"_s, u"n:70"_s});
    row("decimal before a unit", u"거리두기 2.5 단계"_s, {u"n:2.5"_s});
    row("range of days", u"10~15일 사이에 열린다."_s, {u"day:10"_s, u"day:15"_s});
    row("range of dates", u"10월 29~30일 도쿄에서"_s, {u"date:10-29"_s, u"date:10-30"_s});
    row("range of hours", u"오후 3~5시 회담"_s, {u"time:15:00"_s, u"time:17:00"_s});
    row("range of percent", u"10~15% 인상"_s, {u"pct:10"_s, u"pct:15"_s});
    row("ordinal prefix", u"제3차 전략대화"_s, {u"n:3"_s});
    row("duration in years", u"3년간 중단됐다."_s, {u"n:3"_s});
    row("duration in days", u"30일간의 일정"_s, {u"n:30"_s});
    row("name with digits", u"코로나19 확진자"_s, {});
    row("g7", u"G7 정상회의와 G20"_s, {});
    row("resolution number", u"안보리 결의 2397호"_s, {u"n:2397"_s});
    row("footnote", u"합의했다.[1] 이어서"_s, {});
}

void TestQuantities::findsJapanese_data()
{
    addColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << u"ja"_s << expected;
    };
    row("year", u"2020年に協議が行われた。"_s, {u"year:2020"_s});
    row("month and day", u"10月29日に来日した。"_s, {u"date:10-29"_s});
    row("full date", u"2020年10月29日、東京で"_s, {u"year:2020"_s, u"date:10-29"_s});
    row("reiwa", u"令和2年の合意"_s, {u"year:2020"_s});
    row("reiwa first year", u"令和元年に"_s, {u"year:2019"_s});
    row("heisei", u"平成31年4月"_s, {u"year:2019"_s, u"month:4"_s});
    row("afternoon", u"午後3時から会談"_s, {u"time:15:00"_s});
    row("morning with minutes", u"午前10時30分に発表"_s, {u"time:10:30"_s});
    row("half past", u"午後3時半に終了"_s, {u"time:15:30"_s});
    row("hour without am or pm", u"3時に記者会見"_s, {u"clock:3:00"_s});
    row("hours are a duration", u"3時間にわたり"_s, {u"n:3"_s});
    row("thousands", u"3千人が参加した。"_s, {u"n:3000"_s});
    row("man", u"3万人の署名"_s, {u"n:30000"_s});
    row("oku and man", u"1億5千万ドルを支援"_s, {u"n:150000000"_s});
    row("oku with grouped digits", u"1,500億円の予算"_s, {u"n:150000000000"_s});
    row("kanji thousands", u"三千人が集まった。"_s, {u"n:3000"_s});
    row("kanji without counter", u"二十を超える"_s, {u"~n:20"_s});
    row("kanji month", u"十一月に再開"_s, {u"month:11"_s});
    row("kanji date", u"十月二十九日の会談"_s, {u"date:10-29"_s});
    row("kanji year one by one", u"二〇二〇年の記録"_s, {u"year:2020"_s});
    row("kanji counters", u"三人が二回訪問した。"_s, {u"n:3"_s, u"n:2"_s});
    row("kanji one is weak", u"一人で訪問した。"_s, {u"~n:1"_s});
    row("kanji in a word", u"三者会談"_s, {u"~n:3"_s});
    row("full-width digits", u"３，０００人と２０２０年"_s, {u"n:3000"_s, u"year:2020"_s});
    row("percent sign", u"支持率は30%だった。"_s, {u"pct:30"_s});
    row("full-width percent", u"３０％増加"_s, {u"pct:30"_s});
    row("percent word", u"30パーセント減少"_s, {u"pct:30"_s});
    row("wari", u"3割が反対した。"_s, {u"pct:30"_s});
    row("wari and bu", u"3割5分"_s, {u"pct:35"_s});
    row("ordinal", u"第3回の会合"_s, {u"n:3"_s});
    row("kanji ordinal", u"第三回の会合"_s, {u"n:3"_s});
    row("months as a duration", u"3か月ぶり"_s, {u"n:3"_s});
    row("days as a duration", u"3日間の日程"_s, {u"n:3"_s});
    row("lexical one", u"一部の議員は一方で統一を求め、万一に備えて唯一一致した。"_s, {});
    row("lexical more", u"一層一緒に日韓二国間で十分に議論した。"_s, {});
    row("company name", u"三菱重工の工場"_s, {});
    row("g7", u"G7サミットで"_s, {});
    row("24-hour clock", u"15:00に開始"_s, {u"time:15:00"_s});
    row("dotted date", u"2020.10.29発表"_s, {u"year:2020"_s, u"date:10-29"_s});
    row("month dot day is a decimal", u"10.29の値"_s, {u"n:10.29"_s});
}

void TestQuantities::findsEnglish_data()
{
    addColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << u"en"_s << expected;
    };
    row("year", u"The talks resumed in 2020."_s, {u"year:2020"_s});
    row("year range", u"the 2019–2020 dispute"_s, {u"year:2019"_s, u"year:2020"_s});
    row("day month", u"They met on 29 October."_s, {u"date:10-29"_s});
    row("month day", u"They met on October 29."_s, {u"date:10-29"_s});
    row("abbreviated month", u"on Oct. 29 in Seoul"_s, {u"date:10-29"_s});
    row("abbreviation without dot", u"on Oct 29"_s, {u"date:10-29"_s});
    row("month day ordinal", u"October 29th"_s, {u"date:10-29"_s});
    row("ordinal day month", u"29th October"_s, {u"date:10-29"_s});
    row("day of month", u"the 29th of October"_s, {u"date:10-29"_s});
    row("date with year", u"October 29, 2020"_s, {u"date:10-29"_s, u"year:2020"_s});
    row("day month year", u"29 October 2020"_s, {u"date:10-29"_s, u"year:2020"_s});
    row("range of dates", u"October 29-30"_s, {u"date:10-29"_s, u"date:10-30"_s});
    row("month alone", u"The visit is planned for October."_s, {u"month:10"_s});
    row("month and year", u"in October 2020"_s, {u"month:10"_s, u"year:2020"_s});
    row("may the verb", u"Officials may meet again. May we?"_s, {});
    row("may the month", u"in May, and May 3"_s, {u"month:5"_s, u"date:5-3"_s});
    row("march lower case", u"protesters march on"_s, {});
    row("the day", u"They met on the 29th."_s, {u"day:29"_s});
    row("ordinal before a noun", u"the 75th anniversary"_s, {u"n:75"_s});
    row("afternoon", u"at 3 p.m. local time"_s, {u"time:15:00"_s});
    row("morning", u"at 9 a.m."_s, {u"time:09:00"_s});
    row("minutes pm", u"at 3:30 pm"_s, {u"time:15:30"_s});
    row("pm attached", u"at 3pm"_s, {u"time:15:00"_s});
    row("24-hour clock", u"at 15:00"_s, {u"time:15:00"_s});
    row("leading zero", u"at 09:30"_s, {u"time:09:30"_s});
    row("twelve-hour clock", u"at 10:30"_s, {u"clock:10:30"_s});
    row("o'clock", u"at 3 o'clock"_s, {u"clock:3:00"_s});
    row("range of hours", u"from 3 to 5 p.m."_s, {u"time:15:00"_s, u"time:17:00"_s});
    row("grouped digits", u"3,000 people"_s, {u"n:3000"_s});
    row("digits", u"3000 people"_s, {u"n:3000"_s});
    row("decimal", u"a 3.5 rise"_s, {u"n:3.5"_s});
    row("trailing zero", u"3.50 times"_s, {u"n:3.5"_s});
    row("million", u"1.5 million visitors"_s, {u"n:1500000"_s});
    row("billion dollars", u"$1.5 billion"_s, {u"n:1500000000"_s});
    row("bn", u"$1.5bn in aid"_s, {u"n:1500000000"_s});
    row("trillion yen", u"3 trillion yen"_s, {u"n:3000000000000"_s});
    row("tens of millions", u"$30 million"_s, {u"n:30000000"_s});
    row("hundreds of millions", u"150 million dollars"_s, {u"n:150000000"_s});
    row("percent", u"30 percent"_s, {u"pct:30"_s});
    row("per cent", u"30 per cent"_s, {u"pct:30"_s});
    row("percent sign", u"30%"_s, {u"pct:30"_s});
    row("range of percent", u"from 10 to 15 percent"_s, {u"pct:10"_s, u"pct:15"_s});
    row("between and", u"between 10 and 15 percent"_s, {u"pct:10"_s, u"pct:15"_s});
    row("and alone is no range", u"10 and 15 percent"_s, {u"n:10"_s, u"pct:15"_s});
    row("percentage points", u"up 2 percentage points"_s, {u"pct:2"_s});
    row("number word", u"three meetings"_s, {u"~n:3"_s});
    row("tens word", u"thirty officials"_s, {u"~n:30"_s});
    row("compound word", u"twenty-five ships"_s, {u"~n:25"_s});
    row("hundreds word", u"three hundred and fifty people"_s, {u"~n:350"_s});
    row("millions word", u"two million people"_s, {u"~n:2000000"_s});
    row("percent word", u"thirty percent"_s, {u"~pct:30"_s});
    row("ordinal word", u"the third round"_s, {u"~n:3"_s});
    row("twice", u"met twice"_s, {u"~n:2"_s});
    row("one and a", u"one of a kind, a plan"_s, {u"~n:1"_s});
    row("number words apart", u"one two"_s, {u"~n:1"_s, u"~n:2"_s});
    row("plural scales are not numbers", u"hundreds of thousands"_s, {});
    row("codes", u"G7, G20, COVID-19, F-35 and 5G"_s, {});
    row("resolution", u"Resolution 2397"_s, {u"n:2397"_s});
    row("url", u"see https://example.org/2020/10/29/talks"_s, {});
    row("version", u"version 1.2.3"_s, {});
    row("footnote", u"agreed.[2] Then"_s, {});
    row("longest number", u"123456789012345678 units"_s, {u"n:123456789012345678"_s});
    row("too long", u"1234567890123456789012345 and 7"_s, {u"n:7"_s});
    row("overflow", u"900000000000000000 trillion"_s, {u"n:900000000000000000"_s});
    row("garbage", u"#@!%%..,,::--~~ 1,2,3.4.5 :%: ¿¡ ‽ 🙂 \u0000 ,,,."_s,
        {u"n:1"_s, u"n:2"_s});
}

void TestQuantities::findsInOtherLanguagesOnlyWhatTheScriptShows_data()
{
    addColumns();
    QTest::newRow("digits and symbols")
        << u"three 30 % October 2020, 15:00"_s << u"fr"_s
        << QStringList{u"pct:30"_s, u"year:2020"_s, u"time:15:00"_s};
    QTest::newRow("korean units") << u"2020년 3천 명"_s << u"de"_s
                                  << QStringList{u"year:2020"_s, u"n:3000"_s};
    QTest::newRow("kanji in korean text")
        << u"十月二十九日"_s << u"ko"_s << QStringList{u"date:10-29"_s};
}

void TestQuantities::spansCoverTheQuantity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("spans");
    QTest::newRow("ko time") << u"회담은 오후 3시에"_s << u"ko"_s << QStringList{u"오후 3시"_s};
    QTest::newRow("ko amount") << u"총 1억 5천만 달러를"_s << u"ko"_s
                               << QStringList{u"1억 5천만 달러"_s};
    QTest::newRow("ko date") << u"2020년 10월 29일"_s << u"ko"_s
                             << QStringList{u"2020년"_s, u"10월 29일"_s};
    QTest::newRow("en date") << u"on 29 October 2020"_s << u"en"_s
                             << QStringList{u"29 October"_s, u"2020"_s};
    QTest::newRow("en amount") << u"some $1.5 billion"_s << u"en"_s
                               << QStringList{u"1.5 billion"_s};
    QTest::newRow("en count") << u"3,000 people"_s << u"en"_s << QStringList{u"3,000"_s};
    QTest::newRow("ja time") << u"午後3時半から"_s << u"ja"_s << QStringList{u"午後3時半"_s};
}

void TestQuantities::spansCoverTheQuantity()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, spans);
    QStringList found;
    for (const Quantity &q : Quantities::find(text, language))
        found.append(text.mid(q.start, q.length));
    QCOMPARE(found, spans);
}

void TestQuantities::missing_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("firstLanguage");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("secondLanguage");
    QTest::addColumn<QStringList>("missingFromSecond"); // keys of the first text
    QTest::addColumn<QStringList>("missingFromFirst"); // keys of the second text
    const auto row = [](const char *name, const QString &first, const char16_t *firstLanguage,
                        const QString &second, const char16_t *secondLanguage,
                        const QStringList &missingFromSecond, const QStringList &missingFromFirst) {
        QTest::newRow(name) << first << QString::fromUtf16(firstLanguage) << second
                            << QString::fromUtf16(secondLanguage) << missingFromSecond
                            << missingFromFirst;
    };
    row("full date", u"2020년 10월 29일 회담"_s, u"ko", u"talks on 29 October 2020"_s, u"en", {},
        {});
    row("thousands", u"3천 명이 참석"_s, u"ko", u"3,000 people attended"_s, u"en", {}, {});
    row("percent", u"30퍼센트 증가"_s, u"ko", u"a 30% rise"_s, u"en", {}, {});
    row("eok", u"1억 5천만 달러 지원"_s, u"ko", u"$150 million in aid"_s, u"en", {}, {});
    row("tens of millions", u"3천만 달러"_s, u"ko", u"$30 million"_s, u"en", {}, {});
    row("oku", u"1億5千万ドル"_s, u"ja", u"1억 5천만 달러"_s, u"ko", {}, {});
    row("ja date", u"10月29日に"_s, u"ja", u"on October 29"_s, u"en", {}, {});
    row("kanji and digits", u"三千人"_s, u"ja", u"3,000 people"_s, u"en", {}, {});
    row("afternoon", u"오후 3시 회담"_s, u"ko", u"talks at 3 p.m."_s, u"en", {}, {});
    row("hour without am or pm", u"3시 회담"_s, u"ko", u"talks at 3 p.m."_s, u"en", {}, {});
    row("morning is not afternoon", u"오전 3시"_s, u"ko", u"3 p.m."_s, u"en", {u"time:03:00"_s},
        {u"time:15:00"_s});
    row("both weak", u"세 차례 협의"_s, u"ko", u"three times"_s, u"en", {}, {});
    row("firm met by weak", u"met 3 times"_s, u"en", u"세 차례 만났다"_s, u"ko", {}, {});
    row("weak is never missing", u"one meeting, three aides"_s, u"en", u"회담"_s, u"ko", {}, {});
    row("different amounts", u"3,000"_s, u"en", u"2,000명"_s, u"ko", {u"n:3000"_s}, {u"n:2000"_s});
    row("different dates", u"October 29"_s, u"en", u"10월 30일"_s, u"ko", {u"date:10-29"_s},
        {u"date:10-30"_s});
    row("different months", u"10월 29일"_s, u"ko", u"November 29"_s, u"en", {u"date:10-29"_s},
        {u"date:11-29"_s});
    row("twice in one text", u"3 ships and 3 planes"_s, u"en", u"3척"_s, u"ko", {u"n:3"_s}, {});
    row("day for a date", u"29일 통화"_s, u"ko", u"a call on October 29"_s, u"en", {}, {});
    row("month for a date", u"in October"_s, u"en", u"10월 29일"_s, u"ko", {}, {u"date:10-29"_s});
    row("era year", u"令和2年"_s, u"ja", u"in 2020"_s, u"en", {}, {});
    row("year as a number", u"2020년"_s, u"ko", u"2,020"_s, u"en", {}, {});
    row("day as a number", u"3日間"_s, u"ja", u"3일"_s, u"ko", {}, {});
    row("percent is not a number", u"30%"_s, u"en", u"30"_s, u"ko", {u"pct:30"_s}, {u"n:30"_s});
    row("ordinals", u"第3回"_s, u"ja", u"the 3rd round"_s, u"en", {}, {});
    row("billions", u"15억 달러"_s, u"ko", u"$1.5 billion"_s, u"en", {}, {});
    row("wari", u"3割"_s, u"ja", u"30%"_s, u"ko", {}, {});
    row("times", u"1.5배"_s, u"ko", u"1.5 times"_s, u"en", {}, {});
    row("clock in both", u"3時"_s, u"ja", u"3시"_s, u"ko", {}, {});
    row("ranges", u"10~15%"_s, u"ko", u"between 10 and 15 percent"_s, u"en", {}, {});
    row("lexical kanji", u"三菱の一部"_s, u"ja", u"3 units"_s, u"en", {}, {u"n:3"_s});
    row("passage", u"2020년 10월 29일 오후 3시, 3천 명이 30% 늘었다"_s, u"ko",
        u"At 3 p.m. on October 29, 2020, 3,000 people, up 30 percent"_s, u"en", {}, {});
}

void TestQuantities::missing()
{
    QFETCH(QString, first);
    QFETCH(QString, firstLanguage);
    QFETCH(QString, second);
    QFETCH(QString, secondLanguage);
    QFETCH(QStringList, missingFromSecond);
    QFETCH(QStringList, missingFromFirst);
    const QList<Quantity> a = Quantities::find(first, firstLanguage);
    const QList<Quantity> b = Quantities::find(second, secondLanguage);
    QCOMPARE(keys(Quantities::missing(a, b)), missingFromSecond);
    QCOMPARE(keys(Quantities::missing(b, a)), missingFromFirst);
}

void TestQuantities::describe_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("description");
    QTest::newRow("number") << u"n:3000"_s << u"3,000"_s;
    QTest::newRow("large number") << u"n:150000000"_s << u"150,000,000"_s;
    QTest::newRow("decimal") << u"n:1234.5"_s << u"1,234.5"_s;
    QTest::newRow("small number") << u"n:3"_s << u"3"_s;
    QTest::newRow("percent") << u"pct:30"_s << u"30%"_s;
    QTest::newRow("year") << u"year:2020"_s << u"2020"_s;
    QTest::newRow("month") << u"month:10"_s << u"October"_s;
    QTest::newRow("day") << u"day:29"_s << u"29th (day)"_s;
    QTest::newRow("first") << u"day:1"_s << u"1st (day)"_s;
    QTest::newRow("twenty-second") << u"day:22"_s << u"22nd (day)"_s;
    QTest::newRow("thirteenth") << u"day:13"_s << u"13th (day)"_s;
    QTest::newRow("date") << u"date:10-29"_s << u"29 October"_s;
    QTest::newRow("time") << u"time:15:00"_s << u"15:00"_s;
    QTest::newRow("clock") << u"clock:3:00"_s << u"3:00 (a.m. or p.m.)"_s;
    QTest::newRow("unknown") << u"what"_s << u"what"_s;
    QTest::newRow("bad month") << u"month:13"_s << u"month:13"_s;
}

void TestQuantities::describe()
{
    QFETCH(QString, key);
    QFETCH(QString, description);
    QCOMPARE(Quantities::describe(key), description);
}

void TestQuantities::survivesRandomText()
{
    // Characters that start or continue quantities in each script, mixed at random.
    const QString alphabet =
        u"0123456789０１２３４５６７８９,.:%％~-–/·[]※* 년월일시분반오후전천만억조"
        u"삼이십백일한세차례명퍼센트프로年月日時分半午後前千万億兆〇一二三十百人割"
        u"令和元平成第部方aApPmM.ofOctoberMaythreetwentyhundredmillionpercent"_s;
    QRandomGenerator random(20201029);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = random.bounded(1, 80);
        for (int i = 0; i < length; ++i)
            text += alphabet[random.bounded(int(alphabet.size()))];
        for (const QStringView language : {u"ko", u"ja", u"en"}) {
            const QList<Quantity> found = Quantities::find(text, language);
            qsizetype previousStart = 0;
            for (const Quantity &q : found) {
                QVERIFY2(q.start >= previousStart && q.length > 0
                             && q.start + q.length <= text.size() && q.key.contains(u':'),
                         qPrintable(text));
                previousStart = q.start;
            }
            // Everything found is accounted for by itself.
            QVERIFY2(Quantities::missing(found, found).isEmpty(), qPrintable(text));
        }
    }
}

void TestQuantities::scansManyPassagesQuickly()
{
    // A long text of quantities and near-quantities: any step that looks back or rescans
    // without bound would make this quadratic.
    const QString passage = u"2020년 10월 29일 오후 3시, 1억 5천만 달러와 30%, 세 차례, 삼천 명. "
                            u"令和2年十月二十九日午後3時、1億5千万ドル、三菱の一部。 "
                            u"On Oct. 29, 2020, at 3 p.m., $150 million, thirty percent, G7. "_s;
    QString text;
    for (int i = 0; i < 2000; ++i)
        text += passage;
    QElapsedTimer timer;
    timer.start();
    const QList<Quantity> found = Quantities::find(text, u"ko"_s);
    QCOMPARE(found.size(), 2000 * 15);
    // Far above what it takes (a few milliseconds); a quadratic scan takes minutes.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_APPLESS_MAIN(TestQuantities)

#include "tst_quantities.moc"
