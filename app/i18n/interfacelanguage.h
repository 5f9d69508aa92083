#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

// The interface language, switchable while the app runs: Bilateral's own translation
// (embedded under :/i18n) and Qt's (qtbase_<lang>.qm from the Qt installation, package
// qt6-translations-l10n) are replaced together, the default locale follows, and Qt posts
// a LanguageChange event to every widget, whose retranslateUi() then runs.
class InterfaceLanguage final : public QObject
{
    Q_OBJECT

public:
    explicit InterfaceLanguage(QObject *parent = nullptr);
    ~InterfaceLanguage() override;

    // The languages the interface is translated into, as codes: "en", "ko", "ja".
    static QStringList supported();
    // The supported language that best matches the system's UI languages, else "en".
    static QString systemLanguage();

    // "" follows the system; otherwise one of supported(). Unknown codes fall back to the
    // system language. Returns the language now in effect.
    QString apply(const QString &choice);
    QString choice() const { return m_choice; }
    QString current() const { return m_current; }
    // Whether Qt's own strings (dialog buttons, file dialogs) were found for the language.
    bool qtTranslationsLoaded() const { return m_qtLoaded; }

Q_SIGNALS:
    void changed(const QString &language);

private:
    QString m_choice;
    QString m_current;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    bool m_qtLoaded = false;
};
