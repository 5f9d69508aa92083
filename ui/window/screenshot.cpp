#include "window/screenshot.h"

#include "widgets/colorschemes.h"

#include "cli/exportcommand.h"
#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "files/atomicfile.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "reading/bilingualview.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPalette>
#include <QScreen>
#include <QTextStream>

using namespace Qt::StringLiterals;

// Qt maps PNG "quality" 80 to zlib level 1: a text-rich 1280×800 window then saves in a
// fifth of the time of the default level, for a file about a third larger.
constexpr int screenshotPngQuality = 80;

// What `window` shows once painted.
static QImage paintedImage(QWidget &window)
{
    // The offscreen platform keeps each window's backing store: reading it back gives the
    // frame that was painted, where QWidget::grab() would paint every widget a second time
    // (9 ms of a 80 ms start-up). Other platforms grab from the screen, which may hold
    // other windows, so there the window is rendered again.
    if (QGuiApplication::platformName() == u"offscreen"_s) {
        if (QScreen *screen = window.screen()) {
            const QImage image = screen->grabWindow(window.winId()).toImage();
            if (!image.isNull())
                return image;
        }
    }
    return window.grab().toImage();
}

int takeScreenshot(const ScreenshotRequest &request, InterfaceLanguage *language, QTextStream &err)
{
    const QString path =
        request.briefingPath.isEmpty() ? SampleBriefing::resourcePath() : request.briefingPath;
    const LoadResult result = BriefingLoader::loadFile(path);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << diagnostic.toString() << '\n';
    if (!result.ok()) {
        err.flush();
        return result.status == LoadResult::Status::Unreadable ? 2 : 1;
    }
    if (request.darkPalette)
        QApplication::setPalette(ColorSchemes::dark());

    MainWindow window(language);
    window.document()->open(*result.briefing, DocumentLocation::fromPath(path), result.sha256);
    window.resize(request.size);
    window.show();
    QCoreApplication::processEvents();
    window.bilingualView()->setRowLayout(BilingualView::rowLayoutNamed(request.rowLayout));
    if (!request.issueId.isEmpty()) {
        const int issue = result.briefing->issueIndex(request.issueId);
        if (issue < 0) {
            err << ExportCommand::unknownIssueMessage(*result.briefing, request.issueId) << '\n';
            err.flush();
            return 1;
        }
        window.readingState()->selectIssue(issue);
    }
    // Layout and the posted events of the selection settle over a few rounds.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();

    const QImage image = paintedImage(window);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG", screenshotPngQuality);
    if (const QString error = AtomicFile::write(request.outputPath, png.data()); !error.isEmpty()) {
        err << QCoreApplication::translate("main", "bilateral: cannot write %1: %2")
                   .arg(request.outputPath, error)
            << '\n';
        err.flush();
        return 2;
    }
    return 0;
}
