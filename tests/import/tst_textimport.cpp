#include "import/textimport.h"
#include "realtext.h"

#include <QProcess>
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
    void decodesKoreanUtf16WithoutAByteOrderMark_data();
    void decodesKoreanUtf16WithoutAByteOrderMark();
    void refusesBytesOfNoKnownEncoding_data();
    void refusesBytesOfNoKnownEncoding();
    void decodesCp949AsIconvDoes_data();
    void decodesCp949AsIconvDoes();
    void detectsTheLanguage_data();
    void detectsTheLanguage();
    void assignsLanguagesToTwoTexts_data();
    void assignsLanguagesToTwoTexts();
    void splitsOneTextByScript();
    void splitsLinesHoldingBothLanguages_data();
    void splitsLinesHoldingBothLanguages();
    void realKoreanLinesWithLatinWordsStayKorean_data();
    void realKoreanLinesWithLatinWordsStayKorean();
    void realTranslationsRunTogetherAreSplit_data();
    void realTranslationsRunTogetherAreSplit();
};

void TestTextImport::decodesTheEncodingsOfNewsCopy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    const QString text = u"외교부는 \"협의\"를 열었다.\nSeoul said on Thursday."_s;
    QStringEncoder utf16le(QStringConverter::Utf16LE);
    QStringEncoder utf16be(QStringConverter::Utf16BE);
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
    // Made with `iconv -t EUC-KR` and `iconv -t CP949`.
    QTest::newRow("Korean text in EUC-KR (KS X 1001)")
        << QByteArray::fromHex("bfdcb1b3baceb4c2203239c0cf20c7f9c0c7b8a620bfadbefab4d92e0a53656f"
                               "756c2073616964206f6e2054687572736461792e0a")
        << u"CP949"_s << u"외교부는 29일 협의를 열었다.\nSeoul said on Thursday.\n"_s;
    QTest::newRow("Korean Windows text with syllables beyond EUC-KR (CP949)")
        << QByteArray::fromHex("8c63b9e6b0a2c7cfb4c220c1642c20bc842c2094eec0ccb6f3b0ed20c0fbbefa"
                               "b4d92e0a")
        << u"CP949"_s << u"똠방각하는 햏, 펲, 뷁이라고 적었다.\n"_s;
    // B4 EB C7 D1 B9 CE B1 B9 are also 듫, 퇑, 맥, 놹 in big-endian UTF-16.
    QTest::newRow("a Korean word without spaces in CP949")
        << QByteArray::fromHex("b4ebc7d1b9ceb1b9") << u"CP949"_s << u"대한민국"_s;
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

void TestTextImport::decodesKoreanUtf16WithoutAByteOrderMark_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringConverter::Encoding>("order");
    QTest::addColumn<QString>("encoding");
    const QString korean = u"한일 외교장관은 서울에서 회담을 가졌다.\n"
                           u"양측은 고위급 협의를 정례화하기로 합의했다.\n"_s;
    // Fewer zero bytes than guessUtf16() wants: a third of the units are not Hangul.
    const QString abbreviation = u"국제원자력기구(IAEA)는 후쿠시마 원전 처리수 방류 계획이 국제 "
                                 u"안전기준에 부합한다는 최종 보고서를 냈다.\n"_s;
    const QString both = u"외교부는 29일 한일 국장급 협의를 열었다고 밝혔다. 회의에는 "
                         u"IAEA 관계자도 참석했다. (The ministry said talks were held.)"_s;
    QString messages;
    for (const RealText::Pair &message :
         RealText::gettextMessages(RealText::catalogue(u"ko"_s, u"coreutils"_s))) {
        messages += message.translation + u"\n\n"_s;
    }
    const std::pair<const char *, QString> texts[]{
        {"Korean", korean},
        {"Korean with a Latin abbreviation", abbreviation},
        {"Korean and English", both},
        {"coreutils' Korean messages", messages},
    };
    for (const auto &[name, text] : texts) {
        QTest::addRow("%s, little-endian", name)
            << text << QStringConverter::Utf16LE << u"UTF-16LE"_s;
        QTest::addRow("%s, big-endian", name) << text << QStringConverter::Utf16BE << u"UTF-16BE"_s;
    }
}

void TestTextImport::decodesKoreanUtf16WithoutAByteOrderMark()
{
    QFETCH(QString, text);
    QFETCH(QStringConverter::Encoding, order);
    QFETCH(QString, encoding);
    QVERIFY(TextImport::containsHangul(text));
    QStringEncoder encoder(order); // no byte order mark
    const QByteArray bytes = encoder(text);
    QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));
    const TextImport::Decoded decoded = TextImport::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
}

void TestTextImport::refusesBytesOfNoKnownEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // 외교 in CP949 is BF DC B1 B3.
    QTest::newRow("a CP949 lead byte cut off at the end") << QByteArray::fromHex("bfdcb1b320b0");
    QTest::newRow("a pair in the user-defined rows of KS X 1001")
        << QByteArray::fromHex("bfdcb1b320c9a1");
    QTest::newRow("a pair CP949 leaves unassigned") << QByteArray::fromHex("bfdcb1b320c653");
    QTest::newRow("0x80 alone") << QByteArray::fromHex("bfdcb1b320802e");
    QTest::newRow("0xFF alone") << QByteArray::fromHex("bfdcb1b320ff2e");
}

void TestTextImport::refusesBytesOfNoKnownEncoding()
{
    QFETCH(QByteArray, bytes);
    const TextImport::Decoded decoded = TextImport::decode(bytes);
    QVERIFY2(!decoded.ok(), qPrintable(decoded.encoding + u": "_s + decoded.text));
    QVERIFY(decoded.error.contains(u"CP949"_s));
}

// glibc's iconv, which Qt does not use, as the reference for CP949.
static QByteArray iconv(const QByteArray &input, const QStringList &arguments)
{
    QProcess process;
    process.start(u"iconv"_s, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return {};
    }
    return process.readAllStandardOutput();
}

void TestTextImport::decodesCp949AsIconvDoes_data()
{
    QTest::addColumn<QString>("text");
    QString syllables;
    for (char16_t c = 0xAC00; c <= 0xD7A3; ++c) {
        syllables += QChar(c);
        if ((c - 0xAC00) % 40 == 39)
            syllables += u'\n';
    }
    QTest::newRow("every Hangul syllable, 2,350 in EUC-KR and 8,822 beyond") << syllables;
    QString characters;
    for (char16_t c = 0x20; c < 0xD800; ++c) {
        characters += QChar(c);
        if (c % 64 == 63)
            characters += u'\n';
    }
    QTest::newRow("every character of the Basic Multilingual Plane CP949 has") << characters;
    QString messages;
    for (const RealText::Pair &message :
         RealText::gettextMessages(RealText::catalogue(u"ko"_s, u"coreutils"_s))) {
        messages += message.translation + u"\n\n"_s;
    }
    QTest::newRow("coreutils' Korean messages") << messages;
}

// The text, in CP949 as iconv writes it (leaving out what CP949 cannot hold), decodes to
// what iconv reads back.
void TestTextImport::decodesCp949AsIconvDoes()
{
    QFETCH(QString, text);
    QVERIFY(text.size() > 1000);
    const QByteArray bytes =
        iconv(text.toUtf8(), {u"-c"_s, u"-f"_s, u"UTF-8"_s, u"-t"_s, u"CP949"_s});
    if (bytes.isEmpty())
        QSKIP("iconv is not installed");
    const QString expected =
        QString::fromUtf8(iconv(bytes, {u"-f"_s, u"CP949"_s, u"-t"_s, u"UTF-8"_s}));
    QVERIFY(expected.size() > 1000);
    const TextImport::Decoded decoded = TextImport::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, u"CP949"_s);
    QCOMPARE(decoded.text, expected);
}

void TestTextImport::detectsTheLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("Korean") << u"한일 국장급 협의가 서울에서 열렸다."_s << u"ko"_s;
    QTest::newRow("Korean with hanja in a headline")
        << u"北 미사일 발사… 日 정부 엄중 항의"_s << u"ko"_s;
    QTest::newRow("Korean full of commands and names")
        << u"git rebase --onto main feature 명령으로 커밋을 옮깁니다."_s << u"ko"_s;
    QTest::newRow("Japanese") << u"両国の局長が東京で会談した。"_s << u"ja"_s;
    QTest::newRow("a Japanese headline with two particles")
        << u"日韓外相会談開催、輸出規制で協議継続へ"_s << u"ja"_s;
    // Without a single kana, nothing tells Japanese from Chinese: the reader names it.
    QTest::newRow("a headline in kanji alone reads as Chinese") << u"日韓外相会談開催"_s << u"zh"_s;
    QTest::newRow("Japanese with a little kana")
        << u"日韓外相会談を開催、輸出規制で協議継続"_s << u"ja"_s;
    QTest::newRow("Chinese") << u"中日韩领导人会议在首尔举行。"_s << u"zh"_s;
    QTest::newRow("English") << u"The talks ended without a statement."_s << u"en"_s;
    QTest::newRow("English quoting a Korean word")
        << u"Seoul calls it 오염수, contaminated water, and Tokyo calls it treated water."_s
        << u"en"_s;
    QTest::newRow("no letters") << u"2020-10-29 — 12:00"_s << QString();
    QTest::newRow("nothing") << QString() << QString();
}

void TestTextImport::detectsTheLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(TextImport::detectLanguage(text), language);
}

void TestTextImport::assignsLanguagesToTwoTexts_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("languages");
    const QString ko = u"회담은 두 시간 동안 이어졌다."_s;
    const QString ja = u"会談は二時間続いた。"_s;
    const QString en = u"The talks lasted two hours."_s;
    QTest::newRow("Korean and English")
        << QStringList{ko, en} << QStringList() << ko << QStringList{u"ko"_s, u"en"_s};
    QTest::newRow("English and Korean")
        << QStringList{en, ko} << QStringList() << ko << QStringList{u"ko"_s, u"en"_s};
    QTest::newRow("Japanese and English")
        << QStringList{ja, en} << QStringList() << ja << QStringList{u"ja"_s, u"en"_s};
    QTest::newRow("English and Japanese")
        << QStringList{en, ja} << QStringList() << ja << QStringList{u"ja"_s, u"en"_s};
    QTest::newRow("Japanese alone")
        << QStringList{ja} << QStringList() << ja << QStringList{u"ja"_s, u"en"_s};
    QTest::newRow("English alone")
        << QStringList{en} << QStringList() << QString() << QStringList{u"ko"_s, u"en"_s};
    QTest::newRow("languages named by the reader")
        << QStringList{ja, en} << QStringList{u"zh"_s, u"en"_s} << ja
        << QStringList{u"zh"_s, u"en"_s};
    QTest::newRow("the same language twice is not a naming")
        << QStringList{ja, en} << QStringList{u"en"_s, u"en"_s} << ja
        << QStringList{u"ja"_s, u"en"_s};
}

void TestTextImport::assignsLanguagesToTwoTexts()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, named);
    QFETCH(QString, first);
    QFETCH(QStringList, languages);
    const TextImport::LanguagePair pair = TextImport::assignLanguages(texts, named);
    QCOMPARE(pair.first, first);
    QCOMPARE(QStringList({pair.languages[0], pair.languages[1]}), languages);
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

void TestTextImport::splitsLinesHoldingBothLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");
    QTest::newRow("a Korean sentence with its translation in brackets")
        << u"외교부는 29일 한일 국장급 협의를 열었다고 밝혔다. (The Ministry of Foreign Affairs "
           u"said it held director-general talks with Japan on the 29th.)"_s
        << u"외교부는 29일 한일 국장급 협의를 열었다고 밝혔다."_s
        << u"The Ministry of Foreign Affairs said it held director-general talks with Japan on "
           u"the 29th."_s;
    QTest::newRow("the translation in brackets before the full stop")
        << u"외교부는 29일 협의를 열었다고 밝혔다 (Ministry of Foreign Affairs said it held "
           u"talks on the 29th)."_s
        << u"외교부는 29일 협의를 열었다고 밝혔다"_s
        << u"Ministry of Foreign Affairs said it held talks on the 29th."_s;
    QTest::newRow("sentences of both languages taking turns on one line")
        << u"한국과 일본이 29일 서울에서 국장급 협의를 열었다. South Korea and Japan held talks "
           u"in Seoul on the 29th. 양측은 강제징용 문제를 논의했다. The two sides discussed the "
           u"forced labour issue."_s
        << u"한국과 일본이 29일 서울에서 국장급 협의를 열었다. 양측은 강제징용 문제를 "
           u"논의했다."_s
        << u"South Korea and Japan held talks in Seoul on the 29th. The two sides discussed the "
           u"forced labour issue."_s;
    QTest::newRow("an English sentence, then its Korean")
        << u"The two sides did not adopt a joint statement. 양측은 공동 보도문은 채택하지 "
           u"않았다."_s
        << u"양측은 공동 보도문은 채택하지 않았다."_s
        << u"The two sides did not adopt a joint statement."_s;
    QTest::newRow("a Korean headline and its English one, without punctuation")
        << u"한일 국장급 협의 개최 Korea and Japan hold director-general talks"_s
        << u"한일 국장급 협의 개최"_s << u"Korea and Japan hold director-general talks"_s;
    QTest::newRow("a short English sentence after a Korean one")
        << u"연결이 너무 빨리 끊어졌습니다. Connection closed prematurely."_s
        << u"연결이 너무 빨리 끊어졌습니다."_s << u"Connection closed prematurely."_s;
    QTest::newRow("English right after the ending of a Korean sentence")
        << u"외교부는 협의 결과를 발표했다 Talks ended without agreement"_s
        << u"외교부는 협의 결과를 발표했다"_s << u"Talks ended without agreement"_s;
    QTest::newRow("a name in brackets after a Korean sentence stays")
        << u"회담에는 미국 대통령이 참석했다 (Joe Biden)"_s
        << u"회담에는 미국 대통령이 참석했다 (Joe Biden)"_s << QString();
    QTest::newRow("a list of keywords before a Korean predicate stays")
        << u"'read', 'recurse', 'skip' 중 하나입니다. for, while, until 반복문을 나갑니다."_s
        << u"'read', 'recurse', 'skip' 중 하나입니다. for, while, until 반복문을 나갑니다."_s
        << QString();
    QTest::newRow("names and abbreviations keep a Korean sentence Korean")
        << u"Mr. Kim은 G7 정상회의에서 IAEA의 Rafael Grossi 사무총장과 만났다. 한일 관계도 "
           u"논의했다."_s
        << u"Mr. Kim은 G7 정상회의에서 IAEA의 Rafael Grossi 사무총장과 만났다. 한일 관계도 "
           u"논의했다."_s
        << QString();
    QTest::newRow("a name spelled out in brackets stays in the Korean sentence")
        << u"국제원자력기구 (International Atomic Energy Agency)는 방류 계획이 안전하다고 "
           u"밝혔다."_s
        << u"국제원자력기구 (International Atomic Energy Agency)는 방류 계획이 안전하다고 "
           u"밝혔다."_s
        << QString();
    QTest::newRow("an English quotation stays in the Korean sentence")
        << u"그는 “we will never give up”이라고 말했다. 회견은 짧게 끝났다."_s
        << u"그는 “we will never give up”이라고 말했다. 회견은 짧게 끝났다."_s << QString();
    QTest::newRow("a credit stays with the Korean sentence")
        << u"북한이 동해상으로 탄도미사일 두 발을 발사했다 (Yonhap)"_s
        << u"북한이 동해상으로 탄도미사일 두 발을 발사했다 (Yonhap)"_s << QString();
    QTest::newRow("a credit goes with the sentence before it")
        << u"북한이 동해상으로 탄도미사일 두 발을 발사했다. North Korea fired two ballistic "
           u"missiles into the East Sea. (Yonhap)"_s
        << u"북한이 동해상으로 탄도미사일 두 발을 발사했다."_s
        << u"North Korea fired two ballistic missiles into the East Sea. (Yonhap)"_s;
    QTest::newRow("a headline without prose in either language is Korean with names")
        << u"Mr. Kim 방한"_s << u"Mr. Kim 방한"_s << QString();
    QTest::newRow("a Korean word stays in the English sentence")
        << u"The word jeong (정) has no exact English equivalent. 정은 번역하기 어렵다."_s
        << u"정은 번역하기 어렵다."_s << u"The word jeong (정) has no exact English equivalent."_s;
    QTest::newRow("paragraphs of both languages survive in each")
        << u"외교부는 29일 협의를 열었다. (The ministry held talks on the 29th.)\n\n"
           u"양측은 입장차를 확인했다. (The two sides found they still disagree.)\n"_s
        << u"외교부는 29일 협의를 열었다.\n\n양측은 입장차를 확인했다."_s
        << u"The ministry held talks on the 29th.\n\nThe two sides found they still disagree."_s;
}

void TestTextImport::splitsLinesHoldingBothLanguages()
{
    QFETCH(QString, text);
    QFETCH(QString, korean);
    QFETCH(QString, english);
    const TextImport::ScriptSplit split = TextImport::splitByScript(text);
    QCOMPARE(split.korean.trimmed(), korean);
    QCOMPARE(split.english.trimmed(), english);
}

// The Korean translations of Debian's message catalogues are full of option names, commands
// and abbreviations in Latin letters ("-c 옵션 추가: 엄격한 순서를 검사합니다"): Korean lines
// with Latin words, none of them English text.
static QList<RealText::Pair> koreanCatalogue(const QString &domain)
{
    return RealText::gettextMessages(RealText::catalogue(u"ko"_s, domain));
}

void TestTextImport::realKoreanLinesWithLatinWordsStayKorean_data()
{
    QTest::addColumn<QString>("domain");
    for (const char *domain : {"coreutils", "dpkg", "apt", "tar", "grep"})
        QTest::newRow(domain) << QString::fromLatin1(domain);
}

void TestTextImport::realKoreanLinesWithLatinWordsStayKorean()
{
    QFETCH(QString, domain);
    const QList<RealText::Pair> messages = koreanCatalogue(domain);
    if (messages.isEmpty() && domain != u"coreutils"_s)
        QSKIP("this Korean catalogue is not installed");
    int mixed = 0;
    int english = 0;
    for (const RealText::Pair &message : messages) {
        for (const QString &line : message.translation.split(u'\n')) {
            const bool latin = std::any_of(line.begin(), line.end(), [](QChar c) {
                return c.isLetter() && c.script() == QChar::Script_Latin;
            });
            if (!latin || !TextImport::containsHangul(line))
                continue;
            ++mixed;
            english += TextImport::splitByScript(line).english.trimmed().isEmpty() ? 0 : 1;
        }
    }
    qInfo("%s: of %d Korean lines with Latin words, %d gave English text", qPrintable(domain),
          mixed, english);
    QVERIFY(mixed >= 50);
    QVERIFY(english * 100 <= mixed); // coreutils: 2 of 2143
}

void TestTextImport::realTranslationsRunTogetherAreSplit_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("brackets");
    for (const char *domain : {"dpkg", "apt", "tar"}) {
        QTest::addRow("%s, the English after the Korean", domain)
            << QString::fromLatin1(domain) << false;
        QTest::addRow("%s, the English in brackets after the Korean", domain)
            << QString::fromLatin1(domain) << true;
    }
}

// Each one-line message as pasted copy holding both languages: the Korean translation, then
// the English original, plainly or in brackets. Messages, not news: many are labels and
// fragments ("데이터 소켓 연결 시간 초과 Data socket connect timed out"), harder than prose.
void TestTextImport::realTranslationsRunTogetherAreSplit()
{
    QFETCH(QString, domain);
    QFETCH(bool, brackets);
    const QList<RealText::Pair> messages = koreanCatalogue(domain);
    if (messages.isEmpty())
        QSKIP("this Korean catalogue is not installed");
    int lines = 0;
    int split = 0;
    for (const RealText::Pair &message : messages) {
        const QString korean = message.translation.simplified();
        const QString english = message.english.simplified();
        if (message.translation.trimmed().contains(u'\n')
            || message.english.trimmed().contains(u'\n') || !TextImport::containsHangul(korean)
            || english.size() < 20 || english.contains(u'%')) {
            continue;
        }
        ++lines;
        const QString line = brackets ? QString(korean + u" ("_s + english + u')')
                                      : QString(korean + u' ' + english);
        const TextImport::ScriptSplit both = TextImport::splitByScript(line);
        split += both.korean.trimmed() == korean && both.english.trimmed() == english ? 1 : 0;
    }
    qInfo("%s: %d of %d lines split exactly into the Korean and the English", qPrintable(domain),
          split, lines);
    QVERIFY(lines >= 30);
    QVERIFY(split * 10 >= lines * 8); // 83.9% to 96.2% when written
}

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_textimport.moc"
