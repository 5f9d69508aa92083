#include "format/validationtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// The words keep the "BriefingLoader" translation context: they are part of its messages.
namespace BriefingValidation {

QString quoted(const QString &text)
{
    constexpr qsizetype maxShown = 40;
    QString shown = text.size() > maxShown ? text.left(maxShown) + u'\u2026' : text;
    return u'"' + shown + u'"';
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate(
            "BriefingLoader", "null",
            "what was found; ends a message such as \"expected a string, found %1\"");
    case QJsonValue::Bool:
        return QCoreApplication::translate(
                   "BriefingLoader", "a boolean (%1)",
                   "what was found; ends a message such as \"expected a string, found %1\"")
            .arg(value.toBool() ? u"true"_s : u"false"_s);
    case QJsonValue::Double:
        return QCoreApplication::translate(
                   "BriefingLoader", "a number (%1)",
                   "what was found; ends a message such as \"expected a string, found %1\"")
            .arg(value.toDouble());
    case QJsonValue::String:
        return QCoreApplication::translate(
                   "BriefingLoader", "a string (%1)",
                   "what was found; ends a message such as \"expected a string, found %1\"")
            .arg(quoted(value.toString()));
    case QJsonValue::Array:
        return QCoreApplication::translate(
            "BriefingLoader", "an array",
            "what was found; ends a message such as \"expected a string, found %1\"");
    case QJsonValue::Object:
        return QCoreApplication::translate(
            "BriefingLoader", "an object",
            "what was found; ends a message such as \"expected a string, found %1\"");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate(
        "BriefingLoader", "nothing",
        "what was found; ends a message such as \"expected a string, found %1\"");
}

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QCoreApplication::translate("BriefingLoader", "a string",
                                           "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Array:
        return QCoreApplication::translate("BriefingLoader", "an array",
                                           "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Object:
        return QCoreApplication::translate("BriefingLoader", "an object",
                                           "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Bool:
        return QCoreApplication::translate("BriefingLoader", "true or false",
                                           "what was expected; fills \"expected %1, found %2\"");
    case QJsonValue::Double:
        return QCoreApplication::translate("BriefingLoader", "a number",
                                           "what was expected; fills \"expected %1, found %2\"");
    default:
        return QCoreApplication::translate("BriefingLoader", "a value",
                                           "what was expected; fills \"expected %1, found %2\"");
    }
}

bool isLanguageTag(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace BriefingValidation
