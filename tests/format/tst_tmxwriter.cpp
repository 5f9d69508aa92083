#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "format/tmxwriter.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
// A translation unit as read back from the file.
struct Unit
{
    QString id;
    QString confidence;
    QStringList languages;
    QStringList segments;
};

// Reads `tmx` and checks it against the rules of the TMX 1.4b DTD (the LISA specification,
// section 3): the document type, <tmx version="1.4"> holding one <header> with its seven
// required attributes and a valid segtype, then one <body> of <tu>s; in each <tu>, <prop>s
// and <note>s before one or more <tuv xml:lang>, each holding exactly one <seg> of text.
// An empty string, or what is wrong.
QString checkTmx(const QByteArray &tmx, QList<Unit> *units)
{
    QXmlStreamReader xml(tmx);
    const auto next = [&xml]() {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() || xml.isEndElement() || xml.isDTD())
                return;
            if (xml.isCharacters() && !xml.isWhitespace())
                return;
        }
    };
    next();
    if (!xml.isDTD() || !xml.text().contains(u"tmx14.dtd"))
        return u"no <!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"_s;
    next();
    if (xml.name() != u"tmx" || xml.attributes().value(u"version"_s) != u"1.4")
        return u"the root is not <tmx version=\"1.4\">"_s;
    next();
    if (xml.name() != u"header")
        return u"<header> does not come first"_s;
    for (const char16_t *required : {u"creationtool", u"creationtoolversion", u"segtype", u"o-tmf",
                                     u"adminlang", u"srclang", u"datatype"}) {
        if (xml.attributes().value(QString::fromUtf16(required)).isEmpty())
            return u"<header> lacks %1"_s.arg(QStringView(required));
    }
    const QSet<QString> segtypes{u"block"_s, u"paragraph"_s, u"sentence"_s, u"phrase"_s};
    if (!segtypes.contains(xml.attributes().value(u"segtype"_s).toString()))
        return u"segtype is not one of block, paragraph, sentence, phrase"_s;
    next();
    if (!xml.isEndElement())
        return u"<header> holds something"_s;
    next();
    if (xml.name() != u"body")
        return u"no <body> after <header>"_s;
    for (next(); xml.isStartElement() && xml.name() == u"tu"; next()) {
        Unit unit;
        unit.id = xml.attributes().value(u"tuid"_s).toString();
        next();
        while (xml.isStartElement() && (xml.name() == u"prop" || xml.name() == u"note")) {
            const bool confidence = xml.attributes().value(u"type"_s) == u"x-bilateral-confidence";
            const QString text = xml.readElementText();
            if (confidence)
                unit.confidence = text;
            next();
        }
        while (xml.isStartElement() && xml.name() == u"tuv") {
            const QString language = xml.attributes().value(u"xml:lang"_s).toString();
            if (language.isEmpty())
                return u"a <tuv> without xml:lang in %1"_s.arg(unit.id);
            next();
            if (xml.name() != u"seg")
                return u"a <tuv> without <seg> in %1"_s.arg(unit.id);
            unit.languages.append(language);
            unit.segments.append(xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement));
            next();
            if (!xml.isEndElement() || xml.name() != u"tuv")
                return u"a <tuv> holds more than its <seg> in %1"_s.arg(unit.id);
            next();
        }
        if (unit.languages.isEmpty())
            return u"a <tu> without <tuv> (%1)"_s.arg(unit.id);
        if (!xml.isEndElement() || xml.name() != u"tu")
            return u"something after the <tuv>s of %1"_s.arg(unit.id);
        units->append(unit);
    }
    if (!xml.isEndElement() || xml.name() != u"body")
        return u"<body> holds something else than <tu>s"_s;
    next();
    if (!xml.isEndElement() || xml.name() != u"tmx")
        return u"something after <body>"_s;
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError() ? u"not well-formed: "_s + xml.errorString() : QString();
}

Briefing briefingWith(const QList<Passage> &passages, const std::array<QString, 2> &languages)
{
    BriefingData data;
    data.languages = languages;
    data.title.insert(languages[0], u"t"_s);
    data.title.insert(languages[1], u"t"_s);
    data.date = QDate(2020, 10, 29);
    data.passages = passages;
    return Briefing(std::move(data));
}

Passage passage(const QString &id, const QString &first, const QString &second,
                std::optional<double> confidence = {})
{
    Passage made;
    made.id = id;
    made.text = {first, second};
    made.confidence = confidence;
    return made;
}
} // namespace

class TestTmxWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleFollowsTheDtd();
    void passagesBecomeUnits_data();
    void passagesBecomeUnits();
    void commandLineWritesTheSample();
    void commandLineReportsBadInput_data();
    void commandLineReportsBadInput();
};

void TestTmxWriter::sampleFollowsTheDtd()
{
    const LoadResult sample = BriefingLoader::loadFile(SampleBriefing::resourcePath());
    QVERIFY(sample.ok());
    QList<Unit> units;
    const QString problem = checkTmx(TmxWriter::toTmx(*sample.briefing, u"1.0"_s), &units);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qsizetype paired = 0;
    for (const Passage &entry : sample.briefing->passages())
        paired += !entry.text[0].isEmpty() && !entry.text[1].isEmpty() ? 1 : 0;
    QCOMPARE(units.size(), paired);
    QCOMPARE(units.constFirst().id, sample.briefing->passages().constFirst().id);
    QCOMPARE(units.constFirst().languages, QStringList({u"ko"_s, u"en"_s}));
}

void TestTmxWriter::passagesBecomeUnits_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("firstRead"); // as a TMX reader gets it back
    QTest::addColumn<QString>("secondRead");
    QTest::newRow("plain text") << u"회담이 끝났다."_s << u"The talks ended."_s
                                << u"회담이 끝났다."_s << u"The talks ended."_s;
    QTest::newRow("markup stays text")
        << u"<b>굵게</b> & “인용”"_s << u"</seg></tuv><tuv xml:lang=\"x\"><seg>&amp;"_s
        << u"<b>굵게</b> & “인용”"_s << u"</seg></tuv><tuv xml:lang=\"x\"><seg>&amp;"_s;
    QTest::newRow("control characters XML cannot hold are replaced")
        << u"a\u0001b\u0008c"_s << u"tab\tstays"_s << u"a\uFFFDb\uFFFDc"_s << u"tab\tstays"_s;
    QTest::newRow("a lone surrogate is replaced, a pair kept")
        << u"\U00020B9F"_s + QChar(0xD800) << u"x"_s << u"\U00020B9F\uFFFD"_s << u"x"_s;
}

void TestTmxWriter::passagesBecomeUnits()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, firstRead);
    QFETCH(QString, secondRead);
    const Briefing briefing =
        briefingWith({passage(u"p1"_s, first, second, 0.42), passage(u"p2"_s, u"혼자"_s, QString()),
                      passage(u"p3"_s, QString(), u"alone"_s), passage(u"p4"_s, u"둘"_s, u"two"_s)},
                     {u"ja"_s, u"en"_s});
    QList<Unit> units;
    const QString problem = checkTmx(TmxWriter::toTmx(briefing, u"1.0"_s), &units);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(units.size(), 2); // one-language passages are no translation units
    QCOMPARE(units.at(0).id, u"p1"_s);
    QCOMPARE(units.at(0).languages, QStringList({u"ja"_s, u"en"_s}));
    QCOMPARE(units.at(0).segments, QStringList({firstRead, secondRead}));
    QCOMPARE(units.at(0).confidence, u"0.42"_s);
    QCOMPARE(units.at(1).id, u"p4"_s);
    QVERIFY(units.at(1).confidence.isEmpty());
}

void TestTmxWriter::commandLineWritesTheSample()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"sample.tmx"_s);
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE), {u"--export-tmx"_s, out});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<Unit> units;
    const QString problem = checkTmx(file.readAll(), &units);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(units.size() >= 20);
}

void TestTmxWriter::commandLineReportsBadInput_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no such file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a missing briefing") << QByteArray() << 2 << u"cannot read"_s;
    QTest::newRow("an invalid briefing") << QByteArray("{\"bilateral\": 1}") << 1 << u": error: "_s;
}

void TestTmxWriter::commandLineReportsBadInput()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString input = dir.filePath(u"in.briefing"_s);
    if (!contents.isEmpty()) {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const QString out = dir.filePath(u"out.tmx"_s);
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE), {u"--export-tmx"_s, out, input});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), exitCode);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestTmxWriter)
#include "tst_tmxwriter.moc"
