#pragma once

#include "document/documentchange.h"
#include "document/passagefinder.h"
#include "document/passagehighlight.h"

#include <QList>
#include <QObject>
#include <QString>

// Where in the current passage the text cursor is: the language slot (0 or 1) and the
// offset in the passage's shown text (PassageText); slot -1 when the reader has not put
// it there.
struct PassageCaret
{
    int slot = -1;
    int offset = -1;
    bool isValid() const { return slot >= 0 && offset >= 0; }
    friend bool operator==(const PassageCaret &, const PassageCaret &) = default;
};

// Where the reader is in the open briefing: the selected issue, the current passage and
// the text cursor in it, the passages selected for tagging, the passage under the mouse,
// and what is being searched for. One object, owned by the document and observed by every
// view; the edit actions read their target here, never from a widget.
//
// Passages and issues are remembered by id, so the reader's place survives edits: a merge
// keeps the merged passage current, a split its first half, an undo the passage it
// restores (each edit says so in its DocumentFocus). The document updates this state
// before it emits BriefingDocument::changed() and announces the state's own changes after
// that, so a view never sees indices of one briefing with the text of another.
class ReadingState final : public QObject
{
    Q_OBJECT

public:
    // `briefing` is the document's: the state reads it as it changes and never copies it.
    explicit ReadingState(const Briefing &briefing, QObject *parent = nullptr);

    // The briefing this is the reading state of (the document's).
    const Briefing &briefing() const { return m_briefing; }

    // The selected issue (index into Briefing::issues()), or -1.
    int selectedIssue() const { return m_issue; }
    void selectIssue(int issue);
    // What the selected issue marks in the text.
    const PassageHighlight &highlight() const { return m_highlight; }

    // The current passage: the one the reader last clicked, stepped to or edited; -1 for
    // none. Outlined in both panes.
    int currentPassage() const { return m_passage; }
    PassageCaret caret() const { return m_caret; }
    void setCurrentPassage(int passage, PassageCaret caret = {});
    // Makes `passage` current and asks the views to bring it into view in both languages.
    void revealPassage(int passage);

    // The passages of a text selection (a run in document order), or none.
    const QList<int> &selectedPassages() const { return m_selection; }
    // The language slot the selection was made in, or -1.
    int selectionSlot() const { return m_selectionSlot; }
    void setSelectedPassages(int first, int last, int slot);
    void clearSelectedPassages();
    // What tagging acts on: the selected passages, else the current one, else none.
    QList<int> targetPassages() const;

    int hoveredPassage() const { return m_hovered; }
    void setHoveredPassage(int passage);

    // Find: every case-insensitive match of the text in both languages, in reading order
    // (by passage, then language slot). On a long briefing the matches arrive over a few
    // frames after setFindText() (findMatchesChanged() each time; isFindComplete() at the end).
    using FindMatch = TextMatch;
    QString findText() const { return m_findText; }
    void setFindText(const QString &text);
    const QList<FindMatch> &findMatches() const { return m_finder->matches(); }
    bool isFindComplete() const { return m_finder->isFinished(); }
    // The match stepped to, as an index into findMatches(); -1 before the first step.
    int currentFindMatch() const { return m_findIndex; }
    // To the next (+1) or previous (-1) match, round the end; brings it into view.
    void stepFind(int step);

    // Words the reader was taken to from the Terms or Review panel: the passage becomes
    // current with the caret at them, both languages are brought into view, and the words
    // are outlined in their pane until another passage becomes current or the briefing
    // changes. A length of 0 marks nothing (a finding about a whole text).
    const FindMatch &markedWords() const { return m_marked; }
    void showWords(const FindMatch &words);

    // To the selected issue's next or previous passage after the current one, wrapping
    // round the end (then highlightWrapped() says so). False when there is none to go to.
    bool stepHighlight(int step);

    // The reader's place as an edit records it, to return to on undo.
    DocumentFocus focus() const;

    // Called by the document around BriefingDocument::changed().
    void follow(const DocumentChange &change);
    void announce();

Q_SIGNALS:
    void selectedIssueChanged(int issue);
    // What the selected issue marks changed: another issue, or its tagging was edited.
    void highlightChanged();
    // The current passage or the caret in it changed, or the same passage moved to
    // another index.
    void currentPassageChanged(int passage);
    void revealRequested(int passage);
    void selectedPassagesChanged();
    void hoveredPassageChanged(int passage);
    // More matches, or none: a new find text, an edit, or another batch from a long briefing.
    void findMatchesChanged();
    void currentFindMatchChanged(int index);
    void highlightWrapped(int step);

private:
    enum Pending {
        IssuePending = 0x1,
        PassagePending = 0x2,
        SelectionPending = 0x4,
        HoverPending = 0x8,
        FindPending = 0x10,
        HighlightPending = 0x20,
    };
    void notify(int what);
    int resolvePassage(const QString &id, const DocumentChange &change) const;
    void rebuildHighlight();
    void findAll();

    const Briefing &m_briefing;
    QString m_issueId;
    int m_issue = -1;
    PassageHighlight m_highlight;
    QString m_passageId;
    int m_passage = -1;
    PassageCaret m_caret;
    QString m_selectionFirstId;
    QString m_selectionLastId;
    QList<int> m_selection;
    int m_selectionSlot = -1;
    int m_hovered = -1;
    QString m_findText;
    PassageFinder *m_finder;
    int m_findIndex = -1;
    FindMatch m_marked;
    // While the document is changing: the signals to emit once it has told every view.
    bool m_following = false;
    int m_pending = 0;
};
