#include "import/textimport.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

// Reading raw copy: the encodings it arrives in, and one text holding both languages.
class TestTextImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheEncodingsOfNewsCopy_data();
    void decodesTheEncodingsOfNewsCopy();
    void splitsOneTextByScript();
};

void TestTextImport::decodesTheEncodingsOfNewsCopy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    const QString text = u"외교부는 \"협의\"를 열었다.\nSeoul said on Thursday."_s;
    QStringEncoder utf16le(QStringConverter::Utf16LE);
    QStringEncoder utf16be(QStringConverter::Utf16BE);
    QStringEncoder cp949("CP949");
    QTest::newRow("plain UTF-8") << text.toUtf8() << u"UTF-8"_s << text;
    QTest::newRow("UTF-8 with a byte order mark")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << u"UTF-8"_s << text;
    QTest::newRow("UTF-16 little-endian with a byte order mark")
        << QByteArray("\xFF\xFE") + QByteArray(utf16le(text)) << u"UTF-16LE"_s << text;
    QTest::newRow("UTF-16 big-endian with a byte order mark")
        << QByteArray("\xFE\xFF") + QByteArray(utf16be(text)) << u"UTF-16BE"_s << text;
    const QString ascii = u"Seoul and Tokyo held talks.\nNo progress was made."_s;
    QTest::newRow("UTF-16 little-endian without a byte order mark")
        << QByteArray(utf16le(ascii)) << u"UTF-16LE"_s << ascii;
    QTest::newRow("Korean Windows text (CP949)") << QByteArray(cp949(text)) << u"CP949"_s << text;
    QTest::newRow("Windows line endings become line feeds")
        << QByteArray("one\r\ntwo\rthree") << u"UTF-8"_s << u"one\ntwo\nthree"_s;
}

void TestTextImport::decodesTheEncodingsOfNewsCopy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const TextImport::Decoded decoded = TextImport::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
}

void TestTextImport::splitsOneTextByScript()
{
    const QString wire =
        u"한일 국장급 협의…입장차 여전\n\nSouth Korea and Japan held talks in Seoul.\n"
        u"They made little progress.\n\nTokyo said it would keep talking.\n"_s;
    const TextImport::ScriptSplit split = TextImport::splitByScript(wire);
    QCOMPARE(split.korean.trimmed(), u"한일 국장급 협의…입장차 여전"_s);
    QVERIFY(split.english.contains(
        u"South Korea and Japan held talks in Seoul.\nThey made little progress.\n"_s));
    // The blank line between the English paragraphs survives.
    QVERIFY(split.english.contains(u"progress.\n\nTokyo"_s));
    QVERIFY(!TextImport::containsHangul(split.english));
}

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_textimport.moc"
