#include "window/contrastmode.h"

#include "widgets/colorschemes.h"
#include "widgets/sidestyle.h"

#include <QAction>
#include <QApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString highContrastKey = u"view/highContrast"_s;
}

ContrastMode *ContrastMode::instance()
{
    static ContrastMode *mode = new ContrastMode(qApp);
    return mode;
}

ContrastMode::ContrastMode(QObject *parent)
    : QObject(parent)
    , m_system(QApplication::palette())
    , m_action(new QAction(this))
{
    m_action->setObjectName(u"highContrastAction"_s);
    m_action->setCheckable(true);
    // Unset, the mode follows the desktop; once the reader chooses, the choice is kept.
    const QVariant chosen = QSettings().value(highContrastKey);
    m_action->setChecked(chosen.isValid() ? chosen.toBool()
                                          : ColorSchemes::systemWantsHighContrast(m_system));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(highContrastKey, on);
        apply();
    });
    retranslateUi();
    apply();
}

bool ContrastMode::isHighContrast() const
{
    return m_action->isChecked();
}

void ContrastMode::setHighContrast(bool on)
{
    m_action->setChecked(on);
}

void ContrastMode::retranslateUi()
{
    m_action->setText(tr("&High Contrast"));
    m_action->setStatusTip(tr("Black, white and strong colours only, for low vision"));
}

void ContrastMode::apply()
{
    // High contrast keeps the lightness the desktop chose: white on black for a dark desktop.
    QApplication::setPalette(isHighContrast()
                                 ? ColorSchemes::highContrast(SideStyle::isDark(m_system))
                                 : ColorSchemes::readable(m_system));
}
