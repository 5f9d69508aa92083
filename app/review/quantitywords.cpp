#include "review/quantitywords.h"

#include <algorithm>
#include <array>
#include <vector>

namespace QuantityWords {

int kanjiDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
        return 1;
    case u'二':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

int hangulDigit(QChar c)
{
    static constexpr std::u16string_view digits = u"일이삼사오육칠팔구";
    const auto at = digits.find(c.unicode());
    return at == std::u16string_view::npos ? -1 : int(at) + 1;
}

int kanjiSmallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

int hangulSmallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'십':
        return 10;
    case u'백':
        return 100;
    case u'천':
        return 1000;
    default:
        return 0;
    }
}

int bigUnitPower(QChar c)
{
    switch (c.unicode()) {
    case u'万':
    case u'萬':
    case u'만':
        return 4;
    case u'億':
    case u'억':
        return 8;
    case u'兆':
    case u'조':
        return 12;
    default:
        return 0;
    }
}

namespace {
// The longest of `words` that the text has at pos.
template<size_t N>
qsizetype longestAt(QStringView text, qsizetype pos, const std::array<QStringView, N> &words)
{
    qsizetype longest = 0;
    if (pos >= text.size())
        return 0;
    const QStringView rest = text.sliced(pos);
    for (const QStringView word : words) {
        // The first character rules out nearly all words without a call.
        if (word.front() == rest.front() && word.size() > longest && rest.startsWith(word))
            longest = word.size();
    }
    return longest;
}

constexpr std::array<QStringView, 37> koreanCounters{
    u"명",   u"개국", u"개월", u"개", u"건", u"회",   u"차례", u"차",   u"번째", u"번",
    u"배",   u"곳",   u"주년", u"주", u"세", u"살",   u"달러", u"원",   u"엔",   u"위안",
    u"유로", u"척",   u"대",   u"기", u"발", u"톤",   u"호",   u"가지", u"시간", u"분",
    u"초",   u"국",   u"위",   u"표", u"석", u"가구", u"여",
};

constexpr std::array<QStringView, 26> nativeKoreanCounters{
    u"차례", u"번째", u"번",   u"명",   u"개국", u"개",   u"곳",   u"가지", u"사람",
    u"시간", u"달",   u"해",   u"척",   u"대",   u"발",   u"건",   u"권",   u"분",
    u"살",   u"장",   u"나라", u"국가", u"가구", u"마리", u"군데", u"주",
};

constexpr std::array<QStringView, 56> japaneseCounters{
    u"人",   u"名",   u"回目", u"回",   u"度目", u"度",     u"件",     u"個",   u"つ",   u"カ国",
    u"か国", u"ヵ国", u"ヶ国", u"箇国", u"国",   u"社",     u"隻",     u"機",   u"台",   u"本",
    u"枚",   u"点",   u"歳",   u"円",   u"ドル", u"ウォン", u"ユーロ", u"元",   u"倍",   u"次",
    u"期",   u"週間", u"週",   u"日間", u"年間", u"カ月",   u"か月",   u"ヶ月", u"ヵ月", u"箇月",
    u"項目", u"項",   u"条",   u"番目", u"番",   u"位",     u"章",     u"秒",   u"時間", u"周年",
    u"トン", u"発",   u"席",   u"票",   u"号",   u"分",
};
} // namespace

qsizetype koreanCounterAt(QStringView text, qsizetype pos)
{
    const qsizetype length = longestAt(text, pos, koreanCounters);
    // A counter is a word of its own: 3천 개혁 is no 개, 한 대사관 no 대.
    const qsizetype after = pos + length;
    if (length == 0 || after >= text.size() || !isHangulSyllable(text[after])
        || isKoreanParticle(text[after]))
        return length;
    return 0;
}

qsizetype nativeKoreanCounterAt(QStringView text, qsizetype pos)
{
    const qsizetype length = longestAt(text, pos, nativeKoreanCounters);
    const qsizetype after = pos + length;
    if (length == 0 || after >= text.size() || !isHangulSyllable(text[after])
        || isKoreanParticle(text[after]))
        return length;
    return 0;
}

qsizetype japaneseCounterAt(QStringView text, qsizetype pos)
{
    return longestAt(text, pos, japaneseCounters);
}

bool isKoreanParticle(QChar c)
{
    // Particles, and endings such as 간 (3년간), 째, 여 (3천여), 경 (3시경).
    static constexpr std::u16string_view particles =
        u"은는이가을를의에도와과로으만씩째나까간여께경부뿐";
    return particles.find(c.unicode()) != std::u16string_view::npos;
}

WordNumber nativeKoreanNumeralAt(QStringView text, qsizetype pos)
{
    // Bound forms (before a counter) of 1–9, then the tens that may precede them.
    static constexpr std::array<QStringView, 9> units{
        u"한", u"두", u"세", u"네", u"다섯", u"여섯", u"일곱", u"여덟", u"아홉",
    };
    static constexpr std::u16string_view firstSyllables = u"한두세네다여일아열스";
    if (pos >= text.size() || firstSyllables.find(text[pos].unicode()) == std::u16string_view::npos)
        return {};
    const QStringView rest = text.sliced(pos);
    qint64 value = 0;
    qsizetype length = 0;
    if (rest.startsWith(u"스무")) {
        return {20, pos + 2};
    } else if (rest.startsWith(u"스물")) {
        value = 20;
        length = 2;
    } else if (rest.startsWith(u"열")) {
        value = 10;
        length = 1;
    }
    for (qsizetype i = 0; i < qsizetype(units.size()); ++i) {
        if (rest.sliced(length).startsWith(units[i]))
            return {value + i + 1, pos + length + units[i].size()};
    }
    // 스물 and 열 stand alone only as 20 and 10 ("열 명").
    return value > 0 ? WordNumber{value, pos + length} : WordNumber{};
}

bool isKoreanLookalike(QStringView word)
{
    static constexpr std::array<QStringView, 8> lookalikes{
        u"구조", u"오만", u"이만", u"일조", u"사조", u"구만", u"사천", u"천만에",
    };
    return std::find(lookalikes.begin(), lookalikes.end(), word) != lookalikes.end();
}

qsizetype japaneseLexicalEnd(QStringView text, qsizetype pos)
{
    // Words whose numeral kanji carries no number: checked where a numeral run starts.
    static constexpr std::array<QStringView, 74> words{
        u"一部", u"一方", u"一緒", u"一層",   u"一致", u"統一",   u"万一",   u"唯一",   u"一般",
        u"一体", u"一環", u"一連", u"一貫",   u"一時", u"一定",   u"一同",   u"一向",   u"一切",
        u"一応", u"一旦", u"一括", u"一律",   u"一斉", u"一新",   u"一帯",   u"一面",   u"一見",
        u"一瞬", u"一助", u"一歩", u"一流",   u"一線", u"一段",   u"一言",   u"一任",   u"一丸",
        u"一員", u"一番", u"一因", u"一気",   u"一挙", u"一概",   u"一刻",   u"一日も", u"同一",
        u"均一", u"単一", u"画一", u"随一",   u"逐一", u"第一線", u"二国間", u"二元",   u"二重",
        u"不二", u"三権", u"三角", u"三菱",   u"三重", u"再三",   u"十分",   u"十字",   u"八百長",
        u"四国", u"九州", u"千葉", u"千代田", u"五輪", u"七夕",   u"八幡",   u"一橋",   u"二の次",
        u"百済", u"一心",
    };
    const QChar c = text[pos];
    for (const QStringView word : words) {
        qsizetype numeralAt = 0;
        while (numeralAt < word.size() && word[numeralAt] != c)
            ++numeralAt;
        if (numeralAt == word.size() || pos < numeralAt)
            continue;
        const qsizetype wordStart = pos - numeralAt;
        // The numeral must be the first one of the word that could start a run.
        bool firstNumeral = true;
        for (qsizetype i = 0; i < numeralAt; ++i)
            firstNumeral = firstNumeral && kanjiDigit(word[i]) < 0 && kanjiSmallUnit(word[i]) == 0;
        if (firstNumeral && text.sliced(wordStart).startsWith(word))
            return wordStart + word.size();
    }
    return -1;
}

EnglishWord englishWord(QStringView word)
{
    using Entry = std::pair<std::u16string_view, EnglishWord>;
    // Sorted once; looked up with inline comparisons, as this runs for every English word.
    static const std::vector<Entry> words = [] {
        std::vector<Entry> table;
        static constexpr std::array<std::u16string_view, 9> units{
            u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine",
        };
        static constexpr std::array<std::u16string_view, 10> teens{
            u"ten",     u"eleven",  u"twelve",    u"thirteen", u"fourteen",
            u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen",
        };
        static constexpr std::array<std::u16string_view, 8> tens{
            u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety",
        };
        static constexpr std::array<std::u16string_view, 19> ordinals{
            u"first",     u"second",      u"third",      u"fourth",     u"fifth",
            u"sixth",     u"seventh",     u"eighth",     u"ninth",      u"tenth",
            u"eleventh",  u"twelfth",     u"thirteenth", u"fourteenth", u"fifteenth",
            u"sixteenth", u"seventeenth", u"eighteenth", u"nineteenth",
        };
        static constexpr std::array<std::u16string_view, 8> tenths{
            u"twentieth", u"thirtieth",  u"fortieth",  u"fiftieth",
            u"sixtieth",  u"seventieth", u"eightieth", u"ninetieth",
        };
        static constexpr std::array<std::u16string_view, 12> months{
            u"january", u"february", u"march",     u"april",   u"may",      u"june",
            u"july",    u"august",   u"september", u"october", u"november", u"december",
        };
        static constexpr std::array<std::u16string_view, 12> abbreviations{
            u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
            u"jul", u"aug", u"sep", u"oct", u"nov", u"dec",
        };
        for (qint64 i = 0; i < 9; ++i)
            table.push_back({units[size_t(i)], {English::Unit, i + 1}});
        for (qint64 i = 0; i < 10; ++i)
            table.push_back({teens[size_t(i)], {English::Teen, i + 10}});
        for (qint64 i = 0; i < 8; ++i) {
            table.push_back({tens[size_t(i)], {English::Ten, (i + 2) * 10}});
            table.push_back({tenths[size_t(i)], {English::Ordinal, (i + 2) * 10}});
        }
        for (qint64 i = 0; i < 19; ++i)
            table.push_back({ordinals[size_t(i)], {English::Ordinal, i + 1}});
        // Full names after abbreviations, so that "may" is the month (May) entry.
        for (qint64 i = 0; i < 12; ++i) {
            if (i != 4)
                table.push_back({abbreviations[size_t(i)], {English::MonthAbbreviation, i + 1}});
            table.push_back({months[size_t(i)], {i == 4 ? English::May : English::Month, i + 1}});
        }
        table.push_back({u"sept", {English::MonthAbbreviation, 9}});
        table.push_back({u"zero", {English::Unit, 0}});
        table.push_back({u"zeros", {English::Unit, 0}});
        table.push_back({u"zeroes", {English::Unit, 0}});
        table.push_back({u"hundred", {English::Hundred, 100}});
        table.push_back({u"thousand", {English::Scale, 1'000}});
        table.push_back({u"million", {English::Scale, 1'000'000}});
        table.push_back({u"billion", {English::Scale, 1'000'000'000}});
        table.push_back({u"bn", {English::Scale, 1'000'000'000}});
        table.push_back({u"trillion", {English::Scale, 1'000'000'000'000}});
        table.push_back({u"once", {English::Times, 1}});
        table.push_back({u"twice", {English::Times, 2}});
        table.push_back({u"percent", {English::Percent, 0}});
        table.push_back({u"pct", {English::Percent, 0}});
        std::sort(table.begin(), table.end(),
                  [](const Entry &a, const Entry &b) { return a.first < b.first; });
        return table;
    }();
    // Most words ("the", "ministers", "will") fail on their first letter.
    static const quint32 firstLetters = [] {
        quint32 mask = 0;
        for (const Entry &entry : words)
            mask |= 1u << (entry.first.front() - u'a');
        return mask;
    }();
    // Lower-case into a small buffer: no allocation per word.
    std::array<char16_t, 12> lower{};
    if (word.size() < 2 || word.size() > qsizetype(lower.size()))
        return {};
    const char16_t first = word.front().unicode() | 0x20; // ASCII lower case
    if (first < u'a' || first > u'z' || !(firstLetters & (1u << (first - u'a'))))
        return {};
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word[i].unicode();
        lower[size_t(i)] = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    }
    const std::u16string_view key(lower.data(), size_t(word.size()));
    const auto found =
        std::lower_bound(words.begin(), words.end(), key,
                         [](const Entry &e, std::u16string_view k) { return e.first < k; });
    return found != words.end() && found->first == key ? found->second : EnglishWord{};
}

bool introducesMonth(QStringView word)
{
    static constexpr std::array<QStringView, 14> prepositions{
        u"in",    u"of",   u"since", u"until", u"till", u"by",   u"from",
        u"early", u"late", u"mid",   u"last",  u"next", u"this", u"through",
    };
    return std::any_of(prepositions.begin(), prepositions.end(), [&](QStringView preposition) {
        return word.compare(preposition, Qt::CaseInsensitive) == 0;
    });
}

} // namespace QuantityWords
