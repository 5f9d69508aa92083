#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Issue ids a user declared the same across briefings ("wartime-labour" is
// "forced-labour"), so that an issue's timeline and the library's filters find it under
// either. Kept in the user's settings, not in the index: the index can be thrown away and
// rebuilt at any time, a user's decisions cannot.
class IssueAliases final
{
public:
    static IssueAliases load();
    void save() const;

    // Makes `alias` another name of `issueId` (a chain resolves to its end).
    void set(const QString &alias, const QString &issueId);
    void remove(const QString &alias);
    QList<std::pair<QString, QString>> all() const; // (alias, issue id), sorted

    // The id an alias stands for, or `id` itself.
    QString canonical(const QString &id) const;
    // Every id that names the same issue as `id`: its canonical id and all its aliases.
    QStringList idsMatching(const QString &id) const;

private:
    QHash<QString, QString> m_targets;
};
