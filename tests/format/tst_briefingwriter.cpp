#include "briefinggenerator.h"
#include "format/briefingloader.h"
#include "format/briefingwriter.h"
#include "format/samplebriefing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Saving briefings: what the importer and the editor stand on.
class TestBriefingWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleRoundTrips();
    void generatedBriefingsRoundTrip_data();
    void generatedBriefingsRoundTrip();
    void awkwardTextRoundTrips_data();
    void awkwardTextRoundTrips();
    void loneSurrogatesAreSavedAsReplacementCharacters_data();
    void loneSurrogatesAreSavedAsReplacementCharacters();
    void extraLanguagesFollowTheBriefingsTwo();
    void savedFileChecksWithoutDiagnostics();
    void saveReplacesAtomicallyAndFailsCleanly();
};

static Briefing roundTrip(const Briefing &briefing, Diagnostics *diagnostics = nullptr)
{
    const LoadResult result = BriefingLoader::parse(BriefingWriter::toJson(briefing), u"saved"_s);
    if (diagnostics)
        *diagnostics = result.diagnostics;
    return result.briefing.value_or(Briefing());
}

void TestBriefingWriter::sampleRoundTrips()
{
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    Diagnostics diagnostics;
    QCOMPARE(roundTrip(sample, &diagnostics), sample);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(formatDiagnostics(diagnostics)));
}

void TestBriefingWriter::generatedBriefingsRoundTrip_data()
{
    QTest::addColumn<int>("passages");
    QTest::addColumn<int>("issues");
    QTest::addColumn<int>("sides");
    QTest::addColumn<int>("seed");
    QTest::newRow("a small briefing with three sides") << 40 << 4 << 3 << 1;
    QTest::newRow("a briefing with four sides and many issues") << 400 << 40 << 4 << 2;
    QTest::newRow("a briefing with one side") << 120 << 10 << 1 << 3;
}

void TestBriefingWriter::generatedBriefingsRoundTrip()
{
    QFETCH(int, passages);
    QFETCH(int, issues);
    QFETCH(int, sides);
    QFETCH(int, seed);
    GeneratorOptions options;
    options.passages = passages;
    options.issues = issues;
    options.sides = sides;
    options.seed = quint32(seed);
    const LoadResult generated = BriefingLoader::parse(generateBriefing(options), u"generated"_s);
    QVERIFY(generated.ok());
    Diagnostics diagnostics;
    QCOMPARE(roundTrip(*generated.briefing, &diagnostics), *generated.briefing);
    QVERIFY(diagnostics.isEmpty());
}

void TestBriefingWriter::awkwardTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and backslashes") << u"He said \"no\" \\ twice"_s;
    QTest::newRow("control characters") << u"tab\there\u0001bell"_s;
    QTest::newRow("a line break inside a text") << u"first\nsecond"_s;
    QTest::newRow("characters outside the BMP") << u"emoji 🇰🇷🇯🇵 and 𠀀"_s;
    QTest::newRow("markup stays text") << u"<b>bold</b> & <img src=x>"_s;
    QTest::newRow("Korean and Japanese") << u"한국어 日本語 カタカナ"_s;
}

void TestBriefingWriter::awkwardTextRoundTrips()
{
    QFETCH(QString, text);
    BriefingData data;
    data.title = LocalizedText{{u"ko"_s, text}, {u"en"_s, text}};
    data.date = QDate(2021, 1, 2);
    data.passages.append({u"p1"_s, {text, text}, true, {}});
    const Briefing briefing(data);
    const Briefing back = roundTrip(briefing);
    QCOMPARE(back.passages().value(0).text[1], text);
    QCOMPARE(back.title().text(u"ko"), text);
}

void TestBriefingWriter::loneSurrogatesAreSavedAsReplacementCharacters_data()
{
    // The loader warns that a lone surrogate will become U+FFFD on save (toUtf8() alone
    // would write "?"); a pair is one character and stays.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("saved");
    const QChar high(char16_t(0xD83C));
    const QChar low(char16_t(0xDDF0));
    QTest::newRow("a lone high surrogate") << u"a"_s + high + u"b"_s << u"a\uFFFDb"_s;
    QTest::newRow("a lone low surrogate at the end") << u"a"_s + low << u"a\uFFFD"_s;
    QTest::newRow("two high surrogates") << QString(high) + high << u"\uFFFD\uFFFD"_s;
    QTest::newRow("a low surrogate before its high one")
        << QString(low) + high << u"\uFFFD\uFFFD"_s;
    QTest::newRow("a pair stays") << QString(high) + low << QString(high) + low;
}

void TestBriefingWriter::loneSurrogatesAreSavedAsReplacementCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, saved);
    BriefingData data;
    data.title = LocalizedText{{u"ko"_s, u"제목"_s}, {u"en"_s, text}};
    data.date = QDate(2021, 1, 2);
    data.passages.append({u"p1"_s, {text, text}, true, {}});
    Diagnostics diagnostics;
    const Briefing back = roundTrip(Briefing(data), &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(formatDiagnostics(diagnostics)));
    QCOMPARE(back.title().text(u"en"), saved);
    QCOMPARE(back.passages().value(0).text[0], saved);
}

void TestBriefingWriter::extraLanguagesFollowTheBriefingsTwo()
{
    BriefingData data;
    data.title = LocalizedText{{u"ja"_s, u"題"_s}, {u"en"_s, u"Title"_s}, {u"zh"_s, u"标题"_s}};
    data.date = QDate(2021, 1, 2);
    data.passages.append({u"p1"_s, {u"가"_s, u"A"_s}, true, {}});
    const QByteArray json = BriefingWriter::toJson(Briefing(data));
    // Korean is missing, and written empty, so the file holds both of its languages.
    QVERIFY2(json.contains(R"("title": {"ko": "", "en": "Title", "ja": "題", "zh": "标题"})"),
             json.constData());
}

void TestBriefingWriter::savedFileChecksWithoutDiagnostics()
{
    QTemporaryDir dir;
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    const QString path = dir.filePath(u"saved.briefing"_s);
    QCOMPARE(BriefingWriter::save(sample, path), QString());
    const LoadResult loaded = BriefingLoader::loadFile(path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.diagnostics.isEmpty());
    QCOMPARE(*loaded.briefing, sample);
}

void TestBriefingWriter::saveReplacesAtomicallyAndFailsCleanly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"existing.briefing"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
    }
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    QCOMPARE(BriefingWriter::save(sample, path), QString());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("{\n  \"bilateral\": 1,"));
    // A folder that does not exist: an error, and nothing left behind.
    QVERIFY(!BriefingWriter::save(sample, dir.filePath(u"missing/x.briefing"_s)).isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"missing/x.briefing"_s)));
}

QTEST_GUILESS_MAIN(TestBriefingWriter)
#include "tst_briefingwriter.moc"
