#include "reading/passageview.h"

#include "document/briefinganalysis.h"
#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "model/passagetext.h"
#include "reading/pairflags.h"
#include "reading/passagegutter.h"
#include "reading/passagemarks.h"
#include "reading/rowgeometry.h"
#include "reading/rowtextlayout.h"
#include "widgets/sidestyle.h"

#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace {

// Sets a flag for the length of a scope.
class Updating
{
public:
    explicit Updating(bool &flag)
        : m_flag(flag)
        , m_was(std::exchange(flag, true))
    { }
    ~Updating() { m_flag = m_was; }
    Q_DISABLE_COPY_MOVE(Updating)

private:
    bool &m_flag;
    bool m_was;
};
} // namespace

PassageView::PassageView(BriefingDocument *briefingDocument, int languageSlot, RowGeometry *rows,
                         QWidget *parent)
    : QTextEdit(parent)
    , m_document(briefingDocument)
    , m_state(briefingDocument->readingState())
    , m_analysis(briefingDocument->analysis())
    , m_slot(languageSlot)
    , m_rows(rows)
    , m_gutter(new PassageGutter(this, this, briefingDocument))
{
    auto *text = new QTextDocument(this);
    text->setUndoRedoEnabled(false); // the text changes with the briefing, never by itself
    text->setDocumentMargin(10);
    m_layout = new RowTextLayout(text, rows, languageSlot);
    text->setDocumentLayout(m_layout);
    setDocument(text);
    setReadOnly(true);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Rows are level only if both panes have the same viewport: no horizontal scroll bar,
    // which wrapping at the widget's width never needs.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setViewportMargins(PassageGutter::width, 0, 0, 0);
    connect(m_rows, &RowGeometry::rowsChanged, m_gutter, [this] { m_gutter->update(); });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_gutter->update();
        if (m_rows->isNotifying() || m_holdingPlace)
            return; // the range changed under the position; keepPlace() puts it right
        rememberPlace();
        measureVisibleRows();
    });
    connect(this, &QTextEdit::cursorPositionChanged, this, &PassageView::reportCursor);
    connect(this, &QTextEdit::selectionChanged, this, &PassageView::reportSelection);

    connect(m_document, &BriefingDocument::changed, this, &PassageView::followDocument);
    const auto repaint = [this] {
        viewport()->update();
        m_gutter->update();
    };
    connect(m_state, &ReadingState::highlightChanged, this, repaint);
    connect(m_state, &ReadingState::currentPassageChanged, this, repaint);
    connect(m_state, &ReadingState::hoveredPassageChanged, this, repaint);
    connect(m_state, &ReadingState::findMatchesChanged, this, repaint);
    connect(m_analysis, &BriefingAnalysis::termsChanged, this, repaint);
    connect(m_state, &ReadingState::currentFindMatchChanged, this, repaint);
    connect(m_state, &ReadingState::selectedPassagesChanged, this, &PassageView::followSelection);
    rebuildText(true);
}

ReadingState *PassageView::readingState() const
{
    return m_state;
}

void PassageView::followDocument(const DocumentChange &change)
{
    const bool opened = change.cause == DocumentChange::Cause::Opened;
    if (opened || change.touches(DocumentChange::Passages)) {
        // Keep the reader's place: the passage at the top stays there if the change
        // reached up to it.
        const int top = opened ? -1 : topPassage();
        const bool above = top >= 0 && change.passages.first <= top;
        const QString topId = above && top < change.before.passages().size()
            ? change.before.passages().at(top).id
            : QString();
        rebuildText(opened);
        if (!topId.isEmpty())
            scrollToPassage(m_document->briefing().passageIndex(topId));
        placeCaret();
    }
    viewport()->update();
    m_gutter->update();
}

void PassageView::setRows(PaneText::Rows rows)
{
    if (rows == m_rowKind)
        return;
    m_rowKind = rows;
    rebuildText(true);
    placeCaret();
    viewport()->update();
    m_gutter->update();
}

int PassageView::blockCount() const
{
    return document()->blockCount();
}

void PassageView::rebuildText(bool opened)
{
    PaneText text(m_document->briefing(), m_slot, m_rowKind);
    const QString &after = text.text();
    const Updating updating(m_updating);
    if (opened || m_text.textSize() == 0) {
        setPlainText(after);
    } else {
        // Replace only the stretch that differs: the layout of everything else stays, and so
        // does the scroll position. The text before is the document's (PaneText::dropText()).
        const QString before =
            document()->toRawText().replace(QChar(QChar::ParagraphSeparator), u'\n');
        const qsizetype common = std::min(after.size(), before.size());
        qsizetype prefix = 0;
        while (prefix < common && after.at(prefix) == before.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < common - prefix
               && after.at(after.size() - 1 - suffix) == before.at(before.size() - 1 - suffix))
            ++suffix;
        QTextCursor cursor(document());
        cursor.setPosition(int(prefix));
        cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
        cursor.insertText(after.mid(prefix, after.size() - prefix - suffix));
    }
    m_text = std::move(text);
    m_text.dropText();
    // Flags show only where rows are passages; measuring every pair costs a pass over the
    // whole text, which paragraph rows need not pay on every edit.
    m_pairs = m_rowKind == PaneText::Rows::Paragraphs ? PairConfidence()
                                                      : PairConfidence(m_document->briefing());
    measureVisibleRows();
}

void PassageView::measureVisibleRows()
{
    // Not shown yet, the pane passes through makeshift widths (68 px, 98 px) on its way to
    // its own: laying rows out for those was a third of the layout work of starting up.
    if (!isVisible())
        return;
    // Measuring can change the height of rows in view and so which rows are in view: repeat
    // until that settles (twice at most in practice).
    const int value = verticalScrollBar()->value();
    for (int round = 0; round < 3; ++round) {
        const int first = m_rows->rowAt(value);
        const int last = m_rows->rowAt(value + viewport()->height());
        if (first < 0)
            return;
        const int rowsBefore = m_rows->rowTop(last + 1);
        m_rows->ensureMeasured(first - 1, last + 1);
        if (m_rows->rowTop(last + 1) == rowsBefore)
            break;
    }
}

void PassageView::rememberPlace()
{
    // The row at the top, measured: its top moves only with rows above it, and the offset
    // into it stays true (an estimate's height would change under it). A few pixels down,
    // so a passage scrolled to (which leaves room above it) anchors its own row, not the end
    // of the row before. Measuring does not move the row's top, so the place it would tell
    // keepPlace() about is not needed meanwhile.
    const int value = verticalScrollBar()->value();
    int row = std::max(m_rows->rowAt(value + 8), 0);
    for (int round = 0; round < 2; ++round) {
        const Updating remembering(m_rememberingPlace);
        m_rows->ensureMeasured(row, row);
        row = std::max(m_rows->rowAt(value + 8), 0);
    }
    m_placeRow = row;
    m_placeOffset = value - m_rows->rowTop(row);
    static quint64 places = 0;
    m_placeStamp = ++places;
}

void PassageView::followPlace(const PassageView &leader)
{
    m_placeRow = leader.m_placeRow;
    m_placeOffset = leader.m_placeOffset;
    m_placeStamp = leader.m_placeStamp;
}

void PassageView::keepPlace()
{
    // Rows above the top one were measured (or estimated anew): the same text stays on top.
    if (m_rememberingPlace || m_holdingPlace)
        return;
    const int value = m_rows->rowTop(std::min(m_placeRow, m_rows->rowCount())) + m_placeOffset;
    if (value != verticalScrollBar()->value())
        verticalScrollBar()->setValue(value);
}

int PassageView::rowSpacing() const
{
    return m_rows->spacing();
}

int PassageView::rowViewportTop(int row) const
{
    return m_rows->rowTop(row) - verticalScrollBar()->value();
}

QMimeData *PassageView::createMimeDataFromSelection() const
{
    if (!m_text.hasAddedBreaks())
        return QTextEdit::createMimeDataFromSelection();
    const QTextCursor cursor = textCursor();
    auto *mime = new QMimeData;
    mime->setText(m_text.withoutAddedBreaks(
        cursor.selectedText().replace(QChar(QChar::ParagraphSeparator), u'\n'),
        cursor.selectionStart()));
    return mime;
}

void PassageView::placeCaret()
{
    // The text cursor shows where the reader's caret is, if it is in this language; without
    // one, it waits at the start of the current passage, a place no edit acts on (Split
    // wants a point inside the passage).
    const PassageCaret caret = m_state->caret();
    const int passage = m_state->currentPassage();
    if (!passageHasText(passage))
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(caret.isValid() && m_text.hasText(passage, caret.slot)
                           ? m_text.position(passage, caret.slot, caret.offset)
                           : m_text.position(passage, 0));
    const Updating updating(m_updating);
    setTextCursor(cursor);
}

void PassageView::reportCursor()
{
    if (m_updating)
        return;
    const int position = textCursor().position();
    int passage = passageAtPosition(position);
    // The cursor right after a passage's last character still belongs to it.
    if (passage < 0 && position > 0)
        passage = passageAtPosition(position - 1);
    if (passage < 0)
        return;
    m_state->setCurrentPassage(
        passage, {m_text.slotAt(passage, position), m_text.offsetAt(passage, position)});
}

void PassageView::reportSelection()
{
    if (m_updating)
        return;
    const QList<int> passages = selectedPassages();
    if (!passages.isEmpty())
        m_state->setSelectedPassages(passages.first(), passages.last(), m_slot);
    else if (m_state->selectionSlot() == m_slot)
        m_state->clearSelectedPassages();
}

void PassageView::followSelection()
{
    // A selection made in the other pane, or cleared by an edit, replaces this one.
    if (m_state->selectionSlot() == m_slot || !textCursor().hasSelection())
        return;
    QTextCursor cursor = textCursor();
    cursor.clearSelection();
    const Updating updating(m_updating);
    setTextCursor(cursor);
}

PassageView::Marking PassageView::marking(int passage) const
{
    const PassageHighlight &highlight = m_state->highlight();
    if (highlight.evidenceSides(passage) != 0)
        return Marking::Evidence;
    return highlight.isRelevant(passage) ? Marking::Relevant : Marking::None;
}

quint64 PassageView::evidenceSides(int passage) const
{
    return m_state->highlight().evidenceSides(passage);
}

QColor PassageView::sideColor(int side) const
{
    const QList<Side> &sides = m_document->briefing().sides();
    return side >= 0 && side < sides.size() ? sides.at(side).color
                                            : palette().color(QPalette::Text);
}

bool PassageView::passageHasText(int passage) const
{
    return m_text.hasText(passage);
}

int PassageView::passagePosition(int passage) const
{
    return m_text.hasText(passage) ? m_text.start(passage) : -1;
}

int PassageView::passageAtPosition(int documentPosition) const
{
    return m_text.passageAt(documentPosition);
}

QList<int> PassageView::selectedPassages() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {};
    return m_text.passagesBetween(cursor.selectionStart(), cursor.selectionEnd());
}

QList<QRectF> PassageView::passageRects(int passage) const
{
    return rangeRects(m_text.start(passage), m_text.length(passage));
}

int PassageView::passageAt(const QPoint &viewportPoint) const
{
    const QTextCursor cursor = cursorForPosition(viewportPoint);
    const int passage = passageAtPosition(cursor.position());
    if (passage < 0)
        return -1;
    // cursorForPosition snaps to the nearest character: make sure the point is on the text.
    for (const QRectF &rect : passageRects(passage)) {
        if (rect.adjusted(-2, 0, 2, 0).contains(viewportPoint))
            return passage;
    }
    return -1;
}

int PassageView::topPassage() const
{
    if (m_text.lastWithText() < 0)
        return -1;
    // The top line: the first passage that starts on it, else the one that runs through it,
    // else (a paragraph gap) the next one. This is the line scrollToPassage() puts on top.
    // Below the text of the row at the top (its padding, or the space between rows): the
    // first passage of the next row that has text.
    const int top = verticalScrollBar()->value() + 2;
    const int row = m_rows->rowAt(top);
    const QTextBlock topBlock = document()->findBlockByNumber(row);
    if (topBlock.isValid() && top >= m_layout->blockBoundingRect(topBlock).bottom() - 2) {
        const int next = m_text.firstStartingFrom(topBlock.position() + topBlock.length());
        return next >= 0 ? next : m_text.lastWithText();
    }
    // Probe half a line down, so a sliver of the line above does not count.
    QTextCursor line = cursorForPosition(QPoint(0, fontMetrics().lineSpacing() / 2));
    line.movePosition(QTextCursor::StartOfLine);
    const int lineStart = line.position();
    line.movePosition(QTextCursor::EndOfLine);
    const int lineEnd = line.position();
    const int firstStarting = m_text.firstStartingFrom(lineStart);
    if (firstStarting >= 0 && m_text.start(firstStarting) < lineEnd)
        return firstStarting;
    if (const int running = m_text.passageAt(lineStart); running >= 0)
        return running;
    return firstStarting >= 0 ? firstStarting : m_text.lastWithText();
}

void PassageView::scrollToPassage(int passage)
{
    // No text in this language: the next passage that has some, else the previous.
    const int target = m_text.nearestWithText(passage);
    if (target < 0)
        return;
    const QTextBlock block = document()->findBlockByNumber(m_text.block(target));
    // Asking for the bounding rect lays the block out, so its lines are known.
    const QRectF blockRect = m_layout->blockBoundingRect(block);
    const QTextLine line =
        block.layout()->lineForTextPosition(m_text.start(target) - block.position());
    // A few pixels above the line, so the outline round the passage shows whole.
    verticalScrollBar()->setValue(int(blockRect.top() + (line.isValid() ? line.y() : 0)) - 4);
}

void PassageView::ensurePassageVisible(int passage)
{
    const QRect rect = passageRect(passage);
    const QRect view = viewport()->rect().adjusted(0, 4, 0, -4);
    if (!rect.isValid() || view.contains(rect))
        return;
    if (rect.top() < view.top() || rect.height() > view.height())
        scrollToPassage(passage);
    else // below: just far enough to show its last line
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.bottom() - view.bottom());
}

QRect PassageView::passageStartRect(int passage) const
{
    if (!passageHasText(passage))
        return {};
    return passageRects(passage).value(0).toAlignedRect();
}

double PassageView::passageFraction(int passage) const
{
    if (passage < 0 || passage >= m_text.passageCount() || m_text.textSize() == 0)
        return 0;
    return double(m_text.start(passage)) / double(m_text.textSize());
}

QList<QRectF> PassageView::rangeRects(int position, int length) const
{
    QList<QRectF> rects;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || length <= 0)
        return rects;
    // The bounding rect first: asking for it lays the row out.
    const QPointF origin = m_layout->blockBoundingRect(block).topLeft()
        - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rects;
    const int start = position - block.position();
    const int end = start + length;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int lineStart = line.textStart();
        const int lineEnd = lineStart + line.textLength();
        if (lineEnd <= start || lineStart >= end)
            continue;
        const qreal x1 = line.cursorToX(std::max(start, lineStart));
        qreal x2 = line.cursorToX(std::min(end, lineEnd));
        if (end > lineEnd)
            x2 = std::max(x2, line.naturalTextWidth() + line.x()); // trailing space at a wrap
        rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()));
    }
    return rects;
}

void PassageView::paintEvent(QPaintEvent *event)
{
    // Rows in view still estimated (the other pane changed width since) are measured before
    // anything is painted, so marks and text agree; the row on top keeps its place.
    measureVisibleRows();
    {
        QPainter painter(viewport());
        PassageMarks::paintUnderText(painter, *this, *m_state, palette(), event->rect());
    }
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    PassageMarks::paintTermMarks(painter, *this, *m_state, m_analysis->terms(), palette());
    PassageMarks::paintOverText(painter, *this, *m_state, palette(), viewport()->width());
    m_gutter->update();
}

int PassageView::firstVisibleRow() const
{
    return m_rows->rowAt(verticalScrollBar()->value());
}

int PassageView::lastVisibleRow() const
{
    return m_rows->rowAt(verticalScrollBar()->value() + viewport()->height());
}

QList<QRectF> PassageView::textRects(int passage, int slot, int offset, int length) const
{
    if (!m_text.hasText(passage, slot))
        return {};
    const int position = m_text.position(passage, slot, offset);
    return rangeRects(position, m_text.position(passage, slot, offset + length) - position);
}

QPair<int, int> PassageView::visiblePositionRange() const
{
    const int value = verticalScrollBar()->value();
    const QTextBlock first = document()->findBlockByNumber(m_rows->rowAt(value));
    const QTextBlock last =
        document()->findBlockByNumber(m_rows->rowAt(value + viewport()->height()));
    if (!first.isValid() || !last.isValid())
        return {0, 0};
    return {first.position(), last.position() + last.length()};
}

void PassageView::mouseMoveEvent(QMouseEvent *event)
{
    QTextEdit::mouseMoveEvent(event);
    m_state->setHoveredPassage(passageAt(event->position().toPoint()));
}

void PassageView::leaveEvent(QEvent *event)
{
    QTextEdit::leaveEvent(event);
    m_state->setHoveredPassage(-1);
}

void PassageView::resizeEvent(QResizeEvent *event)
{
    // A new width changes every row's height: keep the passage at the top where it is.
    const int top = isVisible() ? topPassage() : -1;
    QTextEdit::resizeEvent(event);
    if (top >= 0)
        scrollToPassage(top);
    measureVisibleRows();
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), PassageGutter::width, contents.height());
}

bool PassageView::viewportEvent(QEvent *event)
{
    // Where rows are passages (row i is passage i), a flagged pair says why over its row.
    if (event->type() == QEvent::ToolTip && showsRowRules()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        PairFlags::showWhy(m_pairs, m_rows->rowAt(help->pos().y() + verticalScrollBar()->value()),
                           help->globalPos(), viewport());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void PassageView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_gutter->update();
}

void PassageView::zoomBy(int steps)
{
    if (steps == 0)
        return;
    const int clamped = std::clamp(m_zoomSteps + steps, -6, 20);
    const int top = topPassage();
    zoomIn(clamped - m_zoomSteps);
    m_zoomSteps = clamped;
    scrollToPassage(top);
}

void PassageView::resetZoom()
{
    zoomBy(-m_zoomSteps);
}
