#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// One piece of text in several languages, keyed by language tag ("ko", "en", "ja").
// Briefings carry few languages per text, so a small list beats a hash here.
class LocalizedText final
{
public:
    LocalizedText() = default;
    LocalizedText(std::initializer_list<std::pair<QString, QString>> entries);

    // Entries whose languages are already known to differ, such as a JSON object's keys:
    // made without a search per entry, so thousands of languages cost no more than that.
    static LocalizedText fromDistinct(QList<std::pair<QString, QString>> entries);

    void insert(const QString &language, const QString &text);
    void remove(QStringView language);

    bool contains(QStringView language) const;
    QString text(QStringView language) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList languages() const;
    // Every (language, text) in the order added.
    const QList<std::pair<QString, QString>> &entries() const { return m_entries; }

    // The text in the first language of `preference` that has a non-empty entry, else
    // English, else the first entry: what the interface shows for titles and names.
    QString preferred(const QStringList &preference) const;

    // The same texts in the same languages, in whatever order they were added.
    friend bool operator==(const LocalizedText &a, const LocalizedText &b);

private:
    QList<std::pair<QString, QString>> m_entries;
};
