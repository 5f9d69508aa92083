#include "review/translationreview.h"

#include "review/omissions.h"
#include "review/quantities.h"
#include "terms/termindex.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
using Kind = ReviewFinding::Kind;

struct PassageContext
{
    const Briefing &briefing;
    const TermIndex &terms;
    int passage;
    const std::array<QString, 2> &text;
    QList<ReviewFinding> &out;
    qsizetype firstOfPassage = out.size(); // this passage's findings start here

    const QString &language(int column) const { return briefing.languages()[column]; }

    void add(Kind kind, QString key, int column, qsizetype start, qsizetype length,
             QStringList details)
    {
        // The same key twice in one passage (3,000 missing twice) stays two findings, each
        // with a key of its own.
        const QString base = key;
        for (int n = 2;
             std::any_of(out.cbegin() + firstOfPassage, out.cend(),
                         [&](const ReviewFinding &f) { return f.kind == kind && f.key == key; });
             ++n)
            key = base + u'#' + QString::number(n);
        out.append({passage, kind, key, column, start, length, std::move(details), false, {}});
    }
};

void reviewNumbers(PassageContext &context)
{
    const std::array<QList<Quantity>, 2> found{
        Quantities::find(context.text[0], context.language(0)),
        Quantities::find(context.text[1], context.language(1))};
    std::array<QList<Quantity>, 2> missing{Quantities::missing(found[0], found[1]),
                                           Quantities::missing(found[1], found[0])};
    // A number of one kind missing from each text is one number given differently (3,000
    // and 2,000; 29 October and 30 October), told as one finding. A day in one text (30일)
    // and a full date in the other (31 October) are of one kind; so are the two clocks.
    const auto kindOf = [](const Quantity &q) {
        const QString kind = q.key.section(u':', 0, 0);
        if (kind == u"day" || kind == u"month")
            return u"date"_s;
        if (kind == u"clock")
            return u"time"_s;
        return kind;
    };
    for (qsizetype i = 0; i < missing[0].size(); ++i) {
        const Quantity &first = missing[0].at(i);
        const auto other =
            std::find_if(missing[1].cbegin(), missing[1].cend(),
                         [&](const Quantity &q) { return kindOf(q) == kindOf(first); });
        if (other == missing[1].cend())
            continue;
        context.add(Kind::Number, u"differs:"_s + first.key + u'|' + other->key, 0, first.start,
                    first.length,
                    {context.language(0), context.language(1),
                     context.text[0].mid(first.start, first.length),
                     context.text[1].mid(other->start, other->length)});
        missing[1].erase(other);
        missing[0].removeAt(i--);
    }
    for (int column = 0; column < 2; ++column) {
        // One is "a", "an" or a name's numeral (후쿠시마 제1원전, Fukushima Daiichi) as often
        // as it is a number: never reported alone.
        missing[column].removeIf([](const Quantity &q) { return q.key == u"n:1"; });
        for (const Quantity &q : std::as_const(missing[column]))
            context.add(Kind::Number, u"missing:"_s + q.key + u'@' + context.language(column),
                        column, q.start, q.length,
                        {context.language(column), context.language(1 - column),
                         context.text[column].mid(q.start, q.length), q.key});
    }
}

void reviewTerms(PassageContext &context)
{
    const auto [first, last] = context.terms.inPassage(context.passage);
    // concept -> per column: the wordings used, and the first occurrence.
    struct Use
    {
        std::array<QStringList, 2> wordings;
        std::array<QSet<QString>, 2> sides;
        std::array<int, 2> firstOccurrence{-1, -1};
    };
    QList<int> order;
    QHash<int, Use> uses;
    for (int i = first; i < last; ++i) {
        const TermIndex::Occurrence &occurrence = context.terms.occurrences().at(i);
        if (!uses.contains(occurrence.term))
            order.append(occurrence.term);
        Use &use = uses[occurrence.term];
        const TermWording &wording = context.terms.wording(occurrence);
        if (!use.wordings[occurrence.column].contains(wording.text))
            use.wordings[occurrence.column].append(wording.text);
        use.sides[occurrence.column].insert(wording.side);
        if (use.firstOccurrence[occurrence.column] < 0)
            use.firstOccurrence[occurrence.column] = i;
    }
    for (const int term : std::as_const(order)) {
        const Use &use = uses.value(term);
        const TermConcept &concept_ = context.terms.concepts().at(term);
        const bool inBoth = use.firstOccurrence[0] >= 0 && use.firstOccurrence[1] >= 0;
        if (concept_.kind == TermKind::Name || !inBoth) {
            if (inBoth)
                continue;
            // Named in one text only: a finding when the concept has a wording in the other
            // text's language, so that its absence there means something.
            const int column = use.firstOccurrence[0] >= 0 ? 0 : 1;
            if (concept_.kind != TermKind::Name || context.text[1 - column].trimmed().isEmpty())
                continue;
            const QString otherLanguage = context.language(1 - column);
            if (std::none_of(concept_.wordings.cbegin(), concept_.wordings.cend(),
                             [&](const TermWording &w) { return w.language == otherLanguage; }))
                continue;
            const TermIndex::Occurrence &at =
                context.terms.occurrences().at(use.firstOccurrence[column]);
            context.add(Kind::Name, concept_.id + u'@' + context.language(column), column, at.start,
                        at.length,
                        {context.language(column), otherLanguage,
                         context.text[column].mid(at.start, at.length)});
            continue;
        }
        if (use.sides[0] == use.sides[1])
            continue;
        // A side's wording stands for a choice only where the other language has a wording of
        // that side too: 한반도 is Seoul's word in Korean, but English has only "Korean
        // Peninsula", so writing that is no choice of Tokyo's.
        const auto hasWording = [&](const QString &side, const QString &language) {
            return std::any_of(
                concept_.wordings.cbegin(), concept_.wordings.cend(),
                [&](const TermWording &w) { return w.side == side && w.language == language; });
        };
        bool choice = false;
        for (int column = 0; column < 2 && !choice; ++column) {
            for (const QString &side : use.sides[column]) {
                if (!use.sides[1 - column].contains(side)
                    && hasWording(side, context.language(1 - column)))
                    choice = true;
            }
        }
        if (!choice)
            continue;
        const auto sidesOf = [&](int column) {
            QStringList sides = use.sides[column].values();
            sides.sort();
            return sides.join(u',');
        };
        const TermIndex::Occurrence &at = context.terms.occurrences().at(use.firstOccurrence[0]);
        const TermIndex::Occurrence &other = context.terms.occurrences().at(use.firstOccurrence[1]);
        context.add(Kind::Term, concept_.id + u':' + sidesOf(0) + u'|' + sidesOf(1), 0, at.start,
                    at.length,
                    {context.language(0), context.language(1), use.wordings[0].join(u", "),
                     context.terms.wording(at).side, use.wordings[1].join(u", "),
                     context.terms.wording(other).side, concept_.id});
    }
}

void reviewLatinNames(PassageContext &context)
{
    // A Latin-script name in a Korean or Japanese text (ALPS, IAEA, Kishida) is written the
    // same way in the English one.
    for (int column = 0; column < 2; ++column) {
        const int other = 1 - column;
        if (!Omissions::isLatinScriptLanguage(context.language(other))
            || Omissions::isLatinScriptLanguage(context.language(column))
            || context.text[other].trimmed().isEmpty())
            continue;
        const auto [first, last] = context.terms.inPassage(context.passage);
        const auto inTerm = [&](const Omissions::Span &name) {
            for (int i = first; i < last; ++i) {
                const TermIndex::Occurrence &o = context.terms.occurrences().at(i);
                if (o.column == column && name.start < o.start + o.length
                    && o.start < name.start + name.length)
                    return true;
            }
            return false;
        };
        for (const Omissions::Span &name : Omissions::latinNames(context.text[column])) {
            const QString word = context.text[column].mid(name.start, name.length);
            // A name the terms know is the terms' to check (ALPS is 다핵종제거설비 too).
            if (Omissions::containsWord(context.text[other], word) || inTerm(name))
                continue;
            context.add(Kind::Name, word.toCaseFolded() + u'@' + context.language(column), column,
                        name.start, name.length,
                        {context.language(column), context.language(other), word});
        }
    }
}

void reviewOmissions(PassageContext &context, const Omissions::LengthModel &lengths)
{
    for (int column = 0; column < 2; ++column) {
        if (context.text[column].trimmed().isEmpty()
            && !context.text[1 - column].trimmed().isEmpty()) {
            context.add(Kind::Omission, u"empty@"_s + context.language(column), column, -1, 0,
                        {context.language(column), context.language(1 - column)});
            return;
        }
    }
    if (const auto shortfall = lengths.shortfall(context.text)) {
        const int column = shortfall->column;
        context.add(Kind::Omission, u"length@"_s + context.language(column), column, -1, 0,
                    {context.language(column), context.language(1 - column),
                     QString::number(shortfall->percent)});
    }
    for (int column = 0; column < 2; ++column) {
        std::array<bool, 2> told{false, false}; // a parenthesis, a quotation
        for (const Omissions::Piece &piece : Omissions::clausePieces(context.text[column])) {
            // Any quotation (or parenthesis) in the other text may be this one, shorter; and
            // one finding of each says what there is to look at.
            if (told[piece.quotation]
                || Omissions::hasAnyPiece(context.text[1 - column], piece.quotation))
                continue;
            told[piece.quotation] = true;
            context.add(Kind::Omission,
                        (piece.quotation ? u"quote@"_s : u"paren@"_s) + context.language(column),
                        column, piece.start, piece.length,
                        {context.language(column), context.language(1 - column),
                         context.text[column].mid(piece.start, piece.length)});
        }
    }
}
} // namespace

QList<ReviewFinding> TranslationReview::run(const Briefing &briefing, const TermIndex &terms)
{
    QList<ReviewFinding> findings;
    const Omissions::LengthModel lengths(briefing);
    const QList<Passage> &passages = briefing.passages();
    for (int p = 0; p < passages.size(); ++p) {
        PassageContext context{briefing, terms, p, passages.at(p).text, findings};
        const qsizetype before = findings.size();
        reviewNumbers(context);
        reviewTerms(context);
        reviewLatinNames(context);
        reviewOmissions(context, lengths);
        std::stable_sort(findings.begin() + before, findings.end(),
                         [](const ReviewFinding &a, const ReviewFinding &b) {
                             return int(a.kind) < int(b.kind);
                         });
    }
    markChecked(findings, briefing);
    return findings;
}

void TranslationReview::markChecked(QList<ReviewFinding> &findings, const Briefing &briefing)
{
    const QList<Passage> &passages = briefing.passages();
    for (ReviewFinding &finding : findings) {
        finding.checked = false;
        finding.note.clear();
    }
    if (!briefing.reviews().isEmpty()) {
        QHash<QString, const ReviewVerdict *> verdicts;
        for (const ReviewVerdict &verdict : briefing.reviews())
            verdicts.insert(verdict.passage + u'\n' + verdict.kind + u'\n' + verdict.key, &verdict);
        for (ReviewFinding &finding : findings) {
            const ReviewVerdict *verdict =
                verdicts.value(passages.at(finding.passage).id + u'\n' + kindKey(finding.kind)
                               + u'\n' + finding.key);
            if (verdict) {
                finding.checked = true;
                finding.note = verdict->note;
            }
        }
    }
}
