#include "format/termsformat.h"

#include "format/jsonsourcemap.h"
#include "format/jsonstring.h"
#include "format/validationtext.h"
#include "model/briefinglimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace BriefingValidation;

namespace {
const QStringList &kindKeys()
{
    static const QStringList keys{u"term"_s, u"name"_s};
    return keys;
}
} // namespace

const QStringList &ReviewKinds::all()
{
    static const QStringList kinds{u"number"_s, u"term"_s, u"name"_s, u"omission"_s};
    return kinds;
}

void TermsReader::unknownKeys(const QJsonObject &object, const QString &path,
                              const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problems.append(
                {false, JsonSourceMap::memberPath(path, it.key()),
                 QCoreApplication::translate("BriefingLoader",
                                             "unknown key \"%1\" is ignored; expected one of: %2")
                     .arg(it.key(), known.join(u", ")),
                 true});
    }
}

QString TermsReader::readString(const QJsonObject &object, const QString &objectPath,
                                const QString &key, const QString &expected)
{
    const QJsonValue value = object.value(key);
    const QString path = JsonSourceMap::memberPath(objectPath, key);
    if (value.isUndefined()) {
        problems.append({true, objectPath,
                         QCoreApplication::translate("BriefingLoader",
                                                     "missing required key \"%1\"; expected %2")
                             .arg(key, expected)});
        return {};
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        error(path,
              QCoreApplication::translate("BriefingLoader", "expected %1, found %2")
                  .arg(expected, describe(value)));
        return {};
    }
    if (value.toString().size() > BriefingLimits::maxTextLength) {
        error(path,
              QCoreApplication::translate("BriefingLoader",
                                          "the text is %1 characters long; the limit is %2")
                  .arg(QString::number(value.toString().size()),
                       QString::number(BriefingLimits::maxTextLength)));
        return {};
    }
    return value.toString();
}

std::optional<LocalizedText> TermsReader::readLabel(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        error(path,
              QCoreApplication::translate(
                  "BriefingLoader",
                  "expected an object with the text in each language, such as {\"ko\": \"…\", "
                  "\"en\": \"…\"}, found %1")
                  .arg(describe(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    QList<std::pair<QString, QString>> entries;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString keyPath = JsonSourceMap::memberPath(path, it.key());
        if (!isLanguageTag(it.key())) {
            problems.append({false, keyPath,
                             QCoreApplication::translate(
                                 "BriefingLoader",
                                 "\"%1\" is not a language code such as \"ja\"; the text is "
                                 "ignored")
                                 .arg(it.key()),
                             true});
        } else if (!it.value().isString()) {
            error(keyPath,
                  QCoreApplication::translate("BriefingLoader", "expected a string, found %1")
                      .arg(describe(it.value())));
        } else if (!it.value().toString().trimmed().isEmpty()) {
            entries.append({it.key(), it.value().toString()});
        }
    }
    if (entries.isEmpty()) {
        error(
            path,
            QCoreApplication::translate(
                "BriefingLoader", "the text is empty in every language; give it in at least one"));
        return std::nullopt;
    }
    return LocalizedText::fromDistinct(std::move(entries));
}

std::optional<TermWording> TermsReader::readWording(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        error(path,
              QCoreApplication::translate(
                  "BriefingLoader",
                  "expected a wording such as {\"text\": \"처리수\", \"language\": \"ko\", "
                  "\"side\": \"jp\"}, found %1")
                  .arg(describe(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    unknownKeys(object, path, {u"text"_s, u"language"_s, u"side"_s});
    TermWording wording;
    wording.text = readString(
        object, path, u"text"_s,
        QCoreApplication::translate("BriefingLoader", "the words as a text writes them"));
    wording.language =
        readString(object, path, u"language"_s,
                   QCoreApplication::translate("BriefingLoader", "a language code such as \"ko\""));
    if (!wording.language.isEmpty() && !isLanguageTag(wording.language)) {
        error(JsonSourceMap::memberPath(path, u"language"),
              QCoreApplication::translate("BriefingLoader",
                                          "expected a language code such as \"ko\", found %1")
                  .arg(quoted(wording.language)));
        wording.language.clear();
    }
    const QJsonValue side = object.value(u"side"_s);
    if (!side.isUndefined() && !side.isNull()) {
        const QString sidePath = JsonSourceMap::memberPath(path, u"side");
        if (!side.isString() || side.toString().isEmpty()) {
            error(sidePath,
                  QCoreApplication::translate(
                      "BriefingLoader",
                      "expected the id of a side, or no \"side\" for a neutral wording, found %1")
                      .arg(describe(side)));
        } else if (knownSide && !knownSide(side.toString())) {
            error(sidePath,
                  QCoreApplication::translate("BriefingLoader",
                                              "unknown side \"%1\"; no side has this id")
                      .arg(side.toString()));
        } else {
            wording.side = side.toString();
        }
    }
    if (wording.text.isEmpty() || wording.language.isEmpty())
        return std::nullopt;
    return wording;
}

std::optional<TermConcept> TermsReader::readConcept(const QJsonObject &object, const QString &path)
{
    unknownKeys(object, path,
                {u"id"_s, u"kind"_s, u"label"_s, u"note"_s, u"source"_s, u"wordings"_s});
    TermConcept term;
    const int problemsBefore = int(problems.size());
    term.id = readString(
        object, path, u"id"_s,
        QCoreApplication::translate("BriefingLoader", "a unique term id such as \"sea-name\""));
    if (const QJsonValue kind = object.value(u"kind"_s); !kind.isUndefined()) {
        const int index = int(kindKeys().indexOf(kind.toString()));
        if (!kind.isString() || index < 0)
            error(JsonSourceMap::memberPath(path, u"kind"),
                  QCoreApplication::translate("BriefingLoader",
                                              "expected \"term\" or \"name\", found %1")
                      .arg(describe(kind)));
        else
            term.kind = index == 0 ? TermKind::Term : TermKind::Name;
    }
    const QJsonValue label = object.value(u"label"_s);
    if (label.isUndefined())
        problems.append({true, path,
                         QCoreApplication::translate(
                             "BriefingLoader",
                             "missing required key \"label\"; expected the term's name in "
                             "each language")});
    else if (auto text = readLabel(label, JsonSourceMap::memberPath(path, u"label")))
        term.label = *text;
    if (const QJsonValue note = object.value(u"note"_s); !note.isUndefined()) {
        if (auto text = readLabel(note, JsonSourceMap::memberPath(path, u"note")))
            term.note = *text;
    }
    if (const QJsonValue source = object.value(u"source"_s); !source.isUndefined()) {
        const QString sourcePath = JsonSourceMap::memberPath(path, u"source");
        if (!source.isObject()) {
            error(sourcePath,
                  QCoreApplication::translate(
                      "BriefingLoader",
                      "expected an object such as {\"name\": \"…\", \"url\": \"https://…\"}, "
                      "found %1")
                      .arg(describe(source)));
        } else {
            const QJsonObject sourceObject = source.toObject();
            unknownKeys(sourceObject, sourcePath, {u"name"_s, u"url"_s});
            term.sourceName =
                readString(sourceObject, sourcePath, u"name"_s,
                           QCoreApplication::translate("BriefingLoader", "the source's name"));
            if (const QJsonValue url = sourceObject.value(u"url"_s); !url.isUndefined()) {
                const QUrl parsed(url.toString(), QUrl::StrictMode);
                if (!url.isString() || !parsed.isValid()
                    || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
                    error(JsonSourceMap::memberPath(sourcePath, u"url"),
                          QCoreApplication::translate(
                              "BriefingLoader", "expected an https:// or http:// address, found %1")
                              .arg(describe(url)));
                else
                    term.sourceUrl = parsed;
            }
        }
    }
    const QJsonValue wordings = object.value(u"wordings"_s);
    const QString wordingsPath = JsonSourceMap::memberPath(path, u"wordings");
    if (wordings.isUndefined()) {
        problems.append({true, path,
                         QCoreApplication::translate(
                             "BriefingLoader",
                             "missing required key \"wordings\"; expected the words each side "
                             "uses, in each language")});
    } else if (!wordings.isArray() || wordings.toArray().isEmpty()) {
        error(wordingsPath,
              QCoreApplication::translate("BriefingLoader",
                                          "expected an array of at least one wording, found %1")
                  .arg(describe(wordings)));
    } else {
        const QJsonArray array = wordings.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto wording =
                    readWording(array.at(i), JsonSourceMap::elementPath(wordingsPath, i)))
                term.wordings.append(*wording);
        }
    }
    const bool anyError = std::any_of(problems.cbegin() + problemsBefore, problems.cend(),
                                      [](const Problem &p) { return p.error; });
    if (anyError)
        return std::nullopt;
    return term;
}

QList<TermConcept> TermsReader::readTerms(const QJsonValue &value, const QString &path)
{
    QList<TermConcept> terms;
    if (!value.isArray()) {
        error(path,
              QCoreApplication::translate("BriefingLoader", "expected an array of terms, found %1")
                  .arg(describe(value)));
        return terms;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > BriefingLimits::maxIssues) {
        error(path,
              QCoreApplication::translate("BriefingLoader",
                                          "the briefing has %1 terms; the limit is %2")
                  .arg(QString::number(array.size()), QString::number(BriefingLimits::maxIssues)));
        return terms;
    }
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString conceptPath = JsonSourceMap::elementPath(path, i);
        if (!array.at(i).isObject()) {
            error(conceptPath,
                  QCoreApplication::translate(
                      "BriefingLoader",
                      "expected a term such as {\"id\": \"…\", \"label\": {…}, \"wordings\": "
                      "[…]}, found %1")
                      .arg(describe(array.at(i))));
            continue;
        }
        auto term = readConcept(array.at(i).toObject(), conceptPath);
        if (!term)
            continue;
        if (const auto first = seen.constFind(term->id); first != seen.constEnd()) {
            error(JsonSourceMap::memberPath(conceptPath, u"id"),
                  QCoreApplication::translate(
                      "BriefingLoader", "duplicate term id \"%1\"; it is already used by %2[%3]")
                      .arg(term->id, path, QString::number(*first)));
            continue;
        }
        seen.insert(term->id, i);
        terms.append(std::move(*term));
    }
    return terms;
}

QList<ReviewVerdict> TermsReader::readReviews(const QJsonValue &value, const QString &path)
{
    QList<ReviewVerdict> reviews;
    if (!value.isArray()) {
        error(path,
              QCoreApplication::translate("BriefingLoader",
                                          "expected an array of review verdicts, found %1")
                  .arg(describe(value)));
        return reviews;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString verdictPath = JsonSourceMap::elementPath(path, i);
        if (!array.at(i).isObject()) {
            error(verdictPath,
                  QCoreApplication::translate(
                      "BriefingLoader",
                      "expected a verdict such as {\"passage\": \"p3\", \"kind\": \"number\", "
                      "\"key\": \"…\", \"verdict\": \"checked\"}, found %1")
                      .arg(describe(array.at(i))));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        unknownKeys(object, verdictPath,
                    {u"passage"_s, u"kind"_s, u"key"_s, u"verdict"_s, u"note"_s});
        const int problemsBefore = int(problems.size());
        ReviewVerdict verdict;
        verdict.passage = readString(object, verdictPath, u"passage"_s,
                                     QCoreApplication::translate("BriefingLoader", "a passage id"));
        verdict.kind = readString(object, verdictPath, u"kind"_s,
                                  QCoreApplication::translate("BriefingLoader", "one of: %1")
                                      .arg(ReviewKinds::all().join(u", ")));
        verdict.key =
            readString(object, verdictPath, u"key"_s,
                       QCoreApplication::translate("BriefingLoader", "the finding's key"));
        const QString said =
            readString(object, verdictPath, u"verdict"_s,
                       QCoreApplication::translate("BriefingLoader", "\"checked\""));
        if (!said.isEmpty() && said != u"checked")
            error(JsonSourceMap::memberPath(verdictPath, u"verdict"),
                  QCoreApplication::translate("BriefingLoader", "expected \"checked\", found %1")
                      .arg(quoted(said)));
        if (!verdict.kind.isEmpty() && !ReviewKinds::all().contains(verdict.kind))
            error(JsonSourceMap::memberPath(verdictPath, u"kind"),
                  QCoreApplication::translate("BriefingLoader", "expected one of: %1; found %2")
                      .arg(ReviewKinds::all().join(u", "), quoted(verdict.kind)));
        if (const QJsonValue note = object.value(u"note"_s); !note.isUndefined()) {
            if (note.isString())
                verdict.note = note.toString().left(BriefingLimits::maxTextLength);
            else
                error(JsonSourceMap::memberPath(verdictPath, u"note"),
                      QCoreApplication::translate("BriefingLoader", "expected a string, found %1")
                          .arg(describe(note)));
        }
        if (std::any_of(problems.cbegin() + problemsBefore, problems.cend(),
                        [](const Problem &p) { return p.error; }))
            continue;
        if (knownPassage && !knownPassage(verdict.passage)) {
            // Kept: the passage may come back (undo of a merge in another copy); it only
            // stops matching a finding.
            warning(JsonSourceMap::memberPath(verdictPath, u"passage"),
                    QCoreApplication::translate(
                        "BriefingLoader", "unknown passage \"%1\"; the verdict matches no finding")
                        .arg(verdict.passage));
        }
        reviews.append(verdict);
    }
    return reviews;
}

namespace {
const auto jsonString = JsonString::quoted;

QByteArray anyTextMap(const LocalizedText &text)
{
    QByteArray out = "{";
    for (const auto &[language, content] : text.entries()) {
        if (out.size() > 1)
            out += ", ";
        out += jsonString(language) + ": " + jsonString(content);
    }
    return out + "}";
}
} // namespace

QByteArray TermsWriter::termsMember(const QList<TermConcept> &terms)
{
    if (terms.isEmpty())
        return {};
    QByteArray out = ",\n  \"terms\": [\n";
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const TermConcept &term = terms.at(i);
        out += "    {\"id\": " + jsonString(term.id);
        if (term.kind == TermKind::Name)
            out += ", \"kind\": \"name\"";
        out += ",\n     \"label\": " + anyTextMap(term.label);
        if (!term.note.isEmpty())
            out += ",\n     \"note\": " + anyTextMap(term.note);
        if (!term.sourceName.isEmpty()) {
            out += ",\n     \"source\": {\"name\": " + jsonString(term.sourceName);
            if (term.sourceUrl.isValid())
                out += ", \"url\": " + jsonString(term.sourceUrl.toString(QUrl::FullyEncoded));
            out += "}";
        }
        out += ",\n     \"wordings\": [\n";
        for (qsizetype w = 0; w < term.wordings.size(); ++w) {
            const TermWording &wording = term.wordings.at(w);
            out += "       {\"text\": " + jsonString(wording.text)
                + ", \"language\": " + jsonString(wording.language);
            if (!wording.side.isEmpty())
                out += ", \"side\": " + jsonString(wording.side);
            out += w + 1 < term.wordings.size() ? "},\n" : "}\n";
        }
        out += "     ]}";
        out += i + 1 < terms.size() ? ",\n" : "\n";
    }
    return out + "  ]";
}

QByteArray TermsWriter::reviewsMember(const QList<ReviewVerdict> &reviews)
{
    if (reviews.isEmpty())
        return {};
    QByteArray out = ",\n  \"reviews\": [\n";
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        const ReviewVerdict &verdict = reviews.at(i);
        out += "    {\"passage\": " + jsonString(verdict.passage)
            + ", \"kind\": " + jsonString(verdict.kind) + ", \"key\": " + jsonString(verdict.key)
            + ", \"verdict\": \"checked\"";
        if (!verdict.note.isEmpty())
            out += ",\n     \"note\": " + jsonString(verdict.note);
        out += i + 1 < reviews.size() ? "},\n" : "}\n";
    }
    return out + "  ]";
}
