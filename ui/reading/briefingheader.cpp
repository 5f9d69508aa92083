#include "reading/briefingheader.h"

#include "document/briefingdocument.h"
#include "widgets/languagepreference.h"
#include "widgets/plaintext.h"
#include "widgets/wrappedlabel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BriefingHeader::BriefingHeader(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new WrappedLabel(this))
    , m_subtitle(new WrappedLabel(this))
    , m_details(new WrappedLabel(this))
    , m_source(new QToolButton(this))
    , m_summary(new WrappedLabel(this))
{
    setObjectName(u"briefingHeader"_s);
    m_title->setObjectName(u"briefingTitle"_s);
    m_summary->setObjectName(u"briefingSummary"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_source->setAutoRaise(true);
    m_source->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_source->setCursor(Qt::PointingHandCursor);
    connect(m_source, &QToolButton::clicked, this, &BriefingHeader::openSource);

    auto *detailsRow = new QHBoxLayout;
    detailsRow->setContentsMargins(0, 0, 0, 0);
    detailsRow->setSpacing(4);
    detailsRow->addWidget(m_details);
    detailsRow->addWidget(m_source);
    detailsRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(detailsRow);
    layout->addSpacing(4);
    layout->addWidget(m_summary);

    connect(m_document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(DocumentChange::Properties))
            retranslateUi();
    });
    retranslateUi();
}

void BriefingHeader::retranslateUi()
{
    const Briefing &briefing = m_document->briefing();
    const QStringList languages = languagePreference(this);
    const QString title = briefing.title().preferred(languages);
    m_title->setText(title);
    // The title in the briefing's other languages, for the reader who reads both.
    QStringList others;
    for (const QString &language : briefing.languages()) {
        const QString text = briefing.title().text(language);
        if (!text.isEmpty() && text != title)
            others.append(text);
    }
    m_subtitle->setText(others.join(u" · "_s));
    m_subtitle->setVisible(!others.isEmpty());

    // An imported briefing whose copy stated no date has none (docs/briefing-format.md).
    const QString date = briefing.date().isValid()
        ? locale().toString(briefing.date(), QLocale::LongFormat)
        : QString();
    m_details->setText(date);
    m_details->setVisible(!date.isEmpty());
    const Source &source = briefing.source();
    m_source->setVisible(!source.name.isEmpty());
    m_source->setText(PlainText::withoutMnemonic(source.name));
    const bool opensLink = source.url.scheme() == u"https"_s;
    m_source->setEnabled(opensLink || source.name.isEmpty());
    // Rich text, so the escaped address shows as written (a plain tool tip would show "&amp;").
    const QString opens = opensLink
        ? tr("Open the source in your web browser: %1").arg(source.url.toDisplayString())
        : QString();
    m_source->setToolTip(opensLink ? u"<p>"_s + opens.toHtmlEscaped() + u"</p>"_s : QString());
    // Screen readers take the description as plain text; unset, Qt would hand them the
    // tool tip's markup.
    m_source->setAccessibleDescription(opens);
    const QString summary = briefing.summary().preferred(languages);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void BriefingHeader::openSource()
{
    // Only on the reader's click, and only https: the app never goes online by itself.
    const QUrl url = m_document->briefing().source().url;
    if (url.scheme() == u"https"_s)
        QDesktopServices::openUrl(url);
}

void BriefingHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
