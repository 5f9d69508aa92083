#pragma once

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

// The choices before a brief is made: its language (the interface language or any the
// briefing has text in) and, for File › Export Brief as PDF…, the paper; the file name is
// asked for next. Before File › Print Brief… only the language: the print dialog that
// follows chooses the paper.
class ExportBriefDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Export, Print };

    ExportBriefDialog(const QStringList &languages, const QString &issueTitle,
                      QWidget *parent = nullptr, Purpose purpose = Purpose::Export);

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
    Purpose m_purpose;
};
