// What the keyboard does in a text pane: paging as in a reader, and keeping the reader on
// the same passage when Tab brings the focus here from the other pane.
#include "reading/passageview.h"

#include "document/readingstate.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextCursor>

void PassageView::keyPressEvent(QKeyEvent *event)
{
    // Page Up and Page Down turn the page, as in a reader, wherever the caret is: QTextEdit
    // moves the caret a page and scrolls only if it could (not from the first line up).
    if (event->matches(QKeySequence::MoveToNextPage)
        || event->matches(QKeySequence::MoveToPreviousPage)) {
        verticalScrollBar()->triggerAction(event->matches(QKeySequence::MoveToNextPage)
                                               ? QAbstractSlider::SliderPageStepAdd
                                               : QAbstractSlider::SliderPageStepSub);
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
    // QTextEdit scrolls only as far as the caret's line: the start and end of the document
    // mean the very top and bottom, margins and all, so both panes show their first or last
    // lines whole.
    if (event->matches(QKeySequence::MoveToStartOfDocument)
        || event->matches(QKeySequence::SelectStartOfDocument))
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    else if (event->matches(QKeySequence::MoveToEndOfDocument)
             || event->matches(QKeySequence::SelectEndOfDocument)) {
        // The last rows are measured as they come into view, which moves the end: follow it.
        for (int round = 0;
             round < 4 && verticalScrollBar()->value() != verticalScrollBar()->maximum(); ++round)
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    }
}

void PassageView::focusInEvent(QFocusEvent *event)
{
    // Tabbing from one pane to the other keeps the reader on the same passage: the cursor
    // comes to the current passage's counterpart here, unless it is already in it (a
    // screen reader starts reading at the cursor). A click places the cursor itself.
    const bool byKeyboard = event->reason() == Qt::TabFocusReason
        || event->reason() == Qt::BacktabFocusReason || event->reason() == Qt::ShortcutFocusReason;
    const int current = m_state->currentPassage();
    if (byKeyboard && current >= 0 && current < passageCount() && !textCursor().hasSelection()) {
        const int start = passagePosition(current);
        const int position = textCursor().position();
        if (position < start || position > start + passageLength(current)) {
            QTextCursor cursor = textCursor();
            cursor.setPosition(start);
            // Quietly: the caret-moved event QTextEdit sends for a move (from its text
            // control's cursorPositionChanged) would reach a screen reader before the focus
            // event, and Orca then takes the pane for already focused and announces
            // nothing. The focus event that follows reads the line at the new caret.
            {
                const QSignalBlocker quiet(textControl());
                setTextCursor(cursor);
            }
            viewport()->update();
            ensureCursorVisible();
        }
    }
    QTextEdit::focusInEvent(event);
}

QObject *PassageView::textControl() const
{
    // QTextEdit's private QWidgetTextControl, its child.
    for (QObject *child : children()) {
        if (child->inherits("QWidgetTextControl"))
            return child;
    }
    return nullptr;
}
