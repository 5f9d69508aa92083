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
#include "reading/findbar.h"
#include "reading/passagemarks.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "realtext.h"
#include "review/translationreview.h"
#include "terms/termindex.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

// In-process measurements of what a reader waits for. Each figure is the median, with the
// minimum and maximum, over repeated runs, in milliseconds; where Qt or the compiler sets a
// floor for the same work (parsing the JSON, scanning the text, writing a page of PDF), the
// floor is measured in the same runs, interleaved, and the row says the ratio. Timed tests
// would be flaky on shared CI machines; this program reports, and docs/performance.md
// keeps the numbers.
namespace {
struct Stats
{
    double median = 0;
    double minimum = 0;
    double maximum = 0;
    int runs = 0;
};

Stats statsOf(QList<double> times)
{
    if (times.isEmpty())
        return {};
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.first(), times.last(), int(times.size())};
}

Stats once(double value)
{
    return {value, value, value, 1};
}

double timeOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void handlePostedEvents()
{
    // Between two clicks a reader's window handles its events: the repaints and deferred
    // deletes a run posted would otherwise pile up and make every later run search them
    // (QApplication::compressEvent scans the posted events), which no reader sees.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

Stats measure(int runs, const std::function<void()> &work)
{
    QList<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        times.append(timeOf(work));
        handlePostedEvents();
    }
    return statsOf(times);
}

// The work and its floor in turn, run after run, so that a drift in the machine's speed
// (another build, a thermal limit) hits both alike.
std::pair<Stats, Stats> measureWithFloor(int runs, const std::function<void()> &work,
                                         const std::function<void()> &floor)
{
    QList<double> times;
    QList<double> floors;
    for (int i = 0; i < runs; ++i) {
        times.append(timeOf(work));
        handlePostedEvents();
        floors.append(timeOf(floor));
    }
    return {statsOf(times), statsOf(floors)};
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
        m_out << "| briefing | measure | median ms | min | max | runs | floor | floor median ms "
                 "| ratio |\n|---|---|---:|---:|---:|---:|---|---:|---:|\n";
    }
    void row(const QString &briefing, const QString &what, const Stats &stats)
    {
        line(briefing, what, stats) << " | | | |\n";
        m_out.flush();
    }
    void row(const QString &briefing, const QString &what, const Stats &stats,
             const QString &floorName, const Stats &floor)
    {
        line(briefing, what, stats)
            << " | " << floorName << " | " << number(floor.median) << " | "
            << QString::number(floor.median > 0 ? stats.median / floor.median : 0, 'f', 2)
            << " |\n";
        m_out.flush();
    }
    void row(const QString &briefing, const QString &what, const std::pair<Stats, Stats> &withFloor,
             const QString &floorName)
    {
        row(briefing, what, withFloor.first, floorName, withFloor.second);
    }

private:
    static QString number(double value) { return QString::number(value, 'f', 2); }
    QTextStream &line(const QString &briefing, const QString &what, const Stats &stats)
    {
        return m_out << "| " << briefing << " | " << what << " | " << number(stats.median) << " | "
                     << number(stats.minimum) << " | " << number(stats.maximum) << " | "
                     << stats.runs;
    }

    QTextStream &m_out;
};

// What the floor of a one-page PDF costs in Qt: a QPdfWriter and one wrapped drawText().
void bareOnePagePdf(const QString &text, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font(u"Noto Sans CJK KR"_s);
        font.setPointSizeF(7);
        painter.setFont(font);
        painter.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::TextWordWrap, text);
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(buffer.data());
}

// Typing a word into the find bar, a syllable at a time as a reader does, with the window
// handling its events between keystrokes: the longest time the event loop was busy (one
// keystroke's handling, or one pass of the loop: a batch of matches and the repaint it
// asks for), how soon after the last keystroke the first match was shown, and how long
// until every match was found. The floor: QString::indexOf over both texts.
void benchFind(Table &table, const QString &label, MainWindow &window, const Briefing &briefing,
               int runs)
{
    const Passage &middle = briefing.passages().at(briefing.passages().size() / 2);
    QString word = middle.text[0].section(u' ', 1, 1);
    while (!word.isEmpty() && !word.back().isLetter())
        word.chop(1);
    if (word.isEmpty())
        return;
    FindBar *bar = window.findBar();
    bar->activate();
    QLineEdit *edit = bar->lineEdit();
    ReadingState *state = window.readingState();
    QList<double> stalls;
    QList<double> firsts;
    QList<double> alls;
    QList<double> floors;
    constexpr double keystrokeInterval = 120; // ms: a quick typist
    qsizetype found = 0; // by the floor; the same as the finder's, or the row says so
    for (int run = 0; run < runs; ++run) {
        edit->clear();
        while (!state->isFindComplete())
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        double stall = 0;
        double first = -1;
        double all = -1;
        for (qsizetype k = 0; k < word.size(); ++k) {
            QElapsedTimer sinceKey;
            sinceKey.start();
            const QString key = word.mid(k, 1);
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, key);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, key);
            stall = std::max(stall, timeOf([&] {
                                 QCoreApplication::sendEvent(edit, &press);
                                 QCoreApplication::sendEvent(edit, &release);
                             }));
            const bool last = k + 1 == word.size();
            while (last ? !state->isFindComplete()
                        : sinceKey.nsecsElapsed() / 1e6 < keystrokeInterval) {
                stall = std::max(stall, timeOf([] { QCoreApplication::processEvents(); }));
                if (last && first < 0 && !state->findMatches().isEmpty())
                    first = double(sinceKey.nsecsElapsed()) / 1e6;
            }
            if (last) {
                all = double(sinceKey.nsecsElapsed()) / 1e6;
                if (first < 0)
                    first = all;
            }
        }
        stalls.append(stall);
        firsts.append(first);
        alls.append(all);
        floors.append(timeOf([&] {
            found = 0;
            for (const Passage &passage : briefing.passages()) {
                for (const QString &text : passage.text) {
                    for (qsizetype at = 0; (at = text.indexOf(word, at, Qt::CaseInsensitive)) >= 0;
                         at += word.size())
                        ++found;
                }
            }
        }));
    }
    const QString what = u"find, typing \"%1\" (%2 matches; the floor's scan: %3)"_s.arg(word)
                             .arg(state->findMatches().size())
                             .arg(found);
    table.row(label, what + u": longest event-loop stall (target ≤ 16)"_s, statsOf(stalls));
    table.row(label, what + u": first match shown after the last keystroke (target ≤ 50)"_s,
              statsOf(firsts));
    table.row(label, what + u": every match found after the last keystroke"_s, statsOf(alls),
              u"QString::indexOf over both texts"_s, statsOf(floors));
    edit->clear();
    bar->hide();
    while (!state->isFindComplete())
        QCoreApplication::processEvents();
}

void benchLoading(Table &table, const QString &label, const QString &path, int runs)
{
    // Loading, as --check does (no digest) and as the window and the export do (with the
    // file's SHA-256); the floor reads the same file and parses it with QJsonDocument.
    const auto jsonFloor = [&] {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QJsonDocument::fromJson(file.readAll());
    };
    const QString jsonFloorName = u"QJsonDocument::fromJson of the file"_s;
    table.row(label, u"read + parse + validate, as --check"_s,
              measureWithFloor(
                  runs, [&] { BriefingLoader::loadFile(path, {}, BriefingLoader::Digest::Skip); },
                  jsonFloor),
              jsonFloorName);
    table.row(label, u"read + parse + validate + SHA-256, as opening and exporting"_s,
              measureWithFloor(
                  runs, [&] { BriefingLoader::loadFile(path); }, jsonFloor),
              jsonFloorName);
}

void benchBrief(Table &table, const QString &label, const Briefing &briefing, int runs)
{
    // The brief, against the floor of writing one page of PDF: a bare QPdfWriter drawing
    // the same page's text, wrapped in one rectangle.
    const QString pdf = QDir::temp().filePath(u"bilateral-bench-brief.pdf"_s);
    const BriefOptions options =
        BriefOptions::forLanguage(u"en"_s, QPageSize(QPageSize::A4), -1, {});
    const QString pageText = composeBrief(briefing, options).body->toPlainText();
    table.row(label, u"one-page brief: compose + write PDF"_s,
              measureWithFloor(
                  std::max(3, runs / 3),
                  [&] { writeBriefPdf(composeBrief(briefing, options), options, briefing, pdf); },
                  [&] { bareOnePagePdf(pageText, pdf); }),
              u"bare QPdfWriter, one page of the same text"_s);
    QFile::remove(pdf);
}

void benchBriefing(Table &table, const QString &label, const QString &path,
                   InterfaceLanguage &language, int runs)
{
    benchLoading(table, label, path, runs);
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

    benchFind(table, label, window, briefing, runs);

    benchBrief(table, label, briefing, runs);

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

// The peak resident memory of `program arguments`, started through bench-peak-memory
// (bench/peakmemory.cpp): its own ru_maxrss, not that of a copy of this process. With
// `environment`, added to this process's environment.
double peakResidentMiB(const QString &program, const QStringList &arguments,
                       const QStringList &environment = {})
{
    QProcess child;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : environment)
        variables.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    child.setProcessEnvironment(variables);
    child.start(QStringLiteral(BENCH_PEAK_MEMORY), QStringList{program} + arguments);
    if (!child.waitForFinished(600'000))
        return 0;
    const QList<QByteArray> lines = child.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("peak "))
            return line.mid(5).toDouble() / 1024.0;
    }
    return 0;
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
                QStringLiteral(BENCH_BILATERAL),
                {u"--import"_s, ko, en, u"-o"_s, dir.filePath(u"import.briefing"_s)});
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            table.row(label, u"bilateral --import: wall time"_s, once(elapsed));
            table.row(label, u"bilateral --import: peak resident memory (MiB, not ms)"_s,
                      once(peak));
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

// A settings and cache folder of their own for the processes the bench starts: no last
// document, no recovery file, no library of the person running the bench.
QStringList cleanEnvironment(const QTemporaryDir &home)
{
    return {u"XDG_CONFIG_HOME="_s + home.filePath(u"config"_s),
            u"XDG_CACHE_HOME="_s + home.filePath(u"cache"_s),
            u"XDG_DATA_HOME="_s + home.filePath(u"data"_s)};
}

// Milliseconds from starting `program` to its "first frame" line on standard output.
double timeToFirstFrame(const QString &program, const QStringList &arguments,
                        const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : environment)
        variables.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    process.setProcessEnvironment(variables);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(60'000))
            return 0;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(60'000);
    return elapsed;
}

// Whole processes, side by side in the same run, each timed from its start to its first
// painted frame (BILATERAL_EXIT_AFTER_FIRST_FRAME=1, ui/window/application.cpp): Bilateral
// started on the sample as a double-click starts it, a minimal Qt window (the cost of Qt
// itself), and a bare Qt window showing only the sample's two texts (the cost of showing
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
    const QString samplePath = dir.filePath(u"sample.briefing"_s);
    QFile::copy(SampleBriefing::resourcePath(), samplePath);
    QStringList environment = cleanEnvironment(dir);
    environment.append(u"BILATERAL_EXIT_AFTER_FIRST_FRAME=1"_s);
    const QList<QPair<QString, QStringList>> programs{
        {QStringLiteral(BENCH_MINIMAL), {}},
        {QStringLiteral(BENCH_MINIMAL), {textPaths[0], textPaths[1]}},
        {QStringLiteral(BENCH_BILATERAL), {samplePath}},
    };
    QList<double> times[3];
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < programs.size(); ++i)
            times[i].append(
                timeToFirstFrame(programs.at(i).first, programs.at(i).second, environment));
    }
    const Stats minimal = statsOf(times[0]);
    const Stats texts = statsOf(times[1]);
    const Stats bilateral = statsOf(times[2]);
    table.row(u"process"_s, u"start-up of a minimal Qt window, to its first painted frame"_s,
              minimal);
    table.row(u"process"_s, u"start-up of a bare Qt window with the sample's two texts"_s, texts);
    table.row(
        u"process"_s,
        u"bilateral SAMPLE: start-up to the first painted frame (target ≤ 1.5× the minimal window)"_s,
        bilateral, u"minimal Qt window"_s, minimal);
    table.row(u"process"_s, u"bilateral SAMPLE: the same, against the bare window with the texts"_s,
              bilateral, u"bare window with the texts"_s, texts);
}

// Peak memory of whole processes on one briefing: bilateral --check, and bilateral opening
// it in the window, until the first frame after it opened and its terms and review were
// worked out (BILATERAL_EXIT_AFTER_FIRST_FRAME=opened).
void benchMemory(Table &table, const QString &label, const QString &path)
{
    QTemporaryDir home;
    const double check = peakResidentMiB(QStringLiteral(BENCH_BILATERAL), {u"--check"_s, path},
                                         cleanEnvironment(home));
    QStringList environment = cleanEnvironment(home);
    environment.append(u"BILATERAL_EXIT_AFTER_FIRST_FRAME=opened"_s);
    const double window =
        peakResidentMiB(QStringLiteral(BENCH_BILATERAL), {u"--new-window"_s, path}, environment);
    table.row(label, u"peak resident memory of bilateral --check (MiB, not ms)"_s, once(check));
    table.row(
        label,
        u"peak resident memory of bilateral opening it in the window (MiB, not ms; target ≤ 1.2× --check)"_s,
        once(window), u"bilateral --check"_s, once(check));
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
    const QCommandLineOption noWindowOption(
        u"no-window"_s, u"Only loading and the brief of each size, each beside its floor."_s);
    const QCommandLineOption findOption(u"find-only"_s,
                                        u"Only typing into the find bar, on each size."_s);
    parser.addOptions({sizesOption, runsOption, startUpOption, memoryOption, importOption,
                       noWindowOption, findOption});
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
    if (!parser.isSet(memoryOption) && !parser.isSet(noWindowOption) && !parser.isSet(findOption)) {
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
    if (parser.isSet(findOption)) {
        for (const Generated &briefing : std::as_const(generated)) {
            MainWindow window(&language);
            window.resize(1280, 800);
            window.document()->open(*BriefingLoader::loadFile(briefing.path).briefing,
                                    DocumentLocation::fromPath(briefing.path));
            window.show();
            settle();
            benchFind(table, briefing.label, window, window.document()->briefing(), runs);
        }
        return 0;
    }
    if (parser.isSet(noWindowOption)) {
        QStringList paths{SampleBriefing::resourcePath()};
        for (const Generated &briefing : std::as_const(generated))
            paths.append(briefing.path);
        for (const QString &path : std::as_const(paths)) {
            const QString label = QFileInfo(path).fileName();
            benchLoading(table, label, path, runs);
            benchBrief(table, label, *BriefingLoader::loadFile(path).briefing,
                       std::max(3, runs / 3));
        }
        return 0;
    }
    // Peak memory of whole bilateral processes checking and opening each briefing.
    for (const Generated &briefing : std::as_const(generated))
        benchMemory(table, briefing.label, briefing.path);
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
