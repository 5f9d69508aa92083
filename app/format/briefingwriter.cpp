#include "format/briefingwriter.h"

#include "format/jsonstring.h"
#include "format/termsformat.h"
#include "model/briefinglimits.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
using JsonString::quoted;
const auto jsonString = quoted;

QByteArray textMap(const LocalizedText &text, const std::array<QString, 2> &languages)
{
    // The briefing's two languages first, in their order, then any others as they were
    // added: one pass over the entries, however many languages a text holds.
    QByteArray out = "{" + jsonString(languages[0]) + ": " + jsonString(text.text(languages[0]))
        + ", " + jsonString(languages[1]) + ": " + jsonString(text.text(languages[1]));
    for (const auto &[language, content] : text.entries()) {
        if (language != languages[0] && language != languages[1])
            out += ", " + jsonString(language) + ": " + jsonString(content);
    }
    return out + "}";
}

QByteArray idList(const QList<int> &indices, const QList<Passage> &passages)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < indices.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += jsonString(passages.at(indices.at(i)).id);
    }
    return out + "]";
}
} // namespace

namespace BriefingWriter {

QByteArray toJson(const Briefing &briefing)
{
    const auto &languages = briefing.languages();
    QByteArray out;
    out.reserve(briefing.passages().size() * 200 + 4096);
    out += "{\n  \"bilateral\": 1,\n";
    out +=
        "  \"languages\": [" + jsonString(languages[0]) + ", " + jsonString(languages[1]) + "],\n";
    out += "  \"title\": " + textMap(briefing.title(), languages) + ",\n";
    if (!briefing.summary().isEmpty())
        out += "  \"summary\": " + textMap(briefing.summary(), languages) + ",\n";
    if (briefing.date().isValid())
        out += "  \"date\": " + jsonString(briefing.date().toString(Qt::ISODate)) + ",\n";
    const Source &source = briefing.source();
    if (!source.name.isEmpty() || source.url.isValid()) {
        out += "  \"source\": {\"name\": " + jsonString(source.name);
        if (source.url.isValid())
            out += ", \"url\": " + jsonString(source.url.toString(QUrl::FullyEncoded));
        out += "},\n";
    }
    if (!briefing.sides().isEmpty()) {
        out += "  \"sides\": [\n";
        for (qsizetype i = 0; i < briefing.sides().size(); ++i) {
            const Side &side = briefing.sides().at(i);
            out += "    {\"id\": " + jsonString(side.id)
                + ", \"name\": " + textMap(side.name, languages)
                + ", \"color\": " + jsonString(side.color.name()) + "}";
            out += i + 1 < briefing.sides().size() ? ",\n" : "\n";
        }
        out += "  ],\n";
    }
    out += "  \"passages\": [\n";
    for (qsizetype i = 0; i < briefing.passages().size(); ++i) {
        const Passage &passage = briefing.passages().at(i);
        out += "    {\"id\": " + jsonString(passage.id);
        if (passage.startsParagraph && i > 0)
            out += ", \"paragraph\": true";
        if (passage.confidence) {
            // Two decimals say all a reader needs and keep diffs of re-imports quiet.
            out += ", \"confidence\": "
                + QByteArray::number(std::clamp(*passage.confidence, 0.0, 1.0), 'f', 2);
        }
        out += ",\n     \"text\": {" + jsonString(languages[0]) + ": " + jsonString(passage.text[0])
            + ",\n              " + jsonString(languages[1]) + ": " + jsonString(passage.text[1])
            + "}}";
        out += i + 1 < briefing.passages().size() ? ",\n" : "\n";
    }
    out += "  ]";
    if (!briefing.issues().isEmpty()) {
        out += ",\n  \"issues\": [\n";
        for (qsizetype i = 0; i < briefing.issues().size(); ++i) {
            const Issue &issue = briefing.issues().at(i);
            out += "    {\n      \"id\": " + jsonString(issue.id)
                + ",\n      \"title\": " + textMap(issue.title, languages);
            if (!issue.passages.isEmpty())
                out += ",\n      \"passages\": " + idList(issue.passages, briefing.passages());
            if (!issue.stances.isEmpty()) {
                out += ",\n      \"stances\": [\n";
                for (qsizetype s = 0; s < issue.stances.size(); ++s) {
                    const Stance &stance = issue.stances.at(s);
                    out += "        {\"side\": " + jsonString(briefing.sides().at(stance.side).id)
                        + ", \"position\": " + jsonString(StancePositions::key(stance.position));
                    if (!stance.summary.isEmpty())
                        out += ",\n         \"summary\": " + textMap(stance.summary, languages);
                    if (!stance.evidence.isEmpty())
                        out += ",\n         \"passages\": "
                            + idList(stance.evidence, briefing.passages());
                    out += "}";
                    out += s + 1 < issue.stances.size() ? ",\n" : "\n";
                }
                out += "      ]";
            }
            out += "\n    }";
            out += i + 1 < briefing.issues().size() ? ",\n" : "\n";
        }
        out += "  ]";
    }
    out += TermsWriter::termsMember(briefing.terms());
    out += TermsWriter::reviewsMember(briefing.reviews());
    out += "\n}\n";
    return out;
}

QString save(const Briefing &briefing, const QString &path, AtomicFile::Access access)
{
    if (const QString problem = limitProblem(briefing); !problem.isEmpty())
        return problem;
    return writeFile(toJson(briefing), path, access);
}

QString writeFile(const QByteArray &json, const QString &path, AtomicFile::Access access)
{
    // What the loader would refuse is not written: a file that cannot be opened again is
    // no save at all.
    if (json.size() > BriefingLimits::maxFileBytes)
        return QCoreApplication::translate(
                   "BriefingWriter",
                   "the briefing would be %1 MiB; Bilateral opens briefings of up to %2 MiB")
            .arg(QString::number(double(json.size()) / (1024.0 * 1024.0), 'f', 1),
                 QString::number(BriefingLimits::maxFileBytes / (1024 * 1024)));
    return AtomicFile::write(path, json, access);
}

QString limitProblem(const Briefing &briefing)
{
    if (briefing.passages().size() > BriefingLimits::maxPassages)
        return QCoreApplication::translate("BriefingWriter",
                                           "it has %1 passages; a briefing holds at most %2")
            .arg(QString::number(briefing.passages().size()),
                 QString::number(BriefingLimits::maxPassages));
    for (qsizetype i = 0; i < briefing.passages().size(); ++i) {
        for (const QString &text : briefing.passages().at(i).text) {
            if (text.size() > BriefingLimits::maxTextLength)
                return QCoreApplication::translate(
                           "BriefingWriter",
                           "passage %1 has %2 characters; a passage holds at most %3 in each "
                           "language")
                    .arg(QString::number(i + 1), QString::number(text.size()),
                         QString::number(BriefingLimits::maxTextLength));
        }
    }
    if (briefing.issues().size() > BriefingLimits::maxIssues)
        return QCoreApplication::translate("BriefingWriter",
                                           "it has %1 issues; a briefing holds at most %2")
            .arg(QString::number(briefing.issues().size()),
                 QString::number(BriefingLimits::maxIssues));
    return {};
}

} // namespace BriefingWriter
