#pragma once

#include <QString>

// How a passage's text is shown in a pane: trimmed, with any line break as a space (a
// passage runs inside its paragraph, so a break would split it). Positions the reader
// points at are counted in the shown text; edits need them in the stored text.
namespace PassageText {
QString shown(const QString &stored);
// The offset in `stored` of the character at `shownOffset` of shown(stored).
int storedOffset(const QString &stored, int shownOffset);
// The other way round; clamped to the shown text.
int shownOffset(const QString &stored, int storedOffset);
} // namespace PassageText
