#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStatusBar>

// The floor for Bilateral's start-up: the cheapest useful Qt Widgets window, shown and
// saved to a PNG the same way `bilateral --screenshot` does.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    auto *text = new QPlainTextEdit(&window);
    text->setPlainText(QStringLiteral("한국어 English 日本語"));
    window.setCentralWidget(text);
    window.statusBar()->showMessage(QStringLiteral("ready"));
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    // Read back and saved as bilateral --screenshot does (paintedImage() in ui/screenshot.cpp).
    const QImage image = window.screen()->grabWindow(window.winId()).toImage();
    return image.save(QString::fromLocal8Bit(argv[1]), "PNG", 80) ? 0 : 2;
}
