#include "reading/passageaccessible.h"

#include "document/readingstate.h"
#include "model/briefing.h"
#include "model/languagenames.h"
#include "reading/passageview.h"
#include "widgets/languagepreference.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
// Document text to one line of a screen reader's words.
QString oneLine(QString text, int limit)
{
    text.replace(QChar::ParagraphSeparator, u' ');
    text.replace(u'\n', u' ');
    if (text.size() > limit)
        text = text.left(limit).trimmed() + u'…';
    return text;
}

// AT-SPI text attributes travel as "name:value;" (Qt's bridge splits on both): keep
// document text from breaking them.
QString attributeValue(QString value)
{
    value.replace(u';', u',');
    value.replace(u':', u'：');
    return oneLine(value, 160);
}

void announceDescription(PassageView *view)
{
    // Only the pane the reader is in speaks: the other one follows silently.
    if (!view->hasFocus())
        return;
    QAccessibleEvent event(view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className != QLatin1String(PassageView::staticMetaObject.className()) || !object)
        return nullptr;
    auto *view = static_cast<PassageView *>(object);
    // The factory runs only once a screen reader (or a test) asks: following the reading
    // state here costs nothing to readers who use none.
    ReadingState *state = view->readingState();
    QObject::connect(state, &ReadingState::currentPassageChanged, view,
                     [view] { announceDescription(view); });
    QObject::connect(state, &ReadingState::selectedIssueChanged, view,
                     [view] { announceDescription(view); });
    return new PassageAccessible(view);
}
} // namespace

PassageAccessible::PassageAccessible(PassageView *view)
    : QAccessibleWidget(view, QAccessible::EditableText)
{ }

void PassageAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

// Qt caches the first interface made for an object, and with a screen reader running it
// makes one for each widget as it is constructed (QWidget::setAccessibleName and friends
// send updates). A factory installed in a pane's constructor came too late for the first
// pane's view, which then read as a plain QPlainTextEdit; install it as the application
// starts, before any widget exists.
namespace {
void installPassageAccessibleFactory()
{
    PassageAccessible::install();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installPassageAccessibleFactory)

PassageView *PassageAccessible::view() const
{
    return static_cast<PassageView *>(widget());
}

void *PassageAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State PassageAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    state.selectableText = true;
    state.focusable = true;
    return state;
}

QString PassageAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description) {
        int current = view()->readingState()->currentPassage();
        if (current < 0) {
            // Nothing is current until the cursor first moves; the reader is still at
            // the passage where the cursor sits.
            const int position = view()->textCursor().position();
            current = view()->passageAtPosition(position);
            if (current < 0 && position > 0)
                current = view()->passageAtPosition(position - 1);
        }
        const QString passage = describePassage(*view(), current);
        const QString own = view()->accessibleDescription();
        return passage.isEmpty() ? own : own + u' ' + passage;
    }
    return QAccessibleWidget::text(t);
}

QString PassageAccessible::describePassage(const PassageView &view, int passage)
{
    const Briefing &briefing = view.readingState()->briefing();
    if (passage < 0 || passage >= briefing.passages().size())
        return {};
    const QStringList preference = languagePreference(&view);
    QStringList parts{tr("Passage %1 of %2.").arg(passage + 1).arg(briefing.passages().size())};
    QStringList issues;
    QStringList evidence;
    for (const Issue &issue : briefing.issues()) {
        if (!issue.relevantPassages.contains(passage))
            continue;
        const QString title = issue.title.preferred(preference);
        issues.append(title);
        for (const Stance &stance : issue.stances) {
            if (stance.evidence.contains(passage) && stance.side >= 0
                && stance.side < briefing.sides().size())
                evidence.append(
                    tr("evidence of %1's position on %2", "side, issue")
                        .arg(briefing.sides().at(stance.side).name.preferred(preference), title));
        }
    }
    const int selected = view.readingState()->selectedIssue();
    if (selected >= 0 && selected < briefing.issues().size()
        && briefing.issues().at(selected).relevantPassages.contains(passage))
        parts.append(tr("Part of the selected issue."));
    if (!issues.isEmpty())
        parts.append(tr("Issues: %1.", "topics of the talks").arg(issues.join(u"; "_s)));
    if (!evidence.isEmpty()) {
        QString sentence = evidence.join(u"; "_s);
        sentence[0] = sentence.at(0).toUpper();
        parts.append(sentence + u'.');
    }
    const int other = view.languageSlot() == 0 ? 1 : 0;
    const QString language = LanguageNames::nativeName(briefing.languages().at(std::size_t(other)));
    const QString counterpart = briefing.passages().at(passage).text.at(std::size_t(other));
    parts.append(counterpart.isEmpty()
                     ? tr("No counterpart in %1.", "%1: a language's name").arg(language)
                     : tr("In %1: %2", "%1: a language's name; %2: the passage's text in it")
                           .arg(language, oneLine(counterpart, 300)));
    return parts.join(u' ');
}

void PassageAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = view()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    }
}

int PassageAccessible::selectionCount() const
{
    return view()->textCursor().hasSelection() ? 1 : 0;
}

void PassageAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void PassageAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = view()->textCursor();
    cursor.clearSelection();
    view()->setTextCursor(cursor);
}

void PassageAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    const int count = characterCount();
    QTextCursor cursor = view()->textCursor();
    cursor.setPosition(std::clamp(startOffset, 0, count));
    cursor.setPosition(std::clamp(endOffset, 0, count), QTextCursor::KeepAnchor);
    view()->setTextCursor(cursor);
}

int PassageAccessible::cursorPosition() const
{
    return view()->textCursor().position();
}

void PassageAccessible::setCursorPosition(int position)
{
    QTextCursor cursor = view()->textCursor();
    cursor.setPosition(std::clamp(position, 0, characterCount()));
    view()->setTextCursor(cursor);
}

QString PassageAccessible::text(int startOffset, int endOffset) const
{
    const int count = characterCount();
    if (endOffset < 0 || endOffset > count)
        endOffset = count;
    startOffset = std::clamp(startOffset, 0, endOffset);
    QTextCursor cursor(view()->document());
    cursor.setPosition(startOffset);
    cursor.setPosition(endOffset, QTextCursor::KeepAnchor);
    // selectedText() marks block ends with U+2029; a reader wants a line break.
    return cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

QString PassageAccessible::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                        int *startOffset, int *endOffset) const
{
    // A line is what the reader sees on one line of the pane; Qt's default takes a line
    // to end only at a line break, which here is a whole row of passages.
    if (boundaryType == QAccessible::LineBoundary) {
        const int count = characterCount();
        const QTextBlock block = view()->document()->findBlock(std::clamp(offset, 0, count));
        const QTextLayout *layout = block.layout();
        if (block.isValid() && layout && layout->lineCount() > 0) {
            const QTextLine line = layout->lineForTextPosition(offset - block.position());
            if (line.isValid()) {
                *startOffset = block.position() + line.textStart();
                *endOffset = *startOffset + line.textLength();
                return text(*startOffset, *endOffset);
            }
        }
    }
    return QAccessibleTextInterface::textAtOffset(offset, boundaryType, startOffset, endOffset);
}

int PassageAccessible::characterCount() const
{
    return std::max(0, view()->document()->characterCount() - 1);
}

QRect PassageAccessible::characterRect(int offset) const
{
    QTextCursor cursor(view()->document());
    cursor.setPosition(std::clamp(offset, 0, characterCount()));
    QRect rect = view()->cursorRect(cursor);
    const QFontMetrics metrics(view()->font());
    const int next = offset < characterCount() ? offset : offset - 1;
    rect.setWidth(next >= 0 ? metrics.horizontalAdvance(view()->document()->characterAt(next)) : 1);
    return QRect(view()->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

int PassageAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(point);
    return view()->cursorForPosition(local).position();
}

void PassageAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    const int passage = view()->passageAtPosition(std::clamp(startIndex, 0, characterCount()));
    if (passage >= 0)
        view()->ensurePassageVisible(passage);
    Q_UNUSED(endIndex);
}

QString PassageAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    const int count = characterCount();
    offset = std::clamp(offset, 0, count);
    const int passage = view()->passageAtPosition(offset);
    if (passage < 0) {
        // Between passages: a run of one character with no attributes.
        *startOffset = offset;
        *endOffset = std::min(offset + 1, count);
        return {};
    }
    *startOffset = view()->passagePosition(passage);
    *endOffset = *startOffset + view()->passageLength(passage);
    const Briefing &briefing = view()->readingState()->briefing();
    const QStringList preference = languagePreference(view());
    QStringList issues;
    QStringList evidence;
    for (const Issue &issue : briefing.issues()) {
        if (!issue.relevantPassages.contains(passage))
            continue;
        issues.append(issue.title.preferred(preference));
        for (const Stance &stance : issue.stances) {
            if (stance.evidence.contains(passage) && stance.side >= 0
                && stance.side < briefing.sides().size())
                evidence.append(briefing.sides().at(stance.side).name.preferred(preference));
        }
    }
    QStringList attributes{u"passage:"_s + QString::number(passage + 1)};
    if (passage == view()->readingState()->currentPassage())
        attributes.append(u"current-passage:true"_s);
    if (!issues.isEmpty())
        attributes.append(u"issues:"_s + attributeValue(issues.join(u", "_s)));
    if (!evidence.isEmpty())
        attributes.append(u"evidence-of:"_s + attributeValue(evidence.join(u", "_s)));
    const int other = view()->languageSlot() == 0 ? 1 : 0;
    const QString counterpart = briefing.passages().at(passage).text.at(std::size_t(other));
    if (!counterpart.isEmpty())
        attributes.append(u"counterpart:"_s + attributeValue(counterpart));
    return attributes.join(u';') + u';';
}
