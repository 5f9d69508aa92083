#include "brief/briefwording.h"

#include "terms/termindex.h"

#include <QHash>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::StringLiterals;

BriefWording::BriefWording(const Briefing &briefing, const QStringList &preference)
{
    const TermIndex terms(briefing);
    // Per side, per concept (in the order first met), each wording with its count.
    struct Concept
    {
        int term;
        int total = 0;
        QList<std::pair<QString, int>> wordings;
    };
    QList<QList<Concept>> bySide(briefing.sides().size());
    for (const TermIndex::Occurrence &occurrence : terms.occurrences()) {
        if (terms.concepts().at(occurrence.term).kind != TermKind::Term)
            continue;
        const TermWording &wording = terms.wording(occurrence);
        const int side = terms.briefingSide(wording.side);
        if (side < 0)
            continue;
        QList<Concept> &concepts = bySide[side];
        auto concept_ = std::find_if(concepts.begin(), concepts.end(),
                                     [&](const Concept &c) { return c.term == occurrence.term; });
        if (concept_ == concepts.end())
            concept_ = concepts.insert(concepts.end(), Concept{occurrence.term, 0, {}});
        ++concept_->total;
        auto found = std::find_if(concept_->wordings.begin(), concept_->wordings.end(),
                                  [&](const auto &entry) { return entry.first == wording.text; });
        if (found == concept_->wordings.end())
            concept_->wordings.append({wording.text, 1});
        else
            ++found->second;
    }
    for (int side = 0; side < bySide.size(); ++side) {
        QList<Concept> concepts = bySide.at(side);
        if (concepts.isEmpty())
            continue;
        std::stable_sort(concepts.begin(), concepts.end(),
                         [](const Concept &a, const Concept &b) { return a.total > b.total; });
        SideWordings entry{briefing.sides().at(side).name.preferred(preference),
                           briefing.sides().at(side).color,
                           {}};
        for (qsizetype i = 0; i < std::min<qsizetype>(concepts.size(), maxConceptsPerSide); ++i) {
            QStringList forms;
            for (const auto &[text, count] : concepts.at(i).wordings)
                forms.append(u"%1 ×%2"_s.arg(text).arg(count));
            entry.wordings.append(forms.join(u" / "_s));
        }
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
