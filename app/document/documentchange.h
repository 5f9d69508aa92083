#pragma once

#include "model/briefing.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

// Where the reader is after a change: the edit's target, or on undo where they were before
// it. Ids, not indices, so the focus names the same passage whatever moved around it.
struct DocumentFocus
{
    // The current passage; nullopt leaves it to the reading state, "" clears it.
    std::optional<QString> passageId;
    // The text cursor inside it, in the passage's shown text (PassageText); -1: none.
    int caretSlot = -1;
    int caretOffset = -1;
    // The selected issue; nullopt keeps the selection, "" clears it.
    std::optional<QString> issueId;

    friend bool operator==(const DocumentFocus &, const DocumentFocus &) = default;
};

// Which items of a list (the passages, the issues) a change replaced or changed. Items are
// matched by id: from `first` on, `removed` items of the list before gave way to
// `inserted` new ones at the same place; every other item is the same one, perhaps moved.
// An item that kept its id but changed (a merged passage's text, an issue whose evidence
// moved) is listed in `changed`, by its index after the change.
struct ListChange
{
    int first = 0;
    int removed = 0;
    int inserted = 0;
    QList<int> changed;

    bool isEmpty() const { return removed == 0 && inserted == 0 && changed.isEmpty(); }
};

// What one change to the open briefing touched, so that each view updates only that.
struct DocumentChange
{
    enum class Cause {
        Opened, // a different briefing: everything changed
        Edited,
        Undone,
        Redone,
    };
    enum Part {
        Passages = 0x1, // text, paragraphs, or which passages there are
        Issues = 0x2, // titles, tagging, stances
        Sides = 0x4, // names, colours, which sides there are
        Properties = 0x8, // title, bottom line, date, source, languages
        Terms = 0x10, // the briefing's own contested wordings
        Reviews = 0x20, // verdicts on the translation review's findings
    };
    Q_DECLARE_FLAGS(Parts, Part)

    Cause cause = Cause::Opened;
    Parts parts;
    Briefing before;

    ListChange passages;
    ListChange issues;

    DocumentFocus focus;

    // The change from `before` to `after`; an Opened change replaces everything.
    static DocumentChange between(const Briefing &before, const Briefing &after, Cause cause);

    bool touches(Part part) const { return parts.testFlag(part); }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentChange::Parts)
