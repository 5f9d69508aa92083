#include "document/briefingedits.h"
#include "format/briefingloader.h"
#include "format/briefingwriter.h"
#include "format/samplebriefing.h"
#include "review/translationreview.h"
#include "terms/termindex.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The translation review: each kind of finding on passages with one planted divergence,
// nothing on faithful ones, verdicts that stop a finding showing and survive a save, and
// `bilateral --review` as a script runs it.
class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleReviewsClean();
    void findings_data();
    void findings();
    void checkedFindingsStayCheckedAfterSaving();
    void commandLinePrintsOneLineAFinding();
    void commandLineExitCodes();

private:
    static Briefing briefing(const QString &language,
                             const QList<std::pair<QString, QString>> &texts);
};

Briefing TestReview::briefing(const QString &language,
                              const QList<std::pair<QString, QString>> &texts)
{
    BriefingData data;
    data.languages = {language, u"en"_s};
    data.title = {{language, u"협의"_s}, {u"en"_s, u"Talks"_s}};
    data.sides = {Side{u"kr"_s, {{language, u"한국"_s}, {u"en"_s, u"South Korea"_s}}, Qt::blue},
                  Side{u"jp"_s, {{language, u"일본"_s}, {u"en"_s, u"Japan"_s}}, Qt::red}};
    for (const auto &[first, english] : texts) {
        const int index = int(data.passages.size());
        data.passages.append({u"p%1"_s.arg(index + 1), {first, english}, index == 0, {}});
    }
    return Briefing(std::move(data));
}

void TestReview::sampleReviewsClean()
{
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    const QList<ReviewFinding> findings = TranslationReview::run(sample, TermIndex(sample));
    QStringList open;
    for (const ReviewFinding &finding : findings) {
        if (!finding.checked)
            open.append(sample.passages().at(finding.passage).id + u": "_s
                        + TranslationReview::englishMessage(finding, sample));
    }
    QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
}

void TestReview::findings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("english");
    // "kind key" of each finding, or empty for a faithful pair.
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &language, const QString &first,
                        const QString &english, const QStringList &expected) {
        QTest::newRow(name) << language << first << english << expected;
    };
    // Faithful pairs: the same content in each language's own forms.
    row("ko date and year written each way", u"ko"_s, u"양국은 2020년 10월 29일 서울에서 만났다."_s,
        u"The two sides met in Seoul on 29 October 2020."_s, {});
    row("ko thousands and percent", u"ko"_s, u"3천 명 가운데 30퍼센트가 찬성했다."_s,
        u"Of 3,000 people, 30% were in favour."_s, {});
    row("ko each side's own wording in both", u"ko"_s,
        u"한국은 오염수, 일본은 처리수라고 부른다."_s,
        u"Seoul says contaminated water, Tokyo says treated water."_s, {});
    row("ja hundred millions and afternoon", u"ja"_s, u"午後3時に1億5千万ドルの支援を発表した。"_s,
        u"At 3 p.m. it announced $150 million in aid."_s, {});
    row("ja names in both", u"ja"_s, u"国際原子力機関と東京電力が協議した。"_s,
        u"The IAEA and TEPCO held talks."_s, {});
    // One thing changed.
    row("ko a number given differently", u"ko"_s, u"3천 명이 참석했다."_s,
        u"Some 4,000 people attended."_s, {u"number differs:n:3000|n:4000"_s});
    row("ko a date given differently", u"ko"_s, u"협의는 10월 29일 열렸다."_s,
        u"The talks were held on 30 October."_s, {u"number differs:date:10-29|date:10-30"_s});
    row("ko a percentage left out", u"ko"_s, u"지지율은 30%였다."_s, u"Support was high."_s,
        {u"number missing:pct:30@ko"_s});
    row("en a year left out of the Korean", u"ko"_s, u"규제는 계속됐다."_s,
        u"The curbs stayed in place through 2019."_s, {u"number missing:year:2019@en"_s});
    row("ko Korea's wording rendered in Japan's", u"ko"_s, u"오염수 방류에 반대했다."_s,
        u"It opposed releasing the treated water."_s, {u"term fukushima-water:kr|jp"_s});
    row("ja Japan's wording rendered in Korea's", u"ja"_s, u"日本海で訓練が行われた。"_s,
        u"Drills were held in the East Sea."_s, {u"term sea-name:jp|kr"_s});
    row("ko neutral rendered as one side's", u"ko"_s, u"위안부 문제가 거론됐다."_s,
        u"The issue of sex slaves came up."_s, {u"term comfort-women:|kr"_s});
    row("ko a name left out of the English", u"ko"_s, u"국제원자력기구가 검증한다."_s,
        u"An international body will verify it."_s, {u"name iaea@ko"_s});
    row("ja a name left out of the Japanese", u"ja"_s, u"運営会社がタンクを管理する。"_s,
        u"TEPCO manages the tanks."_s, {u"name tepco@en"_s});
    row("ja a Latin name only in the Japanese", u"ja"_s, u"Kishida 首相が発言した。"_s,
        u"The prime minister spoke."_s, {u"name kishida@ja"_s});
    row("ko an empty side", u"ko"_s, QString(), u"A sentence with no Korean."_s,
        {u"omission empty@ko"_s});
    row("ko a quotation only in the English", u"ko"_s, u"장관은 대화를 계속하겠다고 말했다."_s,
        u"The minister said: “We will keep talking with Japan.”"_s, {u"omission quote@en"_s});
    row("ja a parenthesis only in the Japanese", u"ja"_s,
        u"会談は延期された（日程は改めて調整される予定である）。"_s, u"The meeting was put off."_s,
        {u"omission paren@ja"_s});
}

void TestReview::findings()
{
    QFETCH(QString, language);
    QFETCH(QString, first);
    QFETCH(QString, english);
    QFETCH(QStringList, expected);
    const Briefing b = briefing(language, {{first, english}});
    QStringList found;
    for (const ReviewFinding &finding : TranslationReview::run(b, TermIndex(b))) {
        found.append(TranslationReview::kindKey(finding.kind) + u' ' + finding.key);
        // Every finding says what it is in words, in English and translated.
        QVERIFY(!TranslationReview::englishMessage(finding, b).isEmpty());
        QVERIFY(!TranslationReview::message(finding, b, {u"ko"_s}).isEmpty());
    }
    QCOMPARE(found, expected);
}

void TestReview::checkedFindingsStayCheckedAfterSaving()
{
    const Briefing planted = briefing(u"ko"_s,
                                      {{u"3천 명이 참석했다."_s, u"4,000 attended."_s},
                                       {u"지지율은 30%였다."_s, u"Support was high."_s}});
    QList<ReviewFinding> findings = TranslationReview::run(planted, TermIndex(planted));
    QCOMPARE(findings.size(), 2);
    const ReviewFinding first = findings.at(0); // a copy: `findings` is assigned again below
    const BriefingData edited =
        BriefingEdits::setReviewVerdict(planted.data(),
                                        {u"p1"_s, TranslationReview::kindKey(first.kind), first.key,
                                         u"The English rounds the figure."_s});
    const LoadResult reopened =
        BriefingLoader::parse(BriefingWriter::toJson(Briefing(edited)), u"saved"_s);
    QVERIFY(reopened.briefing);
    findings = TranslationReview::run(*reopened.briefing, TermIndex(*reopened.briefing));
    QCOMPARE(findings.size(), 2);
    QVERIFY(findings.at(0).checked);
    QCOMPARE(findings.at(0).note, u"The English rounds the figure."_s);
    QVERIFY(!findings.at(1).checked);
    // Taken back, it shows again.
    const BriefingData undone = BriefingEdits::removeReviewVerdict(reopened.briefing->data(),
                                                                   u"p1"_s, u"number"_s, first.key);
    QVERIFY(!TranslationReview::run(Briefing(undone), TermIndex(Briefing(undone))).at(0).checked);
}

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBilateral(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANGUAGE"_s, u"ko"_s); // the lines stay English all the same
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BILATERAL_EXECUTABLE), arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

void TestReview::commandLinePrintsOneLineAFinding()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"planted.briefing"_s);
    const Briefing planted =
        briefing(u"ko"_s,
                 {{u"양측이 만났다."_s, u"The two sides met."_s},
                  {u"3천 명이 참석했다."_s, u"Some 4,000 people attended."_s},
                  {u"오염수 방류에 반대했다."_s, u"It opposed releasing treated water."_s}});
    QVERIFY(BriefingWriter::save(planted, path).isEmpty());
    const Run result = runBilateral({u"--review"_s, path});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression shape(
        uR"re(^(.+):(\d+):(\d+): warning: (number|term|name|omission): passage "([^"]+)": (.+)$)re"_s);
    const QStringList fileLines = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).split(u'\n')
                                              : QStringList();
    }();
    const QStringList kinds{u"number"_s, u"term"_s};
    const QStringList ids{u"p2"_s, u"p3"_s};
    for (int i = 0; i < 2; ++i) {
        const QRegularExpressionMatch match = shape.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(match.captured(1), path);
        QCOMPARE(match.captured(4), kinds.at(i));
        QCOMPARE(match.captured(5), ids.at(i));
        // LINE:COLUMN is where the passage's object starts in the file.
        const int line = match.captured(2).toInt();
        const int column = match.captured(3).toInt();
        QVERIFY(line >= 1 && line <= fileLines.size());
        QVERIFY2(fileLines.at(line - 1).mid(column - 1).startsWith(u"{\"id\": \""_s + ids.at(i)),
                 qPrintable(fileLines.at(line - 1)));
    }
    QVERIFY(lines.at(0).contains(u"“3천”"_s) || lines.at(0).contains(u"3천"_s));
    QVERIFY(lines.at(1).contains(u"treated water"_s));
}

void TestReview::commandLineExitCodes()
{
    QTemporaryDir dir;
    const QString sample = QStringLiteral(BILATERAL_SOURCE_DIR)
        + u"/resources/samples/2020-10-29-seoul-dg-talks.briefing"_s;
    Run result = runBilateral({u"--review"_s, sample});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());

    const QString broken = dir.filePath(u"broken.briefing"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"bilateral\": 1, \"title\": ");
    file.close();
    result = runBilateral({u"--review"_s, sample, broken});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(broken + u":1:"_s), qPrintable(result.err));
    result = runBilateral({u"--review"_s, dir.filePath(u"missing.briefing"_s)});
    QCOMPARE(result.exitCode, 2);
    result = runBilateral({u"--review"_s});
    QCOMPARE(result.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
