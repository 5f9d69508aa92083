#include "import/sentencealigner.h"
#include "import/sentencesegmenter.h"
#include "realtext.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

// A briefing written for this test, Korean first, with its English translation aligned
// by hand. It has 2:1 beads (two short Korean sentences, one English), 1:2 beads (one
// long Korean sentence, two English) and one Korean sentence left untranslated.
using Paragraph = QList<AlignedPair>;
static const QList<Paragraph> &knownBriefing()
{
    static const QList<Paragraph> briefing{
        {
            {{u"한일 양국 외교장관은 29일 서울에서 두 시간 동안 회담을 가졌다."_s},
             {u"The foreign ministers of South Korea and Japan met in Seoul on the 29th for two hours of talks."_s}},
            {{u"양측은 관계 개선을 위한 고위급 협의를 정례화하기로 합의했다."_s},
             {u"Both sides agreed to hold high-level consultations on improving relations on a regular basis."_s}},
            {{u"회담은 비공개로 진행됐다."_s, u"언론에는 모두발언만 공개됐다."_s},
             {u"The meeting was held behind closed doors, with only the opening remarks shown to the press."_s}},
            {{u"박 장관은 “과거사 문제를 외면한 채 미래로 나아갈 수는 없다”고 강조했다."_s},
             {u"Minister Park stressed that the two countries “cannot move toward the future while looking away from history.”"_s}},
            {{u"일본 측은 기존 입장을 되풀이하면서도 대화를 이어가자는 데에는 공감을 표했으며, 다음 달 도쿄에서 후속 회의를 열자고 제안했다."_s},
             {u"The Japanese side repeated its existing position but agreed that the dialogue should continue."_s,
              u"It proposed a follow-up meeting in Tokyo next month."_s}},
            {{u"외교부 당국자는 “분위기는 예상보다 좋았다”고 전했다."_s},
             {u"A foreign ministry official said the atmosphere had been “better than expected.”"_s}},
            {{u"양측은 공동 보도문은 채택하지 않았다."_s},
             {u"The two sides did not adopt a joint statement."_s}},
            {{u"다음 회담 일정은 외교 경로를 통해 조율할 예정이다."_s},
             {u"The date of the next round will be arranged through diplomatic channels."_s}},
        },
        {
            {{u"일본은 2019년 7월 반도체 핵심 소재 세 품목에 대한 수출 규제를 강화했다."_s},
             {u"In July 2019, Japan tightened export controls on three key materials used to make semiconductors."_s}},
            {{u"한국 정부는 이를 부당한 보복 조치로 규정하고 세계무역기구에 제소했다."_s},
             {u"The South Korean government called the move unjust retaliation and filed a complaint with the World Trade Organization."_s}},
            {{u"이후 국내 기업들은 소재 국산화와 수입처 다변화에 속도를 냈다."_s},
             {u"Since then, domestic companies have sped up efforts to produce the materials at home and to diversify their suppliers."_s}},
            {{u"이 문제는 지난해 국회 국정감사에서도 여야가 정부의 초기 대응을 두고 격론을 벌인 주요 쟁점이었다."_s},
             {}},
            {{u"산업통상자원부에 따르면 불화수소 수입 의존도는 3년 만에 절반 아래로 떨어졌다."_s},
             {u"According to the trade ministry, dependence on imported hydrogen fluoride fell below half within three years."_s}},
            {{u"그러나 포토레지스트는 여전히 일본산 비중이 높다."_s,
              u"업계는 완전한 대체에는 시간이 더 걸릴 것으로 본다."_s},
             {u"Photoresist, however, still comes largely from Japan, and the industry expects a full replacement to take more time."_s}},
            {{u"양국은 화이트리스트 복원 문제를 놓고 실무 협의를 계속하고 있다."_s},
             {u"The two countries are continuing working-level talks on putting each other back on their lists of trusted trading partners."_s}},
            {{u"정부는 연내 합의를 목표로 하고 있다고 밝혔다."_s},
             {u"The government said it was aiming for an agreement within the year."_s}},
        },
        {
            {{u"북한은 30일 새벽 동해상으로 단거리 탄도미사일 두 발을 발사했다."_s},
             {u"North Korea fired two short-range ballistic missiles into the East Sea early on the 30th."_s}},
            {{u"합동참모본부는 미사일이 약 400킬로미터를 비행했다고 밝혔다."_s},
             {u"The Joint Chiefs of Staff said the missiles flew about 400 kilometers."_s}},
            {{u"한미일 3국 북핵 대표는 즉시 전화 협의를 갖고 대응 방안을 논의했다."_s},
             {u"The chief nuclear envoys of South Korea, the United States and Japan immediately held a phone call to discuss a response."_s}},
            {{u"이들은 이번 발사가 유엔 안전보장이사회 결의의 명백한 위반이라고 규탄하고, 북한에 조건 없는 대화 복귀를 거듭 촉구했다."_s},
             {u"They condemned the launch as a clear violation of U.N. Security Council resolutions."_s,
              u"They also urged North Korea again to return to dialogue without conditions."_s}},
            {{u"일본 정부는 베이징의 대사관 경로를 통해 북한에 엄중히 항의했다."_s},
             {u"The Japanese government lodged a strong protest with North Korea through its embassy channel in Beijing."_s}},
            {{u"미국 국무부는 동맹국 방어 공약이 철통같다고 재확인했다."_s},
             {u"The U.S. State Department reaffirmed that its commitment to defending its allies is ironclad."_s}},
            {{u"전문가들은 추가 도발 가능성에 주목하고 있다."_s},
             {u"Experts are watching for the possibility of further provocations."_s}},
            {{u"북한은 이번 발사에 대해 아직 공식 입장을 내놓지 않았다."_s},
             {u"North Korea has not yet issued an official statement on the launch."_s}},
        },
        {
            {{u"한미일 정상회의는 다음 달 워싱턴에서 열릴 예정이다."_s},
             {u"A summit of South Korea, the United States and Japan is scheduled to take place in Washington next month."_s}},
            {{u"백악관은 공급망 협력과 경제 안보가 주요 의제가 될 것이라고 설명했다."_s},
             {u"The White House said supply chain cooperation and economic security would top the agenda."_s}},
            {{u"3국은 핵심 광물 공동 비축을 검토하고 있다."_s, u"반도체 연구 협력도 논의된다."_s},
             {u"The three countries are considering joint stockpiles of critical minerals and will also discuss cooperation on chip research."_s}},
            {{u"대통령실 관계자는 “구체적인 성과를 기대한다”며 말을 아꼈다."_s},
             {u"An official at the presidential office said he expected “concrete results” but declined to elaborate."_s}},
            {{u"일본 언론은 총리가 이 자리에서 한국과의 셔틀 외교 복원을 공식화할 것이라고 보도했다."_s},
             {u"Japanese media reported that the prime minister would use the occasion to formally restore shuttle diplomacy with Seoul."_s}},
            {{u"중국 외교부는 “배타적인 소집단을 만드는 데 반대한다”고 논평했다."_s},
             {u"China’s foreign ministry commented that it opposes “forming exclusive small groups.”"_s}},
            {{u"정상회의 결과는 공동성명 형태로 발표될 전망이다."_s},
             {u"The outcome of the summit is expected to be released as a joint statement."_s}},
        },
        {
            {{u"한편 후쿠시마 원전 처리수 방류를 둘러싼 논란도 계속되고 있다."_s},
             {u"Meanwhile, the controversy over the release of treated water from the Fukushima nuclear plant continues."_s}},
            {{u"정부는 국제원자력기구의 검증 결과를 존중한다는 입장이다."_s},
             {u"The government’s position is that it respects the findings of the International Atomic Energy Agency’s review."_s}},
            {{u"어민 단체들은 수산물 소비 감소를 우려하며 지원 대책을 요구했다."_s},
             {u"Fishermen’s groups voiced concern about falling seafood consumption and demanded support measures."_s}},
            {{u"정부는 매일 바닷물의 방사능 농도를 측정해 그 결과를 공개하겠다고 밝혔다."_s},
             {u"The government said it would measure radioactivity in seawater every day and make the results public."_s}},
        },
    };
    return briefing;
}

// A bead as sentence positions in the whole text: (first start, first count, second
// start, second count). Two alignments agree on a bead when they hold the same tuple.
struct Span
{
    qsizetype firstStart, firstCount, secondStart, secondCount;
    friend bool operator==(const Span &, const Span &) = default;
    friend size_t qHash(const Span &s, size_t seed = 0)
    {
        return qHashMulti(seed, s.firstStart, s.firstCount, s.secondStart, s.secondCount);
    }
};

static QList<Span> spans(const QList<AlignedPair> &pairs)
{
    QList<Span> result;
    qsizetype first = 0;
    qsizetype second = 0;
    for (const AlignedPair &pair : pairs) {
        result.append({first, pair.first.size(), second, pair.second.size()});
        first += pair.first.size();
        second += pair.second.size();
    }
    return result;
}

static QList<AlignedPair> flattened(const QList<Paragraph> &paragraphs)
{
    QList<AlignedPair> pairs;
    for (const Paragraph &paragraph : paragraphs)
        pairs.append(paragraph);
    return pairs;
}

// The share of the known beads the aligner found exactly.
static double accuracy(const QList<AlignedPair> &found, const QList<AlignedPair> &known)
{
    const QList<Span> foundSpans = spans(found);
    const QSet<Span> foundSet(foundSpans.cbegin(), foundSpans.cend());
    qsizetype right = 0;
    for (const Span &span : spans(known))
        right += foundSet.contains(span) ? 1 : 0;
    return known.isEmpty() ? 1.0 : double(right) / double(known.size());
}

static QList<QStringList> side(const QList<Paragraph> &paragraphs, QStringList AlignedPair::*member)
{
    QList<QStringList> sentences;
    for (const Paragraph &paragraph : paragraphs) {
        QStringList text;
        for (const AlignedPair &pair : paragraph)
            text.append(pair.*member);
        sentences.append(text);
    }
    return sentences;
}

// How an alignment is shaped, bead by bead ("2:1"); with the order kept, this is the
// whole alignment, and a failed comparison shows where it went wrong.
static QStringList shape(const QList<AlignedPair> &pairs)
{
    QStringList shapes;
    for (const AlignedPair &pair : pairs)
        shapes.append(QString::number(pair.first.size()) + u':'
                      + QString::number(pair.second.size()));
    return shapes;
}

class TestAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownBriefingHasEnoughSentences();
    void knownBriefingAlignsParagraphByParagraph();
    void knownBriefingAlignsAsOneText();
    void knownBriefingAlignsFromRawText();
    void realTranslationsAlignAsOneText_data();
    void realTranslationsAlignAsOneText();
    void bandFindsTheAlignmentOfTheWholeTable_data();
    void bandFindsTheAlignmentOfTheWholeTable();
    void longTextsAlignInABand();
    void theNarrowestBandIsTakenWhateverTheBound_data();
    void theNarrowestBandIsTakenWhateverTheBound();
    void sentencesAlign_data();
    void sentencesAlign();
    void beadsKeepEverySentenceInOrder();
    void equalParagraphCountsKeepBeadsInsideParagraphs();
    void differentParagraphCountsAlignTheWholeText();
};

void TestAlignment::knownBriefingHasEnoughSentences()
{
    const QList<QStringList> korean = side(knownBriefing(), &AlignedPair::first);
    const QList<QStringList> english = side(knownBriefing(), &AlignedPair::second);
    QVERIFY(korean.size() >= 4);
    qsizetype sentences = 0;
    for (const QStringList &paragraph : korean)
        sentences += paragraph.size();
    QVERIFY(sentences >= 30);
    const QStringList shapes = shape(flattened(knownBriefing()));
    QVERIFY(shapes.contains(u"2:1"_s));
    QVERIFY(shapes.contains(u"1:2"_s));
    QVERIFY(shapes.contains(u"1:0"_s));
}

void TestAlignment::knownBriefingAlignsParagraphByParagraph()
{
    const QList<AlignedPair> found = SentenceAligner::alignParagraphs(
        side(knownBriefing(), &AlignedPair::first), side(knownBriefing(), &AlignedPair::second));
    const QList<AlignedPair> known = flattened(knownBriefing());
    const double share = accuracy(found, known);
    qInfo("Paragraph by paragraph: %.1f%% of %lld beads exactly right", share * 100,
          qlonglong(known.size()));
    // 32 of 35 before sentences without counterpart were made three times as likely; now the
    // untranslated Korean sentence is paired one bead late (30 of 35), while on real text
    // with sentences left out or blocks moved 10–20 % more beads come out right
    // (docs/alignment.md).
    QVERIFY2(share >= 0.85, qPrintable(shape(found).join(u' ')));
}

void TestAlignment::knownBriefingAlignsAsOneText()
{
    QStringList korean;
    for (const QStringList &paragraph : side(knownBriefing(), &AlignedPair::first))
        korean.append(paragraph);
    QStringList english;
    for (const QStringList &paragraph : side(knownBriefing(), &AlignedPair::second))
        english.append(paragraph);
    const QList<AlignedPair> found = SentenceAligner::align(korean, english);
    const double share = accuracy(found, flattened(knownBriefing()));
    qInfo("Whole text without paragraphs: %.1f%% of beads exactly right", share * 100);
    // Without paragraph anchors an error can run on for a bead or two more (28 of 35).
    QVERIFY2(share >= 0.8, qPrintable(shape(found).join(u' ')));
}

// What "make a briefing from raw text" does: segment both texts, then align them.
void TestAlignment::knownBriefingAlignsFromRawText()
{
    const auto rawText = [](const QList<QStringList> &paragraphs) {
        QStringList text;
        for (const QStringList &paragraph : paragraphs)
            text.append(paragraph.join(u' '));
        return text.join(u"\n\n");
    };
    const QList<QStringList> korean = side(knownBriefing(), &AlignedPair::first);
    const QList<QStringList> english = side(knownBriefing(), &AlignedPair::second);
    QCOMPARE(SentenceSegmenter::splitParagraphs(rawText(korean)), korean);
    QCOMPARE(SentenceSegmenter::splitParagraphs(rawText(english)), english);
    const QList<AlignedPair> found =
        SentenceAligner::alignParagraphs(SentenceSegmenter::splitParagraphs(rawText(korean)),
                                         SentenceSegmenter::splitParagraphs(rawText(english)));
    QVERIFY(accuracy(found, flattened(knownBriefing())) >= 0.85);
}

// Real translations nobody here wrote: the prose messages of Debian's essential packages
// (coreutils, bash, tar, dpkg; not their tables of options) with their Korean or Japanese
// translations, all in one text on each side, as a long pasted document would be. A message
// is a unit the translators kept; the aligner should end a bead where each message ends,
// without knowing where that is.
struct RealTranslations
{
    QStringList translation;
    QStringList english;
    QList<std::pair<qsizetype, qsizetype>> messageEnds; // sentences up to each message's end
};

// `leaveOutEvery`: every so many messages, one side's text is left out (the translation's
// and the English in turn), as in copy one side has shortened.
static RealTranslations realTranslations(const QString &language, qsizetype leaveOutEvery = 0)
{
    RealTranslations result;
    qsizetype index = 0;
    for (const QString &domain : {u"coreutils"_s, u"bash"_s, u"tar"_s, u"dpkg"_s}) {
        for (const RealText::Pair &message :
             RealText::gettextMessages(RealText::catalogue(language, domain))) {
            if (message.english.contains(u"  "_s) || message.english.contains(u'\t')
                || message.english.contains(u'%'))
                continue;
            QStringList translated = SentenceSegmenter::split(message.translation.simplified());
            QStringList en = SentenceSegmenter::split(message.english.simplified());
            if (translated.isEmpty() || en.isEmpty() || en.join(u' ').size() < 40)
                continue;
            ++index;
            if (leaveOutEvery > 0 && index % leaveOutEvery == 0)
                (index / leaveOutEvery % 2 ? translated : en).clear();
            result.translation.append(translated);
            result.english.append(en);
            result.messageEnds.append({result.translation.size(), result.english.size()});
        }
    }
    return result;
}

void TestAlignment::realTranslationsAlignAsOneText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("leaveOutEvery");
    QTest::addColumn<double>("minimumShare");
    // Measured on 30 November 2026 with Debian 12's catalogues (510 Korean and 559 Japanese
    // messages): 97.8, 94.8, 76.9 and 79.2 %. Without paragraph marks a left-out message
    // is the hardest case: docs/alignment.md has the figures with paragraphs and hunalign's.
    QTest::newRow("Korean") << u"ko"_s << 0 << 0.95;
    QTest::newRow("Japanese") << u"ja"_s << 0 << 0.92;
    QTest::newRow("Korean, every 10th message on one side only") << u"ko"_s << 10 << 0.74;
    QTest::newRow("Japanese, every 10th message on one side only") << u"ja"_s << 10 << 0.76;
}

void TestAlignment::realTranslationsAlignAsOneText()
{
    QFETCH(QString, language);
    QFETCH(int, leaveOutEvery);
    QFETCH(double, minimumShare);
    const RealTranslations texts = realTranslations(language, leaveOutEvery);
    QVERIFY2(texts.translation.size() >= 500 && texts.english.size() >= 500,
             "the message catalogues of coreutils, bash, tar and dpkg are missing");
    QSet<std::pair<qsizetype, qsizetype>> beadEnds;
    qsizetype first = 0;
    qsizetype second = 0;
    for (const AlignedPair &pair : SentenceAligner::align(texts.translation, texts.english)) {
        first += pair.first.size();
        second += pair.second.size();
        beadEnds.insert({first, second});
    }
    qsizetype found = 0;
    for (const auto &end : texts.messageEnds)
        found += beadEnds.contains(end) ? 1 : 0;
    const double share = double(found) / double(texts.messageEnds.size());
    qInfo("%s as one text (%lld messages, %lld and %lld sentences): %.1f%% of message ends found",
          qPrintable(language), qlonglong(texts.messageEnds.size()),
          qlonglong(texts.translation.size()), qlonglong(texts.english.size()), share * 100);
    QVERIFY(share >= minimumShare);
}

// The band around the diagonal finds what the whole table finds, also where the alignment
// strays far from the diagonal and the band has to grow.
void TestAlignment::bandFindsTheAlignmentOfTheWholeTable_data()
{
    QTest::addColumn<QStringList>("korean");
    QTest::addColumn<QStringList>("english");
    QTest::addColumn<qsizetype>("halfWidth");
    const RealTranslations texts = realTranslations(u"ko"_s);
    QTest::newRow("real messages as one text")
        << texts.translation << texts.english << qsizetype(250);
    QTest::newRow("real messages as one text, from a band of 8 sentences")
        << texts.translation << texts.english << qsizetype(8);
    const QStringList korean = texts.translation.first(400);
    const QStringList english = texts.english.first(400);
    QTest::newRow("150 English sentences without Korean before the text")
        << korean << texts.english.last(150) + english << qsizetype(60);
    QTest::newRow("150 Korean sentences without English after the text")
        << korean + texts.translation.last(150) << english << qsizetype(60);
}

void TestAlignment::bandFindsTheAlignmentOfTheWholeTable()
{
    QFETCH(QStringList, korean);
    QFETCH(QStringList, english);
    QFETCH(qsizetype, halfWidth);
    QVERIFY2(korean.size() >= 400, "the message catalogues are missing");
    const QList<AlignedPair> whole = SentenceAligner::align(
        korean, english,
        {std::max(korean.size(), english.size()), std::numeric_limits<qint64>::max()});
    QCOMPARE(SentenceAligner::align(korean, english, {halfWidth}), whole);
}

// 40,000 short sentences a side: 1.6 billion cells in the whole table, which took 19 GB.
// Made up, with a known alignment: mostly 1:1, a 2:1 every 100 beads, a 1:2 every 150 and
// an untranslated Korean sentence every 997. Lengths only matter to the aligner.
void TestAlignment::longTextsAlignInABand()
{
    QRandomGenerator random(13);
    const auto koreanSentence = [&random] {
        return QString(random.bounded(8, 30), u'가');
    };
    const auto englishFor = [&random](const QStringList &korean) {
        qsizetype length = 0;
        for (const QString &sentence : korean)
            length += sentence.size();
        const int spread = int(std::sqrt(double(length))) + 1;
        return QString(qsizetype(2.6 * double(length)) + random.bounded(-spread, spread), u'a');
    };
    QList<AlignedPair> known;
    qsizetype sentences = 0;
    for (int bead = 0; sentences < 40'000; ++bead) {
        AlignedPair pair;
        if (bead % 997 == 996) {
            pair.first = {koreanSentence()};
        } else if (bead % 100 == 99) {
            pair.first = {koreanSentence(), koreanSentence()};
            pair.second = {englishFor(pair.first)};
        } else if (bead % 150 == 149) {
            pair.first = {koreanSentence()};
            const QString whole = englishFor(pair.first);
            pair.second = {whole.first(whole.size() / 2), whole.sliced(whole.size() / 2)};
        } else {
            pair.first = {koreanSentence()};
            pair.second = {englishFor(pair.first)};
        }
        sentences += pair.first.size();
        known.append(pair);
    }
    const QStringList first = side({known}, &AlignedPair::first).constFirst();
    const QStringList second = side({known}, &AlignedPair::second).constFirst();
    QVERIFY(first.size() >= 40'000 && second.size() >= 39'000);
    const QList<AlignedPair> found = SentenceAligner::align(first, second);
    QCOMPARE(side({found}, &AlignedPair::first).constFirst(), first);
    QCOMPARE(side({found}, &AlignedPair::second).constFirst(), second);
    const double share = accuracy(found, known);
    qInfo("%lld and %lld sentences: %.2f%% of %lld beads exactly right", qlonglong(first.size()),
          qlonglong(second.size()), share * 100, qlonglong(known.size()));
    QVERIFY(share >= 0.98);
}

// Below its narrowest band the aligner does not go, whatever the bound: that band takes a
// few bytes a sentence, and anything narrower could not reach the end of both texts.
void TestAlignment::theNarrowestBandIsTakenWhateverTheBound_data()
{
    QTest::addColumn<qsizetype>("koreanSentences");
    QTest::addColumn<qsizetype>("englishSentences");
    QTest::newRow("as many sentences a side") << qsizetype(5000) << qsizetype(5000);
    QTest::newRow("far more English") << qsizetype(10) << qsizetype(5000);
    QTest::newRow("far more Korean") << qsizetype(5000) << qsizetype(10);
    QTest::newRow("no English") << qsizetype(5000) << qsizetype(0);
    QTest::newRow("no Korean") << qsizetype(0) << qsizetype(5000);
}

void TestAlignment::theNarrowestBandIsTakenWhateverTheBound()
{
    QFETCH(qsizetype, koreanSentences);
    QFETCH(qsizetype, englishSentences);
    const QStringList korean(koreanSentences, u"회담이 열렸다."_s);
    const QStringList english(englishSentences, u"Talks were held."_s);
    const QList<AlignedPair> pairs = SentenceAligner::align(korean, english, {250, 1});
    QCOMPARE(side({pairs}, &AlignedPair::first).constFirst(), korean);
    QCOMPARE(side({pairs}, &AlignedPair::second).constFirst(), english);
}

void TestAlignment::sentencesAlign_data()
{
    QTest::addColumn<QStringList>("korean");
    QTest::addColumn<QStringList>("english");
    QTest::addColumn<QStringList>("shape");

    const QString sendsTeam = u"정부는 이번 주 도쿄에 협상단을 파견한다."_s;
    const QString sendsTeamEn =
        u"The government will send a negotiating team to Tokyo this week."_s;
    const QString demands = u"협상단은 수출 규제 해제를 요구할 계획이다."_s;
    const QString demandsEn = u"The team plans to demand that the export controls be lifted."_s;
    QTest::newRow("sentences of matching length pair one to one")
        << QStringList{sendsTeam, demands} << QStringList{sendsTeamEn, demandsEn}
        << QStringList{u"1:1"_s, u"1:1"_s};
    QTest::newRow("one long English sentence takes two short Korean ones")
        << QStringList{u"회담은 두 시간 동안 이어졌다."_s, u"양측은 공동 기자회견을 열지 않았다."_s,
                       u"다음 회담은 서울에서 열린다."_s}
        << QStringList{u"The talks lasted two hours, and the two sides held no joint press "
                       u"conference afterwards."_s,
                       u"The next round will be held in Seoul."_s}
        << QStringList{u"2:1"_s, u"1:1"_s};
    QTest::newRow("one long Korean sentence takes two English ones")
        << QStringList{u"미국 재무부는 북한의 불법 자금 조달에 관여한 개인 세 명과 기관 두 곳을 "
                       u"제재 대상에 추가했다고 밝혔다."_s,
                       u"제재는 즉시 발효된다."_s}
        << QStringList{u"The U.S. Treasury said it had added three individuals to its sanctions "
                       u"list."_s,
                       u"Two entities involved in North Korea’s illicit financing were also "
                       u"designated."_s,
                       u"The sanctions take effect immediately."_s}
        << QStringList{u"1:2"_s, u"1:1"_s};
    QTest::newRow("an untranslated Korean sentence stands alone")
        << QStringList{sendsTeam,
                       u"이 문제는 지난 정부 때부터 여야가 해법을 두고 대립해 온 오랜 현안이기도 "
                       u"하다."_s,
                       demands}
        << QStringList{sendsTeamEn, demandsEn} << QStringList{u"1:1"_s, u"1:0"_s, u"1:1"_s};
    QTest::newRow("an English sentence without Korean stands alone")
        << QStringList{sendsTeam, demands}
        << QStringList{sendsTeamEn,
                       u"Japan imposed the controls in 2019, citing concerns over how sensitive "
                       u"materials were being managed, which Seoul has always denied."_s,
                       demandsEn}
        << QStringList{u"1:1"_s, u"0:1"_s, u"1:1"_s};
    QTest::newRow("nothing aligns with nothing") << QStringList() << QStringList() << QStringList();
    QTest::newRow("Korean without English leaves each sentence alone")
        << QStringList{sendsTeam, demands} << QStringList() << QStringList{u"1:0"_s, u"1:0"_s};
    QTest::newRow("English without Korean leaves each sentence alone")
        << QStringList() << QStringList{sendsTeamEn} << QStringList{u"0:1"_s};
}

void TestAlignment::sentencesAlign()
{
    QFETCH(QStringList, korean);
    QFETCH(QStringList, english);
    QFETCH(QStringList, shape);
    const QList<AlignedPair> pairs = SentenceAligner::align(korean, english);
    QCOMPARE(::shape(pairs), shape);
}

void TestAlignment::beadsKeepEverySentenceInOrder()
{
    const QList<QStringList> korean = side(knownBriefing(), &AlignedPair::first);
    const QList<QStringList> english = side(knownBriefing(), &AlignedPair::second);
    QStringList koreanAgain;
    QStringList englishAgain;
    for (const AlignedPair &pair : SentenceAligner::alignParagraphs(korean, english)) {
        QVERIFY(!pair.first.isEmpty() || !pair.second.isEmpty());
        koreanAgain.append(pair.first);
        englishAgain.append(pair.second);
    }
    QCOMPARE(koreanAgain, side({flattened(knownBriefing())}, &AlignedPair::first).constFirst());
    QCOMPARE(englishAgain, side({flattened(knownBriefing())}, &AlignedPair::second).constFirst());
}

// The first English paragraph is a loose translation (two sentences for one short
// Korean one); read as one text, the lengths fit better with its second sentence moved
// to the next paragraph's bead. The paragraph break must win.
void TestAlignment::equalParagraphCountsKeepBeadsInsideParagraphs()
{
    const QList<QStringList> korean{
        {u"회담은 두 시간 동안 이어졌다."_s},
        {u"양측은 다음 달 서울에서 다시 만나 공동 성명을 발표하기로 했다."_s}};
    const QList<QStringList> english{
        {u"The talks lasted two hours."_s, u"They ended without a statement."_s},
        {u"The two sides will meet again in Seoul next month."_s}};
    const QStringList flatKorean = korean.constFirst() + korean.constLast();
    const QStringList flatEnglish = english.constFirst() + english.constLast();
    QCOMPARE(shape(SentenceAligner::align(flatKorean, flatEnglish)),
             QStringList({u"1:1"_s, u"1:2"_s}));
    QCOMPARE(shape(SentenceAligner::alignParagraphs(korean, english)),
             QStringList({u"1:2"_s, u"1:1"_s}));
}

void TestAlignment::differentParagraphCountsAlignTheWholeText()
{
    const QList<QStringList> korean{
        {u"회담은 두 시간 동안 이어졌다."_s, u"양측은 공동 기자회견을 열지 않았다."_s}};
    const QList<QStringList> english{{u"The talks lasted two hours."_s},
                                     {u"The two sides held no joint press conference."_s}};
    const QList<AlignedPair> pairs = SentenceAligner::alignParagraphs(korean, english);
    QCOMPARE(
        pairs,
        SentenceAligner::align(korean.constFirst(), english.constFirst() + english.constLast()));
    QCOMPARE(shape(pairs), QStringList({u"1:1"_s, u"1:1"_s}));
}

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
