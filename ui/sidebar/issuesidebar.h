#pragma once

#include <QWidget>

class BriefingDocument;
class IssueListModel;
class ReadingState;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// The list of the open briefing's issues with a filter field above it. The selection is the
// reading state's selected issue: choosing a row, by mouse or keyboard, selects that issue
// everywhere, and an issue selected elsewhere is shown selected here.
class IssueSidebar final : public QWidget
{
    Q_OBJECT

public:
    // Tall enough for the issues of the briefing (up to a dozen rows), so the stance panel
    // below gets the rest.
    QSize sizeHint() const override;
    explicit IssueSidebar(BriefingDocument *document, QWidget *parent = nullptr);

    // The selected issue (index into Briefing::issues()), or -1.
    int currentIssue() const;
    // Selects an issue, clearing the filter if it hides it; -1 clears the selection.
    void selectIssue(int issueIndex);

    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    IssueListModel *model() const { return m_model; }

Q_SIGNALS:
    // The reader chose an issue in the list (not a selection made elsewhere and shown here).
    void issueChosen(int issue);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &text);
    bool handleFilterKey(int key);
    bool handleListKey(int key);
    int selectedRow() const;
    void showSelection(int issueIndex);
    void reportSelection();
    void keepCurrentRow();
    void announceCurrentRow();

    ReadingState *m_state;
    IssueListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
    // Set while the list shows the reading state's selection: not the reader's choice.
    bool m_showing = false;
};
