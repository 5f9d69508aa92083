#include "brief/briefwording.h"

#include "terms/termindex.h"

#include <QHash>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::StringLiterals;

BriefWording::BriefWording(const Briefing &briefing, const QStringList &preference)
{
    const TermIndex terms(briefing);
    // side -> wording text -> count, in the order first met.
    QList<QList<std::pair<QString, int>>> counts(briefing.sides().size());
    for (const TermIndex::Occurrence &occurrence : terms.occurrences()) {
        if (terms.concepts().at(occurrence.term).kind != TermKind::Term)
            continue;
        const TermWording &wording = terms.wording(occurrence);
        const int side = terms.briefingSide(wording.side);
        if (side < 0)
            continue;
        auto &list = counts[side];
        const auto found = std::find_if(list.begin(), list.end(), [&](const auto &entry) {
            return entry.first == wording.text;
        });
        if (found == list.end())
            list.append({wording.text, 1});
        else
            ++found->second;
    }
    for (int side = 0; side < counts.size(); ++side) {
        auto list = counts.at(side);
        if (list.isEmpty())
            continue;
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        SideWordings entry{briefing.sides().at(side).name.preferred(preference),
                           briefing.sides().at(side).color,
                           {}};
        for (qsizetype i = 0; i < std::min<qsizetype>(list.size(), maxWordingsPerSide); ++i)
            entry.wordings.append(u"%1 ×%2"_s.arg(list.at(i).first).arg(list.at(i).second));
        m_sides.append(entry);
    }
}

void BriefWording::add(QTextCursor &cursor, const BriefType &type, const BriefText &text) const
{
    if (m_sides.isEmpty())
        return;
    QTextBlockFormat block;
    block.setTopMargin(formatPixels(type.pointSize() * 0.5));
    cursor.insertBlock(block);
    cursor.insertText(text(QT_TRANSLATE_NOOP3(
                          "Brief", "Wording: ", "label before the contested terms each side uses")),
                      type.format(0.9, true));
    for (qsizetype i = 0; i < m_sides.size(); ++i) {
        const SideWordings &side = m_sides.at(i);
        if (i > 0)
            cursor.insertText(u"  ·  "_s, type.format(0.9, false, true));
        QTextCharFormat name = type.format(0.9, true);
        name.setForeground(printableSideColor(side.color));
        cursor.insertText(side.name + u": "_s, name);
        cursor.insertText(side.wordings.join(u", "_s), type.format(0.9));
    }
}

QString BriefWording::plainText(const BriefText &text) const
{
    QStringList parts;
    for (const SideWordings &side : m_sides)
        parts.append(side.name + u": "_s + side.wordings.join(u", "_s));
    return text(QT_TRANSLATE_NOOP3("Brief",
                                   "Wording: ", "label before the contested terms each side uses"))
        + parts.join(u"  ·  "_s);
}
