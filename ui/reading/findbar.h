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
    // `place` says where the current match is ("Passage 5: …"), for screen readers: with the
    // count it becomes the find field's accessible description, which a reader speaks when
    // it changes while the reader is in the field (F3, Enter).
    void setMatchInfo(int current, int total, bool complete = true, const QString &place = {});
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
    QString m_place;
    QLabel *m_matches;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    int m_current = 0;
    bool m_complete = true;
    int m_total = -1;
};
