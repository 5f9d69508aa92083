#include "model/briefing.h"

#include <QSet>

#include <algorithm>

const Stance *Issue::stanceOf(int side) const
{
    for (const Stance &stance : stances) {
        if (stance.side == side)
            return &stance;
    }
    return nullptr;
}

namespace {
template<typename T>
QHash<QString, int> indexById(const QList<T> &items)
{
    QHash<QString, int> index;
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    return index;
}

QList<int> unionSorted(const Issue &issue)
{
    QList<int> all = issue.passages;
    for (const Stance &stance : issue.stances)
        all.append(stance.evidence);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}
QStringList languagesWithText(const BriefingData &data)
{
    QStringList languages{data.languages[0], data.languages[1]};
    // A set beside the list: a text may hold thousands of languages.
    QSet<QString> seen{data.languages[0], data.languages[1]};
    const auto add = [&](const LocalizedText &text) {
        for (const auto &[language, content] : text.entries()) {
            if (!content.isEmpty() && !seen.contains(language)) {
                seen.insert(language);
                languages.append(language);
            }
        }
    };
    add(data.title);
    add(data.summary);
    for (const Side &side : data.sides)
        add(side.name);
    for (const Issue &issue : data.issues) {
        add(issue.title);
        for (const Stance &stance : issue.stances)
            add(stance.summary);
    }
    return languages;
}
} // namespace

Briefing::Briefing()
    : Briefing(BriefingData{})
{ }

Briefing::Briefing(BriefingData data)
    : Briefing(std::move(data), {})
{ }

Briefing::Briefing(BriefingData data, QHash<QString, int> passageIndex)
{
    for (Issue &issue : data.issues)
        issue.relevantPassages = unionSorted(issue);
    auto lookup = std::make_shared<Lookup>();
    // An empty map stands for "not made yet" (a briefing with passages always has ids).
    lookup->passages = passageIndex.isEmpty() || passageIndex.size() != data.passages.size()
        ? indexById(data.passages)
        : std::move(passageIndex);
    lookup->issues = indexById(data.issues);
    lookup->sides = indexById(data.sides);
    lookup->languagesInUse = languagesWithText(data);
    m_data = std::make_shared<const BriefingData>(std::move(data));
    m_lookup = std::move(lookup);
}
