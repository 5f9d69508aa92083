#pragma once

#include <QByteArray>
#include <QString>

namespace JsonString {
// A JSON string (RFC 8259 §7) in UTF-8, quotes included: quotes, backslashes and control
// characters escaped; a lone surrogate written as U+FFFD.
QByteArray quoted(const QString &text);
} // namespace JsonString
