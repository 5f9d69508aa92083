#include "library/issuealiases.h"
#include "library/libraryindex.h"
#include "libraryfiles.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using LibraryFiles::byDate;
using LibraryFiles::key;
using LibraryFiles::longAgo;
using LibraryFiles::readFile;
using LibraryFiles::setModified;
using LibraryFiles::writeFile;

// The library's index of a folder of briefings: what it lists and how it filters, what
// update() reads again, files that are not (yet) briefings, and an index that cannot be
// used.
class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexesEveryBriefing();
    void filtersEntries_data();
    void filtersEntries();
    void updatesOnlyWhatChanged();
    void reportsInvalidFiles_data();
    void reportsInvalidFiles();
    void waitsForFilesBeingWritten();
    void rebuildsAnUnusableIndex_data();
    void rebuildsAnUnusableIndex();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<LibraryIndex> m_index;
    UpdateSummary m_first;
};

namespace {
QStringList keys(const QList<LibraryEntry> &entries)
{
    QStringList result;
    for (const LibraryEntry &entry : entries)
        result << key(entry.path);
    return result;
}

bool runSql(const QString &database, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(database);
        ok = db.open() && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    return ok;
}
} // namespace

void TestLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(LibraryFiles::copyLibrary(m_folder));
    m_index = std::make_unique<LibraryIndex>(m_dir.filePath(u"cache/index.sqlite"_s));
    m_first = m_index->update({m_folder});
    QVERIFY2(m_first.error.isEmpty(), qPrintable(m_first.error));
}

void TestLibrary::indexesEveryBriefing()
{
    QCOMPARE(m_first.listed, 8);
    QCOMPARE(m_first.indexed, 8);
    QCOMPARE(m_first.unchanged, 0);
    QCOMPARE(m_first.removed, 0);
    QCOMPARE(m_first.problems.size(), 0);
    QVERIFY(m_first.rebuilt); // there was no index yet

    const QList<LibraryEntry> entries = m_index->entries({m_folder});
    QStringList names;
    for (const LibraryEntry &entry : entries)
        names << QFileInfo(entry.path).fileName();
    QCOMPARE(names, byDate());
    for (const LibraryEntry &entry : entries) {
        const QJsonObject file = LibraryFiles::json(entry.path);
        QCOMPARE(entry.date, QDate::fromString(file[u"date"].toString(), Qt::ISODate));
        for (const QString &language : {u"ko"_s, u"en"_s, u"ja"_s})
            QCOMPARE(entry.title.text(language), file[u"title"][language].toString());
        QCOMPARE(entry.issueCount, file[u"issues"].toArray().size());
        QCOMPARE(entry.passageCount, file[u"passages"].toArray().size());
        QCOMPARE(entry.source, file[u"source"][u"name"].toString());
        QCOMPARE(entry.sides.size(), 2);
        QCOMPARE(entry.sides.at(0).id, u"kr"_s);
        QCOMPARE(entry.sides.at(0).name.text(u"en"), u"South Korea"_s);
        QCOMPARE(entry.sides.at(1).id, u"jp"_s);
        QCOMPARE(entry.sides.at(1).name.text(u"ja"), u"日本"_s);
    }

    const QList<std::pair<QString, LocalizedText>> issues = m_index->issues({m_folder});
    QStringList ids;
    for (const auto &[id, title] : issues)
        ids << id;
    QCOMPARE(ids,
             (QStringList{u"abductions"_s, u"dokdo-takeshima"_s, u"export-controls"_s,
                          u"forced-labour"_s, u"fukushima-water"_s, u"north-korea"_s,
                          u"sado-mines"_s, u"trilateral-summit"_s, u"wartime-labour"_s}));
    // An issue is titled as the newest briefing titles it.
    const QJsonObject newest = LibraryFiles::json(entries.constFirst().path);
    const QJsonObject title = newest[u"issues"][2][u"title"].toObject();
    QCOMPARE(newest[u"issues"][2][u"id"].toString(), u"fukushima-water"_s);
    QCOMPARE(issues.at(4).second.text(u"en"), title[u"en"].toString());
    QCOMPARE(issues.at(4).second.text(u"ko"), title[u"ko"].toString());

    // Only the folders asked about: not a folder whose name merely begins the same.
    QVERIFY(m_index->entries({m_dir.filePath(u"lib"_s)}).isEmpty());
    QVERIFY(m_index->entries({}).isEmpty());
}

void TestLibrary::filtersEntries_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("issue");
    QTest::addColumn<bool>("aliased"); // wartime-labour declared the same as forced-labour
    QTest::addColumn<int>("position"); // a StancePosition, or -1
    QTest::addColumn<QStringList>("expected");
    const QStringList all{u"2023-11-22"_s, u"seoul-readout"_s, u"tokyo-readout"_s, u"2023-03-29"_s,
                          u"2022-05-27"_s, u"2021-06-22"_s,    u"2020-10-29"_s,    u"2019-07-24"_s};
    const QDate none;
    auto add = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };
    add("everything") << none << none << QString() << QString() << false << -1 << all;
    add("from 2023") << QDate(2023, 1, 1) << none << QString() << QString() << false << -1
                     << all.first(4);
    add("until 2020") << none << QDate(2020, 12, 31) << QString() << QString() << false << -1
                      << all.last(2);
    add("bounds included") << QDate(2021, 6, 22) << QDate(2022, 5, 27) << QString() << QString()
                           << false << -1 << all.mid(4, 2);
    add("side kr") << none << none << u"kr"_s << QString() << false << -1 << all;
    add("side nobody has") << none << none << u"cn"_s << QString() << false << -1 << QStringList();
    add("issue only Seoul raised") << none << none << QString() << u"sado-mines"_s << false << -1
                                   << QStringList{u"seoul-readout"_s};
    add("issue only Tokyo raised") << none << none << QString() << u"abductions"_s << false << -1
                                   << QStringList{u"tokyo-readout"_s};
    QStringList withoutAlias = all;
    withoutAlias.removeOne(u"2022-05-27"_s);
    add("issue without its alias")
        << none << none << QString() << u"forced-labour"_s << false << -1 << withoutAlias;
    add("issue with its alias") << none << none << QString() << u"forced-labour"_s << true << -1
                                << all;
    add("issue named by its alias")
        << none << none << QString() << u"wartime-labour"_s << true << -1 << all;
    add("rejects, any issue") << none << none << QString() << QString() << false
                              << int(StancePosition::Rejects)
                              << QStringList{u"2021-06-22"_s, u"2019-07-24"_s};
    add("demands on the water") << none << none << QString() << u"fukushima-water"_s << false
                                << int(StancePosition::Demands)
                                << QStringList{u"seoul-readout"_s, u"2023-03-29"_s};
    add("Japan demands") << none << none << u"jp"_s << QString() << false
                         << int(StancePosition::Demands)
                         << QStringList{u"tokyo-readout"_s, u"2022-05-27"_s, u"2021-06-22"_s};
    add("Korea proposes, aliased")
        << none << none << u"kr"_s << u"forced-labour"_s << true << int(StancePosition::Proposes)
        << QStringList{u"2023-03-29"_s, u"2022-05-27"_s, u"2019-07-24"_s};
    add("Korea proposes, not aliased")
        << none << none << u"kr"_s << u"forced-labour"_s << false << int(StancePosition::Proposes)
        << QStringList{u"2023-03-29"_s, u"2019-07-24"_s};
    add("from 2023, Japan supports")
        << QDate(2023, 1, 1) << none << u"jp"_s << QString() << false
        << int(StancePosition::Supports)
        << QStringList{u"2023-11-22"_s, u"seoul-readout"_s, u"2023-03-29"_s};
    add("nobody objects to export controls")
        << none << none << QString() << u"export-controls"_s << false
        << int(StancePosition::Objects) << QStringList();
}

void TestLibrary::filtersEntries()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, side);
    QFETCH(QString, issue);
    QFETCH(bool, aliased);
    QFETCH(int, position);
    QFETCH(QStringList, expected);
    LibraryFilter filter;
    filter.from = from;
    filter.to = to;
    filter.side = side;
    if (!issue.isEmpty()) {
        IssueAliases aliases;
        if (aliased)
            aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
        filter.issues = aliases.idsMatching(issue);
    }
    if (position >= 0)
        filter.position = StancePosition(position);
    QCOMPARE(keys(m_index->entries({m_folder}, filter)), expected);
}

void TestLibrary::updatesOnlyWhatChanged()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(LibraryFiles::copyLibrary(folder));
    LibraryIndex index(dir.filePath(u"index.sqlite"_s));
    QCOMPARE(index.update({folder}).indexed, 8);

    UpdateSummary summary = index.update({folder});
    QCOMPARE(summary.listed, 8);
    QCOMPARE(summary.indexed, 0);
    QCOMPARE(summary.unchanged, 8);
    QVERIFY(!summary.rebuilt);

    // Only the time stamp moved: the same bytes, not read into the index again.
    const QDir library(folder);
    QVERIFY(setModified(library.filePath(byDate().at(5)), longAgo().addSecs(600)));
    summary = index.update({folder});
    QCOMPARE(summary.indexed, 0);
    QCOMPARE(summary.unchanged, 8);

    // New content: the old words are gone from the index, the new ones found.
    const QString changed = library.filePath(byDate().at(7));
    QCOMPARE(index.search({folder}, u"평행선"_s).size(), 3);
    QVERIFY(index.search({folder}, u"무지개다리"_s).isEmpty());
    QVERIFY(writeFile(changed, readFile(changed).replace("평행선", "무지개다리")));
    QVERIFY(setModified(changed, longAgo().addSecs(1200)));
    summary = index.update({folder});
    QCOMPARE(summary.indexed, 1);
    QCOMPARE(summary.unchanged, 7);
    QVERIFY(index.search({folder}, u"평행선"_s).isEmpty());
    const QList<SearchHit> renamed = index.search({folder}, u"무지개다리"_s);
    QCOMPARE(renamed.size(), 3);
    for (const SearchHit &hit : renamed) {
        QCOMPARE(hit.path, changed);
        QVERIFY(LibraryFiles::pointsAtText(hit.path, hit.line, hit.column, hit.text));
    }

    // A deleted file: gone from the entries and the hits.
    const QString deleted = library.filePath(byDate().at(3));
    auto hitsIn = [&](const QString &path) {
        const QList<SearchHit> hits = index.search({folder}, u"오염수"_s);
        return std::count_if(hits.begin(), hits.end(),
                             [&](const SearchHit &hit) { return hit.path == path; });
    };
    QVERIFY(hitsIn(deleted) > 0);
    QVERIFY(QFile::remove(deleted));
    summary = index.update({folder});
    QCOMPARE(summary.listed, 7);
    QCOMPARE(summary.removed, 1);
    QCOMPARE(summary.indexed, 0);
    QCOMPARE(hitsIn(deleted), 0);
    QCOMPARE(index.entries({folder}).size(), 7);

    // A file added deep in a subfolder.
    QVERIFY(library.mkpath(u"2024/spring"_s));
    const QString added = library.filePath(u"2024/spring/talks.briefing"_s);
    QVERIFY(writeFile(added, R"({"bilateral": 1, "languages": ["ko", "en"],
  "title": {"ko": "봄 협의", "en": "Spring talks"}, "date": "2024-04-01",
  "passages": [{"id": "p1", "text": {"ko": "양측은 해빙기를 맞았다.", "en": "A thaw."}}]})"));
    summary = index.update({folder});
    QCOMPARE(summary.listed, 8);
    QCOMPARE(summary.indexed, 1);
    QCOMPARE(summary.unchanged, 7);
    const QList<SearchHit> spring = index.search({folder}, u"해빙기"_s);
    QCOMPARE(spring.size(), 1);
    QCOMPARE(spring.at(0).path, added);
    QCOMPARE(spring.at(0).ref, u"p1"_s);
    QCOMPARE(index.entries({folder}).constFirst().path, added);
}

void TestLibrary::reportsInvalidFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where"); // LINE:COLUMN of the first error
    QTest::newRow("not JSON") << QByteArray("hello") << u"1:1"_s;
    QTest::newRow("a bad date") << QByteArray(R"({"bilateral": 1,
  "title": {"ko": "가", "en": "A"},
  "date": "2020-13-45",
  "passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}]})")
                                << u"3:11"_s;
    // Where the bytes end: line 65, column 89 (in characters, not bytes).
    const QByteArray cut = readFile(LibraryFiles::source(byDate().at(0))).left(4000);
    QCOMPARE(cut.count('\n'), 64);
    QCOMPARE(QString::fromUtf8(cut.mid(cut.lastIndexOf('\n') + 1)).size(), 88);
    QTest::newRow("cut short") << cut << u"65:89"_s;
}

void TestLibrary::reportsInvalidFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString valid = QDir(folder).filePath(byDate().at(1));
    QVERIFY(QFile::copy(LibraryFiles::source(byDate().at(1)), valid));
    const QString broken = QDir(folder).filePath(u"broken.briefing"_s);
    QVERIFY(writeFile(broken, content));
    QVERIFY(setModified(broken, longAgo()));

    LibraryIndex index(dir.filePath(u"index.sqlite"_s));
    const UpdateSummary summary = index.update({folder});
    QCOMPARE(summary.listed, 2);
    QCOMPARE(summary.indexed, 1);
    QCOMPARE(summary.problems.size(), 1);
    const LibraryProblem &problem = summary.problems.at(0);
    QCOMPARE(problem.path, broken);
    QVERIFY(!problem.pending);
    QVERIFY2(problem.problem.startsWith(where + u": "_s), qPrintable(problem.problem));
    QVERIFY(problem.problem.size() > where.size() + 2);
    QCOMPARE(index.problems({folder}).size(), 1);
    QCOMPARE(index.problems({folder}).at(0).problem, problem.problem);
    QCOMPARE(index.entries({folder}).size(), 1);
}

void TestLibrary::waitsForFilesBeingWritten()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(
        QFile::copy(LibraryFiles::source(byDate().at(1)), QDir(folder).filePath(byDate().at(1))));
    // Half of a briefing, written just now: a copy still under way.
    const QByteArray full = readFile(LibraryFiles::source(byDate().at(0)));
    const QString incoming = QDir(folder).filePath(u"incoming.briefing"_s);
    QVERIFY(writeFile(incoming, full.left(full.size() / 2)));
    QVERIFY(setModified(incoming, QDateTime::currentDateTime()));

    LibraryIndex index(dir.filePath(u"index.sqlite"_s));
    UpdateSummary summary = index.update({folder});
    QCOMPARE(summary.indexed, 1);
    QCOMPARE(summary.problems.size(), 1);
    QCOMPARE(summary.problems.at(0).path, incoming);
    QVERIFY(summary.problems.at(0).pending); // not reported as invalid
    QCOMPARE(index.entries({folder}).size(), 1);

    // The copy completes: the next update reads it.
    QVERIFY(writeFile(incoming, full));
    QVERIFY(setModified(incoming, QDateTime::currentDateTime().addSecs(1)));
    summary = index.update({folder});
    QCOMPARE(summary.indexed, 1);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(summary.problems.size(), 0);
    const QList<LibraryEntry> entries = index.entries({folder});
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).path, incoming);
    QCOMPARE(entries.at(0).date, QDate(2023, 11, 22));
    QVERIFY(!index.search({folder}, u"정찰위성"_s).isEmpty());

    // Half a file that stays so: once it has settled it is reported as invalid.
    QVERIFY(writeFile(incoming, full.left(full.size() / 3)));
    QVERIFY(setModified(incoming, QDateTime::currentDateTime()));
    QVERIFY(index.update({folder}).problems.at(0).pending);
    QVERIFY(setModified(incoming, longAgo()));
    summary = index.update({folder});
    QCOMPARE(summary.problems.size(), 1);
    QVERIFY(!summary.problems.at(0).pending);
}

void TestLibrary::rebuildsAnUnusableIndex_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("rebuilt");
    QTest::newRow("intact") << u"none"_s << false;
    QTest::newRow("garbage") << u"garbage"_s << true;
    QTest::newRow("empty file") << u"empty"_s << true;
    QTest::newRow("another schema version") << u"PRAGMA user_version = 7"_s << true;
    QTest::newRow("a table missing") << u"DROP TABLE files"_s << true;
}

void TestLibrary::rebuildsAnUnusableIndex()
{
    QFETCH(QString, damage);
    QFETCH(bool, rebuilt);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(LibraryFiles::copyLibrary(folder));
    const QString database = dir.filePath(u"cache/index.sqlite"_s);
    {
        LibraryIndex index(database);
        QCOMPARE(index.update({folder}).indexed, 8);
    }
    auto damageIt = [&] {
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(database + suffix);
        if (damage == u"garbage"_s)
            return writeFile(database, QByteArray("not a database ").repeated(300));
        if (damage == u"empty"_s)
            return writeFile(database, {});
        return damage == u"none"_s || runSql(database, damage);
    };
    QVERIFY(damageIt());
    {
        // Opened first, as a window would to show at once what the index has.
        LibraryIndex index(database);
        QVERIFY(index.open());
        QCOMPARE(index.wasRebuilt(), rebuilt);
        const UpdateSummary summary = index.update({folder});
        QCOMPARE(summary.indexed, rebuilt ? 8 : 0);
        QCOMPARE(summary.rebuilt, rebuilt);
    }
    QVERIFY(damageIt()); // again, for update() to find
    LibraryIndex index(database);
    const UpdateSummary summary = index.update({folder});
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.rebuilt, rebuilt);
    QCOMPARE(summary.indexed, rebuilt ? 8 : 0);
    QCOMPARE(summary.unchanged, rebuilt ? 0 : 8);
    QCOMPARE(index.entries({folder}).size(), 8);
    QVERIFY(!index.search({folder}, u"오염수"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
