#include "editing/briefingpropertiesdialog.h"

#include "document/briefingedits.h"
#include "reading/textpane.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

BriefingPropertiesDialog::BriefingPropertiesDialog(const Briefing &briefing, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_form(new QFormLayout(this))
    , m_title{new QLineEdit(this), new QLineEdit(this)}
    , m_summary{new QPlainTextEdit(this), new QPlainTextEdit(this)}
    , m_date(new QDateEdit(this))
    , m_sourceName(new QLineEdit(this))
    , m_sourceUrl(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"briefingPropertiesDialog"_s);
    for (int slot = 0; slot < 2; ++slot) {
        const QString language = briefing.languages()[std::size_t(slot)];
        m_title[slot]->setText(briefing.title().text(language));
        m_title[slot]->setObjectName(u"title-"_s + language);
        m_summary[slot]->setPlainText(briefing.summary().text(language));
        m_summary[slot]->setObjectName(u"summary-"_s + language);
        m_summary[slot]->setTabChangesFocus(true);
        m_summary[slot]->setMaximumHeight(m_summary[slot]->fontMetrics().lineSpacing() * 4);
    }
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(briefing.date().isValid() ? briefing.date() : QDate::currentDate());
    m_sourceName->setText(briefing.source().name);
    m_sourceUrl->setText(briefing.source().url.toString());
    m_sourceUrl->setPlaceholderText(u"https://"_s);
    // Labels are made here (an empty text would make QFormLayout make none) and get their
    // text in retranslateUi().
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_title[0], m_title[1], m_summary[0], m_summary[1],
                                          m_date, m_sourceName, m_sourceUrl}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
    retranslateUi();
}

BriefingData BriefingPropertiesDialog::edited() const
{
    LocalizedText title = m_briefing.title();
    LocalizedText summary = m_briefing.summary();
    for (int slot = 0; slot < 2; ++slot) {
        const QString language = m_briefing.languages()[std::size_t(slot)];
        title.insert(language, m_title[slot]->text().trimmed());
        summary.insert(language, m_summary[slot]->toPlainText().trimmed());
    }
    BriefingData result = BriefingEdits::setTitle(m_briefing.data(), title);
    result = BriefingEdits::setSummary(result, summary);
    result = BriefingEdits::setDate(result, m_date->date());
    Source source{m_sourceName->text().trimmed(),
                  QUrl(m_sourceUrl->text().trimmed(), QUrl::StrictMode)};
    if (source.name.isEmpty() && m_sourceUrl->text().trimmed().isEmpty())
        result.source = {};
    else
        result = BriefingEdits::setSource(result, source);
    return result;
}

void BriefingPropertiesDialog::retranslateUi()
{
    setWindowTitle(tr("Briefing Properties"));
    const auto label = [this](QWidget *field) {
        return qobject_cast<QLabel *>(m_form->labelForField(field));
    };
    for (int slot = 0; slot < 2; ++slot) {
        const QString language =
            TextPane::nativeLanguageName(m_briefing.languages()[std::size_t(slot)]);
        label(m_title[slot])
            ->setText(tr("Title (%1):", "%1: a language, named in itself").arg(language));
        label(m_summary[slot])
            ->setText(tr("Bottom line (%1):", "%1: a language, named in itself").arg(language));
    }
    label(m_date)->setText(tr("Date:"));
    label(m_sourceName)->setText(tr("Source:"));
    label(m_sourceUrl)->setText(tr("Source address:"));
}

void BriefingPropertiesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
