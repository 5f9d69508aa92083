#include "document/briefingedits.h"

#include "import/sentencesegmenter.h"
#include "model/briefinglimits.h"

#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
bool inRange(const QList<T> &list, int index)
{
    return index >= 0 && index < list.size();
}

bool allInRange(const QList<Passage> &passages, const QList<int> &indices)
{
    return std::all_of(indices.cbegin(), indices.cend(),
                       [&](int index) { return inRange(passages, index); });
}

bool isBlank(const Passage &passage)
{
    return passage.text[0].trimmed().isEmpty() && passage.text[1].trimmed().isEmpty();
}

// The loader wants every title, name and summary in both of the briefing's languages
// with text in at least one; a missing language is added empty.
std::optional<LocalizedText> completeText(const BriefingData &data, const LocalizedText &text)
{
    if (text.text(data.languages[0]).trimmed().isEmpty()
        && text.text(data.languages[1]).trimmed().isEmpty())
        return std::nullopt;
    LocalizedText complete = text;
    for (const QString &language : data.languages) {
        if (!complete.contains(language))
            complete.insert(language, QString());
    }
    return complete;
}

// The trimmed texts joined with one space, leaving out empty ones.
QString joined(const QString &first, const QString &second)
{
    const QString a = first.trimmed();
    const QString b = second.trimmed();
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + u' ' + b;
}

// `base` + "-2", "-3", ...: the first one not taken.
QString numberedId(const QString &base, const QSet<QString> &taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString uniqueId(const QString &base, const QSet<QString> &taken)
{
    return taken.contains(base) ? numberedId(base, taken) : base;
}

template<typename T>
QSet<QString> idsOf(const QList<T> &items)
{
    QSet<QString> ids;
    ids.reserve(items.size());
    for (const T &item : items)
        ids.insert(item.id);
    return ids;
}

// Rewrites every passage reference through `map`; a negative result drops the reference.
// Lists keep their order and lose the duplicates a map may create.
template<typename Map>
void remapReferences(BriefingData &data, Map map)
{
    const auto remap = [&](QList<int> &list) {
        QList<int> result;
        result.reserve(list.size());
        for (const int index : std::as_const(list)) {
            const int mapped = map(index);
            if (mapped >= 0 && !result.contains(mapped))
                result.append(mapped);
        }
        list = result;
    };
    for (Issue &issue : data.issues) {
        remap(issue.passages);
        for (Stance &stance : issue.stances)
            remap(stance.evidence);
    }
}

void removePassageAt(BriefingData &data, int passage)
{
    // The paragraph break the passage carried now begins at the passage after it.
    if (data.passages.at(passage).startsParagraph && passage + 1 < data.passages.size())
        data.passages[passage + 1].startsParagraph = true;
    data.passages.removeAt(passage);
    remapReferences(data, [passage](int index) {
        return index == passage ? -1 : index > passage ? index - 1 : index;
    });
}

void addSorted(QList<int> &list, const QList<int> &added)
{
    list.append(added);
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

void removeAll(QList<int> &list, const QList<int> &removed)
{
    list.removeIf([&](int index) { return removed.contains(index); });
}

// Briefing's constructor computes relevantPassages too; doing it here keeps the returned
// data equal to what a round trip through a Briefing gives.
BriefingData refreshed(BriefingData data)
{
    for (Issue &issue : data.issues) {
        QList<int> all = issue.passages;
        for (const Stance &stance : std::as_const(issue.stances))
            all.append(stance.evidence);
        issue.relevantPassages.clear();
        addSorted(issue.relevantPassages, all);
    }
    return data;
}

Stance *stanceOf(Issue &issue, int side)
{
    for (Stance &stance : issue.stances) {
        if (stance.side == side)
            return &stance;
    }
    return nullptr;
}

// "Export Controls" → "export-controls": ASCII letters and digits, runs of anything else
// as one hyphen.
QString idFromTitle(const QString &title)
{
    QString id;
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

bool isSlot(int slot)
{
    return slot == 0 || slot == 1;
}

} // namespace

QString BriefingEdits::newId(const QString &title, const QSet<QString> &taken,
                             const QString &fallback)
{
    const QString id = idFromTitle(title);
    return uniqueId(id.isEmpty() ? fallback : id, taken);
}

namespace BriefingEdits {

BriefingData mergeWithNext(const BriefingData &data, int passage)
{
    if (!inRange(data.passages, passage) || !inRange(data.passages, passage + 1))
        return data;
    BriefingData result = data;
    Passage &first = result.passages[passage];
    const Passage &second = data.passages.at(passage + 1);
    for (int slot = 0; slot < 2; ++slot) {
        first.text[slot] = joined(first.text[slot], second.text[slot]);
        if (first.text[slot].size() > BriefingLimits::maxTextLength)
            return data;
    }
    result.passages.removeAt(passage + 1);
    const int removed = passage + 1;
    remapReferences(result, [removed](int index) { return index >= removed ? index - 1 : index; });
    return refreshed(std::move(result));
}

BriefingData splitPassage(const BriefingData &data, int passage, const std::array<int, 2> &cuts)
{
    if (!inRange(data.passages, passage) || data.passages.size() >= BriefingLimits::maxPassages)
        return data;
    const Passage &original = data.passages.at(passage);
    std::array<QString, 2> heads;
    std::array<QString, 2> tails;
    for (std::size_t slot = 0; slot < 2; ++slot) {
        const QString &text = original.text[slot];
        const int cut = cuts[slot];
        if (cut < 0 || cut > text.size() || (cut < text.size() && text.at(cut).isLowSurrogate()))
            return data;
        heads[slot] = text.left(cut).trimmed();
        tails[slot] = text.mid(cut).trimmed();
    }
    const auto blank = [](const std::array<QString, 2> &texts) {
        return texts[0].isEmpty() && texts[1].isEmpty();
    };
    if (blank(heads) || blank(tails))
        return data;

    BriefingData result = data;
    result.passages[passage].text = heads;
    Passage second;
    second.id = numberedId(original.id, idsOf(data.passages));
    second.text = tails;
    result.passages.insert(passage + 1, second);
    remapReferences(result, [passage](int index) { return index > passage ? index + 1 : index; });
    return refreshed(std::move(result));
}

BriefingData splitPassage(const BriefingData &data, int passage, int slot, int position)
{
    if (!inRange(data.passages, passage) || !isSlot(slot))
        return data;
    const QString &text = data.passages.at(passage).text[std::size_t(slot)];
    // Both parts of the language that is cut must keep some of it.
    if (position <= 0 || position >= text.size() || text.left(position).trimmed().isEmpty()
        || text.mid(position).trimmed().isEmpty())
        return data;
    std::array<int, 2> cuts;
    cuts[std::size_t(slot)] = position;
    cuts[std::size_t(1 - slot)] = int(data.passages.at(passage).text[std::size_t(1 - slot)].size());
    return splitPassage(data, passage, cuts);
}

BriefingData moveSentence(const BriefingData &data, int passage, int slot, bool toNext)
{
    const int neighbour = toNext ? passage + 1 : passage - 1;
    if (!isSlot(slot) || !inRange(data.passages, passage) || !inRange(data.passages, neighbour))
        return data;
    QStringList sentences = SentenceSegmenter::split(data.passages.at(passage).text[slot]);
    if (sentences.isEmpty())
        return data;
    const QString moved = toNext ? sentences.takeLast() : sentences.takeFirst();
    const QString &neighbourText = data.passages.at(neighbour).text[slot];
    const QString received = toNext ? joined(moved, neighbourText) : joined(neighbourText, moved);
    if (received.size() > BriefingLimits::maxTextLength)
        return data;

    BriefingData result = data;
    result.passages[passage].text[slot] = sentences.join(u' ');
    result.passages[neighbour].text[slot] = received;
    if (isBlank(result.passages.at(passage)))
        removePassageAt(result, passage);
    return refreshed(std::move(result));
}

BriefingData setTitle(const BriefingData &data, const LocalizedText &title)
{
    const auto complete = completeText(data, title);
    if (!complete)
        return data;
    BriefingData result = data;
    result.title = *complete;
    return result;
}

BriefingData setSummary(const BriefingData &data, const LocalizedText &summary)
{
    BriefingData result = data;
    result.summary = completeText(data, summary).value_or(LocalizedText());
    return result;
}

BriefingData setDate(const BriefingData &data, QDate date)
{
    // The file holds "YYYY-MM-DD": four-digit years only. An invalid date clears it.
    if (date.isValid() && (date.year() < 1 || date.year() > 9999))
        return data;
    BriefingData result = data;
    result.date = date;
    return result;
}

BriefingData setSource(const BriefingData &data, const Source &source)
{
    if (!source.url.isEmpty()
        && (!source.url.isValid() || source.url.scheme() != u"https"_s
            || source.url.host().isEmpty()))
        return data;
    BriefingData result = data;
    result.source = source;
    return result;
}

BriefingData addSide(const BriefingData &data, const QString &id, const LocalizedText &name,
                     const QColor &color)
{
    const auto complete = completeText(data, name);
    if (!complete || !color.isValid() || data.sides.size() >= BriefingLimits::maxSides)
        return data;
    BriefingData result = data;
    Side side;
    side.id = uniqueId(id.isEmpty() ? u"side"_s : id, idsOf(data.sides));
    side.name = *complete;
    side.color = color;
    result.sides.append(side);
    return result;
}

BriefingData renameSide(const BriefingData &data, int side, const LocalizedText &name)
{
    const auto complete = completeText(data, name);
    if (!inRange(data.sides, side) || !complete)
        return data;
    BriefingData result = data;
    result.sides[side].name = *complete;
    return result;
}

BriefingData setSideColor(const BriefingData &data, int side, const QColor &color)
{
    if (!inRange(data.sides, side) || !color.isValid())
        return data;
    BriefingData result = data;
    result.sides[side].color = color;
    return result;
}

BriefingData removeSide(const BriefingData &data, int side)
{
    if (!inRange(data.sides, side))
        return data;
    BriefingData result = data;
    result.sides.removeAt(side);
    for (Issue &issue : result.issues) {
        issue.stances.removeIf([side](const Stance &stance) { return stance.side == side; });
        for (Stance &stance : issue.stances) {
            if (stance.side > side)
                --stance.side;
        }
    }
    return refreshed(std::move(result));
}

BriefingData addIssue(const BriefingData &data, const LocalizedText &title)
{
    const auto complete = completeText(data, title);
    if (!complete || data.issues.size() >= BriefingLimits::maxIssues)
        return data;
    const QSet<QString> taken = idsOf(data.issues);
    QString id = idFromTitle(title.text(u"en"));
    if (id.isEmpty()) {
        for (int n = int(data.issues.size()) + 1; id.isEmpty() || taken.contains(id); ++n)
            id = u"issue-"_s + QString::number(n);
    }
    Issue issue;
    issue.id = uniqueId(id, taken);
    issue.title = *complete;
    BriefingData result = data;
    result.issues.append(issue);
    return result;
}

BriefingData renameIssue(const BriefingData &data, int issue, const LocalizedText &title)
{
    const auto complete = completeText(data, title);
    if (!inRange(data.issues, issue) || !complete)
        return data;
    BriefingData result = data;
    result.issues[issue].title = *complete;
    return result;
}

BriefingData removeIssue(const BriefingData &data, int issue)
{
    if (!inRange(data.issues, issue))
        return data;
    BriefingData result = data;
    result.issues.removeAt(issue);
    return result;
}

BriefingData addPassagesToIssue(const BriefingData &data, int issue, const QList<int> &passages)
{
    if (!inRange(data.issues, issue) || !allInRange(data.passages, passages))
        return data;
    BriefingData result = data;
    addSorted(result.issues[issue].passages, passages);
    return refreshed(std::move(result));
}

BriefingData removePassagesFromIssue(const BriefingData &data, int issue,
                                     const QList<int> &passages)
{
    if (!inRange(data.issues, issue) || !allInRange(data.passages, passages))
        return data;
    BriefingData result = data;
    Issue &edited = result.issues[issue];
    removeAll(edited.passages, passages);
    for (Stance &stance : edited.stances)
        removeAll(stance.evidence, passages);
    return refreshed(std::move(result));
}

BriefingData setStance(const BriefingData &data, int issue, int side, StancePosition position,
                       const LocalizedText &summary)
{
    if (!inRange(data.issues, issue) || !inRange(data.sides, side))
        return data;
    BriefingData result = data;
    Issue &edited = result.issues[issue];
    Stance *stance = stanceOf(edited, side);
    if (!stance) {
        edited.stances.append(Stance{side, StancePosition::None, {}, {}});
        stance = &edited.stances.last();
    }
    stance->position = position;
    stance->summary = completeText(data, summary).value_or(LocalizedText());
    return result;
}

BriefingData addEvidence(const BriefingData &data, int issue, int side, const QList<int> &passages)
{
    if (!inRange(data.issues, issue) || !inRange(data.sides, side)
        || !allInRange(data.passages, passages))
        return data;
    BriefingData result = data;
    Issue &edited = result.issues[issue];
    Stance *stance = stanceOf(edited, side);
    if (!stance) {
        edited.stances.append(Stance{side, StancePosition::None, {}, {}});
        stance = &edited.stances.last();
    }
    addSorted(stance->evidence, passages);
    return refreshed(std::move(result));
}

BriefingData removeEvidence(const BriefingData &data, int issue, int side,
                            const QList<int> &passages)
{
    if (!inRange(data.issues, issue) || !allInRange(data.passages, passages))
        return data;
    BriefingData result = data;
    Stance *stance = stanceOf(result.issues[issue], side);
    if (!stance)
        return data;
    removeAll(stance->evidence, passages);
    return refreshed(std::move(result));
}

} // namespace BriefingEdits
