#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QTextStream;

// What Bilateral was started to do, read from its command line (`bilateral --help` lists
// the options).
struct CommandLine
{
    enum class Mode {
        Window, // open the window: on FILE, the last document or the sample
        Check, // --check FILE...
        Review, // --review FILE...
        Import, // --import KO.txt EN.txt -o OUT.briefing
        ExportPdf, // --export-pdf OUT.pdf [--library DIR] [FILE]
        ExportTmx, // --export-tmx OUT.tmx [FILE]
        Screenshot, // --screenshot OUT.png [FILE]
        LibrarySearch, // --library DIR --search QUERY
        LibraryTimeline, // --library DIR --timeline ISSUE-ID
        Compare, // --compare A.briefing B.briefing
        Finished, // --help, --version or a mistake: printed already, see exitCode
    };

    Mode mode = Mode::Window;
    int exitCode = 0;
    QStringList files;
    QString output; // what --import, --export-pdf or --screenshot writes
    QString language; // --lang, or empty
    QString pageSize; // --page-size, or empty
    QString issueId; // --issue or --timeline, or empty
    QString libraryFolder; // --library (with --search, --timeline or --export-pdf)
    QString query; // --search
    QSize windowSize{1280, 800}; // --size
    bool darkPalette = false; // --dark
    QString rowLayout; // --layout: "paragraphs", "passages" or "stacked"; empty: as last used
    bool newWindow = false; // --new-window
    bool fromText = false; // --from-text: a new briefing made from the text files
    QStringList textLanguages; // --text-languages A,B: the imported texts' languages

    // Before any application object exists: whether the command runs without a window
    // system (--check, --import, --help, --version), renders offscreen (--screenshot,
    // --export-pdf), and the --lang it asks for (null if none), since the interface
    // language must be in place before --help is printed.
    static bool runsWithoutWindowSystem(int argc, char **argv);
    static bool rendersOffscreen(int argc, char **argv);
    static bool checksFiles(int argc, char **argv);
    static QString requestedLanguage(int argc, char **argv);

    // Reads the arguments of the running application; prints help, the version or what is
    // wrong to `out` or `err` (Mode::Finished).
    static CommandLine parse(const QStringList &arguments, const QStringList &languages,
                             QTextStream &out, QTextStream &err);

    // "1280x800" → QSize; invalid on anything else.
    static QSize parseWindowSize(const QString &text);
};

// Runs the commands that need no window: --check, --import and --export-pdf (the brief in
// `interfaceLanguage` unless --lang says otherwise). Returns the exit code.
int runWithoutWindow(const CommandLine &commandLine, const QString &interfaceLanguage,
                     QTextStream &out, QTextStream &err);
