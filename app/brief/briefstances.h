#pragma once

#include "brief/briefstyle.h"
#include "model/briefing.h"

#include <QStringList>

class QTextCursor;
class QTextTable;

// The brief's "Where each side stands". A matrix of issues by sides reads best while every
// side's column is wide enough for its widest word; past that (about a dozen sides on A4)
// its words would be broken apart, so each issue lists its sides under their positions
// instead, one line per position, which keeps every word whole at any number of sides.
class BriefStances
{
public:
    BriefStances(const Briefing &briefing, const BriefText &text, const QStringList &preference);

    enum class Shape { Matrix, ByPosition };

    // The shape of the section showing the first `issues` issues at `type`'s size in a body
    // `width` layout units wide.
    Shape shapeFor(const BriefType &type, int issues, bool summaries, double width) const;
    // Inserts the heading and the first `issues` issues, with their stance summaries or not,
    // then says what was left out. Returns the shape it took; `rowStarts`, when given,
    // receives the document position where each issue's row begins, so that its layout can
    // be measured.
    Shape add(QTextCursor &cursor, const BriefType &type, int issues, bool summaries, double width,
              QList<int> *rowStarts = nullptr) const;

private:
    QTextTable *addMatrix(QTextCursor &cursor, const BriefType &type, int shown,
                          bool summaries) const;
    QTextTable *addByPosition(QTextCursor &cursor, const BriefType &type, int shown, bool summaries,
                              double width) const;
    QString sideName(int side) const;
    QString positionLabel(StancePosition position) const;

    const Briefing &m_briefing;
    const BriefText &m_text;
    QStringList m_preference;
};
