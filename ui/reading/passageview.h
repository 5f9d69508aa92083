#pragma once

#include "model/pairconfidence.h"
#include "reading/panetext.h"
#include "reading/passageshapes.h"

#include <QList>
#include <QTextEdit>

class BriefingAnalysis;
class BriefingDocument;
class ReadingState;
class RowGeometry;
class RowTextLayout;
struct DocumentChange;

// One language of the open briefing as read-only text: a row (a paragraph of passages, or one
// passage in passage rows) is one text block, passages are ranges within it. The Korean and
// the English pane are two instances sharing one RowGeometry, so their rows are level.
//
// The view keeps no copy of the briefing: it reads the document, follows its changes (text
// edits replace only the stretch of text that changed; tagging edits only repaint), and
// paints what the reading state says (the selected issue's tints and margin bars, the
// current and hovered passage's outlines, find matches) over the visible blocks only, never
// touching the text layout. What the reader does here (clicks, the text cursor, selections,
// hovering) goes to the reading state.
class PassageView final
    : public QTextEdit
    , public PassageShapes
{
    Q_OBJECT

public:
    // How a passage is marked in the text, for tests and the marker strip.
    enum class Marking { None, Relevant, Evidence };

    PassageView(BriefingDocument *briefingDocument, int languageSlot, RowGeometry *rows,
                QWidget *parent = nullptr);

    int languageSlot() const { return m_slot; }
    bool showsSlot(int slot) const override { return m_text.showsSlot(slot); }
    RowGeometry *rowGeometry() const { return m_rows; }
    PaneText::Rows rows() const { return m_rowKind; }
    void setRows(PaneText::Rows rows);
    int blockCount() const;
    ReadingState *readingState() const;
    BriefingAnalysis *analysis() const { return m_analysis; }

    Marking marking(int passage) const;
    quint64 evidenceSides(int passage) const;
    QColor sideColor(int side) const;

    // Scrolling anchored on passages: the passage whose text is at the top of the viewport.
    int topPassage() const;
    // Scrolls so `passage` starts on the first visible line (or, for a passage with no text
    // in this language, the nearest one that has text).
    void scrollToPassage(int passage);
    // Scrolls only if the passage is not already fully visible, as little as it takes.
    void ensurePassageVisible(int passage);
    // The row a passage belongs to, with or without text in this language.
    int passageRow(int passage) const override { return m_text.row(passage); }
    // Viewport y of a row's top, and the passages with text between two viewport heights.
    int rowViewportTop(int row) const override;
    int rowSpacing() const override;
    bool showsRowRules() const override { return m_rowKind != PaneText::Rows::Paragraphs; }
    bool isPairFlagged(int passage) const override
    {
        return m_pairs.concern(passage) != PairConfidence::Concern::None;
    }
    // The passage's text on each of its lines, in viewport coordinates; the same for a stretch
    // of it (offsets into its shown text).
    QList<QRectF> passageRects(int passage) const override;
    QList<QRectF> textRects(int passage, int slot, int offset, int length) const override;
    int firstVisibleRow() const override;
    int lastVisibleRow() const override;
    // The text positions of the rows in view.
    QPair<int, int> visiblePositionRange() const;
    // Scrolled in step with `leader`: keep the same place when rows change (the row at the
    // top and the offset into it), not a place of one's own remembered earlier.
    void followPlace(const PassageView &leader);
    // After rows changed height: scrolls so the place is where it was.
    void keepPlace();
    // Places are numbered as they are taken: the larger, the more recent.
    quint64 placeStamp() const { return m_placeStamp; }
    // While the rows are rebuilt (a new layout), the place is not kept: whoever rebuilds
    // them scrolls to the passage the reader was at afterwards.
    void holdPlace(bool hold) { m_holdingPlace = hold; }
    // Lays out the rows in view (in both panes) before they are painted.
    void measureVisibleRows();

    int passageAt(const QPoint &viewportPoint) const;
    int passageAtPosition(int documentPosition) const;
    // Where the passage's shown text begins in the text document; -1 without text here.
    int passagePosition(int passage) const;
    // How long its shown text is; 0 without text here.
    int passageLength(int passage) const
    {
        return m_text.hasText(passage) ? m_text.length(passage) : 0;
    }
    // The passages the text selection touches, in order; empty without a selection.
    QList<int> selectedPassages() const;
    // Fraction (0..1) of the document height at which a passage starts, for the marker strip.
    double passageFraction(int passage) const;
    int passageCount() const { return m_text.passageCount(); }
    bool passageHasText(int passage) const override;
    // Where the passage's text begins: the part of it on its first line.
    QRect passageStartRect(int passage) const;

    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    QObject *textControl() const;
    bool viewportEvent(QEvent *event) override;
    // Copies the text as the document has it, without the pane's added breaks.
    QMimeData *createMimeDataFromSelection() const override;

private:
    void followDocument(const DocumentChange &change);
    void rebuildText(bool opened);
    void rememberPlace();
    void reportCursor();
    void reportSelection();
    void followSelection();
    void placeCaret();
    QList<QRectF> rangeRects(int position, int length) const;

    BriefingDocument *m_document;
    ReadingState *m_state;
    BriefingAnalysis *m_analysis;
    int m_slot;
    RowGeometry *m_rows;
    RowTextLayout *m_layout;
    class PassageGutter *m_gutter;
    PaneText::Rows m_rowKind = PaneText::Rows::Paragraphs;
    PaneText m_text; // what the text document holds, passage by passage
    PairConfidence m_pairs;
    int m_zoomSteps = 0;
    // The row at the top of the viewport and how far into it the view is scrolled.
    int m_placeRow = 0;
    int m_placeOffset = 0;
    bool m_rememberingPlace = false;
    bool m_holdingPlace = false;
    quint64 m_placeStamp = 0;
    // Set while the view changes its own text or cursor: those are not the reader's doing.
    bool m_updating = false;
};
