#include "editing/termactions.h"

#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "editing/termdialog.h"
#include "terms/glossary.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

TermActions::TermActions(BriefingDocument *document, QWidget *window,
                         std::function<QString()> selectedWords)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_selectedWords(std::move(selectedWords))
    , m_addTerm(new QAction(this))
{
    m_addTerm->setObjectName(u"addTermAction"_s);
    m_addTerm->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_addTerm, &QAction::triggered, this, &TermActions::addTerm);
    retranslateUi();
}

void TermActions::retranslateUi()
{
    m_addTerm->setText(tr("Add Term from Sele&ction…", "term: a contested wording"));
    const QString tip = tr("Track the selected words as a wording of a contested term: whose "
                           "wording it is, in which language.");
    m_addTerm->setStatusTip(tip);
    m_addTerm->setToolTip(tip);
}

void TermActions::addTerm()
{
    const Briefing &briefing = m_document->briefing();
    auto *dialog =
        new TermDialog(briefing, Glossary::merged(Glossary::builtIn().terms, briefing.terms()),
                       m_selectedWords ? m_selectedWords() : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TermConcept term = dialog->term();
        if (term.id.isEmpty())
            return;
        const QString wording = term.wordings.isEmpty() ? QString() : term.wordings.last().text;
        if (m_document->apply(tr("Add Term"),
                              BriefingEdits::setTerm(m_document->briefing().data(), term)))
            Q_EMIT statusMessage(tr("“%1” is now tracked as a wording.").arg(wording), 5000);
    });
    dialog->open();
}
