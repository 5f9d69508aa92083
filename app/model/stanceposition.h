#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class QTranslator;

// The vocabulary of a side's position on an issue (briefing format v1, "position").
enum class StancePosition {
    Supports,
    Proposes,
    Demands,
    Cooperative,
    Concerned,
    Objects,
    Rejects,
    Reiterates,
    None,
};

namespace StancePositions {
inline constexpr int count = 9;

// The key as written in a .briefing file ("demands").
QString key(StancePosition position);
std::optional<StancePosition> fromKey(QStringView key);
// All keys, comma-separated, for diagnostics that list what was expected.
QString allKeys();

// The label in the current interface language ("Demands", "요구", "要求").
QString label(StancePosition position);
// The label as `translator` has it (the brief's language may differ from the interface's);
// English when the translator is null or lacks it.
QString label(StancePosition position, const QTranslator *translator);
// A one-character symbol, so that positions stay distinguishable without colour
// (greyscale print, colour-blind readers).
QString symbol(StancePosition position);
} // namespace StancePositions
