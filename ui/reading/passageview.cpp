#include "reading/passageview.h"

#include "widgets/sidestyle.h"

#include <QAbstractTextDocumentLayout>
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

// Passages are sentences: a line break inside one would split its text block.
QString singleLine(const QString &text)
{
    QString result = text.trimmed();
    for (QChar &c : result) {
        if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = u' ';
    }
    return result;
}

QColor findTint(const QPalette &palette, bool current)
{
    // Amber reads as "search hit" on light and dark bases alike; the current match is
    // stronger and also outlined.
    QColor amber = current ? QColor(0xff, 0x9f, 0x1c) : QColor(0xff, 0xd5, 0x4a);
    amber.setAlphaF(SideStyle::isDark(palette) ? (current ? 0.75f : 0.45f)
                                               : (current ? 0.85f : 0.65f));
    return amber;
}
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
        m_view->paintMargin(painter, event->rect());
    }

private:
    PassageView *m_view;
};

PassageView::PassageView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new PassageGutter(this))
{
    setReadOnly(true);
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
}

void PassageView::setBriefing(const Briefing &briefing, int languageSlot)
{
    m_briefing = briefing;
    m_slot = languageSlot;
    m_highlight = {};
    m_outlined = -1;
    m_hovered = -1;
    m_findMatches.clear();
    m_currentFind = {};
    m_lastTopPassage = -1;

    const QList<Passage> &passages = briefing.passages();
    m_passages = QList<PassageRange>(passages.size(), PassageRange{});
    m_passageByStart.clear();
    m_passageByStart.reserve(passages.size());

    QString text;
    qsizetype estimated = 0;
    for (const Passage &passage : passages)
        estimated += passage.text[languageSlot].size() + 1;
    text.reserve(estimated + passages.size());

    int block = -1;
    bool paragraphPending = false;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const Passage &passage = passages.at(i);
        paragraphPending = paragraphPending || passage.startsParagraph;
        const QString passageText = singleLine(passage.text[languageSlot]);
        if (passageText.isEmpty()) {
            m_passages[i] = {-1, int(text.size()), 0};
            continue;
        }
        if (block < 0) {
            block = 0;
        } else if (paragraphPending) {
            // An empty block between paragraphs: QPlainTextDocumentLayout has no
            // paragraph spacing.
            text += u"\n\n"_s;
            block += 2;
        } else {
            text += u' ';
        }
        paragraphPending = false;
        m_passages[i] = {block, int(text.size()), int(passageText.size())};
        m_passageByStart.append(int(i));
        text += passageText;
    }
    m_plainText = text;
    setPlainText(text);
    m_lastTopPassage = topPassage();
    m_gutter->update();
}

void PassageView::setHighlight(const PassageHighlight &highlight)
{
    m_highlight = highlight;
    viewport()->update();
    m_gutter->update();
}

PassageView::Marking PassageView::marking(int passage) const
{
    if (m_highlight.evidenceSides(passage) != 0)
        return Marking::Evidence;
    return m_highlight.isRelevant(passage) ? Marking::Relevant : Marking::None;
}

QColor PassageView::sideColor(int side) const
{
    return side >= 0 && side < m_briefing.sides().size() ? m_briefing.sides().at(side).color
                                                         : palette().color(QPalette::Text);
}

void PassageView::setOutlinedPassage(int passage)
{
    if (passage == m_outlined)
        return;
    m_outlined = passage;
    viewport()->update();
}

QList<PassageView::FindMatch> PassageView::setFindText(const QString &needle)
{
    m_findMatches.clear();
    m_currentFind = {};
    if (!needle.isEmpty()) {
        qsizetype from = 0;
        while ((from = m_plainText.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
            m_findMatches.append({int(from), int(needle.size()), passageAtPosition(int(from))});
            from += needle.size();
        }
    }
    viewport()->update();
    return m_findMatches;
}

void PassageView::setCurrentFindMatch(int position, int length)
{
    m_currentFind = {position, length, length > 0 ? passageAtPosition(position) : -1};
    viewport()->update();
}

bool PassageView::passageHasText(int passage) const
{
    return passage >= 0 && passage < m_passages.size() && m_passages.at(passage).block >= 0;
}

int PassageView::passageAtPosition(int documentPosition) const
{
    // The last passage starting at or before the position, if the position lies inside it.
    const auto it = std::upper_bound(
        m_passageByStart.cbegin(), m_passageByStart.cend(), documentPosition,
        [this](int position, int passage) { return position < m_passages.at(passage).start; });
    if (it == m_passageByStart.cbegin())
        return -1;
    const int passage = *(it - 1);
    const PassageRange &range = m_passages.at(passage);
    return documentPosition < range.start + range.length ? passage : -1;
}

QPair<int, int> PassageView::cursorPassage() const
{
    const int position = textCursor().position();
    int passage = passageAtPosition(position);
    // The cursor right after a passage's last character still belongs to it.
    if (passage < 0 && position > 0)
        passage = passageAtPosition(position - 1);
    if (passage < 0)
        return {-1, 0};
    return {passage, position - m_passages.at(passage).start};
}

QList<int> PassageView::selectedPassages() const
{
    const QTextCursor cursor = textCursor();
    QList<int> passages;
    if (!cursor.hasSelection())
        return passages;
    for (int passage : m_passageByStart) {
        const PassageRange &range = m_passages.at(passage);
        if (range.start < cursor.selectionEnd()
            && range.start + range.length > cursor.selectionStart())
            passages.append(passage);
    }
    return passages;
}

int PassageView::passageAt(const QPoint &viewportPoint) const
{
    const QTextCursor cursor = cursorForPosition(viewportPoint);
    const int passage = passageAtPosition(cursor.position());
    if (passage < 0)
        return -1;
    // cursorForPosition snaps to the nearest character: make sure the point is on the text.
    for (const QRectF &rect :
         rangeRects(m_passages.at(passage).start, m_passages.at(passage).length)) {
        if (rect.adjusted(-2, 0, 2, 0).contains(viewportPoint))
            return passage;
    }
    return -1;
}

int PassageView::topPassage() const
{
    if (m_passageByStart.isEmpty())
        return -1;
    // The top line: the first passage that starts on it, else the one that runs through it,
    // else (a paragraph gap) the next one. This is the line scrollToPassage() puts on top.
    // Probe half a line down: QPlainTextEdit may leave a sliver of the line above in view.
    QTextCursor line = cursorForPosition(QPoint(0, fontMetrics().lineSpacing() / 2));
    line.movePosition(QTextCursor::StartOfLine);
    const int lineStart = line.position();
    line.movePosition(QTextCursor::EndOfLine);
    const int lineEnd = line.position();
    const auto startsBefore = [this](int position, int passage) {
        return position < m_passages.at(passage).start;
    };
    const auto firstStarting = std::upper_bound(m_passageByStart.cbegin(), m_passageByStart.cend(),
                                                lineStart - 1, startsBefore);
    if (firstStarting != m_passageByStart.cend() && m_passages.at(*firstStarting).start < lineEnd)
        return *firstStarting;
    if (const int running = passageAtPosition(lineStart); running >= 0)
        return running;
    return firstStarting != m_passageByStart.cend() ? *firstStarting : m_passageByStart.last();
}

void PassageView::scrollToPassage(int passage)
{
    if (passage < 0 || passage >= m_passages.size() || m_passageByStart.isEmpty())
        return;
    int target = passage;
    if (!passageHasText(target)) {
        // No text in this language: use the next passage that has some, else the previous.
        const auto it =
            std::lower_bound(m_passageByStart.cbegin(), m_passageByStart.cend(), passage);
        target = it != m_passageByStart.cend() ? *it : m_passageByStart.last();
    }
    const PassageRange &range = m_passages.at(target);
    const QTextBlock block = document()->findBlockByNumber(range.block);
    // Asking for the bounding rect lays the block out, so its lines are known.
    document()->documentLayout()->blockBoundingRect(block);
    const QTextLine line = block.layout()->lineForTextPosition(range.start - block.position());
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
    const QList<QRectF> rects =
        rangeRects(m_passages.at(passage).start, m_passages.at(passage).length);
    QRectF united;
    for (const QRectF &rect : rects)
        united = united.united(rect);
    return united.toAlignedRect();
}

QRect PassageView::passageStartRect(int passage) const
{
    if (!passageHasText(passage))
        return {};
    return rangeRects(m_passages.at(passage).start, m_passages.at(passage).length)
        .value(0)
        .toAlignedRect();
}

double PassageView::passageFraction(int passage) const
{
    if (passage < 0 || passage >= m_passages.size() || m_plainText.isEmpty())
        return 0;
    return double(m_passages.at(passage).start) / double(m_plainText.size());
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

    if (!m_highlight.isEmpty()) {
        const QColor relevant = SideStyle::relevantTint(pal);
        auto it =
            std::lower_bound(m_highlight.passages().cbegin(), m_highlight.passages().cend(), 0,
                             [&](int passage, int) { return m_passages.at(passage).start < from; });
        for (; it != m_highlight.passages().cend() && m_passages.at(*it).start < to; ++it) {
            const int passage = *it;
            if (!passageHasText(passage))
                continue;
            const quint64 sides = m_highlight.evidenceSides(passage);
            QColor tint = relevant;
            if (sides != 0) {
                const int side = std::countr_zero(sides);
                if (side < m_briefing.sides().size())
                    tint = SideStyle::evidenceTint(m_briefing.sides().at(side).color, pal);
            }
            for (const QRectF &rect :
                 rangeRects(m_passages.at(passage).start, m_passages.at(passage).length)) {
                if (rect.intersects(area))
                    painter.fillRect(rect.adjusted(-1, 0, 1, 0), tint);
            }
        }
    }

    if (!m_findMatches.isEmpty()) {
        auto it = std::lower_bound(
            m_findMatches.cbegin(), m_findMatches.cend(), from,
            [](const FindMatch &match, int position) { return match.position < position; });
        for (; it != m_findMatches.cend() && it->position < to; ++it) {
            const bool current = it->position == m_currentFind.position && m_currentFind.length > 0;
            for (const QRectF &rect : rangeRects(it->position, it->length))
                painter.fillRect(rect, findTint(pal, current));
        }
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
        for (const QRectF &rect :
             rangeRects(m_passages.at(passage).start, m_passages.at(passage).length))
            path.addRoundedRect(rect.adjusted(-3, -1, 3, 1), 3, 3);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path.simplified());
    };
    const QColor accent = palette().color(QPalette::Highlight);
    if (m_hovered >= 0 && m_hovered != m_outlined) {
        QPen pen(palette().color(QPalette::PlaceholderText), 1, Qt::DotLine);
        outline(m_hovered, pen);
    }
    if (m_outlined >= 0)
        outline(m_outlined, QPen(accent, 2));
    if (m_currentFind.length > 0) {
        for (const QRectF &rect : rangeRects(m_currentFind.position, m_currentFind.length)) {
            painter.setPen(QPen(QColor(0xc2, 0x41, 0x0c), 1.5));
            painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 2, 2);
        }
    }
}

void PassageView::paintMargin(QPainter &painter, const QRect &area)
{
    Q_UNUSED(area);
    if (m_highlight.isEmpty())
        return;
    const auto [from, to] = visiblePositionRange();
    const QPalette &pal = palette();
    const QColor neutral = pal.color(QPalette::PlaceholderText);
    auto it =
        std::lower_bound(m_highlight.passages().cbegin(), m_highlight.passages().cend(), 0,
                         [&](int passage, int) { return m_passages.at(passage).start < from; });
    for (; it != m_highlight.passages().cend() && m_passages.at(*it).start < to; ++it) {
        const int passage = *it;
        const QRect rect = passageRect(passage);
        if (!rect.isValid())
            continue;
        const int top = rect.top() + 1;
        const int height = std::max(4, rect.height() - 2);
        quint64 sides = m_highlight.evidenceSides(passage);
        if (sides == 0) {
            // Relevant only: a thin neutral bar.
            painter.fillRect(QRect(gutterWidth - 6, top, 3, height), neutral);
            continue;
        }
        // Evidence: one patterned, outlined bar per side, so sides differ without colour.
        int x = gutterWidth - 8;
        while (sides != 0 && x >= 1) {
            const int side = std::countr_zero(sides);
            sides &= sides - 1;
            if (side >= m_briefing.sides().size())
                continue;
            const QColor color = m_briefing.sides().at(side).color;
            const QRect bar(x, top, 6, height);
            painter.fillRect(bar, pal.color(QPalette::Base));
            painter.fillRect(bar, SideStyle::markerBrush(side, color, pal));
            painter.setPen(SideStyle::markerColor(color, pal));
            painter.drawRect(bar.adjusted(0, 0, -1, -1));
            x -= 7;
        }
    }
}

void PassageView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    const int passage = passageAt(event->position().toPoint());
    if (passage != m_hovered) {
        m_hovered = passage;
        viewport()->update();
        Q_EMIT passageHovered(passage);
    }
}

void PassageView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a text selection, activates the passage.
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        const int passage = passageAt(event->position().toPoint());
        if (passage >= 0)
            Q_EMIT passageClicked(passage);
    }
}

void PassageView::leaveEvent(QEvent *event)
{
    QPlainTextEdit::leaveEvent(event);
    if (m_hovered >= 0) {
        m_hovered = -1;
        viewport()->update();
        Q_EMIT passageHovered(-1);
    }
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
