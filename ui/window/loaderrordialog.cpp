#include "window/loaderrordialog.h"

#include "widgets/plaintext.h"

#include <QEvent>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxDiagnosticsShown = 12;
}

LoadErrorDialog::LoadErrorDialog(const QString &path, const Diagnostics &diagnostics,
                                 QWidget *parent)
    : QMessageBox(parent)
    , m_path(path)
    , m_diagnostics(diagnostics)
{
    setObjectName(u"loadErrorDialog"_s);
    setIcon(QMessageBox::Warning);
    setStandardButtons(QMessageBox::Ok);
    // File names and diagnostics quote the document: never interpret them as HTML.
    PlainText::makePlain(this);
    setWindowModality(Qt::WindowModal);
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    setDetailedText(lines.join(u'\n'));
    retranslateUi();
}

void LoadErrorDialog::retranslateUi()
{
    setWindowTitle(tr("Could Not Open Briefing"));
    setText(tr("“%1” could not be opened. The briefing you were reading stays open.")
                .arg(QFileInfo(m_path).fileName()));
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_diagnostics.size(), maxDiagnosticsShown); ++i)
        shown.append(m_diagnostics.at(i).toString());
    if (m_diagnostics.size() > maxDiagnosticsShown)
        shown.append(tr("… and %n more problem(s).", nullptr,
                        int(m_diagnostics.size() - maxDiagnosticsShown)));
    PlainText::setInformativeText(this, shown.join(u'\n'));
}

void LoadErrorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMessageBox::changeEvent(event);
}
