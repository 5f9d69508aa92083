#include "model/passagetext.h"

#include <algorithm>

namespace {
bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// Leading white space that shown() trims away.
int leadingSpace(const QString &stored)
{
    int count = 0;
    while (count < stored.size() && stored.at(count).isSpace())
        ++count;
    return count;
}
} // namespace

namespace PassageText {

QString shown(const QString &stored)
{
    QString text = stored.trimmed();
    for (QChar &c : text) {
        if (isLineBreak(c))
            c = u' ';
    }
    return text;
}

int storedOffset(const QString &stored, int shownOffset)
{
    return std::clamp(leadingSpace(stored) + std::max(shownOffset, 0), 0, int(stored.size()));
}

int shownOffset(const QString &stored, int storedOffset)
{
    const int length = int(stored.trimmed().size());
    return std::clamp(storedOffset - leadingSpace(stored), 0, length);
}

} // namespace PassageText
