#pragma once

#include <QRect>

class PassageShapes;
class QPainter;
class QPalette;
class ReadingState;
class TermIndex;

// What a pane paints under and over its text, from the reading state: the selected issue's
// tints and find matches under it; the contested wordings underlined; the outlines of the current
// and the hovered passage and of the current match, and in passage rows the rules between rows,
// over it. Only what is in view is painted, and nothing here touches the text layout.
namespace PassageMarks {
void paintUnderText(QPainter &painter, const PassageShapes &pane, const ReadingState &state,
                    const QPalette &palette, const QRect &area);
void paintOverText(QPainter &painter, const PassageShapes &pane, const ReadingState &state,
                   const QPalette &palette, int width);
// The contested wordings in view, underlined in the pattern and colour of the side whose
// wording each is (SideStyle::termPen).
void paintTermMarks(QPainter &painter, const PassageShapes &pane, const ReadingState &state,
                    const TermIndex &terms, const QPalette &palette);
} // namespace PassageMarks
