#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>

#include <cstdio>
#include <cstdlib>

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

// Exits once the window's first frame is painted, as Bilateral does under
// BILATERAL_EXIT_AFTER_FIRST_FRAME=1 (ui/window/application.cpp).
class FirstFrameExit final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    std::fputs("first frame\n", stdout);
                    std::fflush(stdout);
                    std::_Exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

// The floors for Bilateral's start-up, timed the same way (to the first painted frame):
//   bench-minimal-window                  the cheapest useful Qt Widgets window;
//   bench-minimal-window KO.txt EN.txt    the same with two plain-text views showing the
//                                         given texts side by side, the Korean one in
//                                         Bilateral's Korean reading font: what showing
//                                         the texts costs in Qt, with nothing else.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 1 && argc != 3)
        return 2;
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    if (argc == 3) {
        auto *splitter = new QSplitter(&window);
        textView(QString::fromLocal8Bit(argv[1]), {u"Noto Sans CJK KR"_s}, splitter);
        textView(QString::fromLocal8Bit(argv[2]), {}, splitter);
        window.setCentralWidget(splitter);
    } else {
        auto *text = new QPlainTextEdit(&window);
        text->setPlainText(u"한국어 English 日本語"_s);
        window.setCentralWidget(text);
    }
    window.statusBar()->showMessage(u"ready"_s);
    window.resize(1280, 800);
    window.installEventFilter(new FirstFrameExit(&window));
    window.show();
    return QApplication::exec();
}
