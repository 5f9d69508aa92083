#include "window/mainwindow.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "editing/editactions.h"
#include "editing/termactions.h"
#include "i18n/interfacelanguage.h"
#include "libraryviews/libraryactions.h"
#include "printing/briefprinter.h"
#include "reading/bilingualview.h"
#include "reading/briefingheader.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "sidebar/issuesidebar.h"
#include "sidebar/reviewpanel.h"
#include "sidebar/stancepanel.h"
#include "sidebar/termspanel.h"
#include "widgets/deferredicon.h"
#include "widgets/languagepreference.h"
#include "widgets/shortcuts.h"
#include "window/contrastmode.h"
#include "window/documentactions.h"
#include "window/documentstatus.h"
#include "window/languagemenu.h"
#include "window/librarytimelines.h"
#include "window/pairsexporter.h"
#include "window/shortcutsdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(InterfaceLanguage *language, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new BriefingDocument(this))
    , m_header(new BriefingHeader(m_document, this))
    , m_view(new BilingualView(m_document, this))
    , m_sidebar(new IssueSidebar(m_document, this))
    , m_stancePanel(new StancePanel(m_document, this))
    , m_termsPanel(new TermsPanel(m_document, this))
    , m_reviewPanel(new ReviewPanel(m_document, this))
    , m_detailTabs(new QTabWidget(this))
    , m_documentActions(new DocumentActions(m_document, this))
    , m_editActions(new EditActions(m_document, this))
    , m_termActions(new TermActions(m_document, this, [this] { return selectedWords(); }))
    , m_briefPrinter(new BriefPrinter(m_document, this))
    , m_pairsExporter(new PairsExporter(m_document, this))
    , m_libraryActions(new LibraryActions(m_document, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_quit(new QAction(this))
    , m_clearSelection(new QAction(this))
    , m_about(new QAction(this))
    , m_keyboardShortcuts(new QAction(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);

    auto *documentArea = new QWidget(this);
    auto *documentLayout = new QVBoxLayout(documentArea);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(0);
    documentLayout->addWidget(m_header);
    documentLayout->addWidget(m_view, 1);

    m_sideSplitter->setObjectName(u"sideSplitter"_s);
    m_sideSplitter->addWidget(m_sidebar);
    m_detailTabs->setObjectName(u"detailTabs"_s);
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_stancePanel, QString());
    m_detailTabs->addTab(m_termsPanel, QString());
    m_detailTabs->addTab(m_reviewPanel, QString());
    m_sideSplitter->addWidget(m_detailTabs);
    connect(m_reviewPanel, &ReviewPanel::openCountChanged, this, [this](int open) {
        m_openFindings = open;
        retranslateTabs();
    });
    // An issue chosen in the list is an issue to see the stances on.
    connect(m_sidebar, &IssueSidebar::issueChosen, this,
            [this] { m_detailTabs->setCurrentWidget(m_stancePanel); });
    // The issue list takes the height its rows need; the panels below it the rest.
    m_sideSplitter->setStretchFactor(0, 0);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setChildrenCollapsible(false);
    connect(m_sideSplitter, &QSplitter::splitterMoved, this,
            [this] { m_sideSplitterRestored = true; });

    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(documentArea);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({320, 960});
    setCentralWidget(m_mainSplitter);

    statusBar()->addWidget(m_documentActions->loadIndicator());
    statusBar()->addPermanentWidget(new DocumentStatus(m_document, this));
    const auto showMessage = [this](const QString &text, int timeout) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeout);
    };
    connect(m_view, &BilingualView::statusMessage, this, showMessage);
    connect(m_documentActions, &DocumentActions::statusMessage, this, showMessage);
    connect(m_editActions, &EditActions::statusMessage, this, showMessage);
    connect(m_termActions, &TermActions::statusMessage, this, showMessage);
    connect(m_pairsExporter, &PairsExporter::statusMessage, this, showMessage);
    connect(m_briefPrinter, &BriefPrinter::exported, this, [showMessage](const QString &path) {
        showMessage(tr("Brief saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_briefPrinter, &BriefPrinter::failed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Export Brief"), message,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_stancePanel, &StancePanel::editRequested, m_editActions->editIssueAction(),
            &QAction::trigger);
    connect(m_libraryActions, &LibraryActions::openRequested, this, &MainWindow::openFromLibrary);
    m_briefPrinter->setTimelineProvider(libraryTimelineProvider(m_libraryActions, m_document));
    connect(m_documentActions, &DocumentActions::opened, this, &MainWindow::showLibraryTarget);
    m_sidebar->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar->view(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showIssueContextMenu);

    connect(m_document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(DocumentChange::Properties))
            updateWindowTitle();
        if (change.cause == DocumentChange::Cause::Opened && isVisible())
            fitIssueList();
    });
    connect(m_document, &BriefingDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &BriefingDocument::locationChanged, this, &MainWindow::updateWindowTitle);

    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setIcon(DeferredIcon::themed(u"application-exit"_s, QStyle::SP_DialogCloseButton));
    m_quit->setShortcuts(
        standardShortcuts(QKeySequence::Quit, {QKeySequence(Qt::CTRL | Qt::Key_Q)}));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_clearSelection->setObjectName(u"clearSelectionAction"_s);
    connect(m_clearSelection, &QAction::triggered, this,
            [this] { readingState()->selectIssue(-1); });
    m_keyboardShortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    m_keyboardShortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_keyboardShortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setIcon(DeferredIcon::themed(u"help-about"_s, QStyle::SP_MessageBoxInformation));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Bilateral"),
                           tr("<p><b>Bilateral</b> %1</p><p>A viewer for bilingual diplomatic "
                              "briefings: the two language versions side by side, the "
                              "issues discussed and where each side stands.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    for (QAction *action : {m_quit, m_clearSelection, m_keyboardShortcuts})
        addAction(action);

    createMenus(language);
    orderTabStops();
    retranslateUi();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

ReadingState *MainWindow::readingState() const
{
    return m_document->readingState();
}

TextPane *MainWindow::pane(int slot) const
{
    return m_view->pane(slot);
}

FindBar *MainWindow::findBar() const
{
    return m_view->findBar();
}

QString MainWindow::selectedWords() const
{
    // The pane with focus first: the reader selected in the pane they are in.
    for (const int slot : {0, 1}) {
        const QTextEdit *text = pane(slot)->view();
        if (text->hasFocus() && text->textCursor().hasSelection())
            return text->textCursor().selectedText();
    }
    for (const int slot : {0, 1}) {
        const QTextEdit *text = pane(slot)->view();
        if (text->textCursor().hasSelection())
            return text->textCursor().selectedText();
    }
    return {};
}

void MainWindow::createMenus(InterfaceLanguage *language)
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_documentActions->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_libraryActions->addToFileMenu(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_briefPrinter->exportAction());
    m_fileMenu->addAction(m_briefPrinter->printAction());
    m_fileMenu->addAction(m_briefPrinter->previewAction());
    m_fileMenu->addAction(m_pairsExporter->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_fileMenu->setToolTipsVisible(true);

    m_editMenu = menuBar()->addMenu(QString());
    m_editActions->addTo(m_editMenu);
    m_editMenu->addAction(m_termActions->addTermAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_view->findAction());
    m_editMenu->addAction(m_clearSelection);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_view->viewActions()) {
        if (action)
            m_viewMenu->addAction(action);
        else
            m_viewMenu->addSeparator();
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_libraryActions->timelineAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(ContrastMode::instance()->action());
    m_viewMenu->setToolTipsVisible(true);

    if (language) {
        menuBar()->addMenu(new LanguageMenu(language, this));
        connect(language, &InterfaceLanguage::changed, this, &MainWindow::followInterfaceLanguage);
        followInterfaceLanguage(language->current());
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_keyboardShortcuts);
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslateUi()
{
    m_libraryActions->retranslateUi();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_clearSelection->setText(tr("C&lear Issue Selection", "issue: a topic of the talks"));
    m_about->setText(tr("&About Bilateral"));
    m_keyboardShortcuts->setText(tr("&Keyboard Shortcuts"));
    ContrastMode::instance()->retranslateUi();
    m_documentActions->retranslateUi();
    m_editActions->retranslateUi();
    m_termActions->retranslateUi();
    m_briefPrinter->retranslateUi();
    m_pairsExporter->retranslateUi();
    retranslateTabs();
    updateWindowTitle();
}

void MainWindow::retranslateTabs()
{
    // QTabBar names its scroll buttons in English only ("Scroll Left"; Qt's own Korean and
    // Japanese catalogues lack them), and a screen reader reads them out: name them here.
    // The tab bar makes the left one first.
    const QList<QToolButton *> scrollButtons =
        m_detailTabs->tabBar()->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    if (scrollButtons.size() == 2) {
        scrollButtons.at(0)->setAccessibleName(tr("Earlier tabs"));
        scrollButtons.at(1)->setAccessibleName(tr("Later tabs"));
    }
    m_detailTabs->setAccessibleName(tr("Issue details"));
    m_detailTabs->setTabText(0, tr("Stances"));
    m_detailTabs->setTabText(1, tr("Terms", "contested wordings"));
    m_detailTabs->setTabText(
        2,
        m_openFindings > 0
            ? tr("Review (%1)", "translation review; open findings").arg(m_openFindings)
            : tr("Review", "translation review"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LocaleChange) {
        updateWindowTitle();
        // The sides' names on the evidence actions are document text in the new language.
        m_editActions->retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::followInterfaceLanguage(const QString &language)
{
    // Widgets keep the locale they were created with; every part of the window takes the
    // language for titles and names from its locale, so setting it here reaches them all.
    setLocale(QLocale(language));
}

void MainWindow::updateWindowTitle()
{
    const QString title = m_document->briefing().title().preferred(languagePreference(this));
    // "[*]" is where Qt puts the unsaved-changes mark.
    setWindowTitle(title.isEmpty()
                       ? tr("Bilateral") + u"[*]"_s
                       : tr("%1[*] — Bilateral", "window title: briefing title").arg(title));
    const DocumentLocation &location = m_document->location();
    setWindowFilePath(location.isFile() ? location.path() : QString());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_documentActions->canDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_documentActions->canDrop(event->mimeData())) {
        event->acceptProposedAction();
        m_documentActions->drop(event->mimeData());
    }
}

void MainWindow::warnIfKoreanFontMissing()
{
    if (!QFontDatabase::families(QFontDatabase::Korean).isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Korean Font Missing"),
        tr("No font with Korean characters is installed, so Korean text cannot be shown "
           "or printed. Install a font such as Noto Sans CJK (Debian package "
           "fonts-noto-cjk) and restart Bilateral."),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(u"state"_s).toByteArray());
    m_mainSplitter->restoreState(settings.value(u"mainSplitter"_s).toByteArray());
    m_sideSplitterRestored =
        m_sideSplitter->restoreState(settings.value(u"sideSplitter"_s).toByteArray());
    m_view->restoreSettings(settings);
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"sideSplitter"_s, m_sideSplitter->saveState());
    m_view->saveSettings(settings);
    settings.endGroup();
    const DocumentLocation &location = m_document->location();
    if (!location.isUnsaved())
        settings.setValue(u"lastDocument"_s, location.path());
}

void MainWindow::fitIssueList()
{
    // Until the reader moves the splitter (or it was restored), the issue list takes the
    // height its rows need and the stance panel the rest.
    if (m_sideSplitterRestored)
        return;
    const int total = m_sideSplitter->height();
    const int list = std::min(m_sidebar->sizeHint().height(), total / 2);
    m_sideSplitter->setSizes({list, std::max(total - list, 1)});
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitIssueList();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documentActions->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::openFromLibrary(const QString &path, const QString &passageId,
                                 const QString &issueId)
{
    m_libraryTarget = {QFileInfo(path).canonicalFilePath(), passageId, issueId};
    const DocumentLocation &here = m_document->location();
    const bool open =
        here.isFile() && QFileInfo(here.path()).canonicalFilePath() == m_libraryTarget.path;
    if (!open && !m_documentActions->openFile(path)) {
        m_libraryTarget = {};
        return;
    }
    showLibraryTarget(); // at once when it is open now; after opened() when it loads later
    raise();
    activateWindow();
}

void MainWindow::showLibraryTarget()
{
    const DocumentLocation &here = m_document->location();
    if (m_libraryTarget.path.isEmpty() || !here.isFile()
        || QFileInfo(here.path()).canonicalFilePath() != m_libraryTarget.path)
        return;
    const Briefing &briefing = m_document->briefing();
    if (const int issue = briefing.issueIndex(m_libraryTarget.issueId); issue >= 0)
        readingState()->selectIssue(issue);
    if (const int passage = briefing.passageIndex(m_libraryTarget.passageId); passage >= 0)
        readingState()->revealPassage(passage); // current, and scrolled into view in both panes
    m_libraryTarget = {};
}

void MainWindow::showIssueContextMenu(const QPoint &position)
{
    // The issue under the pointer becomes the selected one, as a left click would.
    const QModelIndex index = m_sidebar->view()->indexAt(position);
    if (!index.isValid())
        return;
    m_sidebar->view()->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_libraryActions->timelineAction());
    menu.exec(m_sidebar->view()->viewport()->mapToGlobal(position));
}

void MainWindow::orderTabStops()
{
    // Tab goes round the window as it reads (issue 19): the header above the texts, the issue
    // list, the stance panel and its tabs, then the left and the right text. Left to itself,
    // Qt follows the order the widgets were made in, which put the texts first.
    // setTabOrder() moves one widget, not its children: the detail tabs' widgets are moved
    // one by one, in the order they already have among themselves.
    // The tab bar, then the pages' own widgets. The tab widget itself is no stop: it hands
    // the focus to its bar, and Qt 6.4 takes a tab widget listed after its pages (where it
    // was made) for its bar, which sent Tab from the last page widget back to the bar for
    // ever. Without a focus proxy and with no focus of its own, Tab passes it by.
    auto *bar = m_detailTabs->findChild<QTabBar *>(QString(), Qt::FindDirectChildrenOnly);
    m_detailTabs->setFocusProxy(nullptr);
    m_detailTabs->setFocusPolicy(Qt::NoFocus);
    QList<QWidget *> details;
    if (bar)
        details.append(bar);
    for (QWidget *widget = nextInFocusChain(); widget != this;
         widget = widget->nextInFocusChain()) {
        if (m_detailTabs->isAncestorOf(widget) && !details.contains(widget))
            details.append(widget);
    }
    QWidget *previous = m_sidebar->view();
    for (QWidget *widget : std::as_const(details)) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    setTabOrder(previous, pane(0)->view());
    setTabOrder(pane(0)->view(), pane(1)->view());
}
