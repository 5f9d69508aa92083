#pragma once

#include <QMenu>

class InterfaceLanguage;
class QAction;

// Language: System Default, then each interface language named in itself (English, 한국어,
// 日本語). Choosing one switches the interface at once and is remembered for the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(InterfaceLanguage *language, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChoice();

    InterfaceLanguage *m_language;
    QAction *m_system;
};
