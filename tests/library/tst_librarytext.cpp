#include "library/librarytext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// How the library's index sees text (LibraryText): Hangul, kana and Han as overlapping
// pairs, Latin words as words, Korean particles dropped from queries, and the snippets a
// hit is shown with.
class TestLibraryText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexForm_data();
    void indexForm();
    void parseQuery_data();
    void parseQuery();
    void snippetMarksTheWords_data();
    void snippetMarksTheWords();
};

void TestLibraryText::indexForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("Korean with particles") << u"오염수를 방류"_s << u"오염 염수 수를 방류"_s;
    QTest::newRow("Japanese, Latin then kana and Han")
        << u"ALPS処理水の放出"_s << u"alps 処理 理水 水の の放 放出"_s;
    QTest::newRow("katakana with the long mark")
        << u"リアルタイム"_s << u"リア アル ルタ タイ イム"_s;
    QTest::newRow("half-width katakana") << u"ｶﾀｶﾅ"_s << u"ｶﾀ ﾀｶ ｶﾅ"_s;
    QTest::newRow("one Han character") << u"独"_s << u"独"_s;
    QTest::newRow("English words and digits")
        << u"Fukushima's water, 2023."_s << u"fukushima s water 2023"_s;
    QTest::newRow("mixed Latin and Hangul") << u"G7정상"_s << u"g7 정상"_s;
    QTest::newRow("full-width forms") << u"Ｗａｔｅｒ　ＩＡＥＡ"_s << u"water iaea"_s;
    QTest::newRow("accented Latin") << u"Café"_s << u"café"_s;
    QTest::newRow("punctuation only") << u"—…!?"_s << QString();
}

void TestLibraryText::indexForm()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(LibraryText::indexForm(text), tokens);
}

void TestLibraryText::parseQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("Korean word") << u"오염수"_s << u"\"오염 염수\""_s << QStringList{u"오염수"_s};
    QTest::newRow("Korean with a particle")
        << u"오염수를"_s << u"(\"오염 염수 수를\" OR \"오염 염수\")"_s
        << QStringList{u"오염수를"_s, u"오염수"_s};
    QTest::newRow("two-syllable stem")
        << u"독도는"_s << u"(\"독도 도는\" OR \"독도\")"_s << QStringList{u"독도는"_s, u"독도"_s};
    QTest::newRow("Japanese pair") << u"処理"_s << u"\"処理\""_s << QStringList{u"処理"_s};
    QTest::newRow("one Han character") << u"処"_s << u"\"処\"*"_s << QStringList{u"処"_s};
    QTest::newRow("English prefix")
        << u"contamin"_s << u"\"contamin\"*"_s << QStringList{u"contamin"_s};
    QTest::newRow("short English word") << u"of"_s << u"\"of\""_s << QStringList{u"of"_s};
    QTest::newRow("mixed G7정상") << u"G7정상"_s << u"\"g7 정상\""_s
                                  << QStringList{u"g7"_s, u"정상"_s};
    QTest::newRow("full-width") << u"Ｗａｔｅｒ"_s << u"\"water\"*"_s << QStringList{u"water"_s};
    QTest::newRow("hyphenated") << u"treated-water"_s << u"\"treated water\"*"_s
                                << QStringList{u"treated"_s, u"water"_s};
    QTest::newRow("two words") << u"오염수  IAEA"_s << u"\"오염 염수\" AND \"iaea\"*"_s
                               << QStringList{u"오염수"_s, u"iaea"_s};
    QTest::newRow("no words") << u"  !? — "_s << QString() << QStringList();
}

void TestLibraryText::parseQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, match);
    QFETCH(QStringList, words);
    const LibraryText::Query parsed = LibraryText::parseQuery(query);
    QCOMPARE(parsed.match, match);
    QCOMPARE(parsed.words, words);
    QCOMPARE(parsed.isEmpty(), match.isEmpty());
}

void TestLibraryText::snippetMarksTheWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("marked");
    QTest::addColumn<bool>("cut");
    QTest::newRow("Korean stem") << u"장관은 오염수를 방류하는 문제를 다뤘다."_s
                                 << QStringList{u"오염수를"_s, u"오염수"_s}
                                 << QStringList{u"오염수"_s} << false;
    QTest::newRow("Latin words at a word's start")
        << u"Underwater water and WATERWAYS"_s << QStringList{u"water"_s}
        << QStringList{u"water"_s, u"WATER"_s} << false;
    QTest::newRow("full-width text") << u"Ｗａｔｅｒ released"_s << QStringList{u"water"_s}
                                     << QStringList{u"Ｗａｔｅｒ"_s} << false;
    QTest::newRow("several words") << u"The IAEA said the treated water met it; IAEA staff"_s
                                   << QStringList{u"iaea"_s, u"water"_s}
                                   << QStringList{u"IAEA"_s, u"water"_s, u"IAEA"_s} << false;
    QTest::newRow("deep in a long text")
        << u"가나다 "_s.repeated(60) + u"処理水を"_s + u"가나다 "_s.repeated(60)
        << QStringList{u"処理"_s} << QStringList{u"処理"_s} << true;
    QTest::newRow("on a second line")
        << u"첫 줄\n오염수"_s << QStringList{u"오염수"_s} << QStringList{u"오염수"_s} << false;
}

void TestLibraryText::snippetMarksTheWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QStringList, marked);
    QFETCH(bool, cut);
    const LibraryText::Snippet snippet = LibraryText::snippet(text, words);
    QStringList found;
    qsizetype previousEnd = 0;
    for (const auto &[start, length] : snippet.marks) {
        QVERIFY(start >= previousEnd);
        found << snippet.text.mid(start, length);
        previousEnd = start + length;
    }
    QCOMPARE(found, marked);
    QCOMPARE(snippet.text.startsWith(u'…'), cut);
    QCOMPARE(snippet.text.endsWith(u'…'), cut);
    QVERIFY(snippet.text.size() <= 122);
    QVERIFY(!snippet.text.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestLibraryText)
#include "tst_librarytext.moc"
