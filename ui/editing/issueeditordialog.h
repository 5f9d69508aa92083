#pragma once

#include "model/briefing.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;

// Edit › Edit Issue…: an issue's title in both languages and, for every side, its
// position and the stance summary in both languages.
class IssueEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    IssueEditorDialog(const Briefing &briefing, int issue, const QStringList &languagePreference,
                      QWidget *parent = nullptr);

    BriefingData edited() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    struct SideRow
    {
        QLabel *name;
        QComboBox *position;
        QLineEdit *summary[2];
    };
    Briefing m_briefing;
    int m_issue;
    QLabel *m_titleLabel;
    QLabel *m_positionHeader;
    QLabel *m_summaryHeader[2];
    QLineEdit *m_title[2];
    QList<SideRow> m_sides;
    QDialogButtonBox *m_buttons;
};
