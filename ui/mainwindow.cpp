#include "mainwindow.h"

#include <QPlainTextEdit>
#include <QSplitter>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this))
{
    auto *splitter = new QSplitter(this);
    for (QPlainTextEdit *pane : {m_left, m_right}) {
        pane->setReadOnly(true);
        splitter->addWidget(pane);
    }
    setCentralWidget(splitter);
    resize(1200, 800);
}

void MainWindow::setBriefing(const Briefing &briefing)
{
    m_briefing = briefing;
    QStringList left;
    QStringList right;
    for (const Passage &passage : briefing.passages()) {
        left.append(passage.text[0]);
        right.append(passage.text[1]);
    }
    m_left->setPlainText(left.join(u"\n\n"));
    m_right->setPlainText(right.join(u"\n\n"));
    setWindowTitle(briefing.title().preferred({briefing.languages()[1]}));
}
