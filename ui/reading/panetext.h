#pragma once

#include "model/briefing.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

// One language of a briefing as a pane shows it: a text block per row (in paragraph rows the
// passages of a paragraph run on in one block; in passage rows each passage has its own),
// the same blocks in every language whether or not it has text there, and for every passage,
// where it is in that text. Plain data, built in time linear in the text.
//
// A long run of text with nowhere to break a line (a URL, a blob, letters without spaces)
// gets an invisible break opportunity, U+200B, every `breakEvery` characters: Qt lays out
// each line by scanning to the next break opportunity even when it then breaks anywhere
// (QTextLine::layout_helper(), qtextlayout.cpp, Qt 6.4), so such a run costs time in the
// square of its length (eight passages of 100,000 letters took minutes). Offsets into a
// passage's shown text (PassageText) and positions in the pane's text differ by the breaks
// before them: position() and offsetAt() convert, and plainText() leaves them out.
class PaneText final
{
public:
    // Paragraph rows and passage rows show one language; stacked rows show both, each
    // passage's first language on its own line above its second.
    enum class Rows { Paragraphs, Passages, Stacked };

    PaneText() = default;
    PaneText(const Briefing &briefing, int languageSlot, Rows rows = Rows::Paragraphs);

    // The whole text, "\n" between blocks; empty once dropped.
    const QString &text() const { return m_text; }
    qsizetype textSize() const { return m_text.isNull() ? m_textSize : m_text.size(); }
    // Forgets the text, keeping where every passage is in it: for a pane whose text
    // document holds the same text (a third copy of every passage at 100,000 passages,
    // 20 MiB a pane). plainText() then needs withoutAddedBreaks() on the document's text.
    void dropText();
    int passageCount() const { return int(m_passages.size()); }
    // Whether the pane shows the language in `slot` (both, when stacked).
    bool showsSlot(int slot) const;
    bool hasText(int passage) const;
    bool hasText(int passage, int slot) const;
    // The text block (row) the passage's text is in; -1 without text here.
    int block(int passage) const;
    // The row (text block) the passage belongs to, with or without text here.
    int row(int passage) const;
    int rowCount() const { return m_rowCount; }
    // Where the passage's text starts in the pane's text and how long it is there (both
    // languages and what joins them, when stacked).
    int start(int passage) const;
    int length(int passage) const;
    // The pane position of `offset` into the passage's shown text in the pane's language
    // (or in `slot`, when stacked), and back (clamped).
    int position(int passage, int offset) const;
    int position(int passage, int slot, int offset) const;
    int offsetAt(int passage, int position) const;
    // The language of the passage's text at `position` (the first shown, between them).
    int slotAt(int passage, int position) const;
    // The pane's text from `from` to `to`, without the breaks it added; the same for a
    // stretch of it that starts at `from`, taken from elsewhere (the text document).
    QString plainText(int from, int to) const;
    QString withoutAddedBreaks(QString text, int from) const;
    bool hasAddedBreaks() const { return !m_breaks.isEmpty() || m_rows == Rows::Stacked; }

    static constexpr int longRun = 256;
    static constexpr int breakEvery = 8;
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
    struct Segment
    {
        int start = 0;
        int length = -1; // -1: no text in this language
    };
    struct Range
    {
        int block = -1;
        int start = 0;
        int length = 0;
        std::array<Segment, 2> segments;
    };
    const Segment &segment(int passage, int slot) const;
    static qint64 breakKey(int passage, int slot) { return qint64(passage) * 2 + slot; }

    QString m_text;
    qsizetype m_textSize = 0; // of the text dropped
    Rows m_rows = Rows::Paragraphs;
    int m_slot = 0; // the language shown first
    QList<Range> m_passages;
    QList<int> m_rowOf;
    int m_rowCount = 0;
    // Passage texts with added breaks, by passage and language: the shown-text offsets each
    // break comes before, in order.
    QHash<qint64, QList<int>> m_breaks;
    QList<int> m_byStart; // passages with text, by position (which is passage order)
};
