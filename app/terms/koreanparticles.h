#pragma once

#include <QStringView>

// Korean writes a noun's particles and copula endings onto the noun (오염수를, 오염수라고,
// 위안부들의): a wording matches when what follows it in the word is made only of these.
namespace KoreanParticles {
// Whether `rest` (the Hangul after a wording, up to the word's end) is a run of at most
// three particles or endings, such as "를", "라고", "들의", "이라는". Empty counts.
bool isParticleRun(QStringView rest);
} // namespace KoreanParticles
