#pragma once

#include <QWidget>

// A frame drawn round a widget while it has the keyboard focus (issue 19: visible focus
// everywhere). Fusion and most styles show no focus on a scroll area or a read-only text
// view, so a keyboard user tabbing into the text panes or the stance panel could not see
// where they are. The frame is a child laid over the widget, transparent to the mouse, in
// the selection colour at WCAG's 3:1 against the base.
class FocusFrame final : public QWidget
{
    Q_OBJECT

public:
    // Frames `watched` (owned by it) while it, or a child it delegates focus to, has focus.
    static FocusFrame *install(QWidget *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusFrame(QWidget *watched);
    void follow();

    QWidget *m_watched;
};
