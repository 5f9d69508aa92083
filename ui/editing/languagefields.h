#pragma once

#include "model/briefing.h"

#include <QStringList>

class QWidget;

// The languages the editing dialogs offer a field for, and how what is typed there goes back
// into a LocalizedText.
namespace LanguageFields {
// Every language the briefing has text in (its two text languages first, then others such
// as the sample's Japanese titles), and the interface language if the briefing has none in
// it yet, so a reader can add titles in their own language.
QStringList editable(const Briefing &briefing, const QWidget *widget);

// `base` with `text` in `language`. An empty text in a language other than the briefing's
// two text languages removes that language instead of keeping it empty.
LocalizedText withText(LocalizedText base, const Briefing &briefing, const QString &language,
                       const QString &text);

// "Title (%1):" and the like: the language named in itself.
QString label(const QString &pattern, const QString &language);
} // namespace LanguageFields
