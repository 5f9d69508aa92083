#include "library/issuealiases.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString settingsKey = u"library/issueAliases"_s;
}

IssueAliases IssueAliases::load()
{
    IssueAliases aliases;
    const QVariantMap map = QSettings().value(settingsKey).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        aliases.m_targets.insert(it.key(), it.value().toString());
    return aliases;
}

void IssueAliases::save() const
{
    QVariantMap map;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        map.insert(it.key(), it.value());
    QSettings().setValue(settingsKey, map);
}

void IssueAliases::set(const QString &alias, const QString &issueId)
{
    const QString target = canonical(issueId);
    if (alias.isEmpty() || target.isEmpty() || target == alias)
        return;
    m_targets.insert(alias, target);
    // Whatever pointed at the alias now points at its new target: no chains, no cycles.
    for (auto it = m_targets.begin(); it != m_targets.end(); ++it) {
        if (it.value() == alias)
            it.value() = target;
    }
}

void IssueAliases::remove(const QString &alias)
{
    m_targets.remove(alias);
}

QList<std::pair<QString, QString>> IssueAliases::all() const
{
    QList<std::pair<QString, QString>> result;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end());
    return result;
}

QString IssueAliases::canonical(const QString &id) const
{
    return m_targets.value(id, id);
}

QStringList IssueAliases::idsMatching(const QString &id) const
{
    const QString target = canonical(id);
    QStringList ids{target};
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (it.value() == target)
            ids.append(it.key());
    }
    std::sort(ids.begin() + 1, ids.end());
    return ids;
}
