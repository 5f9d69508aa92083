#pragma once

#include "model/briefing.h"
#include "model/pairconfidence.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>

// Makes a briefing from raw copy: the two texts are split into paragraphs and sentences, the
// sentences aligned into passages (each with the aligner's confidence), and a headline (a
// short first line without a full stop) becomes the title. Issues and sides come later.
namespace BriefingImport {

// A pair the aligner is less sure of than this is worth a reader's look (and is flagged in
// passage rows).
constexpr double lowConfidence = PairConfidence::lowConfidence;

// What an import made, to tell the reader.
struct Summary
{
    qsizetype pairs = 0; // passages with text in both languages
    qsizetype oneSided = 0; // passages with text in one language only
    qsizetype lowConfidence = 0; // pairs below BriefingImport::lowConfidence
    int droppedLines = 0; // page furniture and bylines left out (WebCopy)
    // Only a headline (or nothing) in one language while the other has a body: its
    // language, for the message; empty otherwise.
    QString headlineOnly;
};

// `first` and `second` in `languages` (the East Asian text first, as
// TextImport::assignLanguages() orders them). The briefing's date is the one the copy states
// near its start (StatedDate), else `date`, which may be invalid: then it has none.
Briefing fromTexts(const QString &first, const QString &second,
                   const std::array<QString, 2> &languages, const QDate &date,
                   Summary *summary = nullptr);

// Korean and English.
Briefing fromTexts(const QString &korean, const QString &english, const QDate &date);

} // namespace BriefingImport
