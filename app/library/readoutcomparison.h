#pragma once

#include "model/briefing.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class IssueAliases;

// Two briefings of one meeting (Seoul's readout and Tokyo's) set issue by issue against
// each other: what each raised, where each puts each side, and whose words each uses.
struct ReadoutComparison
{
    enum class Raised { Both, OnlyA, OnlyB };

    struct SideStances
    {
        QString side; // side id
        LocalizedText name;
        const Stance *a = nullptr; // into `a`'s issue; null when A records none
        const Stance *b = nullptr;
        bool differs() const;
    };
    struct ComparedIssue
    {
        QString id; // A's id when both raise it
        LocalizedText title;
        Raised raised = Raised::Both;
        int issueA = -1; // index into a.issues(), or -1
        int issueB = -1;
        QList<SideStances> sides;
    };
    // A side's own wording of a contested term, counted in each readout.
    struct Wording
    {
        QString conceptId;
        LocalizedText label;
        QString text;
        QString language;
        QString side;
        int countA = 0;
        int countB = 0;
    };

    Briefing a;
    Briefing b;
    QList<ComparedIssue> issues; // A's order, then the issues only B raises
    QList<Wording> wordings;

    // Issues match by id, by alias, or by a title that is the same in some language.
    static ReadoutComparison compare(const Briefing &a, const Briefing &b,
                                     const IssueAliases *aliases = nullptr);

    // "issue	raised	side	position_a	position_b", one line per issue and side
    // (`bilateral --compare`).
    QString toTsv() const;

    static QString raisedKey(Raised raised); // "both", "a", "b"
};
