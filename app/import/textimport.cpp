#include "import/textimport.h"

#include "files/regularfile.h"
#include "files/utf16guess.h"
#include "import/scriptcounts.h"
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

bool isHangul(char16_t u)
{
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF)
        || (u >= 0x3130 && u <= 0x318F);
}

// What Korean and English copy is made of: Hangul, ASCII and Latin letters, Hanja, and the
// punctuation, symbols (□, ○, ①) and full-width forms of Korean documents.
bool isTextUnit(char16_t u)
{
    return u == u'\t' || u == u'\n' || u == u'\r' || (u >= 0x20 && u <= 0x7E)
        || (u >= 0xA0 && u <= 0x17F) || (u >= 0x2000 && u <= 0x206F) || (u >= 0x2190 && u <= 0x21FF)
        || (u >= 0x2460 && u <= 0x24FF) || (u >= 0x25A0 && u <= 0x25FF)
        || (u >= 0x3000 && u <= 0x303F) || (u >= 0x4E00 && u <= 0x9FFF)
        || (u >= 0xFF00 && u <= 0xFFEF) || isHangul(u);
}

// Korean UTF-16 has too few zero bytes for guessUtf16ByZeroBytes(): only its spaces, digits and
// Latin letters bring them. Read in the right byte order, nearly every unit is a character of
// Korean text and many are Hangul (U+AC00-U+D7A3, so in little-endian text the bytes
// 0xAC-0xD7 stand at odd offsets); in the wrong order, or when the bytes are UTF-8, few
// are. Some zero byte is required: read as big-endian UTF-16, CP949 Hangul without
// spaces is Hangul too (B0 A1 is 가 in CP949 and 낡 in UTF-16), and only a space, a digit or
// a line break, a zero byte in UTF-16 and none in CP949, tells them apart.
QStringConverter::Encoding guessKoreanUtf16(const QByteArray &bytes)
{
    if (!bytes.contains('\0'))
        return QStringConverter::System;
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 8192);
    const qsizetype units = sample / 2;
    qsizetype best = 0;
    auto encoding = QStringConverter::System;
    for (const auto order : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const bool little = order == QStringConverter::Utf16LE;
        qsizetype hangul = 0;
        qsizetype text = 0;
        for (qsizetype i = 0; i < sample; i += 2) {
            const auto low = uchar(bytes[little ? i : i + 1]);
            const auto high = uchar(bytes[little ? i + 1 : i]);
            const char16_t unit = char16_t(high << 8 | low);
            hangul += isHangul(unit) ? 1 : 0;
            text += isTextUnit(unit) ? 1 : 0;
        }
        // At least a tenth Hangul, at most one unit in twenty unlike text.
        if (hangul * 10 >= units && text * 20 >= units * 19 && hangul > best) {
            best = hangul;
            encoding = order;
        }
    }
    return encoding;
}

Decoded strictly(QStringDecoder &decoder, const QByteArray &bytes, const QString &name)
{
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    return {normalizeLineEndings(text), name, QString()};
}

Decoded decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding order)
{
    QStringDecoder decoder(order);
    return strictly(decoder, bytes,
                    order == QStringConverter::Utf16LE ? u"UTF-16LE"_s : u"UTF-16BE"_s);
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
        if (Decoded result = decodeUtf16(
                bytes.sliced(2), little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
            !result.encoding.isEmpty())
            return result;
    }
    // Without a byte order mark: by the zero bytes of mostly-ASCII text, or by the Hangul of
    // Korean text.
    for (const auto utf16 : {guessUtf16ByZeroBytes(bytes), guessKoreanUtf16(bytes)}) {
        if (utf16 == QStringConverter::System)
            continue;
        if (Decoded result = decodeUtf16(bytes, utf16); !result.encoding.isEmpty())
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
    return std::any_of(text.begin(), text.end(), [](QChar c) { return isHangul(c.unicode()); });
}

QString detectLanguage(QStringView text)
{
    ScriptCounts counts;
    counts.add(text);
    const auto [hangul, kana, han, latin] = counts;
    const qsizetype eastAsian = hangul + kana + han;
    if (eastAsian == 0)
        return latin > 0 ? u"en"_s : QString();
    // A character of Korean or Japanese carries about what two or three Latin letters do:
    // technical Korean full of commands and names is still Korean.
    if (double(latin) > 2.5 * double(eastAsian))
        return u"en"_s;
    if (hangul * 2 >= eastAsian || hangul > kana + han / 4)
        return u"ko"_s;
    return kana * 20 >= eastAsian ? u"ja"_s : u"zh"_s;
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

} // namespace TextImport
