#pragma once

#include "library/issuetimeline.h"

#include <QWidget>

class LibraryService;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// View › Issue Timeline: one issue followed across the library's briefings, a column per
// meeting by date, a row per side, each cell that side's stance with its summary as tool
// tip. A position that differs from the side's previous one is marked (Δ, in bold). A
// click opens that briefing at that issue. Exports as CSV and as a PNG image; Aliases…
// declares another issue id the same issue.
class TimelineWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWindow(LibraryService *service, QWidget *parent = nullptr);

    void showIssue(const QString &issueId);
    const IssueTimeline &timeline() const { return m_timeline; }
    QTableWidget *grid() const { return m_grid; }
    QComboBox *issueChoice() const { return m_issue; }

    bool exportCsv(const QString &path) const;
    bool exportImage(const QString &path) const;

Q_SIGNALS:
    void openRequested(const QString &path, const QString &passageId, const QString &issueId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillIssues();
    void rebuild();
    void editAliases();

    LibraryService *m_service;
    IssueTimeline m_timeline;
    QLabel *m_issueLabel;
    QComboBox *m_issue;
    QPushButton *m_aliases;
    QPushButton *m_csv;
    QPushButton *m_image;
    QLabel *m_summary;
    QTableWidget *m_grid;
};
