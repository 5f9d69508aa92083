#pragma once

#include <QMainWindow>

class BilingualView;
class BriefingDocument;
class BriefingHeader;
class BriefPrinter;
class PairsExporter;
class DocumentActions;
class EditActions;
class FindBar;
class InterfaceLanguage;
class LibraryActions;
class IssueSidebar;
class QAction;
class QMenu;
class QSplitter;
class ReadingState;
class ReviewPanel;
class StancePanel;
class TermActions;
class TermsPanel;
class QTabWidget;
class TextPane;

// Assembles the window around one open briefing: the header, the two languages side by side
// (BilingualView), the issue list and the stance panel, the menus and the status bar. It owns
// the document; every part observes the document and its reading state, and none knows the
// others' insides. The File menu's work is DocumentActions', the Edit menu's EditActions',
// the brief's BriefPrinter's.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `language` (optional) switches the interface language from the Language menu.
    explicit MainWindow(InterfaceLanguage *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    BriefingDocument *document() const { return m_document; }
    ReadingState *readingState() const;
    DocumentActions *documentActions() const { return m_documentActions; }
    EditActions *editActions() const { return m_editActions; }
    BriefPrinter *briefPrinter() const { return m_briefPrinter; }
    PairsExporter *pairsExporter() const { return m_pairsExporter; }
    LibraryActions *libraryActions() const { return m_libraryActions; }
    // Opens `path` (unless it is open already) and shows the passage, or selects the issue,
    // that the library, a timeline or a comparison pointed at.
    void openFromLibrary(const QString &path, const QString &passageId, const QString &issueId);
    BilingualView *bilingualView() const { return m_view; }
    TextPane *pane(int slot) const;
    FindBar *findBar() const;
    IssueSidebar *sidebar() const { return m_sidebar; }
    StancePanel *stancePanel() const { return m_stancePanel; }
    BriefingHeader *header() const { return m_header; }
    TermsPanel *termsPanel() const { return m_termsPanel; }
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    // Stances, Terms and Review, below the issue list.
    QTabWidget *detailTabs() const { return m_detailTabs; }

    // Window state from QSettings; left out for headless screenshots so they do not depend
    // on the last session.
    void readSettings();
    void writeSettings() const;
    // Without a font that covers Hangul, Korean text would silently vanish (from the panes
    // and from the brief's PDF): say so once, at start-up.
    void warnIfKoreanFontMissing();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus(InterfaceLanguage *language);
    void orderTabStops();
    void retranslateUi();
    void retranslateTabs();
    // The words selected in a text pane, for Edit › Add Term….
    QString selectedWords() const;
    void updateWindowTitle();
    void followInterfaceLanguage(const QString &language);
    void fitIssueList();
    void showLibraryTarget();
    void showIssueContextMenu(const QPoint &position);

    BriefingDocument *m_document;
    BriefingHeader *m_header;
    BilingualView *m_view;
    IssueSidebar *m_sidebar;
    StancePanel *m_stancePanel;
    TermsPanel *m_termsPanel;
    ReviewPanel *m_reviewPanel;
    QTabWidget *m_detailTabs;
    int m_openFindings = 0;
    DocumentActions *m_documentActions;
    EditActions *m_editActions;
    TermActions *m_termActions;
    BriefPrinter *m_briefPrinter;
    PairsExporter *m_pairsExporter;
    LibraryActions *m_libraryActions;
    // What openFromLibrary() is to show once the briefing is open (it may load in the
    // background): a passage id, an issue id, and the file they belong to.
    struct LibraryTarget
    {
        QString path;
        QString passageId;
        QString issueId;
    } m_libraryTarget;
    QSplitter *m_sideSplitter;
    QSplitter *m_mainSplitter;
    bool m_sideSplitterRestored = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit;
    QAction *m_clearSelection;
    QAction *m_about;
    QAction *m_keyboardShortcuts;
};
