#include "printing/exportbriefdialog.h"

#include "brief/briefoptions.h"
#include "model/languagenames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

ExportBriefDialog::ExportBriefDialog(const QStringList &languages, const QString &issueTitle,
                                     QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_scope(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_pageSizeLabel(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_issueTitle(issueTitle)
    , m_purpose(purpose)
{
    setObjectName(u"exportBriefDialog"_s);
    for (const QString &language : languages)
        m_language->addItem(LanguageNames::nativeName(language), language);
    m_language->setObjectName(u"briefLanguage"_s);
    m_pageSize->addItem(QString(), int(QPageSize::A4));
    m_pageSize->addItem(QString(), int(QPageSize::Letter));
    m_pageSize->setObjectName(u"briefPageSize"_s);
    const QPageSize paper = BriefOptions::defaultPageSize(QLocale::system());
    m_pageSize->setCurrentIndex(paper.id() == QPageSize::Letter ? 1 : 0);
    m_scope->setTextFormat(Qt::PlainText); // may quote an issue title from the document
    m_scope->setWordWrap(true);
    m_languageLabel->setBuddy(m_language);
    m_pageSizeLabel->setBuddy(m_pageSize);

    auto *form = new QFormLayout(this);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_pageSizeLabel, m_pageSize);
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_buttons);
    // The print dialog has its own choice of paper.
    form->setRowVisible(m_pageSize, purpose == Purpose::Export);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString ExportBriefDialog::language() const
{
    return m_language->currentData().toString();
}

QPageSize ExportBriefDialog::pageSize() const
{
    return QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
}

void ExportBriefDialog::retranslateUi()
{
    const bool printing = m_purpose == Purpose::Print;
    setWindowTitle(printing ? tr("Print Brief") : tr("Export Brief as PDF"));
    m_languageLabel->setText(tr("&Language of the brief:"));
    m_pageSizeLabel->setText(tr("&Paper:"));
    m_scopeLabel->setText(tr("Key passages:"));
    m_scope->setText(m_issueTitle.isEmpty()
                         ? tr("The evidence of every issue", "issue: a topic of the talks")
                         : tr("The evidence of “%1”", "%1: the selected issue").arg(m_issueTitle));
    m_buttons->button(QDialogButtonBox::Ok)->setText(printing ? tr("&Print…") : tr("&Export…"));
    m_pageSize->setItemText(0, tr("A4 (210 × 297 mm)", "paper size"));
    m_pageSize->setItemText(1, tr("US Letter (8.5 × 11 in)", "paper size"));
}

void ExportBriefDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
