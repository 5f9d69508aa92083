#include "window/pairsexporter.h"

#include "document/briefingdocument.h"
#include "format/tmxwriter.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

PairsExporter::PairsExporter(const BriefingDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_action(new QAction(window))
{
    m_action->setObjectName(u"exportPairsAction"_s);
    connect(m_action, &QAction::triggered, this, &PairsExporter::exportPairs);
    retranslateUi();
}

void PairsExporter::retranslateUi()
{
    m_action->setText(tr("Export Aligned Pairs as &TMX…"));
    m_action->setStatusTip(
        tr("Save the passage pairs as a TMX translation memory for translation tools"));
}

QString PairsExporter::exportTo(const QString &path) const
{
    return TmxWriter::save(m_document->briefing(), path, QCoreApplication::applicationVersion());
}

void PairsExporter::exportPairs()
{
    // Beside the briefing, under its name, when it is a file.
    const QFileInfo file(m_document->location().path());
    const QString suggested = m_document->location().isFile()
        ? file.dir().filePath(file.completeBaseName() + u".tmx"_s)
        : QDir::home().filePath(u"pairs.tmx"_s);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Aligned Pairs"), suggested, tr("TMX translation memory (*.tmx)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty()) {
        QMessageBox box(
            QMessageBox::Warning, tr("Could Not Export Pairs"),
            tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), error),
            QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    Q_EMIT statusMessage(tr("Pairs saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}
