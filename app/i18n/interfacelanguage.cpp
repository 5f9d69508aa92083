#include "i18n/interfacelanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

InterfaceLanguage::InterfaceLanguage(QObject *parent)
    : QObject(parent)
{ }

InterfaceLanguage::~InterfaceLanguage()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

QStringList InterfaceLanguage::supported()
{
    return {u"en"_s, u"ko"_s, u"ja"_s};
}

QString InterfaceLanguage::systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (supported().contains(code))
            return code;
    }
    return u"en"_s;
}

QString InterfaceLanguage::apply(const QString &choice)
{
    m_choice = supported().contains(choice) ? choice : QString();
    const QString language = m_choice.isEmpty() ? systemLanguage() : m_choice;

    // Remove both, load, install: installing sends one LanguageChange per translator.
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = false;
    m_qtInstalled = false;

    // English is the source language; its file only carries the plural forms.
    if (m_app.load(u"bilateral_"_s + language, u":/i18n"_s))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    m_qtLoaded = language != u"en"_s
        && m_qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);

    // Dates and numbers follow. QLocale::setDefault() does not reach existing widgets: the
    // windows get setLocale() from their owner on changed().
    QLocale::setDefault(QLocale(language));
    const bool wasChanged = language != m_current;
    m_current = language;
    if (wasChanged)
        Q_EMIT changed(language);
    return language;
}
