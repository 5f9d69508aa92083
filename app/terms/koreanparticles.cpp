#include "terms/koreanparticles.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace {
// Case particles, auxiliary particles, the plural 들, and the copula's common forms, as
// news copy attaches them to a noun.
constexpr QStringView particles[]{
    u"이라고는", u"이라면서", u"이라는", u"이라고", u"이라며", u"이라면", u"이었다", u"이라서",
    u"입니다",   u"에서는",   u"에서도", u"에서의", u"으로는", u"으로도", u"으로서", u"으로써",
    u"으로의",   u"에게는",   u"에게서", u"까지는", u"부터는", u"이었던", u"이지만", u"이라",
    u"라는",     u"라고",     u"라며",   u"라면",   u"에서",   u"에게",   u"에는",   u"에도",
    u"에의",     u"으로",     u"로는",   u"로도",   u"로서",   u"로써",   u"로의",   u"와의",
    u"과의",     u"와는",     u"과는",   u"까지",   u"부터",   u"보다",   u"처럼",   u"마저",
    u"조차",     u"이나",     u"이며",   u"이고",   u"이다",   u"였다",   u"이란",   u"에서",
    u"만큼",     u"대로",     u"이자",   u"인",     u"란",     u"를",     u"을",     u"이",
    u"가",       u"은",       u"는",     u"의",     u"에",     u"로",     u"와",     u"과",
    u"도",       u"만",       u"나",     u"며",     u"고",     u"다",     u"들",     u"께",
    u"랑",       u"야",       u"여",     u"요",     u"자",     u"냐"};
} // namespace

bool KoreanParticles::isParticleRun(QStringView rest)
{
    // Three pieces cover 위안부들에게는 (들 + 에게 + 는); anything longer is another word.
    // Every split is tried: "이라" + "는" and "이라는" both read 이라는.
    const auto split = [](const auto &self, QStringView text, int piecesLeft) -> bool {
        if (text.isEmpty())
            return true;
        if (piecesLeft == 0)
            return false;
        for (const QStringView particle : particles) {
            if (text.startsWith(particle) && self(self, text.mid(particle.size()), piecesLeft - 1))
                return true;
        }
        return false;
    };
    return split(split, rest, 3);
}
