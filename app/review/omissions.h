#pragma once

#include "model/briefing.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// What one language version of a passage has and the other leaves out: its length against
// the briefing's own ratio, its quotations and parentheses, its Latin-script names.
namespace Omissions {
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// A quotation or a parenthesis long enough to be a clause (not a quoted term such as
// ‘처리수’, nor a gloss such as (IAEA) or (現地時間)).
struct Piece
{
    qsizetype start = 0;
    qsizetype length = 0; // the marks included
    bool quotation = false; // else a parenthesis
};
QList<Piece> clausePieces(QStringView text);
// Whether `text` has any quotation (quotation true) or parenthesis at all, however short.
bool hasAnyPiece(QStringView text, bool quotation);

// Latin-script words in a Korean or Japanese text that a translation would write the same
// way: names and acronyms (IAEA, ALPS, Kishida), not units (km, mSv).
QList<Span> latinNames(QStringView text);
// Whether `text` holds `word` as a whole word, ignoring case and full-width forms.
bool containsWord(QStringView text, QStringView word);
bool isLatinScriptLanguage(const QString &language);
// How many sentences a text has, by its sentence-ending marks; 1 for text without one.
int sentenceCount(QStringView text);

// The briefing's own length ratio between its two texts, learnt from its passages (robust
// to the few that are themselves short), and the passages that fall far short of it.
class LengthModel final
{
public:
    explicit LengthModel(const Briefing &briefing);
    struct Shortfall
    {
        int column = 0; // the text that is short
        int percent = 0; // how much shorter than predicted
    };
    std::optional<Shortfall> shortfall(const std::array<QString, 2> &text) const;
    double ratio() const; // second / first, in weighted characters

    // Letters and digits, a Hangul syllable counting as 2.6 and a kana or Han character
    // as 2: roughly the English letters each stands for, so that ratios start near 1.
    static double weightedLength(QStringView text);

private:
    double m_logRatio = 0.0;
    double m_spread = 0.35;
};
} // namespace Omissions
