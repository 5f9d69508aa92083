#include "brief/briefcomposer.h"
#include "brief/briefrenderer.h"
#include "brief/brieftimeline.h"
#include "briefinggenerator.h"
#include "format/briefingloader.h"
#include "library/issuealiases.h"
#include "library/issuetimeline.h"
#include "library/libraryfiles.h"
#include "library/libraryindex.h"
#include "libraryviews/libraryactions.h"
#include "libraryviews/libraryservice.h"
#include "printing/briefprinter.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QPdfDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

// The brief's "Over time" rows: the open briefing's issues followed across the library's
// dated briefings, a line per side, in the PDF when the page has room and left out, with a
// note, when it has not; from the composer, the window and the command line.
class TestBriefTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void timelinesFollowTheBriefingsIssues();
    void briefingItselfIsOneMeeting();
    void briefShowsEachSideOverTime();
    void aliasesJoinAnIssueAndLongRunsAreCut();
    void withoutTimelinesTheBriefIsUnchanged();
    void fullPageLeavesTheTimelineOutFirst();
    void windowExportReadsTheLibrary();
    void commandLineExportFollowsTheLibrary();
    void commandLineRefusesAFolderItCannotUse();

private:
    static QString pdfText(const QString &path, int *pages = nullptr);
    QList<BriefTimeline> timelinesFor(const Briefing &briefing, const QString &path,
                                      const IssueAliases &aliases = {});
    // The line of `text` that starts with `start`, or empty.
    static QString lineStarting(const QString &text, const QString &start, qsizetype from = 0);

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_seoulPath; // in the source tree, not in the library folder
    Briefing m_seoul;
    std::unique_ptr<LibraryIndex> m_index;
};

namespace {
const QString seoulName = u"2023-03-29-seoul-dg-talks.briefing"_s;

BriefOptions optionsFor(const QList<BriefTimeline> &timelines)
{
    BriefOptions options =
        BriefOptions::forLanguage(u"en"_s, QPageSize(QPageSize::A4), -1, u"0123456789abcdef"_s);
    options.timelines = timelines;
    return options;
}

const BriefTimeline *find(const QList<BriefTimeline> &timelines, const QString &issueId)
{
    for (const BriefTimeline &timeline : timelines) {
        if (timeline.issueId == issueId)
            return &timeline;
    }
    return nullptr;
}

// A side's positions as "demands demands proposes* …": "*" where it changed, "." where the
// side took no stance.
QString positions(const BriefTimeline &timeline, const QString &side)
{
    for (const BriefTimeline::Side &row : timeline.sides) {
        if (row.id != side)
            continue;
        QStringList result;
        for (const BriefTimeline::Stance &stance : row.stances)
            result << (stance.present ? StancePositions::key(stance.position)
                               + (stance.changed ? u"*"_s : QString())
                                      : u"."_s);
        return result.join(u' ');
    }
    return {};
}
} // namespace

void TestBriefTimeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window reads the user's index only where there is one: none here.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"user-cache"_s)));
    m_folder = m_dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(LibraryFiles::copyLibrary(m_folder));
    m_index = std::make_unique<LibraryIndex>(m_dir.filePath(u"index.sqlite"_s));
    const UpdateSummary summary = m_index->update({m_folder});
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.indexed, 8);
    m_seoulPath = LibraryFiles::source(seoulName);
    const LoadResult loaded = BriefingLoader::loadFile(m_seoulPath);
    QVERIFY(loaded.ok());
    m_seoul = *loaded.briefing;
}

void TestBriefTimeline::cleanupTestCase()
{
    m_index.reset();
    QSettings().remove(u"library/folders"_s);
}

QList<BriefTimeline> TestBriefTimeline::timelinesFor(const Briefing &briefing, const QString &path,
                                                     const IssueAliases &aliases)
{
    return BriefTimeline::fromIssueTimelines(
        IssueTimeline::forBriefing(*m_index, {m_folder}, briefing, aliases, path), briefing);
}

QString TestBriefTimeline::pdfText(const QString &path, int *pages)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    if (pages)
        *pages = pdf.pageCount();
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    // NFKC: ligatures apart, and the entries' no-break spaces read as spaces.
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString TestBriefTimeline::lineStarting(const QString &text, const QString &start, qsizetype from)
{
    const qsizetype at = text.indexOf(u'\n' + start, from);
    if (at < 0)
        return {};
    const qsizetype end = text.indexOf(u'\n', at + 1);
    return text.mid(at + 1, end < 0 ? -1 : end - at - 1);
}

void TestBriefTimeline::timelinesFollowTheBriefingsIssues()
{
    const QList<BriefTimeline> timelines = timelinesFor(m_seoul, m_seoulPath);
    // Every issue of the briefing the library raises elsewhere too, in the briefing's order.
    QStringList ids;
    for (const BriefTimeline &timeline : timelines)
        ids << timeline.issueId;
    QCOMPARE(ids,
             (QStringList{u"forced-labour"_s, u"export-controls"_s, u"fukushima-water"_s,
                          u"north-korea"_s, u"trilateral-summit"_s}));

    const BriefTimeline *exports = find(timelines, u"export-controls"_s);
    QVERIFY(exports);
    QList<QDate> dates;
    for (const QString &date : {u"2019-07-24"_s, u"2020-10-29"_s, u"2021-06-22"_s, u"2022-05-27"_s,
                                u"2023-03-29"_s, u"2023-11-22"_s})
        dates << QDate::fromString(date, Qt::ISODate);
    QCOMPARE(exports->meetings, dates);
    QCOMPARE(exports->thisMeeting, 4);
    QCOMPARE(exports->sides.size(), 2);
    QCOMPARE(exports->sides.at(0).id, u"kr"_s); // the briefing's sides, in its order
    QCOMPARE(positions(*exports, u"kr"_s),
             u"demands demands proposes* demands* supports* cooperative*"_s);
    QCOMPARE(positions(*exports, u"jp"_s),
             u"reiterates reiterates reiterates reiterates cooperative* cooperative"_s);

    // "No stated position" is not a change, nor what the next position is measured against.
    const BriefTimeline *summit = find(timelines, u"trilateral-summit"_s);
    QVERIFY(summit);
    QCOMPARE(positions(*summit, u"jp"_s), u"none supports supports cooperative* cooperative"_s);
}

void TestBriefTimeline::briefingItselfIsOneMeeting()
{
    // Opened from the library's own copy, from a copy elsewhere, or edited and not saved:
    // the briefing is one meeting, as it is in memory.
    const QString inLibrary = QDir(m_folder).filePath(seoulName);
    BriefingData edited = m_seoul.data();
    const int exports = m_seoul.issueIndex(u"export-controls"_s);
    edited.issues[exports].stances[0].position = StancePosition::Objects;
    const Briefing unsaved(edited);
    for (const auto &[briefing, path] :
         {std::pair{m_seoul, inLibrary}, std::pair{m_seoul, m_seoulPath},
          std::pair{m_seoul, QString()}, std::pair{unsaved, inLibrary}}) {
        const QList<BriefTimeline> timelines = timelinesFor(briefing, path);
        const BriefTimeline *timeline = find(timelines, u"export-controls"_s);
        QVERIFY(timeline);
        QCOMPARE(timeline->meetings.size(), 6);
        QCOMPARE(timeline->thisMeeting, 4);
        QCOMPARE(timeline->sides.at(0).stances.at(4).position,
                 briefing.issues().at(exports).stances.at(0).position);
    }

    // An issue no other briefing raises has no timeline; an undated briefing no meeting.
    BriefingData lone = m_seoul.data();
    lone.issues[exports].id = u"only-here"_s;
    lone.date = QDate();
    const QList<BriefTimeline> timelines = timelinesFor(Briefing(lone), QString());
    QVERIFY(!find(timelines, u"only-here"_s));
    const BriefTimeline *water = find(timelines, u"fukushima-water"_s);
    QVERIFY(water);
    QCOMPARE(water->thisMeeting, -1);
}

void TestBriefTimeline::briefShowsEachSideOverTime()
{
    const BriefOptions options = optionsFor(timelinesFor(m_seoul, m_seoulPath));
    const BriefLayout layout = composeBrief(m_seoul, options);
    QVERIFY(layout.fits());
    QVERIFY(layout.hasTimeline);
    QVERIFY(!layout.timelineOmitted);
    QVERIFY(layout.passagesShown > 0); // they take room from key passages, not all of it

    // Under the Wording row, above the key passages; a line per side, each entry the month,
    // the position's symbol and its word, a change marked "Δ".
    const QString body = layout.body->toPlainText();
    const qsizetype heading = body.indexOf(u"\nOver time"_s);
    QVERIFY2(heading > 0, qPrintable(body));
    QVERIFY(body.indexOf(u"\nWording: "_s) < heading);
    QVERIFY(heading < body.indexOf(u"\nKey passages"_s));
    const qsizetype exports = body.indexOf(u"\nJapan's export restrictions"_s, heading);
    QVERIFY(exports > heading);
    QString korea = lineStarting(body, u"South Korea: "_s, exports);
    korea.replace(QChar::Nbsp, u' ');
    QCOMPARE(korea,
             u"South Korea: 2019-07 ! Demands · 2020-10 ! Demands · Δ 2021-06 → Proposes"
             " · Δ 2022-05 ! Demands · Δ 2023-03 + Supports · Δ 2023-11 ≈ Cooperative"_s);

    const QString path = m_dir.filePath(u"timeline.pdf"_s);
    QCOMPARE(writeBriefPdf(layout, options, m_seoul, path), QString());
    int pages = 0;
    const QString text = pdfText(path, &pages);
    QCOMPARE(pages, 1);
    for (const QString &expected : {u"Over time"_s, u"2019-07 ! Demands"_s, u"2020-10"_s,
                                    u"Δ 2021-06 → Proposes"_s, u"Δ 2023-03 + Supports"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in: "_s + text));
}

void TestBriefTimeline::aliasesJoinAnIssueAndLongRunsAreCut()
{
    // With wartime-labour filed as forced-labour, the issue has eight meetings: the newest
    // six are shown, and the two before them are said.
    IssueAliases aliases;
    aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
    const QList<BriefTimeline> timelines = timelinesFor(m_seoul, m_seoulPath, aliases);
    const BriefTimeline *labour = find(timelines, u"forced-labour"_s);
    QVERIFY(labour);
    QCOMPARE(labour->meetings.size(), 8);
    const BriefLayout layout = composeBrief(m_seoul, optionsFor(timelines));
    const QString body = layout.body->toPlainText();
    const qsizetype heading = body.indexOf(u"\nOver time"_s);
    QVERIFY(heading > 0);
    QString title = lineStarting(body, m_seoul.issues().at(0).title.text(u"en"), heading);
    QVERIFY2(title.endsWith(u"(… 2 earlier)"_s), qPrintable(title));
    QString korea = lineStarting(body, u"South Korea: "_s, heading);
    korea.replace(QChar::Nbsp, u' ');
    QVERIFY2(korea.startsWith(u"South Korea: 2021-06 ! Demands · Δ 2022-05 → Proposes"_s),
             qPrintable(korea));
    QVERIFY(!korea.contains(u"2019-07"_s));

    // A briefing older than the six newest meetings keeps its own: the run starts there.
    const QString oldest = QDir(m_folder).filePath(u"2019-07-24-tokyo-dg-talks.briefing"_s);
    const Briefing first = *BriefingLoader::loadFile(oldest).briefing;
    const QList<BriefTimeline> fromFirst = timelinesFor(first, oldest, aliases);
    const BriefLayout firstLayout = composeBrief(first, optionsFor(fromFirst));
    const QString firstBody = firstLayout.body->toPlainText();
    QVERIFY2(firstBody.contains(u"(2 later …)"_s), qPrintable(firstBody));
}

void TestBriefTimeline::withoutTimelinesTheBriefIsUnchanged()
{
    const BriefLayout plain = composeBrief(m_seoul, optionsFor({}));
    QVERIFY(!plain.hasTimeline);
    const QString text = plain.body->toPlainText();
    QVERIFY(!text.contains(u"Over time"_s));
    QVERIFY(!text.contains(u"The timeline rows are left out"_s));

    // Timelines of issues the briefing does not raise, or of one meeting, add nothing either.
    BriefTimeline elsewhere;
    elsewhere.issueId = u"dokdo-takeshima"_s;
    elsewhere.meetings = {QDate(2021, 6, 22), QDate(2022, 1, 1)};
    elsewhere.sides = {{u"kr"_s, {}, {{true, StancePosition::Objects, false}, {}}}};
    BriefTimeline once;
    once.issueId = u"export-controls"_s;
    once.meetings = {m_seoul.date()};
    once.thisMeeting = 0;
    once.sides = {{u"kr"_s, {}, {{true, StancePosition::Supports, false}}}};
    const BriefLayout unchanged = composeBrief(m_seoul, optionsFor({elsewhere, once}));
    QVERIFY(!unchanged.hasTimeline);
    QCOMPARE(unchanged.body->toPlainText(), text);
    QCOMPARE(unchanged.bodyPointSize, plain.bodyPointSize);
    QCOMPARE(unchanged.passagesShown, plain.passagesShown);
}

void TestBriefTimeline::fullPageLeavesTheTimelineOutFirst()
{
    // 20 issues of 4 sides with long summaries: the matrix alone nearly fills the page.
    GeneratorOptions dense;
    dense.passages = 300;
    dense.issues = 20;
    dense.sides = 4;
    dense.passagesPerIssue = 24;
    dense.summaryWords = 30;
    const LoadResult loaded = BriefingLoader::parse(generateBriefing(dense), u"dense"_s);
    QVERIFY(loaded.ok());
    const Briefing &briefing = *loaded.briefing;
    QList<BriefTimeline> timelines;
    for (const Issue &issue : briefing.issues()) {
        BriefTimeline timeline;
        timeline.issueId = issue.id;
        for (int year = 2015; year <= 2020; ++year)
            timeline.meetings << QDate(year, 10, 29);
        timeline.thisMeeting = 5;
        for (const Side &side : briefing.sides()) {
            BriefTimeline::Side row{side.id, side.name, {}};
            for (int m = 0; m < 6; ++m)
                row.stances << BriefTimeline::Stance{true, StancePosition(m % 8), m > 0};
            timeline.sides << row;
        }
        timelines << timeline;
    }
    const BriefOptions options = optionsFor(timelines);
    const BriefLayout layout = composeBrief(briefing, options);
    QVERIFY(layout.fits());
    QVERIFY(layout.hasTimeline);
    QVERIFY(layout.timelineOmitted);
    const QString body = layout.body->toPlainText();
    QVERIFY(!body.contains(u"Over time"_s));
    QVERIFY(body.contains(u"The timeline rows are left out for space."_s));

    const QString path = m_dir.filePath(u"dense.pdf"_s);
    QCOMPARE(writeBriefPdf(layout, options, briefing, path), QString());
    int pages = 0;
    const QString text = pdfText(path, &pages);
    QCOMPARE(pages, 1);
    QVERIFY2(text.contains(u"The timeline rows are left out for space."_s), qPrintable(text));
}

void TestBriefTimeline::windowExportReadsTheLibrary()
{
    MainWindow window;
    window.libraryActions()->setDatabasePath(m_dir.filePath(u"window-index.sqlite"_s));
    TestSupport::show(window, m_seoul, m_seoulPath);

    // Until the library is used and has an index, the brief has no timeline rows.
    const QString before = m_dir.filePath(u"window-before.pdf"_s);
    QCOMPARE(window.briefPrinter()->exportTo(before, u"en"_s, QPageSize(QPageSize::A4)), QString());
    QVERIFY(!pdfText(before).contains(u"Over time"_s));

    LibraryService *service = window.libraryActions()->service();
    QSignalSpy updated(service, &LibraryService::updated);
    service->setFolders({m_folder});
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 60'000);
    const QString after = m_dir.filePath(u"window-after.pdf"_s);
    QCOMPARE(window.briefPrinter()->exportTo(after, u"en"_s, QPageSize(QPageSize::A4)), QString());
    int pages = 0;
    const QString text = pdfText(after, &pages);
    QCOMPARE(pages, 1);
    QVERIFY2(text.contains(u"Over time"_s) && text.contains(u"Δ 2021-06 → Proposes"_s),
             qPrintable(text));
}

void TestBriefTimeline::commandLineExportFollowsTheLibrary()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    const auto exportBrief = [&](const QString &out, const QStringList &more) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                      QStringList{u"--export-pdf"_s, out, m_seoulPath, u"--lang"_s, u"en"_s,
                                  u"--page-size"_s, u"A4"_s}
                          + more);
        return process.waitForFinished(120'000) && process.exitStatus() == QProcess::NormalExit
            ? process.exitCode()
            : -1;
    };
    const QString with = m_dir.filePath(u"cli-library.pdf"_s);
    QCOMPARE(exportBrief(with, {u"--library"_s, m_folder}), 0);
    int pages = 0;
    const QString text = pdfText(with, &pages);
    QCOMPARE(pages, 1);
    for (const QString &expected : {u"Over time"_s, u"2019-07"_s, u"2020-10"_s, u"Δ"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in: "_s + text));
    // The index is the user's (here in the temporary cache), not in the library folder.
    QVERIFY(QFileInfo::exists(m_dir.filePath(u"cache/Bilateral"_s)));

    const QString without = m_dir.filePath(u"cli-plain.pdf"_s);
    QCOMPARE(exportBrief(without, {}), 0);
    QVERIFY(!pdfText(without).contains(u"Over time"_s));
}

void TestBriefTimeline::commandLineRefusesAFolderItCannotUse()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    const QString out = m_dir.filePath(u"refused.pdf"_s);
    const QString missing = m_dir.filePath(u"no-such-folder"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--export-pdf"_s, out, m_seoulPath, u"--library"_s, missing});
    QVERIFY(process.waitForFinished(120'000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"bilateral: --library: \"%1\" is not a folder"_s.arg(missing)),
             qPrintable(err));
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestBriefTimeline)
#include "tst_brieftimeline.moc"
