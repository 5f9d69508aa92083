#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// Ctrl+F: one search over both languages. Enter moves to the next match, Shift+Enter to
// the previous one, Escape closes the bar.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    // Shows "3 of 12", "No matches", "Searching…" or nothing: the match stepped to (0: none yet) of
    // `total` (-1: nothing to find); `complete` false while a long briefing is still being
    // searched.
    void setMatchInfo(int current, int total, bool complete = true);
    void activate();

Q_SIGNALS:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_edit;
    QLabel *m_matches;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    int m_current = 0;
    bool m_complete = true;
    int m_total = -1;
};
