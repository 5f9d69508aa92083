#include "format/briefingvalidator.h"

#include "format/jsonsourcemap.h"
#include "format/validationtext.h"
#include "model/briefinglimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

// The checks of single values: types, unknown keys, texts in several languages and lists
// of passage references. The document's sections are checked in briefingvalidator.cpp.

using namespace Qt::StringLiterals;
using namespace BriefingValidation;

void BriefingValidator::missing(const QString &objectPath, const QString &key,
                                const QString &expected)
{
    reportMissing(
        JsonSourceMap::memberPath(objectPath, key), objectPath,
        QCoreApplication::translate("BriefingLoader", "missing required key \"%1\"; expected %2")
            .arg(key, expected));
}

bool BriefingValidator::expectType(const QJsonValue &value, QJsonValue::Type type,
                                   const QString &path)
{
    if (value.type() == type)
        return true;
    error(path,
          QCoreApplication::translate("BriefingLoader", "expected %1, found %2")
              .arg(jsonTypeName(type), describe(value)));
    return false;
}

void BriefingValidator::warnUnknownKeys(const QJsonObject &object, const QString &path,
                                        const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        report(Diagnostic::Severity::Warning, JsonSourceMap::memberPath(path, it.key()),
               QCoreApplication::translate("BriefingLoader",
                                           "unknown key \"%1\" is ignored; expected one of: %2")
                   .arg(it.key(), known.join(u", ")),
               Anchor::Key);
    }
}

std::optional<LocalizedText> BriefingValidator::readText(const QJsonValue &value,
                                                         const QString &path, bool passageText)
{
    const QString first = m_data.languages[0];
    const QString second = m_data.languages[1];
    if (!value.isObject()) {
        error(path,
              QCoreApplication::translate("BriefingLoader",
                                          "expected an object with the text in each language, such "
                                          "as {\"%1\": \"…\", \"%2\": \"…\"}, found %3")
                  .arg(first, second, describe(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    // The object's keys are distinct, so the entries are gathered without a search each: a
    // text may hold thousands of languages.
    QList<std::pair<QString, QString>> entries;
    bool ok = true;
    for (const QString &language : m_data.languages) {
        const auto it = object.constFind(language);
        if (it == object.constEnd()) {
            reportMissing(
                JsonSourceMap::memberPath(path, language), path,
                QCoreApplication::translate("BriefingLoader",
                                            "missing the \"%1\" text; every text holds both "
                                            "languages of the briefing (%2 and %3)")
                    .arg(language, first, second));
            ok = false;
            continue;
        }
        const QString languagePath = JsonSourceMap::memberPath(path, language);
        if (!expectType(*it, QJsonValue::String, languagePath)) {
            ok = false;
            continue;
        }
        const QString string = it->toString();
        if (string.size() > BriefingLimits::maxTextLength) {
            error(languagePath,
                  QCoreApplication::translate("BriefingLoader",
                                              "the text is %1 characters long; the limit is %2")
                      .arg(QString::number(string.size()),
                           QString::number(BriefingLimits::maxTextLength)));
            ok = false;
            continue;
        }
        entries.append({language, string});
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(m_data.languages.cbegin(), m_data.languages.cend(), it.key())
            != m_data.languages.cend())
            continue;
        const QString keyPath = JsonSourceMap::memberPath(path, it.key());
        if (passageText) {
            report(
                Diagnostic::Severity::Warning, keyPath,
                QCoreApplication::translate("BriefingLoader",
                                            "the \"%1\" text is ignored; a passage holds only the "
                                            "briefing's languages (%2 and %3)")
                    .arg(it.key(), first, second),
                Anchor::Key);
        } else if (!isLanguageTag(it.key())) {
            report(Diagnostic::Severity::Warning, keyPath,
                   QCoreApplication::translate(
                       "BriefingLoader",
                       "\"%1\" is not a language code such as \"ja\"; the text is "
                       "ignored")
                       .arg(it.key()),
                   Anchor::Key);
        } else if (expectType(it.value(), QJsonValue::String, keyPath)) {
            entries.append({it.key(), it.value().toString()});
        } else {
            ok = false;
        }
    }
    LocalizedText text = LocalizedText::fromDistinct(std::move(entries));
    if (ok && text.text(first).trimmed().isEmpty() && text.text(second).trimmed().isEmpty()) {
        error(path,
              QCoreApplication::translate("BriefingLoader",
                                          "the text is empty in both languages; at least one of %1 "
                                          "and %2 must have text")
                  .arg(first, second));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return text;
}

QList<int> BriefingValidator::readPassageRefs(const QJsonValue &value, const QString &path)
{
    QList<int> refs;
    if (!expectType(value, QJsonValue::Array, path))
        return refs;
    const QJsonArray array = value.toArray();
    // A set beside a long list: an issue may list every one of 200,000 passages. A short
    // one, as most are, is quicker searched than hashed.
    const bool longList = array.size() > 32;
    QSet<int> listed;
    if (longList)
        listed.reserve(array.size());
    refs.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Made only for a diagnostic: most references are fine.
        const auto elementPath = [&] {
            return JsonSourceMap::elementPath(path, i);
        };
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            error(elementPath(),
                  QCoreApplication::translate("BriefingLoader",
                                              "expected a passage id (a string), found %1")
                      .arg(describe(element)));
            continue;
        }
        const int index = m_passageIndex.value(element.toString(), -1);
        if (index < 0 && !m_passagesRead)
            continue;
        if (index < 0) {
            error(elementPath(),
                  QCoreApplication::translate("BriefingLoader",
                                              "unknown passage \"%1\"; no passage has this id")
                      .arg(element.toString()));
            continue;
        }
        if (longList ? listed.contains(index) : refs.contains(index)) {
            warning(elementPath(),
                    QCoreApplication::translate("BriefingLoader", "passage \"%1\" is listed twice")
                        .arg(element.toString()));
            continue;
        }
        if (longList)
            listed.insert(index);
        refs.append(index);
    }
    return refs;
}
