#pragma once

#include "model/briefing.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Makes a briefing from raw copy: the Korean and the English text are split into
// paragraphs and sentences, the sentences aligned into passages, and a headline (a short
// first line without a full stop) becomes the title. Issues and sides are added later.
namespace BriefingImport {
Briefing fromTexts(const QString &korean, const QString &english, const QDate &date);

} // namespace BriefingImport
