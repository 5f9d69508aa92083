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
// keeps one of them) and escapes of lone UTF-16 surrogates (QJsonDocument keeps them in
// the string, but no UTF-8 file can hold them).
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
    // "\ud800" not followed by a low surrogate's escape, or "\udc00" after no high one.
    struct LoneSurrogate
    {
        QString path; // of the string's value, or of the member whose key holds it
        qsizetype offset = -1; // the escape's backslash
    };

    // `json` must be valid JSON (it was accepted by QJsonDocument) whose nesting was
    // already bounded, so recursion depth is safe. The root value's path is "".
    JsonSourceMap(QByteArrayView json, const QSet<QString> &wantedPaths);

    Location locate(const QString &path) const { return m_found.value(path); }
    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }
    const QList<LoneSurrogate> &loneSurrogates() const { return m_loneSurrogates; }

    // "key" or ["odd key"], appended to a parent path.
    static QString memberPath(const QString &parent, QStringView key);
    static QString elementPath(const QString &parent, qsizetype index);

private:
    void scan();
    void scanValue();
    void scanObject();
    void scanArray();
    QString scanString(bool decode); // the decoded string, if asked for
    void skipEscape(); // at a backslash inside a string; notes a lone surrogate
    void attachLoneSurrogates(const QString &path);
    void skipScalar();
    void skipWhitespace();
    void record(bool isKey, qsizetype offset);

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    QString m_path;
    const QSet<QString> &m_wanted;
    QHash<QString, Location> m_found;
    QList<DuplicateKey> m_duplicates;
    QList<LoneSurrogate> m_loneSurrogates;
    qsizetype m_unattachedSurrogates = 0; // found in the string just scanned, path not yet known
    bool m_trackPaths = true; // building m_path for every key and element
    bool m_needsPaths = false; // found something whose path must be reported
};

// Turns byte offsets into 1-based lines and columns (columns in Unicode code points).
// A lookup costs O(log lines) plus at most one block of bytes, however long the line: a
// minified file is a single line, and it may hold hundreds of thousands of diagnostics.
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
    static constexpr qsizetype blockSize = 256;
    qsizetype codePointsBefore(qsizetype offset) const;

    QByteArrayView m_text;
    std::vector<qsizetype> m_lineStarts;
    std::vector<qsizetype> m_codePointsBeforeBlock; // code points before each block's first byte
};
