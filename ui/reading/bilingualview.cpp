#include "reading/bilingualview.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "reading/findbar.h"
#include "reading/issueevidence.h"
#include "reading/passageview.h"
#include "reading/rowgeometry.h"
#include "reading/textpane.h"
#include "widgets/deferredicon.h"
#include "widgets/shortcuts.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBoundaryFinder>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Room kept above and below a passage brought into view, for the outline round it.
constexpr int revealMargin = 4;
} // namespace

BilingualView::BilingualView(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_state(document->readingState())
    , m_rows(new RowGeometry(this))
    , m_panes{new TextPane(document, 0, m_rows, this), new TextPane(document, 1, m_rows, this)}
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
    , m_paragraphRows(makeAction("paragraphRowsAction"))
    , m_passageRows(makeAction("passageRowsAction"))
    , m_stacked(makeAction("stackedAction"))
    , m_layoutMenu(new QMenu(this))
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

    // With rows, one scroll position serves both panes: whatever moves one (wheel, keys,
    // page step, the scroll bar's handle or trough, find) moves the other the same pixels.
    for (int slot = 0; slot < 2; ++slot) {
        connect(m_panes[std::size_t(slot)]->view()->verticalScrollBar(), &QScrollBar::valueChanged,
                this, [this, slot] { syncFrom(slot); });
    }
    // Rows measured or estimated anew above the reader's place move the text: keep the place
    // (after the layouts have given the scroll bars the new height: they connected first).
    // In step, one pane keeps it and the other follows; a pane keeping a place of its own
    // here would pull the other one with it.
    connect(m_rows, &RowGeometry::rowsChanged, this, [this] {
        if (synchronizedScrolling() && m_rowLayout != RowLayout::Stacked) {
            // The pane scrolled last leads (its place is the reader's).
            const int leader =
                m_panes[1]->view()->placeStamp() > m_panes[0]->view()->placeStamp() ? 1 : 0;
            m_panes[std::size_t(leader)]->view()->keepPlace();
            syncFrom(leader);
        } else {
            for (TextPane *pane : m_panes)
                pane->view()->keepPlace();
        }
    });
    connect(m_state, &ReadingState::revealRequested, this, &BilingualView::reveal);
    connect(m_state, &ReadingState::highlightChanged, this, &BilingualView::revealIssue);
    connect(m_document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(DocumentChange::Properties))
            updateRowSpacing();
    });
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
    // Typing goes to the first match, as soon as there is one: on a long briefing the
    // matches arrive after the keystroke (ReadingState::findMatchesChanged()).
    connect(m_findBar, &FindBar::textChanged, this, [this](const QString &text) {
        m_stepToFirstMatch = true;
        m_state->setFindText(text);
    });
    connect(m_findBar, &FindBar::nextRequested, this, [this] {
        m_stepToFirstMatch = false;
        m_state->stepFind(1);
    });
    connect(m_findBar, &FindBar::previousRequested, this, [this] {
        m_stepToFirstMatch = false;
        m_state->stepFind(-1);
    });
    const auto showMatchInfo = [this] {
        const int current = m_state->currentFindMatch();
        m_findBar->setMatchInfo(
            current + 1, m_state->findText().isEmpty() ? -1 : int(m_state->findMatches().size()),
            m_state->isFindComplete(), current >= 0 ? matchPlace(current) : QString());
    };
    connect(m_state, &ReadingState::findMatchesChanged, this, [this, showMatchInfo] {
        if (m_stepToFirstMatch && m_state->currentFindMatch() < 0
            && !m_state->findMatches().isEmpty()) {
            m_stepToFirstMatch = false;
            m_state->stepFind(1);
        }
        showMatchInfo();
    });
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
            syncFrom(m_swapped ? 1 : 0);
    });

    auto *rowLayouts = new QActionGroup(this);
    for (QAction *action : {m_paragraphRows, m_passageRows, m_stacked}) {
        action->setCheckable(true);
        rowLayouts->addAction(action);
    }
    m_paragraphRows->setChecked(true);
    m_layoutMenu->setObjectName(u"layoutMenu"_s);
    m_layoutMenu->addActions({m_paragraphRows, m_passageRows, m_stacked});
    connect(m_paragraphRows, &QAction::triggered, this,
            [this] { setRowLayout(RowLayout::Paragraphs); });
    connect(m_passageRows, &QAction::triggered, this,
            [this] { setRowLayout(RowLayout::Passages); });
    connect(m_stacked, &QAction::triggered, this, [this] { setRowLayout(RowLayout::Stacked); });

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

    updateRowSpacing();
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
    return {m_next,   m_previous, nullptr,    m_layoutMenu->menuAction(), m_swap, m_sync, nullptr,
            m_zoomIn, m_zoomOut,  m_zoomReset};
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
    m_layoutMenu->setTitle(tr("&Layout"));
    m_paragraphRows->setText(tr("&Paragraph Rows"));
    m_paragraphRows->setStatusTip(
        tr("Each paragraph starts level with its counterpart in the other language."));
    m_passageRows->setText(tr("P&assage Rows"));
    m_passageRows->setStatusTip(
        tr("Each passage on a row of its own, to check how the two texts are aligned."));
    m_stacked->setText(tr("S&tacked"));
    m_stacked->setStatusTip(
        tr("One column, each passage above its counterpart: for narrow windows and reading "
           "aloud."));
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
    updateRowSpacing();
}

void BilingualView::setRowLayout(RowLayout layout)
{
    const QHash<RowLayout, QAction *> actions{{RowLayout::Paragraphs, m_paragraphRows},
                                              {RowLayout::Passages, m_passageRows},
                                              {RowLayout::Stacked, m_stacked}};
    actions.value(layout)->setChecked(true);
    if (layout == m_rowLayout)
        return;
    // The current passage stays in view; without one, the passage at the top.
    const int current = m_state->currentPassage();
    const int anchor = current >= 0 ? current : m_panes[0]->view()->topPassage();
    m_rowLayout = layout;
    for (TextPane *pane : m_panes)
        pane->view()->holdPlace(true);
    // Stacked, the first pane shows both languages a passage to a row; the second, hidden,
    // keeps the same rows but gives them no height.
    const bool stacked = layout == RowLayout::Stacked;
    m_rows->setSlotCounted(1, !stacked);
    m_panes[1]->setVisible(!stacked);
    m_panes[0]->setStacked(stacked);
    m_panes[0]->view()->setRows(stacked                               ? PaneText::Rows::Stacked
                                    : layout == RowLayout::Paragraphs ? PaneText::Rows::Paragraphs
                                                                      : PaneText::Rows::Passages);
    m_panes[1]->view()->setRows(layout == RowLayout::Paragraphs ? PaneText::Rows::Paragraphs
                                                                : PaneText::Rows::Passages);
    m_swap->setEnabled(!stacked);
    m_sync->setEnabled(!stacked);
    updateRowSpacing();
    for (TextPane *pane : m_panes)
        pane->view()->holdPlace(false);
    if (anchor < 0)
        return;
    const auto showAnchor = [this, anchor] {
        m_panes[0]->view()->scrollToPassage(anchor);
        syncFrom(0);
    };
    showAnchor();
    // Again once the splitter has given the panes their new widths (a pane shown again is
    // laid out when the posted layout request arrives), which moves every row; unless
    // something was brought into view meanwhile (an issue selected right after).
    QMetaObject::invokeMethod(
        this,
        [this, showAnchor, reveals = m_reveals] {
            if (reveals == m_reveals)
                showAnchor();
        },
        Qt::QueuedConnection);
}

BilingualView::RowLayout BilingualView::rowLayoutNamed(const QString &name)
{
    if (name == u"passages"_s)
        return RowLayout::Passages;
    return name == u"stacked"_s ? RowLayout::Stacked : RowLayout::Paragraphs;
}

void BilingualView::updateRowSpacing()
{
    // Rows are apart by most of a line of the taller font, like paragraphs in print.
    int lineSpacing = 0;
    for (TextPane *pane : m_panes)
        lineSpacing = std::max(lineSpacing, pane->view()->fontMetrics().lineSpacing());
    m_rows->setSpacing(m_rowLayout == RowLayout::Paragraphs ? lineSpacing * 3 / 4
                                                            : lineSpacing / 2 + 1);
}

void BilingualView::syncFrom(int slot)
{
    // Stacked, the second pane is hidden and must not move the first.
    if (m_syncing || !m_sync->isChecked() || m_rowLayout == RowLayout::Stacked
        || !m_panes[std::size_t(slot)]->isVisible())
        return;
    const bool wasSyncing = std::exchange(m_syncing, true);
    PassageView *leader = m_panes[std::size_t(slot)]->view();
    PassageView *follower = m_panes[std::size_t(1 - slot)]->view();
    const int value = leader->verticalScrollBar()->value();
    follower->verticalScrollBar()->setValue(value);
    follower->followPlace(*leader);
    // A pane that cannot take the value yet (its range not grown after a resize) clamps it:
    // the other comes to the same value, so the panes never stay apart.
    if (const int clamped = follower->verticalScrollBar()->value(); clamped != value)
        leader->verticalScrollBar()->setValue(clamped);
    m_syncing = wasSyncing;
}

void BilingualView::reveal(int passage)
{
    revealTogether({passage});
}

void BilingualView::revealIssue()
{
    // Only when another issue is selected: an edit also rebuilds the highlight.
    const int issue = m_state->selectedIssue();
    if (issue == std::exchange(m_shownIssue, issue) || issue < 0)
        return;
    const PassageHighlight &highlight = m_state->highlight();
    if (highlight.isEmpty())
        return;
    const IssueEvidence evidence = IssueEvidence::of(highlight, *m_panes[0]->view(), *m_rows);
    if (evidence.isEmpty()) {
        revealTogether({highlight.passages().first()});
        return;
    }
    const PassageView *view = m_panes[0]->view();
    revealTogether(evidence.bestStretch(view->verticalScrollBar()->value(),
                                        view->viewport()->height() - 2 * revealMargin));
}

void BilingualView::revealTogether(const QList<int> &passages)
{
    ++m_reveals;
    if (passages.isEmpty())
        return;
    constexpr int breathing = revealMargin;
    const bool stacked = m_rowLayout == RowLayout::Stacked;
    const bool together = m_sync->isChecked() && !stacked;
    // Measuring the rows on the way can move the targets: settle in a few rounds.
    for (int round = 0; round < 3; ++round) {
        bool moved = false;
        for (int slot = 0; slot < (stacked ? 1 : 2); ++slot) {
            // Synchronized, both panes share one position: the span covers both.
            PassageView *view = m_panes[std::size_t(slot)]->view();
            const int value = view->verticalScrollBar()->value();
            const int height = view->viewport()->height();
            int top = INT_MAX;
            int bottom = INT_MIN;
            for (int passage : passages) {
                for (int other = 0; other < 2; ++other) {
                    if (!together && other != slot)
                        continue;
                    PassageView *shown = m_panes[std::size_t(other)]->view();
                    const QRect rect = shown->passageRect(passage);
                    if (!rect.isValid())
                        continue;
                    const int rectTop = rect.top() + shown->verticalScrollBar()->value();
                    // As many from the first as fit.
                    if (top != INT_MAX
                        && std::max(bottom, rectTop + rect.height()) - std::min(top, rectTop)
                            > height - 2 * breathing)
                        continue;
                    top = std::min(top, rectTop);
                    bottom = std::max(bottom, rectTop + rect.height());
                }
            }
            if (top == INT_MAX)
                continue;
            int target = value;
            if (top < value + breathing || bottom - top > height - 2 * breathing)
                target = top - breathing;
            else if (bottom > value + height - breathing)
                target = bottom - height + breathing;
            if (target != value) {
                view->verticalScrollBar()->setValue(target);
                moved = true;
            }
            if (together)
                break; // the other pane followed through syncFrom()
        }
        if (!moved)
            break;
    }
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
    settings.setValue(u"rowLayout"_s, int(m_rowLayout));
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
    const int layout = settings.value(u"rowLayout"_s, 0).toInt();
    if (layout >= int(RowLayout::Paragraphs) && layout <= int(RowLayout::Stacked))
        setRowLayout(RowLayout(layout));
}

QString BilingualView::matchPlace(int match) const
{
    // Where a find match is, in words for a screen reader: its passage and the words around
    // it in the match's language.
    const ReadingState::FindMatch &found = m_state->findMatches().at(match);
    const QString &text =
        m_state->briefing().passages().at(found.passage).text.at(std::size_t(found.slot));
    // About 40 characters before and 60 after, cut at word boundaries: a reader hearing
    // "r in person" cannot tell what the first word was.
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    qsizetype from = found.offset - 40;
    if (from <= 0) {
        from = 0;
    } else {
        words.setPosition(from);
        if (!words.isAtBoundary())
            from = words.toNextBoundary();
        if (from < 0 || from > found.offset)
            from = found.offset;
    }
    const qsizetype matchEnd = found.offset + found.length;
    qsizetype to = matchEnd + 60;
    if (to >= text.size()) {
        to = text.size();
    } else {
        words.setPosition(to);
        if (!words.isAtBoundary())
            to = words.toPreviousBoundary();
        if (to < matchEnd)
            to = matchEnd;
    }
    QString around = text.mid(from, to - from).simplified();
    if (from > 0)
        around.prepend(u'…');
    if (to < text.size())
        around.append(u'…');
    return tr("Passage %1: %2", "where a find match is; %2: the words around it")
        .arg(found.passage + 1)
        .arg(around);
}
