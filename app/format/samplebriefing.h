#pragma once

#include <QString>

namespace SampleBriefing {
// The built-in sample (Korea–Japan director-general talks, Seoul, 29 October 2020),
// embedded from resources/samples/.
QString resourcePath();
} // namespace SampleBriefing
