#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class BriefingDocument;
class ComparisonWindow;
class LibraryService;
class LibraryWindow;
class QAction;
class QMenu;
class QWidget;
class TimelineWindow;

// The library's entries in the main window's menus: File › Library… (Ctrl+L), File › Open
// Library Folder…, File › Compare With…, and View › Issue Timeline. The library's service
// (its index and the worker thread that keeps it current) starts the first time one of them
// is used, so that opening a briefing never waits for it. What the library windows ask to
// open comes out as openRequested(); the main window opens it.
class LibraryActions final : public QObject
{
    Q_OBJECT

public:
    LibraryActions(BriefingDocument *document, QWidget *window);
    ~LibraryActions() override;

    void addToFileMenu(QMenu *menu);
    QAction *libraryAction() const { return m_library; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *compareAction() const { return m_compare; }
    QAction *timelineAction() const { return m_timeline; }
    void retranslateUi();

    LibraryService *service();
    LibraryWindow *showLibrary();
    // The timeline of `issueId` (the open briefing's selected issue when empty).
    TimelineWindow *showTimeline(const QString &issueId = {});
    // Two briefings side by side; an error message in a dialog when one cannot be read.
    ComparisonWindow *showComparison(const QString &pathA, const QString &pathB);
    ComparisonWindow *comparisonWindow() const;

    // Where the library keeps its index (empty: the user's cache location); for tests.
    void setDatabasePath(const QString &path) { m_databasePath = path; }

Q_SIGNALS:
    void openRequested(const QString &path, const QString &passageId, const QString &issueId);

private:
    void chooseFolder();
    void compareWithOpenBriefing();
    void updateTimelineAction();

    BriefingDocument *m_document;
    QWidget *m_window;
    QString m_databasePath;
    LibraryService *m_service = nullptr;
    QPointer<LibraryWindow> m_libraryWindow;
    QPointer<TimelineWindow> m_timelineWindow;
    QPointer<ComparisonWindow> m_comparison;
    QAction *m_library;
    QAction *m_openFolder;
    QAction *m_compare;
    QAction *m_timeline;
};
