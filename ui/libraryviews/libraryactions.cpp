#include "libraryviews/libraryactions.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "library/issuealiases.h"
#include "libraryviews/comparisonwindow.h"
#include "libraryviews/libraryservice.h"
#include "libraryviews/librarywindow.h"
#include "libraryviews/timelinewindow.h"
#include "widgets/plaintext.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

LibraryActions::LibraryActions(BriefingDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_library(new QAction(this))
    , m_openFolder(new QAction(this))
    , m_compare(new QAction(this))
    , m_timeline(new QAction(this))
{
    m_library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_library, &QAction::triggered, this, &LibraryActions::showLibrary);
    connect(m_openFolder, &QAction::triggered, this, &LibraryActions::chooseFolder);
    connect(m_compare, &QAction::triggered, this, &LibraryActions::compareWithOpenBriefing);
    connect(m_timeline, &QAction::triggered, this, [this] { showTimeline(); });
    connect(m_document->readingState(), &ReadingState::selectedIssueChanged, this,
            &LibraryActions::updateTimelineAction);
    retranslateUi();
    updateTimelineAction();
}

LibraryActions::~LibraryActions() = default;

ComparisonWindow *LibraryActions::comparisonWindow() const
{
    return m_comparison;
}

void LibraryActions::addToFileMenu(QMenu *menu)
{
    menu->addAction(m_library);
    menu->addAction(m_openFolder);
    menu->addAction(m_compare);
}

void LibraryActions::retranslateUi()
{
    m_library->setText(tr("&Library…"));
    m_library->setStatusTip(tr("Search every briefing in the library folders"));
    m_openFolder->setText(tr("Open Library &Folder…"));
    m_openFolder->setStatusTip(tr("Add a folder of briefings to the library"));
    m_compare->setText(tr("Co&mpare With…"));
    m_compare->setStatusTip(
        tr("Set another readout of the same meeting against the open briefing, issue by issue"));
    m_timeline->setText(tr("Issue &Timeline"));
    m_timeline->setStatusTip(tr("The selected issue's stances across the library, by date"));
}

void LibraryActions::updateTimelineAction()
{
    m_timeline->setEnabled(m_document->readingState()->selectedIssue() >= 0
                           || !m_document->briefing().issues().isEmpty());
}

LibraryService *LibraryActions::service()
{
    if (!m_service)
        m_service = new LibraryService(m_databasePath, this);
    return m_service;
}

LibraryWindow *LibraryActions::showLibrary()
{
    if (!m_libraryWindow) {
        m_libraryWindow = new LibraryWindow(service(), m_window);
        m_libraryWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_libraryWindow, &LibraryWindow::openRequested, this,
                &LibraryActions::openRequested);
        connect(m_libraryWindow, &LibraryWindow::compareRequested, this,
                &LibraryActions::showComparison);
        connect(m_libraryWindow, &LibraryWindow::timelineRequested, this,
                [this](const QString &issue) { showTimeline(issue); });
        connect(m_libraryWindow, &LibraryWindow::chooseFoldersRequested, this,
                &LibraryActions::chooseFolder);
    }
    // Network folders may not report changes: look again whenever the window is asked for.
    service()->refresh();
    m_libraryWindow->show();
    m_libraryWindow->raise();
    m_libraryWindow->activateWindow();
    m_libraryWindow->setFocus(Qt::ActiveWindowFocusReason);
    return m_libraryWindow;
}

TimelineWindow *LibraryActions::showTimeline(const QString &issueId)
{
    QString issue = issueId;
    if (issue.isEmpty()) {
        const Briefing &briefing = m_document->briefing();
        const int selected = m_document->readingState()->selectedIssue();
        if (selected >= 0 && selected < briefing.issues().size())
            issue = briefing.issues().at(selected).id;
        else if (!briefing.issues().isEmpty())
            issue = briefing.issues().constFirst().id;
    }
    if (!m_timelineWindow) {
        m_timelineWindow = new TimelineWindow(service(), m_window);
        m_timelineWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_timelineWindow, &TimelineWindow::openRequested, this,
                &LibraryActions::openRequested);
    }
    m_timelineWindow->showIssue(issue);
    m_timelineWindow->show();
    m_timelineWindow->raise();
    m_timelineWindow->activateWindow();
    return m_timelineWindow;
}

void LibraryActions::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open Library Folder"),
                                                             service()->folders().value(0));
    if (folder.isEmpty())
        return;
    service()->addFolder(folder);
    showLibrary();
}

void LibraryActions::compareWithOpenBriefing()
{
    const QString other = QFileDialog::getOpenFileName(
        m_window, tr("Compare With"), service()->folders().value(0), tr("Briefings (*.briefing)"));
    if (other.isEmpty())
        return;
    const DocumentLocation &location = m_document->location();
    const LoadResult loaded = BriefingLoader::loadFile(other, {}, BriefingLoader::Digest::Skip);
    if (!loaded.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Compare With"),
                        tr("“%1” is not a briefing Bilateral can read.").arg(other),
                        QMessageBox::Ok, m_window);
        PlainText::makePlain(&box);
        QStringList problems;
        for (const Diagnostic &diagnostic : loaded.diagnostics)
            problems.append(diagnostic.toString());
        PlainText::setInformativeText(&box, problems.mid(0, 5).join(u'\n'));
        box.exec();
        return;
    }
    const IssueAliases aliases = IssueAliases::load();
    const QString pathA = location.isFile() ? location.path() : tr("the open briefing");
    if (m_comparison)
        m_comparison->close();
    m_comparison = new ComparisonWindow(
        ReadoutComparison::compare(m_document->briefing(), *loaded.briefing, &aliases), pathA,
        other, m_window);
    m_comparison->setAttribute(Qt::WA_DeleteOnClose);
    m_comparison->show();
}

ComparisonWindow *LibraryActions::showComparison(const QString &pathA, const QString &pathB)
{
    const LoadResult a = BriefingLoader::loadFile(pathA, {}, BriefingLoader::Digest::Skip);
    const LoadResult b = BriefingLoader::loadFile(pathB, {}, BriefingLoader::Digest::Skip);
    if (!a.ok() || !b.ok()) {
        QMessageBox box(
            QMessageBox::Warning, tr("Compare Readouts"),
            tr("“%1” is not a briefing Bilateral can read.").arg(a.ok() ? pathB : pathA),
            QMessageBox::Ok, m_window);
        PlainText::makePlain(&box);
        box.exec();
        return nullptr;
    }
    const IssueAliases aliases = IssueAliases::load();
    if (m_comparison)
        m_comparison->close();
    m_comparison = new ComparisonWindow(
        ReadoutComparison::compare(*a.briefing, *b.briefing, &aliases), pathA, pathB, m_window);
    m_comparison->setAttribute(Qt::WA_DeleteOnClose);
    m_comparison->show();
    return m_comparison;
}
