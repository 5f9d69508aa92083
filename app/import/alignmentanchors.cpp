#include "import/alignmentanchors.h"

#include <QHash>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>

namespace AlignmentAnchors {

namespace {
bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

std::uint32_t hashed(QStringView token, std::uint32_t kind)
{
    return std::uint32_t(qHash(token, kind));
}
} // namespace

bool isMostlyLatin(QStringView text)
{
    qsizetype latin = 0;
    qsizetype letters = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        latin += c.script() == QChar::Script_Latin ? 1 : 0;
    }
    return letters > 0 && latin * 2 > letters;
}

Tokens tokens(QStringView sentence)
{
    Tokens result;
    QString token;
    const qsizetype size = sentence.size();
    for (qsizetype at = 0; at < size;) {
        const QChar c = sentence[at];
        if (c.isDigit() && c.digitValue() >= 0) {
            // "1,000" and "1.5" are one number; "10월" is 10 ("월" ends it).
            token.clear();
            while (at < size) {
                const QChar d = sentence[at];
                if (d.isDigit() && d.digitValue() >= 0) {
                    token.append(QChar(u'0' + d.digitValue()));
                    ++at;
                } else if ((d == u',' || d == u'.') && at + 1 < size && sentence[at + 1].isDigit()
                           && !token.isEmpty()) {
                    if (d == u'.')
                        token.append(u'.');
                    ++at;
                } else {
                    break;
                }
            }
            // The lowest bit marks a number below ten, which English often spells out
            // ("3년" is "three years"): found on both sides it is an anchor, on one side
            // only it says nothing.
            result.numbers.push_back((hashed(token, 1) << 1) | (token.size() == 1 ? 1u : 0u));
            continue;
        }
        if (isAsciiLetter(c.unicode())) {
            token.clear();
            while (at < size
                   && (isAsciiLetter(sentence[at].unicode())
                       || (sentence[at].unicode() >= u'0' && sentence[at].unicode() <= u'9'))) {
                token.append(sentence[at].toLower());
                ++at;
            }
            if (token.size() >= 2)
                result.words.push_back(hashed(token, 2));
            continue;
        }
        ++at;
    }
    std::sort(result.numbers.begin(), result.numbers.end());
    std::sort(result.words.begin(), result.words.end());
    result.words.erase(std::unique(result.words.begin(), result.words.end()), result.words.end());
    return result;
}

Match match(const Tokens *first, int firstCount, const Tokens *second, int secondCount, Words words)
{
    Match result;
    // Numbers: the two multisets of the bead, compared.
    QVarLengthArray<std::uint32_t, 32> a;
    QVarLengthArray<std::uint32_t, 32> b;
    for (int k = 0; k < firstCount; ++k)
        a.append(first[k].numbers.data(), qsizetype(first[k].numbers.size()));
    for (int k = 0; k < secondCount; ++k)
        b.append(second[k].numbers.data(), qsizetype(second[k].numbers.size()));
    if (!a.isEmpty() || !b.isEmpty()) {
        if (firstCount > 1)
            std::sort(a.begin(), a.end());
        if (secondCount > 1)
            std::sort(b.begin(), b.end());
        // Unmatched numbers below ten (the lowest bit) say nothing: only the others count.
        int shared = 0;
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || (i < a.size() && a[i] < b[j])) {
                result.unmatchedNumbers += (a[i++] & 1u) ? 0 : 1;
            } else if (i == a.size() || b[j] < a[i]) {
                result.unmatchedNumbers += (b[j++] & 1u) ? 0 : 1;
            } else {
                ++shared;
                ++i;
                ++j;
            }
        }
        result.shared += shared;
    }
    // Latin words of the non-Latin side, looked up in the Latin side's words.
    if (words == Words::None)
        return result;
    const bool wordsOfFirst = words == Words::OfFirst;
    const Tokens *from = wordsOfFirst ? first : second;
    const int fromCount = wordsOfFirst ? firstCount : secondCount;
    const Tokens *in = wordsOfFirst ? second : first;
    const int inCount = wordsOfFirst ? secondCount : firstCount;
    for (int k = 0; k < fromCount; ++k) {
        for (const std::uint32_t word : from[k].words) {
            bool found = false;
            for (int l = 0; l < inCount && !found; ++l)
                found = std::binary_search(in[l].words.begin(), in[l].words.end(), word);
            if (found)
                ++result.shared;
            else
                ++result.unmatchedWords;
        }
    }
    return result;
}

} // namespace AlignmentAnchors
