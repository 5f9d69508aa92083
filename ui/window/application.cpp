#include "window/application.h"

#include "cli/commandline.h"
#include "document/briefinganalysis.h"
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

#include <cstdio>
#include <cstdlib>
#include <functional>

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

// Runs `work` once, after the next frame `window` paints once armed (queued behind that
// paint pass, so the frame is on screen first).
class AfterFirstFrame final : public QObject
{
public:
    AfterFirstFrame(QWidget *window, std::function<void()> work, bool armed = true)
        : QObject(window)
        , m_work(std::move(work))
        , m_armed(armed)
    {
        window->installEventFilter(this);
    }
    void arm(QWidget *window)
    {
        m_armed = true;
        window->update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_armed) {
            m_armed = false;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_work();
                    deleteLater();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
    bool m_armed;
};

// BILATERAL_EXIT_AFTER_FIRST_FRAME=1: once the window has painted its first frame, say
// "first frame" on standard output and exit at once; =opened: the first frame painted
// after the document opened (a large one loads on a worker thread meanwhile) and its terms
// and review were worked out. This is how bench/ times start-up as a reader sees it,
// against a bare Qt window doing the same (bench-minimal-window), and measures the peak
// memory of opening a briefing in the window.
void exitAfterFirstFrameIfAsked(MainWindow &window)
{
    const QByteArray when = qgetenv("BILATERAL_EXIT_AFTER_FIRST_FRAME");
    if (when.isEmpty())
        return;
    const bool afterOpening = when == "opened";
    auto *exit = new AfterFirstFrame(
        &window,
        [] {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
            std::_Exit(0);
        },
        !afterOpening);
    if (!afterOpening)
        return;
    // Opened, and its terms and review worked out (on the analysis' pool).
    const auto analysed = [exit, &window] {
        if (window.document()->analysis()->isReady())
            exit->arm(&window);
    };
    QObject::connect(window.documentActions(), &DocumentActions::opened, exit, analysed);
    QObject::connect(window.document()->analysis(), &BriefingAnalysis::findingsChanged, exit,
                     analysed);
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

    MainWindow window(&language);
    window.readSettings();
    // The window's own icon once the first frame is up: QIcon::addFile() decodes each PNG at
    // once, 6 ms of a 70 ms start-up, and the desktop file already names the icon that
    // docks and task bars show meanwhile.
    new AfterFirstFrame(&window, [] {
        QIcon icon;
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            icon.addFile(u":/icons/io.github.bilateral.Bilateral-%1.png"_s.arg(size),
                         QSize(size, size));
        QApplication::setWindowIcon(icon);
    });
    exitAfterFirstFrameIfAsked(window);
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
