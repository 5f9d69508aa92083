#pragma once

#include <QString>

class QTranslator;

namespace TranslationCatalog {
// Bilateral's own strings in `language`, from the embedded translations (:/i18n), for text
// made in a language other than the interface's (a brief in Japanese from an English
// interface). Null when there is none: English source text is used then. Each language is
// loaded once and kept for the life of the program.
const QTranslator *forLanguage(const QString &language);
} // namespace TranslationCatalog
