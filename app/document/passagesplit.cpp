#include "document/passagesplit.h"

#include "import/sentencealigner.h"
#include "import/sentencesegmenter.h"
#include "model/passagetext.h"

#include <algorithm>
#include <cstdlib>

namespace {
bool isSpaceless(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

// Where `sentence` (a trimmed sentence of `text`, its white space perhaps normalised by the
// segmenter) begins in `text` at or after `from`; the end of it goes to `*end`.
int locate(const QString &text, const QString &sentence, int from, int *end)
{
    int pos = from;
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    const int start = pos;
    for (const QChar c : sentence) {
        if (c.isSpace()) {
            while (pos < text.size() && text.at(pos).isSpace())
                ++pos;
            continue;
        }
        while (pos < text.size() && text.at(pos).isSpace() && text.at(pos) != c)
            ++pos;
        if (pos >= text.size() || text.at(pos) != c)
            return -1;
        ++pos;
    }
    *end = pos;
    return start;
}
} // namespace

namespace PassageSplit {

QList<int> sentenceStarts(const QString &text)
{
    QList<int> starts;
    int end = 0;
    for (const QString &sentence : SentenceSegmenter::split(text)) {
        const int start = locate(text, sentence, end, &end);
        if (start < 0)
            break; // the segmenter changed more than white space: stop trusting positions
        if (start > 0)
            starts.append(start);
    }
    return starts;
}

QList<int> wordStarts(const QString &text)
{
    QList<int> starts;
    for (int i = 1; i < text.size(); ++i) {
        const QChar before = text.at(i - 1);
        const QChar here = text.at(i);
        if (here.isSpace() || here.isLowSurrogate())
            continue;
        const bool afterSpace = before.isSpace();
        const bool afterPunctuation = before.isPunct() && !here.isPunct()
            && (isSpaceless(here) || (i >= 2 && isSpaceless(text.at(i - 2))));
        if (afterSpace || afterPunctuation)
            starts.append(i);
    }
    // A cut needs text before it too (after it there is: the word that starts there).
    starts.removeIf([&](int start) { return QStringView(text).first(start).trimmed().isEmpty(); });
    return starts;
}

int snap(const QString &text, int offset)
{
    const QList<int> words = wordStarts(text);
    if (words.isEmpty())
        return -1;
    const auto nearest = [offset](const QList<int> &candidates) {
        return *std::min_element(candidates.cbegin(), candidates.cend(), [offset](int a, int b) {
            return std::abs(a - offset) < std::abs(b - offset);
        });
    };
    const QList<int> sentences = sentenceStarts(text);
    if (!sentences.isEmpty()) {
        const int sentence = nearest(sentences);
        const int low = std::min(sentence, offset);
        const int high = std::max(sentence, offset);
        // No word begins between the reader's point and the boundary: they pointed at the
        // word that ends one sentence or begins the next.
        const bool adjacent = std::none_of(words.cbegin(), words.cend(),
                                           [&](int word) { return word > low && word < high; });
        if (adjacent)
            return sentence;
    }
    return nearest(words);
}

Plan plan(const Passage &passage, int slot, int shownOffset)
{
    Plan result;
    if (slot != 0 && slot != 1)
        return result;
    const QString &text = passage.text[std::size_t(slot)];
    const int cut = snap(text, PassageText::storedOffset(text, shownOffset));
    if (cut <= 0)
        return result;
    result.slot = slot;
    result.cuts[std::size_t(slot)] = cut;

    const std::size_t other = std::size_t(1 - slot);
    const QString &otherText = passage.text[other];
    if (otherText.trimmed().isEmpty()) {
        result.cuts[other] = int(otherText.size()); // nothing to place
        return result;
    }
    result.otherSentenceStarts = sentenceStarts(otherText);

    // The aligner pairs the sentences before the cut with sentences of the other language:
    // where those end is the matching cut, if the cut is a sentence boundary and the
    // pairing leaves text on both sides.
    const QList<int> starts = sentenceStarts(text);
    const qsizetype before = starts.indexOf(cut) + 1; // sentences before the cut
    if (before <= 0 || result.otherSentenceStarts.isEmpty())
        return result;
    const QStringList mine = SentenceSegmenter::split(text);
    const QStringList theirs = SentenceSegmenter::split(otherText);
    // As many sentences on both sides: sentence for sentence is by far the likeliest pairing
    // (the aligner's fixed length ratio can still pair them otherwise in technical prose).
    if (mine.size() == theirs.size()) {
        result.cuts[other] = result.otherSentenceStarts.value(before - 1, -1);
        return result;
    }
    const QList<AlignedPair> pairs =
        slot == 0 ? SentenceAligner::align(mine, theirs) : SentenceAligner::align(theirs, mine);
    qsizetype countMine = 0;
    qsizetype countTheirs = 0;
    for (const AlignedPair &pair : pairs) {
        countMine += (slot == 0 ? pair.first : pair.second).size();
        countTheirs += (slot == 0 ? pair.second : pair.first).size();
        if (countMine == before) {
            if (countTheirs > 0 && countTheirs < theirs.size())
                result.cuts[other] = result.otherSentenceStarts.value(countTheirs - 1, -1);
            break;
        }
        if (countMine > before)
            break;
    }
    return result;
}

} // namespace PassageSplit
