#include "document/passagesplit.h"
#include "import/sentencesegmenter.h"
#include "model/passagetext.h"
#include "realtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Where Split Passage at Cursor cuts: never inside a word, and in the other language at the
// matching sentence, or nowhere until the reader says.
class TestPassageSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapsToABoundaryNeverInsideAWord_data();
    void snapsToABoundaryNeverInsideAWord();
    void plansTheOtherLanguage_data();
    void plansTheOtherLanguage();
    void realTranslationsSplitAtMatchingSentences_data();
    void realTranslationsSplitAtMatchingSentences();
};

void TestPassageSplit::snapsToABoundaryNeverInsideAWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pointedAt"); // the reader's point is before this...
    QTest::addColumn<int>("into"); // ...plus this many characters into it
    QTest::addColumn<QString>("cutBefore"); // the cut comes before this; empty: no cut
    const QString english = u"Kim also called Japan's export restrictions on South Korea unjust."_s;
    QTest::newRow("inside a word: the start of the word nearer the point")
        << english << u"restrictions"_s << 5 << u"restrictions"_s;
    QTest::newRow("late in a word: the start of the next word")
        << english << u"restrictions"_s << 9 << u"on South"_s;
    QTest::newRow("at a word's start: there") << english << u"export"_s << 0 << u"export"_s;
    QTest::newRow("in the space before a word: that word")
        << english << u" export"_s << 0 << u"export"_s;
    const QString two = u"The talks ended without progress. Both sides will meet again."_s;
    QTest::newRow("in the last word of a sentence: between the sentences")
        << two << u"progress"_s << 3 << u"Both"_s;
    QTest::newRow("in the first word of the next sentence: between the sentences")
        << two << u"Both"_s << 2 << u"Both"_s;
    QTest::newRow("mid-sentence, away from its end: the nearest word")
        << two << u"without"_s << 1 << u"without"_s;
    const QString korean = u"양측은 입장 차이를 확인했다. 협의는 계속된다."_s;
    QTest::newRow("Korean, in the word before the full stop: between the sentences")
        << korean << u"확인했다"_s << 2 << u"협의는"_s;
    QTest::newRow("Korean, inside a word mid-sentence: its start")
        << korean << u"차이를"_s << 1 << u"차이를"_s;
    QTest::newRow("Japanese without spaces: after the comma")
        << u"処理水の放出について、政府は説明した。"_s << u"政府"_s << 1 << u"政府"_s;
    QTest::newRow("one word: no cut") << u"Unchanged."_s << u"chang"_s << 2 << QString();
    QTest::newRow("one Japanese phrase without punctuation inside: no cut")
        << u"処理水の放出"_s << u"放出"_s << 1 << QString();
}

void TestPassageSplit::snapsToABoundaryNeverInsideAWord()
{
    QFETCH(QString, text);
    QFETCH(QString, pointedAt);
    QFETCH(int, into);
    QFETCH(QString, cutBefore);
    const int offset = int(text.indexOf(pointedAt)) + into;
    QVERIFY(offset >= 0);
    const int cut = PassageSplit::snap(text, offset);
    if (cutBefore.isEmpty()) {
        QCOMPARE(cut, -1);
        return;
    }
    QCOMPARE(text.mid(cut), text.mid(text.indexOf(cutBefore)));
    // Never inside a word: what precedes the cut ends a word.
    QVERIFY(text.at(cut - 1).isSpace() || text.at(cut - 1).isPunct());
}

void TestPassageSplit::plansTheOtherLanguage_data()
{
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("pointedAt");
    QTest::addColumn<QString>("koreanSecondPart"); // "?" when the reader must choose
    QTest::addColumn<QString>("englishSecondPart");
    QTest::addColumn<int>("choices"); // sentence boundaries offered in the other language
    const QString ko = u"양측은 서울에서 만났다. 진전은 없었다. 다음 협의 일정은 정하지 않았다."_s;
    const QString en =
        u"The two sides met in Seoul. There was no progress. No date was set for the next round."_s;
    QTest::newRow("English between sentences: Korean at the matching sentence")
        << ko << en << 1 << u"There"_s << u"진전은 없었다. 다음 협의 일정은 정하지 않았다."_s
        << u"There was no progress. No date was set for the next round."_s << 2;
    QTest::newRow("Korean between sentences: English at the matching sentence")
        << ko << en << 0 << u"다음"_s << u"다음 협의 일정은 정하지 않았다."_s
        << u"No date was set for the next round."_s << 2;
    QTest::newRow("mid-sentence: the reader chooses")
        << ko << en << 1 << u"sides"_s << u"?"_s
        << u"sides met in Seoul. There was no progress. No date was set for the next round."_s << 2;
    const QString oneKorean = u"김 국장은 수출규제 철회를 요구했다."_s;
    QTest::newRow("the other language has one sentence: the reader chooses")
        << oneKorean << u"Kim asked Japan to lift its export curbs. Tokyo did not answer."_s << 1
        << u"Tokyo"_s << u"?"_s << u"Tokyo did not answer."_s << 0;
    QTest::newRow("the other language is empty: nothing to choose")
        << QString() << u"Only English here. Nothing in Korean."_s << 1 << u"Nothing"_s << QString()
        << u"Nothing in Korean."_s << 0;
}

void TestPassageSplit::plansTheOtherLanguage()
{
    QFETCH(QString, korean);
    QFETCH(QString, english);
    QFETCH(int, slot);
    QFETCH(QString, pointedAt);
    QFETCH(QString, koreanSecondPart);
    QFETCH(QString, englishSecondPart);
    QFETCH(int, choices);
    const Passage passage{u"p"_s, {korean, english}, true, {}};
    const QString &pointedText = passage.text[std::size_t(slot)];
    const int shown =
        PassageText::shownOffset(pointedText, int(pointedText.indexOf(pointedAt)) + 1);
    const PassageSplit::Plan plan = PassageSplit::plan(passage, slot, shown);
    QVERIFY(plan.isPossible());
    QCOMPARE(plan.slot, slot);
    const std::array<QString, 2> expected{koreanSecondPart, englishSecondPart};
    for (std::size_t s = 0; s < 2; ++s) {
        if (expected[s] == u"?"_s) {
            QVERIFY(plan.needsChoice());
            QCOMPARE(plan.cuts[s], -1);
        } else {
            QCOMPARE(passage.text[s].mid(plan.cuts[s]).trimmed(), expected[s]);
        }
    }
    QCOMPARE(plan.otherSentenceStarts.size(), choices);
}

void TestPassageSplit::realTranslationsSplitAtMatchingSentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Korean translations of coreutils") << u"ko"_s;
    QTest::newRow("Japanese translations of coreutils") << u"ja"_s;
}

// Messages of two or three sentences in English, as Debian's translators translated them.
// Split in English at each sentence boundary: where the translation has as many sentences,
// it is cut at the same boundary; where it has one more or one fewer, any cut the aligner
// finds is at one of its sentence boundaries, and otherwise the reader is asked.
void TestPassageSplit::realTranslationsSplitAtMatchingSentences()
{
    QFETCH(QString, language);
    const QList<RealText::Pair> messages =
        RealText::gettextMessages(RealText::catalogue(language, u"coreutils"_s));
    QVERIFY2(messages.size() > 500, "coreutils' message catalogue is missing");
    int sameCount = 0;
    int otherCount = 0;
    int otherFound = 0;
    for (const RealText::Pair &message : messages) {
        const QString english = PassageText::shown(message.english.simplified());
        const QString translation = PassageText::shown(message.translation.simplified());
        const qsizetype sentences = SentenceSegmenter::split(english).size();
        const qsizetype translated = SentenceSegmenter::split(translation).size();
        if (sentences < 2 || sentences > 3 || std::abs(translated - sentences) > 1)
            continue;
        const Passage passage{u"m"_s, {translation, english}, true, {}};
        const QList<int> starts = PassageSplit::sentenceStarts(english);
        QCOMPARE(starts.size(), sentences - 1);
        const QList<int> translationStarts = PassageSplit::sentenceStarts(translation);
        for (qsizetype k = 0; k < starts.size(); ++k) {
            const PassageSplit::Plan plan = PassageSplit::plan(passage, 1, starts.at(k) + 1);
            QVERIFY(plan.isPossible());
            QCOMPARE(plan.cuts[1], starts.at(k));
            if (translated == sentences) {
                ++sameCount;
                QCOMPARE(plan.cuts[0], translationStarts.at(k));
                continue;
            }
            ++otherCount;
            if (plan.needsChoice())
                continue;
            ++otherFound;
            QVERIFY2(translationStarts.contains(plan.cuts[0]), qPrintable(translation));
        }
    }
    qInfo("%s: %d boundaries with as many sentences in the translation; of %d with one more or "
          "fewer, %d matched by the aligner, the rest left to the reader",
          qPrintable(language), sameCount, otherCount, otherFound);
    QVERIFY(sameCount >= 50);
    QVERIFY(otherCount >= 5);
}

QTEST_GUILESS_MAIN(TestPassageSplit)
#include "tst_passagesplit.moc"
