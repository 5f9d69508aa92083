#include "cli/commandline.h"
#include "i18n/interfacelanguage.h"
#include "window/application.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Headless modes must not need a display: --check and --import run on a
    // QCoreApplication, --screenshot and --export-pdf render with the offscreen platform.
    // Decide before any application object exists.
    if (CommandLine::rendersOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::runsWithoutWindowSystem(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        keepSessionBusFromAutolaunching();
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"Bilateral"_s);
    QCoreApplication::setOrganizationName(u"Bilateral"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BILATERAL_VERSION));

    // The interface language comes first, so that --help is translated too: the saved
    // choice, unless --lang overrides it for this run; the first start follows the system.
    // --check stays English: its output is read by tools and CI logs.
    InterfaceLanguage language;
    if (!CommandLine::checksFiles(argc, argv)) {
        const QString requested = CommandLine::requestedLanguage(argc, argv);
        language.apply(requested.isNull() ? QSettings().value(u"interfaceLanguage"_s).toString()
                                          : requested);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine commandLine =
        CommandLine::parse(QCoreApplication::arguments(), InterfaceLanguage::supported(), out, err);
    switch (commandLine.mode) {
    case CommandLine::Mode::Window:
    case CommandLine::Mode::Screenshot:
        return runWithWindow(commandLine, language);
    default:
        return runWithoutWindow(commandLine, language.current(), out, err);
    }
}
