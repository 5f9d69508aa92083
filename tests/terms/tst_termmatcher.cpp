#include "terms/koreanparticles.h"
#include "terms/termmatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Finding wordings in text as a reader recognises them: Korean particles, English plurals,
// hyphens and case, Japanese without spaces. The concepts are this test's own, so that the
// rows do not move when the glossary does.
class TestTermMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void particleRuns_data();
    void particleRuns();
    void longestWordingWinsAndMatchesDoNotOverlap();
    void emptyAndGarbageTextsFindNothing();

private:
    static QList<TermConcept> concepts();
};

QList<TermConcept> TestTermMatcher::concepts()
{
    const auto makeConcept = [](const QString &id, QList<TermWording> wordings) {
        TermConcept term;
        term.id = id;
        term.label = LocalizedText{{u"en"_s, id}};
        term.wordings = std::move(wordings);
        return term;
    };
    return {
        makeConcept(u"water"_s,
                    {{u"오염수"_s, u"ko"_s, u"kr"_s},
                     {u"처리수"_s, u"ko"_s, u"jp"_s},
                     {u"원전 오염수"_s, u"ko"_s, u"kr"_s},
                     {u"contaminated water"_s, u"en"_s, u"kr"_s},
                     {u"treated water"_s, u"en"_s, u"jp"_s},
                     {u"ALPS-treated water"_s, u"en"_s, u"jp"_s},
                     {u"処理水"_s, u"ja"_s, u"jp"_s},
                     {u"汚染水"_s, u"ja"_s, u"kr"_s}}),
        makeConcept(u"sea"_s,
                    {{u"동해"_s, u"ko"_s, u"kr"_s},
                     {u"일본해"_s, u"ko"_s, u"jp"_s},
                     {u"East Sea"_s, u"en"_s, u"kr"_s},
                     {u"Sea of Japan"_s, u"en"_s, u"jp"_s},
                     {u"日本海"_s, u"ja"_s, u"jp"_s}}),
        makeConcept(u"labour"_s,
                    {{u"강제징용"_s, u"ko"_s, u"kr"_s},
                     {u"forced labor"_s, u"en"_s, u"kr"_s},
                     {u"wartime laborer"_s, u"en"_s, u""_s},
                     {u"旧朝鮮半島出身労働者"_s, u"ja"_s, u"jp"_s}}),
        makeConcept(u"women"_s,
                    {{u"일본군 위안부"_s, u"ko"_s, u"kr"_s},
                     {u"comfort women"_s, u"en"_s, u""_s},
                     {u"comfort woman"_s, u"en"_s, u""_s}}),
        makeConcept(u"controls"_s,
                    {{u"export control policy"_s, u"en"_s, u"jp"_s},
                     {u"export restriction"_s, u"en"_s, u"kr"_s},
                     {u"export curb"_s, u"en"_s, u"kr"_s}}),
        makeConcept(u"iaea"_s,
                    {{u"IAEA"_s, u"en"_s, u""_s},
                     {u"국제원자력기구"_s, u"ko"_s, u""_s},
                     {u"ＩＡＥＡ"_s, u"ja"_s, u""_s}}),
        makeConcept(u"agency"_s, {{u"Agency"_s, u"en"_s, u""_s}}),
        makeConcept(u"islets"_s,
                    {{u"독도"_s, u"ko"_s, u"kr"_s},
                     {u"Dokdo"_s, u"en"_s, u"kr"_s},
                     {u"竹島"_s, u"ja"_s, u"jp"_s}}),
    };
}

void TestTermMatcher::matches_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "matched text=concept id", in text order

    const auto row = [](const char *name, const QString &language, const QString &text,
                        const QStringList &expected) {
        QTest::newRow(name) << language << text << expected;
    };
    // Korean: particles and endings on the noun, spacing inside compounds.
    row("ko bare noun", u"ko"_s, u"오염수 방류 계획"_s, {u"오염수=water"_s});
    row("ko object particle 를", u"ko"_s, u"오염수를 바다에 버린다"_s, {u"오염수=water"_s});
    row("ko quotative 라고", u"ko"_s, u"일본은 처리수라고 부른다"_s, {u"처리수=water"_s});
    row("ko quotative 이라고 after a consonant", u"ko"_s, u"정부는 독도이라고 썼다"_s,
        {u"독도=islets"_s});
    row("ko subject particle 가", u"ko"_s, u"처리수가 안전하다는 주장"_s, {u"처리수=water"_s});
    row("ko topic particle 는", u"ko"_s, u"동해는 넓다"_s, {u"동해=sea"_s});
    row("ko genitive 의", u"ko"_s, u"오염수의 방류"_s, {u"오염수=water"_s});
    row("ko 에서는 as one run", u"ko"_s, u"동해에서는 훈련이 없었다"_s, {u"동해=sea"_s});
    row("ko plural 들 and particle", u"ko"_s, u"일본군 위안부들에게 사과하라"_s,
        {u"일본군 위안부=women"_s});
    row("ko copula 이다", u"ko"_s, u"독도는 한국 땅이다. 독도이다."_s,
        {u"독도=islets"_s, u"독도=islets"_s});
    row("ko copula 라는", u"ko"_s, u"일본해라는 표기"_s, {u"일본해=sea"_s});
    row("ko compound written without its space", u"ko"_s, u"일본군위안부 문제"_s,
        {u"일본군위안부=women"_s});
    row("ko compound written with a space the wording lacks", u"ko"_s, u"강제 징용 피해자"_s,
        {u"강제 징용=labour"_s});
    row("ko long wording closes a compound", u"ko"_s, u"후쿠시마오염수를"_s, {u"오염수=water"_s});
    row("ko a short wording inside another word is not it", u"ko"_s, u"강동해수욕장"_s, {});
    row("ko a noun followed by more noun is not it", u"ko"_s, u"동해안 도로"_s, {});
    row("ko the longer wording wins", u"ko"_s, u"원전 오염수를 방류"_s, {u"원전 오염수=water"_s});
    row("ko two different wordings", u"ko"_s, u"오염수인가 처리수인가"_s,
        {u"오염수=water"_s, u"처리수=water"_s});
    row("ko a Hanja-free name with a Latin acronym nearby", u"ko"_s, u"국제원자력기구(IAEA)는"_s,
        {u"국제원자력기구=iaea"_s});
    // Japanese: no spaces, no inflection on nouns, full-width Latin.
    row("ja noun followed by a particle", u"ja"_s, u"処理水を海洋に放出する"_s,
        {u"処理水=water"_s});
    row("ja noun inside a longer compound", u"ja"_s, u"ＡＬＰＳ処理水の放出"_s,
        {u"処理水=water"_s});
    row("ja full-width acronym matches the half-width wording", u"ja"_s, u"ＩＡＥＡの報告書"_s,
        {u"ＩＡＥＡ=iaea"_s});
    row("ja half-width text matches a full-width wording", u"ja"_s, u"IAEAの調査団"_s,
        {u"IAEA=iaea"_s});
    row("ja two concepts", u"ja"_s, u"日本海と竹島"_s, {u"日本海=sea"_s, u"竹島=islets"_s});
    row("ja long wording", u"ja"_s, u"旧朝鮮半島出身労働者問題"_s,
        {u"旧朝鮮半島出身労働者=labour"_s});
    // English: case, plural, possessive, hyphen and space.
    row("en lower case", u"en"_s, u"the treated water will be released"_s,
        {u"treated water=water"_s});
    row("en capitalised", u"en"_s, u"Treated Water is stored in tanks"_s,
        {u"Treated Water=water"_s});
    row("en hyphenated wording written with a space", u"en"_s, u"release of ALPS treated water"_s,
        {u"ALPS treated water=water"_s});
    row("en hyphenated wording written with a hyphen", u"en"_s, u"ALPS-treated water is diluted"_s,
        {u"ALPS-treated water=water"_s});
    row("en hyphenated wording with an en dash", u"en"_s, u"ALPS–treated water"_s,
        {u"ALPS–treated water=water"_s});
    row("en the longer wording wins over the shorter one inside it", u"en"_s,
        u"alps-treated water"_s, {u"alps-treated water=water"_s});
    row("en plural -s", u"en"_s, u"two export curbs remain"_s, {u"export curbs=controls"_s});
    row("en plural -s on the second word", u"en"_s, u"new export restrictions"_s,
        {u"export restrictions=controls"_s});
    row("en plural -ies for a y", u"en"_s, u"Japan's export control policies"_s,
        {u"export control policies=controls"_s});
    row("en possessive: the apostrophe ends the wording", u"en"_s, u"the East Sea's fisheries"_s,
        {u"East Sea=sea"_s});
    row("en irregular plural listed as its own wording", u"en"_s,
        u"a comfort woman and other comfort women"_s,
        {u"comfort woman=women"_s, u"comfort women=women"_s});
    row("en plural of a neutral wording", u"en"_s, u"wartime laborers from Korea"_s,
        {u"wartime laborers=labour"_s});
    row("en not inside a longer word", u"en"_s, u"the Agencys and reagency"_s,
        {u"Agencys=agency"_s});
    row("en no match across a different word", u"en"_s, u"treated the water"_s, {});
    row("en no match for a prefix of a longer word", u"en"_s, u"forced laborious work"_s, {});
    row("en a line break counts as a space", u"en"_s, u"Sea of\nJapan"_s, {u"Sea of\nJapan=sea"_s});
    row("en upper-case acronym in mixed case", u"en"_s, u"the iaea said"_s, {u"iaea=iaea"_s});
}

void TestTermMatcher::matches()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<TermConcept> terms = concepts();
    const TermMatcher matcher(terms, language);
    QStringList found;
    for (const TermMatcher::Match &match : matcher.find(text))
        found.append(text.mid(match.start, match.length) + u'=' + terms.at(match.term).id);
    QCOMPARE(found, expected);
}

void TestTermMatcher::particleRuns_data()
{
    QTest::addColumn<QString>("rest");
    QTest::addColumn<bool>("isParticles");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("를") << u"를"_s << true;
    QTest::newRow("라고") << u"라고"_s << true;
    QTest::newRow("이라는") << u"이라는"_s << true;
    QTest::newRow("들에게는") << u"들에게는"_s << true;
    QTest::newRow("에서의") << u"에서의"_s << true;
    QTest::newRow("안 (another noun)") << u"안"_s << false;
    QTest::newRow("방류 (another noun)") << u"방류"_s << false;
    QTest::newRow("four pieces are another word") << u"들의의의"_s << false;
}

void TestTermMatcher::particleRuns()
{
    QFETCH(QString, rest);
    QFETCH(bool, isParticles);
    QCOMPARE(KoreanParticles::isParticleRun(rest), isParticles);
}

void TestTermMatcher::longestWordingWinsAndMatchesDoNotOverlap()
{
    const QList<TermConcept> terms = concepts();
    const TermMatcher matcher(terms, u"en"_s);
    const QString text = u"ALPS-treated water, treated water and contaminated water."_s;
    const QList<TermMatcher::Match> found = matcher.find(text);
    QCOMPARE(found.size(), 3);
    QCOMPARE(terms.at(0).wordings.at(found.at(0).wording).text, u"ALPS-treated water"_s);
    QCOMPARE(terms.at(0).wordings.at(found.at(1).wording).text, u"treated water"_s);
    QCOMPARE(terms.at(0).wordings.at(found.at(2).wording).text, u"contaminated water"_s);
    for (qsizetype i = 1; i < found.size(); ++i)
        QVERIFY(found.at(i).start >= found.at(i - 1).start + found.at(i - 1).length);
}

void TestTermMatcher::emptyAndGarbageTextsFindNothing()
{
    const QList<TermConcept> terms = concepts();
    for (const QString &language : {u"ko"_s, u"ja"_s, u"en"_s}) {
        const TermMatcher matcher(terms, language);
        QVERIFY(matcher.find(QString()).isEmpty());
        QString garbage = u"---   \u00A0ALPS-"_s;
        garbage.prepend(QChar(0xD800)); // a lone surrogate
        garbage.append(QChar(0));
        QVERIFY(matcher.find(garbage).isEmpty());
        QVERIFY(matcher.find(QString(100000, u'오')).isEmpty());
    }
    QVERIFY(TermMatcher(terms, u"fr"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestTermMatcher)
#include "tst_termmatcher.moc"
