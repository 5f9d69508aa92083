#pragma once

#include "model/briefing.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

// Edit › Briefing Properties…: the title and bottom line in every language the briefing has
// (see LanguageFields), the date and the source.
class BriefingPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BriefingPropertiesDialog(const Briefing &briefing, QWidget *parent = nullptr);

    // The briefing's data with the dialog's values.
    BriefingData edited() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Briefing m_briefing;
    QStringList m_languages;
    QFormLayout *m_form;
    QList<QLineEdit *> m_titles;
    QList<QPlainTextEdit *> m_summaries;
    QDateEdit *m_date;
    QLineEdit *m_sourceName;
    QLineEdit *m_sourceUrl;
    QDialogButtonBox *m_buttons;
};
