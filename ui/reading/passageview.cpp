#include "reading/passageview.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "model/passagetext.h"
#include "widgets/sidestyle.h"

#include <QAbstractTextDocumentLayout>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace {
constexpr int gutterWidth = 18;

QColor findTint(const QPalette &palette, bool current)
{
    // Amber reads as "search hit" on light and dark bases alike; the current match is
    // stronger and also outlined.
    QColor amber = current ? QColor(0xff, 0x9f, 0x1c) : QColor(0xff, 0xd5, 0x4a);
    amber.setAlphaF(SideStyle::isDark(palette) ? (current ? 0.75f : 0.45f)
                                               : (current ? 0.85f : 0.65f));
    return amber;
}

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

// The strip left of the text where the selected issue's passages are marked with bars:
// a thin neutral bar for a relevant passage, a side's patterned bar for its evidence.
class PassageGutter final : public QWidget
{
public:
    explicit PassageGutter(PassageView *view)
        : QWidget(view)
        , m_view(view)
    { }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().color(QPalette::Base));
        m_view->paintMargin(painter);
    }

private:
    PassageView *m_view;
};

PassageView::PassageView(BriefingDocument *briefingDocument, int languageSlot, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(briefingDocument)
    , m_state(briefingDocument->readingState())
    , m_slot(languageSlot)
    , m_gutter(new PassageGutter(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false); // the text changes with the briefing, never by itself
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Scrolling past the end lets passages near the end reach the top, so both panes can
    // still be aligned there.
    setCenterOnScroll(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(10);
    setViewportMargins(gutterWidth, 0, 0, 0);
    connect(this, &QPlainTextEdit::updateRequest, m_gutter, [this] { m_gutter->update(); });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        const int top = topPassage();
        if (top != m_lastTopPassage) {
            m_lastTopPassage = top;
            Q_EMIT topPassageChanged(top);
        }
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &PassageView::reportCursor);
    connect(this, &QPlainTextEdit::selectionChanged, this, &PassageView::reportSelection);

    connect(m_document, &BriefingDocument::changed, this, &PassageView::followDocument);
    const auto repaint = [this] {
        viewport()->update();
        m_gutter->update();
    };
    connect(m_state, &ReadingState::highlightChanged, this, repaint);
    connect(m_state, &ReadingState::currentPassageChanged, this, repaint);
    connect(m_state, &ReadingState::hoveredPassageChanged, this, repaint);
    connect(m_state, &ReadingState::findMatchesChanged, this, repaint);
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

void PassageView::rebuildText(bool opened)
{
    PaneText text(m_document->briefing(), m_slot);
    const QString &before = m_text.text();
    const QString &after = text.text();
    const Updating updating(m_updating);
    if (opened || before.isEmpty()) {
        setPlainText(after);
    } else {
        // Replace only the stretch that differs: the layout of everything else stays, and so
        // does the scroll position when the edit is below the fold.
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
    m_lastTopPassage = topPassage();
}

QMimeData *PassageView::createMimeDataFromSelection() const
{
    if (!m_text.hasAddedBreaks())
        return QPlainTextEdit::createMimeDataFromSelection();
    const QTextCursor cursor = textCursor();
    auto *mime = new QMimeData;
    mime->setText(m_text.plainText(cursor.selectionStart(), cursor.selectionEnd()));
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
    const int offset = caret.isValid() && caret.slot == m_slot ? caret.offset : 0;
    QTextCursor cursor = textCursor();
    cursor.setPosition(m_text.position(passage, offset));
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
    m_state->setCurrentPassage(passage, {m_slot, m_text.offsetAt(passage, position)});
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
    // Probe half a line down: QPlainTextEdit may leave a sliver of the line above in view.
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
    document()->documentLayout()->blockBoundingRect(block);
    const QTextLine line =
        block.layout()->lineForTextPosition(m_text.start(target) - block.position());
    const int lineInBlock = line.isValid() ? line.lineNumber() : 0;
    verticalScrollBar()->setValue(block.firstLineNumber() + lineInBlock);
}

void PassageView::ensurePassageVisible(int passage)
{
    const QRect rect = passageRect(passage);
    if (rect.isValid() && viewport()->rect().contains(rect))
        return;
    scrollToPassage(passage);
}

QRect PassageView::passageRect(int passage) const
{
    if (!passageHasText(passage))
        return {};
    QRectF united;
    for (const QRectF &rect : passageRects(passage))
        united = united.united(rect);
    return united.toAlignedRect();
}

QRect PassageView::passageStartRect(int passage) const
{
    if (!passageHasText(passage))
        return {};
    return passageRects(passage).value(0).toAlignedRect();
}

double PassageView::passageFraction(int passage) const
{
    if (passage < 0 || passage >= m_text.passageCount() || m_text.text().isEmpty())
        return 0;
    return double(m_text.start(passage)) / double(m_text.text().size());
}

QList<QRectF> PassageView::rangeRects(int position, int length) const
{
    QList<QRectF> rects;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || length <= 0)
        return rects;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rects;
    const QPointF origin = blockBoundingGeometry(block).translated(contentOffset()).topLeft();
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
    {
        QPainter painter(viewport());
        paintHighlights(painter, event->rect());
    }
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    paintOutline(painter);
}

QPair<int, int> PassageView::visiblePositionRange() const
{
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid())
        return {0, 0};
    QTextBlock block = first;
    const qreal height = viewport()->height();
    QTextBlock last = block;
    while (block.isValid()) {
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > height)
            break;
        last = block;
        block = block.next();
    }
    return {first.position(), last.position() + last.length()};
}

void PassageView::paintHighlights(QPainter &painter, const QRect &area)
{
    const auto [from, to] = visiblePositionRange();
    const QPalette &pal = palette();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);

    const PassageHighlight &highlight = m_state->highlight();
    const QList<Side> &sides = m_document->briefing().sides();
    if (!highlight.isEmpty()) {
        const QColor relevant = SideStyle::relevantTint(pal);
        // The highlighted passages are in document order: start at the first visible one.
        auto it = std::lower_bound(highlight.passages().cbegin(), highlight.passages().cend(), 0,
                                   [&](int passage, int) {
                                       return m_text.start(passage) + m_text.length(passage) < from;
                                   });
        for (; it != highlight.passages().cend() && m_text.start(*it) < to; ++it) {
            const int passage = *it;
            if (!passageHasText(passage))
                continue;
            const quint64 evidence = highlight.evidenceSides(passage);
            QColor tint = relevant;
            if (evidence != 0) {
                const int side = std::countr_zero(evidence);
                if (side < sides.size())
                    tint = SideStyle::evidenceTint(sides.at(side).color, pal);
            }
            for (const QRectF &rect : passageRects(passage)) {
                if (rect.intersects(area))
                    painter.fillRect(rect.adjusted(-1, 0, 1, 0), tint);
            }
        }
    }

    const QList<ReadingState::FindMatch> &matches = m_state->findMatches();
    const int current = m_state->currentFindMatch();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const ReadingState::FindMatch &match = matches.at(i);
        if (match.slot != m_slot || !passageHasText(match.passage))
            continue;
        const int position = m_text.position(match.passage, match.offset);
        const int length = m_text.position(match.passage, match.offset + match.length) - position;
        if (position + length < from || position > to)
            continue;
        for (const QRectF &rect : rangeRects(position, length))
            painter.fillRect(rect, findTint(pal, i == current));
    }
}

void PassageView::paintOutline(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const auto outline = [&](int passage, const QPen &pen) {
        if (!passageHasText(passage))
            return;
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        for (const QRectF &rect : passageRects(passage))
            path.addRoundedRect(rect.adjusted(-3, -1, 3, 1), 3, 3);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path.simplified());
    };
    const int current = m_state->currentPassage();
    const int hovered = m_state->hoveredPassage();
    if (hovered >= 0 && hovered != current)
        outline(hovered, QPen(palette().color(QPalette::PlaceholderText), 1, Qt::DotLine));
    if (current >= 0)
        outline(current, QPen(palette().color(QPalette::Highlight), 2));
    const int match = m_state->currentFindMatch();
    if (match >= 0) {
        const ReadingState::FindMatch &found = m_state->findMatches().at(match);
        if (found.slot == m_slot && passageHasText(found.passage)) {
            painter.setPen(QPen(QColor(0xc2, 0x41, 0x0c), 1.5));
            const int position = m_text.position(found.passage, found.offset);
            const int end = m_text.position(found.passage, found.offset + found.length);
            for (const QRectF &rect : rangeRects(position, end - position))
                painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 2, 2);
        }
    }
}

void PassageView::paintMargin(QPainter &painter)
{
    const PassageHighlight &highlight = m_state->highlight();
    if (highlight.isEmpty())
        return;
    const auto [from, to] = visiblePositionRange();
    const QPalette &pal = palette();
    const QList<Side> &sides = m_document->briefing().sides();
    // Where each side's evidence is, as vertical spans; passages run on in a paragraph, so
    // two sides' passages can share a line: each side keeps its own column of the margin,
    // or one would paint over the other there.
    QList<QList<std::pair<int, int>>> spans(std::min<qsizetype>(sides.size(), 64));
    QList<std::pair<int, int>> relevantOnly;
    quint64 shownSides = 0;
    for (const int passage : highlight.passages()) {
        if (!passageHasText(passage))
            continue;
        if (m_text.start(passage) + m_text.length(passage) < from || m_text.start(passage) > to)
            continue;
        const QRect rect = passageRect(passage);
        if (!rect.isValid())
            continue;
        const std::pair<int, int> span{rect.top() + 1, rect.top() + std::max(4, rect.height() - 2)};
        quint64 evidence = highlight.evidenceSides(passage);
        if (evidence == 0)
            relevantOnly.append(span);
        for (; evidence != 0; evidence &= evidence - 1) {
            const int side = std::countr_zero(evidence);
            if (side < spans.size()) {
                spans[side].append(span);
                shownSides |= quint64(1) << side;
            }
        }
    }
    // Relevant only: a thin neutral bar.
    for (const auto &[top, bottom] : std::as_const(relevantOnly))
        painter.fillRect(QRect(gutterWidth - 6, top, 3, bottom - top),
                         pal.color(QPalette::PlaceholderText));
    // Evidence: one patterned, outlined bar per side, so sides differ without colour; each
    // side in a column of its own (by its rank among the sides shown), its spans joined.
    for (int side = 0; side < spans.size(); ++side) {
        QList<std::pair<int, int>> &sideSpans = spans[side];
        if (sideSpans.isEmpty())
            continue;
        const int column = std::popcount(shownSides & ((quint64(1) << side) - 1));
        const int x = gutterWidth - 8 - 7 * column;
        if (x < 1)
            break; // more sides than the margin holds
        std::sort(sideSpans.begin(), sideSpans.end());
        const QColor color = sides.at(side).color;
        const auto drawBar = [&](int top, int bottom) {
            const QRect bar(x, top, 6, bottom - top);
            painter.fillRect(bar, pal.color(QPalette::Base));
            painter.fillRect(bar, SideStyle::markerBrush(side, color, pal));
            painter.setPen(SideStyle::markerColor(color, pal));
            painter.drawRect(bar.adjusted(0, 0, -1, -1));
        };
        auto [top, bottom] = sideSpans.first();
        for (const auto &[nextTop, nextBottom] : std::as_const(sideSpans)) {
            if (nextTop > bottom + 2) {
                drawBar(top, bottom);
                top = nextTop;
            }
            bottom = std::max(bottom, nextBottom);
        }
        drawBar(top, bottom);
    }
}

void PassageView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    m_state->setHoveredPassage(passageAt(event->position().toPoint()));
}

void PassageView::leaveEvent(QEvent *event)
{
    QPlainTextEdit::leaveEvent(event);
    m_state->setHoveredPassage(-1);
}

void PassageView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), gutterWidth, contents.height());
}

void PassageView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
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
