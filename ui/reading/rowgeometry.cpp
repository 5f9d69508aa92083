#include "reading/rowgeometry.h"

#include <QElapsedTimer>
#include <QTimerEvent>

#include <algorithm>
#include <bit>

namespace {
// Rows are laid out in idle time a few at a time, for about this long a step, so that the
// window stays responsive while a long briefing is measured.
constexpr int rowsPerChunk = 4;
constexpr int stepMilliseconds = 4;
} // namespace

RowGeometry::RowGeometry(QObject *parent)
    : QObject(parent)
{ }

void RowGeometry::attach(int slot, Measure measure)
{
    m_measures[std::size_t(slot)] = std::move(measure);
}

int RowGeometry::rowTop(int row) const
{
    row = std::clamp(row, 0, rowCount());
    qint64 sum = 0;
    for (int i = row; i > 0; i -= i & -i)
        sum += m_tree.at(i);
    return m_topMargin + int(sum);
}

int RowGeometry::rowHeight(int row) const
{
    return row >= 0 && row < rowCount() ? m_rowHeights.at(row) : 0;
}

int RowGeometry::rowAt(qreal y) const
{
    if (m_rowHeights.isEmpty())
        return -1;
    // Descend the tree for the last row whose top is at or above y.
    qint64 remaining = qint64(y) - m_topMargin;
    if (remaining < 0)
        return 0;
    int position = 0;
    for (int step = int(std::bit_floor(unsigned(rowCount()))); step > 0; step >>= 1) {
        const int next = position + step;
        if (next <= rowCount() && m_tree.at(next) <= remaining) {
            position = next;
            remaining -= m_tree.at(next);
        }
    }
    return std::min(position, rowCount() - 1);
}

int RowGeometry::totalHeight() const
{
    return rowTop(rowCount()) + m_topMargin;
}

void RowGeometry::setTopMargin(int margin)
{
    if (margin == m_topMargin)
        return;
    m_topMargin = margin;
    Q_EMIT rowsChanged();
}

void RowGeometry::setSpacing(int spacing)
{
    if (spacing == m_spacing)
        return;
    m_spacing = spacing;
    rebuildRows();
    Q_EMIT rowsChanged();
}

void RowGeometry::resetSlot(int slot, const QList<int> &estimatedHeights)
{
    SlotHeights &heights = m_slots[std::size_t(slot)];
    heights.heights = estimatedHeights;
    heights.measured = QList<bool>(estimatedHeights.size(), false);
    heights.unmeasured = int(estimatedHeights.size());
    m_scanFrom = 0;
    rebuildRows();
    m_changed = true;
    finishChange();
    scheduleMeasuring();
}

void RowGeometry::replaceRows(int slot, int first, int removed, const QList<int> &estimatedHeights)
{
    SlotHeights &heights = m_slots[std::size_t(slot)];
    first = std::clamp(first, 0, int(heights.heights.size()));
    removed = std::clamp(removed, 0, int(heights.heights.size()) - first);
    for (int row = first; row < first + removed; ++row)
        heights.unmeasured -= heights.measured.at(row) ? 0 : 1;
    heights.heights.remove(first, removed);
    heights.measured.remove(first, removed);
    heights.heights.insert(first, estimatedHeights.size(), 0);
    heights.measured.insert(first, estimatedHeights.size(), false);
    std::copy(estimatedHeights.cbegin(), estimatedHeights.cend(), heights.heights.begin() + first);
    heights.unmeasured += int(estimatedHeights.size());
    m_scanFrom = std::min(m_scanFrom, first);
    // The view keeps the reader's place across an edit (by passage), so no shift here.
    rebuildRows();
    m_changed = true;
    finishChange();
    scheduleMeasuring();
}

void RowGeometry::setMeasuredHeight(int slot, int row, int height)
{
    SlotHeights &heights = m_slots[std::size_t(slot)];
    if (row < 0 || row >= heights.heights.size())
        return;
    if (!heights.measured.at(row)) {
        heights.measured[row] = true;
        --heights.unmeasured;
    }
    if (heights.heights.at(row) == height)
        return;
    heights.heights[row] = height;
    updateRow(row);
}

void RowGeometry::setSlotCounted(int slot, bool counted)
{
    if (m_counted[std::size_t(slot)] == counted)
        return;
    m_counted[std::size_t(slot)] = counted;
    m_scanFrom = 0;
    rebuildRows();
    m_changed = true;
    finishChange();
    scheduleMeasuring();
}

bool RowGeometry::isMeasured(int slot, int row) const
{
    const SlotHeights &heights = m_slots[std::size_t(slot)];
    return row < 0 || row >= heights.measured.size() || heights.measured.at(row);
}

int RowGeometry::textHeight(int slot, int row) const
{
    const SlotHeights &heights = m_slots[std::size_t(slot)];
    return row >= 0 && row < heights.heights.size() ? heights.heights.at(row) : 0;
}

void RowGeometry::ensureMeasured(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, rowCount() - 1);
    ++m_batchDepth;
    for (int slot = 0; slot < slotCount; ++slot) {
        const Measure &measure = m_measures[std::size_t(slot)];
        if (!measure || !m_counted[std::size_t(slot)])
            continue;
        for (int row = first; row <= last; ++row) {
            if (!isMeasured(slot, row))
                setMeasuredHeight(slot, row, measure(row));
        }
    }
    --m_batchDepth;
    finishChange();
}

bool RowGeometry::isFullyMeasured() const
{
    for (int slot = 0; slot < slotCount; ++slot) {
        if (m_counted[std::size_t(slot)] && m_slots[std::size_t(slot)].unmeasured > 0)
            return false;
    }
    return true;
}

void RowGeometry::measureAll()
{
    ensureMeasured(0, rowCount() - 1);
}

void RowGeometry::rebuildRows()
{
    qsizetype count = 0;
    for (const SlotHeights &heights : m_slots)
        count = std::max(count, heights.heights.size());
    m_rowHeights.resize(count);
    for (qsizetype row = 0; row < count; ++row) {
        int height = 0;
        for (int slot = 0; slot < slotCount; ++slot) {
            if (m_counted[std::size_t(slot)])
                height = std::max(height, m_slots[std::size_t(slot)].heights.value(row));
        }
        m_rowHeights[row] = height + m_spacing;
    }
    // Linear-time Fenwick construction: each node passes its sum on to its parent.
    m_tree = QList<qint64>(count + 1, 0);
    for (qsizetype i = 1; i <= count; ++i) {
        m_tree[i] += m_rowHeights.at(i - 1);
        if (const qsizetype parent = i + (i & -i); parent <= count)
            m_tree[parent] += m_tree.at(i);
    }
}

void RowGeometry::updateRow(int row)
{
    int height = 0;
    for (int slot = 0; slot < slotCount; ++slot) {
        if (m_counted[std::size_t(slot)])
            height = std::max(height, m_slots[std::size_t(slot)].heights.value(row));
    }
    height += m_spacing;
    const int delta = height - m_rowHeights.at(row);
    if (delta == 0)
        return;
    m_rowHeights[row] = height;
    addToTree(row, delta);
    m_changed = true;
    finishChange();
}

void RowGeometry::addToTree(int row, qint64 delta)
{
    for (int i = row + 1; i < m_tree.size(); i += i & -i)
        m_tree[i] += delta;
}

void RowGeometry::finishChange()
{
    if (m_batchDepth > 0 || !m_changed)
        return;
    m_changed = false;
    const bool wasNotifying = std::exchange(m_notifying, true);
    Q_EMIT rowsChanged();
    m_notifying = wasNotifying;
}

void RowGeometry::scheduleMeasuring()
{
    if (m_measureTimer == 0 && !isFullyMeasured())
        m_measureTimer = startTimer(0);
}

void RowGeometry::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_measureTimer)
        return QObject::timerEvent(event);
    // The next rows still estimated in either pane, searched from where the last step
    // stopped (rows before it are measured unless a change said otherwise): idle time goes
    // through the rows once, not once per step.
    int first = -1;
    for (int slot = 0; slot < slotCount; ++slot) {
        if (!m_counted[std::size_t(slot)])
            continue;
        const QList<bool> &measured = m_slots[std::size_t(slot)].measured;
        const auto from = measured.cbegin() + std::min<qsizetype>(m_scanFrom, measured.size());
        const auto found = std::find(from, measured.cend(), false);
        if (found != measured.cend() && (first < 0 || found - measured.cbegin() < first))
            first = int(found - measured.cbegin());
    }
    m_scanFrom = std::max(first, 0);
    if (first < 0) {
        killTimer(std::exchange(m_measureTimer, 0));
        return;
    }
    // A few milliseconds of rows a step, not a fixed count: 64 rows of long paragraphs took
    // 20 ms at 100,000 passages, a pause a reader typing in the find bar would feel.
    QElapsedTimer clock;
    clock.start();
    ++m_batchDepth;
    for (int row = first; row < rowCount() && clock.elapsed() < stepMilliseconds;
         row += rowsPerChunk)
        ensureMeasured(row, row + rowsPerChunk - 1);
    --m_batchDepth;
    finishChange();
    if (isFullyMeasured())
        killTimer(std::exchange(m_measureTimer, 0));
}
