#pragma once

#include <QObject>
#include <QPageSize>

class BriefingDocument;
class QAction;
class QPrinter;
class QWidget;

// File › Export Brief as PDF…, Print Brief… and Print Preview…: all three compose the same
// brief of the open briefing (the selected issue's key passages, else every issue's) and
// paint it through paintBrief(), so what is previewed is what prints and exports.
class BriefPrinter final : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs; its locale names the interface language.
    BriefPrinter(const BriefingDocument *document, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    void retranslateUi();

    void exportPdf();
    void print();
    void printPreview();

    // Writes the brief the export dialog would, without asking; returns the error or empty.
    QString exportTo(const QString &path, const QString &language, const QPageSize &pageSize);

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    QString interfaceLanguage() const;
    QString selectedIssueTitle() const;
    void paintOn(QPrinter *printer, const QString &language);

    const BriefingDocument *m_document;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_print;
    QAction *m_preview;
};
