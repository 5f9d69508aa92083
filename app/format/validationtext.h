#pragma once

#include <QJsonValue>
#include <QString>

// How the loader's diagnostics name what they found and what they expected.
namespace BriefingValidation {
// A text in quotes, shortened to 40 characters.
QString quoted(const QString &text);
// "a number (42)", "a string ("abc")": what was found instead of what was expected.
QString describe(const QJsonValue &value);
// "a string", "an array": what was expected.
QString jsonTypeName(QJsonValue::Type type);
// "ko", "en", "zh-Hant": a language tag as the format writes them (BCP 47's shape).
bool isLanguageTag(const QString &text);
} // namespace BriefingValidation
