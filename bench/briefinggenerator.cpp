#include "briefinggenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace {
// A small linear congruential generator: the same seed gives the same file everywhere,
// unlike std:: distributions whose output differs between standard libraries.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed)
    { }
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int below(int bound) { return bound > 0 ? int(next() % quint32(bound)) : 0; }

private:
    quint32 m_state;
};

const std::array englishWords{
    u"ministry"_s,
    u"talks"_s,
    u"delegation"_s,
    u"officials"_s,
    u"agreement"_s,
    u"export"_s,
    u"controls"_s,
    u"summit"_s,
    u"peninsula"_s,
    u"cooperation"_s,
    u"sincere"_s,
    u"position"_s,
    u"the"_s,
    u"of"_s,
    u"and"_s,
    u"on"_s,
    u"said"_s,
    u"would"_s,
    u"continue"_s,
    u"pending"_s,
    u"issues"_s,
    u"compensation"_s,
    u"court"_s,
    u"assets"_s,
    u"Seoul"_s,
    u"Tokyo"_s,
    u"Beijing"_s,
    u"envoy"_s,
    u"concern"_s,
    u"water"_s,
    u"release"_s,
    u"proposal"_s,
    u"dialogue"_s,
    u"security"_s,
    u"bilateral"_s,
    u"trade"_s,
    // Contested wordings, names and numbers, for the terms and the translation review.
    u"treated water"_s,
    u"contaminated"_s,
    u"Dokdo"_s,
    u"IAEA"_s,
    u"3,000"_s,
    u"2020"_s,
};
const std::array koreanWords{
    u"외교부"_s, u"국장급"_s,         u"협의"_s,     u"양국"_s,       u"정부는"_s,   u"수출규제"_s,
    u"철회를"_s, u"요구했다"_s,       u"입장을"_s,   u"되풀이했다"_s, u"한반도"_s,   u"비핵화"_s,
    u"협력"_s,   u"방안에"_s,         u"대해"_s,     u"의견을"_s,     u"나눴다"_s,   u"일본"_s,
    u"한국"_s,   u"정상회의"_s,       u"서울에서"_s, u"열자고"_s,     u"제안했다"_s, u"피해자"_s,
    u"배상"_s,   u"문제"_s,           u"우려를"_s,   u"표명했다"_s,   u"오염수를"_s, u"처리수"_s,
    u"독도는"_s, u"국제원자력기구"_s, u"3천"_s,      u"2020년"_s,
};

template<typename Words>
QString sentence(Random &random, const Words &words, int minWords, int maxWords, bool english)
{
    const int count = minWords + random.below(maxWords - minWords + 1);
    QString text;
    for (int i = 0; i < count; ++i) {
        QString word = words[std::size_t(random.below(int(words.size())))];
        if (i == 0 && english)
            word[0] = word[0].toUpper();
        if (i > 0)
            text += u' ';
        text += word;
    }
    return text + u'.';
}

QJsonObject texts(const QString &ko, const QString &en)
{
    return QJsonObject{{u"ko"_s, ko}, {u"en"_s, en}};
}
} // namespace

QByteArray generateBriefing(const GeneratorOptions &options)
{
    Random random(options.seed);
    static const std::array colors{u"#2563b0"_s, u"#c2410c"_s, u"#15803d"_s, u"#7e22ce"_s};
    static const std::array positions{u"supports"_s,    u"proposes"_s,   u"demands"_s,
                                      u"cooperative"_s, u"concerned"_s,  u"objects"_s,
                                      u"rejects"_s,     u"reiterates"_s, u"none"_s};

    QJsonArray sides;
    for (int s = 0; s < options.sides; ++s) {
        sides.append(
            QJsonObject{{u"id"_s, u"side%1"_s.arg(s)},
                        {u"name"_s, texts(u"당사자 %1"_s.arg(s + 1), u"Party %1"_s.arg(s + 1))},
                        {u"color"_s, colors[std::size_t(s) % colors.size()]}});
    }

    QJsonArray passages;
    int untilParagraph = 0;
    for (int p = 0; p < options.passages; ++p) {
        QString en = sentence(random, englishWords, 8, 24, true);
        QString ko = sentence(random, koreanWords, 5, 14, false);
        if (random.below(3) == 0) { // some passages hold two sentences
            en += u' ' + sentence(random, englishWords, 6, 18, true);
            ko += u' ' + sentence(random, koreanWords, 4, 10, false);
        }
        QJsonObject passage{{u"id"_s, u"p%1"_s.arg(p + 1)}, {u"text"_s, texts(ko, en)}};
        if (untilParagraph-- <= 0) {
            passage.insert(u"paragraph"_s, true);
            untilParagraph = 1 + random.below(4);
        }
        passages.append(passage);
    }

    QJsonArray issues;
    for (int i = 0; i < options.issues; ++i) {
        QJsonArray own;
        QList<int> chosen;
        for (int k = 0; k < options.passagesPerIssue; ++k) {
            const int passage = random.below(options.passages);
            if (!chosen.contains(passage))
                chosen.append(passage);
        }
        QJsonArray stances;
        for (int s = 0; s < options.sides; ++s) {
            if (random.below(5) == 0)
                continue; // not every side speaks to every issue
            QJsonArray evidence;
            QList<int> picked;
            for (int k = 0; k < chosen.size() / (3 * std::max(options.sides, 1)) + 1; ++k) {
                const int passage = chosen.at(random.below(int(chosen.size())));
                if (!picked.contains(passage)) {
                    picked.append(passage);
                    evidence.append(u"p%1"_s.arg(passage + 1));
                }
            }
            stances.append(QJsonObject{
                {u"side"_s, u"side%1"_s.arg(s)},
                {u"position"_s, positions[std::size_t(random.below(int(positions.size())))]},
                {u"summary"_s,
                 texts(sentence(random, koreanWords, options.summaryWords / 2, options.summaryWords,
                                false),
                       sentence(random, englishWords, options.summaryWords / 2 + 1,
                                options.summaryWords + 2, true))},
                {u"passages"_s, evidence}});
        }
        for (int passage : std::as_const(chosen))
            own.append(u"p%1"_s.arg(passage + 1));
        issues.append(QJsonObject{
            {u"id"_s, u"issue-%1"_s.arg(i + 1)},
            {u"title"_s,
             texts(u"쟁점 %1: "_s.arg(i + 1) + sentence(random, koreanWords, 2, 4, false),
                   u"Issue %1: "_s.arg(i + 1) + sentence(random, englishWords, 2, 5, true))},
            {u"passages"_s, own},
            {u"stances"_s, stances}});
    }

    const QJsonObject root{{u"bilateral"_s, 1},
                           {u"languages"_s, QJsonArray{u"ko"_s, u"en"_s}},
                           {u"title"_s, texts(u"생성된 브리핑"_s, u"Generated briefing"_s)},
                           {u"date"_s, u"2020-10-29"_s},
                           {u"sides"_s, sides},
                           {u"passages"_s, passages},
                           {u"issues"_s, issues}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace WorstCaseBriefings {
namespace {
QJsonObject minimalBriefing()
{
    return QJsonObject{{u"bilateral"_s, 1},
                       {u"languages"_s, QJsonArray{u"ko"_s, u"en"_s}},
                       {u"title"_s, texts(u"제목"_s, u"Title"_s)},
                       {u"date"_s, u"2020-10-29"_s}};
}

QJsonArray shortPassages(int count, bool withUnknownKey)
{
    QJsonArray passages;
    for (int p = 0; p < count; ++p) {
        QJsonObject passage{{u"id"_s, u"p%1"_s.arg(p + 1)}, {u"text"_s, texts(u"가"_s, u"A"_s)}};
        if (withUnknownKey)
            passage.insert(u"note"_s, p);
        passages.append(passage);
    }
    return passages;
}
} // namespace

QByteArray warningsOnOneLine(int passages)
{
    QJsonObject root = minimalBriefing();
    root.insert(u"passages"_s, shortPassages(passages, true));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray issuesListingEveryPassage(int passages, int issues)
{
    QJsonObject root = minimalBriefing();
    root.insert(u"passages"_s, shortPassages(passages, false));
    QJsonArray every;
    for (int p = 0; p < passages; ++p)
        every.append(u"p%1"_s.arg(p + 1));
    QJsonArray issueArray;
    for (int i = 0; i < issues; ++i) {
        issueArray.append(QJsonObject{{u"id"_s, u"issue-%1"_s.arg(i + 1)},
                                      {u"title"_s, texts(u"쟁점"_s, u"Issue"_s)},
                                      {u"passages"_s, every}});
    }
    root.insert(u"issues"_s, issueArray);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray titleInManyLanguages(int languages)
{
    QJsonObject root = minimalBriefing();
    QJsonObject title = texts(u"제목"_s, u"Title"_s);
    // "zz-k00001" has the shape of a language tag, and the keys come in sorted order, so
    // each insertion appends.
    for (int l = 0; l < languages; ++l)
        title.insert(u"zz-k%1"_s.arg(l + 1, 5, 10, QChar(u'0')), u"Title %1"_s.arg(l + 1));
    root.insert(u"title"_s, title);
    root.insert(u"passages"_s, shortPassages(1, false));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray passagesWithoutSpaces(int passages, int length)
{
    QJsonObject root = minimalBriefing();
    QJsonArray array;
    for (int p = 0; p < passages; ++p) {
        array.append(QJsonObject{
            {u"id"_s, u"p%1"_s.arg(p + 1)},
            {u"text"_s,
             texts(QString(length, QChar(0xac00 + p)), QString(length, QChar(u'a' + p)))}});
    }
    root.insert(u"passages"_s, array);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace WorstCaseBriefings
