#include "briefingloader.h"
#include "briefinglimits.h"
#include "jsonsourcemap.h"
#include "samplebriefing.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBriefingLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleLoadsWithoutDiagnostics();
    void sampleHasTheTalksContent();
    void malformedFileReportsExactDiagnostic_data();
    void malformedFileReportsExactDiagnostic();
    void everyMalformedFileIsCovered();
    void allProblemsAreReportedNotJustTheFirst();
    void htmlInTextIsKeptVerbatim();
    void relevantPassagesAreTheSortedUnion();
    void minimalBriefingUsesDefaults();
    void fileOverTheSizeCapIsRefusedBeforeParsing();
    void folderIsUnreadable();
    void missingFileIsUnreadable();
    void sourceMapFindsPaths_data();
    void sourceMapFindsPaths();
    void lineIndexCountsCodePoints_data();
    void lineIndexCountsCodePoints();
    void diagnosticFormatsLikeACompiler();
};

static QString malformedDir()
{
    return QStringLiteral(BILATERAL_TEST_DATA) + u"/malformed"_s;
}

void TestBriefingLoader::sampleLoadsWithoutDiagnostics()
{
    const LoadResult result = BriefingLoader::loadFile(SampleBriefing::resourcePath());
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(formatDiagnostics(result.diagnostics)));
    QVERIFY(result.ok());
    QVERIFY(result.briefing.has_value());
}

void TestBriefingLoader::sampleHasTheTalksContent()
{
    const Briefing briefing = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    QCOMPARE(briefing.date(), QDate(2020, 10, 29));
    QCOMPARE(briefing.languages()[0], u"ko"_s);
    QCOMPARE(briefing.languages()[1], u"en"_s);
    QVERIFY(briefing.passages().size() >= 20);
    QCOMPARE(briefing.sides().size(), 2);
    QCOMPARE(briefing.issues().size(), 5);
    const QStringList expectedIssues{u"forced-labour"_s, u"export-controls"_s, u"trilateral-summit"_s,
                                     u"fukushima-water"_s, u"north-korea"_s};
    for (const QString &id : expectedIssues) {
        const int index = briefing.issueIndex(id);
        QVERIFY2(index >= 0, qPrintable(id));
        const Issue &issue = briefing.issues().at(index);
        QCOMPARE(issue.stances.size(), 2);
        QVERIFY(!issue.relevantPassages.isEmpty());
        for (const Stance &stance : issue.stances)
            QVERIFY(!stance.summary.text(u"en").isEmpty());
    }
    const Issue &forcedLabour = briefing.issues().at(briefing.issueIndex(u"forced-labour"_s));
    QCOMPARE(forcedLabour.stanceOf(briefing.sideIndex(u"kr"_s))->position, StancePosition::Demands);
    QCOMPARE(forcedLabour.stanceOf(briefing.sideIndex(u"jp"_s))->position, StancePosition::Reiterates);
    QVERIFY(briefing.title().text(u"ko").contains(u"한"));
}

void TestBriefingLoader::malformedFileReportsExactDiagnostic_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("diagnosticCount");

    // Each row: the file, then the one diagnostic it must produce (exactly), and how many
    // diagnostics the file yields in all.
    // BEGIN MALFORMED ROWS
    QTest::newRow("an unknown position is named with the list of valid ones")
        << u"unknown-position.briefing"_s << true << 13 << 46 << u"issues[0].stances[0].position"_s
        << u"unknown position \"angry\"; expected one of: supports"_s << 1;
    // END MALFORMED ROWS
}

void TestBriefingLoader::malformedFileReportsExactDiagnostic()
{
    QFETCH(QString, file);
    QFETCH(bool, isError);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    QFETCH(int, diagnosticCount);

    const QString filePath = malformedDir() + u'/' + file;
    QVERIFY2(QFile::exists(filePath), qPrintable(filePath));
    const LoadResult result = BriefingLoader::loadFile(filePath);
    const QString all = formatDiagnostics(result.diagnostics);
    QCOMPARE(result.diagnostics.size(), diagnosticCount);
    const auto match = std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                    [&](const Diagnostic &d) { return d.message.contains(messagePart); });
    QVERIFY2(match != result.diagnostics.cend(), qPrintable(all));
    QCOMPARE(match->isError(), isError);
    QCOMPARE(match->line, line);
    QCOMPARE(match->column, column);
    QCOMPARE(match->path, path);
    QCOMPARE(match->file, filePath);
    // An error means no briefing; warnings alone still load.
    QCOMPARE(result.ok(), !hasErrors(result.diagnostics));
    QCOMPARE(result.briefing.has_value(), result.ok());
}

void TestBriefingLoader::everyMalformedFileIsCovered()
{
    // A file added to the folder without a row would be tested by nothing.
    const QStringList files = QDir(malformedDir()).entryList({u"*.briefing"_s}, QDir::Files);
    QVERIFY(files.size() >= 30);
    QFile source(QStringLiteral(BILATERAL_SOURCE_DIR) + u"/tests/tst_briefingloader.cpp"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    for (const QString &file : files)
        QVERIFY2(text.contains(u'"' + file + u'"'), qPrintable(file + u" has no test row"_s));
}

void TestBriefingLoader::allProblemsAreReportedNotJustTheFirst()
{
    const QByteArray json = R"({
  "bilateral": 1,
  "title": {"ko": "제목", "en": "Title"},
  "date": "2020-13-01",
  "sides": [{"id": "kr", "name": {"ko": "한국", "en": "Korea"}, "color": "blue"}],
  "passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}, {"id": "p1", "text": {"ko": "나"}}]
})";
    const LoadResult result = BriefingLoader::parse(json, u"many.briefing"_s);
    QCOMPARE(result.status, LoadResult::Status::Invalid);
    QStringList paths;
    for (const Diagnostic &diagnostic : result.diagnostics)
        paths.append(diagnostic.path);
    QCOMPARE(paths, (QStringList{u"date"_s, u"sides[0].color"_s, u"passages[1].id"_s,
                                 u"passages[1].text.en"_s}));
}

void TestBriefingLoader::htmlInTextIsKeptVerbatim()
{
    const QByteArray json = R"({"bilateral": 1, "title": {"ko": "<b>굵게</b>", "en": "<img src=\"file:///etc/passwd\">"},
  "date": "2020-10-29", "passages": [{"id": "p1", "text": {"ko": "a < b > c &amp;", "en": "<script>x</script>"}}]})";
    const LoadResult result = BriefingLoader::parse(json, u"html.briefing"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
    QCOMPARE(result.briefing->title().text(u"ko"), u"<b>굵게</b>"_s);
    QCOMPARE(result.briefing->title().text(u"en"), u"<img src=\"file:///etc/passwd\">"_s);
    QCOMPARE(result.briefing->passages().at(0).text[0], u"a < b > c &amp;"_s);
    QCOMPARE(result.briefing->passages().at(0).text[1], u"<script>x</script>"_s);
}

void TestBriefingLoader::relevantPassagesAreTheSortedUnion()
{
    const QByteArray json = R"({"bilateral": 1, "title": {"ko": "t", "en": "t"}, "date": "2020-10-29",
  "sides": [{"id": "a", "name": {"ko": "a", "en": "a"}}, {"id": "b", "name": {"ko": "b", "en": "b"}}],
  "passages": [{"id": "p1", "text": {"ko": "1", "en": "1"}}, {"id": "p2", "text": {"ko": "2", "en": "2"}},
               {"id": "p3", "text": {"ko": "3", "en": "3"}}, {"id": "p4", "text": {"ko": "4", "en": "4"}}],
  "issues": [{"id": "i", "title": {"ko": "i", "en": "i"}, "passages": ["p4", "p2"],
              "stances": [{"side": "b", "position": "none", "passages": ["p2", "p1"]},
                          {"side": "a", "position": "demands"}]}]})";
    const LoadResult result = BriefingLoader::parse(json, u"union.briefing"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
    const Issue &issue = result.briefing->issues().at(0);
    QCOMPARE(issue.relevantPassages, (QList<int>{0, 1, 3}));
    QCOMPARE(issue.passages, (QList<int>{3, 1}));
    QCOMPARE(issue.stances.at(0).side, 1);
    QCOMPARE(issue.stances.at(0).evidence, (QList<int>{1, 0}));
    QCOMPARE(issue.stanceOf(0)->position, StancePosition::Demands);
}

void TestBriefingLoader::minimalBriefingUsesDefaults()
{
    const QByteArray json = R"({"bilateral": 1, "title": {"ko": "", "en": "Only English"}, "date": "2021-01-02",
  "passages": [{"id": "x", "text": {"ko": "", "en": "No Korean counterpart."}}]})";
    const LoadResult result = BriefingLoader::parse(json, u"minimal.briefing"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
    QVERIFY(result.diagnostics.isEmpty());
    const Briefing &briefing = *result.briefing;
    QCOMPARE(briefing.languages()[0], u"ko"_s);
    QVERIFY(briefing.sides().isEmpty());
    QVERIFY(briefing.issues().isEmpty());
    QVERIFY(briefing.passages().at(0).startsParagraph);
    QCOMPARE(briefing.passageIndex(u"x"_s), 0);
    QCOMPARE(briefing.passageIndex(u"y"_s), -1);
}

void TestBriefingLoader::fileOverTheSizeCapIsRefusedBeforeParsing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.briefing"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A sparse file: no 64 MiB written, and nothing valid in it to parse.
    QVERIFY(file.resize(BriefingLimits::maxFileBytes + 1));
    file.close();
    const LoadResult result = BriefingLoader::loadFile(path);
    QCOMPARE(result.status, LoadResult::Status::Invalid);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.at(0).message.contains(u"larger than 64 MiB are refused"));
    QCOMPARE(result.diagnostics.at(0).line, 0);
}

void TestBriefingLoader::folderIsUnreadable()
{
    const LoadResult result = BriefingLoader::loadFile(malformedDir());
    QCOMPARE(result.status, LoadResult::Status::Unreadable);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.at(0).message.contains(u"folder"));
}

void TestBriefingLoader::missingFileIsUnreadable()
{
    const LoadResult result = BriefingLoader::loadFile(malformedDir() + u"/no-such-file.briefing"_s);
    QCOMPARE(result.status, LoadResult::Status::Unreadable);
    QVERIFY(result.diagnostics.at(0).message.contains(u"does not exist"));
}

void TestBriefingLoader::sourceMapFindsPaths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("keyOffset");
    QTest::addColumn<int>("valueOffset");

    QTest::newRow("the root is the empty path") << QByteArray("  {\"a\": 1}") << QString() << -1 << 2;
    QTest::newRow("a member has a key and a value") << QByteArray("{\"a\": 1}") << u"a"_s << 1 << 6;
    QTest::newRow("array elements are indexed from zero")
        << QByteArray("{\"a\": [10, 20, {\"b\": true}]}") << u"a[2].b"_s << 16 << 21;
    QTest::newRow("odd keys are quoted in brackets")
        << QByteArray("{\"x y\": null}") << u"[\"x y\"]"_s << 1 << 8;
    QTest::newRow("escaped keys are decoded") << QByteArray("{\"\\u0061\": 5}") << u"a"_s << 1 << 11;
    QTest::newRow("strings with escaped quotes are skipped")
        << QByteArray("{\"s\": \"a\\\"}\", \"t\": 2}") << u"t"_s << 14 << 19;
}

void TestBriefingLoader::sourceMapFindsPaths()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(int, keyOffset);
    QFETCH(int, valueOffset);
    const JsonSourceMap map(json, {path});
    QCOMPARE(map.locate(path).keyOffset, keyOffset);
    QCOMPARE(map.locate(path).valueOffset, valueOffset);
}

void TestBriefingLoader::lineIndexCountsCodePoints_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start of the file is 1:1") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("columns count from one") << QByteArray("abc") << 2 << 1 << 3;
    QTest::newRow("after a newline comes line 2") << QByteArray("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("a Hangul syllable is one column") << QByteArray("\"한국\"x") << 7 << 1 << 4;
    QTest::newRow("the end of the text is a position") << QByteArray("ab\n") << 3 << 2 << 1;
}

void TestBriefingLoader::lineIndexCountsCodePoints()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const LineIndex index(text);
    QCOMPARE(index.position(offset).line, line);
    QCOMPARE(index.position(offset).column, column);
}

void TestBriefingLoader::diagnosticFormatsLikeACompiler()
{
    Diagnostic diagnostic{Diagnostic::Severity::Error, u"a.briefing"_s, 3, 7, u"issues[0].id"_s,
                          u"something is wrong"_s};
    QCOMPARE(diagnostic.toString(), u"a.briefing:3:7: error: issues[0].id: something is wrong"_s);
    diagnostic.severity = Diagnostic::Severity::Warning;
    diagnostic.path.clear();
    QCOMPARE(diagnostic.toString(), u"a.briefing:3:7: warning: something is wrong"_s);
    diagnostic.line = 0;
    QCOMPARE(diagnostic.toString(), u"a.briefing: warning: something is wrong"_s);
}

QTEST_GUILESS_MAIN(TestBriefingLoader)
#include "tst_briefingloader.moc"
