#pragma once

#include "document/passagehighlight.h"
#include "model/briefing.h"

#include <QList>
#include <QPlainTextEdit>

// One language of a briefing as read-only text: a paragraph of passages is one text
// block, passages are ranges within it. Highlights (the selected issue, the hovered
// passage's outline, find matches) are painted over the visible blocks only and never
// touch the document, so changing them costs no re-layout. The Korean and the English pane
// are two instances of this class.
class PassageView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // How a passage is marked in the text, for tests and the marker strip.
    enum class Marking { None, Relevant, Evidence };

    struct FindMatch
    {
        int position = 0; // in the document
        int length = 0;
        int passage = -1;
    };

    explicit PassageView(QWidget *parent = nullptr);

    void setBriefing(const Briefing &briefing, int languageSlot);
    int languageSlot() const { return m_slot; }

    void setHighlight(const PassageHighlight &highlight);
    const PassageHighlight &highlight() const { return m_highlight; }
    Marking marking(int passage) const;
    quint64 evidenceSides(int passage) const { return m_highlight.evidenceSides(passage); }
    QColor sideColor(int side) const;

    // The outline drawn around a passage (the counterpart of the one hovered in the other
    // pane, or the current passage after a jump); -1 for none.
    void setOutlinedPassage(int passage);
    int outlinedPassage() const { return m_outlined; }

    // Find: marks every case-insensitive match of `text` and returns them in document order.
    QList<FindMatch> setFindText(const QString &text);
    void setCurrentFindMatch(int position, int length);

    // Scrolling anchored on passages: the passage whose text is at the top of the viewport.
    int topPassage() const;
    // Scrolls so `passage` starts on the first visible line (or, for a passage with no text
    // in this language, the nearest one that has text).
    void scrollToPassage(int passage);
    // Scrolls only if the passage is not already fully visible, keeping some context above it.
    void ensurePassageVisible(int passage);

    int passageAt(const QPoint &viewportPoint) const;
    int passageAtPosition(int documentPosition) const;
    // The passage under the text cursor and the cursor's offset in its text (as shown,
    // trimmed); {-1, 0} when the cursor is between passages.
    QPair<int, int> cursorPassage() const;
    // The passages the text selection touches, in order; empty without a selection.
    QList<int> selectedPassages() const;
    // Fraction (0..1) of the document height at which a passage starts, for the marker strip.
    double passageFraction(int passage) const;
    int passageCount() const { return int(m_passages.size()); }
    bool passageHasText(int passage) const;
    // The viewport rectangle of the passage's first line, if it is laid out and visible.
    QRect passageRect(int passage) const;
    // Where the passage's text begins: the part of it on its first line.
    QRect passageStartRect(int passage) const;

    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

Q_SIGNALS:
    void passageHovered(int passage); // -1 when the mouse leaves passages
    void passageClicked(int passage);
    void topPassageChanged(int passage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PassageRange
    {
        int block = -1; // text block (paragraph); -1 when the passage has no text here
        int start = 0; // position in the document
        int length = 0;
    };
    struct Fragment
    {
        QRectF rect;
        int passage;
    };

    QList<QRectF> rangeRects(int position, int length) const;
    void paintHighlights(QPainter &painter, const QRect &area);
    void paintMargin(QPainter &painter, const QRect &area);
    void paintOutline(QPainter &painter);
    QPair<int, int> visiblePositionRange() const;
    friend class PassageGutter;

    class PassageGutter *m_gutter;
    Briefing m_briefing;
    int m_slot = 0;
    QList<PassageRange> m_passages;
    QList<int> m_passageByStart; // passage indices with text, by document position
    QString m_plainText;
    PassageHighlight m_highlight;
    int m_outlined = -1;
    int m_hovered = -1;
    QList<FindMatch> m_findMatches;
    FindMatch m_currentFind;
    int m_zoomSteps = 0;
    int m_lastTopPassage = -1;
    int m_pressedPassage = -1;
};
