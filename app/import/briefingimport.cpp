#include "import/briefingimport.h"

#include "import/sentencealigner.h"
#include "import/sentencesegmenter.h"
#include "import/textimport.h"

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

Briefing fromTexts(const QString &korean, const QString &english, const QDate &date)
{
    QList<QStringList> ko = SentenceSegmenter::splitParagraphs(korean);
    QList<QStringList> en = SentenceSegmenter::splitParagraphs(english);
    const QString koHeadline = takeHeadline(ko);
    const QString enHeadline = takeHeadline(en);

    BriefingData data;
    data.date = date.isValid() ? date : QDate::currentDate();
    data.title.insert(u"ko"_s, koHeadline.isEmpty() ? shortened(firstSentence(ko)) : koHeadline);
    data.title.insert(u"en"_s, enHeadline.isEmpty() ? shortened(firstSentence(en)) : enHeadline);

    // Paragraph marks are evidence for the aligner, whether the counts agree or not; a
    // passage starts a paragraph where its bead starts one in either text.
    for (const AlignedPair &pair : SentenceAligner::alignParagraphs(ko, en)) {
        Passage passage;
        passage.id = u"p%1"_s.arg(data.passages.size() + 1);
        passage.text = {pair.first.join(u' '), pair.second.join(u' ')};
        passage.startsParagraph = pair.startsParagraph || data.passages.isEmpty();
        data.passages.append(passage);
    }
    if (data.passages.isEmpty())
        data.passages.append({u"p1"_s, {QString(), QString()}, true});
    return Briefing(std::move(data));
}

} // namespace BriefingImport
