#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// How the library's full-text index sees text. SQLite's FTS5 splits words at spaces, which
// Korean puts between phrases, not words, and Japanese does not use at all; its trigram
// tokenizer finds nothing for the two-syllable words (독도, 処理) people search for most.
// So the index is fed a form of the text made here: Latin and digit words as they are,
// and every run of Hangul, kana or Han as its overlapping pairs of characters (오염수를 →
// 오염 염수 수를). A query is turned the same way into a phrase of pairs, which finds a
// word inside a longer word or with particles after it, in any of the three languages.
namespace LibraryText {

// The text as the index stores it: tokens separated by spaces.
QString indexForm(QStringView text);

struct Query
{
    QString match; // an FTS5 MATCH expression; empty when the query has no words
    // The same without prefixes: "the" alone rather than "the*" (then, there, theory…).
    QString exactMatch;
    // What to mark in a snippet, folded (lower case, full-width forms as ASCII): each
    // Latin word and each run of Hangul, kana or Han, and the stems of Korean words given
    // with particles.
    QStringList words;

    bool isEmpty() const { return match.isEmpty(); }
};

// Words are joined by AND; a Latin word also matches longer words it begins
// ("contamin" finds "contaminated"); a Korean word with particles (오염수를) also
// matches its stem without them.
Query parseQuery(QStringView query);

struct Snippet
{
    QString text; // one line, "…" where the passage was cut
    QList<std::pair<qsizetype, qsizetype>> marks; // (start, length) in `text`, in order
};

// A window of about `width` characters of `text` around the first of `words` found,
// with every occurrence of them inside it marked.
Snippet snippet(QStringView text, const QStringList &words, qsizetype width = 120);

// One character as the index compares it: case-folded, full-width ASCII forms as ASCII.
char16_t folded(char16_t c);

} // namespace LibraryText
