#include "briefingloader.h"
#include "checkcommand.h"
#include "mainwindow.h"
#include "samplebriefing.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
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
} // namespace

int main(int argc, char *argv[])
{
    // Headless modes must not need a display: --check runs on a QCoreApplication, and
    // --screenshot renders with the offscreen platform. Decide before any application
    // object exists.
    const bool noGui =
        hasArgument(argc, argv, {"--check", "--help", "-h", "--help-all", "--version", "-v"});
    const bool screenshot = hasArgument(argc, argv, {"--screenshot"});
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
    const QCommandLineOption issueOption(
        u"issue"_s, QCoreApplication::translate("main", "Select the issue with this id."),
        QCoreApplication::translate("main", "ID"));
    const QCommandLineOption sizeOption(
        u"size"_s, QCoreApplication::translate("main", "Window size for --screenshot."),
        QCoreApplication::translate("main", "WxH"), u"1280x800"_s);
    const QCommandLineOption darkOption(u"dark"_s,
                                        QCoreApplication::translate("main", "Use a dark palette."));
    parser.addOptions({checkOption, screenshotOption, issueOption, sizeOption, darkOption});
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

    if (parser.isSet(screenshotOption)) {
        ScreenshotRequest request;
        request.outputPath = parser.value(screenshotOption);
        request.briefingPath = files.value(0);
        request.issueId = parser.value(issueOption);
        request.darkPalette = parser.isSet(darkOption);
        request.size = parseWindowSize(parser.value(sizeOption));
        if (!request.size.isValid()) {
            err << QCoreApplication::translate(
                       "main",
                       "bilateral: --size expects WIDTHxHEIGHT such as 1280x800, "
                       "found \"%1\"")
                       .arg(parser.value(sizeOption))
                << '\n';
            return 2;
        }
        return takeScreenshot(request, err);
    }

    MainWindow window;
    window.readSettings();
    if (files.isEmpty()) {
        // Reopen the last document if it still loads; otherwise the sample.
        const QString last = QSettings().value(u"lastDocument"_s).toString();
        const LoadResult result =
            BriefingLoader::loadFile(last.isEmpty() ? SampleBriefing::resourcePath() : last);
        if (result.ok())
            window.setBriefing(*result.briefing,
                               last.isEmpty() ? SampleBriefing::resourcePath() : last);
        else
            window.openFile(SampleBriefing::resourcePath());
    } else if (!window.openFile(files.first())) {
        // The dialog explains; the sample keeps the window useful behind it.
        window.setBriefing(*BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing,
                           SampleBriefing::resourcePath());
    }
    if (parser.isSet(issueOption))
        window.selectIssue(window.briefing().issueIndex(parser.value(issueOption)));
    window.show();
    return app->exec();
}
