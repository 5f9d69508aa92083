#pragma once

#include <QString>

// Copy taken from a news page brings the page's furniture along: "• 3 years ago" after the
// headline, "Recommended", "Share on Facebook", "Advertisement", "구독", "関連記事". None of
// it is text of the article, and each line of it would become a passage with nothing to
// pair with. The byline ("By Kim Min-ji", "김민지 기자") is no passage either; it belongs to
// the briefing's source.
namespace WebCopy {
struct Cleaned
{
    QString text;
    QString byline; // the first byline found, or empty
    int droppedLines = 0;
};

// `text` without its furniture lines, and with relative times cut from the end of lines.
Cleaned clean(const QString &text);
} // namespace WebCopy
