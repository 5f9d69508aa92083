#include "import/textimport.h"

#include "files/regularfile.h"
#include "model/briefinglimits.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace TextImport {

namespace {
QString normalizeLineEndings(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

// Mostly-ASCII UTF-16 has a zero in every other byte; which half tells the byte order.
QStringConverter::Encoding guessUtf16(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    const int pairs = int(sample / 2);
    if (pairs == 0)
        return QStringConverter::System;
    if (oddZeros * 3 > pairs && evenZeros * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 3 > pairs && oddZeros * 10 < pairs)
        return QStringConverter::Utf16BE;
    return QStringConverter::System; // "not UTF-16"
}

Decoded strictly(QStringDecoder &decoder, const QByteArray &bytes, const QString &name)
{
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    return {normalizeLineEndings(text), name, QString()};
}

// CP949 is ASCII and pairs of a lead byte 0x81-0xFE with a trail 0x41-0x5A, 0x61-0x7A or
// 0x81-0xFE: KS X 1001 (EUC-KR) in leads and trails from 0xA1, and the 8,822 Hangul
// syllables KS X 1001 lacks (똠, 햏, 뷁: the Unified Hangul Code) in the rest. Checked here
// because ICU's converter lets some wrong bytes through: it drops a lead byte cut off at
// the end, and reads 0x80 and 0xFF alone as characters.
bool isCp949Sequence(const QByteArray &bytes)
{
    const auto isTrail = [](uchar c) {
        return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x81 && c <= 0xFE);
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x80)
            continue;
        if (c == 0x80 || c == 0xFF || i + 1 == bytes.size() || !isTrail(uchar(bytes[i + 1])))
            return false;
        ++i;
    }
    return true;
}

// Korean text as Korean Windows writes it. Qt takes the converter from ICU, where "CP949"
// names IBM's code page 949, which lacks the Unified Hangul Code syllables; Microsoft's
// code page, the one news copy is in, is "windows-949".
Decoded decodeCp949(const QByteArray &bytes)
{
    if (!isCp949Sequence(bytes))
        return {};
    QStringDecoder cp949("windows-949");
    if (!cp949.isValid())
        return {};
    Decoded result = strictly(cp949, bytes, u"CP949"_s);
    // ICU reads the user-defined rows (0xC9, 0xFE) and unassigned pairs as private-use
    // characters: no text holds them, bytes in another encoding do.
    for (const QChar c : std::as_const(result.text)) {
        if (c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF)
            return {};
    }
    return result;
}
} // namespace

Decoded decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        if (Decoded result = strictly(utf8, bytes.sliced(3), u"UTF-8"_s);
            !result.encoding.isEmpty())
            return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        if (Decoded result =
                strictly(utf16, bytes.sliced(2), little ? u"UTF-16LE"_s : u"UTF-16BE"_s);
            !result.encoding.isEmpty())
            return result;
    }
    if (const auto utf16 = guessUtf16(bytes); utf16 != QStringConverter::System) {
        QStringDecoder decoder(utf16);
        const QString name = utf16 == QStringConverter::Utf16LE ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        if (Decoded result = strictly(decoder, bytes, name); !result.encoding.isEmpty())
            return result;
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    if (Decoded result = strictly(utf8, bytes, u"UTF-8"_s); !result.encoding.isEmpty())
        return result;
    // Not UTF-8: Korean copy from older Windows systems is CP949 (EUC-KR and more).
    if (Decoded result = decodeCp949(bytes); !result.encoding.isEmpty())
        return result;
    return {
        QString(), QString(),
        QCoreApplication::translate("TextImport",
                                    "the text is neither UTF-8, UTF-16 nor Korean EUC-KR/CP949; "
                                    "save it as UTF-8 and try again")};
}

bool containsHangul(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF)
            || (u >= 0x3130 && u <= 0x318F))
            return true;
    }
    return false;
}

Decoded readFile(const QString &path)
{
    // Copy for one briefing: what the loader would open once it is a briefing, at most.
    const RegularFile::Contents file = RegularFile::read(path, BriefingLimits::maxFileBytes);
    if (!file.ok()) {
        Decoded result;
        result.error = file.tooLarge
            ? QCoreApplication::translate("TextImport",
                                          "the file is %1 MiB; Bilateral imports texts of up to "
                                          "%2 MiB")
                  .arg(double(file.size) / (1024.0 * 1024.0), 0, 'f', 1)
                  .arg(BriefingLimits::maxFileBytes / (1024 * 1024))
            : file.error;
        result.unreadable = true;
        return result;
    }
    return decode(file.bytes);
}

ScriptSplit assignLanguages(const QStringList &texts)
{
    ScriptSplit split;
    if (texts.size() == 1) {
        const QString &text = texts.first();
        const bool hangul = containsHangul(text);
        // Hangul with Latin lines: both languages in one text.
        const ScriptSplit byScript = splitByScript(text);
        if (hangul && !byScript.english.trimmed().isEmpty())
            return byScript;
        (hangul ? split.korean : split.english) = text;
        return split;
    }
    if (texts.size() >= 2) {
        const bool swapped = !containsHangul(texts.at(0)) && containsHangul(texts.at(1));
        split.korean = texts.at(swapped ? 1 : 0);
        split.english = texts.at(swapped ? 0 : 1);
    }
    return split;
}

ScriptSplit splitByScript(const QString &text)
{
    ScriptSplit split;
    const auto hasLatin = [](QStringView line) {
        for (const QChar c : line) {
            if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
                return true;
        }
        return false;
    };
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            split.korean += u'\n';
            split.english += u'\n';
        } else if (containsHangul(line)) {
            split.korean += line + u'\n';
        } else if (hasLatin(line)) {
            split.english += line + u'\n';
        }
    }
    return split;
}

} // namespace TextImport
