#pragma once

#include "model/localizedtext.h"

#include <QList>
#include <QString>
#include <QUrl>

// Contested wording as data (docs/briefing-format.md, "Terms"): a concept such as the
// water stored at Fukushima, and the words each side uses for it in each language.

// One way of writing a concept in one language, and whose wording it is.
struct TermWording
{
    QString text;
    QString language; // "ko", "ja", "en", …
    QString side; // a side id such as "kr"; empty for a neutral wording

    friend bool operator==(const TermWording &, const TermWording &) = default;
};

enum class TermKind {
    Term, // contested wording: which word a text uses says whose view it takes
    Name, // a person, place or organisation both language versions should name
};

struct TermConcept
{
    QString id;
    TermKind kind = TermKind::Term;
    LocalizedText label;
    LocalizedText note; // one line: who says what, and why it matters
    QString sourceName; // a public source that documents the wordings
    QUrl sourceUrl;
    QList<TermWording> wordings;

    friend bool operator==(const TermConcept &, const TermConcept &) = default;
};

// A finding of the translation review that a reader has looked at: it stops showing.
struct ReviewVerdict
{
    QString passage; // passage id
    QString kind; // "number", "term", "name" or "omission"
    QString key; // the finding's key, stable across runs (see review/translationreview.h)
    QString note;

    friend bool operator==(const ReviewVerdict &, const ReviewVerdict &) = default;
};
