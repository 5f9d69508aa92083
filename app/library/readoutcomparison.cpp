#include "library/readoutcomparison.h"

#include "library/issuealiases.h"
#include "terms/termindex.h"

#include <QHash>

using namespace Qt::StringLiterals;

bool ReadoutComparison::SideStances::differs() const
{
    if (!a || !b)
        return a != b;
    return a->position != b->position;
}

QString ReadoutComparison::raisedKey(Raised raised)
{
    switch (raised) {
    case Raised::Both:
        return u"both"_s;
    case Raised::OnlyA:
        return u"a"_s;
    case Raised::OnlyB:
        return u"b"_s;
    }
    return {};
}

namespace {
// The issue of `b` that is `issue` of `a`, or -1.
int counterpartIssue(const Issue &issue, const Briefing &b, const IssueAliases *aliases,
                     const QList<bool> &taken)
{
    auto free = [&](int index) {
        return index >= 0 && !taken.at(index) ? index : -1;
    };
    if (const int same = free(b.issueIndex(issue.id)); same >= 0)
        return same;
    if (aliases) {
        for (const QString &id : aliases->idsMatching(issue.id)) {
            if (const int alias = free(b.issueIndex(id)); alias >= 0)
                return alias;
        }
    }
    for (qsizetype i = 0; i < b.issues().size(); ++i) {
        if (taken.at(i))
            continue;
        for (const auto &[language, title] : issue.title.entries()) {
            const QString other = b.issues().at(i).title.text(language);
            if (!title.isEmpty() && other.compare(title, Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return -1;
}

void addSides(ReadoutComparison::ComparedIssue &compared, const Briefing &briefing,
              const Issue &issue, bool isA)
{
    for (const Stance &stance : issue.stances) {
        const Side &side = briefing.sides().at(stance.side);
        auto it = std::find_if(compared.sides.begin(), compared.sides.end(),
                               [&](const auto &entry) { return entry.side == side.id; });
        if (it == compared.sides.end()) {
            compared.sides.append({side.id, side.name, nullptr, nullptr});
            it = compared.sides.end() - 1;
        }
        (isA ? it->a : it->b) = &stance;
    }
}
} // namespace

ReadoutComparison ReadoutComparison::compare(const Briefing &a, const Briefing &b,
                                             const IssueAliases *aliases)
{
    ReadoutComparison result;
    result.a = a;
    result.b = b;
    // Stances are pointed into the copies the result keeps (they share the same data).
    const Briefing &ra = result.a;
    const Briefing &rb = result.b;
    QList<bool> takenB(rb.issues().size(), false);
    for (qsizetype i = 0; i < ra.issues().size(); ++i) {
        const Issue &issue = ra.issues().at(i);
        ComparedIssue compared;
        compared.id = issue.id;
        compared.title = issue.title;
        compared.issueA = int(i);
        compared.issueB = counterpartIssue(issue, rb, aliases, takenB);
        compared.raised = compared.issueB >= 0 ? Raised::Both : Raised::OnlyA;
        addSides(compared, ra, issue, true);
        if (compared.issueB >= 0) {
            takenB[compared.issueB] = true;
            addSides(compared, rb, rb.issues().at(compared.issueB), false);
        }
        result.issues.append(compared);
    }
    for (qsizetype i = 0; i < rb.issues().size(); ++i) {
        if (takenB.at(i))
            continue;
        const Issue &issue = rb.issues().at(i);
        ComparedIssue compared;
        compared.id = issue.id;
        compared.title = issue.title;
        compared.issueB = int(i);
        compared.raised = Raised::OnlyB;
        addSides(compared, rb, issue, false);
        result.issues.append(compared);
    }

    // Each side's own wordings, counted in both texts of each readout.
    const TermIndex termsA(ra);
    const TermIndex termsB(rb);
    QHash<QString, int> wordingRow; // concept id + wording text + language → row
    auto count = [&](const TermIndex &terms, bool isA) {
        for (const TermIndex::Occurrence &occurrence : terms.occurrences()) {
            const TermWording &wording = terms.wording(occurrence);
            if (wording.side.isEmpty())
                continue;
            const TermConcept &concept_ = terms.concepts().at(occurrence.term);
            const QString key = concept_.id + u'\n' + wording.text + u'\n' + wording.language;
            auto row = wordingRow.constFind(key);
            if (row == wordingRow.cend()) {
                row = wordingRow.insert(key, int(result.wordings.size()));
                result.wordings.append({concept_.id, concept_.label, wording.text, wording.language,
                                        wording.side, 0, 0});
            }
            ++(isA ? result.wordings[*row].countA : result.wordings[*row].countB);
        }
    };
    count(termsA, true);
    count(termsB, false);
    return result;
}

QString ReadoutComparison::toTsv() const
{
    QString tsv = u"issue\traised\tside\tposition_a\tposition_b\n"_s;
    auto position = [](const Stance *stance) {
        return stance ? StancePositions::key(stance->position) : QString();
    };
    for (const ComparedIssue &issue : issues) {
        const QString head = issue.id + u'\t' + raisedKey(issue.raised) + u'\t';
        if (issue.sides.isEmpty())
            tsv += head + u"\t\t\n"_s;
        for (const SideStances &side : issue.sides)
            tsv += head + side.side + u'\t' + position(side.a) + u'\t' + position(side.b) + u'\n';
    }
    return tsv;
}
