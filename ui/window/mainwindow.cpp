#include "window/mainwindow.h"

#include "document/passagehighlight.h"
#include "editing/briefingeditor.h"
#include "editing/importtextdialog.h"
#include "editing/passageeditactions.h"
#include "format/briefingloader.h"
#include "i18n/interfacelanguage.h"
#include "import/briefingimport.h"
#include "import/textimport.h"
#include "printing/briefprinter.h"
#include "reading/briefingheader.h"
#include "reading/findbar.h"
#include "reading/markerstrip.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "sidebar/issuesidebar.h"
#include "sidebar/stancepanel.h"
#include "widgets/deferredicon.h"
#include "window/loaderrordialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRecentFiles = 8;

bool isBriefingUrl(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(u".briefing"_s, Qt::CaseInsensitive);
}
} // namespace

MainWindow::MainWindow(InterfaceLanguage *language, QWidget *parent)
    : QMainWindow(parent)
    , m_interfaceLanguage(language)
    , m_header(new BriefingHeader(this))
    , m_briefPrinter(new BriefPrinter(this))
    , m_editor(new BriefingEditor(this))
    , m_panes{new TextPane(this), new TextPane(this)}
    , m_textSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new IssueSidebar(this))
    , m_stancePanel(new StancePanel(this))
    , m_findBar(new FindBar(this))
    , m_statusCounts(new QLabel(this))
    , m_loadLabel(new QLabel(this))
    , m_loadProgress(new QProgressBar(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_statusCounts->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusCounts);
    m_loadLabel->setTextFormat(Qt::PlainText);
    m_loadProgress->setRange(0, 100);
    m_loadProgress->setMaximumWidth(180);
    statusBar()->addWidget(m_loadLabel);
    statusBar()->addWidget(m_loadProgress);
    m_loadLabel->hide();
    m_loadProgress->hide();

    m_panes[0]->setObjectName(u"pane0"_s);
    m_panes[1]->setObjectName(u"pane1"_s);
    m_textSplitter->setObjectName(u"textSplitter"_s);
    m_textSplitter->addWidget(m_panes[0]);
    m_textSplitter->addWidget(m_panes[1]);
    m_textSplitter->setChildrenCollapsible(false);
    m_textSplitter->setHandleWidth(1);

    auto *documentArea = new QWidget(this);
    auto *documentLayout = new QVBoxLayout(documentArea);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(0);
    documentLayout->addWidget(m_header);
    documentLayout->addWidget(m_textSplitter, 1);
    documentLayout->addWidget(m_findBar);
    m_findBar->hide();

    m_sideSplitter->setObjectName(u"sideSplitter"_s);
    m_sideSplitter->addWidget(m_sidebar);
    m_sideSplitter->addWidget(m_stancePanel);
    // The issue list takes the height its rows need; the stance panel the rest.
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

    for (int slot = 0; slot < 2; ++slot) {
        PassageView *view = m_panes[std::size_t(slot)]->view();
        connect(view, &PassageView::topPassageChanged, this,
                [this, slot](int passage) { syncFrom(slot, passage); });
        connect(view, &PassageView::passageHovered, this,
                [this, slot](int passage) { hoverFrom(slot, passage); });
        connect(view, &PassageView::passageClicked, this, [this](int passage) {
            m_currentPassage = passage;
            for (TextPane *pane : m_panes)
                pane->view()->setOutlinedPassage(passage);
            updateStatus();
        });
        connect(m_panes[std::size_t(slot)]->markerStrip(), &MarkerStrip::passageRequested, this,
                &MainWindow::goToPassage);
    }
    connect(m_sidebar, &IssueSidebar::issueSelected, this, &MainWindow::selectIssue);
    connect(m_stancePanel, &StancePanel::passageActivated, this, &MainWindow::goToPassage);
    connect(m_findBar, &FindBar::textChanged, this, &MainWindow::updateFind);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { moveFind(1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { moveFind(-1); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        updateFind(QString());
        m_panes[0]->view()->setFocus();
    });

    createActions();
    createMenus();
    retranslateUi();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The editor and its undo stack outlive this class's part of the object (they are
    // QObject children, deleted by ~QObject) and signal while they go.
    m_editor->undoStack()->disconnect(this);
    m_editor->disconnect(this);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &icon,
                             QStyle::StandardPixmap fallback) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        if (!icon.isEmpty())
            action->setIcon(DeferredIcon::themed(icon, fallback));
        addAction(action);
        return action;
    };
    m_openAction = make(u"openAction"_s, u"document-open"_s, QStyle::SP_DialogOpenButton);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_newFromTextAction = make(u"newFromTextAction"_s, u"document-new"_s, QStyle::SP_FileIcon);
    m_newFromTextAction->setShortcut(QKeySequence::New);
    connect(m_newFromTextAction, &QAction::triggered, this, &MainWindow::newFromText);
    m_saveAction = make(u"saveAction"_s, u"document-save"_s, QStyle::SP_DialogSaveButton);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_editor, &BriefingEditor::save);
    m_saveAsAction = make(u"saveAsAction"_s, u"document-save-as"_s, QStyle::SP_DialogSaveButton);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, m_editor, &BriefingEditor::saveAs);
    // Our own undo and redo actions, not QUndoStack's: theirs keep the words they were
    // created with when the interface language changes.
    QUndoStack *stack = m_editor->undoStack();
    m_undoAction = make(u"undoAction"_s, u"edit-undo"_s, QStyle::SP_ArrowBack);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_redoAction = make(u"redoAction"_s, u"edit-redo"_s, QStyle::SP_ArrowForward);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_editor, &BriefingEditor::briefingChanged, this,
            [this](const Briefing &briefing) { showBriefing(briefing, true); });
    connect(m_editor, &BriefingEditor::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &BriefingEditor::saved, this, [this](const QString &path) {
        m_filePath = path;
        addRecentFile(path);
        updateWindowTitle();
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_editor, &BriefingEditor::saveFailed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Save"), message,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    m_exportAction =
        make(u"exportBriefAction"_s, u"document-export"_s, QStyle::SP_DialogSaveButton);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, m_briefPrinter, &BriefPrinter::exportPdf);
    m_printAction = make(u"printBriefAction"_s, u"document-print"_s, QStyle::SP_FileIcon);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, m_briefPrinter, &BriefPrinter::print);
    m_previewAction = make(u"printPreviewAction"_s, u"document-print-preview"_s,
                           QStyle::SP_FileDialogContentsView);
    connect(m_previewAction, &QAction::triggered, m_briefPrinter, &BriefPrinter::printPreview);
    connect(m_briefPrinter, &BriefPrinter::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Brief saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_briefPrinter, &BriefPrinter::failed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Export Brief"), message,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    m_clearRecentAction = make(u"clearRecentAction"_s, {}, QStyle::SP_CustomBase);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(u"recentFiles"_s);
        rebuildRecentMenu();
    });

    m_quitAction = make(u"quitAction"_s, u"application-exit"_s, QStyle::SP_DialogCloseButton);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = make(u"findAction"_s, u"edit-find"_s, QStyle::SP_FileDialogContentsView);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::activate);

    m_clearSelectionAction = make(u"clearSelectionAction"_s, {}, QStyle::SP_CustomBase);
    connect(m_clearSelectionAction, &QAction::triggered, this, [this] { selectIssue(-1); });

    m_swapAction = make(u"swapAction"_s, u"view-split-left-right"_s, QStyle::SP_BrowserReload);
    m_swapAction->setCheckable(true);
    connect(m_swapAction, &QAction::toggled, this, &MainWindow::setPanesSwapped);

    m_syncAction = make(u"syncAction"_s, {}, QStyle::SP_CustomBase);
    m_syncAction->setCheckable(true);
    m_syncAction->setChecked(true);
    connect(m_syncAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            syncFrom(m_swapped ? 1 : 0, m_panes[m_swapped ? 1 : 0]->view()->topPassage());
    });

    m_zoomInAction = make(u"zoomInAction"_s, u"zoom-in"_s, QStyle::SP_CustomBase);
    // Ctrl+= as well as the platform's Ctrl++ : on most keyboards "+" needs Shift.
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoom(1); });
    m_zoomOutAction = make(u"zoomOutAction"_s, u"zoom-out"_s, QStyle::SP_CustomBase);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoom(-1); });
    m_zoomResetAction = make(u"zoomResetAction"_s, u"zoom-original"_s, QStyle::SP_CustomBase);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] {
        for (TextPane *pane : m_panes)
            pane->view()->resetZoom();
    });

    m_nextAction = make(u"nextHighlightAction"_s, u"go-down"_s, QStyle::SP_ArrowDown);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_nextAction, &QAction::triggered, this, &MainWindow::goToNextHighlight);
    m_previousAction = make(u"previousHighlightAction"_s, u"go-up"_s, QStyle::SP_ArrowUp);
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_previousAction, &QAction::triggered, this, &MainWindow::goToPreviousHighlight);

    m_aboutAction = make(u"aboutAction"_s, u"help-about"_s, QStyle::SP_MessageBoxInformation);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Bilateral"),
                           tr("<p><b>Bilateral</b> %1</p><p>A viewer for bilingual diplomatic "
                              "briefings: the two language versions side by side, the "
                              "issues discussed and where each side stands.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newFromTextAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_previewAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_passageEdits = new PassageEditActions(this, m_editor);
    m_passageEdits->addTo(m_editMenu);
    connect(m_stancePanel, &StancePanel::editRequested, m_passageEdits->editIssueAction(),
            &QAction::trigger);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_clearSelectionAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_swapAction);
    m_viewMenu->addAction(m_syncAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setObjectName(u"language-system"_s);
    m_systemLanguageAction->setData(QString());
    languages->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    for (const QString &code : InterfaceLanguage::supported()) {
        // Each language is named in itself, so a reader lost in a foreign interface finds
        // their own.
        QAction *action = m_languageMenu->addAction(InterfaceLanguage::nativeName(code));
        action->setObjectName(u"language-"_s + code);
        action->setData(code);
        languages->addAction(action);
    }
    for (QAction *action : languages->actions())
        action->setCheckable(true);
    connect(languages, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!m_interfaceLanguage)
            return;
        m_interfaceLanguage->apply(action->data().toString());
        QSettings().setValue(u"interfaceLanguage"_s, action->data().toString());
    });
    m_languageMenu->menuAction()->setVisible(m_interfaceLanguage != nullptr);
    if (m_interfaceLanguage) {
        connect(m_interfaceLanguage, &InterfaceLanguage::changed, this,
                &MainWindow::applyInterfaceLanguage);
        applyInterfaceLanguage(m_interfaceLanguage->current());
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("&System Default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a briefing file"));
    m_clearRecentAction->setText(tr("&Clear Recent Files"));
    if (m_passageEdits)
        m_passageEdits->retranslateUi();
    updateUndoTexts();
    m_newFromTextAction->setText(tr("&New Briefing from Text…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_exportAction->setText(tr("&Export Brief as PDF…"));
    m_exportAction->setToolTip(tr("Save a one-page brief of this briefing as a PDF file"));
    m_printAction->setText(tr("&Print Brief…"));
    m_previewAction->setText(tr("Print Pre&view…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setToolTip(tr("Find text in both languages"));
    m_clearSelectionAction->setText(tr("C&lear Issue Selection", "issue: a topic of the talks"));
    m_swapAction->setText(tr("S&wap Panes"));
    m_syncAction->setText(tr("&Synchronize Scrolling"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Reset Zoom"));
    m_nextAction->setText(tr("&Next Highlighted Passage"));
    m_previousAction->setText(tr("&Previous Highlighted Passage"));
    m_aboutAction->setText(tr("&About Bilateral"));
    updateWindowTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openFile(const QString &path)
{
    if (!m_editor->maybeSave())
        return false;
    const QFileInfo info(path);
    if (!path.startsWith(u':') && info.isFile() && info.size() > backgroundLoadBytes) {
        openInBackground(path);
        return true;
    }
    return finishOpening(path, BriefingLoader::loadFile(path));
}

void MainWindow::openInBackground(const QString &path)
{
    // A later request supersedes an earlier one still loading.
    const int generation = ++m_loadGeneration;
    m_loadLabel->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loadProgress->setValue(0);
    m_loadLabel->show();
    m_loadProgress->show();
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, generation](int percent) {
                if (generation != m_loadGeneration)
                    return;
                m_loadProgress->setValue(percent);
                Q_EMIT loadProgress(percent);
            });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return;
        m_loadLabel->hide();
        m_loadProgress->hide();
        finishOpening(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path](QPromise<LoadResult> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(BriefingLoader::loadFile(
            path, [&promise](int percent) { promise.setProgressValue(percent); }));
    }));
}

bool MainWindow::finishOpening(const QString &path, const LoadResult &result)
{
    if (!result.ok()) {
        showLoadError(path, result.diagnostics);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setBriefing(*result.briefing, path.startsWith(u':') ? path : absolute, result.sha256);
    if (!path.startsWith(u':'))
        addRecentFile(absolute);
    if (!result.diagnostics.isEmpty())
        statusBar()->showMessage(
            tr("Opened with %n warning(s).", nullptr, int(result.diagnostics.size())), 8000);
    return true;
}

void MainWindow::setBriefing(const Briefing &briefing, const QString &filePath,
                             const QString &sourceDigest)
{
    m_editor->reset(briefing, filePath);
    m_briefPrinter->setBriefing(briefing, filePath, sourceDigest);
    m_filePath = filePath;
    showBriefing(briefing, false);
}

void MainWindow::showBriefing(const Briefing &briefing, bool keepView)
{
    // After an edit the reader keeps their place: the selected issue and the top passage.
    const int issue = m_issue;
    const int top = m_panes[m_swapped ? 1 : 0]->view()->topPassage();
    m_briefing = briefing;
    m_issue = -1;
    m_currentPassage = -1;
    for (int slot = 0; slot < 2; ++slot)
        m_panes[std::size_t(slot)]->setBriefing(briefing, slot);
    m_header->setBriefing(briefing);
    m_sidebar->setBriefing(briefing);
    m_stancePanel->setBriefing(briefing);
    if (isVisible())
        fitIssueList();
    m_stancePanel->setIssue(-1);
    if (!m_findBar->text().isEmpty())
        updateFind(m_findBar->text());
    if (keepView) {
        m_briefPrinter->setBriefing(briefing, m_filePath, QString());
        if (issue >= 0 && issue < briefing.issues().size())
            selectIssue(issue);
        m_panes[m_swapped ? 1 : 0]->view()->scrollToPassage(
            std::min<int>(top, int(briefing.passages().size()) - 1));
    }
    updateWindowTitle();
    updateStatus();
    Q_EMIT briefingChanged();
}

void MainWindow::setLanguagePreference(const QStringList &languages)
{
    m_languages = languages;
    m_header->setLanguagePreference(languages);
    m_sidebar->setLanguagePreference(languages);
    m_stancePanel->setLanguagePreference(languages);
    updateWindowTitle();
}

void MainWindow::applyInterfaceLanguage(const QString &language)
{
    // Widgets keep the locale they were created with; set it so dates and numbers follow.
    setLocale(QLocale(language));
    m_briefPrinter->setInterfaceLanguage(language);
    setLanguagePreference({language});
    const QString choice = m_interfaceLanguage ? m_interfaceLanguage->choice() : QString();
    for (QAction *action : m_languageMenu->actions()) {
        if (action->isCheckable())
            action->setChecked(action->data().toString() == choice);
    }
}

void MainWindow::updateWindowTitle()
{
    const QString title = m_briefing.title().preferred(m_languages);
    // "[*]" is where Qt puts the unsaved-changes mark.
    setWindowTitle(title.isEmpty()
                       ? tr("Bilateral") + u"[*]"_s
                       : tr("%1[*] — Bilateral", "window title: briefing title").arg(title));
    if (!m_filePath.isEmpty() && !m_filePath.startsWith(u':'))
        setWindowFilePath(m_filePath);
}

void MainWindow::updateStatus()
{
    const QString passages = tr("%n passage(s)", nullptr, int(m_briefing.passages().size()));
    const QString issues =
        tr("%n issue(s)", "topics of the talks", int(m_briefing.issues().size()));
    m_statusCounts->setText(tr("%1 · %2", "status bar: passages · issues").arg(passages, issues));
}

void MainWindow::showLoadError(const QString &path, const Diagnostics &diagnostics)
{
    Q_EMIT loadFailed(path, diagnostics);
    if (m_errorDialog)
        m_errorDialog->deleteLater();
    m_errorDialog = new LoadErrorDialog(path, diagnostics, this);
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_errorDialog->open(); // window-modal, does not block the event loop
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *stack = m_editor->undoStack();
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    m_undoAction->setText(
        undo.isEmpty() ? tr("&Undo") : tr("&Undo %1", "%1: what the last change did").arg(undo));
    m_redoAction->setText(
        redo.isEmpty() ? tr("&Redo") : tr("&Redo %1", "%1: what the undone change did").arg(redo));
}

void MainWindow::newFromText()
{
    if (!m_editor->maybeSave())
        return;
    auto *dialog = new ImportTextDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString korean = dialog->koreanText();
        QString english = dialog->englishText();
        // One text with both languages, in either box: split it by script.
        if (korean.trimmed().isEmpty() || english.trimmed().isEmpty()) {
            const TextImport::ScriptSplit split = TextImport::splitByScript(korean + english);
            korean = split.korean;
            english = split.english;
        }
        startNewBriefing(BriefingImport::fromTexts(korean, english, QDate::currentDate()));
    });
    dialog->open();
}

void MainWindow::startNewBriefing(const Briefing &briefing)
{
    // Not saved anywhere yet: modified from the start, so closing asks and the recovery
    // copy protects it.
    m_filePath.clear();
    m_briefPrinter->setBriefing(briefing, QString(), QString());
    showBriefing(briefing, false);
    m_editor->reset(briefing, QString(), true);
}

void MainWindow::openDialog()
{
    const QString start =
        m_filePath.startsWith(u':') ? QString() : QFileInfo(m_filePath).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Open Briefing"), start,
                                   tr("Briefings (*.briefing);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { openFile(file); });
    dialog->open();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentFiles"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(u"recentFiles"_s, recent);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
    int number = 0;
    for (const QString &path : recent) {
        // Escape "&" so a file name is not taken as a mnemonic.
        const QString label =
            u"&%1 %2"_s.arg(++number).arg(QFileInfo(path).fileName().replace(u"&"_s, u"&&"_s));
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::selectIssue(int issueIndex)
{
    if (issueIndex >= m_briefing.issues().size())
        issueIndex = -1;
    const bool changed = issueIndex != m_issue;
    m_issue = issueIndex;
    if (m_sidebar->currentIssue() != issueIndex)
        m_sidebar->selectIssue(issueIndex); // re-enters with the same index: no work is repeated
    if (!changed)
        return;
    const PassageHighlight highlight(m_briefing, issueIndex);
    for (TextPane *pane : m_panes) {
        pane->view()->setHighlight(highlight);
        pane->markerStrip()->update();
    }
    m_stancePanel->setIssue(issueIndex);
    m_briefPrinter->setIssue(issueIndex);
    m_nextAction->setEnabled(!highlight.isEmpty());
    m_previousAction->setEnabled(!highlight.isEmpty());
    if (!highlight.isEmpty()) {
        // Bring the first highlighted passage into view unless one already is.
        const PassageView *view = m_panes[m_swapped ? 1 : 0]->view();
        bool anyVisible = false;
        for (int passage : highlight.passages()) {
            const QRect rect = view->passageRect(passage);
            if (rect.isValid() && view->viewport()->rect().intersects(rect)) {
                anyVisible = true;
                break;
            }
        }
        if (!anyVisible)
            goToPassage(highlight.passages().first());
    }
}

void MainWindow::goToPassage(int passage)
{
    if (passage < 0 || passage >= m_briefing.passages().size())
        return;
    m_currentPassage = passage;
    const bool wasSyncing = m_syncing;
    m_syncing = true; // both panes are placed explicitly
    for (TextPane *pane : m_panes) {
        pane->view()->scrollToPassage(passage);
        pane->view()->setOutlinedPassage(passage);
    }
    m_syncing = wasSyncing;
    statusBar()->showMessage(
        tr("Passage %1 of %2").arg(passage + 1).arg(m_briefing.passages().size()), 4000);
}

void MainWindow::goToNextHighlight()
{
    const PassageHighlight &highlight = m_panes[0]->view()->highlight();
    if (highlight.isEmpty())
        return;
    int next = highlight.next(m_currentPassage);
    if (next < 0) {
        next = highlight.passages().first();
        statusBar()->showMessage(tr("Wrapped around to the first highlighted passage."), 3000);
    }
    goToPassage(next);
}

void MainWindow::goToPreviousHighlight()
{
    const PassageHighlight &highlight = m_panes[0]->view()->highlight();
    if (highlight.isEmpty())
        return;
    int previous = m_currentPassage < 0 ? -1 : highlight.previous(m_currentPassage);
    if (previous < 0) {
        previous = highlight.passages().last();
        statusBar()->showMessage(tr("Wrapped around to the last highlighted passage."), 3000);
    }
    goToPassage(previous);
}

void MainWindow::setPanesSwapped(bool swapped)
{
    if (swapped == m_swapped)
        return;
    m_swapped = swapped;
    const QList<int> sizes = m_textSplitter->sizes();
    m_textSplitter->insertWidget(0, m_panes[swapped ? 1 : 0]);
    m_textSplitter->setSizes({sizes.value(1), sizes.value(0)});
    const QSignalBlocker blocker(m_swapAction);
    m_swapAction->setChecked(swapped);
}

void MainWindow::setSynchronizedScrolling(bool on)
{
    m_syncAction->setChecked(on);
}

bool MainWindow::synchronizedScrolling() const
{
    return m_syncAction->isChecked();
}

void MainWindow::syncFrom(int slot, int topPassage)
{
    if (m_syncing || !m_syncAction->isChecked() || topPassage < 0)
        return;
    m_syncing = true;
    m_panes[std::size_t(1 - slot)]->view()->scrollToPassage(topPassage);
    m_syncing = false;
}

void MainWindow::hoverFrom(int slot, int passage)
{
    // The counterpart of the hovered passage is outlined in the other pane; when the mouse
    // leaves, the current passage is outlined again.
    m_panes[std::size_t(1 - slot)]->view()->setOutlinedPassage(passage >= 0 ? passage
                                                                            : m_currentPassage);
    if (passage >= 0)
        statusBar()->showMessage(
            tr("Passage %1 of %2").arg(passage + 1).arg(m_briefing.passages().size()));
    else
        statusBar()->clearMessage();
}

void MainWindow::updateFind(const QString &text)
{
    m_findHits.clear();
    m_findIndex = -1;
    for (int slot = 0; slot < 2; ++slot) {
        for (const PassageView::FindMatch &match :
             m_panes[std::size_t(slot)]->view()->setFindText(text))
            m_findHits.append({slot, match.position, match.length, match.passage});
    }
    // One list in reading order: by passage, the left language first.
    std::stable_sort(m_findHits.begin(), m_findHits.end(), [](const FindHit &a, const FindHit &b) {
        return std::tie(a.passage, a.slot, a.position) < std::tie(b.passage, b.slot, b.position);
    });
    m_findBar->setMatchInfo(0, text.isEmpty() ? -1 : int(m_findHits.size()));
    if (!m_findHits.isEmpty())
        moveFind(1);
}

void MainWindow::moveFind(int step)
{
    if (m_findHits.isEmpty())
        return;
    const int count = int(m_findHits.size());
    m_findIndex =
        m_findIndex < 0 ? (step > 0 ? 0 : count - 1) : (m_findIndex + step + count) % count;
    const FindHit &hit = m_findHits.at(m_findIndex);
    for (int slot = 0; slot < 2; ++slot) {
        PassageView *view = m_panes[std::size_t(slot)]->view();
        view->setCurrentFindMatch(slot == hit.slot ? hit.position : 0,
                                  slot == hit.slot ? hit.length : 0);
    }
    m_panes[std::size_t(hit.slot)]->view()->ensurePassageVisible(hit.passage);
    m_findBar->setMatchInfo(m_findIndex + 1, count);
}

void MainWindow::zoom(int steps)
{
    for (TextPane *pane : m_panes)
        pane->view()->zoomBy(steps);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isBriefingUrl(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isBriefingUrl(urls.first())) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
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

bool MainWindow::offerRecovery()
{
    const QList<BriefingEditor::Recovery> recoveries = BriefingEditor::leftoverRecoveries();
    if (recoveries.isEmpty())
        return false;
    const BriefingEditor::Recovery &latest = recoveries.first();
    const QString name = latest.originalPath.isEmpty() ? tr("a new briefing")
                                                       : QFileInfo(latest.originalPath).fileName();
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Changes"),
        tr("Bilateral closed without saving the changes to %1. Restore them?").arg(name),
        QMessageBox::NoButton, this);
    box.setObjectName(u"recoveryDialog"_s);
    box.setTextFormat(Qt::PlainText);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    const bool restoring = box.clickedButton() == restore;
    const LoadResult copy = restoring ? BriefingLoader::loadFile(latest.copyPath) : LoadResult{};
    for (const BriefingEditor::Recovery &recovery : recoveries)
        BriefingEditor::discardRecovery(recovery);
    if (!copy.ok())
        return false;
    // The recovered briefing belongs to its original file but is not saved there yet.
    m_filePath = latest.originalPath;
    m_briefPrinter->setBriefing(*copy.briefing, m_filePath, QString());
    showBriefing(*copy.briefing, false);
    m_editor->reset(*copy.briefing, m_filePath, true);
    return true;
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
    setPanesSwapped(settings.value(u"panesSwapped"_s, false).toBool());
    // Pane widths are kept by language slot, so they survive swapping.
    const QList<QVariant> widths = settings.value(u"paneWidths"_s).toList();
    if (widths.size() == 2) {
        const int first = widths.at(0).toInt();
        const int second = widths.at(1).toInt();
        m_textSplitter->setSizes(m_swapped ? QList<int>{second, first} : QList<int>{first, second});
    }
    setSynchronizedScrolling(settings.value(u"synchronizedScrolling"_s, true).toBool());
    zoom(settings.value(u"zoom"_s, 0).toInt());
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
    settings.setValue(u"paneWidths"_s, QList<QVariant>{m_panes[0]->width(), m_panes[1]->width()});
    settings.setValue(u"panesSwapped"_s, m_swapped);
    settings.setValue(u"synchronizedScrolling"_s, synchronizedScrolling());
    settings.setValue(u"zoom"_s, m_panes[0]->view()->zoomSteps());
    settings.endGroup();
    if (!m_filePath.isEmpty())
        settings.setValue(u"lastDocument"_s, m_filePath);
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
    if (!m_editor->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

QMessageBox *MainWindow::errorDialog() const
{
    return m_errorDialog;
}
