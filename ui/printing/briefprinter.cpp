#include "printing/briefprinter.h"

#include "brief/briefcomposer.h"
#include "brief/briefrenderer.h"
#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "model/languagenames.h"
#include "printing/exportbriefdialog.h"
#include "widgets/deferredicon.h"
#include "widgets/languagepreference.h"
#include "widgets/shortcuts.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

using namespace Qt::StringLiterals;

BriefPrinter::BriefPrinter(const BriefingDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_export(new QAction(window))
    , m_print(new QAction(window))
    , m_preview(new QAction(window))
{
    m_export->setObjectName(u"exportBriefAction"_s);
    m_export->setIcon(DeferredIcon::themed(u"document-export"_s, QStyle::SP_DialogSaveButton));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &BriefPrinter::exportPdf);
    m_print->setObjectName(u"printBriefAction"_s);
    m_print->setIcon(DeferredIcon::themed(u"document-print"_s, QStyle::SP_FileIcon));
    m_print->setShortcuts(standardShortcuts(QKeySequence::Print));
    connect(m_print, &QAction::triggered, this, &BriefPrinter::print);
    m_preview->setObjectName(u"printPreviewAction"_s);
    m_preview->setIcon(
        DeferredIcon::themed(u"document-print-preview"_s, QStyle::SP_FileDialogContentsView));
    connect(m_preview, &QAction::triggered, this, &BriefPrinter::printPreview);
    for (QAction *action : {m_export, m_print, m_preview})
        window->addAction(action);
    retranslateUi();
}

void BriefPrinter::retranslateUi()
{
    m_export->setText(tr("&Export Brief as PDF…"));
    m_export->setToolTip(tr("Save a one-page brief of this briefing as a PDF file"));
    m_print->setText(tr("&Print Brief…"));
    m_preview->setText(tr("Print Pre&view…"));
}

QString BriefPrinter::interfaceLanguage() const
{
    return languagePreference(m_window).value(0, u"en"_s);
}

QString BriefPrinter::exportTo(const QString &path, const QString &language,
                               const QPageSize &pageSize)
{
    const Briefing &briefing = m_document->briefing();
    const BriefOptions options = optionsFor(language, pageSize);
    return writeBriefPdf(composeBrief(briefing, options), options, briefing, path);
}

BriefOptions BriefPrinter::optionsFor(const QString &language, const QPageSize &pageSize) const
{
    BriefOptions options =
        BriefOptions::forLanguage(language, pageSize, m_document->readingState()->selectedIssue(),
                                  m_document->sourceDigest());
    if (m_timelines)
        options.timelines = m_timelines(m_document->briefing());
    return options;
}

void BriefPrinter::exportPdf()
{
    const Briefing &briefing = m_document->briefing();
    const int issue = m_document->readingState()->selectedIssue();
    const QString issueTitle =
        issue >= 0 ? briefing.issues().at(issue).title.preferred({interfaceLanguage()}) : QString();
    auto *dialog = new ExportBriefDialog(BriefOptions::languagesFor(briefing, interfaceLanguage()),
                                         issueTitle, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString language = dialog->language();
        const QPageSize pageSize = dialog->pageSize();
        // Suggest a name next to the briefing, else in Documents.
        const DocumentLocation &location = m_document->location();
        const QString suggested = location.folder() + u'/' + location.baseName(u"brief"_s)
            + (location.isFile() ? u"-brief.pdf"_s : u".pdf"_s);
        auto *save = new QFileDialog(m_window, tr("Export Brief as PDF"), suggested,
                                     tr("PDF documents (*.pdf)"));
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
    const BriefOptions options = optionsFor(language, printer->pageLayout().pageSize());
    const BriefLayout layout = composeBrief(m_document->briefing(), options);
    QPainter painter(printer);
    paintBrief(painter, layout, QRectF(0, 0, printer->width(), printer->height()));
}

void BriefPrinter::print()
{
    // First the brief's language (any the briefing has), then the printer and its paper.
    auto *choice = new ExportBriefDialog(
        BriefOptions::languagesFor(m_document->briefing(), interfaceLanguage()),
        selectedIssueTitle(), m_window, ExportBriefDialog::Purpose::Print);
    choice->setAttribute(Qt::WA_DeleteOnClose);
    connect(choice, &QDialog::accepted, this, [this, choice] {
        const QString language = choice->language();
        auto *printer = new QPrinter(QPrinter::HighResolution);
        printer->setPageSize(BriefOptions::defaultPageSize(QLocale::system()));
        printer->setDocName(m_document->briefing().title().preferred({language}));
        auto *dialog = new QPrintDialog(printer, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The brief is always exactly one page: no page range to choose.
        dialog->setOption(QAbstractPrintDialog::PrintPageRange, false);
        connect(dialog, qOverload<>(&QDialog::accepted), this,
                [this, printer, language] { paintOn(printer, language); });
        connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
        dialog->open();
    });
    choice->open();
}

void BriefPrinter::printPreview()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(BriefOptions::defaultPageSize(QLocale::system()));
    auto *dialog = new QPrintPreviewDialog(printer, m_window);
    dialog->setObjectName(u"briefPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The brief's language, beside the preview's own tools: any the briefing has.
    auto *language = new QComboBox(dialog);
    language->setObjectName(u"briefLanguage"_s);
    language->setToolTip(tr("Language of the brief"));
    for (const QString &code :
         BriefOptions::languagesFor(m_document->briefing(), interfaceLanguage()))
        language->addItem(LanguageNames::nativeName(code), code);
    if (auto *tools = dialog->findChild<QToolBar *>()) {
        tools->addSeparator();
        tools->addWidget(language);
    }
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    connect(language, &QComboBox::currentIndexChanged, dialog, [preview] {
        if (preview)
            preview->updatePreview();
    });
    // paintRequested may come more than once (page setup changes): paint afresh each time.
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, language](QPrinter *target) {
        paintOn(target, language->currentData().toString());
    });
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    dialog->resize(m_window->size() * 0.9);
    dialog->open();
}

QString BriefPrinter::selectedIssueTitle() const
{
    const int issue = m_document->readingState()->selectedIssue();
    return issue >= 0
        ? m_document->briefing().issues().at(issue).title.preferred({interfaceLanguage()})
        : QString();
}
