#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

// QJsonDocument reports the byte offset of a syntax error but nothing about where a
// valid value stands. This light second pass over the bytes of an already-parsed
// document finds where the values named by JSON paths ("issues[2].stances[0].side")
// begin, and reports keys that occur twice in one object (QJsonDocument silently
// keeps one of them).
class JsonSourceMap final
{
public:
    struct Location
    {
        qsizetype keyOffset = -1; // the opening quote of the member's key
        qsizetype valueOffset = -1; // the first byte of the value
    };
    struct DuplicateKey
    {
        QString path;
        qsizetype keyOffset = -1;
    };

    // `json` must be valid JSON (it was accepted by QJsonDocument) whose nesting was
    // already bounded, so recursion depth is safe. The root value's path is "".
    JsonSourceMap(QByteArrayView json, const QSet<QString> &wantedPaths);

    Location locate(const QString &path) const { return m_found.value(path); }
    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

    // "key" or ["odd key"], appended to a parent path.
    static QString memberPath(const QString &parent, QStringView key);
    static QString elementPath(const QString &parent, qsizetype index);

private:
    void scanValue();
    void scanObject();
    void scanArray();
    QString scanString(); // returns the decoded string
    void skipScalar();
    void skipWhitespace();
    void record(bool isKey, qsizetype offset);

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    QString m_path;
    const QSet<QString> &m_wanted;
    QHash<QString, Location> m_found;
    QList<DuplicateKey> m_duplicates;
};

// Turns byte offsets into 1-based lines and columns (columns in Unicode code points).
class LineIndex final
{
public:
    explicit LineIndex(QByteArrayView text);
    struct Position
    {
        int line = 1;
        int column = 1;
    };
    Position position(qsizetype offset) const;

private:
    QByteArrayView m_text;
    std::vector<qsizetype> m_lineStarts;
};
