#pragma once

#include "format/diagnostic.h"
#include "model/briefing.h"

#include <QMainWindow>
#include <QPointer>

#include <array>

struct LoadResult;
class BriefPrinter;
class BriefingEditor;
class BriefingHeader;
class FindBar;
class InterfaceLanguage;
class IssueSidebar;
class QAction;
class QLabel;
class QMenu;
class QMessageBox;
class QSplitter;
class StancePanel;
class TextPane;

// Assembles the header, the two text panes, the issue sidebar, the stance panel and the
// find bar, and keeps them in step. Each part is its own widget; this class only wires
// their signals and owns the actions and settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `language` (optional) switches the interface language from the Language menu.
    explicit MainWindow(InterfaceLanguage *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads and shows a file. On failure the current document stays and a dialog lists the
    // diagnostics; returns false. Large files load on a worker thread with progress in the
    // status bar, the window staying responsive; then this returns true at once and
    // briefingChanged() or loadFailed() follows.
    bool openFile(const QString &path);
    static constexpr qint64 backgroundLoadBytes = 4 * 1024 * 1024;
    void setBriefing(const Briefing &briefing, const QString &filePath,
                     const QString &sourceDigest = {});
    const Briefing &briefing() const { return m_briefing; }
    QString filePath() const { return m_filePath; }

    // The interface language's preference order for titles and names ("ko", then English).
    void setLanguagePreference(const QStringList &languages);

    // A briefing made in the app (imported from text): shown, unsaved and modified.
    void startNewBriefing(const Briefing &briefing);

    void selectIssue(int issueIndex);
    int selectedIssue() const { return m_issue; }
    // The passage last jumped to or clicked, outlined in both panes; -1 for none.
    int currentPassage() const { return m_currentPassage; }
    void goToPassage(int passage);
    void goToNextHighlight();
    void goToPreviousHighlight();

    // Slot 0 shows the briefing's first language, slot 1 the second, whatever their order.
    TextPane *pane(int slot) const { return m_panes[std::size_t(slot)]; }
    bool panesSwapped() const { return m_swapped; }
    void setPanesSwapped(bool swapped);
    void setSynchronizedScrolling(bool on);
    bool synchronizedScrolling() const;
    IssueSidebar *sidebar() const { return m_sidebar; }
    StancePanel *stancePanel() const { return m_stancePanel; }
    FindBar *findBar() const { return m_findBar; }
    QMessageBox *errorDialog() const;
    BriefPrinter *briefPrinter() const { return m_briefPrinter; }
    BriefingEditor *editor() const { return m_editor; }

    // Window state from QSettings; left out for headless screenshots so they do not
    // depend on the last session.
    void readSettings();
    // Without a font that covers Hangul, Korean text would silently vanish (from the panes
    // and from the brief's PDF): say so once, at start-up.
    void warnIfKoreanFontMissing();
    // After a crash: offers the unsaved changes an earlier session left in a recovery copy.
    // Returns whether one was restored.
    bool offerRecovery();
    void writeSettings() const;

Q_SIGNALS:
    void loadFailed(const QString &path, const Diagnostics &diagnostics);
    void loadProgress(int percent);
    void briefingChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateWindowTitle();
    void updateStatus();
    void showLoadError(const QString &path, const Diagnostics &diagnostics);
    void showBriefing(const Briefing &briefing, bool keepView);
    bool finishOpening(const QString &path, const LoadResult &result);
    void openInBackground(const QString &path);
    void applyInterfaceLanguage(const QString &language);
    void openDialog();
    void newFromText();
    void updateUndoTexts();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void syncFrom(int slot, int topPassage);
    void hoverFrom(int slot, int passage);
    void updateFind(const QString &text);
    void moveFind(int step);
    void zoom(int steps);
    void fitIssueList();

    InterfaceLanguage *m_interfaceLanguage;
    Briefing m_briefing;
    QString m_filePath;
    QStringList m_languages{QStringLiteral("en")};
    int m_issue = -1;
    int m_currentPassage = -1;
    bool m_swapped = false;
    bool m_syncing = false;
    bool m_sideSplitterRestored = false;

    struct FindHit
    {
        int slot;
        int position;
        int length;
        int passage;
    };
    QList<FindHit> m_findHits;
    int m_findIndex = -1;

    BriefingHeader *m_header;
    BriefPrinter *m_briefPrinter;
    BriefingEditor *m_editor;
    class PassageEditActions *m_passageEdits = nullptr;
    std::array<TextPane *, 2> m_panes;
    QSplitter *m_textSplitter;
    QSplitter *m_sideSplitter;
    QSplitter *m_mainSplitter;
    IssueSidebar *m_sidebar;
    StancePanel *m_stancePanel;
    FindBar *m_findBar;
    QLabel *m_statusCounts;
    QLabel *m_loadLabel;
    class QProgressBar *m_loadProgress;
    int m_loadGeneration = 0;
    QPointer<QMessageBox> m_errorDialog;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newFromTextAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_clearSelectionAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
};
