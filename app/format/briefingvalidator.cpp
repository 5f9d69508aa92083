#include "format/briefingvalidator.h"

#include "format/jsonsourcemap.h"
#include "format/validationtext.h"
#include "model/briefinglimits.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using BriefingValidation::Anchor;
using BriefingValidation::currentFormatVersion;
using BriefingValidation::PendingDiagnostic;
using namespace BriefingValidation;

// Messages keep the "BriefingLoader" translation context: they are the loader's
// diagnostics, whichever file builds them. The checks of single values (types, texts,
// references) are in briefingvalidatorfields.cpp.
namespace {
// The first character RFC 3986 does not allow anywhere in a URL, which QUrl's strict mode
// refuses: white space and controls, "<>\"\\^`{|}", and "%" that does not start a %XX
// escape. Its offset, or -1.
qsizetype firstCharacterNotAllowedInUrl(const QString &text)
{
    static const QString notAllowed = u" \"<>\\^`{|}"_s;
    const auto isHex = [&](qsizetype at) {
        if (at >= text.size())
            return false;
        const char16_t c = text.at(at).unicode();
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || c == 0x7F || notAllowed.contains(QChar(c)))
            return i;
        if (c == u'%' && !(isHex(i + 1) && isHex(i + 2)))
            return i;
    }
    return -1;
}

// Why a source URL is refused, in words that fit it: a message must not ask for an
// address "starting with https://" that already starts so.
QString webAddressProblem(const QString &text)
{
    static const QRegularExpression webScheme(u"^https?://"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (!webScheme.match(text).hasMatch()) {
        return QCoreApplication::translate(
                   "BriefingLoader", "expected a web address starting with https://, found %1")
            .arg(describe(QJsonValue(text)));
    }
    if (const qsizetype at = firstCharacterNotAllowedInUrl(text); at >= 0) {
        const QChar c = text.at(at);
        const bool printable = c.unicode() >= 0x20 && c.unicode() != 0x7F;
        const QString shown = printable
            ? QString(u'"' + QString(c) + u'"')
            : QString(u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        const QString escaped =
            u'%' + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        return QCoreApplication::translate("BriefingLoader",
                                           "the web address holds %1 at character %2, which a "
                                           "web address cannot hold; write it as %3")
            .arg(shown, QString::number(at + 1), escaped);
    }
    return QCoreApplication::translate("BriefingLoader",
                                       "the web address has no valid server name (such as "
                                       "example.org) or port, found %1")
        .arg(describe(QJsonValue(text)));
}
} // namespace

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
        error(
            path,
            QCoreApplication::translate("BriefingLoader",
                                        "expected exactly two languages, such as [\"ko\", \"en\"], "
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
                  QCoreApplication::translate("BriefingLoader",
                                              "expected a language code such as \"ko\" or "
                                              "\"en\", found %1")
                      .arg(describe(element)));
            return;
        }
        languages[i] = element.toString();
    }
    if (languages[0] == languages[1]) {
        error(JsonSourceMap::elementPath(path, 1),
              QCoreApplication::translate("BriefingLoader",
                                          "the two languages must differ, found \"%1\" twice")
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
        missing(path, u"name"_s,
                QCoreApplication::translate("BriefingLoader", "the name of the source, a string"));
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
        error(urlPath, webAddressProblem(url.toString()));
        return;
    }
    m_data.source.url = parsed;
    if (scheme != u"https"_s) {
        warning(urlPath,
                QCoreApplication::translate("BriefingLoader",
                                            "the address is not https; Bilateral shows it but will "
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
              QCoreApplication::translate("BriefingLoader",
                                          "the briefing has %1 sides; the limit is %2")
                  .arg(QString::number(array.size()), QString::number(BriefingLimits::maxSides)));
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
                    QCoreApplication::translate("BriefingLoader",
                                                "a short id for the side, such as \"kr\""));
            ok = false;
        } else if (!id.isString() || id.toString().isEmpty()) {
            error(sidePath + u".id"_s,
                  QCoreApplication::translate("BriefingLoader",
                                              "expected a non-empty side id, found %1")
                      .arg(describe(id)));
            ok = false;
        } else if (const int first = m_sideIndex.value(id.toString(), -1); first >= 0) {
            error(sidePath + u".id"_s,
                  QCoreApplication::translate(
                      "BriefingLoader", "duplicate side id \"%1\"; it is already used by sides[%2]")
                      .arg(id.toString(), QString::number(first)));
            ok = false;
        } else {
            side.id = id.toString();
        }
        const QJsonValue name = object.value(u"name"_s);
        if (name.isUndefined()) {
            missing(
                sidePath, u"name"_s,
                QCoreApplication::translate("BriefingLoader", "the side's name in each language"));
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
                  QCoreApplication::translate("BriefingLoader",
                                              "expected a colour written as \"#RRGGBB\", such as "
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
        error(path,
              QCoreApplication::translate("BriefingLoader",
                                          "the briefing has no passages; expected at least one"));
        return;
    }
    if (array.size() > BriefingLimits::maxPassages) {
        error(
            path,
            QCoreApplication::translate("BriefingLoader",
                                        "the briefing has %1 passages; the limit is %2")
                .arg(QString::number(array.size()), QString::number(BriefingLimits::maxPassages)));
        return;
    }
    m_passagesRead = true;
    m_data.passages.reserve(array.size());
    m_passageIndex.reserve(array.size());
    const QStringList known{u"id"_s, u"text"_s, u"paragraph"_s, u"confidence"_s};
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
            missing(passagePath, u"id"_s,
                    QCoreApplication::translate("BriefingLoader",
                                                "a unique passage id such as \"p1\""));
        } else if (!id.isString() || id.toString().isEmpty()) {
            error(passagePath + u".id"_s,
                  QCoreApplication::translate("BriefingLoader",
                                              "expected a non-empty passage id, found %1")
                      .arg(describe(id)));
        } else if (const int first = m_passageIndex.value(id.toString(), -1); first >= 0) {
            error(passagePath + u".id"_s,
                  QCoreApplication::translate(
                      "BriefingLoader",
                      "duplicate passage id \"%1\"; it is already used by passages[%2]")
                      .arg(id.toString(), QString::number(first)));
        } else {
            passage.id = id.toString();
        }
        const QJsonValue text = object.value(u"text"_s);
        if (text.isUndefined()) {
            missing(passagePath, u"text"_s,
                    QCoreApplication::translate("BriefingLoader",
                                                "the passage's text in each language"));
        } else if (auto texts = readText(text, passagePath + u".text"_s, true)) {
            passage.text = {texts->text(m_data.languages[0]), texts->text(m_data.languages[1])};
        }
        const QJsonValue paragraph = object.value(u"paragraph"_s);
        if (!paragraph.isUndefined()
            && expectType(paragraph, QJsonValue::Bool, passagePath + u".paragraph"_s))
            passage.startsParagraph = paragraph.toBool();
        if (i == 0)
            passage.startsParagraph = true;
        const QJsonValue confidence = object.value(u"confidence"_s);
        if (confidence.isUndefined()) {
        } else if (!confidence.isDouble() || confidence.toDouble() < 0.0
                   || confidence.toDouble() > 1.0) {
            error(passagePath + u".confidence"_s,
                  QCoreApplication::translate("BriefingLoader",
                                              "expected a number from 0 to 1, found %1")
                      .arg(describe(confidence)));
        } else {
            passage.confidence = confidence.toDouble();
        }
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
        missing(
            path, u"side"_s,
            QCoreApplication::translate("BriefingLoader", "the id of a side defined in \"sides\""));
        ok = false;
    } else if (!side.isString()) {
        error(
            sidePath,
            QCoreApplication::translate("BriefingLoader", "expected a side id (a string), found %1")
                .arg(describe(side)));
        ok = false;
    } else if (const int index = m_sideIndex.value(side.toString(), -1); index < 0) {
        QStringList ids;
        for (const Side &known : std::as_const(m_data.sides))
            ids.append(known.id);
        const QString message = ids.isEmpty()
            ? QCoreApplication::translate("BriefingLoader",
                                          "unknown side \"%1\"; the briefing defines no sides")
                  .arg(side.toString())
            : QCoreApplication::translate("BriefingLoader",
                                          "unknown side \"%1\"; expected one of: %2")
                  .arg(side.toString(), ids.join(u", "));
        if (m_sidesRead)
            error(sidePath, message);
        ok = false;
    } else if (stanceBySide.contains(index)) {
        error(sidePath,
              QCoreApplication::translate("BriefingLoader",
                                          "a second stance for side \"%1\"; an issue holds at most "
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
                QCoreApplication::translate("BriefingLoader", "one of: %1")
                    .arg(StancePositions::allKeys()));
        ok = false;
    } else if (!position.isString()) {
        error(path + u".position"_s,
              QCoreApplication::translate("BriefingLoader",
                                          "expected a position (a string), found %1")
                  .arg(describe(position)));
        ok = false;
    } else if (const auto parsed = StancePositions::fromKey(position.toString()); !parsed) {
        error(path + u".position"_s,
              QCoreApplication::translate("BriefingLoader",
                                          "unknown position \"%1\"; expected one of: %2")
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
              QCoreApplication::translate("BriefingLoader",
                                          "the briefing has %1 issues; the limit is %2")
                  .arg(QString::number(array.size()), QString::number(BriefingLimits::maxIssues)));
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
                    QCoreApplication::translate("BriefingLoader",
                                                "a unique issue id such as \"export-controls\""));
        } else if (!id.isString() || id.toString().isEmpty()) {
            error(issuePath + u".id"_s,
                  QCoreApplication::translate("BriefingLoader",
                                              "expected a non-empty issue id, found %1")
                      .arg(describe(id)));
        } else if (const int first = issueIndex.value(id.toString(), -1); first >= 0) {
            error(
                issuePath + u".id"_s,
                QCoreApplication::translate(
                    "BriefingLoader", "duplicate issue id \"%1\"; it is already used by issues[%2]")
                    .arg(id.toString(), QString::number(first)));
        } else {
            issue.id = id.toString();
            issueIndex.insert(issue.id, int(i));
        }
        const QJsonValue title = object.value(u"title"_s);
        if (title.isUndefined())
            missing(issuePath, u"title"_s,
                    QCoreApplication::translate("BriefingLoader",
                                                "the issue's title in each language"));
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
              QCoreApplication::translate("BriefingLoader",
                                          "expected a JSON object at the top level, found %1")
                  .arg(describe(root)));
        return;
    }
    const QJsonObject object = root.toObject();

    const QJsonValue version = object.value(u"bilateral"_s);
    if (version.isUndefined()) {
        missing(QString(), u"bilateral"_s,
                QCoreApplication::translate("BriefingLoader",
                                            "the format version, such as \"bilateral\": %1")
                    .arg(currentFormatVersion));
    } else {
        const double number = version.toDouble(-1);
        if (version.isDouble() && number == std::floor(number) && number < 1) {
            error(u"bilateral"_s,
                  QCoreApplication::translate("BriefingLoader",
                                              "the format version must be 1 or higher, found %1")
                      .arg(static_cast<qint64>(number)));
        } else if (!version.isDouble() || number != std::floor(number) || number > 1e9) {
            error(u"bilateral"_s,
                  QCoreApplication::translate("BriefingLoader",
                                              "expected the format version, a whole number "
                                              "such as %1, found %2")
                      .arg(QString::number(currentFormatVersion), describe(version)));
        } else if (number > currentFormatVersion) {
            // A newer format may mean anything; checking the rest would only add noise.
            error(u"bilateral"_s,
                  QCoreApplication::translate(
                      "BriefingLoader",
                      "this briefing was made by a newer version of Bilateral "
                      "(format %1); this version reads format %2 — please update "
                      "Bilateral")
                      .arg(QString::number(static_cast<qint64>(number)),
                           QString::number(currentFormatVersion)));
            return;
        }
    }

    warnUnknownKeys(object, QString(),
                    {u"bilateral"_s, u"languages"_s, u"title"_s, u"summary"_s, u"date"_s,
                     u"source"_s, u"sides"_s, u"passages"_s, u"issues"_s, u"terms"_s,
                     u"reviews"_s});
    readLanguages(object);

    const QJsonValue title = object.value(u"title"_s);
    if (title.isUndefined())
        missing(
            QString(), u"title"_s,
            QCoreApplication::translate("BriefingLoader", "the briefing's title in each language"));
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
        // No date: copy that states none was imported; no date is better than a wrong one.
    } else if (!date.isString() || !datePattern.match(date.toString()).hasMatch()) {
        error(u"date"_s,
              QCoreApplication::translate("BriefingLoader",
                                          "expected a date written as \"YYYY-MM-DD\", such as "
                                          "\"2020-10-29\", found %1")
                  .arg(describe(date)));
    } else if (const QDate parsed = QDate::fromString(date.toString(), Qt::ISODate);
               !parsed.isValid()) {
        error(u"date"_s,
              QCoreApplication::translate("BriefingLoader", "\"%1\" is not a date on the calendar")
                  .arg(date.toString()));
    } else {
        m_data.date = parsed;
    }

    if (const QJsonValue source = object.value(u"source"_s); !source.isUndefined())
        readSource(source);
    if (const QJsonValue sides = object.value(u"sides"_s); !sides.isUndefined())
        readSides(sides);

    const QJsonValue passages = object.value(u"passages"_s);
    if (passages.isUndefined())
        missing(QString(), u"passages"_s,
                QCoreApplication::translate("BriefingLoader", "an array of at least one passage"));
    else
        readPassages(passages);

    if (const QJsonValue issues = object.value(u"issues"_s); !issues.isUndefined())
        readIssues(issues);
    readTermsAndReviews(object);

    const bool anyError =
        std::any_of(pending.cbegin(), pending.cend(), [](const PendingDiagnostic &p) {
            return p.severity == Diagnostic::Severity::Error;
        });
    if (!anyError) {
        result = std::move(m_data);
        passageIndex = std::move(m_passageIndex);
    }
}
