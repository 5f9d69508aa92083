// bilateral-bench-library [--briefings N] [--dir DIR]: the library's index at scale
// (issue 17). Generates N briefings of 50 passages (LibraryGenerator), indexes them from
// cold, re-indexes after one file changes and after none, searches in Korean, Japanese and
// English, and prints the figures as a Markdown table for docs/performance.md.
#include "library/libraryindex.h"
#include "library/librarytext.h"
#include "librarygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
qint64 folderBytes(const QString &folder, const QString &pattern)
{
    qint64 bytes = 0;
    QDirIterator it(folder, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(at);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(u"briefings"_s, u"How many briefings."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Work folder (default: a temporary one)."_s,
                                       u"DIR"_s);
    parser.addOptions({count, dirOption});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir temporary;
    const QString work = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString folder = work + u"/library"_s;
    const QString database = work + u"/index/index.sqlite"_s;
    QDir().mkpath(folder);
    const int briefings = parser.value(count).toInt();
    for (int i = 0; i < briefings; ++i) {
        const QString path =
            u"%1/%2/b%3.briefing"_s.arg(folder).arg(i / 1000).arg(i, 5, 10, QChar(u'0'));
        if (!QFile::exists(path)) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            writeFile(path, LibraryGenerator::briefing(i));
        }
    }
    const qint64 fileBytes = folderBytes(folder, u"*.briefing"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(database + suffix);

    QElapsedTimer timer;
    double coldMs = 0;
    UpdateSummary cold;
    {
        LibraryIndex index(database);
        timer.start();
        cold = index.update({folder});
        coldMs = double(timer.nsecsElapsed()) / 1e6;
    }
    // The size once the write-ahead log is folded back in, as after any restart.
    {
        LibraryIndex index(database);
        index.open();
    }
    const qint64 indexBytes = folderBytes(QFileInfo(database).absolutePath(), u"index.sqlite*"_s);

    LibraryIndex index(database);
    index.open();
    timer.start();
    const UpdateSummary none = index.update({folder});
    const double noChangeMs = double(timer.nsecsElapsed()) / 1e6;
    const QString changed = u"%1/0/b00017.briefing"_s.arg(folder);
    writeFile(changed, LibraryGenerator::briefing(briefings + 17));
    timer.start();
    const UpdateSummary one = index.update({folder});
    const double oneChangeMs = double(timer.nsecsElapsed()) / 1e6;
    writeFile(changed, LibraryGenerator::briefing(17));
    index.update({folder});

    out << "| library, " << briefings << " briefings of 50 passages | figure |\n|---|---|\n";
    out << "| files | " << QString::number(double(fileBytes) / 1048576.0, 'f', 1) << " MiB |\n";
    out << "| index from cold (" << cold.indexed << " read) | "
        << QString::number(coldMs / 1000.0, 'f', 1) << " s ("
        << QString::number(double(briefings) / (coldMs / 1000.0), 'f', 0) << " briefings/s) |\n";
    out << "| index size | " << QString::number(double(indexBytes) / 1048576.0, 'f', 1) << " MiB ("
        << QString::number(double(indexBytes) / double(fileBytes), 'f', 2) << "× the files) |\n";
    out << "| update, nothing changed (" << none.unchanged << " unchanged) | "
        << QString::number(noChangeMs, 'f', 0) << " ms |\n";
    out << "| update after one file changed (" << one.indexed << " read) | "
        << QString::number(oneChangeMs, 'f', 0) << " ms |\n";

    // What the library window asks on opening and after each update.
    timer.start();
    const qsizetype listed = index.entries({folder}).size();
    const double entriesMs = double(timer.nsecsElapsed()) / 1e6;
    timer.start();
    const qsizetype issueCount = index.issues({folder}).size();
    index.sides({folder});
    const double choicesMs = double(timer.nsecsElapsed()) / 1e6;
    timer.start();
    const qsizetype stanceCount = index.stances({folder}, {u"issue-7"_s}).size();
    const double stancesMs = double(timer.nsecsElapsed()) / 1e6;
    out << "| the table's rows (" << listed << " briefings) | "
        << QString::number(entriesMs, 'f', 0) << " ms |\n";
    out << "| the filters' choices (" << issueCount << " issues, the sides) | "
        << QString::number(choicesMs, 'f', 0) << " ms |\n";
    out << "| an issue's timeline (" << stanceCount << " stances) | "
        << QString::number(stancesMs, 'f', 0) << " ms |\n";

    QList<double> all;
    for (const QString &language : {u"ko"_s, u"ja"_s, u"en"_s}) {
        QList<double> times;
        qsizetype hits = 0;
        const QStringList queries = LibraryGenerator::queries(language, 60);
        index.search({folder}, queries.constFirst(), 50); // warm the page cache
        for (const QString &query : queries) {
            timer.start();
            const QList<SearchHit> found = index.search({folder}, query, 50);
            // What the window does with a page of hits: snippets with the words marked.
            const LibraryText::Query parsed = LibraryText::parseQuery(query);
            for (const SearchHit &hit : found)
                LibraryText::snippet(hit.text, parsed.words);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            hits += found.size();
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                out << "  " << query << ": " << QString::number(times.constLast(), 'f', 1)
                    << " ms, " << found.size() << " hits, "
                    << (index.lastSearchWasRanked() ? "ranked" : "newest first") << '\n';
        }
        all += times;
        out << "| search in " << language << ", " << queries.size()
            << " queries (median / p95 / max) | " << QString::number(percentile(times, 0.5), 'f', 1)
            << " / " << QString::number(percentile(times, 0.95), 'f', 1) << " / "
            << QString::number(percentile(times, 1.0), 'f', 1) << " ms (" << hits << " hits) |\n";
    }
    out << "| search, all languages (p95) | " << QString::number(percentile(all, 0.95), 'f', 1)
        << " ms |\n";
    return cold.error.isEmpty() ? 0 : 1;
}
