#include "format/briefingwriter.h"
#include "library/libraryindex.h"
#include "library/librarytext.h"
#include "libraryfiles.h"
#include "realtext.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using LibraryFiles::key;

// Search in the library's index, in Korean, Japanese and English, over the project's
// dated briefings and over real translated text: what is found, what is marked, and
// where in the file each hit is.
class TestLibrarySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searches_data();
    void searches();
    void hitsPointAtTheirText_data();
    void hitsPointAtTheirText();
    void searchIsBoundedAndScoped();
    void searchesRealCatalogues_data();
    void searchesRealCatalogues();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<LibraryIndex> m_index;
};

namespace {
QStringList identities(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << u"%1 %2 %3 %4 %5"_s.arg(hit.path)
                      .arg(int(hit.kind))
                      .arg(hit.ref, hit.side, hit.language);
    result.sort();
    return result;
}

QString folded(const QString &text)
{
    QString result = text;
    for (QChar &c : result)
        c = QChar(LibraryText::folded(c.unicode()));
    return result;
}

// Checks that every mark of the snippet of `text` lies on one of `words`.
bool marksLandOnWords(const QString &text, const QStringList &words)
{
    const LibraryText::Snippet snippet = LibraryText::snippet(text, words);
    for (const auto &[start, length] : snippet.marks) {
        if (!words.contains(folded(snippet.text.mid(start, length))))
            return false;
    }
    return !snippet.marks.isEmpty();
}

// Real translated text as a briefing: a catalogue's prose messages, a passage each.
Briefing catalogueBriefing(const QString &language, const QString &domain)
{
    BriefingData data;
    data.languages = {language, u"en"_s};
    data.title = {{language, domain}, {u"en"_s, domain}};
    data.date = QDate(2024, 1, 1);
    for (const RealText::Pair &message :
         RealText::gettextMessages(RealText::catalogue(language, domain))) {
        const QString english = message.english.simplified();
        if (english.size() < 40 || english.size() > 400 || !english.at(0).isUpper()
            || !english.endsWith(u'.') || english.contains(u'%'))
            continue;
        const QString id = u"m%1"_s.arg(data.passages.size() + 1);
        data.passages.append(Passage{id, {message.translation.simplified(), english}, true, {}});
    }
    return Briefing(data);
}
} // namespace

void TestLibrarySearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(LibraryFiles::copyLibrary(m_folder));
    m_index = std::make_unique<LibraryIndex>(m_dir.filePath(u"cache/index.sqlite"_s));
    QCOMPARE(m_index->update({m_folder}).indexed, 8);
}

void TestLibrarySearch::searches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("file"); // a file that must have a hit…
    QTest::addColumn<QString>("ref"); // …in this passage (empty: any segment)…
    QTest::addColumn<QString>("language"); // …in this language
    QTest::addColumn<QString>("pattern"); // what every hit's text matches
    QTest::addColumn<QString>("absent"); // a file with no hits, or empty
    QTest::addColumn<QString>("sameAs"); // a query with the same hits, or empty
    QTest::newRow("Korean word") << u"오염수"_s << u"seoul-readout"_s << u"p3"_s << u"ko"_s
                                 << u"오염수"_s << u"tokyo-readout"_s << QString();
    QTest::newRow("inside a longer word") << u"염수"_s << u"seoul-readout"_s << u"p3"_s << u"ko"_s
                                          << u"염수"_s << u"tokyo-readout"_s << QString();
    QTest::newRow("inside a compound") << u"수출"_s << u"2019-07-24"_s << u"p2"_s << u"ko"_s
                                       << u"수출"_s << QString() << QString();
    QTest::newRow("with a particle") << u"오염수를"_s << u"seoul-readout"_s << u"p3"_s << u"ko"_s
                                     << u"오염수"_s << u"tokyo-readout"_s << u"오염수"_s;
    QTest::newRow("Tokyo's word") << u"처리수"_s << u"tokyo-readout"_s << u"p5"_s << u"ko"_s
                                  << u"처리수"_s << QString() << QString();
    QTest::newRow("Japanese pair") << u"処理"_s << u"seoul-readout"_s << QString() << u"ja"_s
                                   << u"処理"_s << QString() << QString();
    QTest::newRow("English prefix") << u"contamin"_s << u"seoul-readout"_s << u"p3"_s << u"en"_s
                                    << u"(?i)\\bcontamin"_s << QString() << QString();
    QTest::newRow("two English words")
        << u"treated water"_s << u"tokyo-readout"_s << u"p5"_s << u"en"_s
        << u"(?i)^(?=.*\\btreated)(?=.*\\bwater)"_s << QString() << QString();
    QTest::newRow("upper case") << u"FUKUSHIMA"_s << u"seoul-readout"_s << u"p3"_s << u"en"_s
                                << u"(?i)\\bfukushima"_s << QString() << u"fukushima"_s;
    QTest::newRow("full-width") << u"Ｆｕｋｕｓｈｉｍａ"_s << u"seoul-readout"_s << u"p3"_s
                                << u"en"_s << u"(?i)\\bfukushima"_s << QString() << u"fukushima"_s;
    QTest::newRow("two words, both in each hit")
        << u"오염수 IAEA"_s << u"2023-11-22"_s << QString() << u"ko"_s
        << u"^(?=.*오염수)(?=.*IAEA)"_s << u"seoul-readout"_s << QString();
}

void TestLibrarySearch::searches()
{
    QFETCH(QString, query);
    QFETCH(QString, file);
    QFETCH(QString, ref);
    QFETCH(QString, language);
    QFETCH(QString, pattern);
    QFETCH(QString, absent);
    QFETCH(QString, sameAs);
    const QList<SearchHit> hits = m_index->search({m_folder}, query);
    QVERIFY(!hits.isEmpty());
    const QRegularExpression matches(pattern);
    const QStringList words = LibraryText::parseQuery(query).words;
    bool found = false;
    for (const SearchHit &hit : hits) {
        QVERIFY2(matches.match(hit.text).hasMatch(), qPrintable(hit.text));
        QVERIFY2(key(hit.path) != absent, qPrintable(hit.path));
        QVERIFY2(marksLandOnWords(hit.text, words), qPrintable(hit.text));
        found = found
            || (key(hit.path) == file && hit.language == language
                && (ref.isEmpty() || (hit.kind == SegmentKind::Passage && hit.ref == ref)));
    }
    QVERIFY(found);
    if (!sameAs.isEmpty())
        QCOMPARE(identities(hits), identities(m_index->search({m_folder}, sameAs)));
}

void TestLibrarySearch::hitsPointAtTheirText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<SegmentKind>("kind"); // among the hits
    QTest::newRow("passages") << u"오염수"_s << SegmentKind::Passage;
    QTest::newRow("titles") << u"illustrative"_s << SegmentKind::Title;
    QTest::newRow("summaries") << u"faithfully"_s << SegmentKind::Summary;
    QTest::newRow("issue titles") << u"処理水"_s << SegmentKind::IssueTitle;
    QTest::newRow("stance summaries") << u"처리수"_s << SegmentKind::StanceSummary;
    QTest::newRow("terms") << u"Takizaki"_s << SegmentKind::Term;
}

void TestLibrarySearch::hitsPointAtTheirText()
{
    QFETCH(QString, query);
    QFETCH(SegmentKind, kind);
    const QList<SearchHit> hits = m_index->search({m_folder}, query);
    QVERIFY(!hits.isEmpty());
    bool kindFound = false;
    for (const SearchHit &hit : hits) {
        QVERIFY2(LibraryFiles::pointsAtText(hit.path, hit.line, hit.column, hit.text),
                 qPrintable(u"%1:%2:%3"_s.arg(hit.path).arg(hit.line).arg(hit.column)));
        kindFound = kindFound || hit.kind == kind;
    }
    QVERIFY(kindFound);
}

void TestLibrarySearch::searchIsBoundedAndScoped()
{
    QVERIFY(m_index->search({m_folder}, u"오염수"_s).size() > 5);
    QCOMPARE(m_index->search({m_folder}, u"오염수"_s, 5).size(), 5);
    QVERIFY(m_index->search({m_dir.filePath(u"lib"_s)}, u"오염수"_s).isEmpty());
    for (const QString &nothing : {QString(), u"   "_s, u"!? —"_s})
        QVERIFY(m_index->search({m_folder}, nothing).isEmpty());
    QVERIFY(m_index->search({m_folder}, u"xylophonist"_s).isEmpty());
}

void TestLibrarySearch::searchesRealCatalogues_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("column"); // of the passage text that must match `pattern`
    QTest::addColumn<QString>("pattern"); // what every passage found, and no other, has
    QTest::newRow("Korean") << u"ko"_s << u"디렉터리"_s << 0 << u"디렉터리"_s;
    QTest::newRow("Korean with a particle") << u"ko"_s << u"디렉터리를"_s << 0 << u"디렉터리"_s;
    QTest::newRow("Japanese") << u"ja"_s << u"ディレクトリ"_s << 0 << u"ディレクトリ"_s;
    QTest::newRow("English beside Korean")
        << u"ko"_s << u"director"_s << 1 << u"(?i)(?<![\\p{L}\\p{N}])director"_s;
}

void TestLibrarySearch::searchesRealCatalogues()
{
    QFETCH(QString, language);
    QFETCH(QString, query);
    QFETCH(int, column);
    QFETCH(QString, pattern);
    const Briefing briefing = catalogueBriefing(language, u"coreutils"_s);
    if (briefing.passages().size() < 20)
        QSKIP("Debian's coreutils catalogue is not installed");
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"real"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(u"coreutils.briefing"_s);
    QCOMPARE(BriefingWriter::save(briefing, path), QString());

    QStringList expected;
    const QRegularExpression matches(pattern);
    for (const Passage &passage : briefing.passages()) {
        if (matches.match(passage.text.at(column)).hasMatch())
            expected << passage.id;
    }
    QVERIFY(expected.size() >= 3);

    LibraryIndex index(dir.filePath(u"index.sqlite"_s));
    QCOMPARE(index.update({folder}).indexed, 1);
    QStringList found;
    for (const SearchHit &hit : index.search({folder}, query, 1000)) {
        QVERIFY(LibraryFiles::pointsAtText(hit.path, hit.line, hit.column, hit.text));
        if (hit.kind == SegmentKind::Passage) {
            QCOMPARE(hit.language, briefing.languages().at(column));
            found << hit.ref;
        }
    }
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
