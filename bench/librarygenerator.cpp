#include "librarygenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed)
    { }
    quint32 next() { return m_state = mix(m_state + 0x9e3779b9U); }
    int below(int bound) { return bound > 0 ? int(next() % quint32(bound)) : 0; }
    double unit() { return double(next()) / 4294967296.0; }

private:
    quint32 m_state;
};

constexpr int vocabularySize = 30000;

// Real words take the most frequent ranks; pseudo-words made from the rank fill the rest.
const std::array koreanWords{u"일본"_s, u"한국"_s,   u"협의"_s,   u"정부는"_s,   u"양국"_s,
                             u"문제"_s, u"입장을"_s, u"외교부"_s, u"오염수를"_s, u"수출규제"_s,
                             u"독도"_s, u"배상"_s,   u"피해자"_s, u"정상회의"_s, u"처리수"_s};
const std::array japaneseWords{u"日本"_s,   u"韓国"_s,     u"協議"_s,   u"政府は"_s,
                               u"両国"_s,   u"問題"_s,     u"立場を"_s, u"外務省"_s,
                               u"処理水"_s, u"輸出管理"_s, u"竹島"_s,   u"賠償"_s};
const std::array englishWords{u"the"_s,          u"of"_s,     u"and"_s,         u"Japan"_s,
                              u"Korea"_s,        u"talks"_s,  u"position"_s,    u"ministry"_s,
                              u"treated"_s,      u"water"_s,  u"export"_s,      u"controls"_s,
                              u"compensation"_s, u"summit"_s, u"contaminated"_s};

QString pseudoWord(const QString &language, int rank)
{
    Random random(mix(quint32(rank) * 2654435761U + quint32(language.at(0).unicode())));
    QString word;
    if (language == u"ko"_s) {
        const int length = 2 + random.below(3);
        for (int i = 0; i < length; ++i)
            word += QChar(char16_t(0xAC00 + random.below(11172)));
    } else if (language == u"ja"_s) {
        const int kanji = 1 + random.below(3);
        for (int i = 0; i < kanji; ++i)
            word += QChar(char16_t(0x4E00 + random.below(3000)));
        if (random.below(2))
            word += QChar(char16_t(0x3041 + random.below(80)));
    } else {
        static const QString consonants = u"bcdfghjklmnprstvwz"_s;
        static const QString vowels = u"aeiou"_s;
        const int syllables = 1 + random.below(4);
        for (int i = 0; i < syllables; ++i)
            word += consonants.at(random.below(int(consonants.size())))
                + vowels.at(random.below(int(vowels.size())));
    }
    return word;
}

QString word(const QString &language, int rank)
{
    if (language == u"ko"_s && rank < int(koreanWords.size()))
        return koreanWords.at(std::size_t(rank));
    if (language == u"ja"_s && rank < int(japaneseWords.size()))
        return japaneseWords.at(std::size_t(rank));
    if (language == u"en"_s && rank < int(englishWords.size()))
        return englishWords.at(std::size_t(rank));
    return pseudoWord(language, rank);
}

// A rank drawn with probability about proportional to 1/(rank + 1): Zipf's law.
int zipfRank(Random &random)
{
    return std::min(vocabularySize - 1,
                    int(std::exp(random.unit() * std::log(double(vocabularySize)))) - 1);
}

QString sentence(Random &random, const QString &language, int words)
{
    QString text;
    const bool spaced = language != u"ja"_s;
    for (int i = 0; i < words; ++i) {
        if (i > 0 && spaced)
            text += u' ';
        text += word(language, zipfRank(random));
    }
    return text + (language == u"ja"_s ? u"。"_s : u"."_s);
}

QJsonObject texts(const QString &first, const QString &language, const QString &english)
{
    return QJsonObject{{language, first}, {u"en"_s, english}};
}
} // namespace

namespace LibraryGenerator {

QByteArray briefing(int number, int passageCount)
{
    Random random(mix(quint32(number) + 17U));
    const QString language = number % 3 == 2 ? u"ja"_s : u"ko"_s;
    QJsonArray passages;
    for (int p = 0; p < passageCount; ++p) {
        passages.append(
            QJsonObject{{u"id"_s, u"p%1"_s.arg(p + 1)},
                        {u"text"_s,
                         texts(sentence(random, language, 8 + random.below(10)), language,
                               sentence(random, u"en"_s, 12 + random.below(14)))}});
    }
    static const QStringList positions{u"demands"_s,     u"reiterates"_s, u"proposes"_s,
                                       u"cooperative"_s, u"concerned"_s,  u"supports"_s};
    QJsonArray issues;
    QStringList used;
    for (int i = 0; i < 5; ++i) {
        QString id;
        do
            id = u"issue-%1"_s.arg(1 + random.below(40));
        while (used.contains(id));
        used.append(id);
        QJsonArray stances;
        for (const QString &side : {u"kr"_s, u"jp"_s}) {
            stances.append(QJsonObject{
                {u"side"_s, side},
                {u"position"_s, positions.at(random.below(int(positions.size())))},
                {u"summary"_s,
                 texts(sentence(random, language, 6), language, sentence(random, u"en"_s, 9))},
                {u"passages"_s, QJsonArray{u"p%1"_s.arg(1 + random.below(passageCount))}}});
        }
        issues.append(QJsonObject{
            {u"id"_s, id},
            {u"title"_s,
             texts(sentence(random, language, 3), language, sentence(random, u"en"_s, 4))},
            {u"passages"_s, QJsonArray{u"p%1"_s.arg(1 + random.below(passageCount))}},
            {u"stances"_s, stances}});
    }
    const QDate date = QDate(2015, 1, 1).addDays(random.below(3650));
    const QJsonObject root{
        {u"bilateral"_s, 1},
        {u"languages"_s, QJsonArray{language, u"en"_s}},
        {u"title"_s, texts(sentence(random, language, 5), language, sentence(random, u"en"_s, 7))},
        {u"date"_s, date.toString(Qt::ISODate)},
        {u"sides"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"kr"_s},
                                {u"name"_s,
                                 texts(language == u"ko"_s ? u"한국"_s : u"韓国"_s, language,
                                       u"South Korea"_s)}},
                    QJsonObject{{u"id"_s, u"jp"_s},
                                {u"name"_s,
                                 texts(language == u"ko"_s ? u"일본"_s : u"日本"_s, language,
                                       u"Japan"_s)}}}},
        {u"passages"_s, passages},
        {u"issues"_s, issues}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList queries(const QString &language, int count)
{
    QStringList result;
    for (int i = 0; i < count; ++i) {
        // Ranks spread evenly on a log scale: frequent words as often as rare ones.
        const int rank =
            std::min(vocabularySize - 1, int(std::exp(double(i) / count * std::log(3000.0))) - 1);
        QString query = word(language, rank);
        if (language == u"ko"_s && i % 5 == 4)
            query += u"를"_s; // with a particle
        if (language != u"en"_s && i % 7 == 6 && query.size() > 2)
            query = query.mid(1, 2); // two characters from inside a longer word
        if (language == u"en"_s && i % 6 == 5 && query.size() > 4)
            query.chop(2); // a word being typed
        result.append(query);
    }
    return result;
}

} // namespace LibraryGenerator
