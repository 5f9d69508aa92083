#pragma once

#include "model/briefing.h"

#include <QWidget>

class IssueListModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// The list of a briefing's issues with a filter field above it. Selecting an issue, by
// mouse or keyboard, emits issueSelected(); clearing the selection emits it with -1.
class IssueSidebar final : public QWidget
{
    Q_OBJECT

public:
    // Tall enough for the issues of the briefing (up to a dozen rows), so the stance panel
    // below gets the rest.
    QSize sizeHint() const override;
    explicit IssueSidebar(QWidget *parent = nullptr);

    void setBriefing(const Briefing &briefing);
    void setLanguagePreference(const QStringList &languages);

    // The selected issue (index into Briefing::issues()), or -1.
    int currentIssue() const { return m_currentIssue; }
    // Selects an issue, clearing the filter if it hides it; -1 clears the selection.
    // Emits issueSelected() when the selection changes.
    void selectIssue(int issueIndex);

    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    IssueListModel *model() const { return m_model; }

Q_SIGNALS:
    void issueSelected(int issueIndex);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &text);
    bool handleFilterKey(int key);
    bool handleListKey(int key);
    int selectedIssue() const;
    void syncSelection();

    IssueListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
    int m_currentIssue = -1;
};
