#include "document/briefingedits.h"
#include "format/briefingloader.h"
#include "format/briefingwriter.h"
#include "format/samplebriefing.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Edit = std::function<BriefingData(const BriefingData &)>;
Q_DECLARE_METATYPE(Edit)

// The edits behind the editor: each keeps the briefing valid and its references pointing at
// the same text.
class TestBriefingEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsGiveValidBriefings_data();
    void editsGiveValidBriefings();
    void outOfRangeArgumentsChangeNothing_data();
    void outOfRangeArgumentsChangeNothing();
    void mergeJoinsTexts_data();
    void mergeJoinsTexts();
    void mergeMovesReferences_data();
    void mergeMovesReferences();
    void splitThenMergeGivesBackTheOriginal_data();
    void splitThenMergeGivesBackTheOriginal();
    void splitShiftsLaterReferences();
    void splitPicksAnUnusedId();
    void moveSentence_data();
    void moveSentence();
    void passageEmptiedInBothLanguagesIsRemoved_data();
    void passageEmptiedInBothLanguagesIsRemoved();
    void emptiedFirstPassageHandsOnItsParagraphStart();
    void addIssueDerivesItsId_data();
    void addIssueDerivesItsId();
    void addSideMakesItsIdUnique();
    void setStanceCreatesThenUpdates();
    void setStanceKeepsEvidence();
    void evidenceIsAddedAndRemoved();
    void removingPassagesFromAnIssueRemovesThemFromItsEvidence();
    void removeIssueKeepsTheOthers();
    void splitInBothLanguages_data();
    void splitInBothLanguages();
    void splitThatWouldLeaveAPartEmptyChangesNothing_data();
    void splitThatWouldLeaveAPartEmptyChangesNothing();
    void removeSideRemovesItsStancesAndRenumbers();

private:
    BriefingData m_sample;
};

namespace {
const QString ko = u"ko"_s;
const QString en = u"en"_s;

LocalizedText text(const QString &korean, const QString &english)
{
    return {{ko, korean}, {en, english}};
}

// Four passages, two sides, two issues: small enough to state every expectation.
BriefingData smallBriefing()
{
    BriefingData data;
    data.title = text(u"제목"_s, u"Title"_s);
    data.summary = text(u"요약"_s, u"Summary"_s);
    data.date = QDate(2020, 10, 29);
    data.source = {u"Arirang"_s, QUrl(u"https://www.arirang.com/"_s)};
    data.sides = {Side{u"kr"_s, text(u"한국"_s, u"South Korea"_s), QColor(0x25, 0x63, 0xb0)},
                  Side{u"jp"_s, text(u"일본"_s, u"Japan"_s), QColor(0xc2, 0x41, 0x0c)}};
    data.passages = {
        Passage{u"p1"_s,
                {u"첫 문장이다. 둘째 문장이다."_s, u"First sentence. Second sentence."_s},
                true,
                {}},
        Passage{u"p2"_s, {u"셋째 문장이다."_s, u"Third sentence."_s}, false, {}},
        Passage{u"p3"_s, {QString(), u"Only English."_s}, false, {}},
        Passage{u"p4"_s, {u"넷째."_s, u"Fourth."_s}, true, {}},
    };
    Issue trade{u"trade"_s, text(u"무역"_s, u"Trade"_s), {1, 3}, {}, {}};
    trade.stances = {Stance{0, StancePosition::Demands, {}, {1}},
                     Stance{1, StancePosition::Objects, {}, {2, 3}}};
    const Issue history{u"history"_s, text(u"역사"_s, u"History"_s), {0}, {}, {}};
    data.issues = {trade, history};
    // What the loader would give: relevantPassages computed.
    return Briefing(data).data();
}

// Writes the briefing out and reads it back: no diagnostics, and the same data.
bool survivesRoundTrip(const BriefingData &data)
{
    const LoadResult loaded = BriefingLoader::parse(BriefingWriter::toJson(Briefing(data)), u"x"_s);
    if (!loaded.diagnostics.isEmpty()) {
        qWarning().noquote() << formatDiagnostics(loaded.diagnostics);
        return false;
    }
    if (!loaded.briefing || loaded.briefing->data() != Briefing(data).data()) {
        qWarning("the briefing read back differs from the edited one");
        return false;
    }
    return true;
}

int passageIndex(const BriefingData &data, const QString &id)
{
    for (int i = 0; i < data.passages.size(); ++i) {
        if (data.passages.at(i).id == id)
            return i;
    }
    return -1;
}

QStringList passageIds(const BriefingData &data, const QList<int> &indices)
{
    QStringList ids;
    for (const int index : indices)
        ids.append(data.passages.at(index).id);
    return ids;
}

bool idsAreUnique(const BriefingData &data)
{
    QSet<QString> ids;
    for (const Passage &passage : data.passages)
        ids.insert(passage.id);
    return ids.size() == data.passages.size();
}
} // namespace

void TestBriefingEdits::initTestCase()
{
    const LoadResult loaded = BriefingLoader::loadFile(SampleBriefing::resourcePath());
    QVERIFY(loaded.briefing);
    m_sample = loaded.briefing->data();
}

void TestBriefingEdits::editsGiveValidBriefings_data()
{
    QTest::addColumn<Edit>("edit");
    using namespace BriefingEdits;
    const auto row = [](const char *name, Edit edit) {
        QTest::newRow(name) << edit;
    };
    row("merging the first two passages", [](const auto &d) { return mergeWithNext(d, 0); });
    row("merging the last two passages",
        [](const auto &d) { return mergeWithNext(d, int(d.passages.size()) - 2); });
    row("splitting an English text", [](const auto &d) { return splitPassage(d, 1, 1, 10); });
    row("splitting a Korean text", [](const auto &d) { return splitPassage(d, 1, 0, 5); });
    row("moving a sentence forward",
        [](const auto &d) { return BriefingEdits::moveSentence(d, 0, 1, true); });
    row("moving a sentence back",
        [](const auto &d) { return BriefingEdits::moveSentence(d, 1, 0, false); });
    row("setting the title", [](const auto &d) { return setTitle(d, text(u"새 제목"_s, {})); });
    row("setting a summary", [](const auto &d) { return setSummary(d, text({}, u"Short."_s)); });
    row("clearing the summary", [](const auto &d) { return setSummary(d, {}); });
    row("setting the date", [](const auto &d) { return setDate(d, QDate(2021, 2, 28)); });
    row("clearing the date", [](const auto &d) { return setDate(d, QDate()); });
    row("setting the source", [](const auto &d) {
        return setSource(d, {u"Yonhap"_s, QUrl(u"https://yna.co.kr/"_s)});
    });
    row("clearing the source", [](const auto &d) { return setSource(d, {}); });
    row("adding a side with a taken id", [](const auto &d) {
        return addSide(d, u"kr"_s, text(u"북한"_s, u"North Korea"_s), QColor(Qt::darkGreen));
    });
    row("adding a side named in one language only", [](const auto &d) {
        return addSide(d, u"us"_s, {{en, u"US"_s}}, QColor(Qt::blue));
    });
    row("renaming a side", [](const auto &d) { return renameSide(d, 1, text(u"日"_s, u"J"_s)); });
    row("recolouring a side", [](const auto &d) { return setSideColor(d, 0, QColor(Qt::red)); });
    row("adding an issue", [](const auto &d) { return addIssue(d, text({}, u"Visas"_s)); });
    row("renaming an issue", [](const auto &d) { return renameIssue(d, 0, text(u"가"_s, {})); });
    row("removing an issue", [](const auto &d) { return removeIssue(d, 0); });
    row("adding passages to an issue", [](const auto &d) {
        return addPassagesToIssue(d, 1, {2, 0, 2});
    });
    row("removing passages from an issue", [](const auto &d) {
        return removePassagesFromIssue(d, 0, {1, 2, 3});
    });
    row("setting a new stance", [](const auto &d) {
        return setStance(d, 1, 1, StancePosition::Rejects, text(u"거부"_s, u"Rejects"_s));
    });
    row("setting a stance without a summary",
        [](const auto &d) { return setStance(d, 0, 0, StancePosition::None, text({}, {})); });
    row("adding evidence", [](const auto &d) { return addEvidence(d, 1, 0, {3, 1}); });
    row("removing evidence", [](const auto &d) {
        return removeEvidence(d, 0, 1, d.issues.at(0).stances.at(1).evidence);
    });
    row("splitting both languages", [](const auto &d) {
        return splitPassage(d, 0, std::array<int, 2>{1, 1});
    });
    row("removing the first side", [](const auto &d) { return removeSide(d, 0); });
    row("removing the last side",
        [](const auto &d) { return removeSide(d, int(d.sides.size()) - 1); });
}

void TestBriefingEdits::editsGiveValidBriefings()
{
    QFETCH(Edit, edit);
    for (const BriefingData &data : {m_sample, smallBriefing()}) {
        const BriefingData before = data;
        const BriefingData edited = edit(data);
        QCOMPARE_NE(edited, data);
        QCOMPARE(data, before);
        QVERIFY(idsAreUnique(edited));
        QVERIFY(survivesRoundTrip(edited));
    }
}

void TestBriefingEdits::outOfRangeArgumentsChangeNothing_data()
{
    QTest::addColumn<Edit>("edit");
    using namespace BriefingEdits;
    const auto row = [](const char *name, Edit edit) {
        QTest::newRow(name) << edit;
    };
    row("merging the last passage",
        [](const auto &d) { return mergeWithNext(d, int(d.passages.size()) - 1); });
    row("merging a negative index", [](const auto &d) { return mergeWithNext(d, -1); });
    row("splitting a missing passage", [](const auto &d) { return splitPassage(d, 99, 1, 3); });
    row("splitting a third language", [](const auto &d) { return splitPassage(d, 0, 2, 3); });
    row("splitting at the start", [](const auto &d) { return splitPassage(d, 0, 1, 0); });
    row("splitting at the end",
        [](const auto &d) { return splitPassage(d, 0, 1, int(d.passages.at(0).text[1].size())); });
    row("splitting at a negative position",
        [](const auto &d) { return splitPassage(d, 0, 1, -4); });
    row("moving a sentence before the first passage",
        [](const auto &d) { return BriefingEdits::moveSentence(d, 0, 1, false); });
    row("moving a sentence after the last passage", [](const auto &d) {
        return BriefingEdits::moveSentence(d, int(d.passages.size()) - 1, 1, true);
    });
    row("moving a sentence in a negative language",
        [](const auto &d) { return BriefingEdits::moveSentence(d, 0, -1, true); });
    row("setting an empty title", [](const auto &d) { return setTitle(d, text(u" "_s, {})); });
    row("setting a date past year 9999",
        [](const auto &d) { return setDate(d, QDate(10000, 1, 1)); });
    row("setting a source without https", [](const auto &d) {
        return setSource(d, {u"Yonhap"_s, QUrl(u"http://yna.co.kr/"_s)});
    });
    row("adding a side without a name",
        [](const auto &d) { return addSide(d, u"cn"_s, {}, QColor(Qt::red)); });
    row("renaming a missing side",
        [](const auto &d) { return renameSide(d, 2, text(u"가"_s, {})); });
    row("recolouring a missing side",
        [](const auto &d) { return setSideColor(d, -1, QColor(Qt::red)); });
    row("recolouring with an invalid colour", [](const auto &d) { return setSideColor(d, 0, {}); });
    row("adding an issue without a title", [](const auto &d) { return addIssue(d, {}); });
    row("renaming a missing issue",
        [](const auto &d) { return renameIssue(d, 99, text(u"가"_s, {})); });
    row("removing a missing issue", [](const auto &d) { return removeIssue(d, -1); });
    row("adding a missing passage to an issue", [](const auto &d) {
        return addPassagesToIssue(d, 0, {0, 999});
    });
    row("removing passages from a missing issue",
        [](const auto &d) { return removePassagesFromIssue(d, 99, {0}); });
    row("setting a stance of a missing side",
        [](const auto &d) { return setStance(d, 0, 7, StancePosition::Supports, {}); });
    row("setting a stance on a missing issue",
        [](const auto &d) { return setStance(d, 99, 0, StancePosition::Supports, {}); });
    row("adding missing evidence", [](const auto &d) { return addEvidence(d, 0, 0, {-1}); });
    row("removing evidence of a missing side",
        [](const auto &d) { return removeEvidence(d, 0, 5, {0}); });
    row("removing a missing side", [](const auto &d) { return removeSide(d, 9); });
    row("splitting both languages at a negative cut", [](const auto &d) {
        return splitPassage(d, 0, std::array<int, 2>{-1, 3});
    });
    row("splitting both languages past the end", [](const auto &d) {
        return splitPassage(d, 0, std::array<int, 2>{2, 9999});
    });
}

void TestBriefingEdits::outOfRangeArgumentsChangeNothing()
{
    QFETCH(Edit, edit);
    QCOMPARE(edit(m_sample), m_sample);
    const BriefingData small = smallBriefing();
    QCOMPARE(edit(small), small);
}

void TestBriefingEdits::mergeJoinsTexts_data()
{
    QTest::addColumn<int>("passage");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");
    QTest::addColumn<bool>("startsParagraph");
    QTest::newRow("texts in both languages are joined with a space")
        << 0 << u"첫 문장이다. 둘째 문장이다. 셋째 문장이다."_s
        << u"First sentence. Second sentence. Third sentence."_s << true;
    QTest::newRow("an empty text adds no space")
        << 1 << u"셋째 문장이다."_s << u"Third sentence. Only English."_s << false;
    QTest::newRow("the second passage's paragraph start is dropped")
        << 2 << u"넷째."_s << u"Only English. Fourth."_s << false;
}

void TestBriefingEdits::mergeJoinsTexts()
{
    QFETCH(int, passage);
    QFETCH(QString, korean);
    QFETCH(QString, english);
    QFETCH(bool, startsParagraph);
    const BriefingData data = smallBriefing();
    const BriefingData merged = BriefingEdits::mergeWithNext(data, passage);
    QCOMPARE(merged.passages.size(), data.passages.size() - 1);
    const Passage &result = merged.passages.at(passage);
    QCOMPARE(result.id, data.passages.at(passage).id);
    QCOMPARE(result.text[0], korean);
    QCOMPARE(result.text[1], english);
    QCOMPARE(result.startsParagraph, startsParagraph);
    QVERIFY(survivesRoundTrip(merged));
}

void TestBriefingEdits::mergeMovesReferences_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("issue");
    QTest::addColumn<int>("stance"); // -1: the issue's own passages
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("an issue listing both passages lists the merged one once")
        << u"p9"_s << u"forced-labour"_s << -1 << QStringList{u"p3"_s, u"p9"_s, u"p22"_s};
    QTest::newRow("an issue listing only the second now lists the first")
        << u"p2"_s << u"export-controls"_s << -1 << QStringList{u"p2"_s, u"p22"_s};
    QTest::newRow("evidence citing both passages cites the merged one once")
        << u"p20"_s << u"north-korea"_s << 0 << QStringList{u"p20"_s};
    QTest::newRow("evidence citing the first passage is kept")
        << u"p19"_s << u"north-korea"_s << 1 << QStringList{u"p19"_s};
    QTest::newRow("references after the merge point at the same passages")
        << u"p1"_s << u"fukushima-water"_s << 1 << QStringList{u"p18"_s};
}

void TestBriefingEdits::mergeMovesReferences()
{
    QFETCH(QString, first);
    QFETCH(QString, issue);
    QFETCH(int, stance);
    QFETCH(QStringList, expected);
    const int passage = passageIndex(m_sample, first);
    QVERIFY(passage >= 0);
    const BriefingData merged = BriefingEdits::mergeWithNext(m_sample, passage);
    const int issueIndex = Briefing(merged).issueIndex(issue);
    QVERIFY(issueIndex >= 0);
    const Issue &edited = merged.issues.at(issueIndex);
    QCOMPARE(passageIds(merged, stance < 0 ? edited.passages : edited.stances.at(stance).evidence),
             expected);
    const Passage &second = m_sample.passages.at(passage + 1);
    QCOMPARE(merged.passages.at(passage).text[1],
             m_sample.passages.at(passage).text[1] + u' ' + second.text[1]);
    QCOMPARE(passageIndex(merged, second.id), -1);
    QVERIFY(survivesRoundTrip(merged));
}

void TestBriefingEdits::splitThenMergeGivesBackTheOriginal_data()
{
    QTest::addColumn<bool>("sample");
    QTest::addColumn<QString>("passage");
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("splitBefore");
    QTest::newRow("an English text split between words") << true << u"p1"_s << 1 << u"at South"_s;
    QTest::newRow("a Korean text split between words") << true << u"p1"_s << 0 << u"서울"_s;
    QTest::newRow("a text split at its first space") << true << u"p22"_s << 1 << u" "_s;
    QTest::newRow("a text split between sentences") << false << u"p1"_s << 1 << u"Second"_s;
    QTest::newRow("a text split where the other language is empty")
        << false << u"p3"_s << 1 << u"English"_s;
}

void TestBriefingEdits::splitThenMergeGivesBackTheOriginal()
{
    QFETCH(bool, sample);
    QFETCH(QString, passage);
    QFETCH(int, slot);
    QFETCH(QString, splitBefore);
    const BriefingData data = sample ? m_sample : smallBriefing();
    const int index = passageIndex(data, passage);
    QVERIFY(index >= 0);
    const Passage &original = data.passages.at(index);
    const int position = int(original.text[slot].indexOf(splitBefore, 1));
    QVERIFY(position > 0);

    const BriefingData split = BriefingEdits::splitPassage(data, index, slot, position);
    QCOMPARE(split.passages.size(), data.passages.size() + 1);
    const Passage &first = split.passages.at(index);
    const Passage &second = split.passages.at(index + 1);
    QCOMPARE(first.id, original.id);
    QCOMPARE(first.text[slot], original.text[slot].left(position).trimmed());
    QCOMPARE(first.text[1 - slot], original.text[1 - slot]);
    QCOMPARE(second.text[slot], original.text[slot].mid(position).trimmed());
    QCOMPARE(second.text[1 - slot], QString());
    QVERIFY(!second.startsParagraph);
    QVERIFY(idsAreUnique(split));
    QVERIFY(survivesRoundTrip(split));

    const BriefingData merged = BriefingEdits::mergeWithNext(split, index);
    QCOMPARE(merged, data);
}

void TestBriefingEdits::splitShiftsLaterReferences()
{
    const int index = passageIndex(m_sample, u"p9"_s);
    const BriefingData split = BriefingEdits::splitPassage(m_sample, index, 1, 5);
    const Issue &issue = split.issues.at(Briefing(split).issueIndex(u"forced-labour"_s));
    QCOMPARE(passageIds(split, issue.passages),
             (QStringList{u"p3"_s, u"p9"_s, u"p10"_s, u"p22"_s}));
    QCOMPARE(issue.relevantPassages.size(), 6);
    QVERIFY(survivesRoundTrip(split));
}

void TestBriefingEdits::splitPicksAnUnusedId()
{
    BriefingData data = smallBriefing();
    data.passages[1].id = u"p1-2"_s;
    const BriefingData once = BriefingEdits::splitPassage(data, 0, 1, 16);
    QCOMPARE(once.passages.at(1).id, u"p1-3"_s);
    const BriefingData twice = BriefingEdits::splitPassage(once, 0, 0, 7);
    QCOMPARE(twice.passages.at(1).id, u"p1-4"_s);
    QVERIFY(idsAreUnique(twice));
    QVERIFY(survivesRoundTrip(twice));
}

void TestBriefingEdits::moveSentence_data()
{
    QTest::addColumn<int>("passage");
    QTest::addColumn<int>("slot");
    QTest::addColumn<bool>("toNext");
    QTest::addColumn<QString>("left"); // the moved-from passage's text in `slot`
    QTest::addColumn<QString>("received"); // the neighbour's
    QTest::newRow("the last English sentence moves to the start of the next passage")
        << 0 << 1 << true << u"First sentence."_s << u"Second sentence. Third sentence."_s;
    QTest::newRow("the last Korean sentence moves to the start of the next passage")
        << 0 << 0 << true << u"첫 문장이다."_s << u"둘째 문장이다. 셋째 문장이다."_s;
    QTest::newRow("the only sentence moves to the end of the previous passage")
        << 1 << 0 << false << QString() << u"첫 문장이다. 둘째 문장이다. 셋째 문장이다."_s;
    QTest::newRow("a sentence moves into an empty text")
        << 1 << 0 << true << QString() << u"셋째 문장이다."_s;
    QTest::newRow("the first sentence moves back across a paragraph break")
        << 3 << 1 << false << QString() << u"Only English. Fourth."_s;
}

void TestBriefingEdits::moveSentence()
{
    QFETCH(int, passage);
    QFETCH(int, slot);
    QFETCH(bool, toNext);
    QFETCH(QString, left);
    QFETCH(QString, received);
    const BriefingData data = smallBriefing();
    const BriefingData moved = BriefingEdits::moveSentence(data, passage, slot, toNext);
    QCOMPARE(moved.passages.size(), data.passages.size());
    QCOMPARE(moved.passages.at(passage).text[slot], left);
    QCOMPARE(moved.passages.at(toNext ? passage + 1 : passage - 1).text[slot], received);
    QCOMPARE(moved.issues, data.issues);
    QVERIFY(survivesRoundTrip(moved));

    const BriefingData back =
        BriefingEdits::moveSentence(moved, toNext ? passage + 1 : passage - 1, slot, !toNext);
    QCOMPARE(back.passages.at(passage).text[slot], data.passages.at(passage).text[slot]);
}

void TestBriefingEdits::passageEmptiedInBothLanguagesIsRemoved_data()
{
    QTest::addColumn<bool>("toNext");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QStringList>("trade");
    QTest::addColumn<QStringList>("evidence");
    QTest::newRow("moved back, the sentence ends the previous passage")
        << false << u"Third sentence. Only English."_s << QStringList{u"p2"_s, u"p4"_s}
        << QStringList{u"p4"_s};
    QTest::newRow("moved forward, the sentence starts the next passage")
        << true << u"Only English. Fourth."_s << QStringList{u"p2"_s, u"p4"_s}
        << QStringList{u"p4"_s};
}

void TestBriefingEdits::passageEmptiedInBothLanguagesIsRemoved()
{
    QFETCH(bool, toNext);
    QFETCH(QString, received);
    QFETCH(QStringList, trade);
    QFETCH(QStringList, evidence);
    const BriefingData data = smallBriefing();
    const BriefingData moved = BriefingEdits::moveSentence(data, 2, 1, toNext);
    QCOMPARE(moved.passages.size(), 3);
    QCOMPARE(passageIndex(moved, u"p3"_s), -1);
    QCOMPARE(moved.passages.at(toNext ? 2 : 1).text[1], received);
    QCOMPARE(passageIds(moved, moved.issues.at(0).passages), trade);
    QCOMPARE(passageIds(moved, moved.issues.at(0).stances.at(1).evidence), evidence);
    QVERIFY(survivesRoundTrip(moved));
}

void TestBriefingEdits::emptiedFirstPassageHandsOnItsParagraphStart()
{
    BriefingData data = smallBriefing();
    for (int slot = 0; slot < 2; ++slot) {
        data = BriefingEdits::moveSentence(data, 0, slot, true);
        data = BriefingEdits::moveSentence(data, 0, slot, true);
    }
    QCOMPARE(data.passages.size(), 3);
    QCOMPARE(data.passages.at(0).id, u"p2"_s);
    QVERIFY(data.passages.at(0).startsParagraph);
    QCOMPARE(data.passages.at(0).text[1], u"First sentence. Second sentence. Third sentence."_s);
    QCOMPARE(passageIds(data, data.issues.at(1).passages), QStringList());
    QVERIFY(survivesRoundTrip(data));
}

void TestBriefingEdits::addIssueDerivesItsId_data()
{
    QTest::addColumn<bool>("sample");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("id");
    QTest::newRow("words become a lower-case hyphenated id")
        << false << u"Export Controls"_s << u"export-controls"_s;
    QTest::newRow("punctuation and spaces collapse into one hyphen")
        << false << u"  Forced labour: compensation (2018)! "_s
        << u"forced-labour-compensation-2018"_s;
    QTest::newRow("a taken id gets a number")
        << true << u"Export controls"_s << u"export-controls-2"_s;
    QTest::newRow("a title without English letters is numbered")
        << false << QString() << u"issue-3"_s;
    QTest::newRow("a title of punctuation only is numbered") << true << u"?!"_s << u"issue-6"_s;
}

void TestBriefingEdits::addIssueDerivesItsId()
{
    QFETCH(bool, sample);
    QFETCH(QString, english);
    QFETCH(QString, id);
    const BriefingData data = sample ? m_sample : smallBriefing();
    const BriefingData added = BriefingEdits::addIssue(data, text(u"수출 규제"_s, english));
    QCOMPARE(added.issues.size(), data.issues.size() + 1);
    QCOMPARE(added.issues.last().id, id);
    QCOMPARE(added.issues.last().title.text(ko), u"수출 규제"_s);
    QVERIFY(added.issues.last().stances.isEmpty());
    QVERIFY(survivesRoundTrip(added));
}

void TestBriefingEdits::addSideMakesItsIdUnique()
{
    const BriefingData data = smallBriefing();
    const BriefingData once =
        BriefingEdits::addSide(data, u"kr"_s, text(u"북한"_s, u"North Korea"_s), Qt::darkGreen);
    const BriefingData twice =
        BriefingEdits::addSide(once, u"kr"_s, text(u"북한"_s, u"North Korea"_s), Qt::darkGreen);
    QCOMPARE(twice.sides.size(), 4);
    QCOMPARE(twice.sides.at(2).id, u"kr-2"_s);
    QCOMPARE(twice.sides.at(3).id, u"kr-3"_s);
    QCOMPARE(twice.sides.at(3).color, QColor(Qt::darkGreen));
    QVERIFY(survivesRoundTrip(twice));
}

void TestBriefingEdits::setStanceCreatesThenUpdates()
{
    const BriefingData data = smallBriefing();
    const BriefingData created = BriefingEdits::setStance(data, 1, 0, StancePosition::Supports,
                                                          text(u"지지"_s, u"Supports"_s));
    QCOMPARE(created.issues.at(1).stances.size(), 1);
    const Stance &stance = created.issues.at(1).stances.at(0);
    QCOMPARE(stance.side, 0);
    QCOMPARE(stance.position, StancePosition::Supports);
    QCOMPARE(stance.summary.text(en), u"Supports"_s);
    QVERIFY(survivesRoundTrip(created));

    const BriefingData updated =
        BriefingEdits::setStance(created, 1, 0, StancePosition::Rejects, {});
    QCOMPARE(updated.issues.at(1).stances.size(), 1);
    QCOMPARE(updated.issues.at(1).stances.at(0).position, StancePosition::Rejects);
    QVERIFY(updated.issues.at(1).stances.at(0).summary.isEmpty());
    QVERIFY(survivesRoundTrip(updated));
}

void TestBriefingEdits::setStanceKeepsEvidence()
{
    const BriefingData data = smallBriefing();
    const BriefingData updated =
        BriefingEdits::setStance(data, 0, 1, StancePosition::Concerned, text({}, u"Worried"_s));
    const Stance &stance = updated.issues.at(0).stances.at(1);
    QCOMPARE(stance.position, StancePosition::Concerned);
    QCOMPARE(stance.evidence, (QList<int>{2, 3}));
    QCOMPARE(stance.summary.text(ko), QString());
    QVERIFY(survivesRoundTrip(updated));
}

void TestBriefingEdits::evidenceIsAddedAndRemoved()
{
    const BriefingData data = smallBriefing();
    const BriefingData added = BriefingEdits::addEvidence(data, 1, 1, {3, 0, 3});
    QCOMPARE(added.issues.at(1).stances.size(), 1);
    const Stance &created = added.issues.at(1).stances.at(0);
    QCOMPARE(created.side, 1);
    QCOMPARE(created.position, StancePosition::None);
    QCOMPARE(created.evidence, (QList<int>{0, 3}));
    QCOMPARE(added.issues.at(1).relevantPassages, (QList<int>{0, 3}));
    QVERIFY(survivesRoundTrip(added));

    const BriefingData again = BriefingEdits::addEvidence(added, 1, 1, {0, 2});
    QCOMPARE(again.issues.at(1).stances.at(0).evidence, (QList<int>{0, 2, 3}));

    QCOMPARE(BriefingEdits::removeEvidence(again, 1, 0, {0}), again); // side 0 has no stance
    const BriefingData removed = BriefingEdits::removeEvidence(again, 1, 1, {3, 0});
    QCOMPARE(removed.issues.at(1).stances.at(0).evidence, QList<int>{2});
    QCOMPARE(removed.issues.at(1).passages, QList<int>{0});
    QCOMPARE(removed.issues.at(1).relevantPassages, (QList<int>{0, 2}));
    QVERIFY(survivesRoundTrip(removed));
}

void TestBriefingEdits::removingPassagesFromAnIssueRemovesThemFromItsEvidence()
{
    const BriefingData data = smallBriefing();
    const BriefingData removed = BriefingEdits::removePassagesFromIssue(data, 0, {3, 1});
    const Issue &issue = removed.issues.at(0);
    QVERIFY(issue.passages.isEmpty());
    QVERIFY(issue.stances.at(0).evidence.isEmpty());
    QCOMPARE(issue.stances.at(1).evidence, QList<int>{2});
    QCOMPARE(issue.relevantPassages, QList<int>{2});
    QCOMPARE(removed.issues.at(1), data.issues.at(1));
    QVERIFY(survivesRoundTrip(removed));
}

void TestBriefingEdits::removeIssueKeepsTheOthers()
{
    const BriefingData removed = BriefingEdits::removeIssue(m_sample, 1);
    QCOMPARE(removed.issues.size(), m_sample.issues.size() - 1);
    QCOMPARE(removed.issues.at(0), m_sample.issues.at(0));
    QCOMPARE(removed.issues.at(1), m_sample.issues.at(2));
    QCOMPARE(Briefing(removed).issueIndex(u"export-controls"_s), -1);
    QVERIFY(survivesRoundTrip(removed));
}

void TestBriefingEdits::splitInBothLanguages_data()
{
    QTest::addColumn<QString>("koreanBefore"); // the Korean of the second part starts here
    QTest::addColumn<QString>("englishBefore");
    QTest::addColumn<QString>("firstKorean");
    QTest::addColumn<QString>("firstEnglish");
    QTest::addColumn<QString>("secondKorean");
    QTest::addColumn<QString>("secondEnglish");
    QTest::newRow("between sentences in both")
        << u"둘째"_s << u"Second"_s << u"첫 문장이다."_s << u"First sentence."_s
        << u"둘째 문장이다."_s << u"Second sentence."_s;
    QTest::newRow("all of the Korean to the second part, as the reader chose")
        << u"첫"_s << u"Second"_s << QString() << u"First sentence."_s
        << u"첫 문장이다. 둘째 문장이다."_s << u"Second sentence."_s;
    QTest::newRow("all of the English kept in the first part, as the reader chose")
        << u"둘째"_s << QString() << u"첫 문장이다."_s << u"First sentence. Second sentence."_s
        << u"둘째 문장이다."_s << QString();
}

void TestBriefingEdits::splitInBothLanguages()
{
    QFETCH(QString, koreanBefore);
    QFETCH(QString, englishBefore);
    const BriefingData data = smallBriefing();
    const Passage &original = data.passages.at(0);
    // An empty marker: the whole English stays in the first part.
    const auto cut = [](const QString &text, const QString &before) {
        return before.isEmpty() ? int(text.size()) : int(text.indexOf(before));
    };
    const std::array<int, 2> cuts{cut(original.text[0], koreanBefore),
                                  cut(original.text[1], englishBefore)};
    const BriefingData split = BriefingEdits::splitPassage(data, 0, cuts);
    QCOMPARE(split.passages.size(), data.passages.size() + 1);
    QTEST(split.passages.at(0).text[0], "firstKorean");
    QTEST(split.passages.at(0).text[1], "firstEnglish");
    QTEST(split.passages.at(1).text[0], "secondKorean");
    QTEST(split.passages.at(1).text[1], "secondEnglish");
    QCOMPARE(split.passages.at(0).id, original.id);
    QVERIFY(split.passages.at(0).startsParagraph);
    QVERIFY(!split.passages.at(1).startsParagraph);
    // The history issue referred to the passage: it still refers to its first part only.
    QCOMPARE(split.issues.at(1).passages, QList<int>{0});
    QVERIFY(survivesRoundTrip(split));
    QCOMPARE(BriefingEdits::mergeWithNext(split, 0), data);
}

void TestBriefingEdits::splitThatWouldLeaveAPartEmptyChangesNothing_data()
{
    QTest::addColumn<int>("koreanCut");
    QTest::addColumn<int>("englishCut");
    QTest::newRow("both languages to the second part") << 0 << 0;
    QTest::newRow("both languages kept in the first part") << 999 << 999;
}

void TestBriefingEdits::splitThatWouldLeaveAPartEmptyChangesNothing()
{
    QFETCH(int, koreanCut);
    QFETCH(int, englishCut);
    const BriefingData data = smallBriefing();
    const Passage &original = data.passages.at(0);
    const std::array<int, 2> cuts{std::min(koreanCut, int(original.text[0].size())),
                                  std::min(englishCut, int(original.text[1].size()))};
    QCOMPARE(BriefingEdits::splitPassage(data, 0, cuts), data);
}

void TestBriefingEdits::removeSideRemovesItsStancesAndRenumbers()
{
    const BriefingData data = smallBriefing();
    const BriefingData removed = BriefingEdits::removeSide(data, 0);
    QCOMPARE(removed.sides.size(), 1);
    QCOMPARE(removed.sides.at(0).id, u"jp"_s);
    const Issue &trade = removed.issues.at(0);
    QCOMPARE(trade.stances.size(), 1);
    QCOMPARE(trade.stances.at(0).side, 0); // Japan, now the first side
    QCOMPARE(trade.stances.at(0).evidence, (QList<int>{2, 3}));
    // Korea's evidence is no longer relevant; the issue's own passages still are.
    QCOMPARE(trade.relevantPassages, (QList<int>{1, 2, 3}));
    QVERIFY(survivesRoundTrip(removed));
}

QTEST_GUILESS_MAIN(TestBriefingEdits)
#include "tst_briefingedits.moc"
