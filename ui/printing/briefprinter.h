#pragma once

#include "model/briefing.h"

#include <QObject>
#include <QPageSize>
#include <QPointer>

class QPrinter;
class QWidget;

// File › Export Brief as PDF…, Print… and Print Preview…: all three compose the same brief
// and paint it through paintBrief(), so what is previewed is what prints and exports.
class BriefPrinter final : public QObject
{
    Q_OBJECT

public:
    explicit BriefPrinter(QWidget *window);

    void setBriefing(const Briefing &briefing, const QString &filePath,
                     const QString &sourceDigest);
    void setIssue(int issue) { m_issue = issue; }
    void setInterfaceLanguage(const QString &language) { m_interfaceLanguage = language; }

    void exportPdf();
    void print();
    void printPreview();

    // For tests: writes the brief the dialog would, without asking.
    QString exportTo(const QString &path, const QString &language, const QPageSize &pageSize);

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    void paintOn(QPrinter *printer, const QString &language);

    QWidget *m_window;
    Briefing m_briefing;
    QString m_filePath;
    QString m_digest;
    int m_issue = -1;
    QString m_interfaceLanguage = QStringLiteral("en");
};
