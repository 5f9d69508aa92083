#include "window/languagemenu.h"

#include "i18n/interfacelanguage.h"
#include "model/languagenames.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

LanguageMenu::LanguageMenu(InterfaceLanguage *language, QWidget *parent)
    : QMenu(parent)
    , m_language(language)
    , m_system(addAction(QString()))
{
    setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    m_system->setObjectName(u"language-system"_s);
    m_system->setData(QString());
    group->addAction(m_system);
    addSeparator();
    for (const QString &code : InterfaceLanguage::supported()) {
        // Each language is named in itself, so a reader lost in a foreign interface finds
        // their own.
        QAction *action = addAction(LanguageNames::nativeName(code));
        action->setObjectName(u"language-"_s + code);
        action->setData(code);
        group->addAction(action);
    }
    for (QAction *action : group->actions())
        action->setCheckable(true);
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        m_language->apply(action->data().toString());
        QSettings().setValue(u"interfaceLanguage"_s, action->data().toString());
    });
    connect(m_language, &InterfaceLanguage::changed, this, &LanguageMenu::showChoice);
    showChoice();
    retranslateUi();
}

void LanguageMenu::showChoice()
{
    for (QAction *action : actions()) {
        if (action->isCheckable())
            action->setChecked(action->data().toString() == m_language->choice());
    }
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System Default"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}
