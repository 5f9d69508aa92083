#include "window/application.h"

#include "cli/commandline.h"
#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "i18n/interfacelanguage.h"
#include "import/briefingimport.h"
#include "import/textimport.h"
#include "reading/bilingualview.h"
#include "window/documentactions.h"
#include "window/mainwindow.h"
#include "window/screenshot.h"
#include "window/singleinstance.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
int screenshot(const CommandLine &commandLine, InterfaceLanguage &language)
{
    ScreenshotRequest request;
    request.outputPath = commandLine.output;
    request.briefingPath = commandLine.files.value(0);
    request.issueId = commandLine.issueId;
    request.darkPalette = commandLine.darkPalette;
    request.rowLayout = commandLine.rowLayout;
    request.size = commandLine.windowSize;
    QTextStream err(stderr);
    return takeScreenshot(request, &language, err);
}

// What the window opens with.
void openFirstDocument(const CommandLine &commandLine, MainWindow &window)
{
    DocumentActions *actions = window.documentActions();
    if (commandLine.fromText) {
        QStringList texts;
        for (const QString &file : commandLine.files.mid(0, 2))
            texts.append(TextImport::readFile(file).text);
        const TextImport::LanguagePair pair =
            TextImport::assignLanguages(texts, commandLine.textLanguages);
        actions->startNewBriefing(
            BriefingImport::fromTexts(pair.first, pair.second, pair.languages, QDate()));
        return;
    }
    if (commandLine.files.isEmpty()) {
        // The last document if it still loads; otherwise the sample.
        const QString last = QSettings().value(u"lastDocument"_s).toString();
        const LoadResult result = last.isEmpty() ? LoadResult{} : BriefingLoader::loadFile(last);
        if (result.ok())
            window.document()->open(*result.briefing, DocumentLocation::fromPath(last),
                                    result.sha256);
        else
            actions->openSample();
        return;
    }
    // The sample keeps the window useful behind the dialog that says what went wrong.
    QObject::connect(actions, &DocumentActions::loadFailed, &window, [&window, actions] {
        if (window.document()->briefing().passages().isEmpty())
            actions->openSample();
    });
    if (!actions->openFile(commandLine.files.first()))
        actions->openSample();
}
} // namespace

int runWithWindow(const CommandLine &commandLine, InterfaceLanguage &language)
{
    if (commandLine.mode == CommandLine::Mode::Screenshot)
        return screenshot(commandLine, language);

    // Double-clicking a briefing while Bilateral runs opens it in the running window.
    SingleInstance instance;
    if (!commandLine.newWindow && !commandLine.fromText) {
        if (instance.sendToRunning(commandLine.files))
            return 0;
        instance.listen();
    }

    QGuiApplication::setDesktopFileName(u"io.github.bilateral.Bilateral"_s);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(u":/icons/io.github.bilateral.Bilateral-%1.png"_s.arg(size),
                     QSize(size, size));
    QApplication::setWindowIcon(icon);

    MainWindow window(&language);
    window.readSettings();
    // For tests of crash recovery: a shorter interval than the 30 s readers get.
    if (const int interval = qEnvironmentVariableIntValue("BILATERAL_RECOVERY_INTERVAL_MS");
        interval > 0)
        window.document()->setRecoveryInterval(interval);
    if (!commandLine.issueId.isEmpty()) {
        // Once the briefing is there (a large one loads in the background).
        QObject::connect(window.documentActions(), &DocumentActions::opened, &window,
                         [&window, id = commandLine.issueId] {
                             window.readingState()->selectIssue(
                                 window.document()->briefing().issueIndex(id));
                         });
    }
    if (!commandLine.rowLayout.isEmpty())
        window.bilingualView()->setRowLayout(BilingualView::rowLayoutNamed(commandLine.rowLayout));
    openFirstDocument(commandLine, window);
    QObject::connect(
        &instance, &SingleInstance::filesReceived, &window, [&window](const QStringList &received) {
            if (!received.isEmpty())
                window.documentActions()->openFile(received.first());
            // Come to the front: the reader just asked for this window.
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    window.show();
    window.warnIfKoreanFontMissing();
    window.documentActions()->offerRecovery();
    return QApplication::exec();
}

void keepSessionBusFromAutolaunching()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    // Where libdbus (1.14, dbus_bus_get()) looks before autolaunching: a systemd user
    // session's bus.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo::exists(runtime + u"/bus"_s))
        return;
    // libdbus has no "disabled" transport: an address of a type it does not know makes the
    // connection fail at once, without starting anything.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
}
