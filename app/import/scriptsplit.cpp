#include "import/textimport.h"

#include "import/sentencesegmenter.h"

// Copy that holds both languages, split by script (declared in textimport.h): line by line,
// and inside a line that holds both, sentence by sentence.

using namespace Qt::StringLiterals;

namespace TextImport {

namespace {
enum class Script { Neither, Korean, Latin };

// Hanja such as 北 or 日 stand for countries in Korean headlines: Korean, as Hangul is.
bool isKorean(QChar c)
{
    return c.script() == QChar::Script_Hangul || c.script() == QChar::Script_Han;
}

bool isLatin(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

// A word with any Korean in it is Korean: "Kim은" and "IAEA는" carry Korean grammar. A
// Latin word has two letters or more and is no code: a single letter with digits or signs
// ("G7", "-c", "%s") and options, paths and placeholders ("--all", "/usr/bin", "%-8i") count
// as neither, like numbers.
Script scriptOf(QStringView text)
{
    int latin = 0;
    for (const QChar c : text) {
        if (isKorean(c))
            return Script::Korean;
        latin += isLatin(c) ? 1 : 0;
    }
    const bool code = text.startsWith(u'-') || text.contains(u'%') || text.contains(u'/')
        || text.contains(u'=') || text.contains(u'_') || text.contains(u'\\');
    return latin >= 2 && !code ? Script::Latin : Script::Neither;
}

struct Word
{
    QStringView text;
    Script script;
};

QList<Word> wordsOf(QStringView sentence)
{
    QList<Word> words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= sentence.size(); ++i) {
        if (i < sentence.size() && !sentence.at(i).isSpace())
            continue;
        if (i > start)
            words.append(
                {sentence.sliced(start, i - start), scriptOf(sentence.sliced(start, i - start))});
        start = i + 1;
    }
    return words;
}

// Words [first, last] of one script, with the words of neither (numbers, dashes, options)
// among or before them.
struct Run
{
    Script script;
    qsizetype first;
    qsizetype last;
};

QList<Run> runsOf(const QList<Word> &words)
{
    QList<Run> runs;
    // Words of neither script from an opening bracket on ("(-T", "(2019)") go with the run
    // after them: "… 읽습니다 (-T reads null-terminated names)".
    qsizetype opened = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &word = words.at(i);
        if (word.script == Script::Neither) {
            if (opened < 0 && !runs.isEmpty() && QStringView(u"([").contains(word.text.front()))
                opened = i;
            if (opened < 0 && !runs.isEmpty())
                runs.last().last = i;
            continue;
        }
        if (!runs.isEmpty() && word.script == runs.last().script)
            runs.last().last = i;
        else
            runs.append({word.script, runs.isEmpty() ? 0 : (opened >= 0 ? opened : i), i});
        opened = -1;
    }
    if (opened >= 0)
        runs.last().last = words.size() - 1;
    return runs;
}

bool endsSentence(QStringView word)
{
    while (!word.isEmpty() && QStringView(u")]}\"'”’»").contains(word.back()))
        word.chop(1);
    return !word.isEmpty() && QStringView(u".?!…。").contains(word.back());
}

// The small words English prose cannot do without and lists of names, options or keywords
// ("for, while, until", "brkint ignpar istrip") seldom hold.
bool isFunctionWord(QStringView word)
{
    static const QStringList functionWords{
        u"a"_s,    u"an"_s,   u"and"_s,  u"are"_s,  u"as"_s,   u"at"_s,   u"be"_s,   u"been"_s,
        u"but"_s,  u"by"_s,   u"for"_s,  u"from"_s, u"had"_s,  u"has"_s,  u"have"_s, u"he"_s,
        u"in"_s,   u"is"_s,   u"it"_s,   u"its"_s,  u"not"_s,  u"of"_s,   u"on"_s,   u"or"_s,
        u"said"_s, u"she"_s,  u"that"_s, u"the"_s,  u"they"_s, u"this"_s, u"to"_s,   u"was"_s,
        u"we"_s,   u"were"_s, u"will"_s, u"with"_s, u"would"_s};
    // "the" and "(The", but not a list item such as "for," or "'for'".
    while (!word.isEmpty() && QStringView(u"([{\"“").contains(word.front()))
        word = word.sliced(1);
    while (!word.isEmpty() && QStringView(u".?!:;)]}\"”").contains(word.back()))
        word.chop(1);
    return functionWords.contains(word.toString().toLower());
}

// The words of one script among words [first, last].
struct Tally
{
    int count = 0;
    int lowerCase = 0; // starting with a small letter, not in a list
    bool functionWord = false;
    bool otherScript = false; // the other script has words there too
    bool endsSentence = false; // the last of them ends with a full stop, "?" or "!"
    bool bracketed = false; // all of [first, last] stands in brackets
};

Tally tally(const QList<Word> &words, qsizetype first, qsizetype last, Script script)
{
    Tally result;
    QStringView lastWord;
    for (qsizetype i = first; i <= last; ++i) {
        const Word &word = words.at(i);
        if (word.script != script) {
            result.otherScript = result.otherScript || word.script != Script::Neither;
            continue;
        }
        ++result.count;
        lastWord = word.text;
        const auto letter =
            std::find_if(lastWord.begin(), lastWord.end(), [](QChar c) { return c.isLetter(); });
        // An item of a list ("atime, access, use", "`soft', `hard'") says nothing of prose.
        const bool listItem =
            lastWord.endsWith(u',') || QStringView(u"'`\"‘“").contains(lastWord.front());
        result.lowerCase += !listItem && letter != lastWord.end() && letter->isLower() ? 1 : 0;
        result.functionWord = result.functionWord || isFunctionWord(lastWord);
    }
    result.endsSentence = endsSentence(lastWord);
    QStringView end = words.at(last).text;
    while (end.size() > 1 && QStringView(u".,;:").contains(end.back()))
        end.chop(1);
    result.bracketed = words.at(first).text.startsWith(u'(') && end.endsWith(u')');
    return result;
}

// Enough of one language to be a sentence inside a sentence: two Korean words, or three
// Latin ones with a function word among them, of which two start in lower case ("Ministry
// of Foreign Affairs said") or that end a sentence. A name ("Mr. Kim", "Joe Biden",
// "International Atomic Energy Agency"), an abbreviation ("G7", "IAEA"), a credit
// ("(Yonhap)") or a list of keywords ("for, while, until") is not.
bool isProse(const QList<Word> &words, qsizetype first, qsizetype last, Script script)
{
    const Tally found = tally(words, first, last, script);
    if (script == Script::Korean)
        return found.count >= 2;
    return found.count >= 3 && found.functionWord && (found.lowerCase >= 2 || found.endsSentence);
}

// Latin words that read as a sentence and not as a name, a credit or a label: two or more,
// two of them in lower case ("Connection timed out", "(link currently absent)"), or ending
// like a sentence ("Talks stalled."). "(Joe Biden)" and "Rafael Mariano Grossi" are names.
bool readsAsSentence(const Tally &latin)
{
    return latin.count >= 2 && (latin.lowerCase >= 2 || latin.endsSentence);
}

// Enough of one language to be a sentence on its own when the sentence splitter already
// made it one: two Korean words; Latin words that are prose, or, without Korean among
// them, that read as a sentence or are three outside brackets. What cannot stand alone goes
// with the sentence next to it.
bool standsAlone(const QList<Word> &words, qsizetype first, qsizetype last, Script script)
{
    const Tally found = tally(words, first, last, script);
    if (script == Script::Korean)
        return found.count >= 2;
    if (isProse(words, first, last, script))
        return true;
    return !found.otherScript && (readsAsSentence(found) || (found.count >= 3 && !found.bracketed));
}

// A Korean word that ends a sentence: the final endings -다, -요 and the question -까
// ("밝혔다", "끊어졌습니다", "있나요", "됩니까").
bool endsKoreanSentence(QStringView word)
{
    while (!word.isEmpty() && !isKorean(word.back()))
        word.chop(1);
    return word.endsWith(u'다') || word.endsWith(u'요') || word.endsWith(u'까');
}

// A script change where a clause ends or a bracket, quote or dash sets the next one apart:
// "밝혔다. (The ministry said", not "그는 “we will never give up”이라고".
bool isClauseBoundary(QStringView before, QStringView after)
{
    return QStringView(u".?!…。:;)]}\"'”’»—–-").contains(before.back())
        || QStringView(u"([{\"'“‘«—–-").contains(after.front());
}

// The language of words [first, last]: the script of most of them, but Korean puts the verb
// last, so a sentence that ends in a Korean word is Korean even when names or an English
// quotation outnumber the Korean ones; unless that word is one Korean gloss in brackets
// ("known as jeong (정).").
Script languageOf(const QList<Word> &words, qsizetype first, qsizetype last)
{
    int korean = 0;
    int latin = 0;
    const Word *ending = nullptr;
    for (qsizetype i = first; i <= last; ++i) {
        const Script script = words.at(i).script;
        korean += script == Script::Korean ? 1 : 0;
        latin += script == Script::Latin ? 1 : 0;
        if (script != Script::Neither)
            ending = &words.at(i);
    }
    if (korean == 0)
        return latin == 0 ? Script::Neither : Script::Latin;
    const bool endsInKorean = ending->script == Script::Korean
        && (korean >= 2 || !QStringView(u"([").contains(ending->text.front()));
    return korean >= latin || endsInKorean ? Script::Korean : Script::Latin;
}

// "(The ministry said talks were held.)" after the Korean it translates: the brackets only
// set the translation apart. A full stop after the closing bracket stays.
QString unbracketed(const QString &text)
{
    const bool stop = text.size() > 2 && QStringView(u".?!").contains(text.back())
        && text.at(text.size() - 2) == u')';
    const QStringView inner = QStringView(text).chopped(stop ? 1 : 0);
    if (!inner.startsWith(u'(') || !inner.endsWith(u')'))
        return text;
    // The bracket that opens the text must be the one that closes it: not "(a) and (b)".
    int depth = 0;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        depth += inner.at(i) == u'(' ? 1 : inner.at(i) == u')' ? -1 : 0;
        if (depth <= 0 && i + 1 < inner.size())
            return text;
    }
    if (depth != 0)
        return text;
    return inner.sliced(1, inner.size() - 2).trimmed().toString()
        + (stop ? QString(text.back()) : QString());
}

struct Chunk
{
    QString text;
    Script script;
    bool alone; // enough of its language to stand alone (see standsAlone)
};

// One sentence, or a sentence and its translation run together: a Korean sentence with the
// English after it ("밝혔다 (The ministry said …)") or before it. It is divided once:
// - before its last or after its first run of script, if that run is prose and what remains
//   is prose in the other language, where a clause ends (with only two runs, anywhere);
// - between Korean and Latin words that read as a sentence, when those are all it holds
//   ("데이터 소켓 연결 시간 초과 Data socket connect timed out");
// - after a Korean sentence has ended ("…밝혔다", "…보냈습니다"), before Latin words that
//   stand alone, also when the Korean began with a Latin name ("HTTP 서버에서 …").
// Otherwise it keeps what is inside: an English quotation, names or a list of keywords in a
// Korean sentence, a Korean gloss in an English one.
QList<Chunk> chunksOf(const QString &sentence)
{
    const QList<Word> words = wordsOf(sentence);
    const QList<Run> runs = runsOf(words);
    const auto chunk = [&words](qsizetype first, qsizetype last) {
        // The words as they stand in the sentence, spaces included.
        const QStringView from = words.at(first).text;
        const QStringView to = words.at(last).text;
        const Script script = languageOf(words, first, last);
        return Chunk{QStringView(from.data(), to.data() + to.size()).toString(), script,
                     script != Script::Neither && standsAlone(words, first, last, script)};
    };
    if (runs.isEmpty())
        return {{sentence, Script::Neither, false}};
    const qsizetype lastWord = words.size() - 1;
    if (runs.size() == 1)
        return {chunk(0, lastWord)};
    const auto divided = [&](qsizetype run) -> QList<Chunk> {
        return {chunk(0, runs.at(run).first - 1), chunk(runs.at(run).first, lastWord)};
    };
    // The first or the last run of script, if it is prose and what remains is prose in the
    // other language, and a clause ends between them (with only two runs, anywhere).
    for (const qsizetype run : {qsizetype(1), runs.size() - 1}) {
        const bool edgeFirst = run == 1;
        const Run &before = runs.at(run - 1);
        const Run &after = runs.at(run);
        const Script edge = edgeFirst ? runs.first().script : runs.last().script;
        const qsizetype restFirst = edgeFirst ? after.first : 0;
        const qsizetype restLast = edgeFirst ? lastWord : before.last;
        const Script rest = languageOf(words, restFirst, restLast);
        if (rest != edge && rest != Script::Neither
            && isProse(words, edgeFirst ? 0 : after.first, edgeFirst ? before.last : lastWord, edge)
            && isProse(words, restFirst, restLast, rest)
            && (runs.size() == 2
                || isClauseBoundary(words.at(before.last).text, words.at(after.first).text))) {
            return divided(run);
        }
    }
    // Korean, then Latin words that read as a sentence: a label and its translation
    // ("데이터 소켓 연결 시간 초과 Data socket connect timed out").
    if (runs.size() == 2 && runs.first().script == Script::Korean
        && isProse(words, 0, runs.first().last, Script::Korean)
        && readsAsSentence(tally(words, runs.last().first, lastWord, Script::Latin))) {
        return divided(1);
    }
    for (qsizetype run = 1; run < runs.size(); ++run) {
        const Run &before = runs.at(run - 1);
        const Run &after = runs.at(run);
        if (before.script == Script::Korean && endsKoreanSentence(words.at(before.last).text)
            && languageOf(words, 0, before.last) == Script::Korean
            && isProse(words, 0, before.last, Script::Korean)
            && languageOf(words, after.first, lastWord) == Script::Latin
            && standsAlone(words, after.first, lastWord, Script::Latin)) {
            return divided(run);
        }
    }
    return {chunk(0, lastWord)};
}
} // namespace

ScriptSplit splitByScript(const QString &text)
{
    ScriptSplit split;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            split.korean += u'\n';
            split.english += u'\n';
            continue;
        }
        bool korean = false;
        bool latin = false;
        for (const QChar c : line) {
            korean = korean || isKorean(c);
            latin = latin || isLatin(c);
        }
        if (!korean || !latin) {
            if (korean || latin)
                (korean ? split.korean : split.english) += line + u'\n';
            continue;
        }
        // Both: sentence by sentence.
        QList<Chunk> chunks;
        for (const QString &sentence : SentenceSegmenter::split(line))
            chunks.append(chunksOf(sentence));
        // A piece that cannot stand alone ("1.", "(Yonhap)") goes with the piece after it that
        // can, or at the end of the line with the one before it. A line without such a piece
        // ("Mr. Kim 방한") is a Korean one with names in it.
        if (std::none_of(chunks.cbegin(), chunks.cend(), [](const Chunk &c) { return c.alone; })) {
            split.korean += line + u'\n';
            continue;
        }
        Script side = Script::Neither;
        for (auto chunk = chunks.rbegin(); chunk != chunks.rend(); ++chunk) {
            if (chunk->alone)
                side = chunk->script;
            else
                chunk->script = side;
        }
        for (Chunk &chunk : chunks) {
            if (chunk.alone)
                side = chunk.script;
            else if (chunk.script == Script::Neither)
                chunk.script = side;
        }
        const bool both = std::any_of(chunks.cbegin(), chunks.cend(), [&](const Chunk &chunk) {
            return chunk.script != chunks.first().script;
        });
        // Sentences of one language in a row, in brackets together when they are the
        // translation of the ones before: "(Generate sparse file. Rest of the … map.)".
        QStringList sides[2];
        for (qsizetype c = 0; c < chunks.size();) {
            const Script script = chunks.at(c).script;
            QStringList run;
            for (; c < chunks.size() && chunks.at(c).script == script; ++c)
                run.append(chunks.at(c).text);
            const QString joined = run.join(u' ');
            sides[script == Script::Korean ? 0 : 1].append(both ? unbracketed(joined) : joined);
        }
        if (!sides[0].isEmpty())
            split.korean += sides[0].join(u' ') + u'\n';
        if (!sides[1].isEmpty())
            split.english += sides[1].join(u' ') + u'\n';
    }
    return split;
}

LanguagePair assignLanguages(const QStringList &texts, const QStringList &languages)
{
    LanguagePair pair;
    const bool overridden = languages.size() == 2 && !languages.at(0).isEmpty()
        && !languages.at(1).isEmpty() && languages.at(0) != languages.at(1);
    if (texts.size() == 1) {
        const QString &text = texts.first();
        const QString language = detectLanguage(text);
        // Hangul with Latin lines or sentences: both languages in one text, however much of
        // it is English.
        const ScriptSplit byScript = containsHangul(text) ? splitByScript(text) : ScriptSplit{};
        if (!byScript.korean.trimmed().isEmpty() && !byScript.english.trimmed().isEmpty()) {
            pair.first = byScript.korean;
            pair.second = byScript.english;
        } else if (language == u"ko") {
            pair.first = text;
        } else if (language == u"ja" || language == u"zh") {
            pair.first = text;
            pair.languages[0] = language;
        } else {
            pair.second = text;
        }
    } else if (texts.size() >= 2) {
        QString first = detectLanguage(texts.at(0));
        QString second = detectLanguage(texts.at(1));
        const bool swapped =
            (first.isEmpty() || first == u"en") && !second.isEmpty() && second != u"en";
        if (swapped)
            std::swap(first, second);
        pair.first = texts.at(swapped ? 1 : 0);
        pair.second = texts.at(swapped ? 0 : 1);
        if (!first.isEmpty() && first != u"en")
            pair.languages[0] = first;
        if (!second.isEmpty() && second != pair.languages[0])
            pair.languages[1] = second;
    }
    if (overridden)
        pair.languages = {languages.at(0), languages.at(1)};
    return pair;
}

} // namespace TextImport
