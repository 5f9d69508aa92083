#pragma once

#include "library/readoutcomparison.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// File › Compare With…: two briefings of one meeting (Seoul's readout and Tokyo's) issue by
// issue — raised in both, only in A or only in B; each side's position in A against B,
// differences marked; the selected issue's evidence passages side by side; whose contested
// wordings each uses. Exports a one-page comparison brief as PDF.
class ComparisonWindow final : public QWidget
{
    Q_OBJECT

public:
    ComparisonWindow(const ReadoutComparison &comparison, const QString &pathA,
                     const QString &pathB, QWidget *parent = nullptr);

    const ReadoutComparison &comparison() const { return m_comparison; }
    QTableWidget *issueTable() const { return m_issues; }
    QPlainTextEdit *evidence(int which) const { return which == 0 ? m_evidenceA : m_evidenceB; }
    QLabel *wordings() const { return m_wordings; }
    // Writes the comparison brief; an error message, or empty.
    QString exportPdf(const QString &path, const QString &language) const;

Q_SIGNALS:
    void openRequested(const QString &path, const QString &passageId, const QString &issueId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void showEvidence(int row);

    ReadoutComparison m_comparison;
    QString m_pathA;
    QString m_pathB;
    QLabel *m_header;
    QTableWidget *m_issues;
    QLabel *m_evidenceLabelA;
    QLabel *m_evidenceLabelB;
    QPlainTextEdit *m_evidenceA;
    QPlainTextEdit *m_evidenceB;
    QLabel *m_wordingsLabel;
    QLabel *m_wordings;
    QPushButton *m_export;
};
