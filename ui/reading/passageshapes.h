#pragma once

#include <QList>
#include <QRect>
#include <QRectF>

// Where a pane shows each passage, in its viewport's coordinates: what painting marks over the
// text and bars beside it needs of a pane (PassageView implements it), without the widget.
class PassageShapes
{
public:
    virtual ~PassageShapes() = default;

    // Whether the pane shows the language in `slot` (both, in stacked rows).
    virtual bool showsSlot(int slot) const = 0;
    virtual bool passageHasText(int passage) const = 0;
    // The row a passage belongs to, and the rows in view.
    virtual int passageRow(int passage) const = 0;
    virtual int firstVisibleRow() const = 0;
    virtual int lastVisibleRow() const = 0;
    bool isInVisibleRows(int passage) const
    {
        const int row = passageRow(passage);
        return row >= firstVisibleRow() && row <= lastVisibleRow();
    }
    // The passage's text on each of its lines; the same for a stretch of it (offsets into
    // its shown text); their bounding rectangle.
    virtual QList<QRectF> passageRects(int passage) const = 0;
    virtual QList<QRectF> textRects(int passage, int slot, int offset, int length) const = 0;
    QRect passageRect(int passage) const
    {
        QRectF united;
        for (const QRectF &rect : passageRects(passage))
            united = united.united(rect);
        return united.toAlignedRect();
    }
    // Where a row starts, and the space between rows; rules between rows are drawn in
    // passage rows only.
    virtual int rowViewportTop(int row) const = 0;
    virtual int rowSpacing() const = 0;
    virtual bool showsRowRules() const = 0;
    // A pair the reader should check (PairConfidence), marked where rows are passages.
    virtual bool isPairFlagged(int passage) const = 0;
};
