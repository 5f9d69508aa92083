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

// A word with any Korean in it is Korean: "Kim은" and "IAEA는" carry Korean grammar.
Script scriptOf(QStringView text)
{
    bool latin = false;
    for (const QChar c : text) {
        if (isKorean(c))
            return Script::Korean;
        latin = latin || isLatin(c);
    }
    return latin ? Script::Latin : Script::Neither;
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

// Words [first, last] of one script, with the words of neither (numbers, dashes) among or
// before them.
struct Run
{
    Script script;
    qsizetype first;
    qsizetype last;
};

QList<Run> runsOf(const QList<Word> &words)
{
    QList<Run> runs;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Script script = words.at(i).script;
        if (!runs.isEmpty() && (script == Script::Neither || script == runs.last().script))
            runs.last().last = i;
        else if (script != Script::Neither)
            runs.append({script, runs.isEmpty() ? 0 : i, i});
    }
    return runs;
}

bool endsSentence(QStringView word)
{
    while (!word.isEmpty() && QStringView(u")]}\"'”’»").contains(word.back()))
        word.chop(1);
    return !word.isEmpty() && QStringView(u".?!…。").contains(word.back());
}

// Enough of one language to stand as a sentence of its own: two Korean words, or three
// Latin ones of which two start in lower case ("Ministry of Foreign Affairs said") or that
// end a sentence. A name ("Mr. Kim", "Joe Biden", "International Atomic Energy Agency"), an
// abbreviation ("G7", "IAEA") or a credit ("(Yonhap)") is not.
bool isProse(const QList<Word> &words, qsizetype first, qsizetype last, Script script)
{
    int count = 0;
    int lowerCase = 0;
    QStringView lastWord;
    for (qsizetype i = first; i <= last; ++i) {
        if (words.at(i).script != script)
            continue;
        ++count;
        lastWord = words.at(i).text;
        const auto letter =
            std::find_if(lastWord.begin(), lastWord.end(), [](QChar c) { return c.isLetter(); });
        lowerCase += letter != lastWord.end() && letter->isLower() ? 1 : 0;
    }
    if (script == Script::Korean)
        return count >= 2;
    return count >= 3 && (lowerCase >= 2 || endsSentence(lastWord));
}

// A script change where a clause ends or a bracket, quote or dash sets the next one apart:
// "밝혔다. (The ministry said", not "그는 “we will never give up”이라고".
bool isClauseBoundary(QStringView before, QStringView after)
{
    return QStringView(u".?!…。:;)]}\"'”’»—–-").contains(before.back())
        || QStringView(u"([{\"'“‘«—–-").contains(after.front());
}

// The language of words [first, last]: the script of most of them, but Korean puts the verb
// last, so a sentence that ends in two or more Korean words is Korean even when names or an
// English quotation outnumber them.
Script languageOf(const QList<Word> &words, qsizetype first, qsizetype last)
{
    int korean = 0;
    int latin = 0;
    Script ending = Script::Neither;
    for (qsizetype i = first; i <= last; ++i) {
        const Script script = words.at(i).script;
        korean += script == Script::Korean ? 1 : 0;
        latin += script == Script::Latin ? 1 : 0;
        if (script != Script::Neither)
            ending = script;
    }
    if (korean == 0)
        return latin == 0 ? Script::Neither : Script::Latin;
    const bool isKoreanSentence = korean >= latin || (ending == Script::Korean && korean >= 2);
    return isKoreanSentence ? Script::Korean : Script::Latin;
}

// "(The ministry said talks were held.)" after the Korean it translates: the brackets only
// set the translation apart. A full stop after the closing bracket stays.
QString unbracketed(const QString &text)
{
    const bool stop = text.size() > 2 && QStringView(u".?!").contains(text.back())
        && text.at(text.size() - 2) == u')';
    const QString inner = stop ? text.chopped(1) : text;
    if (!inner.startsWith(u'(') || !inner.endsWith(u')') || inner.count(u'(') != 1
        || inner.count(u')') != 1) {
        return text;
    }
    return inner.sliced(1, inner.size() - 2).trimmed() + (stop ? QString(text.back()) : QString());
}

struct Chunk
{
    QString text;
    Script script;
    bool prose; // enough of its language to stand alone (see isProse)
};

// One sentence, or a sentence and its translation run together: a Korean sentence with the
// English after it ("밝혔다 (The ministry said …)") or before it. Only the first and the last
// script change can divide a sentence, where each side is prose in its own language; an
// English quotation or a name inside a Korean sentence stays in it.
QList<Chunk> chunksOf(const QString &sentence)
{
    const QList<Word> words = wordsOf(sentence);
    const QList<Run> runs = runsOf(words);
    if (runs.size() < 2) {
        const Script script = runs.isEmpty() ? Script::Neither : runs.first().script;
        return {{sentence, script,
                 script != Script::Neither && isProse(words, 0, words.size() - 1, script)}};
    }
    const qsizetype lastWord = words.size() - 1;
    const auto divides = [&](qsizetype run, bool edgeBefore) {
        const Run &before = runs.at(run - 1);
        const Run &after = runs.at(run);
        const Run &edge = edgeBefore ? before : after;
        const Script other = edge.script == Script::Korean ? Script::Latin : Script::Korean;
        const bool prose = isProse(words, edge.first, edge.last, edge.script)
            && (edgeBefore ? isProse(words, after.first, lastWord, other)
                           : isProse(words, 0, before.last, other));
        return prose
            && (runs.size() == 2
                || isClauseBoundary(words.at(before.last).text, words.at(after.first).text));
    };
    QList<qsizetype> starts{0}; // the first word of each chunk
    if (divides(1, true))
        starts.append(runs.at(1).first);
    if (runs.size() > 2 && divides(runs.size() - 1, false))
        starts.append(runs.last().first);
    QList<Chunk> chunks;
    for (qsizetype c = 0; c < starts.size(); ++c) {
        const qsizetype first = starts.at(c);
        const qsizetype last = c + 1 < starts.size() ? starts.at(c + 1) - 1 : lastWord;
        const QStringView from = words.at(first).text;
        const QStringView to = words.at(last).text;
        // The words as they stand in the sentence, spaces included.
        const QString text = QStringView(from.data(), to.data() + to.size()).toString();
        const Script script = languageOf(words, first, last);
        chunks.append(
            {text, script, script != Script::Neither && isProse(words, first, last, script)});
    }
    return chunks;
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
        // A piece that is not prose in its language ("1.", "(Yonhap)") goes with the prose
        // after it, or at the end of the line with the prose before it. A line without prose
        // ("Mr. Kim 방한") is a Korean one with names in it.
        if (std::none_of(chunks.cbegin(), chunks.cend(), [](const Chunk &c) { return c.prose; })) {
            split.korean += line + u'\n';
            continue;
        }
        Script side = Script::Neither;
        for (auto chunk = chunks.rbegin(); chunk != chunks.rend(); ++chunk) {
            if (chunk->prose)
                side = chunk->script;
            else
                chunk->script = side;
        }
        for (Chunk &chunk : chunks) {
            if (chunk.prose)
                side = chunk.script;
            else if (chunk.script == Script::Neither)
                chunk.script = side;
        }
        const bool both = std::any_of(chunks.cbegin(), chunks.cend(), [&](const Chunk &chunk) {
            return chunk.script != chunks.first().script;
        });
        QStringList sides[2];
        for (const Chunk &chunk : std::as_const(chunks)) {
            sides[chunk.script == Script::Korean ? 0 : 1].append(
                both && chunk.prose ? unbracketed(chunk.text) : chunk.text);
        }
        if (!sides[0].isEmpty())
            split.korean += sides[0].join(u' ') + u'\n';
        if (!sides[1].isEmpty())
            split.english += sides[1].join(u' ') + u'\n';
    }
    return split;
}

ScriptSplit assignLanguages(const QStringList &texts)
{
    ScriptSplit split;
    if (texts.size() == 1) {
        const QString &text = texts.first();
        const bool hangul = containsHangul(text);
        // Hangul with Latin lines or sentences: both languages in one text.
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

} // namespace TextImport
