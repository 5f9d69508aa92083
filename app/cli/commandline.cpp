#include "cli/commandline.h"

#include "brief/briefoptions.h"
#include "cli/checkcommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/librarycommand.h"
#include "cli/reviewcommand.h"
#include "format/validationtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {
bool hasArgument(int argc, char **argv, std::initializer_list<QByteArrayView> names)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        for (QByteArrayView name : names) {
            if (arg == name
                || (arg.startsWith(name) && arg.size() > name.size() && arg[name.size()] == '='))
                return true;
        }
    }
    return false;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("main", text);
}
} // namespace

bool CommandLine::runsWithoutWindowSystem(int argc, char **argv)
{
    if (rendersOffscreen(argc, argv))
        return false; // --compare A B --export-pdf OUT.pdf lays out a page
    return hasArgument(argc, argv,
                       {"--check", "--review", "--import", "--export-tmx", "--library", "--compare",
                        "--help", "-h", "--help-all", "--version", "-v"});
}

bool CommandLine::rendersOffscreen(int argc, char **argv)
{
    return hasArgument(argc, argv, {"--screenshot", "--export-pdf"});
}

bool CommandLine::checksFiles(int argc, char **argv)
{
    if (hasArgument(argc, argv, {"--check", "--review", "--compare"}))
        return true;
    // --export-pdf --library DIR writes the brief, in the interface language as ever.
    return hasArgument(argc, argv, {"--library"}) && !hasArgument(argc, argv, {"--export-pdf"});
}

QString CommandLine::requestedLanguage(int argc, char **argv)
{
    static constexpr QByteArrayView name = "--lang";
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == name && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(name) && arg.size() > name.size() && arg[name.size()] == '=')
            return QString::fromLocal8Bit(arg.sliced(name.size() + 1));
    }
    return {};
}

QSize CommandLine::parseWindowSize(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{2,5})[xX×](\\d{2,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 320 || size.height() < 240 || size.width() > 8192 || size.height() > 8192)
        return {};
    return size;
}

CommandLine CommandLine::parse(const QStringList &arguments, const QStringList &languages,
                               QTextStream &out, QTextStream &err)
{
    CommandLine result;
    const auto finish = [&result](int code) {
        result.mode = Mode::Finished;
        result.exitCode = code;
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(translated("Viewer for bilingual diplomatic briefings."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption check(u"check"_s,
                                   translated("Validate the files and print any problems."));
    const QCommandLineOption review(
        u"review"_s,
        translated("Check the two language versions of each passage against each other (numbers, "
                   "wordings, names, omissions) and print what differs."));
    const QCommandLineOption import(
        u"import"_s,
        translated("Make a briefing from plain-text copy (the files given: Korean "
                   "and English, or one holding both) and exit."));
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s},
                                    translated("Where --import writes the briefing."),
                                    translated("OUT.briefing"));
    const QCommandLineOption fromText(
        u"from-text"_s,
        translated("Open a new, unsaved briefing made from the text files given "
                   "(Korean and English, or one holding both)."));
    const QCommandLineOption screenshot(
        u"screenshot"_s, translated("Render the main window to a PNG file and exit."),
        translated("OUT.png"));
    const QCommandLineOption exportPdf(
        u"export-pdf"_s, translated("Write the one-page brief as a PDF file and exit."),
        translated("OUT.pdf"));
    const QCommandLineOption exportTmx(
        u"export-tmx"_s,
        translated("Write the passage pairs as a TMX translation memory and exit."),
        translated("OUT.tmx"));
    const QCommandLineOption pageSize(
        u"page-size"_s,
        translated("Paper for --export-pdf: A4 or Letter (default: from the locale)."),
        translated("SIZE"));
    const QCommandLineOption issue(u"issue"_s, translated("Select the issue with this id."),
                                   translated("ID"));
    const QCommandLineOption size(u"size"_s, translated("Window size for --screenshot."),
                                  translated("WxH"), u"1280x800"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  translated("Interface language for this run: en, ko or ja."),
                                  translated("LANG"));
    const QCommandLineOption newWindow(
        u"new-window"_s, translated("Start a separate window instead of using the running one."));
    const QCommandLineOption dark(u"dark"_s, translated("Use a dark palette (for --screenshot)."));
    const QCommandLineOption layout(
        u"layout"_s,
        translated("How the two texts are set side by side: paragraphs, passages or stacked."),
        translated("LAYOUT"));
    const QCommandLineOption textLanguages(
        u"text-languages"_s,
        translated("The languages of the texts --import reads, such as ja,en (default: "
                   "found from their scripts)."),
        translated("A,B"));
    const QCommandLineOption library(
        u"library"_s,
        translated("The library folder that --search and --timeline look in (indexed first); "
                   "with --export-pdf, the brief follows its issues through the folder's "
                   "briefings."),
        translated("DIR"));
    const QCommandLineOption search(
        u"search"_s,
        translated("Print every passage, title, stance or term in the library that matches, "
                   "best first."),
        translated("QUERY"));
    const QCommandLineOption timeline(
        u"timeline"_s,
        translated("Print each side's stance on the issue in every briefing of the library, "
                   "by date (TSV)."),
        translated("ISSUE-ID"));
    const QCommandLineOption compare(
        u"compare"_s,
        translated("Compare two readouts of one meeting issue by issue (TSV), or with "
                   "--export-pdf write the comparison brief."));
    parser.addOptions({check,     review,    import,   output, textLanguages, fromText, screenshot,
                       exportPdf, exportTmx, pageSize, issue,  size,          lang,     newWindow,
                       dark,      layout,    library,  search, timeline,      compare});
    parser.addPositionalArgument(u"file"_s, translated("Briefing files to open or check."),
                                 u"[FILE...]"_s);

    if (!parser.parse(arguments)) {
        err << "bilateral: " << parser.errorText() << '\n';
        return finish(2);
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return finish(0);
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return finish(0);
    }

    result.files = parser.positionalArguments();
    result.language = parser.value(lang);
    result.pageSize = parser.value(pageSize);
    result.issueId = parser.value(issue);
    result.darkPalette = parser.isSet(dark);
    result.rowLayout = parser.value(layout);
    result.newWindow = parser.isSet(newWindow);
    result.fromText = parser.isSet(fromText);

    // --check stays English whatever the interface language: tools and CI logs read it.
    if (parser.isSet(check)) {
        if (result.files.isEmpty()) {
            err << translated("bilateral: --check needs at least one file") << '\n';
            return finish(2);
        }
        result.mode = Mode::Check;
        return result;
    }
    // --review too: its lines are read by scripts.
    if (parser.isSet(review)) {
        if (result.files.isEmpty()) {
            err << translated("bilateral: --review needs at least one file") << '\n';
            return finish(2);
        }
        result.mode = Mode::Review;
        return result;
    }
    // --export-pdf OUT --library DIR: the brief, with its issues over time (below).
    const bool briefWithLibrary = parser.isSet(library) && parser.isSet(exportPdf)
        && !parser.isSet(search) && !parser.isSet(timeline) && !parser.isSet(compare);
    if (!briefWithLibrary
        && (parser.isSet(library) || parser.isSet(search) || parser.isSet(timeline))) {
        result.libraryFolder = parser.value(library);
        result.query = parser.value(search);
        result.issueId = parser.value(timeline);
        if (result.libraryFolder.isEmpty() || parser.isSet(search) == parser.isSet(timeline)) {
            err << translated("bilateral: --library DIR needs either --search QUERY or "
                              "--timeline ISSUE-ID")
                << '\n';
            return finish(2);
        }
        result.mode = parser.isSet(search) ? Mode::LibrarySearch : Mode::LibraryTimeline;
        return result;
    }
    if (parser.isSet(compare)) {
        if (result.files.size() != 2) {
            err << translated("bilateral: --compare needs two briefing files") << '\n';
            return finish(2);
        }
        result.mode = Mode::Compare;
        result.output = parser.value(exportPdf);
        return result;
    }
    const QStringList layouts{u"paragraphs"_s, u"passages"_s, u"stacked"_s};
    if (parser.isSet(layout) && !layouts.contains(result.rowLayout)) {
        err << translated("bilateral: --layout expects one of %1, found \"%2\"")
                   .arg(layouts.join(u", "), result.rowLayout)
            << '\n';
        return finish(2);
    }
    if (parser.isSet(lang) && !languages.contains(result.language)) {
        err << translated("bilateral: --lang expects one of %1, found \"%2\"")
                   .arg(languages.join(u", "), result.language)
            << '\n';
        return finish(2);
    }
    if (parser.isSet(textLanguages)) {
        result.textLanguages = parser.value(textLanguages).split(u',');
        using BriefingValidation::isLanguageTag;
        if (result.textLanguages.size() != 2 || !isLanguageTag(result.textLanguages.at(0))
            || !isLanguageTag(result.textLanguages.at(1))
            || result.textLanguages.at(0) == result.textLanguages.at(1)) {
            err << translated("bilateral: --text-languages expects two different language codes "
                              "such as ja,en, found \"%1\"")
                       .arg(parser.value(textLanguages))
                << '\n';
            return finish(2);
        }
    }
    if (parser.isSet(import)) {
        if (result.files.isEmpty() || result.files.size() > 2 || !parser.isSet(output)) {
            err << translated("bilateral: --import needs one or two text files and -o "
                              "OUT.briefing")
                << '\n';
            return finish(2);
        }
        result.mode = Mode::Import;
        result.output = parser.value(output);
        return result;
    }
    if (parser.isSet(exportTmx)) {
        if (result.files.size() > 1) {
            err << translated("bilateral: --export-tmx takes one briefing (or none, for the "
                              "sample)")
                << '\n';
            return finish(2);
        }
        result.mode = Mode::ExportTmx;
        result.output = parser.value(exportTmx);
        return result;
    }
    if (parser.isSet(exportPdf)) {
        if (parser.isSet(pageSize) && !BriefOptions::pageSizeFromName(result.pageSize).isValid()) {
            err << translated("bilateral: --page-size expects A4 or Letter, found \"%1\"")
                       .arg(result.pageSize)
                << '\n';
            return finish(2);
        }
        result.mode = Mode::ExportPdf;
        result.output = parser.value(exportPdf);
        if (briefWithLibrary) {
            result.libraryFolder = parser.value(library);
            if (result.libraryFolder.isEmpty()) {
                err << translated("bilateral: --library needs a folder") << '\n';
                return finish(2);
            }
        }
        return result;
    }
    if (parser.isSet(screenshot)) {
        result.windowSize = parseWindowSize(parser.value(size));
        if (!result.windowSize.isValid()) {
            err << translated("bilateral: --size expects WxH such as 1280x800, found \"%1\"")
                       .arg(parser.value(size))
                << '\n';
            return finish(2);
        }
        result.mode = Mode::Screenshot;
        result.output = parser.value(screenshot);
        return result;
    }
    return result;
}

int runWithoutWindow(const CommandLine &commandLine, const QString &interfaceLanguage,
                     QTextStream &out, QTextStream &err)
{
    switch (commandLine.mode) {
    case CommandLine::Mode::Check:
        return runCheck(commandLine.files, out);
    case CommandLine::Mode::Review:
        return runReview(commandLine.files, out, err);
    case CommandLine::Mode::Import:
        return ImportCommand::run(commandLine.files, commandLine.output, commandLine.textLanguages,
                                  err);
    case CommandLine::Mode::ExportPdf:
        return ExportCommand::run(
            commandLine.output, commandLine.files.value(0),
            commandLine.language.isEmpty() ? interfaceLanguage : commandLine.language,
            commandLine.pageSize, commandLine.issueId, commandLine.libraryFolder, err);
    case CommandLine::Mode::ExportTmx:
        return ExportCommand::runTmx(commandLine.output, commandLine.files.value(0), err);
    case CommandLine::Mode::LibrarySearch:
        return LibraryCommand::search(commandLine.libraryFolder, commandLine.query, out, err);
    case CommandLine::Mode::LibraryTimeline:
        return LibraryCommand::timeline(commandLine.libraryFolder, commandLine.issueId, out, err);
    case CommandLine::Mode::Compare:
        if (!commandLine.output.isEmpty())
            return LibraryCommand::comparePdf(
                commandLine.files.at(0), commandLine.files.at(1), commandLine.output,
                commandLine.language.isEmpty() ? interfaceLanguage : commandLine.language,
                commandLine.pageSize, err);
        return LibraryCommand::compare(commandLine.files.at(0), commandLine.files.at(1), out, err);
    case CommandLine::Mode::Finished:
        return commandLine.exitCode;
    case CommandLine::Mode::Window:
    case CommandLine::Mode::Screenshot:
        break;
    }
    return 2;
}
