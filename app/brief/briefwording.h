#pragma once

#include "brief/briefstyle.h"
#include "model/briefing.h"

#include <QList>
#include <QStringList>

class QTextCursor;

// The brief's "Wording" row under the stance matrix: for each side, the contested concepts
// it has its own words for in the texts, most used first, each with its words in both
// languages ("South Korea: 오염수 ×3 / contaminated water ×1, … · Japan: 처리수 ×1 / treated
// water ×1").
class BriefWording
{
public:
    BriefWording(const Briefing &briefing, const QStringList &preference);

    bool isEmpty() const { return m_sides.isEmpty(); }
    void add(QTextCursor &cursor, const BriefType &type, const BriefText &text) const;
    // The row as plain text, as the page shows it (for tests and tool tips).
    QString plainText(const BriefText &text) const;

    // At most this many concepts per side: the row stays a line or two.
    static constexpr int maxConceptsPerSide = 4;

private:
    struct SideWordings
    {
        QString name;
        QColor color;
        QStringList wordings; // per concept: "오염수 ×3 / contaminated water ×1"
    };
    QList<SideWordings> m_sides;
};
