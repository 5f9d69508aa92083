#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
QPlainTextEdit *textView(const QString &path, const QStringList &families, QWidget *parent)
{
    QFile file(path);
    auto *view = new QPlainTextEdit(parent);
    if (!families.isEmpty()) {
        QFont font = view->font();
        font.setFamilies(families);
        view->setFont(font);
    }
    if (file.open(QIODevice::ReadOnly))
        view->setPlainText(QString::fromUtf8(file.readAll()));
    return view;
}
} // namespace

// The floors for Bilateral's start-up, shown and saved to a PNG the same way
// `bilateral --screenshot` does:
//   bench-minimal-window OUT.png                  the cheapest useful Qt Widgets window;
//   bench-minimal-window OUT.png KO.txt EN.txt    the same with two plain-text views
//                                                 showing the given texts side by side,
//                                                 the Korean one in Bilateral's Korean
//                                                 reading font: what showing the texts
//                                                 costs in Qt, with nothing else.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2 && argc != 4)
        return 2;
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    if (argc == 4) {
        auto *splitter = new QSplitter(&window);
        textView(QString::fromLocal8Bit(argv[2]), {u"Noto Sans CJK KR"_s}, splitter);
        textView(QString::fromLocal8Bit(argv[3]), {}, splitter);
        window.setCentralWidget(splitter);
    } else {
        auto *text = new QPlainTextEdit(&window);
        text->setPlainText(u"한국어 English 日本語"_s);
        window.setCentralWidget(text);
    }
    window.statusBar()->showMessage(u"ready"_s);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    // Read back and saved as bilateral --screenshot does (paintedImage() in ui/screenshot.cpp).
    const QImage image = window.screen()->grabWindow(window.winId()).toImage();
    return image.save(QString::fromLocal8Bit(argv[1]), "PNG", 80) ? 0 : 2;
}
