#pragma once

#include "model/briefing.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Edit › Sides…: the parties whose stances the briefing records: their names in every
// language the briefing has (see LanguageFields) and their colours. Sides can be added and
// removed; removing one that has stances asks first, and removes those stances with it.
class SidesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SidesDialog(const Briefing &briefing, QWidget *parent = nullptr);

    // The briefing's data with the dialog's values.
    BriefingData edited() const;
    QTableWidget *table() const { return m_table; }
    QStringList languages() const { return m_languages; }
    void addSide();
    // Removes the row's side; one with stances only once the reader agreed (or `confirmed`).
    // False when the reader kept it.
    bool removeSide(int row, bool confirmed = false);
    void setColor(int row, const QColor &color);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseColor(int row);
    void showColor(int row);
    void updateButtons();
    int colourColumn() const { return int(m_languages.size()); }

    Briefing m_briefing;
    QStringList m_languages;
    QList<int> m_original; // per row: the index of the side it shows, or -1 for a new one
    QList<QColor> m_colors;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
};
