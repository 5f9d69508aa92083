#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>

// Turning raw text files into text: the encodings news copy arrives in, and copy that holds
// both languages at once (a Korean headline above an English body).
namespace TextImport {
struct Decoded
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "CP949"
    QString error; // why the bytes could not be read as text; empty when they could
    bool unreadable = false; // readFile(): the file itself could not be read
    bool ok() const { return error.isEmpty(); }
};

// The text of a file, decoded as decode() does; `error` says why when it cannot be read.
Decoded readFile(const QString &path);

// UTF-8 (with or without a byte order mark), UTF-16 (by its byte order mark, or by the zero
// bytes of mostly-ASCII text) and, failing those, CP949 (the superset of EUC-KR that Korean
// Windows writes, with all 11,172 Hangul syllables). Bytes that are none of these are
// refused, never read as something else. Line endings become "\n".
Decoded decode(const QByteArray &bytes);

struct ScriptSplit
{
    QString korean;
    QString english;
};
// Splits one text holding both languages by script (scriptsplit.cpp): lines in Korean go
// to the Korean text, lines in Latin letters to the English. A line holding both is split
// sentence by sentence, and a sentence with its translation run on after it ("…밝혔다.
// (The ministry said …)") where the script changes; each piece goes by the script of most
// of its words or, in Korean, of its last. Names, abbreviations, options and lists
// ("Mr. Kim은", "G7", "IAEA", "-c 옵션") and English quoted in a Korean sentence keep it
// Korean. Blank lines stay in both, so paragraphs survive.
ScriptSplit splitByScript(const QString &text);

bool containsHangul(QStringView text);

// The language of a text from its letters: "ko" where Hangul leads its East Asian letters,
// "ja" where kana are among them, "zh" for Han characters alone, "en" for Latin letters
// (counting an East Asian character as two and a half Latin letters, what it carries);
// empty when it has no letters.
QString detectLanguage(QStringView text);

// The two texts of an import and their languages: the East Asian text first, English second.
struct LanguagePair
{
    QString first;
    QString second;
    std::array<QString, 2> languages{QStringLiteral("ko"), QStringLiteral("en")};
};

// Which text is which language, for one or two texts from the reader: one Korean text
// holding English too is split by script; of two, the East Asian one goes first, in either
// order; one text alone goes first unless it is English. `languages`, when it names two
// different languages, says what the texts are instead of their scripts.
LanguagePair assignLanguages(const QStringList &texts, const QStringList &languages = {});
} // namespace TextImport
