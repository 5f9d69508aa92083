#include "format/jsonstring.h"

// A JSON string (RFC 8259 §7): quotes, backslashes and control characters escaped, the
// rest as UTF-8. Runs between escapes are converted whole, so surrogate pairs stay intact;
// a lone surrogate (a "\ud800" escape the loader warned about) becomes U+FFFD, which
// QString::toUtf8() would otherwise turn into "?".
QByteArray JsonString::quoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    qsizetype start = 0;
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isSurrogate(u)) {
            if (QChar::isHighSurrogate(u) && i + 1 < text.size()
                && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            out += text.mid(start, i - start).toUtf8();
            out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
            start = i + 1;
            continue;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        out += text.mid(start, i - start).toUtf8();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
        }
        start = i + 1;
    }
    out += text.mid(start).toUtf8();
    out += '"';
    return out;
}
