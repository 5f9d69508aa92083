#pragma once

#include "model/term.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The built-in glossary of contested Korea–Japan wordings (resources/glossary/
// korea-japan.json): each concept with each side's wording and the neutral ones in Korean,
// Japanese and English, a one-line note and the public source that documents it. A
// briefing's own "terms" extend it, or replace a concept of the same id.
struct GlossarySide
{
    QString id; // "kr", "jp": briefings use the same ids for the two governments
    LocalizedText name;
};

struct GlossaryData
{
    QList<GlossarySide> sides;
    QList<TermConcept> terms;
};

namespace Glossary {
// Read once, on first use, from the resource; safe from any thread.
const GlossaryData &builtIn();
// A glossary file; problems as "PATH: message" (a broken entry is left out, not the file).
GlossaryData parse(const QByteArray &json, QStringList *problems = nullptr);
// `own` over the glossary's terms: `own` first, then the glossary's concepts whose ids
// `own` does not use.
QList<TermConcept> merged(const QList<TermConcept> &glossary, const QList<TermConcept> &own);
} // namespace Glossary
