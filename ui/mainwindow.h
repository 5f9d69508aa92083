#pragma once

#include "briefing.h"

#include <QMainWindow>

class QPlainTextEdit;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setBriefing(const Briefing &briefing);
    const Briefing &briefing() const { return m_briefing; }

private:
    Briefing m_briefing;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
};
