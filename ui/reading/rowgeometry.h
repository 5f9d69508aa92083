#pragma once

#include <QList>
#include <QObject>

#include <array>
#include <functional>

// Where the rows of the two panes are: row i is text block i of each pane's document (a
// paragraph, or a passage in sentence rows), and both panes give it the same top and the
// same height, the taller of the two texts plus the spacing between rows. That is what keeps
// the Korean and the English text level row by row at any width, zoom or font.
//
// Heights are measured lazily: a row's text is laid out (in both panes) when it comes into
// view or in the background, and estimated from its length until then, so opening or
// resizing a long briefing costs the visible rows only. Row tops are prefix sums in a
// Fenwick tree: a measured row updates in O(log n), and finding the row at a height is a
// descent of the tree.
class RowGeometry final : public QObject
{
    Q_OBJECT

public:
    static constexpr int slotCount = 2;

    explicit RowGeometry(QObject *parent = nullptr);

    // How a pane lays out the text of a row, returning its height.
    using Measure = std::function<int(int row)>;
    void attach(int slot, Measure measure);

    int rowCount() const { return int(m_rowHeights.size()); }
    // Document coordinates: the first row starts at topMargin().
    int rowTop(int row) const;
    int rowHeight(int row) const;
    // The row at document height y, clamped to the rows; -1 without rows.
    int rowAt(qreal y) const;
    int totalHeight() const;

    int topMargin() const { return m_topMargin; }
    void setTopMargin(int margin);
    // Space between rows; the same in both panes.
    int spacing() const { return m_spacing; }
    void setSpacing(int spacing);

    // One pane's text heights: a whole new set (its width, font or text changed everywhere),
    // or `removed` rows from `first` replaced by new ones (an edit).
    void resetSlot(int slot, const QList<int> &estimatedHeights);
    void replaceRows(int slot, int first, int removed, const QList<int> &estimatedHeights);
    void setMeasuredHeight(int slot, int row, int height);
    bool isMeasured(int slot, int row) const;
    // A pane not shown (stacked rows show both languages in one) gives rows no height and
    // is not measured.
    void setSlotCounted(int slot, bool counted);
    int textHeight(int slot, int row) const;

    // Lays out (in both panes) the rows from first to last that are still estimates.
    void ensureMeasured(int first, int last);
    bool isFullyMeasured() const;
    // Measures everything now (tests, printing a layout); normally it happens in idle time.
    void measureAll();

    // While rowsChanged() is being delivered: scroll bars then move because their range
    // changed, not because the reader scrolled.
    bool isNotifying() const { return m_notifying; }

Q_SIGNALS:
    // Row tops or the total height changed. A view keeps its place by the row at its top
    // (whose top moves when rows above it are measured), not by its scroll position.
    void rowsChanged();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct SlotHeights
    {
        QList<int> heights;
        QList<bool> measured;
        int unmeasured = 0;
    };
    void rebuildRows();
    void updateRow(int row);
    void addToTree(int row, qint64 delta);
    void scheduleMeasuring();
    void finishChange();

    std::array<Measure, slotCount> m_measures;
    std::array<SlotHeights, slotCount> m_slots;
    std::array<bool, slotCount> m_counted{true, true};
    QList<int> m_rowHeights;
    QList<qint64> m_tree; // Fenwick tree over m_rowHeights, 1-based
    int m_topMargin = 10;
    int m_spacing = 0;
    int m_measureTimer = 0;
    int m_scanFrom = 0; // no row before this one is still an estimate
    int m_batchDepth = 0;
    bool m_changed = false;
    bool m_notifying = false;
};
