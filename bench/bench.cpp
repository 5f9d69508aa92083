#include "brief/briefcomposer.h"
#include "brief/briefrenderer.h"
#include "briefinggenerator.h"
#include "document/briefinganalysis.h"
#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "i18n/interfacelanguage.h"
#include "import/sentencesegmenter.h"
#include "reading/bilingualview.h"
#include "reading/passagemarks.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "realtext.h"
#include "review/translationreview.h"
#include "terms/termindex.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

// In-process measurements of what a reader waits for. Each figure is the median and the
// 95th percentile over repeated runs, in milliseconds. Timed tests would be flaky on
// shared CI machines; this program reports, and docs/performance.md keeps the numbers.
namespace {
struct Stats
{
    double median = 0;
    double p95 = 0;
    int runs = 0;
};

Stats statsOf(QList<double> times)
{
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(q * times.size())));
    };
    return {at(0.5), at(0.95), int(times.size())};
}

double timeOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

Stats measure(int runs, const std::function<void()> &work)
{
    QList<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        times.append(timeOf(work));
        // Between two clicks a reader's window handles its events: the repaints and deferred
        // deletes a run posted would otherwise pile up and make every later run search them
        // (QApplication::compressEvent scans the posted events), which no reader sees.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return statsOf(times);
}

void settle()
{
    // The terms and the review are worked out on a pool thread after each change; what is
    // measured next should not share the machine with them.
    BriefingAnalysis::pool()->waitForDone();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

class Table
{
public:
    explicit Table(QTextStream &out)
        : m_out(out)
    {
        m_out << "| briefing | measure | median ms | p95 ms | runs |\n|---|---|---:|---:|---:|\n";
    }
    void row(const QString &briefing, const QString &what, const Stats &stats)
    {
        m_out << "| " << briefing << " | " << what << " | " << QString::number(stats.median, 'f', 2)
              << " | " << QString::number(stats.p95, 'f', 2) << " | " << stats.runs << " |\n";
        m_out.flush();
    }

private:
    QTextStream &m_out;
};

void benchBriefing(Table &table, const QString &label, const QString &path,
                   InterfaceLanguage &language, int runs)
{
    table.row(label, u"read + parse + validate"_s,
              measure(runs, [&] { BriefingLoader::loadFile(path); }));
    const Briefing briefing = *BriefingLoader::loadFile(path).briefing;

    table.row(label, u"open: parse to first paint"_s, measure(std::max(3, runs / 2), [&] {
                  MainWindow window(&language);
                  window.resize(1280, 800);
                  const LoadResult result = BriefingLoader::loadFile(path);
                  window.document()->open(*result.briefing, DocumentLocation::fromPath(path));
                  window.show();
                  window.grab(); // paints every visible widget once
              }));
    settle();
    table.row(label, u"open, until the terms and the review are shown (pool thread)"_s,
              measure(std::max(3, runs / 2), [&] {
                  MainWindow window(&language);
                  window.resize(1280, 800);
                  const LoadResult result = BriefingLoader::loadFile(path);
                  window.document()->open(*result.briefing, DocumentLocation::fromPath(path));
                  window.show();
                  window.grab();
                  while (!window.document()->analysis()->isReady())
                      QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                  QCoreApplication::processEvents(); // the panels and marks follow
              }));
    settle();

    MainWindow window(&language);
    window.resize(1280, 800);
    BriefingDocument *document = window.document();
    document->open(briefing, DocumentLocation::fromPath(path));
    window.show();
    settle();
    table.row(label, u"show another briefing in the open window"_s,
              measure(std::max(3, runs / 2),
                      [&] { document->open(briefing, DocumentLocation::fromPath(path)); }));
    settle();

    // An edit in the middle of the text, then its undo: every view follows the change.
    const int middle = int(briefing.passages().size()) / 2;
    table.row(
        label, u"merge two passages and undo (views follow)"_s, measure(std::max(3, runs / 2), [&] {
            document->apply(u"Merge"_s,
                            BriefingEdits::mergeWithNext(document->briefing().data(), middle));
            document->undoStack()->undo();
        }));
    settle();

    int issue = 0;
    const int issues = int(briefing.issues().size());
    if (issues > 0) {

        table.row(label, u"select an issue, restyle and repaint both panes"_s,
                  measure(std::min(issues, 200), [&] {
                      window.readingState()->selectIssue(issue++ % issues);
                      window.pane(0)->view()->viewport()->repaint();
                      window.pane(1)->view()->viewport()->repaint();
                  }));
    }
    // Contested wordings and the translation review: what the window computes after an
    // edit to the text, and the underlines a repaint of both panes adds.
    table.row(label, u"terms: glossary and briefing wordings found in both texts"_s,
              measure(runs, [&] { TermIndex terms(briefing); }));
    const TermIndex terms(briefing);
    table.row(label, u"translation review of every passage (terms found)"_s,
              measure(runs, [&] { TranslationReview::run(briefing, terms); }));
    table.row(label, u"terms + review, as after an edit"_s, measure(runs, [&] {
                  const TermIndex fresh(briefing);
                  TranslationReview::run(briefing, fresh);
              }));
    {
        QImage canvas(window.pane(0)->view()->viewport()->size(),
                      QImage::Format_ARGB32_Premultiplied);
        table.row(label, u"term underlines of both panes' visible rows (per repaint)"_s,
                  measure(runs, [&] {
                      for (int slot : {0, 1}) {
                          QPainter painter(&canvas);
                          PassageMarks::paintTermMarks(painter, *window.pane(slot)->view(),
                                                       *window.readingState(), terms,
                                                       window.palette());
                      }
                  }));
    }
    // A new width changes every row's height; only the rows in view are laid out at once.
    int widths = 0;
    table.row(label, u"resize the window: re-lay rows and repaint both panes"_s, measure(runs, [&] {
                  window.resize(widths++ % 2 == 0 ? 1100 : 1280, 800);
                  QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                  window.pane(0)->view()->viewport()->repaint();
                  window.pane(1)->view()->viewport()->repaint();
              }));
    settle();
    int layouts = 0;
    table.row(label, u"switch paragraph rows ↔ passage rows"_s, measure(std::max(3, runs / 2), [&] {
                  window.bilingualView()->setRowLayout(layouts++ % 2 == 0
                                                           ? BilingualView::RowLayout::Passages
                                                           : BilingualView::RowLayout::Paragraphs);
                  QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                  window.pane(0)->view()->viewport()->repaint();
              }));
    window.bilingualView()->setRowLayout(BilingualView::RowLayout::Paragraphs);
    settle();

    const QString english = briefing.passages().at(0).text[1].section(u' ', 1, 1);
    int find = 0;
    table.row(label, u"find over both languages (\"%1\")"_s.arg(english), measure(runs, [&] {
                  // Alternating case: every run searches afresh.
                  window.readingState()->setFindText(find++ % 2 == 0 ? english : english.toUpper());
              }));
    window.readingState()->setFindText({});

    const QString pdf = QDir::temp().filePath(u"bilateral-bench-brief.pdf"_s);
    table.row(label, u"one-page brief: compose + write PDF"_s, measure(std::max(3, runs / 3), [&] {
                  const BriefOptions options =
                      BriefOptions::forLanguage(u"en"_s, QPageSize(QPageSize::A4), -1, {});
                  writeBriefPdf(composeBrief(briefing, options), options, briefing, pdf);
              }));
    QFile::remove(pdf);

    int flip = 0;
    table.row(label, u"switch interface language (ko ↔ en)"_s, measure(runs, [&] {
                  language.apply(flip++ % 2 == 0 ? u"ko"_s : u"en"_s);
                  QCoreApplication::processEvents(); // LanguageChange is posted
              }));
    language.apply(u"en"_s);
    settle();
}

// The shapes that once took minutes to load (issue 13): a warning per passage on one
// minified line, every issue listing every passage, a title in 50,000 languages. Loading
// must stay near-linear in the file's size whatever its shape.
void benchWorstCases(Table &table, int runs)
{
    QTemporaryDir dir;
    const QList<QPair<QString, QByteArray>> shapes{
        {u"one line, 200,000 warnings"_s, WorstCaseBriefings::warningsOnOneLine(200'000)},
        {u"20 issues × 200,000 passage references"_s,
         WorstCaseBriefings::issuesListingEveryPassage(200'000, 20)},
        {u"a title in 50,000 languages"_s, WorstCaseBriefings::titleInManyLanguages(50'000)},
    };
    for (const auto &[label, json] : shapes) {
        const QString path = dir.filePath(u"worst-case.briefing"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(json);
        file.close();
        table.row(label,
                  u"read + parse + validate (%1 MiB)"_s.arg(
                      QString::number(double(json.size()) / (1024 * 1024), 'f', 1)),
                  measure(runs, [&] { BriefingLoader::loadFile(path); }));
    }
    // Laying out text with nowhere to break a line (the panes add break opportunities).
    const QString path = dir.filePath(u"without-spaces.briefing"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(WorstCaseBriefings::passagesWithoutSpaces(8, 100'000));
    file.close();
    const Briefing briefing = *BriefingLoader::loadFile(path).briefing;
    table.row(u"8 passages × 100,000 letters without a space"_s,
              u"show in the window to first paint"_s, measure(runs, [&] {
                  MainWindow window;
                  window.resize(1280, 800);
                  window.document()->open(briefing, DocumentLocation::fromPath(path));
                  window.show();
                  window.grab();
              }));
}

// The peak resident memory of `bilateral arguments`, read from /proc while it runs
// (VmHWM). Not the child's ru_maxrss: that includes the copy of this process the child was
// between fork() and exec(), and this process holds every generated briefing.
double peakResidentMiB(const QStringList &arguments)
{
    QProcess child;
    child.start(QStringLiteral(BENCH_BILATERAL), arguments);
    if (!child.waitForStarted())
        return 0;
    const QString status = u"/proc/%1/status"_s.arg(child.processId());
    qint64 peakKiB = 0;
    while (!child.waitForFinished(2)) {
        QFile file(status);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        // Until exec(), the child is still a copy of this process.
        if (!text.startsWith("Name:\tbilateral\n"))
            continue;
        const qsizetype at = text.indexOf("VmHWM:");
        if (at >= 0) {
            const qsizetype end = text.indexOf('\n', at);
            const QByteArray value = text.mid(at + 6, end - at - 6).trimmed();
            peakKiB = std::max(peakKiB, value.split(' ').value(0).toLongLong());
        }
    }
    return double(peakKiB) / 1024.0;
}

// Real Korean text and its English (Debian's catalogues of coreutils, bash, tar, dpkg, apt:
// prose messages), repeated until the Korean has `sentences` sentences, five messages a
// paragraph. "Mismatched": one paragraph in the middle missing from the Korean, and every
// tenth pair of English paragraphs run together.
std::pair<QString, QString> importTexts(qsizetype sentences, bool mismatched)
{
    QList<std::pair<QStringList, QStringList>> messages;
    for (const QString &domain : {u"coreutils"_s, u"bash"_s, u"tar"_s, u"dpkg"_s, u"apt"_s}) {
        for (const RealText::Pair &message :
             RealText::gettextMessages(RealText::catalogue(u"ko"_s, domain))) {
            if (message.english.contains(u'%') || message.english.contains(u'\t')
                || message.english.size() < 40)
                continue;
            messages.append({SentenceSegmenter::split(message.translation.simplified()),
                             SentenceSegmenter::split(message.english.simplified())});
        }
    }
    if (messages.isEmpty())
        return {};
    QList<QStringList> korean;
    QList<QStringList> english;
    qsizetype count = 0;
    for (qsizetype m = 0; count < sentences; ++m) {
        if (m % 5 == 0) {
            korean.append(QStringList());
            english.append(QStringList());
        }
        const auto &[ko, en] = messages.at(m % messages.size());
        korean.last().append(ko);
        english.last().append(en);
        count += ko.size();
    }
    const auto joined = [](const QList<QStringList> &paragraphs, bool mergeTenths) {
        QString text;
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            const bool runOn = mergeTenths && p % 10 == 1;
            text += (p == 0 ? u""_s : runOn ? u" "_s : u"\n\n"_s) + paragraphs.at(p).join(u' ');
        }
        return text;
    };
    if (mismatched)
        korean.removeAt(korean.size() / 2);
    return {joined(korean, false), joined(english, mismatched)};
}

// `bilateral --import` on real text at 1,000, 5,000 and 20,000 sentences a side: wall time
// and peak memory of the whole process.
void benchImport(Table &table, const QTemporaryDir &dir)
{
    for (const qsizetype sentences : {qsizetype(1000), qsizetype(5000), qsizetype(20000)}) {
        for (const bool mismatched : {false, true}) {
            const auto [korean, english] = importTexts(sentences, mismatched);
            const QString ko = dir.filePath(u"import-ko.txt"_s);
            const QString en = dir.filePath(u"import-en.txt"_s);
            QFile koFile(ko);
            QFile enFile(en);
            if (korean.isEmpty() || !koFile.open(QIODevice::WriteOnly)
                || !enFile.open(QIODevice::WriteOnly))
                return;
            koFile.write(korean.toUtf8());
            enFile.write(english.toUtf8());
            koFile.close();
            enFile.close();
            const QString label =
                u"import, %1 Korean sentences, %2 paragraphs"_s.arg(sentences).arg(
                    mismatched ? u"mismatched"_s : u"matching"_s);
            QElapsedTimer timer;
            timer.start();
            const double peak = peakResidentMiB(
                {u"--import"_s, ko, en, u"-o"_s, dir.filePath(u"import.briefing"_s)});
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            table.row(label, u"bilateral --import: wall time"_s, {elapsed, elapsed, 1});
            table.row(label, u"bilateral --import: peak resident memory (MiB, not ms)"_s,
                      {peak, peak, 1});
        }
    }
}

// One language of the sample as a pane shows it: paragraphs apart, passages run on.
QString sampleText(const Briefing &briefing, int slot)
{
    QString text;
    for (const Passage &passage : briefing.passages()) {
        if (!text.isEmpty())
            text += passage.startsParagraph ? u"\n\n"_s : u" "_s;
        text += passage.text[slot];
    }
    return text;
}

// Whole processes, side by side in the same run: Bilateral's start-up to its first
// painted window against a minimal Qt window doing the same (the cost of Qt itself), and
// against a bare Qt window that shows only the sample's two texts (the cost of showing
// them). The three run in turn, so that a drift in the machine's speed hits all alike.
void benchStartUp(Table &table, int runs)
{
    QTemporaryDir dir;
    const LoadResult sample = BriefingLoader::loadFile(SampleBriefing::resourcePath());
    const QString textPaths[2] = {dir.filePath(u"ko.txt"_s), dir.filePath(u"en.txt"_s)};
    for (int slot = 0; slot < 2; ++slot) {
        QFile file(textPaths[slot]);
        if (file.open(QIODevice::WriteOnly))
            file.write(sampleText(*sample.briefing, slot).toUtf8());
    }
    const QList<QPair<QString, QStringList>> programs{
        {QStringLiteral(BENCH_MINIMAL), {dir.filePath(u"minimal.png"_s)}},
        {QStringLiteral(BENCH_MINIMAL), {dir.filePath(u"texts.png"_s), textPaths[0], textPaths[1]}},
        {QStringLiteral(BENCH_BILATERAL), {u"--screenshot"_s, dir.filePath(u"b.png"_s)}},
    };
    QList<double> times[3];
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            times[i].append(timeOf([&] {
                QProcess process;
                process.start(programs.at(i).first, programs.at(i).second);
                process.waitForFinished(60'000);
            }));
        }
    }
    const Stats minimal = statsOf(times[0]);
    const Stats texts = statsOf(times[1]);
    const Stats bilateral = statsOf(times[2]);
    table.row(u"process"_s, u"minimal Qt window: start, paint, save PNG"_s, minimal);
    table.row(u"process"_s, u"bare Qt window with the sample's two texts, same fonts"_s, texts);
    table.row(u"process"_s, u"bilateral --screenshot (sample): start to saved PNG"_s, bilateral);
    table.row(u"process"_s, u"ratio bilateral / minimal (median; target ≤ 1.5)"_s,
              {bilateral.median / minimal.median, bilateral.p95 / minimal.p95, runs});
    table.row(u"process"_s, u"ratio bilateral / bare window with the texts"_s,
              {bilateral.median / texts.median, bilateral.p95 / texts.p95, runs});
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bilateral's in-process benchmark."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(
        u"sizes"_s, u"Comma-separated passage counts to generate."_s, u"N,N"_s, u"1000,10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Repetitions per measure."_s, u"N"_s, u"30"_s);
    const QCommandLineOption startUpOption(
        u"start-up-only"_s, u"Only compare whole-process start-up with the floors."_s);
    const QCommandLineOption memoryOption(
        u"memory-only"_s, u"Only measure the peak memory of bilateral opening each size."_s);
    const QCommandLineOption importOption(
        u"import-only"_s, u"Only measure bilateral --import on real text of three sizes."_s);
    parser.addOptions({sizesOption, runsOption, startUpOption, memoryOption, importOption});
    parser.process(app);
    const int runs = std::max(3, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    InterfaceLanguage language;
    language.apply(u"en"_s);
    Table table(out);
    if (parser.isSet(importOption)) {
        QTemporaryDir importDir;
        benchImport(table, importDir);
        return 0;
    }
    if (!parser.isSet(memoryOption)) {
        benchStartUp(table, std::max(5, runs / 2));
        if (parser.isSet(startUpOption))
            return 0;
        benchBriefing(table, u"sample (24 passages, 5 issues)"_s, SampleBriefing::resourcePath(),
                      language, runs);
    }
    QTemporaryDir dir;
    struct Generated
    {
        QString label;
        QString path;
        int passages;
    };
    QList<Generated> generated;
    for (const QString &size : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        GeneratorOptions options;
        options.passages = size.toInt();
        options.issues = std::max(5, options.passages / 50);
        const QString path = dir.filePath(u"generated-%1.briefing"_s.arg(options.passages));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(generateBriefing(options));
        file.close();
        generated.append({u"%1 passages, %2 issues"_s.arg(options.passages).arg(options.issues),
                          path, options.passages});
    }
    // Peak memory of a whole bilateral process that opens and paints each briefing.
    for (const Generated &briefing : std::as_const(generated)) {
        const double peak =
            peakResidentMiB({u"--screenshot"_s, dir.filePath(u"rss.png"_s), briefing.path});
        table.row(briefing.label, u"peak resident memory of bilateral opening it (MiB, not ms)"_s,
                  {peak, peak, 1});
    }
    if (parser.isSet(memoryOption))
        return 0;
    for (const Generated &briefing : std::as_const(generated))
        benchBriefing(table, briefing.label, briefing.path, language,
                      briefing.passages > 20000 ? 3 : runs);
    benchWorstCases(table, 3);
    benchImport(table, dir);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "\nPeak resident memory of the whole run: " << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
