#pragma once

#include "model/briefing.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Edit › Sides…: the parties whose stances the briefing records — their names in both
// languages and their colours; new sides can be added.
class SidesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SidesDialog(const Briefing &briefing, QWidget *parent = nullptr);

    BriefingData edited() const;
    QTableWidget *table() const { return m_table; }
    void addSide();
    void setColor(int row, const QColor &color);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseColor(int row);
    void showColor(int row);

    Briefing m_briefing;
    QList<QColor> m_colors;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
};
