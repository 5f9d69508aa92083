#include "terms/glossary.h"

#include "format/termsformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

GlossaryData Glossary::parse(const QByteArray &json, QStringList *problems)
{
    GlossaryData data;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (problems)
            problems->append(u"offset %1: %2"_s.arg(parseError.offset)
                                 .arg(parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : u"expected a JSON object"_s));
        return data;
    }
    const QJsonObject root = document.object();
    QSet<QString> sideIds;
    for (const QJsonValue &value : root.value(u"sides"_s).toArray()) {
        const QJsonObject side = value.toObject();
        QList<std::pair<QString, QString>> names;
        const QJsonObject nameObject = side.value(u"name"_s).toObject();
        for (auto it = nameObject.begin(); it != nameObject.end(); ++it)
            names.append({it.key(), it.value().toString()});
        const QString id = side.value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        data.sides.append({id, LocalizedText::fromDistinct(std::move(names))});
        sideIds.insert(id);
    }
    TermsReader reader;
    reader.knownSide = [&](const QString &id) {
        return sideIds.contains(id);
    };
    data.terms = reader.readTerms(root.value(u"terms"_s), u"terms"_s);
    if (problems) {
        for (const TermsReader::Problem &problem : std::as_const(reader.problems))
            problems->append(problem.path + u": "_s + problem.message);
    }
    return data;
}

const GlossaryData &Glossary::builtIn()
{
    static const GlossaryData data = [] {
        QFile file(u":/glossary/korea-japan.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return GlossaryData();
        return parse(file.readAll());
    }();
    return data;
}

QList<TermConcept> Glossary::merged(const QList<TermConcept> &glossary,
                                    const QList<TermConcept> &own)
{
    if (own.isEmpty())
        return glossary;
    // The briefing's own first: where one of its wordings is also the glossary's, the
    // briefing's concept is the one a match names.
    QSet<QString> ownIds;
    for (const TermConcept &term : own)
        ownIds.insert(term.id);
    QList<TermConcept> result = own;
    for (const TermConcept &term : glossary) {
        if (!ownIds.contains(term.id))
            result.append(term);
    }
    return result;
}
