#pragma once

#include "model/briefing.h"

#include <QList>
#include <QString>
#include <QStringList>

class TermIndex;

// The two language versions of each passage checked against each other (docs/review.md):
// - number: a number, date, time, amount or percentage one text has and the other lacks or
//   gives differently;
// - term: a contested concept written in one side's wording in one text and another side's
//   (or a neutral one) in the other, e.g. 오염수 ↔ "treated water";
// - name: a person, place or organisation named in one text and not the other;
// - omission: one text far shorter than the briefing's own length ratio predicts, empty, or
//   without a quotation or parenthesis the other has.
struct ReviewFinding
{
    enum class Kind { Number, Term, Name, Omission };

    int passage = -1;
    Kind kind = Kind::Number;
    // Stable across runs and edits elsewhere in the briefing: with the passage's id and the
    // kind, what a verdict in the file names.
    QString key;
    // The text that has the thing the other lacks (or the first text for a difference), and
    // where in its stored text; start -1 when the finding is about the whole text.
    int column = 0;
    qsizetype start = -1;
    qsizetype length = 0;
    // The message's pieces, filled into a sentence by TranslationReview::message().
    QStringList details;
    // A reader marked it "checked" (a verdict in the file matches): kept, not shown.
    bool checked = false;
    QString note;

    friend bool operator==(const ReviewFinding &, const ReviewFinding &) = default;
};

namespace TranslationReview {
// Every finding, by passage, then kind. Verdicts in the briefing mark findings checked.
QList<ReviewFinding> run(const Briefing &briefing, const TermIndex &terms);
// Marks the findings the briefing's verdicts name as checked (and no others): after a
// change to the verdicts alone, without running the review again.
void markChecked(QList<ReviewFinding> &findings, const Briefing &briefing);

// "number", "term", "name", "omission": as the file and `--review` write kinds.
QString kindKey(ReviewFinding::Kind kind);
// The kind's name in the interface language.
QString kindName(ReviewFinding::Kind kind);
// The finding in a sentence in the interface language, sides named in the first of
// `nameLanguages` the briefing has.
QString message(const ReviewFinding &finding, const Briefing &briefing,
                const QStringList &nameLanguages);
// The same in English: `--review` prints English whatever the interface language, so that
// scripts can read it.
QString englishMessage(const ReviewFinding &finding, const Briefing &briefing);
} // namespace TranslationReview
