#include "briefinggenerator.h"
#include "format/briefingloader.h"
#include "format/jsonsourcemap.h"
#include "format/samplebriefing.h"
#include "model/briefinglimits.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
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
    void inlineMistakesAreNamed_data();
    void inlineMistakesAreNamed();
    void htmlInTextIsKeptVerbatim();
    void relevantPassagesAreTheSortedUnion();
    void minimalBriefingUsesDefaults();
    void fileOverTheSizeCapIsRefusedBeforeParsing();
    void limitsAreEnforcedWithAClearError_data();
    void limitsAreEnforcedWithAClearError();
    void aPassageListedTwiceIsWarnedAbout_data();
    void aPassageListedTwiceIsWarnedAbout();
    void folderIsUnreadable();
    void missingFileIsUnreadable();
    void sourceMapFindsPaths_data();
    void sourceMapFindsPaths();
    void sourceMapFindsDuplicateKeys_data();
    void sourceMapFindsDuplicateKeys();
    void lineIndexCountsCodePoints_data();
    void lineIndexCountsCodePoints();
    void lineIndexAgreesWithCountingFromTheLineStart();
    void worstCasesLoadWithEveryDiagnostic_data();
    void worstCasesLoadWithEveryDiagnostic();
    void diagnosticFormatsLikeACompiler();
    void digestOnlyWhenAsked();
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
    const QStringList expectedIssues{u"forced-labour"_s, u"export-controls"_s,
                                     u"trilateral-summit"_s, u"fukushima-water"_s,
                                     u"north-korea"_s};
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
    QCOMPARE(forcedLabour.stanceOf(briefing.sideIndex(u"jp"_s))->position,
             StancePosition::Reiterates);
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
    QTest::newRow("a file cut off mid-way is reported at its end as cut off")
        << u"truncated-json.briefing"_s << true << 15 << 1 << u""_s
        << u"the file ends in the middle of the document; it may have been cut off"_s << 1;
    QTest::newRow("a missing comma between members is a syntax error at the next key")
        << u"missing-comma.briefing"_s << true << 7 << 3 << u""_s
        << u"JSON syntax error: unterminated object; expected \",\" or \"}\""_s << 1;
    QTest::newRow("text after the closing brace is a syntax error where that text starts")
        << u"garbage-after-document.briefing"_s << true << 29 << 1 << u""_s
        << u"unexpected text after the end of the document"_s << 1;
    QTest::newRow("a top-level array is reported at its opening bracket")
        << u"top-level-array.briefing"_s << true << 1 << 1 << u""_s
        << u"expected a JSON object at the top level, found an array"_s << 1;
    QTest::newRow("an empty file asks for a JSON object")
        << u"empty-file.briefing"_s << true << 1 << 1 << u""_s
        << u"the file is empty; expected a JSON object"_s << 1;
    QTest::newRow("a file of only white space says so")
        << u"whitespace-only.briefing"_s << true << 1 << 1 << u""_s
        << u"the file holds only white space; expected a JSON object"_s << 1;
    QTest::newRow("a value nested 100 levels deep is refused at the bracket that passes the limit")
        << u"deep-nesting.briefing"_s << true << 7 << 390 << u""_s
        << u"values are nested more than 64 levels deep"_s << 1;
    QTest::newRow("a title given as a plain string asks for the text in each language")
        << u"title-is-a-string.briefing"_s << true << 4 << 12 << u"title"_s
        << u"expected an object with the text in each language"_s << 1;
    QTest::newRow("a paragraph flag given as a string asks for true or false")
        << u"paragraph-is-a-string.briefing"_s << true << 13 << 101 << u"passages[0].paragraph"_s
        << u"expected true or false, found a string (\"yes\")"_s << 1;
    QTest::newRow("a format version given as a string asks for a whole number")
        << u"bilateral-is-a-string.briefing"_s << true << 2 << 16 << u"bilateral"_s
        << u"expected the format version, a whole number such as 1, found a string (\"1\")"_s << 1;
    QTest::newRow("a missing format version is reported at the top-level brace")
        << u"missing-bilateral.briefing"_s << true << 1 << 1 << u"bilateral"_s
        << u"missing required key \"bilateral\""_s << 1;
    QTest::newRow("a missing title is reported at the top-level brace")
        << u"missing-title.briefing"_s << true << 1 << 1 << u"title"_s
        << u"missing required key \"title\""_s << 1;
    QTest::newRow("missing passages are reported at the top-level brace")
        << u"missing-passages.briefing"_s << true << 1 << 1 << u"passages"_s
        << u"missing required key \"passages\""_s << 1;
    QTest::newRow("a passage without an id is reported at the passage's brace")
        << u"passage-without-id.briefing"_s << true << 15 << 5 << u"passages[2].id"_s
        << u"missing required key \"id\""_s << 1;
    QTest::newRow("a passage without text is reported at the passage's brace")
        << u"passage-without-text.briefing"_s << true << 15 << 5 << u"passages[2].text"_s
        << u"missing required key \"text\""_s << 1;
    QTest::newRow("an issue without a title is reported at the issue's brace")
        << u"issue-without-title.briefing"_s << true << 18 << 5 << u"issues[0].title"_s
        << u"missing required key \"title\""_s << 1;
    QTest::newRow("a stance without a side is reported at the stance's brace")
        << u"stance-without-side.briefing"_s << true << 24 << 9 << u"issues[0].stances[1].side"_s
        << u"missing required key \"side\""_s << 1;
    QTest::newRow("a stance without a position is reported at the stance's brace")
        << u"stance-without-position.briefing"_s << true << 24 << 9
        << u"issues[0].stances[1].position"_s << u"missing required key \"position\""_s << 1;
    QTest::newRow("a duplicate passage id points at the second id and names the first passage")
        << u"duplicate-passage-id.briefing"_s << true << 15 << 12 << u"passages[2].id"_s
        << u"duplicate passage id \"p2\"; it is already used by passages[1]"_s << 1;
    QTest::newRow("a duplicate issue id points at the second id and names the first issue")
        << u"duplicate-issue-id.briefing"_s << true << 28 << 13 << u"issues[1].id"_s
        << u"duplicate issue id \"forced-labour\"; it is already used by issues[0]"_s << 1;
    QTest::newRow("a duplicate side id points at the second id and names the first side")
        << u"duplicate-side-id.briefing"_s << true << 10 << 12 << u"sides[1].id"_s
        << u"duplicate side id \"kr\"; it is already used by sides[0]"_s << 1;
    QTest::newRow("a key written twice in one object is an error at the second key")
        << u"duplicate-json-key.briefing"_s << true << 7 << 3 << u"date"_s
        << u"this key appears twice in the same object"_s << 1;
    QTest::newRow("an issue that lists an unknown passage points at that id")
        << u"dangling-passage-in-issue.briefing"_s << true << 21 << 26 << u"issues[0].passages[1]"_s
        << u"unknown passage \"p4\"; no passage has this id"_s << 1;
    QTest::newRow("a stance whose evidence lists an unknown passage points at that id")
        << u"dangling-passage-in-stance-evidence.briefing"_s << true << 24 << 63
        << u"issues[0].stances[1].passages[0]"_s
        << u"unknown passage \"p9\"; no passage has this id"_s << 1;
    QTest::newRow("a stance for an unknown side points at the side id")
        << u"dangling-side.briefing"_s << true << 24 << 18 << u"issues[0].stances[1].side"_s
        << u"unknown side \"cn\"; expected one of: "_s << 1;
    QTest::newRow("a passage empty in both languages is reported at its text object")
        << u"passage-empty-in-both-languages.briefing"_s << true << 14 << 26
        << u"passages[1].text"_s << u"the text is empty in both languages"_s << 1;
    QTest::newRow("a text without English is reported at the text object")
        << u"text-missing-en.briefing"_s << true << 20 << 16 << u"issues[0].title.en"_s
        << u"missing the \"en\" text"_s << 1;
    QTest::newRow("a colour given by name asks for #RRGGBB")
        << u"color-is-a-name.briefing"_s << true << 10 << 64 << u"sides[1].color"_s
        << u"expected a colour written as \"#RRGGBB\", such as \"#2563b0\", found a string (\"blue\")"_s
        << 1;
    QTest::newRow("a colour with five hex digits asks for #RRGGBB")
        << u"color-has-five-digits.briefing"_s << true << 10 << 64 << u"sides[1].color"_s
        << u"expected a colour written as \"#RRGGBB\", such as \"#2563b0\", found a string (\"#12345\")"_s
        << 1;
    QTest::newRow("a date in day/month/year order asks for YYYY-MM-DD")
        << u"date-in-day-month-year-order.briefing"_s << true << 6 << 11 << u"date"_s
        << u"expected a date written as \"YYYY-MM-DD\", such as \"2020-10-29\", found a string (\"29/10/2020\")"_s
        << 1;
    QTest::newRow("the thirtieth of February is not a date on the calendar")
        << u"impossible-date.briefing"_s << true << 6 << 11 << u"date"_s
        << u"\"2020-02-30\" is not a date on the calendar"_s << 1;
    QTest::newRow("an unknown position is named with the list of valid ones")
        << u"unknown-position.briefing"_s << true << 13 << 46 << u"issues[0].stances[0].position"_s
        << u"unknown position \"angry\"; expected one of: supports"_s << 1;
    QTest::newRow("a second stance for the same side points at its side and names the first")
        << u"two-stances-for-one-side.briefing"_s << true << 24 << 18
        << u"issues[0].stances[1].side"_s
        << u"a second stance for side \"kr\"; an issue holds at most one stance per side (the "
           u"first is at "
           u"issues[0].stances[0])"_s
        << 1;
    QTest::newRow("a newer format version asks to update and checks nothing else")
        << u"newer-version.briefing"_s << true << 2 << 16 << u"bilateral"_s
        << u"made by a newer version of Bilateral (format 2); this version reads format 1"_s << 1;
    QTest::newRow("format version zero is refused")
        << u"version-zero.briefing"_s << true << 2 << 16 << u"bilateral"_s
        << u"the format version must be 1 or higher, found 0"_s << 1;
    QTest::newRow("three languages are refused at the languages array")
        << u"three-languages.briefing"_s << true << 3 << 16 << u"languages"_s
        << u"expected exactly two languages, such as [\"ko\", \"en\"], found 3"_s << 1;
    QTest::newRow("an empty passages array asks for at least one passage")
        << u"empty-passages-array.briefing"_s << true << 12 << 15 << u"passages"_s
        << u"the briefing has no passages; expected at least one"_s << 1;
    QTest::newRow("a javascript source url is refused")
        << u"javascript-source-url.briefing"_s << true << 7 << 41 << u"source.url"_s
        << u"expected a web address starting with https://, found a string (\"javascript:alert(1)\")"_s
        << 1;
    QTest::newRow("a byte order mark is ignored with a warning at the start of the file")
        << u"warning-bom.briefing"_s << false << 1 << 1 << u""_s
        << u"the file starts with a byte order mark (BOM)"_s << 1;
    QTest::newRow("an unknown key is ignored with a warning at its opening quote")
        << u"warning-unknown-key.briefing"_s << false << 7 << 3 << u"location"_s
        << u"unknown key \"location\" is ignored; expected one of: bilateral, languages"_s << 1;
    QTest::newRow("a Japanese passage text is ignored with a warning at its key")
        << u"warning-extra-ja-passage-text.briefing"_s << false << 13 << 87
        << u"passages[0].text.ja"_s
        << u"the \"ja\" text is ignored; a passage holds only the briefing's languages (ko and en)"_s
        << 1;
    QTest::newRow("invalid UTF-8 is reported at the offending byte")
        << u"invalid-utf8.briefing"_s << true << 14 << 76 << u""_s
        << u"invalid UTF-8 (byte 0xC3); a briefing must be UTF-8 text"_s << 1;
    QTest::newRow("passages given as an object is one error, not one per reference")
        << u"passages-is-an-object.briefing"_s << true << 12 << 15 << u"passages"_s
        << u"expected an array, found an object"_s << 1;
    QTest::newRow("a trailing comma is reported at the comma")
        << u"trailing-comma.briefing"_s << true << 10 << 74 << u""_s
        << u"a trailing comma before \"]\"; remove it"_s << 1;
    QTest::newRow("a trailing comma before the file's final brace is reported at the comma")
        << u"trailing-comma-at-end-of-file.briefing"_s << true << 27 << 4 << u""_s
        << u"JSON syntax error: a trailing comma before \"}\"; remove it"_s << 1;
    QTest::newRow("a source url holding \"<\" names the character, not the scheme")
        << u"source-url-with-angle-brackets.briefing"_s << true << 7 << 41 << u"source.url"_s
        << u"the web address holds \"<\" at character 24, which a web address cannot hold; "
           u"write it as %3C"_s
        << 1;
    QTest::newRow("a file cut inside a character is reported as cut off, at that character")
        << u"cut-inside-a-character.briefing"_s << true << 15 << 39 << u""_s
        << u"the file ends in the middle of a character (an incomplete UTF-8 sequence); it may "
           u"have been cut off"_s
        << 1;
    QTest::newRow("UTF-16 with a little-endian byte order mark is named as such")
        << u"utf16-le-with-bom.briefing"_s << true << 1 << 1 << u""_s
        << u"the file is UTF-16LE text, but a briefing must be UTF-8; save it as UTF-8"_s << 1;
    QTest::newRow("UTF-16 with a big-endian byte order mark is named as such")
        << u"utf16-be-with-bom.briefing"_s << true << 1 << 1 << u""_s
        << u"the file is UTF-16BE text, but a briefing must be UTF-8; save it as UTF-8"_s << 1;
    QTest::newRow("UTF-16 without a byte order mark is known by its NUL bytes")
        << u"utf16-le-without-bom.briefing"_s << true << 1 << 1 << u""_s
        << u"the file is UTF-16LE text, but a briefing must be UTF-8; save it as UTF-8"_s << 1;
    QTest::newRow("a lone surrogate escape loads with a warning at the escape")
        << u"warning-lone-surrogate.briefing"_s << false << 14 << 85 << u"passages[1].text.en"_s
        << u"\"\\ud83c\" is a lone surrogate (half of a UTF-16 pair), not a character; saving "
           u"the briefing will replace it with U+FFFD (\uFFFD)"_s
        << 1;
    QTest::newRow("a string without its closing quote is reported at the end of its line")
        << u"unterminated-string.briefing"_s << true << 15 << 93 << u""_s
        << u"the string is not closed before the end of the line"_s << 1;
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
    const auto match =
        std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
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
    QFile source(QStringLiteral(BILATERAL_SOURCE_DIR) + u"/tests/format/tst_briefingloader.cpp"_s);
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
    QCOMPARE(paths,
             (QStringList{u"date"_s, u"sides[0].color"_s, u"passages[1].id"_s,
                          u"passages[1].text.en"_s}));
}

// `text` in `encoding`, with or without its byte order mark.
static QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

void TestBriefingLoader::inlineMistakesAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the only diagnostic, as --check prints it

    const QByteArray head =
        R"({"bilateral": 1, "title": {"ko": "가", "en": "A"}, "date": "2020-10-29", )";
    QTest::newRow("a raw tab inside a string is a control character")
        << head + "\"passages\": [{\"id\": \"p1\", \"text\": {\"ko\": \"a\tb\", \"en\": \"c\"}}]}"
        << u"x:1:116: error: JSON syntax error: a control character (U+0009) inside a string; write it as an escape such as \\t"_s;
    QTest::newRow("sides given as an object do not make every stance's side unknown")
        << head
            + R"("sides": {"id": "kr"}, "passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}],
  "issues": [{"id": "i", "title": {"ko": "가", "en": "A"}, "stances": [{"side": "kr", "position": "none"}]}]})"
        << u"x:1:82: error: sides: expected an array, found an object"_s;
    QTest::newRow("an http source is shown but will not be opened")
        << head
            + R"("source": {"name": "n", "url": "http://example.org/"}, "passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}]})"
        << u"x:1:104: warning: source.url: the address is not https; Bilateral shows it but will not open it"_s;

    const auto withConfidence = [&](const QByteArray &value) -> QByteArray {
        return head + R"("passages": [{"id": "p1", "confidence": )" + value
            + R"(, "text": {"ko": "가", "en": "A"}}]})";
    };
    QTest::newRow("a confidence above 1")
        << withConfidence("1.5")
        << u"x:1:113: error: passages[0].confidence: expected a number from 0 to 1, found a number (1.5)"_s;
    QTest::newRow("a negative confidence")
        << withConfidence("-0.2")
        << u"x:1:113: error: passages[0].confidence: expected a number from 0 to 1, found a number (-0.2)"_s;
    QTest::newRow("a confidence in words")
        << withConfidence("\"high\"")
        << u"x:1:113: error: passages[0].confidence: expected a number from 0 to 1, found a string (\"high\")"_s;
    QTest::newRow("a confidence of 0 and of 1 are fine") << withConfidence("0") << QString();

    // Ids are user text: a "%1" in one is quoted as it is, not filled in with the next
    // argument of the message.
    const QByteArray passages = R"("passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}])";
    const auto twoPassages = [&](const QByteArray &id) -> QByteArray {
        return head + R"("passages": [{"id": ")" + id + R"(", "text": {"ko": "가", "en": "A"}}, )"
            + R"({"id": ")" + id + R"(", "text": {"ko": "나", "en": "B"}}]})";
    };
    QTest::newRow("a duplicate passage id holding %1")
        << twoPassages("p%1")
        << u"x:1:140: error: passages[1].id: duplicate passage id \"p%1\"; it is already used by passages[0]"_s;
    QTest::newRow("a duplicate passage id holding %2 and %1")
        << twoPassages("%2%1")
        << u"x:1:141: error: passages[1].id: duplicate passage id \"%2%1\"; it is already used by passages[0]"_s;
    QTest::newRow("a duplicate side id holding %1")
        << head
            + R"("sides": [{"id": "%1", "name": {"ko": "가", "en": "A"}}, {"id": "%1", "name": {"ko": "나", "en": "B"}}], )"
            + passages + "}"
        << u"x:1:136: error: sides[1].id: duplicate side id \"%1\"; it is already used by sides[0]"_s;
    QTest::newRow("a duplicate issue id holding %2")
        << head + passages
            + R"(, "issues": [{"id": "i%2", "title": {"ko": "가", "en": "A"}}, {"id": "i%2", "title": {"ko": "나", "en": "B"}}]})"
        << u"x:1:199: error: issues[1].id: duplicate issue id \"i%2\"; it is already used by issues[0]"_s;

    // A trailing comma is named at the comma, even right before the file's end.
    QTest::newRow("a trailing comma before the last brace of the file")
        << QByteArray(R"({"bilateral": 1,})")
        << u"x:1:16: error: JSON syntax error: a trailing comma before \"}\"; remove it"_s;
    QTest::newRow("a trailing comma before the last brace and a line break")
        << QByteArray("{\"bilateral\": 1,}\n")
        << u"x:1:16: error: JSON syntax error: a trailing comma before \"}\"; remove it"_s;
    QTest::newRow("a trailing comma in an array at the end of the file")
        << QByteArray(R"({"bilateral": [1, 2,]})")
        << u"x:1:20: error: JSON syntax error: a trailing comma before \"]\"; remove it"_s;
    QTest::newRow("a trailing comma on the line before the closing bracket")
        << QByteArray("{\n  \"bilateral\": 1,\n  \"x\": [1, 2,\n  ]\n}\n")
        << u"x:3:13: error: JSON syntax error: a trailing comma before \"]\"; remove it"_s;

    // A source URL that starts with https:// is never asked to start with https://.
    const auto withUrl = [&](const QByteArray &url) -> QByteArray {
        return head + R"("source": {"name": "n", "url": ")" + url + R"("}, )" + passages + "}";
    };
    QTest::newRow("a space in a web address")
        << withUrl("https://example.org/a b")
        << u"x:1:104: error: source.url: the web address holds \" \" at character 22, which a web address cannot hold; write it as %20"_s;
    QTest::newRow("a per cent sign that starts no escape")
        << withUrl("https://example.org/100%zz")
        << u"x:1:104: error: source.url: the web address holds \"%\" at character 24, which a web address cannot hold; write it as %25"_s;
    QTest::newRow("a port out of range")
        << withUrl("https://example.org:99999/")
        << u"x:1:104: error: source.url: the web address has no valid server name (such as example.org) or port, found a string (\"https://example.org:99999/\")"_s;
    QTest::newRow("an ftp address")
        << withUrl("ftp://example.org/")
        << u"x:1:104: error: source.url: expected a web address starting with https://, found a string (\"ftp://example.org/\")"_s;

    // A file cut inside a character, against bytes that are simply not UTF-8.
    const QByteArray cut = R"({"bilateral": 1, "title": {"ko": ")";
    QTest::newRow("cut after two of the three bytes of a Hangul syllable")
        << cut + "\xED\x95"
        << u"x:1:35: error: the file ends in the middle of a character (an incomplete UTF-8 sequence); it may have been cut off"_s;
    QTest::newRow("cut after the first byte of a four-byte character")
        << cut + "\xF0"
        << u"x:1:35: error: the file ends in the middle of a character (an incomplete UTF-8 sequence); it may have been cut off"_s;
    QTest::newRow("cut after three of the four bytes of an emoji")
        << cut + "\xF0\x9F\x98"
        << u"x:1:35: error: the file ends in the middle of a character (an incomplete UTF-8 sequence); it may have been cut off"_s;
    QTest::newRow("an overlong start at the end is invalid, not cut off")
        << cut + "\xE0\x80"
        << u"x:1:35: error: invalid UTF-8 (byte 0xE0); a briefing must be UTF-8 text"_s;
    QTest::newRow("a surrogate's encoding at the end is invalid, not cut off")
        << cut + "\xED\xA0"
        << u"x:1:35: error: invalid UTF-8 (byte 0xED); a briefing must be UTF-8 text"_s;

    // UTF-16 and UTF-32 are named, with or without a byte order mark.
    const QString small = QString::fromUtf8(head + passages + "}");
    QTest::newRow("UTF-16BE without a byte order mark")
        << encoded(small, QStringConverter::Utf16BE, false)
        << u"x:1:1: error: the file is UTF-16BE text, but a briefing must be UTF-8; save it as UTF-8 (in a text editor: Save As, encoding UTF-8)"_s;
    QTest::newRow("UTF-32LE with a byte order mark")
        << encoded(small, QStringConverter::Utf32LE, true)
        << u"x:1:1: error: the file is UTF-32LE text, but a briefing must be UTF-8; save it as UTF-8 (in a text editor: Save As, encoding UTF-8)"_s;
    QTest::newRow("a NUL byte in UTF-8 text does not make it UTF-16")
        << head + QByteArray(R"("passages": [{"id": "p1", "text": {"ko": "가", "en": "A)")
            + QByteArray(1, '\0') + R"("}}]})"
        << u"x:1:127: error: JSON syntax error: a control character (U+0000) inside a string; write it as an escape such as \\t"_s;

    // Lone surrogates load, with a warning at the escape that names the field.
    const auto withText = [&](const QByteArray &text) -> QByteArray {
        return head + R"("passages": [{"id": "p1", "text": {"ko": "가", "en": ")" + text
            + R"("}}]})";
    };
    QTest::newRow("a lone high surrogate in a text")
        << withText(R"(a\ud800b)")
        << u"x:1:127: warning: passages[0].text.en: \"\\ud800\" is a lone surrogate (half of a UTF-16 pair), not a character; saving the briefing will replace it with U+FFFD (\uFFFD)"_s;
    QTest::newRow("a lone low surrogate, written in capitals")
        << withText(R"(\uDC00)")
        << u"x:1:126: warning: passages[0].text.en: \"\\uDC00\" is a lone surrogate (half of a UTF-16 pair), not a character; saving the briefing will replace it with U+FFFD (\uFFFD)"_s;
    QTest::newRow("two high surrogates in a row are two lone ones")
        << withText(R"(\ud800\ud800)")
        << u"x:1:126: warning: passages[0].text.en: \"\\ud800\" is a lone surrogate (half of a UTF-16 pair), not a character; saving the briefing will replace it with U+FFFD (\uFFFD)\nx:1:132: warning: passages[0].text.en: \"\\ud800\" is a lone surrogate (half of a UTF-16 pair), not a character; saving the briefing will replace it with U+FFFD (\uFFFD)"_s;
    QTest::newRow("a lone surrogate in a key names the key")
        << head + R"("\ud800x": 1, )" + passages + "}"
        << u"x:1:73: warning: [\"%1x\"]: unknown key \"%1x\" is ignored; expected one of: bilateral, languages, title, summary, date, source, sides, passages, issues, terms, reviews\nx:1:74: warning: [\"%1x\"]: \"\\ud800\" is a lone surrogate (half of a UTF-16 pair), not a character; saving the briefing will replace it with U+FFFD (\uFFFD)"_s
               .arg(QChar(0xD800));
    QTest::newRow("a surrogate pair is one character, no warning")
        << withText(R"(\ud83c\uddf0)") << QString();

    // References are checked against a set of those already listed, not the list itself.
    QTest::newRow("a passage listed twice by an issue is warned about at the second")
        << head + passages
            + R"(, "issues": [{"id": "i", "title": {"ko": "가", "en": "A"}, "passages": ["p1", "p1"]}]})"
        << u"x:1:208: warning: issues[0].passages[1]: passage \"p1\" is listed twice"_s;
}

void TestBriefingLoader::inlineMistakesAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const LoadResult result = BriefingLoader::parse(json, u"x"_s);
    QCOMPARE(formatDiagnostics(result.diagnostics), expected);
}

void TestBriefingLoader::htmlInTextIsKeptVerbatim()
{
    const QByteArray json =
        R"({"bilateral": 1, "title": {"ko": "<b>굵게</b>", "en": "<img src=\"file:///etc/passwd\">"},
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
    const QByteArray json =
        R"({"bilateral": 1, "title": {"ko": "t", "en": "t"}, "date": "2020-10-29",
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
    const QByteArray json =
        R"({"bilateral": 1, "title": {"ko": "", "en": "Only English"}, "date": "2021-01-02",
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
    QVERIFY(
        result.diagnostics.at(0).message.contains(u"Bilateral opens briefings of up to 64 MiB"));
    QCOMPARE(result.diagnostics.at(0).line, 0);
}

// A briefing with `passages` minimal passages, `issues` issues and `sides` sides, and a
// first passage `textLength` characters long.
static QByteArray briefingOfSize(int passages, int issues, int sides, int textLength)
{
    QByteArray json =
        R"({"bilateral": 1, "title": {"ko": "가", "en": "A"}, "date": "2020-10-29", "sides": [)";
    for (int s = 0; s < sides; ++s)
        json += (s ? "," : "") + QByteArray(R"({"id": "s)") + QByteArray::number(s)
            + R"(", "name": {"ko": "가", "en": "A"}})";
    json += R"(], "passages": [)";
    for (int p = 0; p < passages; ++p) {
        const QByteArray text = p == 0 ? QByteArray(textLength, 'x') : QByteArray("x");
        json += (p ? "," : "") + QByteArray(R"({"id": "p)") + QByteArray::number(p)
            + R"(", "text": {"ko": "가", "en": ")" + text + R"("}})";
    }
    json += R"(], "issues": [)";
    for (int i = 0; i < issues; ++i)
        json += (i ? "," : "") + QByteArray(R"({"id": "i)") + QByteArray::number(i)
            + R"(", "title": {"ko": "가", "en": "A"}})";
    return json + "]}";
}

void TestBriefingLoader::limitsAreEnforcedWithAClearError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("more passages than the limit")
        << briefingOfSize(BriefingLimits::maxPassages + 1, 0, 0, 1) << u"passages"_s
        << u"the briefing has 200001 passages; the limit is 200000"_s;
    QTest::newRow("more issues than the limit")
        << briefingOfSize(1, BriefingLimits::maxIssues + 1, 0, 1) << u"issues"_s
        << u"the briefing has 10001 issues; the limit is 10000"_s;
    QTest::newRow("more sides than the limit")
        << briefingOfSize(1, 0, BriefingLimits::maxSides + 1, 1) << u"sides"_s
        << u"the briefing has 65 sides; the limit is 64"_s;
    QTest::newRow("a passage text longer than the limit")
        << briefingOfSize(1, 0, 0, BriefingLimits::maxTextLength + 1) << u"passages[0].text.en"_s
        << u"the text is 100001 characters long; the limit is 100000"_s;
    QTest::newRow("nesting deeper than the limit") << QByteArray(R"({"bilateral": 1, "x": )")
            + QByteArray(BriefingLimits::maxNestingDepth, '[')
            + QByteArray(BriefingLimits::maxNestingDepth, ']')
            + "}" << QString() << u"values are nested more than 64 levels deep"_s;
}

void TestBriefingLoader::limitsAreEnforcedWithAClearError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const LoadResult result = BriefingLoader::parse(json, u"limits"_s);
    QCOMPARE(result.status, LoadResult::Status::Invalid);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().path, path);
    QVERIFY2(result.diagnostics.first().message.contains(message),
             qPrintable(result.diagnostics.first().message));
}

void TestBriefingLoader::aPassageListedTwiceIsWarnedAbout_data()
{
    QTest::addColumn<int>("listed"); // distinct passages listed before the first is repeated
    // A short list is searched, a long one hashed: both find the repeat.
    QTest::newRow("in a short list") << 3;
    QTest::newRow("in a long list") << 100;
}

void TestBriefingLoader::aPassageListedTwiceIsWarnedAbout()
{
    QFETCH(int, listed);
    QByteArray references;
    for (int p = 0; p < listed; ++p)
        references += "\"p" + QByteArray::number(p) + "\", ";
    QByteArray json = briefingOfSize(listed, 0, 0, 1);
    json.chop(2); // "]}"
    json += R"({"id": "i", "title": {"ko": "가", "en": "A"}, "passages": [)" + references
        + R"("p0"]}]})";
    const LoadResult result = BriefingLoader::parse(json, u"twice"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().path, u"issues[0].passages[%1]"_s.arg(listed));
    QCOMPARE(result.diagnostics.first().message, u"passage \"p0\" is listed twice"_s);
    QCOMPARE(result.briefing->issues().first().passages.size(), listed);
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
    const LoadResult result =
        BriefingLoader::loadFile(malformedDir() + u"/no-such-file.briefing"_s);
    QCOMPARE(result.status, LoadResult::Status::Unreadable);
    QVERIFY(result.diagnostics.at(0).message.contains(u"does not exist"));
}

void TestBriefingLoader::sourceMapFindsPaths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("keyOffset");
    QTest::addColumn<int>("valueOffset");

    QTest::newRow("the root is the empty path")
        << QByteArray("  {\"a\": 1}") << QString() << -1 << 2;
    QTest::newRow("a member has a key and a value") << QByteArray("{\"a\": 1}") << u"a"_s << 1 << 6;
    QTest::newRow("array elements are indexed from zero")
        << QByteArray("{\"a\": [10, 20, {\"b\": true}]}") << u"a[2].b"_s << 16 << 21;
    QTest::newRow("odd keys are quoted in brackets")
        << QByteArray("{\"x y\": null}") << u"[\"x y\"]"_s << 1 << 8;
    QTest::newRow("escaped keys are decoded")
        << QByteArray("{\"\\u0061\": 5}") << u"a"_s << 1 << 11;
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

// {"k0": 0, "k1": 1, …} with `count` keys, then `extra` keys.
static QByteArray objectWithKeys(int count, const QList<int> &extra)
{
    QByteArray json = "{";
    for (int k = 0; k < count; ++k)
        json += (k ? ", \"k" : "\"k") + QByteArray::number(k) + "\": 0";
    for (int k : extra)
        json += ", \"k" + QByteArray::number(k) + "\": 1";
    return json + "}";
}

void TestBriefingLoader::sourceMapFindsDuplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("duplicates");
    // Few keys are checked in a list, many in a set: both must find every repeat.
    QTest::newRow("a repeat among three keys") << objectWithKeys(3, {1}) << QStringList{u"k1"_s};
    QTest::newRow("no repeat among a thousand keys") << objectWithKeys(1000, {}) << QStringList();
    QTest::newRow("repeats of the first and the last of a thousand keys")
        << objectWithKeys(1000, {0, 999}) << QStringList{u"k0"_s, u"k999"_s};
    QTest::newRow("a key repeated twice after many")
        << objectWithKeys(40, {5, 5}) << QStringList{u"k5"_s, u"k5"_s};
}

void TestBriefingLoader::sourceMapFindsDuplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, duplicates);
    const JsonSourceMap map(json, {});
    QStringList found;
    for (const JsonSourceMap::DuplicateKey &duplicate : map.duplicateKeys())
        found.append(duplicate.path);
    QCOMPARE(found, duplicates);
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
    // Columns are counted in blocks of 256 bytes: rows across and at their edges.
    const QByteArray hangul = QString(300, u'한').toUtf8(); // 900 bytes on one line
    QTest::newRow("a long line of Hangul, in its first block") << hangul << 75 << 1 << 26;
    QTest::newRow("a long line of Hangul, at a block's first byte") << hangul << 768 << 1 << 257;
    QTest::newRow("a long line of Hangul, at its end") << hangul << 900 << 1 << 301;
    QTest::newRow("a line that starts inside a block and ends in the next")
        << QByteArray("x\n") + QByteArray(600, 'a') << 602 << 2 << 601;
    QTest::newRow("the end of a text that fills whole blocks")
        << QByteArray(512, 'a') << 512 << 1 << 513;
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

void TestBriefingLoader::lineIndexAgreesWithCountingFromTheLineStart()
{
    // Lines of every length, some far longer than a block, in one-, two-, three- and
    // four-byte characters.
    QString text;
    const QStringList pieces{u"a"_s, u"é"_s, u"한국"_s, u"🇰🇷"_s, u" "_s};
    for (int line = 0; line < 40; ++line) {
        for (int i = 0; i < line * line; ++i)
            text += pieces.at((line + i) % pieces.size());
        text += u'\n';
    }
    const QByteArray utf8 = text.toUtf8();
    const LineIndex index(utf8);
    int line = 1;
    int column = 1;
    for (qsizetype offset = 0; offset <= utf8.size(); ++offset) {
        if (offset < utf8.size() && (static_cast<unsigned char>(utf8[offset]) & 0xC0) == 0x80)
            continue; // not the start of a character
        const LineIndex::Position position = index.position(offset);
        QCOMPARE(position.line, line);
        QCOMPARE(position.column, column);
        if (offset < utf8.size() && utf8[offset] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

void TestBriefingLoader::worstCasesLoadWithEveryDiagnostic_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("warnings"); // all on line 1
    QTest::addColumn<int>("lastWarningColumn");
    QTest::addColumn<int>("passagesPerIssue");
    QTest::addColumn<int>("titleLanguages");

    // Smaller than the bench's (200,000 warnings, 20 × 200,000 references, 50,000
    // languages), the same shapes; the bench times them, this checks what they give.
    const QByteArray oneLine = WorstCaseBriefings::warningsOnOneLine(3000);
    const int lastNote =
        int(QString::fromUtf8(oneLine.first(oneLine.lastIndexOf("\"note\""))).size());
    QTest::newRow("one line with a warning per passage")
        << oneLine << 3000 << lastNote + 1 << 0 << 2;
    QTest::newRow("every issue lists every passage")
        << WorstCaseBriefings::issuesListingEveryPassage(3000, 4) << 0 << 0 << 3000 << 2;
    QTest::newRow("a title in thousands of languages")
        << WorstCaseBriefings::titleInManyLanguages(3000) << 0 << 0 << 0 << 3002;
}

void TestBriefingLoader::worstCasesLoadWithEveryDiagnostic()
{
    QFETCH(QByteArray, json);
    QFETCH(int, warnings);
    QFETCH(int, lastWarningColumn);
    QFETCH(int, passagesPerIssue);
    QFETCH(int, titleLanguages);
    const LoadResult result = BriefingLoader::parse(json, u"worst.briefing"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics.size(), warnings);
    for (const Diagnostic &diagnostic : result.diagnostics) {
        QVERIFY(!diagnostic.isError());
        QCOMPARE(diagnostic.line, 1);
    }
    if (warnings > 0) {
        QCOMPARE(result.diagnostics.last().column, lastWarningColumn);
        QCOMPARE(result.diagnostics.last().path, u"passages[%1].note"_s.arg(warnings - 1));
    }
    for (const Issue &issue : result.briefing->issues()) {
        QCOMPARE(issue.passages.size(), passagesPerIssue);
        QCOMPARE(issue.relevantPassages.size(), passagesPerIssue);
    }
    QCOMPARE(result.briefing->title().languages().size(), titleLanguages);
    QCOMPARE(result.briefing->languagesInUse().size(), titleLanguages);
    QCOMPARE(result.briefing->title().text(u"zz-k03000"),
             titleLanguages > 2 ? u"Title 3000"_s : QString());
}

void TestBriefingLoader::diagnosticFormatsLikeACompiler()
{
    Diagnostic diagnostic{Diagnostic::Severity::Error, u"a.briefing"_s,        3, 7,
                          u"issues[0].id"_s,           u"something is wrong"_s};
    QCOMPARE(diagnostic.toString(), u"a.briefing:3:7: error: issues[0].id: something is wrong"_s);
    diagnostic.severity = Diagnostic::Severity::Warning;
    diagnostic.path.clear();
    QCOMPARE(diagnostic.toString(), u"a.briefing:3:7: warning: something is wrong"_s);
    diagnostic.line = 0;
    QCOMPARE(diagnostic.toString(), u"a.briefing: warning: something is wrong"_s);
}

// The SHA-256 names the source in the brief's footer; --check and the library skip it.
void TestBriefingLoader::digestOnlyWhenAsked()
{
    const QString path = SampleBriefing::resourcePath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    const LoadResult computed = BriefingLoader::loadFile(path);
    QVERIFY(computed.ok());
    QCOMPARE(computed.sha256, expected);
    const LoadResult skipped = BriefingLoader::loadFile(path, {}, BriefingLoader::Digest::Skip);
    QVERIFY(skipped.ok());
    QVERIFY(skipped.sha256.isEmpty());
    QCOMPARE(skipped.briefing->data(), computed.briefing->data());
}

QTEST_GUILESS_MAIN(TestBriefingLoader)
#include "tst_briefingloader.moc"
