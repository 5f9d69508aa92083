#include "format/briefingloader.h"
#include "format/briefingwriter.h"
#include "import/briefingimport.h"
#include "import/stateddate.h"
#include "import/textimport.h"
#include "import/webcopy.h"
#include "model/briefinglimits.h"
#include "realtext.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// From raw Korean and English copy to a briefing that passes --check.
class TestBriefingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlinesBecomeTheTitleAndParagraphsSurvive();
    void commandLineImportsTwoFiles_data();
    void commandLineImportsTwoFiles();
    void commandLineImportsOneMixedFile();
    void commandLineImportsOneFileHoldingBothLanguages_data();
    void commandLineImportsOneFileHoldingBothLanguages();
    void commandLineRefusesUnreadableInput_data();
    void commandLineRefusesUnreadableInput();
    void commandLineRefusesATextLargerThanABriefing();
    void commandLineImportsJapanese_data();
    void commandLineImportsJapanese();
    void commandLineRefusesBadTextLanguages_data();
    void commandLineRefusesBadTextLanguages();
    void passagesKeepTheAlignersConfidence();
    void findsTheDateTheCopyStates_data();
    void findsTheDateTheCopyStates();
    void theDateStatedBecomesTheBriefingsDate();
    void pageFurnitureIsLeftOut_data();
    void pageFurnitureIsLeftOut();
    void wireCopyFromAPageImportsCleanly();
};

static const QString korean =
    u"한일 국장급 협의 개최\n\n"
    u"한국과 일본이 29일 서울에서 국장급 협의를 열었다. 양측은 강제징용 문제를 논의했다.\n\n"
    u"한국은 수출규제 철회를 요구했다. 일본은 기존 입장을 되풀이했다.\n"_s;
static const QString english =
    u"Korea and Japan hold director-general talks\n\n"
    u"South Korea and Japan held director-general talks in Seoul on the 29th. "
    u"The two sides discussed the forced labour issue.\n\n"
    u"Seoul asked Tokyo to lift its export curbs. Tokyo restated its position.\n"_s;

static QString write(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

static int runBilateral(const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE), arguments);
    if (!process.waitForFinished(60'000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

void TestBriefingImport::headlinesBecomeTheTitleAndParagraphsSurvive()
{
    const Briefing briefing = BriefingImport::fromTexts(korean, english, QDate(2020, 10, 29));
    QCOMPARE(briefing.title().text(u"ko"), u"한일 국장급 협의 개최"_s);
    QCOMPARE(briefing.title().text(u"en"), u"Korea and Japan hold director-general talks"_s);
    QCOMPARE(briefing.date(), QDate(2020, 10, 29));
    QCOMPARE(briefing.passages().size(), 4);
    QVERIFY(briefing.passages().at(0).startsParagraph);
    QVERIFY(!briefing.passages().at(1).startsParagraph);
    QVERIFY(briefing.passages().at(2).startsParagraph);
    QCOMPARE(briefing.passages().at(2).text[0], u"한국은 수출규제 철회를 요구했다."_s);
    QCOMPARE(briefing.passages().at(2).text[1], u"Seoul asked Tokyo to lift its export curbs."_s);
}

void TestBriefingImport::commandLineImportsTwoFiles_data()
{
    QTest::addColumn<QByteArray>("koreanBytes");
    // From an older Windows system.
    QStringEncoder cp949("windows-949"); // ICU's "CP949" is IBM's code page
    QTest::newRow("Korean in CP949") << QByteArray(cp949(korean));
    // As Windows' "Unicode" without its byte order mark.
    QStringEncoder utf16le(QStringConverter::Utf16LE);
    QTest::newRow("Korean in UTF-16LE without a byte order mark") << QByteArray(utf16le(korean));
    QStringEncoder utf16be(QStringConverter::Utf16BE);
    QTest::newRow("Korean in UTF-16BE without a byte order mark") << QByteArray(utf16be(korean));
}

void TestBriefingImport::commandLineImportsTwoFiles()
{
    QFETCH(QByteArray, koreanBytes);
    QTemporaryDir dir;
    const QString ko = write(dir, u"ko.txt"_s, koreanBytes);
    const QString en = write(dir, u"en.txt"_s, english.toUtf8()); // English in UTF-8
    const QString out = dir.filePath(u"out.briefing"_s);
    QCOMPARE(runBilateral({u"--import"_s, en, ko, u"-o"_s, out}), 0); // either order
    const LoadResult loaded = BriefingLoader::loadFile(out);
    QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(),
             qPrintable(formatDiagnostics(loaded.diagnostics)));
    QCOMPARE(loaded.briefing->passages().size(), 4);
    QCOMPARE(loaded.briefing->passages().at(0).text[0].left(5), u"한국과 일"_s);
    QCOMPARE(runBilateral({u"--check"_s, out}), 0);
}

void TestBriefingImport::commandLineImportsOneMixedFile()
{
    QTemporaryDir dir;
    // One wire text: the Korean headline above the English body.
    const QString wire =
        write(dir, u"wire.txt"_s, (u"한일 국장급 협의 개최\n\n"_s + english).toUtf8());
    const QString out = dir.filePath(u"wire.briefing"_s);
    QCOMPARE(runBilateral({u"--import"_s, wire, u"-o"_s, out}), 0);
    const LoadResult loaded = BriefingLoader::loadFile(out);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.briefing->title().text(u"ko"), u"한일 국장급 협의 개최"_s);
    QCOMPARE(loaded.briefing->passages().size(), 4); // English only: each passage has no Korean yet
    QVERIFY(loaded.briefing->passages().at(0).text[0].isEmpty());
}

void TestBriefingImport::commandLineImportsOneFileHoldingBothLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("each Korean sentence followed by its English")
        << u"한일 국장급 협의 개최 Korea and Japan hold director-general talks\n\n"
           u"한국과 일본이 29일 서울에서 국장급 협의를 열었다. South Korea and Japan held "
           u"director-general talks in Seoul on the 29th. 양측은 강제징용 문제를 논의했다. The "
           u"two sides discussed the forced labour issue.\n\n"
           u"한국은 수출규제 철회를 요구했다. Seoul asked Tokyo to lift its export curbs. "
           u"일본은 기존 입장을 되풀이했다. Tokyo restated its position.\n"_s;
    QTest::newRow("each Korean sentence with its English in brackets")
        << u"한일 국장급 협의 개최 (Korea and Japan hold director-general talks)\n\n"
           u"한국과 일본이 29일 서울에서 국장급 협의를 열었다. (South Korea and Japan held "
           u"director-general talks in Seoul on the 29th.) 양측은 강제징용 문제를 논의했다. "
           u"(The two sides discussed the forced labour issue.)\n\n"
           u"한국은 수출규제 철회를 요구했다. (Seoul asked Tokyo to lift its export curbs.) "
           u"일본은 기존 입장을 되풀이했다. (Tokyo restated its position.)\n"_s;
    QTest::newRow("Korean and English lines taking turns")
        << u"한일 국장급 협의 개최\nKorea and Japan hold director-general talks\n\n"
           u"한국과 일본이 29일 서울에서 국장급 협의를 열었다.\nSouth Korea and Japan held "
           u"director-general talks in Seoul on the 29th.\n양측은 강제징용 문제를 논의했다.\n"
           u"The two sides discussed the forced labour issue.\n\n"
           u"한국은 수출규제 철회를 요구했다.\nSeoul asked Tokyo to lift its export curbs.\n"
           u"일본은 기존 입장을 되풀이했다.\nTokyo restated its position.\n"_s;
}

// Copy that interleaves both languages makes the briefing the two texts apart make.
void TestBriefingImport::commandLineImportsOneFileHoldingBothLanguages()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString input = write(dir, u"both.txt"_s, text.toUtf8());
    const QString out = dir.filePath(u"both.briefing"_s);
    QCOMPARE(runBilateral({u"--import"_s, input, u"-o"_s, out}), 0);
    const LoadResult loaded = BriefingLoader::loadFile(out);
    QVERIFY(loaded.ok());
    const Briefing expected = BriefingImport::fromTexts(korean, english, QDate(2020, 10, 29));
    QCOMPARE(loaded.briefing->title().text(u"ko"), expected.title().text(u"ko"));
    QCOMPARE(loaded.briefing->title().text(u"en"), expected.title().text(u"en"));
    QCOMPARE(loaded.briefing->passages().size(), expected.passages().size());
    for (qsizetype i = 0; i < expected.passages().size(); ++i) {
        QCOMPARE(loaded.briefing->passages().at(i).text, expected.passages().at(i).text);
        QCOMPARE(loaded.briefing->passages().at(i).startsParagraph,
                 expected.passages().at(i).startsParagraph);
    }
}

void TestBriefingImport::commandLineRefusesUnreadableInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("a missing file cannot be read")
        << QByteArray() << false << 2 << QByteArray("cannot read");
    QTest::newRow("bytes that are no known text encoding")
        << QByteArray("\x80\x81\xff\xfe\xfd\xc0\xc1\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc", 15) << true
        << 1 << QByteArray("save it as UTF-8");
    QTest::newRow("an empty file holds nothing to import")
        << QByteArray("\n\n") << true << 1 << QByteArray("no text");
}

void TestBriefingImport::commandLineRefusesUnreadableInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, exists);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString input = exists ? write(dir, u"in.txt"_s, bytes) : dir.filePath(u"missing.txt"_s);
    const QString out = dir.filePath(u"out.briefing"_s);
    QByteArray err;
    QCOMPARE(runBilateral({u"--import"_s, input, u"-o"_s, out}, &err), exitCode);
    QVERIFY2(err.contains(message), err.constData());
    QVERIFY(!QFile::exists(out));
}

// Endless input is refused before anything is read: /dev/zero and pipes as not regular files
// (tests/cli/tst_filesafety.cpp), and a regular file by its size, which no briefing reaches.
void TestBriefingImport::commandLineRefusesATextLargerThanABriefing()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(BriefingLimits::maxFileBytes + 1)); // sparse: nothing written
    file.close();
    const QString out = dir.filePath(u"out.briefing"_s);
    QByteArray err;
    QCOMPARE(runBilateral({u"--import"_s, file.fileName(), u"-o"_s, out}, &err), 2);
    QVERIFY2(err.contains("Bilateral imports texts of up to 64 MiB"), err.constData());
    QVERIFY(!QFile::exists(out));
}

// Real Japanese that nobody here wrote, with its English: messages of Debian's coreutils,
// one paragraph a message.
static std::pair<QString, QString> realJapanese()
{
    QStringList japanese;
    QStringList translated;
    for (const RealText::Pair &message :
         RealText::gettextMessages(RealText::catalogue(u"ja"_s, u"coreutils"_s))) {
        if (message.english.contains(u'%') || message.english.contains(u"  "_s)
            || message.english.contains(u'\t') || message.english.size() < 60
            || message.english.contains(u'\n'))
            continue;
        japanese.append(message.translation.simplified());
        translated.append(message.english.simplified());
        if (japanese.size() == 40)
            break;
    }
    return {japanese.join(u"\n\n"), translated.join(u"\n\n")};
}

void TestBriefingImport::commandLineImportsJapanese_data()
{
    QTest::addColumn<bool>("englishFirst");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("Japanese, then English") << false << QStringList();
    QTest::newRow("English, then Japanese") << true << QStringList();
    QTest::newRow("languages named on the command line")
        << false << QStringList{u"--text-languages"_s, u"ja,en"_s};
}

// Japanese is stored as Japanese: the briefing's languages, every passage's keys, the
// title; and the summary on stderr says what was made.
void TestBriefingImport::commandLineImportsJapanese()
{
    QFETCH(bool, englishFirst);
    QFETCH(QStringList, options);
    const auto [japanese, translation] = realJapanese();
    QVERIFY2(japanese.count(u"\n\n"_s) >= 30, "coreutils' Japanese catalogue is missing");
    QTemporaryDir dir;
    const QString ja = write(dir, u"ja.txt"_s, japanese.toUtf8());
    const QString en = write(dir, u"en.txt"_s, translation.toUtf8());
    const QString out = dir.filePath(u"ja.briefing"_s);
    QByteArray err;
    QCOMPARE(runBilateral(QStringList{u"--import"_s, englishFirst ? en : ja, englishFirst ? ja : en,
                                      u"-o"_s, out}
                              + options,
                          &err),
             0);
    const LoadResult loaded = BriefingLoader::loadFile(out);
    QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(),
             qPrintable(formatDiagnostics(loaded.diagnostics)));
    const Briefing &briefing = *loaded.briefing;
    QCOMPARE(briefing.languages()[0], u"ja"_s);
    QCOMPARE(briefing.languages()[1], u"en"_s);
    QVERIFY(!briefing.title().text(u"ja"_s).isEmpty());
    QVERIFY(briefing.title().text(u"ko"_s).isEmpty());
    qsizetype paired = 0;
    for (const Passage &passage : briefing.passages()) {
        paired += !passage.text[0].isEmpty() && !passage.text[1].isEmpty() ? 1 : 0;
        QVERIFY(passage.confidence.has_value());
    }
    QVERIFY(paired >= 30); // 34 of 40 messages on 30 November 2026; a few short ones pair up
    QVERIFY(briefing.passages().constFirst().text[0].contains(QChar(u'\u3002'))
            || TextImport::detectLanguage(briefing.passages().constFirst().text[0]) == u"ja"_s);
    const QString summary = QString::fromUtf8(err);
    QVERIFY2(summary.contains(u"(Japanese and English): "_s) && summary.contains(u" pairs, "_s),
             qPrintable(summary));
}

void TestBriefingImport::commandLineRefusesBadTextLanguages_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("one language") << u"ja"_s;
    QTest::newRow("the same language twice") << u"en,en"_s;
    QTest::newRow("not a language code") << u"japanese!,en"_s;
    QTest::newRow("three languages") << u"ko,ja,en"_s;
}

void TestBriefingImport::commandLineRefusesBadTextLanguages()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString ko = write(dir, u"ko.txt"_s, korean.toUtf8());
    const QString out = dir.filePath(u"x.briefing"_s);
    QByteArray err;
    QCOMPARE(runBilateral({u"--import"_s, ko, u"-o"_s, out, u"--text-languages"_s, value}, &err),
             2);
    QVERIFY2(err.contains("--text-languages expects two different language codes such as ja,en"),
             err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestBriefingImport::passagesKeepTheAlignersConfidence()
{
    BriefingImport::Summary summary;
    const Briefing briefing = BriefingImport::fromTexts(korean, english, {u"ko"_s, u"en"_s},
                                                        QDate(2020, 10, 29), &summary);
    QCOMPARE(summary.pairs + summary.oneSided, briefing.passages().size());
    for (const Passage &passage : briefing.passages()) {
        QVERIFY(passage.confidence.has_value());
        QVERIFY(*passage.confidence >= 0.0 && *passage.confidence <= 1.0);
    }
    // Written with two decimals and read back.
    QTemporaryDir dir;
    const QString out = dir.filePath(u"c.briefing"_s);
    QVERIFY(BriefingWriter::save(briefing, out).isEmpty());
    const LoadResult loaded = BriefingLoader::loadFile(out);
    QVERIFY(loaded.ok());
    for (qsizetype i = 0; i < briefing.passages().size(); ++i) {
        QCOMPARE(*loaded.briefing->passages().at(i).confidence,
                 std::round(*briefing.passages().at(i).confidence * 100) / 100);
    }
}

void TestBriefingImport::findsTheDateTheCopyStates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    const QDate talks(2020, 10, 29);
    QTest::newRow("Korean") << u"(서울=연합뉴스) 2020년 10월 29일 한일 국장급 협의가 열렸다."_s
                            << talks;
    QTest::newRow("Korean without spaces") << u"2020년10월29일 오후"_s << talks;
    QTest::newRow("Japanese") << u"【ソウル＝共同】2020年10月29日、日韓局長級協議が開かれた。"_s
                              << talks;
    QTest::newRow("Japanese with full-width digits") << u"２０２０年１０月２９日"_s << talks;
    QTest::newRow("day month year") << u"SEOUL, 29 October 2020 — Diplomats met."_s << talks;
    QTest::newRow("month day, year") << u"Posted October 29, 2020 at 5:01 pm"_s << talks;
    QTest::newRow("an abbreviated month") << u"Oct. 29, 2020 (Yonhap)"_s << talks;
    QTest::newRow("ISO") << u"Date: 2020-10-29"_s << talks;
    QTest::newRow("the first of two dates")
        << u"On 29 October 2020 they recalled 3 July 2019."_s << talks;
    QTest::newRow("a day without a month or year is no date")
        << u"회담은 29일 열렸다."_s << QDate();
    QTest::newRow("an impossible date is no date") << u"2020년 13월 40일"_s << QDate();
    QTest::newRow("a word that is no month") << u"Seoul 29 Monday 2020"_s << QDate();
    QTest::newRow("nothing") << QString() << QDate();
}

void TestBriefingImport::findsTheDateTheCopyStates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(StatedDate::find(text), date);
}

void TestBriefingImport::theDateStatedBecomesTheBriefingsDate()
{
    const QDate today(2026, 11, 30);
    const Briefing stated =
        BriefingImport::fromTexts(u"2020년 10월 29일 서울에서 협의가 열렸다."_s,
                                  u"Talks were held in Seoul."_s, {u"ko"_s, u"en"_s}, today);
    QCOMPARE(stated.date(), QDate(2020, 10, 29));
    const Briefing inEnglish = BriefingImport::fromTexts(
        u"서울에서 협의가 열렸다."_s, u"Talks were held in Seoul on 29 October 2020."_s,
        {u"ko"_s, u"en"_s}, today);
    QCOMPARE(inEnglish.date(), QDate(2020, 10, 29));
    const Briefing given = BriefingImport::fromTexts(
        u"서울에서 협의가 열렸다."_s, u"Talks were held in Seoul."_s, {u"ko"_s, u"en"_s}, today);
    QCOMPARE(given.date(), today);
    // None stated, none given: no date rather than today's, and it saves and loads so.
    const Briefing none = BriefingImport::fromTexts(
        u"서울에서 협의가 열렸다."_s, u"Talks were held in Seoul."_s, {u"ko"_s, u"en"_s}, QDate());
    QVERIFY(!none.date().isValid());
    QTemporaryDir dir;
    const QString out = dir.filePath(u"undated.briefing"_s);
    QVERIFY(BriefingWriter::save(none, out).isEmpty());
    const LoadResult loaded = BriefingLoader::loadFile(out);
    QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(),
             qPrintable(formatDiagnostics(loaded.diagnostics)));
    QVERIFY(!loaded.briefing->date().isValid());
}

void TestBriefingImport::pageFurnitureIsLeftOut_data()
{
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("byline");
    QTest::newRow("a relative time after the headline")
        << u"Seoul and Tokyo hold talks • 3 years ago\nThe talks ended."_s
        << u"Seoul and Tokyo hold talks\nThe talks ended."_s << QString();
    QTest::newRow("a relative time alone")
        << u"5 hours ago\nThe talks ended."_s << u"The talks ended."_s << QString();
    QTest::newRow("Korean relative time") << u"한일 협의 개최 · 5분 전\n회담이 끝났다."_s
                                          << u"한일 협의 개최\n회담이 끝났다."_s << QString();
    QTest::newRow("Japanese relative time")
        << u"日韓協議 | 3年前\n協議は終わった。"_s << u"日韓協議\n協議は終わった。"_s << QString();
    QTest::newRow("Recommended, Share and Advertisement lines")
        << u"The talks ended.\nRecommended\nShare on Facebook\nADVERTISEMENT\nNo date was set."_s
        << u"The talks ended.\nNo date was set."_s << QString();
    QTest::newRow("Korean and Japanese furniture")
        << u"회담이 끝났다.\n관련기사\n구독하기\n関連記事\n다음 일정은 없다."_s
        << u"회담이 끝났다.\n다음 일정은 없다."_s << QString();
    QTest::newRow("an English byline goes to the source")
        << u"By Kim Min-ji and Lee Joon\nThe talks ended."_s << u"The talks ended."_s
        << u"By Kim Min-ji and Lee Joon"_s;
    QTest::newRow("a Korean byline goes to the source")
        << u"김민지 기자 minji@example.com\n회담이 끝났다."_s << u"회담이 끝났다."_s
        << u"김민지 기자 minji@example.com"_s;
    QTest::newRow("prose that mentions time ago stays")
        << u"The agreement was signed three years ago.\nIt lapsed 2 years ago"_s
        << u"The agreement was signed three years ago.\nIt lapsed 2 years ago"_s << QString();
    QTest::newRow("a sentence starting with Share stays")
        << u"Share prices rose after the talks."_s << u"Share prices rose after the talks."_s
        << QString();
    QTest::newRow("blank lines stay")
        << u"One.\n\nRecommended\n\nTwo."_s << u"One.\n\n\nTwo."_s << QString();
}

void TestBriefingImport::pageFurnitureIsLeftOut()
{
    QFETCH(QString, copy);
    QFETCH(QString, text);
    QFETCH(QString, byline);
    const WebCopy::Cleaned cleaned = WebCopy::clean(copy);
    QCOMPARE(cleaned.text, text);
    QCOMPARE(cleaned.byline, byline);
}

// The copy Bilateral is made for, as it comes off a news page: a Korean headline with its
// relative time, a byline, an English body with a paragraph a line, "Recommended".
void TestBriefingImport::wireCopyFromAPageImportsCleanly()
{
    const QString koreanCopy =
        u"한일 국장급 협의, 입장차 재확인 • 3 years ago\n김민지 기자\n"
        u"2020년 10월 29일 서울에서 한일 국장급 협의가 열렸다. 양측은 강제징용 문제를 "
        u"논의했다.\n한국은 수출규제 철회를 요구했다. 일본은 기존 입장을 되풀이했다.\n추천"_s;
    const QString englishCopy =
        u"Seoul and Tokyo restate their differences\nBy Kim Min-ji\n"
        u"South Korea and Japan held director-general talks in Seoul on 29 October 2020. The "
        u"two sides discussed the wartime labour issue.\nSeoul asked Tokyo to lift its export "
        u"curbs on three materials. Tokyo restated the position it has held since 2019.\n"
        u"Recommended\nShare this article"_s;
    BriefingImport::Summary summary;
    const Briefing briefing = BriefingImport::fromTexts(koreanCopy, englishCopy, {u"ko"_s, u"en"_s},
                                                        QDate(2026, 11, 30), &summary);
    QCOMPARE(briefing.title().text(u"ko"_s), u"한일 국장급 협의, 입장차 재확인"_s);
    QCOMPARE(briefing.title().text(u"en"_s), u"Seoul and Tokyo restate their differences"_s);
    QCOMPARE(briefing.date(), QDate(2020, 10, 29));
    QCOMPARE(briefing.source().name, u"김민지 기자"_s);
    QCOMPARE(briefing.passages().size(), 4);
    QCOMPARE(summary.oneSided, 0);
    for (const Passage &passage : briefing.passages()) {
        QVERIFY(!passage.text[0].contains(u"추천"_s));
        QVERIFY(!passage.text[1].contains(u"Recommended"_s));
    }
    // A paragraph a line: the second line of each body starts a paragraph.
    QVERIFY(briefing.passages().at(2).startsParagraph);
    QCOMPARE(briefing.passages().at(2).text[1].left(10), u"Seoul aske"_s);
}

QTEST_GUILESS_MAIN(TestBriefingImport)
#include "tst_briefingimport.moc"
