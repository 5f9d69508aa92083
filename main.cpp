#include "brief/briefexport.h"
#include "cli/checkcommand.h"
#include "editing/briefingeditor.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "i18n/interfacelanguage.h"
#include "import/briefingimport.h"
#include "import/textimport.h"
#include "window/mainwindow.h"
#include "window/screenshot.h"
#include "window/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <memory>

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
// The value of `--name VALUE` or `--name=VALUE`, or a null string.
QString argumentValue(int argc, char **argv, QByteArrayView name)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == name && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(name) && arg.size() > name.size() && arg[name.size()] == '=')
            return QString::fromLocal8Bit(arg.sliced(name.size() + 1));
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    // Headless modes must not need a display: --check runs on a QCoreApplication, and
    // --screenshot renders with the offscreen platform. Decide before any application
    // object exists.
    const bool noGui = hasArgument(
        argc, argv, {"--check", "--import", "--help", "-h", "--help-all", "--version", "-v"});
    const bool screenshot = hasArgument(argc, argv, {"--screenshot", "--export-pdf"});
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (noGui)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"Bilateral"_s);
    QCoreApplication::setOrganizationName(u"Bilateral"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BILATERAL_VERSION));

    // The interface language is needed before the parser, so that --help is translated too:
    // the saved choice, unless --lang overrides it for this run; the first start follows
    // the system. --check stays English: its output is read by tools and CI logs.
    const QString requestedLanguage = argumentValue(argc, argv, "--lang");
    const QString language = requestedLanguage.isNull()
        ? QSettings().value(u"interfaceLanguage"_s).toString()
        : requestedLanguage;
    InterfaceLanguage interfaceLanguage;
    if (!hasArgument(argc, argv, {"--check"}))
        interfaceLanguage.apply(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Viewer for bilingual diplomatic briefings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption checkOption(
        u"check"_s,
        QCoreApplication::translate("main", "Validate the files and print any problems."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Render the main window to a PNG file and exit."),
        QCoreApplication::translate("main", "OUT.png"));
    const QCommandLineOption importOption(
        u"import"_s,
        QCoreApplication::translate("main",
                                    "Make a briefing from plain-text copy (the files given: Korean "
                                    "and English, or one holding both) and exit."));
    const QCommandLineOption outputOption(
        QStringList{u"o"_s, u"output"_s},
        QCoreApplication::translate("main", "Where --import writes the briefing."),
        QCoreApplication::translate("main", "OUT.briefing"));
    const QCommandLineOption fromTextOption(
        u"from-text"_s,
        QCoreApplication::translate("main",
                                    "Open a new, unsaved briefing made from the text files given "
                                    "(Korean and English, or one holding both)."));
    const QCommandLineOption exportOption(
        u"export-pdf"_s,
        QCoreApplication::translate("main", "Write the one-page brief as a PDF file and exit."),
        QCoreApplication::translate("main", "OUT.pdf"));
    const QCommandLineOption pageSizeOption(
        u"page-size"_s,
        QCoreApplication::translate(
            "main", "Paper for --export-pdf: A4 or Letter (default: from the locale)."),
        QCoreApplication::translate("main", "SIZE"));
    const QCommandLineOption issueOption(
        u"issue"_s, QCoreApplication::translate("main", "Select the issue with this id."),
        QCoreApplication::translate("main", "ID"));
    const QCommandLineOption sizeOption(
        u"size"_s, QCoreApplication::translate("main", "Window size for --screenshot."),
        QCoreApplication::translate("main", "WxH"), u"1280x800"_s);
    const QCommandLineOption langOption(
        u"lang"_s,
        QCoreApplication::translate("main", "Interface language for this run: en, ko or ja."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption newWindowOption(
        u"new-window"_s,
        QCoreApplication::translate("main",
                                    "Start a separate window instead of using the running one."));
    const QCommandLineOption darkOption(
        u"dark"_s, QCoreApplication::translate("main", "Use a dark palette (for --screenshot)."));
    parser.addOptions({checkOption, importOption, outputOption, fromTextOption, screenshotOption,
                       exportOption, pageSizeOption, issueOption, sizeOption, langOption,
                       newWindowOption, darkOption});
    parser.addPositionalArgument(
        u"file"_s, QCoreApplication::translate("main", "Briefing files to open or check."),
        u"[FILE...]"_s);
    parser.process(*app);

    QTextStream err(stderr);
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(checkOption)) {
        if (files.isEmpty()) {
            err << QCoreApplication::translate("main", "bilateral: --check needs at least one file")
                << '\n';
            return 2;
        }
        QTextStream out(stdout);
        return runCheck(files, out);
    }

    if (parser.isSet(langOption)) {
        if (!InterfaceLanguage::supported().contains(parser.value(langOption))) {
            err << QCoreApplication::translate("main",
                                               "bilateral: --lang expects one of %1, found \"%2\"")
                       .arg(InterfaceLanguage::supported().join(u", "), parser.value(langOption))
                << '\n';
            return 2;
        }
    }
    if (parser.isSet(importOption)) {
        if (files.isEmpty() || files.size() > 2 || !parser.isSet(outputOption)) {
            err << QCoreApplication::translate(
                "main", "bilateral: --import needs one or two text files and -o OUT.briefing")
                << '\n';
            return 2;
        }
        return BriefingImport::runImport(files, parser.value(outputOption), err);
    }

    if (parser.isSet(exportOption)) {
        if (parser.isSet(pageSizeOption)
            && !BriefExport::pageSizeFromName(parser.value(pageSizeOption)).isValid()) {
            err << QCoreApplication::translate(
                       "main", "bilateral: --page-size expects A4 or Letter, found \"%1\"")
                       .arg(parser.value(pageSizeOption))
                << '\n';
            return 2;
        }
        return BriefExport::exportFromCommandLine(
            parser.value(exportOption), files.value(0), interfaceLanguage.current(),
            parser.value(pageSizeOption), parser.value(issueOption), err);
    }

    if (parser.isSet(screenshotOption)) {
        ScreenshotRequest request;
        request.outputPath = parser.value(screenshotOption);
        request.briefingPath = files.value(0);
        request.issueId = parser.value(issueOption);
        request.darkPalette = parser.isSet(darkOption);
        request.size = parseWindowSize(parser.value(sizeOption));
        if (!request.size.isValid()) {
            err << QCoreApplication::translate("main",
                                               "bilateral: --size expects WxH such as 1280x800, "
                                               "found \"%1\"")
                       .arg(parser.value(sizeOption))
                << '\n';
            return 2;
        }
        return takeScreenshot(request, &interfaceLanguage, err);
    }

    // Double-clicking a briefing while Bilateral runs opens it in the running window.
    SingleInstance instance;
    if (!parser.isSet(newWindowOption) && !parser.isSet(fromTextOption)) {
        if (instance.sendToRunning(files))
            return 0;
        instance.listen();
    }

    QGuiApplication::setDesktopFileName(u"io.github.bilateral.Bilateral"_s);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(u":/icons/io.github.bilateral.Bilateral-%1.png"_s.arg(size),
                     QSize(size, size));
    QApplication::setWindowIcon(icon);

    MainWindow window(&interfaceLanguage);
    window.readSettings();
    // For tests of crash recovery: a shorter interval than the 30 s readers get.
    if (const int interval = qEnvironmentVariableIntValue("BILATERAL_RECOVERY_INTERVAL_MS");
        interval > 0)
        window.editor()->setRecoveryInterval(interval);
    const auto showSample = [&window] {
        const LoadResult sample = BriefingLoader::loadFile(SampleBriefing::resourcePath());
        window.setBriefing(*sample.briefing, SampleBriefing::resourcePath(), sample.sha256);
    };
    if (parser.isSet(fromTextOption)) {
        QString texts[2];
        for (qsizetype i = 0; i < std::min<qsizetype>(files.size(), 2); ++i) {
            QFile file(files.at(i));
            const TextImport::Decoded decoded = file.open(QIODevice::ReadOnly)
                ? TextImport::decode(file.readAll())
                : TextImport::Decoded{};
            texts[i] = decoded.text;
        }
        if (files.size() == 1 || TextImport::containsHangul(texts[1])) {
            const TextImport::ScriptSplit split =
                TextImport::splitByScript(texts[0] + u'\n' + texts[1]);
            texts[0] = split.korean;
            texts[1] = split.english;
        }
        window.startNewBriefing(
            BriefingImport::fromTexts(texts[0], texts[1], QDate::currentDate()));
    } else if (files.isEmpty()) {
        // Reopen the last document if it still loads; otherwise the sample.
        const QString last = QSettings().value(u"lastDocument"_s).toString();
        const LoadResult result = last.isEmpty() ? LoadResult{} : BriefingLoader::loadFile(last);
        if (result.ok())
            window.setBriefing(*result.briefing, last, result.sha256);
        else
            showSample();
    } else if (!window.openFile(files.first())) {
        // The dialog explains; the sample keeps the window useful behind it.
        showSample();
    }
    if (parser.isSet(issueOption))
        window.selectIssue(window.briefing().issueIndex(parser.value(issueOption)));
    QObject::connect(
        &instance, &SingleInstance::filesReceived, &window, [&window](const QStringList &received) {
            if (!received.isEmpty())
                window.openFile(received.first());
            // Come to the front: the reader just asked for this window.
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    window.show();
    window.warnIfKoreanFontMissing();
    window.offerRecovery();
    return app->exec();
}
