#include "reading/rowtextlayout.h"

#include "reading/rowgeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace {
// East Asian wide characters (Hangul, kana, CJK ideographs, full-width forms) take about an
// em; everything else an average advance. Good enough to estimate a row not yet laid out.
bool isWide(char16_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf)
        || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6);
}
} // namespace

RowTextLayout::RowTextLayout(QTextDocument *document, RowGeometry *geometry, int slot)
    : QAbstractTextDocumentLayout(document)
    , m_geometry(geometry)
    , m_slot(slot)
{
    geometry->attach(slot, [this](int row) { return measureRow(row); });
    connect(geometry, &RowGeometry::rowsChanged, this, [this] {
        Q_EMIT documentSizeChanged(documentSize());
        Q_EMIT update();
    });
}

RowTextLayout::~RowTextLayout()
{
    if (m_geometry)
        m_geometry->attach(m_slot, {});
}

qreal RowTextLayout::availableWidth() const
{
    const qreal margin = document()->documentMargin();
    // Not yet shown: one long line per block, as QPlainTextDocumentLayout does.
    return m_width > 0 ? std::max<qreal>(m_width - 2 * margin, 1) : qreal(1 << 24);
}

int RowTextLayout::measureRow(int row)
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid())
        return 0;
    QTextLayout *layout = block.layout();
    layout->setTextOption(document()->defaultTextOption());
    const qreal width = availableWidth();
    const qreal margin = document()->documentMargin();
    qreal height = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(margin, height));
        height += line.height();
    }
    layout->endLayout();
    const_cast<QTextBlock &>(block).setLineCount(layout->lineCount());
    return block.length() <= 1 ? 0 : int(std::ceil(height));
}

void RowTextLayout::ensureLaidOut(const QTextBlock &block) const
{
    // Both panes' text of the row, so the row is as tall as the taller of them.
    const int row = block.blockNumber();
    if (block.layout()->lineCount() == 0)
        m_geometry->setMeasuredHeight(m_slot, row,
                                      const_cast<RowTextLayout *>(this)->measureRow(row));
    m_geometry->ensureMeasured(row, row);
}

void RowTextLayout::draw(QPainter *painter, const PaintContext &context)
{
    const QRectF clip =
        context.clip.isValid() ? context.clip : QRectF(QPointF(0, 0), documentSize());
    const int first = m_geometry->rowAt(clip.top());
    const int last = m_geometry->rowAt(clip.bottom());
    if (first < 0)
        return;
    const int cursorWidth = property("cursorWidth").isValid() ? property("cursorWidth").toInt() : 1;
    QTextBlock block = document()->findBlockByNumber(first);
    for (int row = first; row <= last && block.isValid(); ++row, block = block.next()) {
        ensureLaidOut(block);
        const QPointF origin(0, m_geometry->rowTop(row));
        const int start = block.position();
        const int end = start + block.length();
        QList<QTextLayout::FormatRange> selections;
        for (const Selection &selection : context.selections) {
            const int from = std::max(selection.cursor.selectionStart(), start);
            const int to = std::min(selection.cursor.selectionEnd(), end);
            if (from < to)
                selections.append({from - start, to - from, selection.format});
        }
        painter->setPen(context.palette.color(QPalette::Text));
        block.layout()->draw(painter, origin, selections, clip);
        if (context.cursorPosition >= start && context.cursorPosition < end)
            block.layout()->drawCursor(painter, origin, context.cursorPosition - start,
                                       cursorWidth);
    }
}

int RowTextLayout::hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const
{
    const int row = m_geometry->rowAt(point.y());
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid())
        return -1;
    ensureLaidOut(block);
    const QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        return block.position();
    const qreal y = point.y() - m_geometry->rowTop(row);
    QTextLine line = layout->lineAt(layout->lineCount() - 1);
    for (int i = 0; i < layout->lineCount(); ++i) {
        if (y < layout->lineAt(i).y() + layout->lineAt(i).height()) {
            line = layout->lineAt(i);
            break;
        }
    }
    if (accuracy == Qt::ExactHit
        && (y < 0 || y >= line.y() + line.height() || point.x() < line.x()
            || point.x() > line.x() + line.naturalTextWidth()))
        return -1;
    return block.position() + line.xToCursor(point.x());
}

QSizeF RowTextLayout::documentSize() const
{
    return QSizeF(std::max<qreal>(m_width, 0), m_geometry->totalHeight());
}

QRectF RowTextLayout::frameBoundingRect(QTextFrame *) const
{
    return QRectF(QPointF(0, 0), documentSize());
}

QRectF RowTextLayout::blockBoundingRect(const QTextBlock &block) const
{
    if (!block.isValid() || block.document() != document())
        return {};
    ensureLaidOut(block);
    const QTextLayout *layout = block.layout();
    qreal height = 0;
    if (layout->lineCount() > 0) {
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        height = last.y() + last.height();
    }
    return QRectF(0, m_geometry->rowTop(block.blockNumber()), std::max<qreal>(m_width, 0), height);
}

void RowTextLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    QTextDocument *doc = document();
    const int count = doc->blockCount();
    const int characters = doc->characterCount();
    // A new page size, font, text option or margin arrives as a change of the whole document
    // with nothing removed; QTextEdit sets the page size on every relayout, changed or not
    // (QTextDocument::setPageSize(), qtextdocument.cpp, Qt 6.4): only a real change of what
    // rows depend on measures them anew.
    const Dependencies now{doc->pageSize().width(), doc->defaultFont(),
                           doc->defaultTextOption().wrapMode(), doc->documentMargin()};
    const bool wholeDocument = from == 0 && charsRemoved == 0 && charsAdded >= characters - 1;
    if (wholeDocument && now == m_dependencies && characters == m_characterCount
        && count == m_blockCount)
        return;
    m_characterCount = characters;
    if (now != m_dependencies || m_blockCount == 0 || wholeDocument) {
        m_dependencies = now;
        m_width = now.width;
        measureEverything();
        return;
    }
    const int firstRow = doc->findBlock(from).blockNumber();
    QTextBlock lastBlock = doc->findBlock(from + charsAdded);
    const int lastRow = lastBlock.isValid() ? lastBlock.blockNumber() : count - 1;
    const int removedRows = lastRow - firstRow + 1 - (count - m_blockCount);
    if (firstRow < 0 || removedRows < 0) {
        measureEverything();
        return;
    }
    m_blockCount = count;
    m_geometry->replaceRows(m_slot, firstRow, removedRows, estimates(firstRow, lastRow));
}

void RowTextLayout::measureEverything()
{
    QTextDocument *doc = document();
    const QFontMetricsF metrics(doc->defaultFont());
    m_wideAdvance = metrics.horizontalAdvance(QChar(0xac00));
    m_averageAdvance = metrics.averageCharWidth();
    m_lineHeight = metrics.lineSpacing();
    m_blockCount = doc->blockCount();
    m_geometry->resetSlot(m_slot, estimates(0, m_blockCount - 1));
}

QList<int> RowTextLayout::estimates(int firstRow, int lastRow) const
{
    QList<int> heights;
    heights.reserve(std::max(lastRow - firstRow + 1, 0));
    QTextBlock block = document()->findBlockByNumber(firstRow);
    for (int row = firstRow; row <= lastRow && block.isValid(); ++row, block = block.next())
        heights.append(estimatedHeight(block.text()));
    return heights;
}

int RowTextLayout::estimatedHeight(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    qreal natural = 0;
    for (const QChar c : text)
        natural += isWide(c.unicode()) ? m_wideAdvance : m_averageAdvance;
    const qreal lines = std::max<qreal>(1, std::ceil(natural / availableWidth()));
    return int(std::ceil(lines * m_lineHeight));
}
