#pragma once

#include <QList>
#include <QWidget>

class BriefingDocument;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class WrappedLabel;

// The contested wordings the briefing's texts use: one entry per concept found, with under
// it each wording, how often it occurs and whose wording it is ("오염수 ×2 — South Korea's
// wording"). Choosing an entry, or Next and Previous, steps through its occurrences in both
// panes; the concept's note and source are shown below. All text is plain text.
class TermsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TermsPanel(BriefingDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // To the next (+1) or previous (-1) occurrence of the chosen concept or wording, round
    // the end, shown in both panes. False when nothing is chosen.
    bool step(int direction);
    // The occurrence stepped to, as an index into TermIndex::occurrences(), or -1.
    int currentOccurrence() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void chosen();
    QList<int> chosenOccurrences() const;
    void updatePosition();

    BriefingDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_placeholder;
    WrappedLabel *m_note;
    QLabel *m_position;
    QToolButton *m_previous;
    QToolButton *m_next;
    int m_current = -1;
};
