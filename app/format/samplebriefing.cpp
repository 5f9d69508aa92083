#include "format/samplebriefing.h"

using namespace Qt::StringLiterals;

QString SampleBriefing::resourcePath()
{
    return u":/samples/2020-10-29-seoul-dg-talks.briefing"_s;
}
