// bilateral-align: the import's sentence segmentation and alignment on their own, for
// measuring them against other aligners on the same sentences (docs/alignment.md).
//
//   bilateral-align --segment FILE
//       FILE's paragraphs (separated by blank lines) as sentences: a JSON array of arrays.
//   bilateral-align --sentences FIRST SECOND
//       aligns two files of one sentence a line, paragraphs marked by "<p>" lines (the
//       input hunalign reads); prints a bead a line: the first text's sentence numbers,
//       a tab, the second's (from 0, comma-separated, empty for none), a tab, the confidence.
//   bilateral-align --raw FIRST SECOND
//       two raw texts through the import's reading, segmentation and alignment; prints JSON
//       {"first": [sentences], "second": [sentences], "beads": [[[i…], [j…], confidence]…]}.
#include "import/sentencealigner.h"
#include "import/sentencesegmenter.h"
#include "import/textimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString readText(const QString &path)
{
    const TextImport::Decoded decoded = TextImport::readFile(path);
    if (!decoded.ok()) {
        std::fprintf(stderr, "%s: error: %s\n", qPrintable(path), qPrintable(decoded.error));
        std::exit(2);
    }
    return decoded.text;
}

// hunalign's input: a sentence a line, "<p>" between paragraphs.
QList<QStringList> readSentences(const QString &path)
{
    QList<QStringList> paragraphs{{}};
    const QStringList lines = readText(path).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed() == u"<p>"_s) {
            if (!paragraphs.constLast().isEmpty())
                paragraphs.append(QStringList());
        } else if (!line.trimmed().isEmpty()) {
            paragraphs.last().append(line.trimmed());
        }
    }
    if (paragraphs.constLast().isEmpty())
        paragraphs.removeLast();
    return paragraphs;
}

// Each bead as the numbers of its sentences in each text.
struct Numbered
{
    QList<int> first;
    QList<int> second;
    double confidence;
};

QList<Numbered> numbered(const QList<AlignedPair> &pairs)
{
    QList<Numbered> beads;
    int i = 0;
    int j = 0;
    for (const AlignedPair &pair : pairs) {
        Numbered bead{{}, {}, pair.confidence};
        for (qsizetype k = 0; k < pair.first.size(); ++k)
            bead.first.append(i++);
        for (qsizetype k = 0; k < pair.second.size(); ++k)
            bead.second.append(j++);
        beads.append(bead);
    }
    return beads;
}

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts.append(QString::number(n));
    return parts.join(u',');
}

QJsonArray jsonNumbers(const QList<int> &numbers)
{
    QJsonArray array;
    for (int n : numbers)
        array.append(n);
    return array;
}

QStringList flattened(const QList<QStringList> &paragraphs)
{
    QStringList all;
    for (const QStringList &paragraph : paragraphs)
        all.append(paragraph);
    return all;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    QTextStream out(stdout);
    if (arguments.size() == 2 && arguments.at(0) == u"--segment"_s) {
        QJsonArray paragraphs;
        for (const QStringList &paragraph :
             SentenceSegmenter::splitParagraphs(readText(arguments.at(1))))
            paragraphs.append(QJsonArray::fromStringList(paragraph));
        out << QJsonDocument(paragraphs).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (arguments.size() == 3 && arguments.at(0) == u"--sentences"_s) {
        const auto beads = numbered(SentenceAligner::alignParagraphs(
            readSentences(arguments.at(1)), readSentences(arguments.at(2))));
        for (const Numbered &bead : beads)
            out << joined(bead.first) << '\t' << joined(bead.second) << '\t' << bead.confidence
                << '\n';
        return 0;
    }
    if (arguments.size() == 3 && arguments.at(0) == u"--raw"_s) {
        const QList<QStringList> first =
            SentenceSegmenter::splitParagraphs(readText(arguments.at(1)));
        const QList<QStringList> second =
            SentenceSegmenter::splitParagraphs(readText(arguments.at(2)));
        QJsonArray beads;
        for (const Numbered &bead : numbered(SentenceAligner::alignParagraphs(first, second)))
            beads.append(
                QJsonArray{jsonNumbers(bead.first), jsonNumbers(bead.second), bead.confidence});
        const QJsonObject result{{u"first"_s, QJsonArray::fromStringList(flattened(first))},
                                 {u"second"_s, QJsonArray::fromStringList(flattened(second))},
                                 {u"beads"_s, beads}};
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    std::fprintf(stderr,
                 "usage: bilateral-align --segment FILE | --sentences FIRST SECOND | "
                 "--raw FIRST SECOND\n");
    return 2;
}
