#include "briefingloader.h"
#include "checkcommand.h"
#include "mainwindow.h"
#include "samplebriefing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Headless modes must not need a display, so they run on a QCoreApplication; look at
// argv before any QApplication is created.
bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--check" || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v"
            || arg == "--help-all")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (isHeadless(argc, argv))
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
        u"check"_s, QCoreApplication::translate("main", "Validate the files and print any problems."));
    parser.addOption(checkOption);
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("main", "Briefing files to open."),
                                 u"[FILE...]"_s);
    parser.process(*app);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(checkOption)) {
        QTextStream err(stderr);
        if (files.isEmpty()) {
            err << QCoreApplication::translate("main", "bilateral: --check needs at least one file")
                << '\n';
            return 2;
        }
        QTextStream out(stdout);
        return runCheck(files, out);
    }

    const LoadResult result = BriefingLoader::loadFile(files.value(0, SampleBriefing::resourcePath()));
    MainWindow window;
    if (result.briefing)
        window.setBriefing(*result.briefing);
    window.show();
    return app->exec();
}
