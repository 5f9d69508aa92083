#include "import/briefingimport.h"

#include "format/briefingwriter.h"
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

    const auto addPairs = [&data](const QList<AlignedPair> &pairs, bool paragraphStart) {
        for (const AlignedPair &pair : pairs) {
            Passage passage;
            passage.id = u"p%1"_s.arg(data.passages.size() + 1);
            passage.text = {pair.first.join(u' '), pair.second.join(u' ')};
            passage.startsParagraph = paragraphStart || data.passages.isEmpty();
            paragraphStart = false;
            data.passages.append(passage);
        }
    };
    if (ko.size() == en.size()) {
        // Paragraph boundaries hold in both texts: align paragraph by paragraph.
        for (qsizetype i = 0; i < ko.size(); ++i)
            addPairs(SentenceAligner::align(ko.at(i), en.at(i)), true);
    } else {
        addPairs(SentenceAligner::alignParagraphs(ko, en), true);
    }
    if (data.passages.isEmpty())
        data.passages.append({u"p1"_s, {QString(), QString()}, true});
    return Briefing(std::move(data));
}

int runImport(const QStringList &inputs, const QString &output, QTextStream &err)
{
    QStringList texts;
    for (const QString &input : inputs) {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("BriefingImport", "bilateral: cannot read %1: %2")
                       .arg(input, file.errorString())
                << '\n';
            return 2;
        }
        const TextImport::Decoded decoded = TextImport::decode(file.readAll());
        if (!decoded.ok()) {
            err << input << ": error: " << decoded.error << '\n';
            return 1;
        }
        texts.append(decoded.text);
    }
    QString korean;
    QString english;
    if (texts.size() == 1) {
        const TextImport::ScriptSplit split = TextImport::splitByScript(texts.first());
        korean = split.korean;
        english = split.english;
    } else {
        // Either order: the text with Hangul is the Korean one.
        const bool swapped =
            !TextImport::containsHangul(texts.at(0)) && TextImport::containsHangul(texts.at(1));
        korean = texts.at(swapped ? 1 : 0);
        english = texts.at(swapped ? 0 : 1);
    }
    if (korean.trimmed().isEmpty() && english.trimmed().isEmpty()) {
        err << QCoreApplication::translate("BriefingImport",
                                           "bilateral: the input holds no text to import")
            << '\n';
        return 1;
    }
    const Briefing briefing = fromTexts(korean, english, QDate::currentDate());
    if (const QString error = BriefingWriter::save(briefing, output); !error.isEmpty()) {
        err << QCoreApplication::translate("BriefingImport", "bilateral: cannot write %1: %2")
                   .arg(QFileInfo(output).absoluteFilePath(), error)
            << '\n';
        return 2;
    }
    return 0;
}

} // namespace BriefingImport
