#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QString>

class PassageView;
class QObject;

// What a screen reader finds in a text pane (issue 19). PassageView paints what the reader
// sees over the text (the selected issue's tints and bars, the current passage's outline,
// evidence, find matches); this interface says it in words. The text is read through
// QAccessibleTextInterface at the text document's own offsets (so the caret events
// QTextEdit sends stay true); every offset's text attributes name its passage, the issues it
// belongs to, whose evidence it is and its counterpart in the other language; the
// description tells the passage at the cursor. Installed by install(), once per process.
class PassageAccessible final
    : public QAccessibleWidget
    , public QAccessibleTextInterface
{
    Q_DECLARE_TR_FUNCTIONS(PassageAccessible)

public:
    explicit PassageAccessible(PassageView *view);

    static void install();
    // The passage at the cursor in words: "Passage 4 of 20. Issues: …. Evidence of …'s
    // position on …. In English: …". Empty without a passage.
    static QString describePassage(const PassageView &view, int passage);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                         int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    PassageView *view() const;
};
