#include "window/documentstatus.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"

#include <QEvent>

using namespace Qt::StringLiterals;

DocumentStatus::DocumentStatus(const BriefingDocument *document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
{
    setObjectName(u"documentStatus"_s);
    setTextFormat(Qt::PlainText);
    connect(document, &BriefingDocument::changed, this, &DocumentStatus::refresh);
    connect(document->readingState(), &ReadingState::currentPassageChanged, this,
            &DocumentStatus::refresh);
    refresh();
}

void DocumentStatus::refresh()
{
    const Briefing &briefing = m_document->briefing();
    const int passages = int(briefing.passages().size());
    const int current = m_document->readingState()->currentPassage();
    // Passage numbers are labels, not quantities: no digit grouping in "Passage 1204".
    const QString where = current >= 0
        ? tr("Passage %1 of %2").arg(QString::number(current + 1), QString::number(passages))
        : tr("%n passage(s)", nullptr, passages);
    const QString issues = tr("%n issue(s)", "topics of the talks", int(briefing.issues().size()));
    setText(tr("%1 · %2", "status bar: passages · issues").arg(where, issues));
}

void DocumentStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}
