#include "briefinggenerator.h"
#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/passagefinder.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "model/passagetext.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Find on a long briefing (issue 18): the matches come in batches from the finder's thread,
// in reading order, the same as a plain scan finds; a new search or an edit stops the old
// one, whose batches never reach the reader.
class TestPassageFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsWhatAPlainScanFinds_data();
    void findsWhatAPlainScanFinds();
    void matchesArriveInBatchesBeforeTheEnd();
    void aNewSearchCancelsTheOld();
    void cancelStopsTheSearch();
    void anEditStartsTheSearchAgain();
    void destroyedWhileSearching();

private:
    static QList<TextMatch> plainScan(const Briefing &briefing, const QString &text);
    static bool waitUntilFinished(PassageFinder &finder);
    // A word of the given passage's text in one language, as the reader would type it.
    QString wordOf(int passage, int slot) const;

    Briefing m_long; // long enough that most of it is searched on the finder's thread
};

void TestPassageFinder::initTestCase()
{
    GeneratorOptions options;
    options.passages = 30'000;
    options.issues = 600;
    const LoadResult result = BriefingLoader::parse(generateBriefing(options), u"long"_s);
    QVERIFY(result.ok());
    m_long = *result.briefing;
}

QList<TextMatch> TestPassageFinder::plainScan(const Briefing &briefing, const QString &text)
{
    QList<TextMatch> matches;
    for (int passage = 0; passage < briefing.passages().size(); ++passage) {
        for (int slot = 0; slot < 2; ++slot) {
            const QString shown = PassageText::shown(briefing.passages().at(passage).text[slot]);
            for (qsizetype at = 0; (at = shown.indexOf(text, at, Qt::CaseInsensitive)) >= 0;
                 at += text.size())
                matches.append({passage, slot, int(at), int(text.size())});
        }
    }
    return matches;
}

bool TestPassageFinder::waitUntilFinished(PassageFinder &finder)
{
    if (finder.isFinished())
        return true;
    QSignalSpy finished(&finder, &PassageFinder::finished);
    return finished.wait(60'000) && finder.isFinished();
}

QString TestPassageFinder::wordOf(int passage, int slot) const
{
    const QStringList words = m_long.passages().at(passage).text[slot].split(u' ');
    QString longest;
    for (const QString &word : words) {
        if (word.size() > longest.size() && word.front().isLetter() && word.back().isLetter())
            longest = word;
    }
    return longest;
}

void TestPassageFinder::findsWhatAPlainScanFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a Korean word of the last passage")
        << wordOf(int(m_long.passages().size()) - 1, 0);
    QTest::newRow("an English word, in capitals") << wordOf(15'000, 1).toUpper();
    QTest::newRow("a common English word") << u"the"_s;
    QTest::newRow("a Hangul syllable") << m_long.passages().at(7).text[0].left(1);
    QTest::newRow("nowhere") << u"Bilateral-absent-word"_s;
}

void TestPassageFinder::findsWhatAPlainScanFinds()
{
    QFETCH(QString, text);
    QVERIFY(!text.isEmpty());
    PassageFinder finder;
    finder.start(m_long, text);
    QVERIFY(waitUntilFinished(finder));
    QCOMPARE(finder.matches(), plainScan(m_long, text));
}

void TestPassageFinder::matchesArriveInBatchesBeforeTheEnd()
{
    PassageFinder finder;
    QSignalSpy added(&finder, &PassageFinder::matchesAdded);
    const qsizetype foundAtOnce = [&] {
        finder.start(m_long, u"the"_s);
        return finder.matches().size();
    }();
    // Not all of 30,000 passages in the few milliseconds start() takes.
    QVERIFY(!finder.isFinished());
    QVERIFY(added.wait(60'000));
    QVERIFY(finder.matches().size() > foundAtOnce);
    QVERIFY(waitUntilFinished(finder));
    QVERIFY2(added.count() >= 2, qPrintable(QString::number(added.count())));
    QCOMPARE(finder.matches(), plainScan(m_long, u"the"_s));
}

void TestPassageFinder::aNewSearchCancelsTheOld()
{
    PassageFinder finder;
    const QString first = wordOf(20'000, 1);
    const QString second = wordOf(25'000, 0);
    finder.start(m_long, first);
    QVERIFY(!finder.isFinished());
    finder.start(m_long, second);
    QVERIFY(waitUntilFinished(finder));
    // Only the second search's matches, all of them, none of the first's batches.
    QCOMPARE(finder.matches(), plainScan(m_long, second));
}

void TestPassageFinder::cancelStopsTheSearch()
{
    PassageFinder finder;
    QSignalSpy added(&finder, &PassageFinder::matchesAdded);
    QSignalSpy finished(&finder, &PassageFinder::finished);
    finder.start(m_long, u"the"_s);
    finder.cancel();
    QVERIFY(finder.isFinished());
    QVERIFY(finder.matches().isEmpty());
    // A later search, run to its end, sees nothing of the cancelled one.
    const QString later = wordOf(29'000, 0);
    finder.start(m_long, later);
    QVERIFY(waitUntilFinished(finder));
    QCOMPARE(finder.matches(), plainScan(m_long, later));
    QCOMPARE(finished.count(), 1);
}

void TestPassageFinder::anEditStartsTheSearchAgain()
{
    BriefingDocument document;
    document.open(m_long, DocumentLocation());
    ReadingState *state = document.readingState();
    const QString text = wordOf(10'000, 1);
    state->setFindText(text);
    QVERIFY(!state->isFindComplete());
    // Merging the first passage with the next, mid-search: every later match moves up one.
    document.apply(u"Merge"_s, BriefingEdits::mergeWithNext(document.briefing().data(), 0));
    QSignalSpy changed(state, &ReadingState::findMatchesChanged);
    while (!state->isFindComplete())
        QVERIFY(changed.wait(60'000));
    QCOMPARE(state->findMatches(), plainScan(document.briefing(), text));
    QVERIFY(!state->findMatches().isEmpty());
}

void TestPassageFinder::destroyedWhileSearching()
{
    auto finder = std::make_unique<PassageFinder>();
    finder->start(m_long, u"the"_s);
    QVERIFY(!finder->isFinished());
    finder.reset(); // waits for its thread; queued batches are dropped with it
    QCoreApplication::processEvents();
}

QTEST_GUILESS_MAIN(TestPassageFinder)
#include "tst_passagefinder.moc"
