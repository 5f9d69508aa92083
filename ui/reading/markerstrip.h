#pragma once

#include <QWidget>

class PassageView;
class ReadingState;

// A narrow strip beside a pane's scroll bar showing where the highlighted passages lie in
// the whole text, like the change markers of an editor. Clicking brings the nearest one into
// view in both languages.
class MarkerStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit MarkerStrip(PassageView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // The highlighted passage nearest to the fraction (0..1) of the strip's height.
    int passageNear(double fraction) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PassageView *m_view;
    ReadingState *m_state;
    // For each row of the strip, whether a finding's notch starts there; empty when out of
    // date (its size is the strip's height it was worked out for).
    QList<bool> m_notchRows;
};
