#include "reading/issueevidence.h"

#include "document/passagehighlight.h"
#include "reading/passageshapes.h"
#include "reading/rowgeometry.h"

#include <algorithm>
#include <climits>

IssueEvidence IssueEvidence::of(const PassageHighlight &highlight, const PassageShapes &pane,
                                const RowGeometry &rows)
{
    IssueEvidence evidence;
    for (int passage : highlight.passages()) {
        const quint64 sides = highlight.evidenceSides(passage);
        if (sides == 0)
            continue;
        const int row = pane.passageRow(passage);
        const int top = rows.rowTop(row);
        evidence.m_items.append(
            {passage, top, top + std::max(rows.rowHeight(row) - rows.spacing(), 1), sides});
        evidence.m_sides |= sides;
    }
    return evidence;
}

QList<int> IssueEvidence::bestStretch(int top, int height) const
{
    // Each stretch starts at an evidence passage and takes, in order, the first passage of
    // every side not yet covered; of those covering every side, the best.
    QList<int> best;
    qint64 bestMovement = LLONG_MAX;
    qint64 bestSpan = LLONG_MAX;
    bool bestFits = false;
    for (qsizetype first = 0; first < m_items.size(); ++first) {
        quint64 covered = 0;
        int bottom = INT_MIN;
        QList<int> chosen;
        for (qsizetype i = first; i < m_items.size() && covered != m_sides; ++i) {
            const Item &item = m_items.at(i);
            if ((item.sides & ~covered) == 0)
                continue;
            covered |= item.sides;
            chosen.append(item.passage);
            bottom = std::max(bottom, item.bottom);
        }
        if (covered != m_sides)
            break; // later starts cover even less
        const int stretchTop = m_items.at(first).top;
        const qint64 span = qint64(bottom) - stretchTop;
        const bool fits = span <= height;
        const qint64 movement =
            stretchTop < top ? top - stretchTop : std::max<qint64>(0, bottom - (top + height));
        const bool better =
            fits ? (!bestFits || movement < bestMovement) : (!bestFits && span < bestSpan);
        if (better) {
            best = chosen;
            bestFits = fits;
            bestMovement = movement;
            bestSpan = span;
        }
    }
    return best;
}
