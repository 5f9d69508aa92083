#include "reading/bilingualview.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "reading/findbar.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "widgets/deferredicon.h"
#include "widgets/shortcuts.h"

#include <QAction>
#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BilingualView::BilingualView(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_state(document->readingState())
    , m_panes{new TextPane(document, 0, this), new TextPane(document, 1, this)}
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findBar(new FindBar(this))
    , m_find(makeAction("findAction"))
    , m_next(makeAction("nextHighlightAction"))
    , m_previous(makeAction("previousHighlightAction"))
    , m_swap(makeAction("swapAction"))
    , m_sync(makeAction("syncAction"))
    , m_zoomIn(makeAction("zoomInAction"))
    , m_zoomOut(makeAction("zoomOutAction"))
    , m_zoomReset(makeAction("zoomResetAction"))
{
    setObjectName(u"bilingualView"_s);
    m_panes[0]->setObjectName(u"pane0"_s);
    m_panes[1]->setObjectName(u"pane1"_s);
    m_splitter->setObjectName(u"textSplitter"_s);
    m_splitter->addWidget(m_panes[0]);
    m_splitter->addWidget(m_panes[1]);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    for (int slot = 0; slot < 2; ++slot) {
        connect(m_panes[std::size_t(slot)]->view(), &PassageView::topPassageChanged, this,
                [this, slot](int passage) { syncFrom(slot, passage); });
    }
    connect(m_state, &ReadingState::revealRequested, this, &BilingualView::reveal);
    connect(m_state, &ReadingState::hoveredPassageChanged, this, &BilingualView::showHovered);
    connect(m_state, &ReadingState::highlightChanged, this, &BilingualView::updateActions);
    connect(m_state, &ReadingState::highlightWrapped, this, [this](int step) {
        Q_EMIT statusMessage(step > 0 ? tr("Wrapped around to the first highlighted passage.")
                                      : tr("Wrapped around to the last highlighted passage."),
                             4000);
    });

    // Find: one search over both languages.
    m_find->setIcon(DeferredIcon::themed(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    m_find->setShortcuts(standardShortcuts(QKeySequence::Find));
    connect(m_find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_findBar, &FindBar::textChanged, this, [this](const QString &text) {
        m_state->setFindText(text);
        if (!m_state->findMatches().isEmpty())
            m_state->stepFind(1);
    });
    connect(m_findBar, &FindBar::nextRequested, this, [this] { m_state->stepFind(1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { m_state->stepFind(-1); });
    const auto showMatchInfo = [this] {
        m_findBar->setMatchInfo(m_state->currentFindMatch() + 1,
                                m_state->findText().isEmpty() ? -1
                                                              : int(m_state->findMatches().size()));
    };
    connect(m_state, &ReadingState::findMatchesChanged, this, showMatchInfo);
    connect(m_state, &ReadingState::currentFindMatchChanged, this, showMatchInfo);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_state->setFindText(QString());
        m_panes[m_swapped ? 1 : 0]->view()->setFocus();
    });

    m_next->setIcon(DeferredIcon::themed(u"go-down"_s, QStyle::SP_ArrowDown));
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_next, &QAction::triggered, this, [this] { m_state->stepHighlight(1); });
    m_previous->setIcon(DeferredIcon::themed(u"go-up"_s, QStyle::SP_ArrowUp));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_previous, &QAction::triggered, this, [this] { m_state->stepHighlight(-1); });

    m_swap->setIcon(DeferredIcon::themed(u"view-split-left-right"_s, QStyle::SP_BrowserReload));
    m_swap->setCheckable(true);
    connect(m_swap, &QAction::toggled, this, &BilingualView::setPanesSwapped);
    m_sync->setCheckable(true);
    m_sync->setChecked(true);
    connect(m_sync, &QAction::toggled, this, [this](bool on) {
        if (on)
            syncFrom(m_swapped ? 1 : 0, m_panes[m_swapped ? 1 : 0]->view()->topPassage());
    });

    m_zoomIn->setIcon(DeferredIcon::themed(u"zoom-in"_s, QStyle::SP_CustomBase));
    // Ctrl+= as well as the platform's Ctrl++ : on most keyboards "+" needs Shift.
    m_zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    m_zoomOut->setIcon(DeferredIcon::themed(u"zoom-out"_s, QStyle::SP_CustomBase));
    m_zoomOut->setShortcuts(standardShortcuts(QKeySequence::ZoomOut));
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    m_zoomReset->setIcon(DeferredIcon::themed(u"zoom-original"_s, QStyle::SP_CustomBase));
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomReset, &QAction::triggered, this, [this] { zoomBy(-zoomSteps()); });

    retranslateUi();
}

QAction *BilingualView::makeAction(const char *name)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(name));
    // Shortcuts work wherever the focus is in the window, not only over the panes.
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

QList<QAction *> BilingualView::viewActions() const
{
    return {m_next, m_previous, nullptr, m_swap, m_sync, nullptr, m_zoomIn, m_zoomOut, m_zoomReset};
}

void BilingualView::retranslateUi()
{
    m_find->setText(tr("&Find…"));
    m_find->setToolTip(tr("Find text in both languages"));
    m_next->setText(tr("&Next Highlighted Passage"));
    m_previous->setText(tr("&Previous Highlighted Passage"));
    m_swap->setText(tr("S&wap Panes"));
    m_sync->setText(tr("&Synchronize Scrolling"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomReset->setText(tr("&Reset Zoom"));
    updateActions();
}

void BilingualView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BilingualView::updateActions()
{
    const bool hasHighlight = !m_state->highlight().isEmpty();
    const QString why = m_state->selectedIssue() < 0
        ? tr("Select an issue to step through its passages.", "issue: a topic of the talks")
        : tr("The selected issue has no passages yet.", "issue: a topic of the talks");
    for (QAction *action : {m_next, m_previous}) {
        action->setEnabled(hasHighlight);
        action->setStatusTip(hasHighlight ? QString() : why);
        action->setToolTip(hasHighlight ? QString() : why);
    }
}

void BilingualView::setPanesSwapped(bool swapped)
{
    if (swapped == m_swapped)
        return;
    m_swapped = swapped;
    const QList<int> sizes = m_splitter->sizes();
    m_splitter->insertWidget(0, m_panes[swapped ? 1 : 0]);
    m_splitter->setSizes({sizes.value(1), sizes.value(0)});
    const QSignalBlocker blocker(m_swap);
    m_swap->setChecked(swapped);
}

bool BilingualView::synchronizedScrolling() const
{
    return m_sync->isChecked();
}

void BilingualView::setSynchronizedScrolling(bool on)
{
    m_sync->setChecked(on);
}

int BilingualView::zoomSteps() const
{
    return m_panes[0]->view()->zoomSteps();
}

void BilingualView::zoomBy(int steps)
{
    for (TextPane *pane : m_panes)
        pane->view()->zoomBy(steps);
}

void BilingualView::syncFrom(int slot, int topPassage)
{
    if (m_syncing || !m_sync->isChecked() || topPassage < 0)
        return;
    m_syncing = true;
    m_panes[std::size_t(1 - slot)]->view()->scrollToPassage(topPassage);
    m_syncing = false;
}

void BilingualView::reveal(int passage)
{
    // Nothing moves when the passage is already in view in both languages; otherwise both
    // panes put it on their first line.
    const auto inView = [passage](const PassageView *view) {
        const QRect rect = view->passageRect(passage);
        return !view->passageHasText(passage)
            || (rect.isValid() && view->viewport()->rect().contains(rect));
    };
    if (inView(m_panes[0]->view()) && inView(m_panes[1]->view()))
        return;
    m_syncing = true; // both panes are placed explicitly
    for (TextPane *pane : m_panes)
        pane->view()->scrollToPassage(passage);
    m_syncing = false;
}

void BilingualView::showHovered(int passage)
{
    if (passage >= 0)
        Q_EMIT statusMessage(
            tr("Passage %1 of %2").arg(passage + 1).arg(m_document->briefing().passages().size()),
            0);
    else
        Q_EMIT statusMessage(QString(), 0);
}

void BilingualView::saveSettings(QSettings &settings) const
{
    // Pane widths are kept by language slot, so they survive swapping.
    settings.setValue(u"paneWidths"_s, QList<QVariant>{m_panes[0]->width(), m_panes[1]->width()});
    settings.setValue(u"panesSwapped"_s, m_swapped);
    settings.setValue(u"synchronizedScrolling"_s, synchronizedScrolling());
    settings.setValue(u"zoom"_s, zoomSteps());
}

void BilingualView::restoreSettings(const QSettings &settings)
{
    setPanesSwapped(settings.value(u"panesSwapped"_s, false).toBool());
    const QList<QVariant> widths = settings.value(u"paneWidths"_s).toList();
    if (widths.size() == 2) {
        const int first = widths.at(0).toInt();
        const int second = widths.at(1).toInt();
        m_splitter->setSizes(m_swapped ? QList<int>{second, first} : QList<int>{first, second});
    }
    setSynchronizedScrolling(settings.value(u"synchronizedScrolling"_s, true).toBool());
    zoomBy(settings.value(u"zoom"_s, 0).toInt());
}
