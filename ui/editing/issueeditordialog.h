#pragma once

#include "model/briefing.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Edit › Edit Selected Issue and Stances…: an issue's title and, for every side, its
// position and the stance summary, in every language the briefing has (see LanguageFields).
class IssueEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    IssueEditorDialog(const Briefing &briefing, int issue, QWidget *parent = nullptr);

    // The briefing's data with the dialog's values.
    BriefingData edited() const;
    // For a new issue: the titles start empty, and OK waits until one is given.
    void askForTitle();
    QStringList languages() const { return m_languages; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    struct SideRow
    {
        QLabel *name;
        QComboBox *position;
        QList<QLineEdit *> summaries; // one per language
    };
    Briefing m_briefing;
    int m_issue;
    bool m_newIssue = false;
    QStringList m_languages;
    QLabel *m_titleLabel;
    QLabel *m_positionHeader;
    QLabel *m_noSides;
    QList<QLabel *> m_languageHeaders;
    QList<QLabel *> m_summaryHeaders;
    QList<QLineEdit *> m_titles;
    QList<SideRow> m_sides;
    QDialogButtonBox *m_buttons;
};
