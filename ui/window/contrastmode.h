#pragma once

#include <QObject>
#include <QPalette>

class QAction;

// The application's palette: the system's made readable (ColorSchemes::readable), or high
// contrast when the desktop asks for it or the reader turns on View › High Contrast. One per
// application, since the palette is; every window puts its action in its View menu.
class ContrastMode final : public QObject
{
    Q_OBJECT

public:
    // Created on first use with the palette the platform gave the application, which it
    // then applies (readable, or high contrast as the settings or the desktop say).
    static ContrastMode *instance();

    QAction *action() const { return m_action; }
    bool isHighContrast() const;
    void setHighContrast(bool on);
    void retranslateUi();

private:
    explicit ContrastMode(QObject *parent);
    void apply();

    QPalette m_system;
    QAction *m_action;
};
