#pragma once

#include "model/briefing.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

// The edits a person makes to a briefing, as pure functions: each takes the data and
// returns the edited copy; the input is never changed. Indices refer to data.passages,
// data.issues and data.sides. An edit that cannot apply (an index out of range, a text
// that would be empty in both languages, a limit of BriefingLimits) returns the data
// unchanged, so every result writes out as a briefing the loader reads without
// diagnostics.
namespace BriefingEdits {

// Passages and their text.

// `passage` and the one after it become one passage with the first's id and paragraph
// flag; references to the second now point to the merged passage.
BriefingData mergeWithNext(const BriefingData &data, int passage);
// Splits the passage in both languages: `cuts[slot]` is where its text in that language is
// cut (0 moves all of it to the second part, its length keeps all of it in the first).
// Both parts keep some text. The second part gets a new unique id and continues the
// paragraph; references stay with the first part. A cut inside a surrogate pair, or one
// that would leave a part empty, changes nothing.
BriefingData splitPassage(const BriefingData &data, int passage, const std::array<int, 2> &cuts);
// The same with the text of language `slot` (0 or 1) cut at `position` and the other
// language kept whole in the first part.
BriefingData splitPassage(const BriefingData &data, int passage, int slot, int position);
// Moves the last sentence of `passage` in language `slot` to the start of the next
// passage (toNext) or its first sentence to the end of the previous one. A passage left
// empty in both languages is removed.
BriefingData moveSentence(const BriefingData &data, int passage, int slot, bool toNext);

// The briefing's own fields. An empty summary removes it.
BriefingData setTitle(const BriefingData &data, const LocalizedText &title);
BriefingData setSummary(const BriefingData &data, const LocalizedText &summary);
BriefingData setDate(const BriefingData &data, QDate date);
// The address, if any, must be https with a host (the loader warns about anything else).
BriefingData setSource(const BriefingData &data, const Source &source);

// Sides. A taken id gets a suffix ("kr-2").
BriefingData addSide(const BriefingData &data, const QString &id, const LocalizedText &name,
                     const QColor &color);
BriefingData renameSide(const BriefingData &data, int side, const LocalizedText &name);
BriefingData setSideColor(const BriefingData &data, int side, const QColor &color);
// Removes the side and every stance it takes; later sides move up one place.
BriefingData removeSide(const BriefingData &data, int side);

// Issues. A new issue's id is derived from its English title ("export-controls").
BriefingData addIssue(const BriefingData &data, const LocalizedText &title);
BriefingData renameIssue(const BriefingData &data, int issue, const LocalizedText &title);
BriefingData removeIssue(const BriefingData &data, int issue);
// The issue's passages stay sorted and without duplicates.
BriefingData addPassagesToIssue(const BriefingData &data, int issue, const QList<int> &passages);
// Also removes them from the evidence of the issue's stances.
BriefingData removePassagesFromIssue(const BriefingData &data, int issue,
                                     const QList<int> &passages);

// Stances. setStance keeps an existing stance's evidence; addEvidence creates a stance
// with position None if the side has none on the issue. Evidence stays sorted.
BriefingData setStance(const BriefingData &data, int issue, int side, StancePosition position,
                       const LocalizedText &summary);
BriefingData addEvidence(const BriefingData &data, int issue, int side, const QList<int> &passages);
BriefingData removeEvidence(const BriefingData &data, int issue, int side,
                            const QList<int> &passages);

// An id for a new item from its title ("Export Controls" → "export-controls"), made unique
// among `taken` with a number ("export-controls-2"); from `fallback` when the title has no
// ASCII letter or digit.
QString newId(const QString &title, const QSet<QString> &taken, const QString &fallback);

// Contested wordings (termedits.cpp). `term` replaces the briefing's own concept of the
// same id, or is added after them; a concept with no wording left is removed.
BriefingData setTerm(const BriefingData &data, const TermConcept &term);
BriefingData removeTerm(const BriefingData &data, const QString &id);

// The translation review's verdicts: one per passage, kind and key.
BriefingData setReviewVerdict(const BriefingData &data, const ReviewVerdict &verdict);
BriefingData removeReviewVerdict(const BriefingData &data, const QString &passage,
                                 const QString &kind, const QString &key);

} // namespace BriefingEdits
