#pragma once

#include "reading/panetext.h"

#include <QList>
#include <QPlainTextEdit>

class BriefingDocument;
class ReadingState;
struct DocumentChange;

// One language of the open briefing as read-only text: a paragraph of passages is one text
// block, passages are ranges within it. The Korean and the English pane are two instances.
//
// The view keeps no copy of the briefing: it reads the document, follows its changes (text
// edits replace only the stretch of text that changed; tagging edits only repaint), and
// paints what the reading state says (the selected issue's tints and margin bars, the
// current and hovered passage's outlines, find matches) over the visible blocks only, never
// touching the text layout. What the reader does here (clicks, the text cursor, selections,
// hovering) goes to the reading state.
class PassageView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // How a passage is marked in the text, for tests and the marker strip.
    enum class Marking { None, Relevant, Evidence };

    PassageView(BriefingDocument *briefingDocument, int languageSlot, QWidget *parent = nullptr);

    int languageSlot() const { return m_slot; }
    ReadingState *readingState() const;

    Marking marking(int passage) const;
    quint64 evidenceSides(int passage) const;
    QColor sideColor(int side) const;

    // Scrolling anchored on passages: the passage whose text is at the top of the viewport.
    int topPassage() const;
    // Scrolls so `passage` starts on the first visible line (or, for a passage with no text
    // in this language, the nearest one that has text).
    void scrollToPassage(int passage);
    // Scrolls only if the passage is not already fully visible.
    void ensurePassageVisible(int passage);

    int passageAt(const QPoint &viewportPoint) const;
    int passageAtPosition(int documentPosition) const;
    // Where the passage's shown text begins in the text document; -1 without text here.
    int passagePosition(int passage) const;
    // The passages the text selection touches, in order; empty without a selection.
    QList<int> selectedPassages() const;
    // Fraction (0..1) of the document height at which a passage starts, for the marker strip.
    double passageFraction(int passage) const;
    int passageCount() const { return m_text.passageCount(); }
    bool passageHasText(int passage) const;
    // The viewport rectangle of the passage's lines, if laid out; invalid otherwise.
    QRect passageRect(int passage) const;
    // Where the passage's text begins: the part of it on its first line.
    QRect passageStartRect(int passage) const;

    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

Q_SIGNALS:
    void topPassageChanged(int passage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Copies the text as the document has it, without the pane's added breaks.
    QMimeData *createMimeDataFromSelection() const override;

private:
    void followDocument(const DocumentChange &change);
    void rebuildText(bool opened);
    void reportCursor();
    void reportSelection();
    void followSelection();
    void placeCaret();
    QList<QRectF> rangeRects(int position, int length) const;
    QList<QRectF> passageRects(int passage) const;
    void paintHighlights(QPainter &painter, const QRect &area);
    void paintMargin(QPainter &painter);
    void paintOutline(QPainter &painter);
    QPair<int, int> visiblePositionRange() const;
    friend class PassageGutter;

    BriefingDocument *m_document;
    ReadingState *m_state;
    int m_slot;
    class PassageGutter *m_gutter;
    PaneText m_text; // what the text document holds, passage by passage
    int m_zoomSteps = 0;
    int m_lastTopPassage = -1;
    // Set while the view changes its own text or cursor: those are not the reader's doing.
    bool m_updating = false;
};
