#include "format/briefingloader.h"
#include "format/briefingwriter.h"
#include "format/samplebriefing.h"
#include "terms/glossary.h"
#include "terms/termindex.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A briefing's "terms" and "reviews" in the file, the built-in glossary, and where the
// wordings of both occur in a briefing's texts.
class TestTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termsAndReviewsRoundTrip();
    void badTermsAreReportedWhereTheyAre_data();
    void badTermsAreReportedWhereTheyAre();
    void glossaryHasTheContestedWordings();
    void briefingTermsOverrideAndExtendTheGlossary();
    void indexFindsWordingsInBothTexts();
    void sampleUsesEachSidesWordingForTheWater();
};

namespace {
QByteArray briefingWith(const QByteArray &members)
{
    return R"({"bilateral": 1, "title": {"ko": "제목", "en": "Title"},
  "sides": [{"id": "kr", "name": {"ko": "한국", "en": "South Korea"}},
            {"id": "jp", "name": {"ko": "일본", "en": "Japan"}}],
  "passages": [{"id": "p1", "text": {"ko": "한국은 오염수 방류에 반대했다.",
                                     "en": "Seoul opposed releasing the treated water."}},
               {"id": "p2", "text": {"ko": "일본은 처리수라고 했다.",
                                     "en": "Tokyo called it treated water; Seoul, contaminated water."}}])"
        + members + "}";
}

const QByteArray waterTerm = R"(, "terms": [
  {"id": "water", "label": {"en": "Fukushima water", "ko": "후쿠시마 물"},
   "note": {"en": "Whose word is it?"},
   "source": {"name": "A style guide", "url": "https://example.org/guide"},
   "wordings": [{"text": "오염수", "language": "ko", "side": "kr"},
                {"text": "처리수", "language": "ko", "side": "jp"},
                {"text": "contaminated water", "language": "en", "side": "kr"},
                {"text": "treated water", "language": "en", "side": "jp"},
                {"text": "water", "language": "en"}]},
  {"id": "tokyo", "kind": "name", "label": {"en": "Tokyo"},
   "wordings": [{"text": "Tokyo", "language": "en"}, {"text": "도쿄", "language": "ko"}]}])";
} // namespace

void TestTerms::termsAndReviewsRoundTrip()
{
    const QByteArray reviews = R"(, "reviews": [
  {"passage": "p1", "kind": "term", "key": "water:오염수|treated water", "verdict": "checked",
   "note": "The wire's own choice."}])";
    const LoadResult loaded = BriefingLoader::parse(briefingWith(waterTerm + reviews), u"t"_s);
    QVERIFY2(loaded.briefing, qPrintable(formatDiagnostics(loaded.diagnostics)));
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(formatDiagnostics(loaded.diagnostics)));
    const Briefing &briefing = *loaded.briefing;
    QCOMPARE(briefing.terms().size(), 2);
    const TermConcept &water = briefing.terms().at(0);
    QCOMPARE(water.id, u"water"_s);
    QCOMPARE(water.kind, TermKind::Term);
    QCOMPARE(water.label.text(u"ko"), u"후쿠시마 물"_s);
    QCOMPARE(water.sourceUrl, QUrl(u"https://example.org/guide"_s));
    QCOMPARE(water.wordings.size(), 5);
    QCOMPARE(water.wordings.at(1), (TermWording{u"처리수"_s, u"ko"_s, u"jp"_s}));
    QVERIFY(water.wordings.at(4).side.isEmpty());
    QCOMPARE(briefing.terms().at(1).kind, TermKind::Name);
    QCOMPARE(briefing.reviews().size(), 1);
    QCOMPARE(briefing.reviews().at(0).note, u"The wire's own choice."_s);

    const LoadResult again = BriefingLoader::parse(BriefingWriter::toJson(briefing), u"saved"_s);
    QVERIFY(again.briefing);
    QCOMPARE(*again.briefing, briefing);
    QVERIFY(again.diagnostics.isEmpty());

    // Old files stay valid and gain nothing.
    const LoadResult old = BriefingLoader::parse(briefingWith({}), u"old"_s);
    QVERIFY(old.briefing);
    QVERIFY(old.briefing->terms().isEmpty());
    QVERIFY(!BriefingWriter::toJson(*old.briefing).contains("\"terms\""));
}

void TestTerms::badTermsAreReportedWhereTheyAre_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("expected"); // "line:column: path: message" fragment

    QTest::newRow("unknown side") << QByteArray(R"(, "terms": [{"id": "x", "label": {"en": "X"},
 "wordings": [{"text": "x", "language": "en", "side": "cn"}]}])")
                                  << u"terms[0].wordings[0].side: unknown side \"cn\""_s;
    QTest::newRow("duplicate id") << QByteArray(R"(, "terms": [
 {"id": "x", "label": {"en": "X"}, "wordings": [{"text": "x", "language": "en"}]},
 {"id": "x", "label": {"en": "Y"}, "wordings": [{"text": "y", "language": "en"}]}])")
                                  << u"terms[1].id: duplicate term id \"x\""_s;
    QTest::newRow("bad kind") << QByteArray(R"(, "terms": [{"id": "x", "kind": "slogan",
 "label": {"en": "X"}, "wordings": [{"text": "x", "language": "en"}]}])")
                              << u"terms[0].kind: expected \"term\" or \"name\""_s;
    QTest::newRow("no wordings") << QByteArray(R"(, "terms": [{"id": "x", "label": {"en": "X"}}])")
                                 << u"missing required key \"wordings\""_s;
    QTest::newRow("wording without language")
        << QByteArray(R"(, "terms": [{"id": "x", "label": {"en": "X"},
 "wordings": [{"text": "x"}]}])")
        << u"missing required key \"language\""_s;
    QTest::newRow("terms not a list")
        << QByteArray(R"(, "terms": {"id": "x"})") << u"terms: expected an array of terms"_s;
    QTest::newRow("verdict other than checked")
        << QByteArray(R"(, "reviews": [{"passage": "p1", "kind": "number", "key": "n:3",
 "verdict": "maybe"}])")
        << u"reviews[0].verdict: expected \"checked\""_s;
    QTest::newRow("unknown review kind")
        << QByteArray(R"(, "reviews": [{"passage": "p1", "kind": "tone", "key": "k",
 "verdict": "checked"}])")
        << u"reviews[0].kind: expected one of: number, term, name, omission"_s;
}

void TestTerms::badTermsAreReportedWhereTheyAre()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, expected);
    const LoadResult loaded = BriefingLoader::parse(briefingWith(members), u"bad.briefing"_s);
    QVERIFY(!loaded.briefing);
    const QString report = formatDiagnostics(loaded.diagnostics);
    QVERIFY2(report.contains(expected), qPrintable(report));
    // Every problem is placed at a line and column of the file.
    for (const Diagnostic &diagnostic : loaded.diagnostics)
        QVERIFY2(diagnostic.line > 0 && diagnostic.column > 0, qPrintable(report));
}

void TestTerms::glossaryHasTheContestedWordings()
{
    QStringList problems;
    QFile file(QStringLiteral(BILATERAL_SOURCE_DIR "/resources/glossary/korea-japan.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const GlossaryData parsed = Glossary::parse(file.readAll(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const GlossaryData &glossary = Glossary::builtIn();
    QCOMPARE(glossary.terms, parsed.terms);
    QCOMPARE(glossary.sides.size(), 2);

    int contested = 0;
    QSet<QString> wordingKeys;
    for (const TermConcept &term : glossary.terms) {
        for (const char16_t *language : {u"ko", u"ja", u"en"}) {
            QVERIFY2(!term.label.text(QStringView(language)).isEmpty(), qPrintable(term.id));
            QVERIFY2(!term.note.text(QStringView(language)).isEmpty(), qPrintable(term.id));
            QVERIFY2(std::any_of(term.wordings.cbegin(), term.wordings.cend(),
                                 [&](const TermWording &w) { return w.language == language; }),
                     qPrintable(term.id + u" has no wording in "_s + QStringView(language)));
        }
        QVERIFY2(!term.sourceName.isEmpty(), qPrintable(term.id));
        QVERIFY2(!term.sourceUrl.isValid() || term.sourceUrl.scheme() == u"https",
                 qPrintable(term.id));
        for (const TermWording &wording : term.wordings) {
            const QString key = wording.language + u':' + wording.text.toCaseFolded();
            QVERIFY2(!wordingKeys.contains(key), qPrintable(u"listed twice: "_s + key));
            wordingKeys.insert(key);
        }
        if (term.kind != TermKind::Term)
            continue;
        const auto hasSide = [&](const QString &side) {
            return std::any_of(term.wordings.cbegin(), term.wordings.cend(),
                               [&](const TermWording &w) { return w.side == side; });
        };
        QVERIFY2(hasSide(u"kr"_s) && hasSide(u"jp"_s), qPrintable(term.id));
        ++contested;
    }
    QVERIFY2(contested >= 20, qPrintable(QString::number(contested)));
}

void TestTerms::briefingTermsOverrideAndExtendTheGlossary()
{
    TermConcept glossaryWater{u"water"_s,
                              TermKind::Term,
                              {{u"en"_s, u"Water"_s}},
                              {},
                              {},
                              {},
                              {{u"처리수"_s, u"ko"_s, u"jp"_s}}};
    TermConcept glossarySea{u"sea"_s,
                            TermKind::Term,
                            {{u"en"_s, u"Sea"_s}},
                            {},
                            {},
                            {},
                            {{u"동해"_s, u"ko"_s, u"kr"_s}}};
    TermConcept ownWater = glossaryWater;
    ownWater.wordings.append({u"해양 방출수"_s, u"ko"_s, u"jp"_s});
    TermConcept ownName{
        u"kim"_s, TermKind::Name, {{u"en"_s, u"Kim"_s}}, {}, {}, {}, {{u"김정한"_s, u"ko"_s, {}}}};
    const QList<TermConcept> merged =
        Glossary::merged({glossaryWater, glossarySea}, {ownWater, ownName});
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.at(0), ownWater);
    QCOMPARE(merged.at(1), ownName);
    QCOMPARE(merged.at(2), glossarySea);
}

void TestTerms::indexFindsWordingsInBothTexts()
{
    const LoadResult loaded = BriefingLoader::parse(briefingWith(waterTerm), u"t"_s);
    QVERIFY(loaded.briefing);
    const TermIndex index(*loaded.briefing, nullptr);
    QStringList found;
    for (const TermIndex::Occurrence &occurrence : index.occurrences()) {
        const QString &text =
            loaded.briefing->passages().at(occurrence.passage).text[occurrence.column];
        found.append(u"%1/%2 %3 (%4)"_s.arg(occurrence.passage)
                         .arg(occurrence.column)
                         .arg(text.mid(occurrence.start, occurrence.length),
                              index.wording(occurrence).side));
    }
    QCOMPARE(found,
             (QStringList{u"0/0 오염수 (kr)"_s, u"0/1 treated water (jp)"_s, u"1/0 처리수 (jp)"_s,
                          u"1/1 Tokyo ()"_s, u"1/1 treated water (jp)"_s,
                          u"1/1 contaminated water (kr)"_s}));
    QCOMPARE(index.inPassage(1), std::make_pair(2, 6));
    QCOMPARE(index.found(), (QList<int>{0, 1}));
    QCOMPARE(index.occurrencesOf(0), (QList<int>{0, 1, 2, 4, 5}));
    QCOMPARE(index.sideName(u"jp"_s, {u"en"_s}), u"Japan"_s);
}

void TestTerms::sampleUsesEachSidesWordingForTheWater()
{
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    const TermIndex index(sample);
    QSet<QString> waterWordings;
    for (const TermIndex::Occurrence &occurrence : index.occurrences()) {
        if (index.concepts().at(occurrence.term).id == u"fukushima-water")
            waterWordings.insert(index.wording(occurrence).text);
    }
    QVERIFY2(waterWordings.contains(u"오염수"_s), qPrintable(waterWordings.values().join(u", ")));
    QVERIFY2(waterWordings.contains(u"처리수"_s), qPrintable(waterWordings.values().join(u", ")));
}

QTEST_GUILESS_MAIN(TestTerms)
#include "tst_terms.moc"
