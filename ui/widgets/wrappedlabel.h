#pragma once

#include <QLabel>
#include <QVarLengthArray>

// A QLabel for word-wrapped plain text that the reader can select, with size hints that
// cost one light text layout instead of several heavy ones.
//
// QLabel recomputes its hints from scratch each time they are invalidated: for wrapped
// text, sizeHint() lays the text out at up to three trial widths and minimumSizeHint()
// once more at width zero, each time through a QTextDocument when the text is selectable;
// every heightForWidth() lays the document out twice (at the asked width, then back).
// Layouts ask for these many times while a window is first shown; in the header and the
// stance panel that was about 4 ms of Bilateral's start-up (docs/performance.md). Here each
// hint is one QTextLayout pass, which breaks lines exactly as the label's document does
// (tst_wrappedlabel compares them), and heights are kept per width until the text, the
// font or the margins change. Painting and selection stay QLabel's.
//
// Set the text with setText(); margin() and indent() are not taken into account.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    void refreshIfStale() const;

    mutable QString m_measuredText;
    mutable bool m_measured = false;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QVarLengthArray<QPair<int, int>, 8> m_heights;
};
