#include "format/briefingloader.h"
#include "library/issuealiases.h"
#include "library/issuetimeline.h"
#include "library/libraryindex.h"
#include "library/readoutcomparison.h"
#include "libraryfiles.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using LibraryFiles::key;

// Issues across the library: aliases that join two ids, an issue's stances over time
// with where a side changed its position, and two readouts of one meeting side by side.
class TestLibraryIssues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void aliasesResolveAndPersist();
    void timelineFollowsAnIssue_data();
    void timelineFollowsAnIssue();
    void timelineMarksChanges_data();
    void timelineMarksChanges();
    void timelineAsCsv();
    void comparesTwoReadouts_data();
    void comparesTwoReadouts();
    void comparisonMatchesIssues_data();
    void comparisonMatchesIssues();
    void comparisonCountsEachSidesWording_data();
    void comparisonCountsEachSidesWording();
    void comparisonAsTsv();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<LibraryIndex> m_index;
    Briefing m_seoul;
    Briefing m_tokyo;
};

namespace {
const QString aliasesKey = u"library/issueAliases"_s;

// A side's row as "demands demands proposes* . none": each cell's position, "*" where it
// changed, "." where the side took no stance; empty when the side has no row.
QString cells(const IssueTimeline &timeline, const QString &side)
{
    for (const IssueTimeline::Row &row : timeline.rows) {
        if (row.side != side)
            continue;
        QStringList result;
        for (const IssueTimeline::Cell &cell : row.cells) {
            result << (cell.present ? StancePositions::key(cell.position)
                               + (cell.changed ? u"*"_s : QString())
                                    : u"."_s);
        }
        return result.join(u' ');
    }
    return {};
}

QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && line.mid(i + 1, 1) == u"\""_s) {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    return fields << field;
}

Briefing load(const QString &name)
{
    const LoadResult loaded = BriefingLoader::loadFile(LibraryFiles::source(name));
    return loaded.ok() ? *loaded.briefing : Briefing();
}

QString positions(const ReadoutComparison::SideStances &side)
{
    auto one = [](const Stance *stance) {
        return stance ? StancePositions::key(stance->position) : u"-"_s;
    };
    return one(side.a) + u'/' + one(side.b);
}
} // namespace

void TestLibraryIssues::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Bilateral"_s);
    QCoreApplication::setApplicationName(u"tst_libraryissues"_s);
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(LibraryFiles::copyLibrary(m_folder));
    m_index = std::make_unique<LibraryIndex>(m_dir.filePath(u"index.sqlite"_s));
    QCOMPARE(m_index->update({m_folder}).indexed, 8);
    m_seoul = load(u"2023-07-14-fm-meeting-seoul-readout.briefing"_s);
    m_tokyo = load(u"2023-07-14-fm-meeting-tokyo-readout.briefing"_s);
    QCOMPARE(m_seoul.issues().size(), 5);
    QCOMPARE(m_tokyo.issues().size(), 5);
}

void TestLibraryIssues::init()
{
    QSettings().remove(aliasesKey);
}

void TestLibraryIssues::cleanupTestCase()
{
    QSettings().remove(aliasesKey);
}

void TestLibraryIssues::aliasesResolveAndPersist()
{
    QVERIFY(IssueAliases::load().all().isEmpty());
    IssueAliases aliases;
    aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
    QCOMPARE(aliases.canonical(u"wartime-labour"_s), u"forced-labour"_s);
    QCOMPARE(aliases.canonical(u"forced-labour"_s), u"forced-labour"_s);
    const QStringList both{u"forced-labour"_s, u"wartime-labour"_s};
    QCOMPARE(aliases.idsMatching(u"wartime-labour"_s), both);
    QCOMPARE(aliases.idsMatching(u"forced-labour"_s), both);
    QCOMPARE(aliases.idsMatching(u"sado-mines"_s), QStringList{u"sado-mines"_s});

    // A chain resolves to its end, and a cycle is refused.
    aliases.set(u"forced-labour"_s, u"labour"_s);
    QCOMPARE(aliases.canonical(u"wartime-labour"_s), u"labour"_s);
    QCOMPARE(aliases.idsMatching(u"wartime-labour"_s),
             (QStringList{u"labour"_s, u"forced-labour"_s, u"wartime-labour"_s}));
    aliases.set(u"labour"_s, u"wartime-labour"_s);
    QCOMPARE(aliases.canonical(u"labour"_s), u"labour"_s);

    aliases.save();
    const QList<std::pair<QString, QString>> expected{{u"forced-labour"_s, u"labour"_s},
                                                      {u"wartime-labour"_s, u"labour"_s}};
    QCOMPARE(IssueAliases::load().all(), expected);
    aliases.remove(u"forced-labour"_s);
    aliases.save();
    QCOMPARE(IssueAliases::load().idsMatching(u"labour"_s),
             (QStringList{u"labour"_s, u"wartime-labour"_s}));
}

void TestLibraryIssues::timelineFollowsAnIssue_data()
{
    QTest::addColumn<QString>("issue");
    QTest::addColumn<bool>("aliased"); // wartime-labour declared the same as forced-labour
    QTest::addColumn<QStringList>("meetings");
    QTest::addColumn<QString>("kr");
    QTest::addColumn<QString>("jp");
    const QStringList all{u"2019-07-24"_s, u"2020-10-29"_s,    u"2021-06-22"_s,    u"2022-05-27"_s,
                          u"2023-03-29"_s, u"seoul-readout"_s, u"tokyo-readout"_s, u"2023-11-22"_s};
    QStringList without2022 = all;
    without2022.removeAt(3);
    QTest::newRow("forced labour with its alias")
        << u"forced-labour"_s << true << all
        << u"proposes demands* demands proposes* proposes demands* cooperative* reiterates*"_s
        << u"rejects reiterates* demands* demands supports* cooperative* reiterates* supports*"_s;
    QTest::newRow("forced labour named by its alias")
        << u"wartime-labour"_s << true << all
        << u"proposes demands* demands proposes* proposes demands* cooperative* reiterates*"_s
        << u"rejects reiterates* demands* demands supports* cooperative* reiterates* supports*"_s;
    QTest::newRow("forced labour without the alias")
        << u"forced-labour"_s << false << without2022
        << u"proposes demands* demands proposes* demands* cooperative* reiterates*"_s
        << u"rejects reiterates* demands* supports* cooperative* reiterates* supports*"_s;
    QTest::newRow("export controls")
        << u"export-controls"_s << false
        << QStringList{u"2019-07-24"_s, u"2020-10-29"_s, u"2021-06-22"_s,
                       u"2022-05-27"_s, u"2023-03-29"_s, u"2023-11-22"_s}
        << u"demands demands proposes* demands* supports* cooperative*"_s
        << u"reiterates reiterates reiterates reiterates cooperative* cooperative"_s;
    QTest::newRow("a side that said nothing")
        << u"trilateral-summit"_s << false
        << QStringList{u"2020-10-29"_s, u"2023-03-29"_s, u"seoul-readout"_s, u"tokyo-readout"_s,
                       u"2023-11-22"_s}
        << u"proposes proposes proposes cooperative* proposes*"_s
        << u"none supports* supports cooperative* cooperative"_s;
}

void TestLibraryIssues::timelineFollowsAnIssue()
{
    QFETCH(QString, issue);
    QFETCH(bool, aliased);
    QFETCH(QStringList, meetings);
    QFETCH(QString, kr);
    QFETCH(QString, jp);
    IssueAliases aliases;
    if (aliased)
        aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
    const QList<LibraryIndex::StanceRecord> records =
        m_index->stances({m_folder}, aliases.idsMatching(issue));
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(records.at(i - 1).date <= records.at(i).date);
    const IssueTimeline timeline = IssueTimeline::fromRecords(issue, records);
    QStringList found;
    for (const IssueTimeline::Meeting &meeting : timeline.meetings)
        found << key(meeting.path);
    QCOMPARE(found, meetings);
    QCOMPARE(timeline.rows.size(), 2);
    QCOMPARE(timeline.rows.at(0).side, u"kr"_s);
    QCOMPARE(timeline.rows.at(0).name.text(u"en"), u"South Korea"_s);
    QCOMPARE(cells(timeline, u"kr"_s), kr);
    QCOMPARE(cells(timeline, u"jp"_s), jp);

    // Each meeting names the issue as its briefing does; the newest titles the timeline.
    const QString canonical = aliases.canonical(issue);
    for (const IssueTimeline::Meeting &meeting : timeline.meetings) {
        const bool renamed =
            key(meeting.path) == u"2022-05-27"_s && canonical == u"forced-labour"_s;
        QCOMPARE(meeting.issueId, renamed ? u"wartime-labour"_s : canonical);
        QCOMPARE(meeting.date.toString(Qt::ISODate), QFileInfo(meeting.path).fileName().left(10));
    }
    const QJsonObject newest = LibraryFiles::json(timeline.meetings.constLast().path);
    for (const QJsonValue &value : newest[u"issues"].toArray()) {
        if (value[u"id"].toString() == canonical)
            QCOMPARE(timeline.title.text(u"en"), value[u"title"][u"en"].toString());
    }
}

void TestLibraryIssues::timelineMarksChanges_data()
{
    // Records "MEETING:SIDE=POSITION", or "MEETING:" for an issue raised with no stance.
    QTest::addColumn<QString>("records");
    QTest::addColumn<int>("meetings");
    QTest::addColumn<QString>("kr");
    QTest::addColumn<QString>("jp");
    QTest::newRow("a meeting without the side is skipped")
        << u"a:kr=demands b:jp=rejects c:kr=demands"_s << 3 << u"demands . demands"_s
        << u". rejects ."_s;
    QTest::newRow("a change across a gap")
        << u"a:kr=demands b: c:kr=rejects"_s << 3 << u"demands . rejects*"_s << QString();
    QTest::newRow("the first stance is no change")
        << u"a:jp=supports b:jp=supports c:jp=objects"_s << 3 << QString()
        << u"supports supports objects*"_s;
    QTest::newRow("none is a position")
        << u"a:kr=concerned b:kr=none"_s << 2 << u"concerned none*"_s << QString();
    QTest::newRow("a side first seen later") << u"a:kr=demands b:jp=rejects b:kr=demands"_s << 2
                                             << u"demands demands"_s << u". rejects"_s;
}

void TestLibraryIssues::timelineMarksChanges()
{
    QFETCH(QString, records);
    QFETCH(int, meetings);
    QFETCH(QString, kr);
    QFETCH(QString, jp);
    QList<LibraryIndex::StanceRecord> list;
    for (const QString &record : records.split(u' ')) {
        const QStringList parts = record.split(u':');
        const QStringList stance = parts.at(1).split(u'=');
        LibraryIndex::StanceRecord entry;
        entry.path = parts.at(0);
        entry.date = QDate(2020, 1, 1).addDays(parts.at(0).at(0).unicode());
        entry.issueId = u"issue"_s;
        entry.side = stance.at(0);
        if (stance.size() == 2)
            entry.position = *StancePositions::fromKey(stance.at(1));
        list.append(entry);
    }
    const IssueTimeline timeline = IssueTimeline::fromRecords(u"issue"_s, list);
    QCOMPARE(timeline.meetings.size(), meetings);
    QCOMPARE(cells(timeline, u"kr"_s), kr);
    QCOMPARE(cells(timeline, u"jp"_s), jp);
    QCOMPARE(timeline.rows.size(), int(!kr.isEmpty()) + int(!jp.isEmpty()));
}

void TestLibraryIssues::timelineAsCsv()
{
    IssueAliases aliases;
    aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
    const IssueTimeline timeline = IssueTimeline::fromRecords(
        u"forced-labour"_s, m_index->stances({m_folder}, aliases.idsMatching(u"forced-labour"_s)));
    const QString csv = timeline.toCsv({u"en"_s});
    QVERIFY(csv.endsWith(u"\r\n"_s));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.at(0),
             u"date,briefing,file,South Korea,South Korea summary,South Korea "
             "changed,Japan,Japan summary,Japan changed"_s);

    // 2022: Seoul proposes again (a change), Tokyo still demands (none).
    const QString path = timeline.meetings.at(3).path;
    const QJsonObject file = LibraryFiles::json(path);
    const QJsonValue issue = file[u"issues"][0];
    QCOMPARE(issue[u"id"].toString(), u"wartime-labour"_s);
    const QStringList expected{u"2022-05-27"_s,
                               file[u"title"][u"en"].toString(),
                               path,
                               u"proposes"_s,
                               issue[u"stances"][0][u"summary"][u"en"].toString(),
                               u"yes"_s,
                               u"demands"_s,
                               issue[u"stances"][1][u"summary"][u"en"].toString(),
                               QString()};
    QCOMPARE(csvFields(lines.at(4)), expected);
    QVERIFY(
        lines.at(4).contains(u",\"(illustrative) First Korea–Japan DG talks under Yoon: "
                             "goodwill on both sides, but wartime labour still unresolved\","_s));
    const QStringList first = csvFields(lines.at(1));
    QCOMPARE(first.size(), 9);
    QCOMPARE(first.at(0), u"2019-07-24"_s);
    QCOMPARE(first.at(3), u"proposes"_s);
    QCOMPARE(first.at(5), QString());
    QCOMPARE(first.at(6), u"rejects"_s);
    QCOMPARE(first.at(8), QString());
}

void TestLibraryIssues::comparesTwoReadouts_data()
{
    QTest::addColumn<QString>("issue");
    QTest::addColumn<ReadoutComparison::Raised>("raised");
    QTest::addColumn<QString>("kr"); // position in A / position in B, "-" for none
    QTest::addColumn<QString>("jp");
    QTest::addColumn<bool>("krDiffers");
    QTest::addColumn<bool>("jpDiffers");
    using R = ReadoutComparison::Raised;
    QTest::newRow("fukushima-water") << u"fukushima-water"_s << R::Both << u"demands/cooperative"_s
                                     << u"cooperative/reiterates"_s << true << true;
    QTest::newRow("forced-labour") << u"forced-labour"_s << R::Both << u"demands/cooperative"_s
                                   << u"cooperative/reiterates"_s << true << true;
    QTest::newRow("sado-mines, Seoul's only")
        << u"sado-mines"_s << R::OnlyA << u"demands/-"_s << u"cooperative/-"_s << true << true;
    QTest::newRow("north-korea, agreed")
        << u"north-korea"_s << R::Both << u"cooperative/cooperative"_s
        << u"cooperative/cooperative"_s << false << false;
    QTest::newRow("trilateral-summit")
        << u"trilateral-summit"_s << R::Both << u"proposes/cooperative"_s
        << u"supports/cooperative"_s << true << true;
    QTest::newRow("abductions, Tokyo's only")
        << u"abductions"_s << R::OnlyB << u"-/supports"_s << u"-/demands"_s << true << true;
}

void TestLibraryIssues::comparesTwoReadouts()
{
    QFETCH(QString, issue);
    QFETCH(ReadoutComparison::Raised, raised);
    QFETCH(QString, kr);
    QFETCH(QString, jp);
    QFETCH(bool, krDiffers);
    QFETCH(bool, jpDiffers);
    const ReadoutComparison comparison = ReadoutComparison::compare(m_seoul, m_tokyo);
    const auto it =
        std::find_if(comparison.issues.begin(), comparison.issues.end(),
                     [&](const ReadoutComparison::ComparedIssue &i) { return i.id == issue; });
    QVERIFY(it != comparison.issues.end());
    QCOMPARE(it->raised, raised);
    QCOMPARE(it->issueA, m_seoul.issueIndex(issue));
    QCOMPARE(it->issueB, m_tokyo.issueIndex(issue));
    QCOMPARE(it->sides.size(), 2);
    QCOMPARE(it->sides.at(0).side, u"kr"_s);
    QCOMPARE(positions(it->sides.at(0)), kr);
    QCOMPARE(it->sides.at(0).differs(), krDiffers);
    QCOMPARE(it->sides.at(1).side, u"jp"_s);
    QCOMPARE(positions(it->sides.at(1)), jp);
    QCOMPARE(it->sides.at(1).differs(), jpDiffers);
}

void TestLibraryIssues::comparisonMatchesIssues_data()
{
    QTest::addColumn<QString>("renamed"); // Tokyo's id for forced labour
    QTest::addColumn<bool>("sameTitle"); // Tokyo's English title set to Seoul's, in capitals
    QTest::addColumn<bool>("aliased");
    QTest::addColumn<bool>("matched");
    QTest::newRow("the same id") << u"forced-labour"_s << false << false << true;
    QTest::newRow("another id") << u"wartime-labour"_s << false << false << false;
    QTest::newRow("another id, aliased") << u"wartime-labour"_s << false << true << true;
    QTest::newRow("another id, the same title") << u"labour"_s << true << false << true;
}

void TestLibraryIssues::comparisonMatchesIssues()
{
    QFETCH(QString, renamed);
    QFETCH(bool, sameTitle);
    QFETCH(bool, aliased);
    QFETCH(bool, matched);
    BriefingData data = m_tokyo.data();
    const int index = m_tokyo.issueIndex(u"forced-labour"_s);
    data.issues[index].id = renamed;
    if (sameTitle) {
        const Issue &seoul = m_seoul.issues().at(m_seoul.issueIndex(u"forced-labour"_s));
        data.issues[index].title.insert(u"en"_s, seoul.title.text(u"en").toUpper());
    }
    IssueAliases aliases;
    if (aliased)
        aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
    const ReadoutComparison comparison =
        ReadoutComparison::compare(m_seoul, Briefing(data), &aliases);
    QCOMPARE(comparison.issues.size(), matched ? 6 : 7);
    const ReadoutComparison::ComparedIssue &labour = comparison.issues.at(1);
    QCOMPARE(labour.id, u"forced-labour"_s);
    QCOMPARE(labour.raised,
             matched ? ReadoutComparison::Raised::Both : ReadoutComparison::Raised::OnlyA);
    QCOMPARE(labour.issueB, matched ? index : -1);
    if (!matched) { // after Seoul's five, in Tokyo's order
        QCOMPARE(comparison.issues.at(5).id, renamed);
        QCOMPARE(comparison.issues.at(5).raised, ReadoutComparison::Raised::OnlyB);
        QCOMPARE(comparison.issues.at(5).issueB, index);
    }
}

void TestLibraryIssues::comparisonCountsEachSidesWording_data()
{
    QTest::addColumn<QString>("conceptId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("side");
    QTest::addColumn<int>("countA"); // in Seoul's readout
    QTest::addColumn<int>("countB"); // in Tokyo's
    const QString water = u"fukushima-water"_s;
    const QString labour = u"forced-labour"_s;
    QTest::newRow("오염수") << water << u"오염수"_s << u"ko"_s << u"kr"_s << 1 << 0;
    QTest::newRow("처리수") << water << u"처리수"_s << u"ko"_s << u"jp"_s << 0 << 1;
    QTest::newRow("ALPS 처리수") << water << u"ALPS 처리수"_s << u"ko"_s << u"jp"_s << 0 << 1;
    QTest::newRow("contaminated water")
        << water << u"contaminated water"_s << u"en"_s << u"kr"_s << 1 << 0;
    QTest::newRow("treated water") << water << u"treated water"_s << u"en"_s << u"jp"_s << 0 << 1;
    QTest::newRow("ALPS treated water, without the hyphen")
        << water << u"ALPS-treated water"_s << u"en"_s << u"jp"_s << 0 << 1;
    QTest::newRow("forced labour") << labour << u"forced labour"_s << u"en"_s << u"kr"_s << 2 << 0;
    QTest::newRow("조선반도 출신 노동자")
        << labour << u"조선반도 출신 노동자"_s << u"ko"_s << u"jp"_s << 0 << 1;
}

void TestLibraryIssues::comparisonCountsEachSidesWording()
{
    QFETCH(QString, conceptId);
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, side);
    QFETCH(int, countA);
    QFETCH(int, countB);
    const ReadoutComparison comparison = ReadoutComparison::compare(m_seoul, m_tokyo);
    for (const ReadoutComparison::Wording &wording : comparison.wordings)
        QVERIFY(!wording.side.isEmpty()); // neutral wordings are nobody's
    const auto it = std::find_if(comparison.wordings.begin(), comparison.wordings.end(),
                                 [&](const ReadoutComparison::Wording &wording) {
                                     return wording.text == text && wording.language == language;
                                 });
    QVERIFY(it != comparison.wordings.end());
    QCOMPARE(it->conceptId, conceptId);
    QCOMPARE(it->side, side);
    QCOMPARE(it->countA, countA);
    QCOMPARE(it->countB, countB);
}

void TestLibraryIssues::comparisonAsTsv()
{
    const QString tsv = ReadoutComparison::compare(m_seoul, m_tokyo).toTsv();
    QCOMPARE(tsv,
             u"issue\traised\tside\tposition_a\tposition_b\n"
             "fukushima-water\tboth\tkr\tdemands\tcooperative\n"
             "fukushima-water\tboth\tjp\tcooperative\treiterates\n"
             "forced-labour\tboth\tkr\tdemands\tcooperative\n"
             "forced-labour\tboth\tjp\tcooperative\treiterates\n"
             "sado-mines\ta\tkr\tdemands\t\n"
             "sado-mines\ta\tjp\tcooperative\t\n"
             "north-korea\tboth\tkr\tcooperative\tcooperative\n"
             "north-korea\tboth\tjp\tcooperative\tcooperative\n"
             "trilateral-summit\tboth\tkr\tproposes\tcooperative\n"
             "trilateral-summit\tboth\tjp\tsupports\tcooperative\n"
             "abductions\tb\tkr\t\tsupports\n"
             "abductions\tb\tjp\t\tdemands\n"_s);
    // The other way round, what only one raised swaps sides.
    const QStringList swapped = ReadoutComparison::compare(m_tokyo, m_seoul).toTsv().split(u'\n');
    QVERIFY(swapped.contains(u"abductions\ta\tjp\tdemands\t"_s));
    QVERIFY(swapped.contains(u"sado-mines\tb\tkr\t\tdemands"_s));
    QCOMPARE(swapped.constLast(), QString());
}

QTEST_GUILESS_MAIN(TestLibraryIssues)
#include "tst_libraryissues.moc"
