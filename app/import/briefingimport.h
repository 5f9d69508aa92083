#pragma once

#include "model/briefing.h"

#include <QDate>
#include <QString>
#include <QStringList>

class QTextStream;

// Makes a briefing from raw copy: the Korean and the English text are split into
// paragraphs and sentences, the sentences aligned into passages, and a headline (a short
// first line without a full stop) becomes the title. Issues and sides are added later.
namespace BriefingImport {
Briefing fromTexts(const QString &korean, const QString &english, const QDate &date);

// `bilateral --import KO.txt EN.txt -o OUT.briefing`, or one file holding both languages.
// 0 written; 1 a text is undecodable or empty; 2 an input cannot be read or OUT written.
int runImport(const QStringList &inputs, const QString &output, QTextStream &err);
} // namespace BriefingImport
