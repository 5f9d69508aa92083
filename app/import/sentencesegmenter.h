#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Splits raw Korean or English news copy into sentences, so that a pasted article can be
// aligned sentence by sentence with its translation (see SentenceAligner).
//
// QTextBoundaryFinder's Unicode (UAX #29) sentence breaks are the base; a post-pass
// corrects what they get wrong for news copy: abbreviations (Mr., U.S., Oct.), initials,
// ellipses, Korean quotations followed by a quotative particle (“...다.”라고), and line
// breaks inside a paragraph.
namespace SentenceSegmenter {
// The sentences of one paragraph, trimmed, without empty ones. Line breaks inside the
// paragraph are read as spaces.
QStringList split(const QString &paragraph);

// The sentences of each paragraph of `text`; paragraphs are separated by one or more
// blank (empty or whitespace-only) lines. Paragraphs without any sentence are left out.
QList<QStringList> splitParagraphs(const QString &text);
} // namespace SentenceSegmenter
