#pragma once

#include <QWidget>

class LibraryService;
class LibraryTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class SearchHitModel;

// File › Library… (Ctrl+L): every briefing in the library folders in a sortable table,
// filtered by date, side, issue and position; a search box over every language of titles,
// summaries, passages, stance summaries and terms, whose hits show a snippet with the
// words marked. It asks the window to open a briefing (at a passage or an issue), to
// compare two, or to follow an issue over time; it opens nothing itself.
class LibraryWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryWindow(LibraryService *service, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QListView *hitList() const { return m_hits; }
    QComboBox *issueFilter() const { return m_issue; }
    QComboBox *sideFilter() const { return m_side; }
    QComboBox *positionFilter() const { return m_position; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *skippedFilesButton() const { return m_problems; }
    QPushButton *timelineButton() const { return m_timeline; }

    // Runs the search in the field now (it otherwise waits for a pause in typing).
    void searchNow();

Q_SIGNALS:
    // Open `path`; then show the passage (if not empty) or select the issue (if not empty).
    void openRequested(const QString &path, const QString &passageId, const QString &issueId);
    void compareRequested(const QString &pathA, const QString &pathB);
    void timelineRequested(const QString &issueId);
    void chooseFoldersRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload(); // the table, the filters' choices and the search, from the index
    void reloadTable();
    void fillFilterChoices();
    void openSelected();
    void updateButtons();
    void showStatus();
    void listSkippedFiles();

    LibraryService *m_service;
    LibraryTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    SearchHitModel *m_hitModel;
    QLabel *m_foldersLabel;
    QPushButton *m_folders;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_sideLabel;
    QComboBox *m_side;
    QLabel *m_issueLabel;
    QComboBox *m_issue;
    QLabel *m_positionLabel;
    QComboBox *m_position;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QListView *m_hits;
    QLabel *m_hitsLabel;
    QLabel *m_status;
    QPushButton *m_problems; // "Skipped Files…", shown when some file could not be indexed
    QProgressBar *m_progress;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_timeline;
    bool m_lastSearchRanked = true;
    int m_shownProblems = -1;
};
