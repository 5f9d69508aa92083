#pragma once

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

// The choices of File › Export Brief as PDF…: the brief's language (the interface language
// or one of the briefing's own) and the paper. The file name is asked for next.
class ExportBriefDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportBriefDialog(const QStringList &languages, const QString &issueTitle,
                      QWidget *parent = nullptr);

    QString language() const;
    QPageSize pageSize() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QComboBox *m_language;
    QComboBox *m_pageSize;
    QLabel *m_scope;
    QLabel *m_languageLabel;
    QLabel *m_pageSizeLabel;
    QLabel *m_scopeLabel;
    QDialogButtonBox *m_buttons;
    QString m_issueTitle;
};
