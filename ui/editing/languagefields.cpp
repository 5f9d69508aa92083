#include "editing/languagefields.h"

#include "model/languagenames.h"
#include "widgets/languagepreference.h"

namespace LanguageFields {

QStringList editable(const Briefing &briefing, const QWidget *widget)
{
    QStringList languages = briefing.languagesInUse();
    for (const QString &language : languagePreference(widget)) {
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

LocalizedText withText(LocalizedText base, const Briefing &briefing, const QString &language,
                       const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool textLanguage =
        language == briefing.languages()[0] || language == briefing.languages()[1];
    if (trimmed.isEmpty() && !textLanguage)
        base.remove(language);
    else
        base.insert(language, trimmed);
    return base;
}

QString label(const QString &pattern, const QString &language)
{
    return pattern.arg(LanguageNames::nativeName(language));
}

} // namespace LanguageFields
