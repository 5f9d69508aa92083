#include "format/briefingloader.h"

#include "files/regularfile.h"
#include "files/utf16guess.h"

#include "format/briefingvalidator.h"
#include "format/jsonsourcemap.h"
#include "model/briefinglimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <future>

using namespace Qt::StringLiterals;

namespace {

QString syntaxMessage(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return BriefingLoader::tr(
            "JSON syntax error: unterminated object; expected \",\" or \"}\"");
    case QJsonParseError::MissingNameSeparator:
        return BriefingLoader::tr("JSON syntax error: expected \":\" after the key");
    case QJsonParseError::UnterminatedArray:
        return BriefingLoader::tr("JSON syntax error: unterminated array; expected \",\" or \"]\"");
    case QJsonParseError::MissingValueSeparator:
        return BriefingLoader::tr("JSON syntax error: expected \",\" between values");
    case QJsonParseError::IllegalValue:
        return BriefingLoader::tr("JSON syntax error: expected a value (a string, number, object, "
                                  "array, true, false or null)");
    case QJsonParseError::TerminationByNumber:
        return BriefingLoader::tr("JSON syntax error: the file ends inside a number");
    case QJsonParseError::IllegalNumber:
        return BriefingLoader::tr("JSON syntax error: malformed number");
    case QJsonParseError::IllegalEscapeSequence:
        return BriefingLoader::tr("JSON syntax error: invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return BriefingLoader::tr("JSON syntax error: invalid UTF-8 in a string");
    case QJsonParseError::UnterminatedString:
        return BriefingLoader::tr("JSON syntax error: unterminated string; expected a closing "
                                  "quotation mark");
    case QJsonParseError::MissingObject:
        return BriefingLoader::tr("JSON syntax error: expected an object at the top level");
    case QJsonParseError::DeepNesting:
        return BriefingLoader::tr("JSON syntax error: nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return BriefingLoader::tr("JSON syntax error: the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return BriefingLoader::tr("JSON syntax error: unexpected text after the end of the "
                                  "document");
    case QJsonParseError::NoError:
        break;
    }
    return BriefingLoader::tr("JSON syntax error");
}

struct SyntaxProblem
{
    qsizetype offset;
    QString message;
};

// QJsonParseError's offset is just past the character where parsing stopped; point at that
// character, and name the common mistakes Qt reports under generic codes.
SyntaxProblem describeSyntaxError(QByteArrayView json, const QJsonParseError &error)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, json.size() - 1);
    if (error.error == QJsonParseError::MissingObject
        || error.error == QJsonParseError::IllegalValue) {
        // "[1,]" and {"a": 1,}: Qt reports these as a missing object or an illegal value,
        // just past the closing bracket. Checked before the end of the file, since that
        // bracket is often the file's last character.
        qsizetype before = offset - 1;
        while (before >= 0 && isSpace(json[before]))
            --before;
        const char closing = json[offset];
        if (before >= 0 && json[before] == ',' && (closing == ']' || closing == '}')) {
            return {
                before,
                BriefingLoader::tr("JSON syntax error: a trailing comma before \"%1\"; remove it")
                    .arg(QLatin1Char(closing))};
        }
    }
    qsizetype rest = error.offset;
    while (rest < json.size() && isSpace(json[rest]))
        ++rest;
    if (rest >= json.size() && error.error != QJsonParseError::GarbageAtEnd) {
        return {json.size(),
                BriefingLoader::tr("JSON syntax error: the file ends in the middle of "
                                   "the document; it may have been cut off")};
    }
    if (error.error == QJsonParseError::GarbageAtEnd)
        return {std::min(rest, json.size() - 1), syntaxMessage(error.error)};
    if (error.error == QJsonParseError::MissingObject && offset > 0)
        return {offset, syntaxMessage(QJsonParseError::IllegalValue)};
    return {offset, syntaxMessage(error.error)};
}

// The first problem in the raw bytes that QJsonDocument would report vaguely or not at
// all: malformed UTF-8 anywhere, and nesting beyond our limit.
struct ByteProblem
{
    qsizetype offset = -1;
    QString message;
};

// The length of the sequence a UTF-8 lead byte starts, or 0 if it starts none.
int utf8LeadLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// The range the byte after `lead` must lie in (RFC 3629 §4): overlong forms, surrogates and
// code points past U+10FFFF are refused at the second byte already.
bool isValidSecondByte(unsigned char lead, unsigned char second)
{
    switch (lead) {
    case 0xE0:
        return second >= 0xA0 && second <= 0xBF;
    case 0xED:
        return second >= 0x80 && second <= 0x9F;
    case 0xF0:
        return second >= 0x90 && second <= 0xBF;
    case 0xF4:
        return second >= 0x80 && second <= 0x8F;
    default:
        return (second & 0xC0) == 0x80;
    }
}

// How many bytes of a valid UTF-8 sequence start at `i`: its length if it is whole, the
// negated number of bytes present if the text ends inside an otherwise valid sequence (a
// file cut off mid-character), or 0 if the bytes are no UTF-8.
int utf8SequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto byte = [&](qsizetype k) {
        return static_cast<unsigned char>(bytes[k]);
    };
    const unsigned char lead = byte(i);
    const int length = utf8LeadLength(lead);
    if (length == 0)
        return 0;
    const qsizetype present = std::min<qsizetype>(length, bytes.size() - i);
    for (qsizetype k = 1; k < present; ++k) {
        const bool valid =
            k == 1 ? isValidSecondByte(lead, byte(i + 1)) : (byte(i + k) & 0xC0) == 0x80;
        if (!valid)
            return 0;
    }
    return present == length ? length : -int(present);
}

// Bytes that checkBytes() passes over without a change of state: inside a string, printable
// ASCII but the quotation mark and the backslash; outside, ASCII but quotation marks and
// brackets. Most of a file is runs of them, skipped with a table lookup a byte instead of
// the branches below (this pass was 9 % of --check at 100,000 passages).
using ByteTable = std::array<bool, 256>;
constexpr ByteTable plainBytes(bool inString)
{
    ByteTable table{};
    for (int b = 0; b < 0x80; ++b) {
        const bool structural = b == '"'
            || (inString ? b == '\\' || b < 0x20 : b == '{' || b == '[' || b == '}' || b == ']');
        table[std::size_t(b)] = !structural;
    }
    return table;
}
constexpr ByteTable plainInString = plainBytes(true);
constexpr ByteTable plainOutside = plainBytes(false);

ByteProblem checkBytes(QByteArrayView bytes)
{
    bool inString = false;
    int depth = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const ByteTable &plain = inString ? plainInString : plainOutside;
        while (i < bytes.size() && plain[static_cast<unsigned char>(bytes[i])])
            ++i;
        if (i == bytes.size())
            break;
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80) {
            const int length = utf8SequenceLength(bytes, i);
            if (length < 0) {
                return {i,
                        BriefingLoader::tr("the file ends in the middle of a character (an "
                                           "incomplete UTF-8 sequence); it may have been cut "
                                           "off")};
            }
            if (length == 0) {
                return {i,
                        BriefingLoader::tr("invalid UTF-8 (byte 0x%1); a briefing must be UTF-8 "
                                           "text")
                            .arg(QString::number(c, 16).toUpper())};
            }
            i += length - 1;
            continue;
        }
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            } else if (c == '\n' || c == '\r') {
                // RFC 8259 §7 forbids raw control characters in strings; a line break there
                // is almost always a missing closing quote.
                return {i,
                        BriefingLoader::tr("JSON syntax error: the string is not closed before "
                                           "the end of the line; expected a closing quotation "
                                           "mark (a line break inside a text is written \\n)")};
            } else if (c < 0x20) {
                return {i,
                        BriefingLoader::tr("JSON syntax error: a control character (U+%1) inside "
                                           "a string; write it as an escape such as \\t")
                            .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))};
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > BriefingLimits::maxNestingDepth) {
                return {i,
                        BriefingLoader::tr("values are nested more than %1 levels deep; a "
                                           "briefing needs only a few levels")
                            .arg(BriefingLimits::maxNestingDepth)};
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return {};
}

// "UTF-16LE" and the like when the bytes are evidently UTF-16 or UTF-32 text, else empty.
// By the byte order mark, or without one by the NUL bytes: JSON is mostly ASCII, and ASCII
// in UTF-16 has a NUL in every other byte (the same rule as TextImport's guess).
QString wideEncoding(QByteArrayView bytes)
{
    // Sized views: the literals hold NULs.
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return u"UTF-32LE"_s;
    if (bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return u"UTF-32BE"_s;
    if (bytes.startsWith("\xFF\xFE"))
        return u"UTF-16LE"_s;
    if (bytes.startsWith("\xFE\xFF"))
        return u"UTF-16BE"_s;
    const QStringConverter::Encoding utf16 = guessUtf16ByZeroBytes(bytes);
    if (utf16 == QStringConverter::Utf16LE)
        return u"UTF-16LE"_s;
    if (utf16 == QStringConverter::Utf16BE)
        return u"UTF-16BE"_s;
    return {};
}

Diagnostic positioned(Diagnostic::Severity severity, const QString &file, const LineIndex &lines,
                      qsizetype offset, const QString &path, const QString &message)
{
    const LineIndex::Position where = lines.position(offset);
    return {severity, file, where.line, where.column, path, message};
}

} // namespace

LoadResult BriefingLoader::loadFile(const QString &path, const Progress &progress, Digest digest)
{
    const auto unreadable = [&](const QString &message) {
        LoadResult result;
        result.status = LoadResult::Status::Unreadable;
        result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, QString(), message});
        return result;
    };
    const RegularFile::Contents file = RegularFile::read(path, BriefingLimits::maxFileBytes);
    if (!file.error.isEmpty())
        return unreadable(tr("cannot read the file: %1").arg(file.error));
    if (file.tooLarge) {
        LoadResult result;
        result.diagnostics.append(
            {Diagnostic::Severity::Error, path, 0, 0, QString(),
             tr("the file is %1 MiB; Bilateral opens briefings of up to %2 MiB")
                 .arg(QString::number(double(file.size) / (1024.0 * 1024.0), 'f', 1),
                      QString::number(BriefingLimits::maxFileBytes / (1024 * 1024)))});
        return result;
    }
    const QByteArray &bytes = file.bytes;
    if (progress)
        progress(15);
    // The digest of a large file is worked out on a second core while the first parses:
    // Qt 6.4's SHA-256 is plain C (about 140 MiB/s here), as slow as parsing the JSON.
    const auto sha256 = [bytes] {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    };
    constexpr qsizetype worthAThread = 1024 * 1024;
    std::future<QString> digestInParallel;
    if (digest == Digest::Compute && bytes.size() >= worthAThread)
        digestInParallel = std::async(std::launch::async, sha256);
    LoadResult result = parse(bytes, path, progress);
    if (digestInParallel.valid())
        result.sha256 = digestInParallel.get();
    else if (digest == Digest::Compute)
        result.sha256 = sha256();
    return result;
}

LoadResult BriefingLoader::parse(QByteArrayView bytes, const QString &fileName,
                                 const Progress &progress)
{
    LoadResult result;
    if (bytes.size() > BriefingLimits::maxFileBytes) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, fileName, 0, 0, QString(),
             tr("the data is larger than %1 MiB; Bilateral opens briefings of up to that size")
                 .arg(BriefingLimits::maxFileBytes / (1024 * 1024))});
        return result;
    }

    // RFC 8259 §8.1: parsers may ignore a byte order mark. We do, but say so, since other
    // JSON tools reject it. Positions are counted after it, as editors show them.
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView json = hasBom ? bytes.sliced(3) : bytes;
    // Made on first use: a file without diagnostics needs no positions.
    std::optional<LineIndex> lineIndex;
    const auto lines = [&]() -> const LineIndex & {
        if (!lineIndex)
            lineIndex.emplace(json);
        return *lineIndex;
    };
    const auto fail = [&](qsizetype offset, const QString &message) {
        result.diagnostics.append(
            positioned(Diagnostic::Severity::Error, fileName, lines(), offset, QString(), message));
        return result;
    };
    if (hasBom) {
        result.diagnostics.append(
            positioned(Diagnostic::Severity::Warning, fileName, lines(), 0, QString(),
                       tr("the file starts with a byte order mark (BOM); it is "
                          "ignored, but JSON files should not have one")));
    }
    if (const QString encoding = wideEncoding(json); !encoding.isEmpty()) {
        return fail(0,
                    tr("the file is %1 text, but a briefing must be UTF-8; save it as UTF-8 "
                       "(in a text editor: Save As, encoding UTF-8)")
                        .arg(encoding));
    }
    if (json.isEmpty())
        return fail(0, tr("the file is empty; expected a JSON object that starts with \"{\""));
    if (json.trimmed().isEmpty())
        return fail(0,
                    tr("the file holds only white space; expected a JSON object that starts "
                       "with \"{\""));

    const auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    if (const ByteProblem problem = checkBytes(json); problem.offset >= 0)
        return fail(problem.offset, problem.message);

    QJsonParseError parseError;
    report(20);
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    report(55);
    if (parseError.error != QJsonParseError::NoError) {
        const SyntaxProblem problem = describeSyntaxError(json, parseError);
        return fail(problem.offset, problem.message);
    }

    BriefingValidator validator;
    validator.progress = [&](int done, int all) {
        report(55 + 40 * done / std::max(all, 1));
    };
    validator.validate(document.isObject() ? QJsonValue(document.object())
                                           : QJsonValue(document.array()));

    QSet<QString> wanted;
    for (const BriefingValidation::PendingDiagnostic &pending : std::as_const(validator.pending))
        wanted.insert(pending.anchorPath);
    report(95);
    const JsonSourceMap map(json, wanted);
    for (const auto &duplicate : map.duplicateKeys()) {
        result.diagnostics.append(positioned(Diagnostic::Severity::Error, fileName, lines(),
                                             duplicate.keyOffset, duplicate.path,
                                             tr("this key appears twice in the same object; "
                                                "keep only one")));
    }
    for (const auto &lone : map.loneSurrogates()) {
        // QString keeps the lone half; UTF-8 cannot, so the writer puts U+FFFD there.
        result.diagnostics.append(positioned(
            Diagnostic::Severity::Warning, fileName, lines(), lone.offset, lone.path,
            tr("\"%1\" is a lone surrogate (half of a UTF-16 pair), not a character; saving "
               "the briefing will replace it with U+FFFD (�)")
                .arg(QString::fromLatin1(json.sliced(lone.offset, 6)))));
    }
    for (const BriefingValidation::PendingDiagnostic &pending : std::as_const(validator.pending)) {
        const JsonSourceMap::Location location = map.locate(pending.anchorPath);
        qsizetype offset = pending.anchor == BriefingValidation::Anchor::Key ? location.keyOffset
                                                                             : location.valueOffset;
        if (offset < 0)
            offset = 0;
        result.diagnostics.append(
            positioned(pending.severity, fileName, lines(), offset, pending.path, pending.message));
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });

    if (validator.result && map.duplicateKeys().isEmpty()) {
        result.status = LoadResult::Status::Loaded;
        result.briefing = Briefing(std::move(*validator.result), std::move(validator.passageIndex));
    }
    return result;
}
