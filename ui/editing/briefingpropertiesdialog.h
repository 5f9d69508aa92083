#pragma once

#include "model/briefing.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

// Edit › Briefing Properties…: the title and bottom line in both languages, the date and
// the source.
class BriefingPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    BriefingPropertiesDialog(const Briefing &briefing, QWidget *parent = nullptr);

    // The briefing's data with the dialog's values.
    BriefingData edited() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Briefing m_briefing;
    QFormLayout *m_form;
    QLineEdit *m_title[2];
    QPlainTextEdit *m_summary[2];
    QDateEdit *m_date;
    QLineEdit *m_sourceName;
    QLineEdit *m_sourceUrl;
    QDialogButtonBox *m_buttons;
};
