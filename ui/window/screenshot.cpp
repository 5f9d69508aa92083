#include "window/screenshot.h"

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

static QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x4c, 0x8d, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::Light, QColor(0x50, 0x52, 0x57));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb2, 0xff));
    return palette;
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
        QApplication::setPalette(darkPalette());

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
