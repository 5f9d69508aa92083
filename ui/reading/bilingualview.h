#pragma once

#include <QWidget>

#include <array>

class BriefingDocument;
class FindBar;
class QAction;
class QMenu;
class QSettings;
class QSplitter;
class ReadingState;
class RowGeometry;
class TextPane;

// The two languages side by side: two text panes with their scrolling kept in step, the
// find bar below them, and the View actions that work on them (next and previous
// highlighted passage, swap, synchronize, zoom) and Find. Everything the reader does here
// goes through the reading state, so the panes, the sidebar and the edit actions agree on
// where the reader is.
class BilingualView final : public QWidget
{
    Q_OBJECT

public:
    explicit BilingualView(BriefingDocument *document, QWidget *parent = nullptr);

    // Slot 0 shows the briefing's first language, slot 1 the second, whatever their order.
    TextPane *pane(int slot) const { return m_panes[std::size_t(slot)]; }
    RowGeometry *rowGeometry() const { return m_rows; }

    // How the two texts are set against each other (View › Layout).
    enum class RowLayout { Paragraphs, Passages, Stacked };
    RowLayout rowLayout() const { return m_rowLayout; }
    // "paragraphs", "passages", "stacked" (as --layout names them); paragraphs otherwise.
    static RowLayout rowLayoutNamed(const QString &name);
    void setRowLayout(RowLayout layout);
    FindBar *findBar() const { return m_findBar; }

    bool panesSwapped() const { return m_swapped; }
    void setPanesSwapped(bool swapped);
    bool synchronizedScrolling() const;
    void setSynchronizedScrolling(bool on);
    int zoomSteps() const;
    void zoomBy(int steps);

    QAction *findAction() const { return m_find; }
    // The View menu's actions, in menu order; nullptr marks a separator.
    QList<QAction *> viewActions() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    // A notice for the status bar (a wrap round the end, the passage under the mouse).
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const char *name);
    QString matchPlace(int match) const;
    void retranslateUi();
    void updateActions();
    void syncFrom(int slot);
    void reveal(int passage);
    void revealIssue();
    // Scrolls as little as it takes to show all of `passages` whole in both panes (as many
    // from the first as fit).
    void revealTogether(const QList<int> &passages);
    void updateRowSpacing();
    void showHovered(int passage);

    BriefingDocument *m_document;
    ReadingState *m_state;
    RowGeometry *m_rows;
    std::array<TextPane *, 2> m_panes;
    RowLayout m_rowLayout = RowLayout::Paragraphs;
    int m_shownIssue = -1;
    int m_reveals = 0; // how many times something was brought into view
    QSplitter *m_splitter;
    FindBar *m_findBar;
    bool m_swapped = false;
    bool m_syncing = false; // one pane is being brought to the other's position

    QAction *m_find;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_swap;
    QAction *m_sync;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    QAction *m_paragraphRows;
    QAction *m_passageRows;
    QAction *m_stacked;
    QMenu *m_layoutMenu;
    bool m_stepToFirstMatch = false; // the find text changed; no match stepped to yet
};
