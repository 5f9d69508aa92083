#include "model/pairconfidence.h"
#include "realtextbriefing.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

// Which pairs a reader should check: measured against the briefing's own length ratio, on
// made-up pairs for each case and on real translations (coreutils' Korean messages), aligned
// and misaligned.
class TestPairConfidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flagsPairsFarFromTheUsualRatio_data();
    void flagsPairsFarFromTheUsualRatio();
    void realTranslationsAreRarelyFlaggedAndMisalignmentOften();
    void storedConfidenceFlagsUnsurePairs_data();
    void storedConfidenceFlagsUnsurePairs();
};

namespace {
// Twenty pairs of the usual shape (the Korean about half the letters of the English), with
// `first` and `second` as the pair at index 10.
Briefing briefingWith(const QString &first, const QString &second,
                      std::optional<double> confidence = {})
{
    BriefingData data;
    data.title.insert(u"en"_s, u"T"_s);
    data.date = QDate(2020, 10, 29);
    for (int i = 0; i < 21; ++i) {
        Passage passage;
        passage.id = u"p%1"_s.arg(i);
        passage.text = {u"양측은 입장 차이를 재확인했다 %1"_s.arg(i),
                        u"The two sides confirmed how far apart they remain %1."_s.arg(i)};
        if (i == 10) {
            passage.text = {first, second};
            passage.confidence = confidence;
        }
        data.passages.append(passage);
    }
    return Briefing(std::move(data));
}
} // namespace

void TestPairConfidence::flagsPairsFarFromTheUsualRatio_data()
{
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");
    QTest::addColumn<PairConfidence::Concern>("concern");
    const QString korean = u"한국 측은 올해 안에 서울에서 정상회의를 열자고 제안했다."_s;
    const QString english =
        u"The Korean side proposed holding a summit in Seoul before the end of the year."_s;
    QTest::newRow("a usual pair") << korean << english << PairConfidence::Concern::None;
    QTest::newRow("the English has two sentences too many") << korean
                                                            << english
            + u" There was no word on how Japan responded to it, and none "
              "on when the two sides might meet again. Officials said the "
              "talks would continue through diplomatic channels."_s
                                                            << PairConfidence::Concern::LengthRatio;
    QTest::newRow("the Korean has a sentence too many")
        << korean
            + u" 이 제안에 일본 측이 어떤 반응을 보였는지는 전해지지 않았다. 다음 협의 "
              "일정도 정해지지 않았다. 양측은 계속 소통하기로 했다."_s
        << u"The Korean side proposed a summit."_s << PairConfidence::Concern::LengthRatio;
    QTest::newRow("a short pair is not judged")
        << u"네."_s << u"Yes, that is what was agreed."_s << PairConfidence::Concern::None;
    QTest::newRow("English only") << QString() << english
                                  << PairConfidence::Concern::OneLanguageOnly;
    QTest::newRow("Korean only") << korean << QString() << PairConfidence::Concern::OneLanguageOnly;
}

void TestPairConfidence::flagsPairsFarFromTheUsualRatio()
{
    QFETCH(QString, korean);
    QFETCH(QString, english);
    QFETCH(PairConfidence::Concern, concern);
    const PairConfidence pairs(briefingWith(korean, english));
    QCOMPARE(pairs.concern(10), concern);
    // The usual pairs around it are not flagged.
    QCOMPARE(pairs.concern(9), PairConfidence::Concern::None);
    QCOMPARE(pairs.concern(11), PairConfidence::Concern::None);
    if (concern == PairConfidence::Concern::LengthRatio)
        QVERIFY(pairs.deviation(10) >= PairConfidence::flaggedDeviation);
    QCOMPARE(pairs.concern(-1), PairConfidence::Concern::None);
    QCOMPARE(pairs.concern(99), PairConfidence::Concern::None);
}

void TestPairConfidence::realTranslationsAreRarelyFlaggedAndMisalignmentOften()
{
    const Briefing aligned = RealText::coreutilsBriefing(120);
    QVERIFY2(aligned.passages().size() == 120, "coreutils' Korean catalogue is missing");
    const auto flagged = [](const Briefing &briefing) {
        const PairConfidence pairs(briefing);
        int count = 0;
        for (int passage = 0; passage < briefing.passages().size(); ++passage)
            count += pairs.concern(passage) != PairConfidence::Concern::None ? 1 : 0;
        return count;
    };
    const int alignedFlags = flagged(aligned);
    // The English of each message next to the Korean of the one after it: what an aligner
    // that slipped by one sentence would produce.
    BriefingData slipped = aligned.data();
    for (qsizetype i = 0; i + 1 < slipped.passages.size(); ++i)
        slipped.passages[i].text[0] = aligned.passages().at(i + 1).text[0];
    const int slippedFlags = flagged(Briefing(std::move(slipped)));
    qInfo("coreutils: %d of 120 aligned pairs flagged, %d of 120 slipped pairs", alignedFlags,
          slippedFlags);
    QVERIFY(alignedFlags <= 10);
    QVERIFY(slippedFlags >= 3 * std::max(alignedFlags, 5));
}

void TestPairConfidence::storedConfidenceFlagsUnsurePairs_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<PairConfidence::Concern>("concern");
    const QString usual =
        u"The Korean side proposed holding a summit in Seoul before the end of the year."_s;
    const QString tooLong = usual
        + u" There was no word on how Japan responded to it, and none on when the two sides "
          "might meet again. Officials said the talks would continue through diplomatic "
          "channels."_s;
    QTest::newRow("an unsure pair of the usual length")
        << usual << 0.3 << PairConfidence::Concern::LowConfidence;
    QTest::newRow("a sure pair of the usual length")
        << usual << 0.9 << PairConfidence::Concern::None;
    QTest::newRow("just at the threshold")
        << usual << PairConfidence::lowConfidence << PairConfidence::Concern::None;
    QTest::newRow("a sure pair far from the usual ratio still is checked")
        << tooLong << 0.95 << PairConfidence::Concern::LengthRatio;
    QTest::newRow("unsure and far off: the aligner's word comes first")
        << tooLong << 0.1 << PairConfidence::Concern::LowConfidence;
    QTest::newRow("one language only comes before any confidence")
        << QString() << 0.1 << PairConfidence::Concern::OneLanguageOnly;
}

void TestPairConfidence::storedConfidenceFlagsUnsurePairs()
{
    QFETCH(QString, english);
    QFETCH(double, confidence);
    QFETCH(PairConfidence::Concern, concern);
    const QString korean = u"한국 측은 올해 안에 서울에서 정상회의를 열자고 제안했다."_s;
    const PairConfidence pairs(briefingWith(english.isEmpty() ? QString() : korean,
                                            english.isEmpty() ? korean : english, confidence));
    QCOMPARE(pairs.concern(10), concern);
    QCOMPARE(pairs.confidence(10), confidence);
    QCOMPARE(pairs.confidence(9), -1.0); // none stored
    QCOMPARE(pairs.concern(9), PairConfidence::Concern::None);
}

QTEST_MAIN(TestPairConfidence)
#include "tst_pairconfidence.moc"
