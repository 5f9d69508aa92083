#include "format/briefingvalidator.h"

#include "format/briefingloader.h"
#include "format/jsonsourcemap.h"
#include "model/briefinglimits.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using BriefingValidation::Anchor;
using BriefingValidation::currentFormatVersion;
using BriefingValidation::PendingDiagnostic;

// Messages keep the "BriefingLoader" translation context: they are the loader's
// diagnostics, whichever file builds them.
namespace {

QString quoted(const QString &text)
{
    constexpr qsizetype maxShown = 40;
    QString shown = text.size() > maxShown ? text.left(maxShown) + u'\u2026' : text;
    return u'"' + shown + u'"';
}

// "a number (42)", "a string ("abc")": what was found instead of what was expected.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return BriefingLoader::tr(
            "null", "what was found; ends a message such as \"expected a string, found %1\"");
    case QJsonValue::Bool:
        return BriefingLoader::tr(
                   "a boolean (%1)",
                   "what was found; ends a message such as \"expected a string, found %1\"")
            .arg(value.toBool() ? u"true"_s : u"false"_s);
    case QJsonValue::Double:
        return BriefingLoader::tr(
                   "a number (%1)",
                   "what was found; ends a message such as \"expected a string, found %1\"")
            .arg(value.toDouble());
    case QJsonValue::String:
        return BriefingLoader::tr(
                   "a string (%1)",
                   "what was found; ends a message such as \"expected a string, found %1\"")
            .arg(quoted(value.toString()));
    case QJsonValue::Array:
        return BriefingLoader::tr(
            "an array", "what was found; ends a message such as \"expected a string, found %1\"");
    case QJsonValue::Object:
        return BriefingLoader::tr(
            "an object", "what was found; ends a message such as \"expected a string, found %1\"");
    case QJsonValue::Undefined:
        break;
    }
    return BriefingLoader::tr(
        "nothing", "what was found; ends a message such as \"expected a string, found %1\"");
}

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return BriefingLoader::tr("a string", "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Array:
        return BriefingLoader::tr("an array", "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Object:
        return BriefingLoader::tr("an object",
                                  "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Bool:
        return BriefingLoader::tr("true or false",
                                  "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Double:
        return BriefingLoader::tr("a number", "what was expected; fills \"expected %1, found %2\"");
    default:
        return BriefingLoader::tr("a value", "what was expected; fills \"expected %1, found %2\"");
    }
}

bool isLanguageTag(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

void BriefingValidator::missing(const QString &objectPath, const QString &key,
                                const QString &expected)
{
    reportMissing(
        JsonSourceMap::memberPath(objectPath, key), objectPath,
        BriefingLoader::tr("missing required key \"%1\"; expected %2").arg(key, expected));
}

bool BriefingValidator::expectType(const QJsonValue &value, QJsonValue::Type type,
                                   const QString &path)
{
    if (value.type() == type)
        return true;
    error(path,
          BriefingLoader::tr("expected %1, found %2").arg(jsonTypeName(type), describe(value)));
    return false;
}

void BriefingValidator::warnUnknownKeys(const QJsonObject &object, const QString &path,
                                        const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        report(Diagnostic::Severity::Warning, JsonSourceMap::memberPath(path, it.key()),
               BriefingLoader::tr("unknown key \"%1\" is ignored; expected one of: %2")
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
              BriefingLoader::tr("expected an object with the text in each language, such "
                                 "as {\"%1\": \"…\", \"%2\": \"…\"}, found %3")
                  .arg(first, second, describe(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    LocalizedText text;
    bool ok = true;
    for (const QString &language : m_data.languages) {
        const auto it = object.constFind(language);
        if (it == object.constEnd()) {
            reportMissing(JsonSourceMap::memberPath(path, language), path,
                          BriefingLoader::tr("missing the \"%1\" text; every text holds both "
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
                  BriefingLoader::tr("the text is %1 characters long; the limit is %2")
                      .arg(string.size())
                      .arg(BriefingLimits::maxTextLength));
            ok = false;
            continue;
        }
        text.insert(language, string);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(m_data.languages.cbegin(), m_data.languages.cend(), it.key())
            != m_data.languages.cend())
            continue;
        const QString keyPath = JsonSourceMap::memberPath(path, it.key());
        if (passageText) {
            report(Diagnostic::Severity::Warning, keyPath,
                   BriefingLoader::tr("the \"%1\" text is ignored; a passage holds only the "
                                      "briefing's languages (%2 and %3)")
                       .arg(it.key(), first, second),
                   Anchor::Key);
        } else if (!isLanguageTag(it.key())) {
            report(Diagnostic::Severity::Warning, keyPath,
                   BriefingLoader::tr("\"%1\" is not a language code such as \"ja\"; the text is "
                                      "ignored")
                       .arg(it.key()),
                   Anchor::Key);
        } else if (expectType(it.value(), QJsonValue::String, keyPath)) {
            text.insert(it.key(), it.value().toString());
        } else {
            ok = false;
        }
    }
    if (ok && text.text(first).trimmed().isEmpty() && text.text(second).trimmed().isEmpty()) {
        error(path,
              BriefingLoader::tr("the text is empty in both languages; at least one of %1 "
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
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString elementPath = JsonSourceMap::elementPath(path, i);
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            error(elementPath,
                  BriefingLoader::tr("expected a passage id (a string), found %1")
                      .arg(describe(element)));
            continue;
        }
        const int index = m_passageIndex.value(element.toString(), -1);
        if (index < 0 && !m_passagesRead)
            continue;
        if (index < 0) {
            error(elementPath,
                  BriefingLoader::tr("unknown passage \"%1\"; no passage has this id")
                      .arg(element.toString()));
            continue;
        }
        if (refs.contains(index)) {
            warning(elementPath,
                    BriefingLoader::tr("passage \"%1\" is listed twice").arg(element.toString()));
            continue;
        }
        refs.append(index);
    }
    return refs;
}

void BriefingValidator::readLanguages(const QJsonObject &root)
{
    const auto it = root.constFind(u"languages"_s);
    if (it == root.constEnd())
        return;
    const QString path = u"languages"_s;
    if (!expectType(*it, QJsonValue::Array, path))
        return;
    const QJsonArray array = it->toArray();
    if (array.size() != 2) {
        error(path,
              BriefingLoader::tr("expected exactly two languages, such as [\"ko\", \"en\"], "
                                 "found %n",
                                 nullptr, int(array.size())));
        return;
    }
    std::array<QString, 2> languages;
    for (int i = 0; i < 2; ++i) {
        const QString elementPath = JsonSourceMap::elementPath(path, i);
        const QJsonValue element = array.at(i);
        if (!element.isString() || !isLanguageTag(element.toString())) {
            error(elementPath,
                  BriefingLoader::tr("expected a language code such as \"ko\" or "
                                     "\"en\", found %1")
                      .arg(describe(element)));
            return;
        }
        languages[i] = element.toString();
    }
    if (languages[0] == languages[1]) {
        error(JsonSourceMap::elementPath(path, 1),
              BriefingLoader::tr("the two languages must differ, found \"%1\" twice")
                  .arg(languages[0]));
        return;
    }
    m_data.languages = languages;
}

void BriefingValidator::readSource(const QJsonValue &value)
{
    const QString path = u"source"_s;
    if (!expectType(value, QJsonValue::Object, path))
        return;
    const QJsonObject object = value.toObject();
    warnUnknownKeys(object, path, {u"name"_s, u"url"_s});
    const QJsonValue name = object.value(u"name"_s);
    if (name.isUndefined())
        missing(path, u"name"_s, BriefingLoader::tr("the name of the source, a string"));
    else if (expectType(name, QJsonValue::String, path + u".name"_s))
        m_data.source.name = name.toString();

    const QJsonValue url = object.value(u"url"_s);
    if (url.isUndefined())
        return;
    const QString urlPath = path + u".url"_s;
    if (!expectType(url, QJsonValue::String, urlPath))
        return;
    const QUrl parsed(url.toString(), QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != u"https"_s && scheme != u"http"_s)
        || parsed.host().isEmpty()) {
        error(urlPath,
              BriefingLoader::tr("expected a web address starting with https://, found %1")
                  .arg(describe(url)));
        return;
    }
    m_data.source.url = parsed;
    if (scheme != u"https"_s) {
        warning(urlPath,
                BriefingLoader::tr("the address is not https; Bilateral shows it but will "
                                   "not open it"));
    }
}

void BriefingValidator::readSides(const QJsonValue &value)
{
    const QString path = u"sides"_s;
    m_sidesRead = false;
    if (!expectType(value, QJsonValue::Array, path))
        return;
    const QJsonArray array = value.toArray();
    if (array.size() > BriefingLimits::maxSides) {
        error(path,
              BriefingLoader::tr("the briefing has %1 sides; the limit is %2")
                  .arg(array.size())
                  .arg(BriefingLimits::maxSides));
        return;
    }
    m_sidesRead = true;
    // Distinct, readable on light and dark backgrounds; used when a side gives no colour.
    static const QStringList defaultColors{u"#2563b0"_s, u"#c2410c"_s, u"#15803d"_s,
                                           u"#7e22ce"_s, u"#a16207"_s, u"#0e7490"_s};
    static const QRegularExpression colorPattern(u"^#[0-9A-Fa-f]{6}$"_s);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString sidePath = JsonSourceMap::elementPath(path, i);
        if (!expectType(array.at(i), QJsonValue::Object, sidePath))
            continue;
        const QJsonObject object = array.at(i).toObject();
        warnUnknownKeys(object, sidePath, {u"id"_s, u"name"_s, u"color"_s});
        Side side;
        bool ok = true;
        const QJsonValue id = object.value(u"id"_s);
        if (id.isUndefined()) {
            missing(sidePath, u"id"_s,
                    BriefingLoader::tr("a short id for the side, such as \"kr\""));
            ok = false;
        } else if (!id.isString() || id.toString().isEmpty()) {
            error(sidePath + u".id"_s,
                  BriefingLoader::tr("expected a non-empty side id, found %1").arg(describe(id)));
            ok = false;
        } else if (const int first = m_sideIndex.value(id.toString(), -1); first >= 0) {
            error(sidePath + u".id"_s,
                  BriefingLoader::tr("duplicate side id \"%1\"; it is already used by sides[%2]")
                      .arg(id.toString())
                      .arg(first));
            ok = false;
        } else {
            side.id = id.toString();
        }
        const QJsonValue name = object.value(u"name"_s);
        if (name.isUndefined()) {
            missing(sidePath, u"name"_s, BriefingLoader::tr("the side's name in each language"));
            ok = false;
        } else if (auto text = readText(name, sidePath + u".name"_s)) {
            side.name = *text;
        } else {
            ok = false;
        }
        const QJsonValue color = object.value(u"color"_s);
        if (color.isUndefined()) {
            side.color = QColor::fromString(defaultColors.at(i % defaultColors.size()));
        } else if (!color.isString() || !colorPattern.match(color.toString()).hasMatch()) {
            error(sidePath + u".color"_s,
                  BriefingLoader::tr("expected a colour written as \"#RRGGBB\", such as "
                                     "\"#2563b0\", found %1")
                      .arg(describe(color)));
            ok = false;
        } else {
            side.color = QColor::fromString(color.toString());
        }
        if (!side.id.isEmpty())
            m_sideIndex.insert(side.id, int(m_data.sides.size()));
        if (ok || !side.id.isEmpty())
            m_data.sides.append(side);
    }
}

void BriefingValidator::readPassages(const QJsonValue &value)
{
    const QString path = u"passages"_s;
    m_passagesRead = false;
    if (!expectType(value, QJsonValue::Array, path))
        return;
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        error(path, BriefingLoader::tr("the briefing has no passages; expected at least one"));
        return;
    }
    if (array.size() > BriefingLimits::maxPassages) {
        error(path,
              BriefingLoader::tr("the briefing has %1 passages; the limit is %2")
                  .arg(array.size())
                  .arg(BriefingLimits::maxPassages));
        return;
    }
    m_passagesRead = true;
    m_data.passages.reserve(array.size());
    m_passageIndex.reserve(array.size());
    const QStringList known{u"id"_s, u"text"_s, u"paragraph"_s};
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (progress && i % 4096 == 0)
            progress(int(i), int(array.size()));
        const QString passagePath = JsonSourceMap::elementPath(path, i);
        if (!expectType(array.at(i), QJsonValue::Object, passagePath))
            continue;
        const QJsonObject object = array.at(i).toObject();
        warnUnknownKeys(object, passagePath, known);
        Passage passage;
        const QJsonValue id = object.value(u"id"_s);
        if (id.isUndefined()) {
            missing(passagePath, u"id"_s, BriefingLoader::tr("a unique passage id such as \"p1\""));
        } else if (!id.isString() || id.toString().isEmpty()) {
            error(
                passagePath + u".id"_s,
                BriefingLoader::tr("expected a non-empty passage id, found %1").arg(describe(id)));
        } else if (const int first = m_passageIndex.value(id.toString(), -1); first >= 0) {
            error(passagePath + u".id"_s,
                  BriefingLoader::tr(
                      "duplicate passage id \"%1\"; it is already used by passages[%2]")
                      .arg(id.toString())
                      .arg(first));
        } else {
            passage.id = id.toString();
        }
        const QJsonValue text = object.value(u"text"_s);
        if (text.isUndefined()) {
            missing(passagePath, u"text"_s,
                    BriefingLoader::tr("the passage's text in each language"));
        } else if (auto texts = readText(text, passagePath + u".text"_s, true)) {
            passage.text = {texts->text(m_data.languages[0]), texts->text(m_data.languages[1])};
        }
        const QJsonValue paragraph = object.value(u"paragraph"_s);
        if (!paragraph.isUndefined()
            && expectType(paragraph, QJsonValue::Bool, passagePath + u".paragraph"_s))
            passage.startsParagraph = paragraph.toBool();
        if (i == 0)
            passage.startsParagraph = true;
        if (!passage.id.isEmpty())
            m_passageIndex.insert(passage.id, int(m_data.passages.size()));
        m_data.passages.append(passage);
    }
}

std::optional<Stance> BriefingValidator::readStance(const QJsonValue &value, const QString &path,
                                                    QHash<int, QString> &stanceBySide)
{
    if (!expectType(value, QJsonValue::Object, path))
        return std::nullopt;
    const QJsonObject object = value.toObject();
    warnUnknownKeys(object, path, {u"side"_s, u"position"_s, u"summary"_s, u"passages"_s});
    Stance stance;
    bool ok = true;

    const QJsonValue side = object.value(u"side"_s);
    const QString sidePath = path + u".side"_s;
    if (side.isUndefined()) {
        missing(path, u"side"_s, BriefingLoader::tr("the id of a side defined in \"sides\""));
        ok = false;
    } else if (!side.isString()) {
        error(sidePath,
              BriefingLoader::tr("expected a side id (a string), found %1").arg(describe(side)));
        ok = false;
    } else if (const int index = m_sideIndex.value(side.toString(), -1); index < 0) {
        QStringList ids;
        for (const Side &known : std::as_const(m_data.sides))
            ids.append(known.id);
        const QString message = ids.isEmpty()
            ? BriefingLoader::tr("unknown side \"%1\"; the briefing defines no sides")
                  .arg(side.toString())
            : BriefingLoader::tr("unknown side \"%1\"; expected one of: %2")
                  .arg(side.toString(), ids.join(u", "));
        if (m_sidesRead)
            error(sidePath, message);
        ok = false;
    } else if (stanceBySide.contains(index)) {
        error(sidePath,
              BriefingLoader::tr("a second stance for side \"%1\"; an issue holds at most "
                                 "one stance per side (the first is at %2)")
                  .arg(side.toString(), stanceBySide.value(index)));
        ok = false;
    } else {
        stanceBySide.insert(index, path);
        stance.side = index;
    }

    const QJsonValue position = object.value(u"position"_s);
    if (position.isUndefined()) {
        missing(path, u"position"_s,
                BriefingLoader::tr("one of: %1").arg(StancePositions::allKeys()));
        ok = false;
    } else if (!position.isString()) {
        error(
            path + u".position"_s,
            BriefingLoader::tr("expected a position (a string), found %1").arg(describe(position)));
        ok = false;
    } else if (const auto parsed = StancePositions::fromKey(position.toString()); !parsed) {
        error(path + u".position"_s,
              BriefingLoader::tr("unknown position \"%1\"; expected one of: %2")
                  .arg(position.toString(), StancePositions::allKeys()));
        ok = false;
    } else {
        stance.position = *parsed;
    }

    const QJsonValue summary = object.value(u"summary"_s);
    if (!summary.isUndefined()) {
        if (auto text = readText(summary, path + u".summary"_s))
            stance.summary = *text;
        else
            ok = false;
    }
    const QJsonValue passages = object.value(u"passages"_s);
    if (!passages.isUndefined())
        stance.evidence = readPassageRefs(passages, path + u".passages"_s);
    if (!ok)
        return std::nullopt;
    return stance;
}

void BriefingValidator::readIssues(const QJsonValue &value)
{
    const QString path = u"issues"_s;
    if (!expectType(value, QJsonValue::Array, path))
        return;
    const QJsonArray array = value.toArray();
    if (array.size() > BriefingLimits::maxIssues) {
        error(path,
              BriefingLoader::tr("the briefing has %1 issues; the limit is %2")
                  .arg(array.size())
                  .arg(BriefingLimits::maxIssues));
        return;
    }
    QHash<QString, int> issueIndex;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString issuePath = JsonSourceMap::elementPath(path, i);
        if (!expectType(array.at(i), QJsonValue::Object, issuePath))
            continue;
        const QJsonObject object = array.at(i).toObject();
        warnUnknownKeys(object, issuePath, {u"id"_s, u"title"_s, u"passages"_s, u"stances"_s});
        Issue issue;
        const QJsonValue id = object.value(u"id"_s);
        if (id.isUndefined()) {
            missing(issuePath, u"id"_s,
                    BriefingLoader::tr("a unique issue id such as \"export-controls\""));
        } else if (!id.isString() || id.toString().isEmpty()) {
            error(issuePath + u".id"_s,
                  BriefingLoader::tr("expected a non-empty issue id, found %1").arg(describe(id)));
        } else if (const int first = issueIndex.value(id.toString(), -1); first >= 0) {
            error(issuePath + u".id"_s,
                  BriefingLoader::tr("duplicate issue id \"%1\"; it is already used by issues[%2]")
                      .arg(id.toString())
                      .arg(first));
        } else {
            issue.id = id.toString();
            issueIndex.insert(issue.id, int(i));
        }
        const QJsonValue title = object.value(u"title"_s);
        if (title.isUndefined())
            missing(issuePath, u"title"_s,
                    BriefingLoader::tr("the issue's title in each language"));
        else if (auto text = readText(title, issuePath + u".title"_s))
            issue.title = *text;

        const QJsonValue passages = object.value(u"passages"_s);
        if (!passages.isUndefined())
            issue.passages = readPassageRefs(passages, issuePath + u".passages"_s);

        const QJsonValue stances = object.value(u"stances"_s);
        const QString stancesPath = issuePath + u".stances"_s;
        if (!stances.isUndefined() && expectType(stances, QJsonValue::Array, stancesPath)) {
            const QJsonArray stanceArray = stances.toArray();
            QHash<int, QString> stanceBySide;
            for (qsizetype s = 0; s < stanceArray.size(); ++s) {
                if (auto stance =
                        readStance(stanceArray.at(s), JsonSourceMap::elementPath(stancesPath, s),
                                   stanceBySide))
                    issue.stances.append(*stance);
            }
        }
        m_data.issues.append(issue);
    }
}

void BriefingValidator::validate(const QJsonValue &root)
{
    if (!root.isObject()) {
        error(QString(),
              BriefingLoader::tr("expected a JSON object at the top level, found %1")
                  .arg(describe(root)));
        return;
    }
    const QJsonObject object = root.toObject();

    const QJsonValue version = object.value(u"bilateral"_s);
    if (version.isUndefined()) {
        missing(QString(), u"bilateral"_s,
                BriefingLoader::tr("the format version, such as \"bilateral\": %1")
                    .arg(currentFormatVersion));
    } else {
        const double number = version.toDouble(-1);
        if (version.isDouble() && number == std::floor(number) && number < 1) {
            error(u"bilateral"_s,
                  BriefingLoader::tr("the format version must be 1 or higher, found %1")
                      .arg(static_cast<qint64>(number)));
        } else if (!version.isDouble() || number != std::floor(number) || number > 1e9) {
            error(u"bilateral"_s,
                  BriefingLoader::tr("expected the format version, a whole number "
                                     "such as %1, found %2")
                      .arg(currentFormatVersion)
                      .arg(describe(version)));
        } else if (number > currentFormatVersion) {
            // A newer format may mean anything; checking the rest would only add noise.
            error(u"bilateral"_s,
                  BriefingLoader::tr("this briefing was made by a newer version of Bilateral "
                                     "(format %1); this version reads format %2 — please update "
                                     "Bilateral")
                      .arg(static_cast<qint64>(number))
                      .arg(currentFormatVersion));
            return;
        }
    }

    warnUnknownKeys(object, QString(),
                    {u"bilateral"_s, u"languages"_s, u"title"_s, u"summary"_s, u"date"_s,
                     u"source"_s, u"sides"_s, u"passages"_s, u"issues"_s});
    readLanguages(object);

    const QJsonValue title = object.value(u"title"_s);
    if (title.isUndefined())
        missing(QString(), u"title"_s, BriefingLoader::tr("the briefing's title in each language"));
    else if (auto text = readText(title, u"title"_s))
        m_data.title = *text;

    const QJsonValue summary = object.value(u"summary"_s);
    if (!summary.isUndefined()) {
        if (auto text = readText(summary, u"summary"_s))
            m_data.summary = *text;
    }

    const QJsonValue date = object.value(u"date"_s);
    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (date.isUndefined()) {
        missing(QString(), u"date"_s, BriefingLoader::tr("the date as \"YYYY-MM-DD\""));
    } else if (!date.isString() || !datePattern.match(date.toString()).hasMatch()) {
        error(u"date"_s,
              BriefingLoader::tr("expected a date written as \"YYYY-MM-DD\", such as "
                                 "\"2020-10-29\", found %1")
                  .arg(describe(date)));
    } else if (const QDate parsed = QDate::fromString(date.toString(), Qt::ISODate);
               !parsed.isValid()) {
        error(u"date"_s,
              BriefingLoader::tr("\"%1\" is not a date on the calendar").arg(date.toString()));
    } else {
        m_data.date = parsed;
    }

    if (const QJsonValue source = object.value(u"source"_s); !source.isUndefined())
        readSource(source);
    if (const QJsonValue sides = object.value(u"sides"_s); !sides.isUndefined())
        readSides(sides);

    const QJsonValue passages = object.value(u"passages"_s);
    if (passages.isUndefined())
        missing(QString(), u"passages"_s, BriefingLoader::tr("an array of at least one passage"));
    else
        readPassages(passages);

    if (const QJsonValue issues = object.value(u"issues"_s); !issues.isUndefined())
        readIssues(issues);

    const bool anyError =
        std::any_of(pending.cbegin(), pending.cend(), [](const PendingDiagnostic &p) {
            return p.severity == Diagnostic::Severity::Error;
        });
    if (!anyError)
        result = std::move(m_data);
}
