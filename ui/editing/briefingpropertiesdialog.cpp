#include "editing/briefingpropertiesdialog.h"

#include "document/briefingedits.h"
#include "editing/languagefields.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {
QDate noDate()
{
    return QDate(1900, 1, 1);
}
} // namespace

BriefingPropertiesDialog::BriefingPropertiesDialog(const Briefing &briefing, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_languages(LanguageFields::editable(briefing, parent ? parent : this))
    , m_form(new QFormLayout(this))
    , m_date(new QDateEdit(this))
    , m_sourceName(new QLineEdit(this))
    , m_sourceUrl(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"briefingPropertiesDialog"_s);
    for (const QString &language : std::as_const(m_languages)) {
        auto *title = new QLineEdit(briefing.title().text(language), this);
        title->setCursorPosition(0); // show how a long title begins, not how it ends
        title->setObjectName(u"title-"_s + language);
        m_titles.append(title);
    }
    for (const QString &language : std::as_const(m_languages)) {
        auto *summary = new QPlainTextEdit(this);
        summary->setPlainText(briefing.summary().text(language));
        summary->setObjectName(u"summary-"_s + language);
        summary->setTabChangesFocus(true);
        summary->setMaximumHeight(summary->fontMetrics().lineSpacing() * 4);
        m_summaries.append(summary);
    }
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    // The earliest date stands for "none" (QDateEdit's special value text): an imported
    // briefing may have no date, and the dialog must not give it today's.
    m_date->setMinimumDate(noDate());
    m_date->setDate(briefing.date().isValid() ? briefing.date() : noDate());
    m_sourceName->setText(briefing.source().name);
    m_sourceUrl->setText(briefing.source().url.toString());
    m_sourceUrl->setPlaceholderText(u"https://"_s);
    // Labels are made here (an empty text would make QFormLayout make none) and get their
    // text in retranslateUi().
    QList<QWidget *> fields;
    for (QLineEdit *title : std::as_const(m_titles))
        fields.append(title);
    for (QPlainTextEdit *summary : std::as_const(m_summaries))
        fields.append(summary);
    fields << m_date << m_sourceName << m_sourceUrl;
    for (QWidget *field : std::as_const(fields)) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(m_buttons);
    // Tab goes down the form and the first title has the focus: the date, source and address
    // fields were made first (in the constructor's initialiser list), and the focus chain
    // follows the order widgets are made in.
    fields.append(m_buttons);
    for (qsizetype i = 1; i < fields.size(); ++i)
        QWidget::setTabOrder(fields.at(i - 1), fields.at(i));
    fields.first()->setFocus();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
    retranslateUi();
}

BriefingData BriefingPropertiesDialog::edited() const
{
    LocalizedText title = m_briefing.title();
    LocalizedText summary = m_briefing.summary();
    for (int i = 0; i < m_languages.size(); ++i) {
        const QString &language = m_languages.at(i);
        title = LanguageFields::withText(title, m_briefing, language, m_titles.at(i)->text());
        summary = LanguageFields::withText(summary, m_briefing, language,
                                           m_summaries.at(i)->toPlainText());
    }
    BriefingData result = BriefingEdits::setTitle(m_briefing.data(), title);
    result = BriefingEdits::setSummary(result, summary);
    result = BriefingEdits::setDate(result, m_date->date() == noDate() ? QDate() : m_date->date());
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
    for (int i = 0; i < m_languages.size(); ++i) {
        label(m_titles.at(i))
            ->setText(LanguageFields::label(tr("Title (%1):", "%1: a language, named in itself"),
                                            m_languages.at(i)));
        label(m_summaries.at(i))
            ->setText(LanguageFields::label(
                tr("Bottom line (%1):", "%1: a language, named in itself"), m_languages.at(i)));
    }
    label(m_date)->setText(tr("Date:"));
    m_date->setSpecialValueText(tr("None", "no date"));
    label(m_sourceName)->setText(tr("Source:"));
    label(m_sourceUrl)->setText(tr("Source address:"));
}

void BriefingPropertiesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
