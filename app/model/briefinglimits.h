#pragma once

#include <QtGlobal>

// The explicit limits of the loader. Each is far above any real briefing (a full treaty
// text is a few thousand passages) and each has its own clear diagnostic.
namespace BriefingLimits {
inline constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
inline constexpr int maxNestingDepth = 64;
inline constexpr int maxPassages = 200'000;
inline constexpr int maxIssues = 10'000;
inline constexpr int maxSides = 64;
inline constexpr int maxTextLength = 100'000; // UTF-16 code units in one language of one text
} // namespace BriefingLimits
