#pragma once

#include <QList>

class PassageHighlight;
class PassageShapes;
class RowGeometry;

// Where the selected issue's evidence is, by rows, for choosing what to bring into view when
// the issue is selected: a passage of every side's evidence, in the stretch of text that fits
// the window with the least scrolling (or, if none fits, the shortest). Row tops come from the
// row geometry, so choosing lays nothing out, however long the briefing or the issue.
class IssueEvidence final
{
public:
    static IssueEvidence of(const PassageHighlight &highlight, const PassageShapes &pane,
                            const RowGeometry &rows);

    bool isEmpty() const { return m_items.isEmpty(); }
    // One evidence passage per side, in document order, for a viewport at `top` of `height`.
    QList<int> bestStretch(int top, int height) const;

private:
    struct Item
    {
        int passage;
        int top;
        int bottom;
        quint64 sides;
    };
    QList<Item> m_items;
    quint64 m_sides = 0;
};
