#pragma once

#include <QLocale>
#include <QStringList>
#include <QWidget>

// The languages a widget shows document titles and names in: its locale's language (the
// interface language, which the main window sets and its children inherit), then English
// (LocalizedText::preferred() falls back to it). The C locale, which names no language, is
// the untranslated interface: English.
inline QStringList languagePreference(const QWidget *widget)
{
    const QString language = widget->locale().name().section(u'_', 0, 0);
    return {language == u"C" ? QStringLiteral("en") : language};
}
