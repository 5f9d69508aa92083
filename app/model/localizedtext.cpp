#include "model/localizedtext.h"

using namespace Qt::StringLiterals;

LocalizedText::LocalizedText(std::initializer_list<std::pair<QString, QString>> entries)
{
    for (const auto &[language, text] : entries)
        insert(language, text);
}

LocalizedText LocalizedText::fromDistinct(QList<std::pair<QString, QString>> entries)
{
    LocalizedText text;
    text.m_entries = std::move(entries);
    return text;
}

void LocalizedText::insert(const QString &language, const QString &text)
{
    for (auto &entry : m_entries) {
        if (entry.first == language) {
            entry.second = text;
            return;
        }
    }
    m_entries.append({language, text});
}

void LocalizedText::remove(QStringView language)
{
    m_entries.removeIf([language](const auto &entry) { return entry.first == language; });
}

bool LocalizedText::contains(QStringView language) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == language)
            return true;
    }
    return false;
}

QString LocalizedText::text(QStringView language) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == language)
            return entry.second;
    }
    return {};
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const auto &entry : m_entries)
        result.append(entry.first);
    return result;
}

QString LocalizedText::preferred(const QStringList &preference) const
{
    for (const QString &language : preference) {
        const QString candidate = text(language);
        if (!candidate.isEmpty())
            return candidate;
    }
    const QString english = text(u"en");
    if (!english.isEmpty())
        return english;
    for (const auto &entry : m_entries) {
        if (!entry.second.isEmpty())
            return entry.second;
    }
    return {};
}

bool operator==(const LocalizedText &a, const LocalizedText &b)
{
    if (a.m_entries.size() != b.m_entries.size())
        return false;
    for (const auto &[language, text] : a.m_entries) {
        if (!b.contains(language) || b.text(language) != text)
            return false;
    }
    return true;
}
