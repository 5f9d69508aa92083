#include "document/documentchange.h"

#include <algorithm>

namespace {
// Matches the items of two lists by id from both ends; what lies between is replaced, and
// matched items that differ are changed. Linear: an edit touches one stretch of a list.
template<typename T>
ListChange difference(const QList<T> &before, const QList<T> &after)
{
    const qsizetype common = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < common && before.at(prefix).id == after.at(prefix).id)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
           && before.at(before.size() - 1 - suffix).id == after.at(after.size() - 1 - suffix).id)
        ++suffix;
    ListChange result;
    result.first = int(prefix);
    result.removed = int(before.size() - prefix - suffix);
    result.inserted = int(after.size() - prefix - suffix);
    for (qsizetype i = 0; i < prefix; ++i) {
        if (!(before.at(i) == after.at(i)))
            result.changed.append(int(i));
    }
    for (qsizetype i = 0; i < suffix; ++i) {
        const qsizetype index = after.size() - suffix + i;
        if (!(before.at(before.size() - suffix + i) == after.at(index)))
            result.changed.append(int(index));
    }
    return result;
}
} // namespace

DocumentChange DocumentChange::between(const Briefing &before, const Briefing &after, Cause cause)
{
    DocumentChange change;
    change.cause = cause;
    change.before = before;
    if (cause == Cause::Opened) {
        change.parts = Passages | Issues | Sides | Properties | Terms | Reviews;
        change.passages = {0, int(before.passages().size()), int(after.passages().size()), {}};
        change.issues = {0, int(before.issues().size()), int(after.issues().size()), {}};
        return change;
    }
    // Briefings share their data: an edit that left a list alone left the same list.
    const BriefingData &a = before.data();
    const BriefingData &b = after.data();
    change.passages = difference(a.passages, b.passages);
    if (!change.passages.isEmpty())
        change.parts |= Passages;
    change.issues = difference(a.issues, b.issues);
    if (!change.issues.isEmpty())
        change.parts |= Issues;
    if (!(a.sides == b.sides))
        change.parts |= Sides;
    if (a.title != b.title || a.summary != b.summary || a.date != b.date || !(a.source == b.source)
        || a.languages != b.languages)
        change.parts |= Properties;
    if (!(a.terms == b.terms))
        change.parts |= Terms;
    if (!(a.reviews == b.reviews))
        change.parts |= Reviews;
    return change;
}
