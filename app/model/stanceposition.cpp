#include "model/stanceposition.h"

#include <QCoreApplication>
#include <QTranslator>

#include <array>

using namespace Qt::StringLiterals;

namespace {
struct PositionInfo
{
    StancePosition position;
    const char *key;
    // Filled by QT_TRANSLATE_NOOP3, which expands to {source, disambiguation}.
    struct
    {
        const char *source;
        const char *comment;
    } label;
    const char16_t *symbol;
};

// Labels are translated in the "StancePosition" context; the comments tell translators
// these describe a government's position in talks.
constexpr std::array<PositionInfo, StancePositions::count> positionTable{{
    {StancePosition::Supports, "supports",
     QT_TRANSLATE_NOOP3("StancePosition", "Supports", "a side's position on an issue"), u"+"},
    {StancePosition::Proposes, "proposes",
     QT_TRANSLATE_NOOP3("StancePosition", "Proposes", "a side's position on an issue"), u"\u2192"},
    {StancePosition::Demands, "demands",
     QT_TRANSLATE_NOOP3("StancePosition", "Demands", "a side's position on an issue"), u"!"},
    {StancePosition::Cooperative, "cooperative",
     QT_TRANSLATE_NOOP3("StancePosition", "Cooperative", "a side's position on an issue"),
     u"\u2248"},
    {StancePosition::Concerned, "concerned",
     QT_TRANSLATE_NOOP3("StancePosition", "Concerned", "a side's position on an issue"), u"\u25B3"},
    {StancePosition::Objects, "objects",
     QT_TRANSLATE_NOOP3("StancePosition", "Objects", "a side's position on an issue"), u"\u2715"},
    {StancePosition::Rejects, "rejects",
     QT_TRANSLATE_NOOP3("StancePosition", "Rejects", "a side's position on an issue"), u"\u2298"},
    {StancePosition::Reiterates, "reiterates",
     QT_TRANSLATE_NOOP3("StancePosition", "Reiterates its position",
                        "a side's position on an issue: holds its known position"),
     u"="},
    {StancePosition::None, "none",
     QT_TRANSLATE_NOOP3("StancePosition", "No stated position", "a side's position on an issue"),
     u"\u2013"},
}};

const PositionInfo &info(StancePosition position)
{
    return positionTable[static_cast<std::size_t>(position)];
}
} // namespace

namespace StancePositions {
QString key(StancePosition position)
{
    return QString::fromLatin1(info(position).key);
}

std::optional<StancePosition> fromKey(QStringView key)
{
    for (const auto &entry : positionTable) {
        if (key == QLatin1StringView(entry.key))
            return entry.position;
    }
    return std::nullopt;
}

QString allKeys()
{
    QStringList keys;
    for (const auto &entry : positionTable)
        keys.append(QString::fromLatin1(entry.key));
    return keys.join(u", ");
}

QString label(StancePosition position)
{
    const auto &label = info(position).label;
    return QCoreApplication::translate("StancePosition", label.source, label.comment);
}

QString label(StancePosition position, const QTranslator *translator)
{
    const auto &label = info(position).label;
    const QString translated = translator
        ? translator->translate("StancePosition", label.source, label.comment)
        : QString();
    return translated.isEmpty() ? QString::fromUtf8(label.source) : translated;
}

QString symbol(StancePosition position)
{
    return QString::fromUtf16(info(position).symbol);
}
} // namespace StancePositions
