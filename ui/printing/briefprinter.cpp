#include "printing/briefprinter.h"

#include "brief/brief.h"
#include "brief/briefexport.h"
#include "printing/exportbriefdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

BriefPrinter::BriefPrinter(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void BriefPrinter::setBriefing(const Briefing &briefing, const QString &filePath,
                               const QString &sourceDigest)
{
    m_briefing = briefing;
    m_filePath = filePath;
    m_digest = sourceDigest;
    m_issue = -1;
}

QString BriefPrinter::exportTo(const QString &path, const QString &language,
                               const QPageSize &pageSize)
{
    const BriefOptions options = BriefExport::options(language, pageSize, m_issue, m_digest);
    return writeBriefPdf(composeBrief(m_briefing, options), options, m_briefing, path);
}

void BriefPrinter::exportPdf()
{
    const QString issueTitle = m_issue >= 0 && m_issue < m_briefing.issues().size()
        ? m_briefing.issues().at(m_issue).title.preferred({m_interfaceLanguage})
        : QString();
    auto *dialog = new ExportBriefDialog(BriefExport::languagesFor(m_briefing, m_interfaceLanguage),
                                         issueTitle, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString language = dialog->language();
        const QPageSize pageSize = dialog->pageSize();
        // Suggest a name next to the briefing, else in Documents.
        const QFileInfo source(m_filePath);
        const QString folder = m_filePath.startsWith(u':') || m_filePath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : source.absolutePath();
        const QString base = m_filePath.startsWith(u':') || m_filePath.isEmpty()
            ? u"brief"_s
            : source.completeBaseName();
        auto *save =
            new QFileDialog(m_window, tr("Export Brief as PDF"),
                            folder + u'/' + base + u"-brief.pdf"_s, tr("PDF documents (*.pdf)"));
        save->setAcceptMode(QFileDialog::AcceptSave);
        save->setDefaultSuffix(u"pdf"_s);
        save->setAttribute(Qt::WA_DeleteOnClose);
        connect(save, &QFileDialog::fileSelected, this,
                [this, language, pageSize](const QString &path) {
                    if (const QString error = exportTo(path, language, pageSize); !error.isEmpty())
                        Q_EMIT failed(
                            tr("Could not write “%1”: %2").arg(QFileInfo(path).fileName(), error));
                    else
                        Q_EMIT exported(path);
                });
        save->open();
    });
    dialog->open();
}

void BriefPrinter::paintOn(QPrinter *printer, const QString &language)
{
    // The brief is composed for the printer's paper, then painted into its printable area.
    const BriefOptions options =
        BriefExport::options(language, printer->pageLayout().pageSize(), m_issue, m_digest);
    const BriefLayout layout = composeBrief(m_briefing, options);
    QPainter painter(printer);
    paintBrief(painter, layout, QRectF(0, 0, printer->width(), printer->height()));
}

void BriefPrinter::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(BriefExport::defaultPageSize(QLocale::system()));
    printer->setDocName(m_briefing.title().preferred({m_interfaceLanguage}));
    auto *dialog = new QPrintDialog(printer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The brief is always exactly one page: no page range to choose.
    dialog->setOption(QAbstractPrintDialog::PrintPageRange, false);
    connect(dialog, qOverload<>(&QDialog::accepted), this,
            [this, printer] { paintOn(printer, m_interfaceLanguage); });
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    dialog->open();
}

void BriefPrinter::printPreview()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(BriefExport::defaultPageSize(QLocale::system()));
    auto *dialog = new QPrintPreviewDialog(printer, m_window);
    dialog->setObjectName(u"briefPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // paintRequested may come more than once (page setup changes): paint afresh each time.
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { paintOn(target, m_interfaceLanguage); });
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    dialog->resize(m_window->size() * 0.9);
    dialog->open();
}
