#pragma once

#include "model/term.h"

#include <QBitArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

// Finds the wordings of a set of concepts in texts of one language, the way a reader would
// recognise them:
// - case and full-width forms do not matter (ＡＬＰＳ, alps);
// - English: whole words; a hyphen, a dash and a space are the same ("ALPS treated water");
//   a plural ending is allowed (-s, -es, -ies for a final y; a possessive's apostrophe ends
//   the word anyway);
// - Korean: the particles and copula endings written onto the noun (오염수를, 오염수라고),
//   and spaces inside a compound written with or without them (일본군 위안부);
// - Japanese and Chinese: anywhere in the text (no inflection on nouns, no spaces).
// At each position the longest wording wins, and matches do not overlap.
class TermMatcher final
{
public:
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int term = -1; // index into the concepts the matcher was made with
        int wording = -1; // index into that concept's wordings

        friend bool operator==(const Match &, const Match &) = default;
    };

    TermMatcher() = default;
    TermMatcher(const QList<TermConcept> &concepts, const QString &language);

    QList<Match> find(QStringView text) const;
    bool isEmpty() const { return m_wordings.isEmpty(); }

private:
    enum class Script { Latin, Korean, NoSpaces };
    struct Wording
    {
        QString folded; // case-folded, full-width forms made ASCII, separators as one space
        int term;
        int wording;
    };
    // The end of `wording` matched at `start`, or -1.
    qsizetype matchAt(QStringView text, qsizetype start, const Wording &wording) const;
    qsizetype endOfWord(QStringView text, qsizetype end) const;

    Script m_script = Script::Latin;
    QList<Wording> m_wordings;
    QHash<char16_t, QList<int>> m_byFirst; // longest first
    QBitArray m_firstCharacters{0x10000}; // the first characters of m_byFirst
    // Those of Korean wordings of three syllables or more, which may begin inside a word.
    QBitArray m_longFirstCharacters{0x10000};
};
