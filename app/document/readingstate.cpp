#include "document/readingstate.h"

#include "model/passagetext.h"

#include <algorithm>
#include <utility>

ReadingState::ReadingState(const Briefing &briefing, QObject *parent)
    : QObject(parent)
    , m_briefing(briefing)
    , m_finder(new PassageFinder(this))
{
    // Matches found on the finder's thread: the document has not changed since it began
    // (an edit starts it again), so they can be shown at once.
    connect(m_finder, &PassageFinder::matchesAdded, this, [this] { notify(FindPending); });
    connect(m_finder, &PassageFinder::finished, this, [this] { notify(FindPending); });
}

void ReadingState::notify(int what)
{
    // While the document is changing, views may not have caught up with it yet: hold the
    // signals until announce().
    if (m_following) {
        m_pending |= what;
        return;
    }
    if (what & IssuePending)
        Q_EMIT selectedIssueChanged(m_issue);
    if (what & HighlightPending)
        Q_EMIT highlightChanged();
    if (what & PassagePending)
        Q_EMIT currentPassageChanged(m_passage);
    if (what & SelectionPending)
        Q_EMIT selectedPassagesChanged();
    if (what & HoverPending)
        Q_EMIT hoveredPassageChanged(m_hovered);
    if (what & FindPending) {
        Q_EMIT findMatchesChanged();
        Q_EMIT currentFindMatchChanged(m_findIndex);
    }
}

void ReadingState::selectIssue(int issue)
{
    if (m_following)
        return; // the change decides; views reacting to it do not
    const Briefing &briefing = m_briefing;
    if (issue < 0 || issue >= briefing.issues().size())
        issue = -1;
    if (issue == m_issue)
        return;
    m_issue = issue;
    m_issueId = issue >= 0 ? briefing.issues().at(issue).id : QString();
    rebuildHighlight();
    notify(IssuePending | HighlightPending);
}

void ReadingState::rebuildHighlight()
{
    m_highlight = PassageHighlight(m_briefing, m_issue);
}

void ReadingState::setCurrentPassage(int passage, PassageCaret caret)
{
    if (m_following)
        return; // the change decides; views reacting to it do not
    const Briefing &briefing = m_briefing;
    if (passage < 0 || passage >= briefing.passages().size()) {
        passage = -1;
        caret = {};
    }
    if (passage == m_passage && caret == m_caret)
        return;
    if (passage != m_marked.passage)
        m_marked = {};
    m_passage = passage;
    m_passageId = passage >= 0 ? briefing.passages().at(passage).id : QString();
    m_caret = caret;
    notify(PassagePending);
}

void ReadingState::revealPassage(int passage)
{
    if (passage < 0 || passage >= m_briefing.passages().size())
        return;
    setCurrentPassage(passage);
    Q_EMIT revealRequested(passage);
}

void ReadingState::showWords(const FindMatch &words)
{
    if (m_following || words.passage < 0 || words.passage >= m_briefing.passages().size())
        return;
    revealPassage(words.passage);
    m_marked = words.length > 0 ? words : FindMatch{};
    const PassageCaret caret{words.slot, words.offset};
    if (caret == m_caret && m_marked.length == 0)
        return;
    m_caret = caret;
    notify(PassagePending);
}

void ReadingState::setSelectedPassages(int first, int last, int slot)
{
    if (m_following)
        return; // the change decides; views reacting to it do not
    const Briefing &briefing = m_briefing;
    const int count = int(briefing.passages().size());
    if (first > last)
        std::swap(first, last);
    if (first < 0 || last >= count) {
        clearSelectedPassages();
        return;
    }
    QList<int> selection;
    selection.reserve(last - first + 1);
    for (int passage = first; passage <= last; ++passage)
        selection.append(passage);
    if (std::equal(selection.cbegin(), selection.cend(), m_selection.cbegin(), m_selection.cend())
        && slot == m_selectionSlot)
        return;
    m_selection = selection;
    m_selectionSlot = slot;
    m_selectionFirstId = briefing.passages().at(first).id;
    m_selectionLastId = briefing.passages().at(last).id;
    notify(SelectionPending);
}

void ReadingState::clearSelectedPassages()
{
    if (m_following)
        return; // the change decides; views reacting to it do not
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    m_selectionSlot = -1;
    m_selectionFirstId.clear();
    m_selectionLastId.clear();
    notify(SelectionPending);
}

QList<int> ReadingState::targetPassages() const
{
    if (!m_selection.isEmpty())
        return m_selection;
    return m_passage >= 0 ? QList<int>{m_passage} : QList<int>{};
}

void ReadingState::setHoveredPassage(int passage)
{
    if (m_following)
        return; // the change decides; views reacting to it do not
    if (passage < 0 || passage >= m_briefing.passages().size())
        passage = -1;
    if (passage == m_hovered)
        return;
    m_hovered = passage;
    notify(HoverPending);
}

void ReadingState::setFindText(const QString &text)
{
    if (text == m_findText)
        return;
    m_findText = text;
    findAll();
    notify(FindPending);
}

void ReadingState::findAll()
{
    m_findIndex = -1;
    if (m_findText.isEmpty())
        m_finder->cancel();
    else
        m_finder->start(m_briefing, m_findText);
}

void ReadingState::stepFind(int step)
{
    const QList<FindMatch> &matches = m_finder->matches();
    if (matches.isEmpty())
        return;
    const int count = int(matches.size());
    m_findIndex = m_findIndex < 0 ? (step > 0 ? 0 : count - 1)
                                  : ((m_findIndex + step) % count + count) % count;
    const FindMatch match = matches.at(m_findIndex);
    setCurrentPassage(match.passage, {match.slot, match.offset});
    Q_EMIT currentFindMatchChanged(m_findIndex);
    Q_EMIT revealRequested(match.passage);
}

bool ReadingState::stepHighlight(int step)
{
    if (m_highlight.isEmpty())
        return false;
    int target = step > 0 ? m_highlight.next(m_passage)
                          : (m_passage < 0 ? -1 : m_highlight.previous(m_passage));
    if (target < 0) {
        target = step > 0 ? m_highlight.passages().first() : m_highlight.passages().last();
        // Only a real wrap: from the first step on there is nothing to wrap round.
        if (m_passage >= 0)
            Q_EMIT highlightWrapped(step);
    }
    revealPassage(target);
    return true;
}

DocumentFocus ReadingState::focus() const
{
    DocumentFocus focus;
    focus.passageId = m_passageId;
    focus.caretSlot = m_caret.slot;
    focus.caretOffset = m_caret.offset;
    focus.issueId = m_issueId;
    return focus;
}

int ReadingState::resolvePassage(const QString &id, const DocumentChange &change) const
{
    if (id.isEmpty())
        return -1;
    const Briefing &briefing = m_briefing;
    const int index = briefing.passageIndex(id);
    if (index >= 0 || change.cause == DocumentChange::Cause::Opened)
        return index;
    // The passage is gone. Replaced by others: the first of them. Merged or emptied away:
    // the passage before, which took in its text (an edit that knows better says so in its
    // focus).
    const int count = int(briefing.passages().size());
    if (count == 0)
        return -1;
    const int at = change.passages.inserted > 0 ? change.passages.first : change.passages.first - 1;
    return std::clamp(at, 0, count - 1);
}

void ReadingState::follow(const DocumentChange &change)
{
    m_following = true;
    m_pending = 0;
    m_marked = {}; // its offsets were into the texts before the change
    const Briefing &briefing = m_briefing;
    const bool opened = change.cause == DocumentChange::Cause::Opened;

    // The issue: the edit's, else the same one by id.
    const QString oldIssueId = m_issueId;
    const int oldIssue = m_issue;
    if (opened)
        m_issueId.clear();
    if (change.focus.issueId)
        m_issueId = *change.focus.issueId;
    m_issue = briefing.issueIndex(m_issueId);
    if (m_issue < 0)
        m_issueId.clear();
    if (m_issue != oldIssue || m_issueId != oldIssueId)
        m_pending |= IssuePending;
    if ((m_pending & IssuePending) || change.touches(DocumentChange::Issues)
        || change.touches(DocumentChange::Passages)) {
        rebuildHighlight();
        m_pending |= HighlightPending;
    }

    // The current passage and the caret in it.
    const int oldPassage = m_passage;
    const PassageCaret oldCaret = m_caret;
    if (opened) {
        m_passageId.clear();
        m_caret = {};
    }
    if (change.focus.passageId) {
        m_passageId = *change.focus.passageId;
        m_caret = {change.focus.caretSlot, change.focus.caretOffset};
    }
    m_passage = resolvePassage(m_passageId, change);
    m_passageId = m_passage >= 0 ? briefing.passages().at(m_passage).id : QString();
    if (m_passage < 0 || (!change.focus.passageId && change.passages.changed.contains(m_passage)))
        m_caret = {}; // its text changed under the cursor
    if (m_caret.isValid()) {
        const QString &text = briefing.passages().at(m_passage).text[std::size_t(m_caret.slot)];
        m_caret.offset = std::min(m_caret.offset, int(PassageText::shown(text).size()));
    }
    if (m_passage != oldPassage || !(m_caret == oldCaret))
        m_pending |= PassagePending;

    // The selection, by the ids at its ends.
    if (!m_selection.isEmpty()) {
        const int first = opened ? -1 : briefing.passageIndex(m_selectionFirstId);
        const int last = opened ? -1 : briefing.passageIndex(m_selectionLastId);
        m_selection.clear();
        if (first >= 0 && last >= first) {
            for (int passage = first; passage <= last; ++passage)
                m_selection.append(passage);
        } else {
            m_selectionSlot = -1;
            m_selectionFirstId.clear();
            m_selectionLastId.clear();
        }
        m_pending |= SelectionPending;
    }

    // The mouse is over other text now.
    if (m_hovered >= 0 && (opened || change.touches(DocumentChange::Passages))) {
        m_hovered = -1;
        m_pending |= HoverPending;
    }

    if (!m_findText.isEmpty() && (opened || change.touches(DocumentChange::Passages))) {
        findAll();
        m_pending |= FindPending;
    }
}

void ReadingState::announce()
{
    m_following = false;
    const int pending = std::exchange(m_pending, 0);
    if (pending != 0)
        notify(pending);
}
