#include "libraryfiles.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `bilateral --library DIR --search/--timeline` and `--compare A B`, run as a script would,
// with the index and the settings in a temporary home, not the user's.
class TestLibraryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchPrintsCompilerStyleLines_data();
    void searchPrintsCompilerStyleLines();
    void searchWithoutHitsExitsWithOne();
    void searchRefusesWhatItCannotUse_data();
    void searchRefusesWhatItCannotUse();
    void searchWarnsOfFilesItSkips();
    void timelinePrintsEachStanceByDate();
    void timelineFollowsSavedAliases();
    void timelineOfAnUnknownIssue();
    void comparePrintsEachIssueAndSide();
    void compareRefusesWhatItCannotRead_data();
    void compareRefusesWhatItCannotRead();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments) const;
    QString file(const QString &name) const { return QDir(m_folder).filePath(name); }

    QTemporaryDir m_dir;
    QString m_folder;
    QProcessEnvironment m_environment;
};

namespace {
const QString timelineHeader = u"date\tfile\tside\tposition\tsummary"_s;
const QString seoulReadout = u"2023-07-14-fm-meeting-seoul-readout.briefing"_s;
const QString tokyoReadout = u"2023-07-14-fm-meeting-tokyo-readout.briefing"_s;
} // namespace

TestLibraryCli::Run TestLibraryCli::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(BILATERAL_EXECUTABLE), arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestLibraryCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(LibraryFiles::copyLibrary(m_folder));
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
}

void TestLibraryCli::searchPrintsCompilerStyleLines_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // a line that must be among them (a pattern)
    QTest::newRow("passages") << u"오염수"_s
                              << u"seoul-readout\\.briefing:\\d+:\\d+: passage \"p3\": .*오염수"_s;
    QTest::newRow("title") << u"illustrative"_s << u":\\d+:\\d+: title: "_s;
    QTest::newRow("summary") << u"faithfully"_s << u"seoul-readout\\.briefing:11:11: summary: "_s;
    QTest::newRow("issue title")
        << u"処理水"_s << u"tokyo-readout\\.briefing:\\d+:\\d+: issue \"fukushima-water\": "_s;
    QTest::newRow("stance")
        << u"처리수"_s
        << u"tokyo-readout\\.briefing:\\d+:\\d+: issue \"fukushima-water\" side \"kr\": "_s;
    QTest::newRow("term")
        << u"Takizaki"_s
        << u"2020-10-29-seoul-dg-talks\\.briefing:\\d+:\\d+: term \"takizaki\": "_s;
}

void TestLibraryCli::searchPrintsCompilerStyleLines()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Run result = run({u"--library"_s, m_folder, u"--search"_s, query});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QRegularExpression line(
        u"^([^:]+):(\\d+):(\\d+): (passage \"p\\d+\"|title|summary|issue \"[a-z-]+\"( side "
        "\"(kr|jp)\")?|term \"[a-z-]+\"): (.+)$"_s);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QVERIFY(result.out.endsWith(u'\n'));
    bool found = false;
    for (const QString &text : lines) {
        const QRegularExpressionMatch match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        // The file as named on the command line, and at LINE:COLUMN the text the snippet
        // is cut from.
        QVERIFY2(match.captured(1).startsWith(m_folder + u'/'), qPrintable(text));
        const QString whole = LibraryFiles::textAt(match.captured(1), match.captured(2).toInt(),
                                                   match.captured(3).toInt())
                                  .simplified();
        QVERIFY2(!whole.isEmpty(), qPrintable(text));
        for (const QString &piece : match.captured(7).split(u'…', Qt::SkipEmptyParts))
            QVERIFY2(whole.contains(piece.simplified()), qPrintable(text));
        found = found || QRegularExpression(expected).match(text).hasMatch();
    }
    QVERIFY2(found, qPrintable(result.out));
    // The index went to the cache given, not the user's.
    QVERIFY(QFile::exists(m_dir.filePath(u"cache/Bilateral/Bilateral/library/index.sqlite"_s)));
}

void TestLibraryCli::searchWithoutHitsExitsWithOne()
{
    const Run result = run({u"--library"_s, m_folder, u"--search"_s, u"xylophonist"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QString());
}

void TestLibraryCli::searchRefusesWhatItCannotUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString notAFolder = m_dir.filePath(u"library/"_s) + seoulReadout;
    QTest::newRow("a file for DIR")
        << QStringList{u"--library"_s, notAFolder, u"--search"_s, u"오염수"_s}
        << u"bilateral: --library: \"%1\" is not a folder"_s.arg(notAFolder);
    QTest::newRow("a missing DIR")
        << QStringList{u"--library"_s, u"/nonexistent/library"_s, u"--search"_s, u"오염수"_s}
        << u"\"/nonexistent/library\" is not a folder"_s;
    QTest::newRow("no words") << QStringList{u"--library"_s, m_dir.filePath(u"library"_s),
                                             u"--search"_s, u"!? —"_s}
                              << u"has no words to search for"_s;
    QTest::newRow("neither --search nor --timeline")
        << QStringList{u"--library"_s, m_dir.filePath(u"library"_s)}
        << u"--library DIR needs either --search QUERY or --timeline ISSUE-ID"_s;
    QTest::newRow("both") << QStringList{
        u"--library"_s, m_dir.filePath(u"library"_s), u"--search"_s, u"a"_s, u"--timeline"_s,
        u"b"_s} << u"--library DIR needs either --search QUERY or --timeline ISSUE-ID"_s;
}

void TestLibraryCli::searchRefusesWhatItCannotUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestLibraryCli::searchWarnsOfFilesItSkips()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(LibraryFiles::source(seoulReadout), dir.filePath(seoulReadout)));
    const QString broken = dir.filePath(u"broken.briefing"_s);
    QVERIFY(LibraryFiles::writeFile(broken, R"({"bilateral": 1,
  "title": {"ko": "가", "en": "A"},
  "date": "2020-13-45",
  "passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}]})"));
    QVERIFY(LibraryFiles::setModified(broken, LibraryFiles::longAgo()));
    const QString incoming = dir.filePath(u"incoming.briefing"_s);
    QVERIFY(LibraryFiles::writeFile(incoming, "{\"bilateral\": 1,\n  \"title\": {"));
    QVERIFY(LibraryFiles::setModified(incoming, QDateTime::currentDateTime()));

    const Run result = run({u"--library"_s, dir.path(), u"--search"_s, u"오염수"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(seoulReadout + u':'));
    const QStringList warnings = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(QRegularExpression(
                 u"^%1: warning: skipped: 3:11: .+$"_s.arg(QRegularExpression::escape(broken)))
                 .match(warnings.at(0))
                 .hasMatch(),
             qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).startsWith(incoming + u": warning: skipped: changed moments ago"_s),
             qPrintable(warnings.at(1)));
}

void TestLibraryCli::timelinePrintsEachStanceByDate()
{
    const Run result = run({u"--library"_s, m_folder, u"--timeline"_s, u"export-controls"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QStringList lines = result.out.split(u'\n');
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.takeFirst(), timelineHeader);
    const QStringList expected{
        u"2019-07-24 kr demands"_s,     u"2019-07-24 jp reiterates"_s,
        u"2020-10-29 kr demands"_s,     u"2020-10-29 jp reiterates"_s,
        u"2021-06-22 kr proposes"_s,    u"2021-06-22 jp reiterates"_s,
        u"2022-05-27 kr demands"_s,     u"2022-05-27 jp reiterates"_s,
        u"2023-03-29 kr supports"_s,    u"2023-03-29 jp cooperative"_s,
        u"2023-11-22 kr cooperative"_s, u"2023-11-22 jp cooperative"_s,
    };
    QStringList found;
    for (const QString &line : std::as_const(lines)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 5);
        QVERIFY(fields.at(1).startsWith(m_folder + u'/' + fields.at(0)));
        QVERIFY(!fields.at(4).isEmpty());
        found << fields.at(0) + u' ' + fields.at(2) + u' ' + fields.at(3);
    }
    QCOMPARE(found, expected);
    // The summary is the English one of that stance.
    const QJsonObject first = LibraryFiles::json(file(u"2019-07-24-tokyo-dg-talks.briefing"_s));
    QCOMPARE(first[u"issues"][0][u"id"].toString(), u"export-controls"_s);
    QCOMPARE(lines.at(0).section(u'\t', 4),
             first[u"issues"][0][u"stances"][0][u"summary"][u"en"].toString());
}

void TestLibraryCli::timelineFollowsSavedAliases()
{
    const QStringList arguments{u"--library"_s, m_folder, u"--timeline"_s, u"forced-labour"_s};
    const QString wartime =
        u"2022-05-27\t%1\tkr\tproposes\t"_s.arg(file(u"2022-05-27-tokyo-dg-talks.briefing"_s));
    Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), 1 + 7 * 2);
    QVERIFY(!result.out.contains(wartime));

    // The alias as the window saves it, in the settings of the user running the command.
    {
        QSettings settings(m_dir.filePath(u"config/Bilateral/Bilateral.conf"_s),
                           QSettings::IniFormat);
        settings.setValue(u"library/issueAliases"_s,
                          QVariantMap{{u"wartime-labour"_s, u"forced-labour"_s}});
    }
    result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u'\n'), 1 + 8 * 2);
    QVERIFY2(result.out.contains(wartime), qPrintable(result.out));
    QVERIFY(QFile::remove(m_dir.filePath(u"config/Bilateral/Bilateral.conf"_s)));
}

void TestLibraryCli::timelineOfAnUnknownIssue()
{
    const Run result = run({u"--library"_s, m_folder, u"--timeline"_s, u"no-such-issue"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, timelineHeader + u'\n');
    QVERIFY2(result.err.contains(u"raises the issue \"no-such-issue\""_s), qPrintable(result.err));
}

void TestLibraryCli::comparePrintsEachIssueAndSide()
{
    const Run result = run({u"--compare"_s, file(seoulReadout), file(tokyoReadout)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(u'\n');
    QCOMPARE(lines.size(), 1 + 12 + 1);
    QCOMPARE(lines.at(0), u"issue\traised\tside\tposition_a\tposition_b"_s);
    QVERIFY(lines.contains(u"fukushima-water\tboth\tkr\tdemands\tcooperative"_s));
    QVERIFY(lines.contains(u"sado-mines\ta\tkr\tdemands\t"_s));
    QVERIFY(lines.contains(u"abductions\tb\tjp\t\tdemands"_s));
    QVERIFY(lines.contains(u"north-korea\tboth\tjp\tcooperative\tcooperative"_s));
}

void TestLibraryCli::compareRefusesWhatItCannotRead_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("message");
    const QString seoul = m_dir.filePath(u"library/"_s) + seoulReadout;
    QTest::newRow("a missing file")
        << QStringList{seoul, u"/nonexistent/b.briefing"_s} << u"/nonexistent/b.briefing"_s;
    QTest::newRow("not a briefing")
        << QStringList{QStringLiteral(BILATERAL_SOURCE_DIR) + u"/README.md"_s, seoul}
        << u"README.md:1:1: error: "_s;
    QTest::newRow("one file") << QStringList{seoul} << u"--compare needs two briefing files"_s;
}

void TestLibraryCli::compareRefusesWhatItCannotRead()
{
    QFETCH(QStringList, files);
    QFETCH(QString, message);
    const Run result = run(QStringList{u"--compare"_s} + files);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
