#include "import/briefingimport.h"

#include "import/sentencealigner.h"
#include "import/sentencesegmenter.h"
#include "import/stateddate.h"
#include "import/textimport.h"
#include "import/webcopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace BriefingImport {

namespace {
// A headline: one short line that does not end like a sentence.
QString takeHeadline(QList<QStringList> &paragraphs)
{
    if (paragraphs.isEmpty() || paragraphs.first().size() != 1)
        return {};
    const QString line = paragraphs.first().first();
    static const QString sentenceEnds = u".!?。"_s;
    if (line.size() > 140 || line.isEmpty() || sentenceEnds.contains(line.back()))
        return {};
    paragraphs.removeFirst();
    return line;
}

QString shortened(const QString &text)
{
    constexpr qsizetype maxLength = 80;
    return text.size() <= maxLength ? text : text.left(maxLength - 1).trimmed() + u'…';
}

QString firstSentence(const QList<QStringList> &paragraphs)
{
    for (const QStringList &paragraph : paragraphs) {
        if (!paragraph.isEmpty())
            return paragraph.first();
    }
    return {};
}
} // namespace

Briefing fromTexts(const QString &firstCopy, const QString &secondCopy,
                   const std::array<QString, 2> &languages, const QDate &date, Summary *summary)
{
    // What a news page adds around the article goes before anything is split or aligned.
    const WebCopy::Cleaned firstCleaned = WebCopy::clean(firstCopy);
    const WebCopy::Cleaned secondCleaned = WebCopy::clean(secondCopy);
    const QString &first = firstCleaned.text;
    const QString &second = secondCleaned.text;
    QList<QStringList> firstParagraphs = SentenceSegmenter::splitParagraphs(first);
    QList<QStringList> secondParagraphs = SentenceSegmenter::splitParagraphs(second);
    const QString firstHeadline = takeHeadline(firstParagraphs);
    const QString secondHeadline = takeHeadline(secondParagraphs);

    BriefingData data;
    data.languages = languages;
    // The date the copy states (its dateline), else the one given.
    QDate stated = StatedDate::find(QStringView(first).left(2000));
    if (!stated.isValid())
        stated = StatedDate::find(QStringView(second).left(2000));
    // None stated and none given: no date, rather than today's posing as the event's.
    data.date = stated.isValid() ? stated : date;
    data.title.insert(languages[0],
                      firstHeadline.isEmpty() ? shortened(firstSentence(firstParagraphs))
                                              : firstHeadline);
    data.title.insert(languages[1],
                      secondHeadline.isEmpty() ? shortened(firstSentence(secondParagraphs))
                                               : secondHeadline);

    // A byline is the source's, not a passage.
    data.source.name = firstCleaned.byline.isEmpty() ? secondCleaned.byline : firstCleaned.byline;

    Summary counts;
    counts.droppedLines = firstCleaned.droppedLines + secondCleaned.droppedLines;
    // Paragraph marks are evidence for the aligner, whether the counts agree or not; a
    // passage starts a paragraph where its bead starts one in either text.
    for (const AlignedPair &pair :
         SentenceAligner::alignParagraphs(firstParagraphs, secondParagraphs)) {
        Passage passage;
        passage.id = u"p%1"_s.arg(data.passages.size() + 1);
        passage.text = {pair.first.join(u' '), pair.second.join(u' ')};
        passage.startsParagraph = pair.startsParagraph || data.passages.isEmpty();
        passage.confidence = pair.confidence;
        data.passages.append(passage);
        if (pair.first.isEmpty() || pair.second.isEmpty()) {
            ++counts.oneSided;
        } else {
            ++counts.pairs;
            counts.lowConfidence += pair.confidence < lowConfidence ? 1 : 0;
        }
    }
    if (data.passages.isEmpty()) {
        Passage empty;
        empty.id = u"p1"_s;
        empty.startsParagraph = true;
        data.passages.append(empty);
    }
    // Wire copy often has the headline in one language over the body in the other.
    if (firstParagraphs.isEmpty() != secondParagraphs.isEmpty())
        counts.headlineOnly = languages[firstParagraphs.isEmpty() ? 0 : 1];
    if (summary)
        *summary = counts;
    return Briefing(std::move(data));
}

Briefing fromTexts(const QString &korean, const QString &english, const QDate &date)
{
    return fromTexts(korean, english, {u"ko"_s, u"en"_s}, date);
}

} // namespace BriefingImport
