#pragma once

#include "model/briefing.h"

#include <QList>
#include <QString>

// One language of a briefing as a pane shows it: the passages of a paragraph run on in one
// line of text (a text block), paragraphs are apart (an empty block between them), and for
// every passage, where it is in that text. Plain data, built in time linear in the text.
class PaneText final
{
public:
    PaneText() = default;
    PaneText(const Briefing &briefing, int languageSlot);

    // The whole text, "\n" between blocks.
    const QString &text() const { return m_text; }
    int passageCount() const { return int(m_passages.size()); }
    bool hasText(int passage) const;
    // The text block (paragraph) the passage is in; -1 without text in this language.
    int block(int passage) const;
    // Where the passage's text starts and how long it is.
    int start(int passage) const;
    int length(int passage) const;
    // The passage whose text covers `position`, or -1 (between passages).
    int passageAt(int position) const;
    // The passages with text that overlap [from, to), in order.
    QList<int> passagesBetween(int from, int to) const;
    // `passage` if it has text here, else the next one that has, else the last; -1 if none has.
    int nearestWithText(int passage) const;
    // The first passage with text that starts at or after `position`, or -1.
    int firstStartingFrom(int position) const;
    int lastWithText() const { return m_byStart.isEmpty() ? -1 : m_byStart.last(); }

private:
    struct Range
    {
        int block = -1;
        int start = 0;
        int length = 0;
    };
    QString m_text;
    QList<Range> m_passages;
    QList<int> m_byStart; // passages with text, by position (which is passage order)
};
