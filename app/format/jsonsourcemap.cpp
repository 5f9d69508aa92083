#include "format/jsonsourcemap.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
bool isIdentifierLike(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

// The keys met so far in one object. Most objects hold a handful, where a list is fastest
// (a set would hash every key of every passage); past a few dozen, such as a text in
// thousands of languages, a set keeps each check constant.
class KeysSeen
{
public:
    // False when `key` was met before.
    bool insert(const QString &key)
    {
        if (m_set.isEmpty()) {
            if (m_list.contains(key))
                return false;
            m_list.append(key);
            if (m_list.size() > listLimit) {
                m_set = QSet<QString>(m_list.cbegin(), m_list.cend());
                m_list.clear();
            }
            return true;
        }
        const qsizetype before = m_set.size();
        m_set.insert(key);
        return m_set.size() > before;
    }

private:
    static constexpr qsizetype listLimit = 32;
    QList<QString> m_list;
    QSet<QString> m_set;
};
} // namespace

QString JsonSourceMap::memberPath(const QString &parent, QStringView key)
{
    if (isIdentifierLike(key))
        return parent.isEmpty() ? key.toString() : parent + u'.' + key;
    QString quoted = key.toString();
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return parent + u"[\""_s + quoted + u"\"]"_s;
}

QString JsonSourceMap::elementPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

JsonSourceMap::JsonSourceMap(QByteArrayView json, const QSet<QString> &wantedPaths)
    : m_json(json)
    , m_wanted(wantedPaths)
    , m_trackPaths(!wantedPaths.isEmpty())
{
    scan();
    // Paths cost a string for every key and element (half the pass at 100,000 passages), and
    // a valid file without diagnostics needs none: they are made only when there is
    // something to place. A duplicate key or a lone surrogate found without them needs its
    // path: scan again with them.
    if (!m_trackPaths && m_needsPaths) {
        m_trackPaths = true;
        m_pos = 0;
        m_path.clear();
        m_duplicates.clear();
        m_loneSurrogates.clear();
        m_unattachedSurrogates = 0;
        scan();
    }
}

void JsonSourceMap::scan()
{
    skipWhitespace();
    if (m_pos < m_json.size())
        scanValue();
}

void JsonSourceMap::record(bool isKey, qsizetype offset)
{
    if (!m_trackPaths || !m_wanted.contains(m_path))
        return;
    Location &location = m_found[m_path];
    (isKey ? location.keyOffset : location.valueOffset) = offset;
}

void JsonSourceMap::skipWhitespace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonSourceMap::scanValue()
{
    record(false, m_pos);
    switch (m_json[m_pos]) {
    case '{':
        scanObject();
        break;
    case '[':
        scanArray();
        break;
    case '"':
        scanString(false);
        attachLoneSurrogates(m_path);
        break;
    default:
        skipScalar();
        break;
    }
}

void JsonSourceMap::scanObject()
{
    ++m_pos; // '{'
    const qsizetype parentLength = m_path.size();
    const QString parent = m_path;
    KeysSeen keys;
    skipWhitespace();
    while (m_pos < m_json.size() && m_json[m_pos] != '}') {
        const qsizetype keyOffset = m_pos;
        const QString key = scanString(true);
        if (m_trackPaths)
            m_path = memberPath(parent, key);
        attachLoneSurrogates(m_path);
        if (!keys.insert(key)) {
            m_needsPaths = true;
            m_duplicates.append({m_path, keyOffset});
        }
        record(true, keyOffset);
        skipWhitespace();
        ++m_pos; // ':'
        skipWhitespace();
        scanValue();
        m_path.truncate(parentLength);
        skipWhitespace();
        if (m_pos < m_json.size() && m_json[m_pos] == ',') {
            ++m_pos;
            skipWhitespace();
        }
    }
    ++m_pos; // '}'
}

void JsonSourceMap::scanArray()
{
    ++m_pos; // '['
    const qsizetype parentLength = m_path.size();
    const QString parent = m_path;
    qsizetype index = 0;
    skipWhitespace();
    while (m_pos < m_json.size() && m_json[m_pos] != ']') {
        if (m_trackPaths)
            m_path = elementPath(parent, index);
        ++index;
        scanValue();
        m_path.truncate(parentLength);
        skipWhitespace();
        if (m_pos < m_json.size() && m_json[m_pos] == ',') {
            ++m_pos;
            skipWhitespace();
        }
    }
    ++m_pos; // ']'
}

QString JsonSourceMap::scanString(bool decode)
{
    ++m_pos; // opening quote
    const qsizetype start = m_pos;
    bool escaped = false;
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c == '\\') {
            escaped = true;
            skipEscape();
            continue;
        }
        if (c == '"')
            break;
        ++m_pos;
    }
    const QByteArrayView raw = m_json.sliced(start, m_pos - start);
    ++m_pos; // closing quote
    if (!decode)
        return {}; // a value: only keys are compared
    if (!escaped)
        return QString::fromUtf8(raw);

    // Keys with escapes are rare; let the JSON parser decode them.
    QByteArray quoted;
    quoted.reserve(raw.size() + 4);
    quoted.append("[\"").append(raw).append("\"]");
    const QJsonDocument document = QJsonDocument::fromJson(quoted);
    return document.array().at(0).toString();
}

void JsonSourceMap::skipEscape()
{
    const auto unitAt = [&](qsizetype at) -> std::optional<char16_t> {
        if (at + 6 > m_json.size() || m_json[at] != '\\' || m_json[at + 1] != 'u')
            return std::nullopt;
        bool ok = false;
        const uint unit = m_json.sliced(at + 2, 4).toUInt(&ok, 16);
        return ok ? std::optional<char16_t>(char16_t(unit)) : std::nullopt;
    };
    const std::optional<char16_t> unit = unitAt(m_pos);
    if (!unit) { // \n, \", …
        m_pos += 2;
        return;
    }
    if (QChar::isHighSurrogate(*unit)) {
        const std::optional<char16_t> low = unitAt(m_pos + 6);
        if (low && QChar::isLowSurrogate(*low)) {
            m_pos += 12;
            return;
        }
    }
    if (QChar::isSurrogate(*unit)) {
        m_loneSurrogates.append({QString(), m_pos});
        ++m_unattachedSurrogates;
    }
    m_pos += 6;
}

void JsonSourceMap::attachLoneSurrogates(const QString &path)
{
    if (m_unattachedSurrogates > 0)
        m_needsPaths = true;
    for (qsizetype i = m_loneSurrogates.size() - m_unattachedSurrogates;
         i < m_loneSurrogates.size(); ++i)
        m_loneSurrogates[i].path = path;
    m_unattachedSurrogates = 0;
}

void JsonSourceMap::skipScalar()
{
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return;
        ++m_pos;
    }
}

namespace {
// A code point starts at every byte that is not a UTF-8 continuation byte (10xxxxxx).
bool startsCodePoint(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}
} // namespace

LineIndex::LineIndex(QByteArrayView text)
    : m_text(text)
{
    m_lineStarts.push_back(0);
    m_codePointsBeforeBlock.reserve(std::size_t(text.size() / blockSize + 1));
    const char *data = text.data();
    qsizetype codePoints = 0;
    for (qsizetype blockStart = 0; blockStart < text.size(); blockStart += blockSize) {
        m_codePointsBeforeBlock.push_back(codePoints);
        const qsizetype blockEnd = std::min(text.size(), blockStart + blockSize);
        for (qsizetype i = blockStart; i < blockEnd; ++i) {
            if (startsCodePoint(data[i]))
                ++codePoints;
            if (data[i] == '\n')
                m_lineStarts.push_back(i + 1);
        }
    }
    if (text.size() % blockSize == 0) // the end of the text is a position too
        m_codePointsBeforeBlock.push_back(codePoints);
}

qsizetype LineIndex::codePointsBefore(qsizetype offset) const
{
    const qsizetype block = offset / blockSize;
    qsizetype codePoints = m_codePointsBeforeBlock[std::size_t(block)];
    for (qsizetype i = block * blockSize; i < offset; ++i) {
        if (startsCodePoint(m_text[i]))
            ++codePoints;
    }
    return codePoints;
}

LineIndex::Position LineIndex::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype lineStart = *(next - 1);
    const qsizetype column = codePointsBefore(offset) - codePointsBefore(lineStart) + 1;
    return {static_cast<int>(next - m_lineStarts.cbegin()), static_cast<int>(column)};
}
