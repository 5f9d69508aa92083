#pragma once

#include "brief/briefstyle.h"
#include "model/briefing.h"

#include <QList>
#include <QStringList>

class QTextCursor;

// The brief's "Wording" row under the stance matrix: for each side, the contested wordings
// of its own that the texts use, most frequent first ("South Korea: 오염수 ×2, contaminated
// water ×1 · Japan: 처리수 ×1").
class BriefWording
{
public:
    BriefWording(const Briefing &briefing, const QStringList &preference);

    bool isEmpty() const { return m_sides.isEmpty(); }
    void add(QTextCursor &cursor, const BriefType &type, const BriefText &text) const;
    // The row as plain text, as the page shows it (for tests and tool tips).
    QString plainText(const BriefText &text) const;

    // At most this many wordings per side: the row stays a line or two.
    static constexpr int maxWordingsPerSide = 4;

private:
    struct SideWordings
    {
        QString name;
        QColor color;
        QStringList wordings; // "오염수 ×2"
    };
    QList<SideWordings> m_sides;
};
