#include "import/sentencesegmenter.h"
#include "realtext.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;

// Rows are news copy written for this test, in English and Korean, about Korea–Japan–US
// diplomacy, trade and North Korea.
class TestSegmentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishSentences_data();
    void englishSentences() { checkSplit(); }
    void koreanSentences_data();
    void koreanSentences() { checkSplit(); }
    void japaneseSentences_data();
    void japaneseSentences() { checkSplit(); }
    void paragraphs_data();
    void paragraphs();
    void realCopy_data();
    void realCopy();

private:
    static void addColumns();
    static void row(const char *name, const QString &paragraph, const QStringList &sentences);
    static void checkSplit();
};

void TestSegmentation::addColumns()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("sentences");
}

void TestSegmentation::row(const char *name, const QString &paragraph, const QStringList &sentences)
{
    QTest::newRow(name) << paragraph << sentences;
}

void TestSegmentation::checkSplit()
{
    QFETCH(QString, paragraph);
    QFETCH(QStringList, sentences);
    QCOMPARE(SentenceSegmenter::split(paragraph), sentences);
}

void TestSegmentation::englishSentences_data()
{
    addColumns();
    row("two plain sentences split at the period",
        u"South Korea and Japan agreed to resume regular talks. The next round is set for Tokyo."_s,
        {u"South Korea and Japan agreed to resume regular talks."_s,
         u"The next round is set for Tokyo."_s});
    row("a question mark ends a sentence",
        u"Will Tokyo lift the export curbs this year? Officials in Seoul are not sure."_s,
        {u"Will Tokyo lift the export curbs this year?"_s, u"Officials in Seoul are not sure."_s});
    row("an exclamation mark ends a sentence",
        u"The motion passed unanimously! Lawmakers from both parties stood and applauded."_s,
        {u"The motion passed unanimously!"_s,
         u"Lawmakers from both parties stood and applauded."_s});
    row("a title before a name does not end the sentence",
        u"Mr. Kim arrived in Washington on Monday. He will meet Sen. Ramirez on Tuesday."_s,
        {u"Mr. Kim arrived in Washington on Monday."_s,
         u"He will meet Sen. Ramirez on Tuesday."_s});
    row("academic titles do not end the sentence",
        u"Dr. Han and Prof. Sato wrote the report together. It urges restraint on both sides."_s,
        {u"Dr. Han and Prof. Sato wrote the report together."_s,
         u"It urges restraint on both sides."_s});
    row("Ms. and Mrs. do not end the sentence",
        u"Ms. Tanaka and Mrs. Choi led the civic delegation. Both called for student exchanges."_s,
        {u"Ms. Tanaka and Mrs. Choi led the civic delegation."_s,
         u"Both called for student exchanges."_s});
    row("military ranks do not end the sentence",
        u"Gen. Park and Lt. Col. Reyes inspected the base. Sgt. Oh briefed them on the drills."_s,
        {u"Gen. Park and Lt. Col. Reyes inspected the base."_s,
         u"Sgt. Oh briefed them on the drills."_s});
    row("Gov., Jr. and Rep. do not end the sentence",
        u"Gov. Whitfield Jr. hosted the trade mission. Rep. Lee joined by video link."_s,
        {u"Gov. Whitfield Jr. hosted the trade mission."_s, u"Rep. Lee joined by video link."_s});
    row("U.S. before a capital does not end the sentence",
        u"The U.S. Navy sent a destroyer to the region. Seoul welcomed the move."_s,
        {u"The U.S. Navy sent a destroyer to the region."_s, u"Seoul welcomed the move."_s});
    row("U.S.-Japan stays one word",
        u"U.S.-Japan talks on tariffs resumed this week. Korea is watching closely."_s,
        {u"U.S.-Japan talks on tariffs resumed this week."_s, u"Korea is watching closely."_s});
    row("U.K., E.U. and U.N. do not end the sentence",
        u"Envoys of the U.K. and the E.U. met at the U.N. General Assembly. They discussed "
        u"sanctions."_s,
        {u"Envoys of the U.K. and the E.U. met at the U.N. General Assembly."_s,
         u"They discussed sanctions."_s});
    row("middle initials do not end the sentence",
        u"Former President George W. Bush met the envoy in Dallas. The meeting was private."_s,
        {u"Former President George W. Bush met the envoy in Dallas."_s,
         u"The meeting was private."_s});
    row("a month abbreviation before a date does not end the sentence",
        u"The talks resumed on Oct. 29 in Seoul. They had been suspended since Sept. 3."_s,
        {u"The talks resumed on Oct. 29 in Seoul."_s, u"They had been suspended since Sept. 3."_s});
    row("other month abbreviations do not end the sentence",
        u"Between Jan. 5 and Feb. 20, chip exports fell by a third. A rebound is due by Apr. 1."_s,
        {u"Between Jan. 5 and Feb. 20, chip exports fell by a third."_s,
         u"A rebound is due by Apr. 1."_s});
    row("a.m. and p.m. before a weekday do not end the sentence",
        u"Talks began at 10 a.m. Tuesday and ran past 6 p.m. Wednesday. No statement was issued."_s,
        {u"Talks began at 10 a.m. Tuesday and ran past 6 p.m. Wednesday."_s,
         u"No statement was issued."_s});
    row("No. before a number does not end the sentence",
        u"He is the No. 2 official at the ministry. His visit was not announced."_s,
        {u"He is the No. 2 official at the ministry."_s, u"His visit was not announced."_s});
    row("No. as an answer ends the sentence",
        u"Asked if Seoul would attend, his answer was No. The ministry confirmed it later."_s,
        {u"Asked if Seoul would attend, his answer was No."_s,
         u"The ministry confirmed it later."_s});
    row("e.g. and vs. before a name do not end the sentence",
        u"Some firms, e.g. Samsung, were exempt. The ruling in Seoul vs. Nippon Steel stands."_s,
        {u"Some firms, e.g. Samsung, were exempt."_s,
         u"The ruling in Seoul vs. Nippon Steel stands."_s});
    row("i.e. and etc. do not end the sentence",
        u"The curbs hit one supplier, i.e. JSR. Chips, displays, etc. were spared."_s,
        {u"The curbs hit one supplier, i.e. JSR."_s, u"Chips, displays, etc. were spared."_s});
    row("St. before a place name does not end the sentence",
        u"The delegation stopped in St. Petersburg. The trip lasted a week."_s,
        {u"The delegation stopped in St. Petersburg."_s, u"The trip lasted a week."_s});
    row("a title without a space does not end the sentence",
        u"Mr.Kim arrived late. The meeting started anyway."_s,
        {u"Mr.Kim arrived late."_s, u"The meeting started anyway."_s});
    row("a decimal number does not end the sentence",
        u"Exports grew 3.5% in the third quarter. Imports fell 1.2%."_s,
        {u"Exports grew 3.5% in the third quarter."_s, u"Imports fell 1.2%."_s});
    row("thousands separators and cents stay in one sentence",
        u"The fund pays $1,000.50 per registered victim. Payments begin next year."_s,
        {u"The fund pays $1,000.50 per registered victim."_s, u"Payments begin next year."_s});
    row("a sentence may start with a number",
        u"Officials met on Tuesday. 15 people attended the closed session."_s,
        {u"Officials met on Tuesday."_s, u"15 people attended the closed session."_s});
    row("an ellipsis before a lower-case word does not end the sentence",
        u"The minister paused... then said the door remained open. Reporters pressed him."_s,
        {u"The minister paused... then said the door remained open."_s,
         u"Reporters pressed him."_s});
    row("an ellipsis before a capital ends the sentence",
        u"The talks were going nowhere... Then Tokyo made an offer."_s,
        {u"The talks were going nowhere..."_s, u"Then Tokyo made an offer."_s});
    row("an ellipsis character before a capital ends the sentence",
        u"Nobody expected a deal… Yet one came within hours."_s,
        {u"Nobody expected a deal…"_s, u"Yet one came within hours."_s});
    row("an ellipsis character before a lower-case word does not end the sentence",
        u"The offer was… unusual, one diplomat said. Others agreed."_s,
        {u"The offer was… unusual, one diplomat said."_s, u"Others agreed."_s});
    row("a sentence inside curly quotes ends at the closing quote",
        u"“We are ready to talk,” the envoy said. “The ball is in Pyongyang’s court.”"_s,
        {u"“We are ready to talk,” the envoy said."_s, u"“The ball is in Pyongyang’s court.”"_s});
    row("a quoted question followed by its speaker is one sentence",
        u"“Why now?” a reporter asked. The spokesman did not answer."_s,
        {u"“Why now?” a reporter asked."_s, u"The spokesman did not answer."_s});
    row("a sentence inside straight quotes ends at the closing quote",
        u"He said \"the door is open.\" Then he left the podium."_s,
        {u"He said \"the door is open.\""_s, u"Then he left the podium."_s});
    row("a quoted exclamation followed by its speaker is one sentence",
        u"\"Enough!\" she said. The room fell silent."_s,
        {u"\"Enough!\" she said."_s, u"The room fell silent."_s});
    row("stray line breaks do not end a sentence",
        u"The ministers agreed to meet\nagain in December. A date\n  will follow."_s,
        {u"The ministers agreed to meet again in December."_s, u"A date will follow."_s});
    row("a sentence without final punctuation is kept", u"Talks to resume in Tokyo next week"_s,
        {u"Talks to resume in Tokyo next week"_s});
    row("surrounding and repeated spaces are trimmed", u"   Seoul agreed.    Tokyo agreed.  "_s,
        {u"Seoul agreed."_s, u"Tokyo agreed."_s});
    row("an empty paragraph has no sentences", u"  \n "_s, {});
    row("a lower-case word after a full stop starts a sentence",
        u"The statement came from the ministry. kakao (a messaging firm) denied the report."_s,
        {u"The statement came from the ministry."_s,
         u"kakao (a messaging firm) denied the report."_s});
    row("a lower-case word after e.g. does not start one",
        u"Use a short form, e.g. the initials of the ministry."_s,
        {u"Use a short form, e.g. the initials of the ministry."_s});
    row("a lower-case word after et al. does not start one",
        u"Kim et al. counted the sessions again."_s, {u"Kim et al. counted the sessions again."_s});
    row("a lower-case word after approx. does not start one",
        u"The talks lasted approx. two hours."_s, {u"The talks lasted approx. two hours."_s});
    row("an option after a full stop starts a sentence",
        u"Shifts the list. -N Shifts it the other way."_s,
        {u"Shifts the list."_s, u"-N Shifts it the other way."_s});
    row("a tag after a full stop starts a sentence",
        u"<file> is the name of the archive. <dir> is where it goes."_s,
        {u"<file> is the name of the archive."_s, u"<dir> is where it goes."_s});
    row("a quoted name after a full stop starts a sentence",
        u"Removes the entry. 'purge' also removes its settings."_s,
        {u"Removes the entry."_s, u"'purge' also removes its settings."_s});
    row("an ellipsis standing alone is notation", u"Write SELECT ... FROM ... WHERE instead."_s,
        {u"Write SELECT ... FROM ... WHERE instead."_s});
    row("an ellipsis after a bracket is notation", u"Usage: copy [FLAG]... [NAME]..."_s,
        {u"Usage: copy [FLAG]... [NAME]..."_s});
}

void TestSegmentation::koreanSentences_data()
{
    addColumns();
    row("Korean sentences end at 다 and a period",
        u"한일 외교장관이 29일 도쿄에서 만났다. 양측은 관계 개선 방안을 논의했다."_s,
        {u"한일 외교장관이 29일 도쿄에서 만났다."_s, u"양측은 관계 개선 방안을 논의했다."_s});
    row("Korean sentences end at 밝혔다 and 전했다",
        u"외교부는 30일 이같이 밝혔다. 대변인은 추가 협의가 필요하다고 전했다."_s,
        {u"외교부는 30일 이같이 밝혔다."_s, u"대변인은 추가 협의가 필요하다고 전했다."_s});
    row("a Korean question ends at 까 and a question mark",
        u"일본은 수출 규제를 언제 풀까? 정부는 올해 안에 결론이 나기를 기대한다."_s,
        {u"일본은 수출 규제를 언제 풀까?"_s, u"정부는 올해 안에 결론이 나기를 기대한다."_s});
    row("polite Korean sentences end at 요", u"회담은 잘 끝났어요. 다음 주에 다시 만나요!"_s,
        {u"회담은 잘 끝났어요."_s, u"다음 주에 다시 만나요!"_s});
    row("a quote followed by 라고 is one sentence", u"그는 “협의를 계속하겠다.”라고 말했다."_s,
        {u"그는 “협의를 계속하겠다.”라고 말했다."_s});
    row("a quote followed by 이라고 is one sentence",
        u"장관은 이번 합의를 “새로운 출발!”이라고 불렀다. 야당은 반발했다."_s,
        {u"장관은 이번 합의를 “새로운 출발!”이라고 불렀다."_s, u"야당은 반발했다."_s});
    row("a quote followed by 며 is one sentence",
        u"그는 “대화의 문은 열려 있다.”며 북한의 호응을 촉구했다. 북한은 답하지 않았다."_s,
        {u"그는 “대화의 문은 열려 있다.”며 북한의 호응을 촉구했다."_s, u"북한은 답하지 않았다."_s});
    row("a quote followed by 고 is one sentence",
        u"장관은 “양국 관계가 분기점에 있다.”고 말했다. 회담은 한 시간 만에 끝났다."_s,
        {u"장관은 “양국 관계가 분기점에 있다.”고 말했다."_s, u"회담은 한 시간 만에 끝났다."_s});
    row("a quote followed by 라며 is one sentence", u"대변인은 “매우 유감스럽다!”라며 항의했다."_s,
        {u"대변인은 “매우 유감스럽다!”라며 항의했다."_s});
    row("a quote followed by 라는 is one sentence",
        u"“대화만이 해법이다.”라는 입장은 변함이 없다. 정부는 이를 재확인했다."_s,
        {u"“대화만이 해법이다.”라는 입장은 변함이 없다."_s, u"정부는 이를 재확인했다."_s});
    row("a quoted question followed by 라고 is one sentence",
        u"기자들은 “왜 지금인가?”라고 물었다."_s, {u"기자들은 “왜 지금인가?”라고 물었다."_s});
    row("a quote of two sentences followed by 라고 is one sentence",
        u"그는 “회담은 끝났다. 이제 북한이 답할 차례다.”라고 말했다. 회견은 짧았다."_s,
        {u"그는 “회담은 끝났다. 이제 북한이 답할 차례다.”라고 말했다."_s, u"회견은 짧았다."_s});
    row("a quote in single quotes followed by 며 is one sentence",
        u"그는 ‘대화는 계속된다.’며 자리를 떴다. 기자들이 뒤따랐다."_s,
        {u"그는 ‘대화는 계속된다.’며 자리를 떴다."_s, u"기자들이 뒤따랐다."_s});
    row("a quote in straight quotes followed by 고 is one sentence",
        u"그는 \"협상은 끝나지 않았다.\"고 강조했다."_s,
        {u"그는 \"협상은 끝나지 않았다.\"고 강조했다."_s});
    row("two straight-quoted clauses with 고 and 라고 are two sentences",
        u"그는 \"대화는 끝났다.\"고 말했다. 이어 \"다음은 북한 차례다.\"라고 덧붙였다."_s,
        {u"그는 \"대화는 끝났다.\"고 말했다."_s, u"이어 \"다음은 북한 차례다.\"라고 덧붙였다."_s});
    row("a quote closed without its opening quote keeps its particle",
        u"계속하겠다.”라고 그는 말했다. 회견은 짧았다."_s,
        {u"계속하겠다.”라고 그는 말했다."_s, u"회견은 짧았다."_s});
    row("a quote followed by a space ends the sentence",
        u"대변인은 이렇게 말했다. “우리는 준비가 돼 있다.” 그는 더 말하지 않았다."_s,
        {u"대변인은 이렇게 말했다."_s, u"“우리는 준비가 돼 있다.”"_s, u"그는 더 말하지 않았다."_s});
    row("stray line breaks in Korean do not end a sentence",
        u"한미일 정상은 캠프\n데이비드에서 만났다.\n세 정상은 공동 성명을\n발표했다."_s,
        {u"한미일 정상은 캠프 데이비드에서 만났다."_s, u"세 정상은 공동 성명을 발표했다."_s});
    row("an ellipsis before Hangul after a space ends the sentence",
        u"협상은 제자리걸음이다… 정부는 새로운 안을 검토하고 있다."_s,
        {u"협상은 제자리걸음이다…"_s, u"정부는 새로운 안을 검토하고 있다."_s});
    row("an ellipsis directly before Hangul does not end the sentence",
        u"협상은…아직 제자리다. 정부는 새 안을 검토한다."_s,
        {u"협상은…아직 제자리다."_s, u"정부는 새 안을 검토한다."_s});
    row("three dots before Hangul after a space end the sentence",
        u"결론은 나지 않았다... 양측은 내달 다시 만난다."_s,
        {u"결론은 나지 않았다..."_s, u"양측은 내달 다시 만난다."_s});
    row("decimal numbers stay inside a Korean sentence",
        u"올해 성장률은 2.4%로 예상된다. 지난해보다 0.3%포인트 낮다."_s,
        {u"올해 성장률은 2.4%로 예상된다."_s, u"지난해보다 0.3%포인트 낮다."_s});
    row("a Korean sentence may start with a date",
        u"회담은 3일 열렸다. 4일에는 실무 협의가 이어졌다."_s,
        {u"회담은 3일 열렸다."_s, u"4일에는 실무 협의가 이어졌다."_s});
    row("U.S. before Hangul does not end the sentence",
        u"U.S. 무역대표부는 철강 관세를 유지하기로 했다. 정부는 유감을 표했다."_s,
        {u"U.S. 무역대표부는 철강 관세를 유지하기로 했다."_s, u"정부는 유감을 표했다."_s});
    row("Hangul inside an English sentence does not end it",
        u"The term 강제징용 (forced labour) appears twice. Japan objects to it."_s,
        {u"The term 강제징용 (forced labour) appears twice."_s, u"Japan objects to it."_s});
    row("a Korean sentence may follow an English one",
        u"The envoy said talks would resume. 북한은 아직 반응하지 않았다."_s,
        {u"The envoy said talks would resume."_s, u"북한은 아직 반응하지 않았다."_s});
    row("a Korean sentence glued to the previous period still starts anew",
        u"외교부는 유감을 표명했다.일본 측은 답하지 않았다."_s,
        {u"외교부는 유감을 표명했다."_s, u"일본 측은 답하지 않았다."_s});
    row("a headline with hanja splits at the ellipsis and the period",
        u"北 미사일 발사… 日 정부 “엄중 항의”. 美 국무부도 규탄."_s,
        {u"北 미사일 발사…"_s, u"日 정부 “엄중 항의”."_s, u"美 국무부도 규탄."_s});
    row("a section reference with its title is not a sentence end",
        u"자세한 내용은 4.2절. “수출 규제”를 참고하십시오. 다음 절에서 설명한다."_s,
        {u"자세한 내용은 4.2절. “수출 규제”를 참고하십시오."_s, u"다음 절에서 설명한다."_s});
    row("a chapter reference with its title is not a sentence end",
        u"협상의 배경은 3장. ‘협상의 역사’에 정리돼 있다."_s,
        {u"협상의 배경은 3장. ‘협상의 역사’에 정리돼 있다."_s});
    row("a section number at a sentence end still ends it",
        u"규정은 2장. 다음 회의에서 다시 논의한다."_s,
        {u"규정은 2장."_s, u"다음 회의에서 다시 논의한다."_s});
    row("a backtick opens what an apostrophe closes",
        u"그는 큰 `협상'에 나섰다. 결과는 나오지 않았다."_s,
        {u"그는 큰 `협상'에 나섰다."_s, u"결과는 나오지 않았다."_s});
    row("a stray quote does not pair with one far back",
        u"첫 항목은 '가'로 표시한다. "_s + u"양측은 의제를 하나씩 검토했다. "_s.repeated(14)
            + u"그는 큰 풀'에 섰다. 회의는 끝났다."_s,
        QStringList{u"첫 항목은 '가'로 표시한다."_s}
            + QStringList(14, u"양측은 의제를 하나씩 검토했다."_s)
            + QStringList{u"그는 큰 풀'에 섰다."_s, u"회의는 끝났다."_s});
    row("a backtick-quoted name starts a sentence",
        u"목록을 파일에서 읽습니다. `listfile'과 같습니다."_s,
        {u"목록을 파일에서 읽습니다."_s, u"`listfile'과 같습니다."_s});
    row("punctuation inside a backtick-quoted name ends nothing",
        u"링크는 `..' 항목을 먼저 처리한 뒤 따라갑니다."_s,
        {u"링크는 `..' 항목을 먼저 처리한 뒤 따라갑니다."_s});
    row("an ellipsis standing alone before a particle is notation",
        u"인자는 $1, $2 ... 로 차례로 바뀐다. 끝나면 돌아온다."_s,
        {u"인자는 $1, $2 ... 로 차례로 바뀐다."_s, u"끝나면 돌아온다."_s});
}

void TestSegmentation::japaneseSentences_data()
{
    addColumns();
    row("Japanese sentences end at the ideographic full stop",
        u"両国の局長が東京で会談した。次回はソウルで開く。"_s,
        {u"両国の局長が東京で会談した。"_s, u"次回はソウルで開く。"_s});
    row("a particle after a closing quote and a space goes on",
        u"詳しくは「設定を変えるには?」 を見てください。次の節へ進みます。"_s,
        {u"詳しくは「設定を変えるには?」 を見てください。"_s, u"次の節へ進みます。"_s});
    row("a particle directly after a closing quote goes on",
        u"局長は「協議を続ける。」と述べた。会談は一時間で終わった。"_s,
        {u"局長は「協議を続ける。」と述べた。"_s, u"会談は一時間で終わった。"_s});
    row("a quote followed by a new sentence ends the sentence",
        u"報道官はこう述べた。「準備はできている。」 会見は短かった。"_s,
        {u"報道官はこう述べた。"_s, u"「準備はできている。」"_s, u"会見は短かった。"_s});
    row("full-width question and exclamation marks end sentences",
        u"規制はいつ解除されるのか？政府は年内の結論を望む！"_s,
        {u"規制はいつ解除されるのか？"_s, u"政府は年内の結論を望む！"_s});
    row("a particle after a quoted full stop goes on",
        u"\".\"の後に名前がありません。次を見てください。"_s,
        {u"\".\"の後に名前がありません。"_s, u"次を見てください。"_s});
    row("a particle after a spaced full stop goes on", u"記号 . は区切りを表します。"_s,
        {u"記号 . は区切りを表します。"_s});
    row("a lower-case word after the ideographic full stop starts a sentence",
        u"値を設定します。 set と同じです。"_s, {u"値を設定します。"_s, u"set と同じです。"_s});
    row("a straight quote after the ideographic full stop opens the next sentence",
        u"式を評価します。\"eval X\" と同じです。"_s,
        {u"式を評価します。"_s, u"\"eval X\" と同じです。"_s});
}

void TestSegmentation::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("paragraphs");
    QTest::newRow("a blank line separates paragraphs")
        << u"Seoul agreed. Tokyo agreed.\n\n회담은 끝났다."_s
        << QList<QStringList>{{u"Seoul agreed."_s, u"Tokyo agreed."_s}, {u"회담은 끝났다."_s}};
    QTest::newRow("several blank and whitespace-only lines separate paragraphs once")
        << u"Seoul agreed.\n\n  \n\t\n\nTokyo agreed."_s
        << QList<QStringList>{{u"Seoul agreed."_s}, {u"Tokyo agreed."_s}};
    QTest::newRow("a single line break stays inside the paragraph")
        << u"The talks\nended. Seoul\nwelcomed it.\n\n회담은\n끝났다."_s
        << QList<QStringList>{{u"The talks ended."_s, u"Seoul welcomed it."_s},
                              {u"회담은 끝났다."_s}};
    QTest::newRow("leading and trailing blank lines are ignored")
        << u"\n\n   \nSeoul agreed.\n\n\n"_s << QList<QStringList>{{u"Seoul agreed."_s}};
    QTest::newRow("Windows line ends separate paragraphs too")
        << u"Seoul agreed.\r\n\r\nTokyo agreed.\r\nWashington agreed."_s
        << QList<QStringList>{{u"Seoul agreed."_s}, {u"Tokyo agreed."_s, u"Washington agreed."_s}};
    QTest::newRow("an empty text has no paragraphs") << QString() << QList<QStringList>();
    QTest::newRow("a heading above wrapped lines is a paragraph of its own")
        << u"제 3 조 (협의)\n양측은 매년 한 차례 이상 국장급 협의를 열고, 그 결과를 함께 발표한다. "
           u"협의는\n서울과 도쿄에서 번갈아 연다."_s
        << QList<QStringList>{{u"제 3 조 (협의)"_s},
                              {u"양측은 매년 한 차례 이상 국장급 협의를 열고, 그 결과를 함께 "
                               u"발표한다."_s,
                               u"협의는 서울과 도쿄에서 번갈아 연다."_s}};
    QTest::newRow("a short line ends a wrapped paragraph")
        << u"The two envoys met for about two hours at the ministry\nin Seoul and agreed to "
           u"keep talking. Both sides said the\ntalks were useful.\nNo joint statement was "
           u"issued."_s
        << QList<QStringList>{{u"The two envoys met for about two hours at the ministry in Seoul "
                               u"and agreed to keep talking."_s,
                               u"Both sides said the talks were useful."_s},
                              {u"No joint statement was issued."_s}};
    QTest::newRow("copy with a paragraph a line keeps its paragraphs")
        << u"Seoul and Tokyo held director-general talks on Thursday, the first in five months, "
           u"and agreed to keep talking about the wartime labour dispute.\n"
           u"The Japanese side repeated that the matter was settled in 1965, while the Korean "
           u"side asked for a solution the victims could accept.\nRecommended"_s
        << QList<QStringList>{
               {u"Seoul and Tokyo held director-general talks on Thursday, the first in five "
                u"months, and agreed to keep talking about the wartime labour dispute."_s},
               {u"The Japanese side repeated that the matter was settled in 1965, while the "
                u"Korean side asked for a solution the victims could accept."_s},
               {u"Recommended"_s}};
    QTest::newRow("a hyphen at a short line's end carries on")
        << u"The ministers will meet again in the\nlate autumn after the long-\nawaited "
           u"budget talks."_s
        << QList<QStringList>{{u"The ministers will meet again in the late autumn after the "
                               u"long- awaited budget talks."_s}};
}

void TestSegmentation::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, paragraphs);
    QCOMPARE(SentenceSegmenter::splitParagraphs(text), paragraphs);
}

// Real copy nobody here wrote: messages of Debian's essential packages in Korean and Japanese
// (and their English), chosen where the faults fixed above showed (GNU `quotes', options,
// usage lines, ellipses, Japanese particles and full stops), each checked by eye. A row names
// its message by the MD5 of the English (first ten hex digits), not by its text, so nothing
// of it is copied here; the comment shows how the first sentence begins.
static void realRow(const char *language, const char *domain, bool english, const char *key,
                    int sentences, int firstLength)
{
    QTest::addRow("%s %s %s %s", language, domain, english ? "en" : "translation", key)
        << QString::fromLatin1(language) << QString::fromLatin1(domain) << english
        << QString::fromLatin1(key) << sentences << firstLength;
}

void TestSegmentation::realCopy_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("firstLength");
    realRow("ja", "apt", false, "12d0dba6ba", 2, 19); // いくつかのアーカイブを取得できません。
    realRow("ko", "tar", false, "6529381afd", 1, 28); // 비어있는 강 연결 대상에서 `.'을 바꾸고
    realRow("ko", "dpkg", false, "efcd13d520", 1, 29); // `%.250s' 설정 파일의 정보를 읽을 수
    realRow("ko", "coreutils", false, "6bf6674fdb", 1, 142); // 사용법: %s [<옵션>]... <컨텍스트>
    realRow("ko", "coreutils", false, "c5e887234d", 3, 34); // --suffix=<접미사> <양식>에 <접미
    realRow("ko", "coreutils", false, "ebe952a865", 1, 45); // 사용법: %s <이름>[<접미부>]... 또
    realRow("ko", "bash", false, "b8f5b66feb", 4, 17); // 작업을 백그라운드로 이동합니다.
    realRow("ko", "coreutils", false, "d3602354fd", 2, 38); // --invalid=<모드> 잘못된 숫자에 대
    realRow("ko", "coreutils", false, "5a2e75810f", 2, 40); // <파일> 일부를 <접미사>aa, <접미사>a
    realRow("ko", "dpkg", false, "8d81fa5d56", 2, 34); // 트리거 관심 파일에 (`%.250s') 문법
    realRow("ko", "dpkg", false, "fac2ab54e1", 1, 54); // 패키지의 과거 버전에 들어 있는 정보 파일의
    realRow("ko", "coreutils", false, "9357c55388", 1, 43); // 사용법: %s [<짧은옵션>]... [<문자
    realRow("ko", "bash", false, "0b902aafc2", 1, 55); // `%s -c help' 명령을 사용하면 셸
    realRow("ko", "bash", false, "64006f0f95", 1, 49); // here-document가 %d번 행에서 파
    realRow("ko", "bash", false, "bed9a67f98", 1, 13); // `%c': 잘못된 명령어
    realRow("ko", "bash", false, "a46a7896b1", 1, 43); // select <이름> [in <여러단어> .
    realRow("ko", "bash", false, "095d06c40f", 1, 25); // 로그인 셸이 아님: `exit'를 사용하십시
    realRow("ko", "dpkg", false, "8a9bdfe7b4", 2, 32); // `%s'(이)라는 이름의 패키지는 설치되어
    realRow("ja", "coreutils", false, "f284e2fb48", 2, 13); // 拡張属性を保護できません。
    realRow("ja", "dpkg", false, "823376cdec", 2, 43); // %s の alternative (リンクグルー
    realRow("ko", "coreutils", false, "a40312b4e4", 2, 19); // 사용자 이름을 지정하지 않았습니다.
    realRow("ko", "bash", false, "fdf0be1790", 1, 28); // TIMEFORMAT: `%c': 부적절한 서
    realRow("ko", "bash", false, "f7138c88ff", 1, 16); // `%s': 특수한 내장 명령임
    realRow("ko", "coreutils", false, "2d1a72d773", 1, 20); // `-o <여백>' 부적절한 행 오프셋
    realRow("ko", "bash", false, "7dd16506e6", 1, 16); // %s은(는) `%s'의 별칭임
    realRow("ko", "bash", false, "d4bab4ce87", 1, 28); // `%s': PID가 아니거나 적절한 작업 명
    realRow("ko", "bash", false, "b55c3eaa50", 1, 20); // `%c': 부적절한 심볼릭 모드 문자
    realRow("ko", "dpkg", false, "0b56701262", 1, 36); // 패키지 정보 파일 `%.255s'의 파일 정
    realRow("ko", "dpkg", false, "cb2a5b6d5f", 1, 44); // 새 저장 파일 `%.250s'의 이름을 `%
    realRow("ko", "coreutils", true, "6393a12808", 1, 33); // Usage: %s [OPTION]... FI
    realRow("ko", "dpkg", false, "66cb0c2e31", 1, 40); // `%s' 필드, `%.255s' 참조: 버전
    realRow("ko", "coreutils", true, "b80cc9a3ed", 1, 50); // - +FORMAT (e.g., +%H:%M)
    realRow("ko", "dpkg", false, "4876eec732", 1, 42); // `%.250s' 및 `%.250s' 파일은
    realRow("ko", "coreutils", false, "6b412a6ecf", 1, 40); // 사용법: %s [<옵션>]... [ <파일>
    realRow("ko", "coreutils", false, "57bc38d91f", 1, 30); // 사용법: %s [<옵션>]... [<사용자이
    realRow("ko", "bash", false, "685cfabacf", 1, 23); // 조건 명령어에서 예기치 않은 토큰 `%c'
    realRow("ko", "bash", false, "808b9fb3a0", 1, 15); // 문법 오류: `((%s))'
    realRow("ko", "coreutils", false, "9d37d2fccc", 1, 30); // 사용법: %s [<옵션>]... <파일> <
    realRow("ko", "dpkg", false, "689834f3e3", 1, 34); // 트리거 관심 파일을 (`%.250s') 되돌
    realRow("ko", "dpkg", false, "9fac5a4577", 1, 30); // `%.250s'에서 fgets한 결과가 빈
    realRow("ko", "bash", false, "12c2f4404e", 1, 42); // make_redirection: 방향재지정
    realRow("ko", "bash", false, "4cb3b34f3d", 3, 15); // 위치 매개변수를 이동합니다.
}

void TestSegmentation::realCopy()
{
    QFETCH(QString, language);
    QFETCH(QString, domain);
    QFETCH(bool, english);
    QFETCH(QString, key);
    QFETCH(int, sentences);
    QFETCH(int, firstLength);
    QString text;
    for (const RealText::Pair &message :
         RealText::gettextMessages(RealText::catalogue(language, domain))) {
        const QByteArray hash =
            QCryptographicHash::hash(message.english.toUtf8(), QCryptographicHash::Md5).toHex();
        if (hash.startsWith(key.toLatin1())) {
            text = (english ? message.english : message.translation).simplified();
            break;
        }
    }
    QVERIFY2(
        !text.isEmpty(),
        qPrintable(u"the message %1 is not in %2's %3 catalogue"_s.arg(key, domain, language)));
    const QStringList split = SentenceSegmenter::split(text);
    QVERIFY2(split.size() == sentences, qPrintable(split.join(u" | "_s)));
    QCOMPARE(split.constFirst().size(), firstLength);
}

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
