#include "editing/issueeditordialog.h"

#include "document/briefingedits.h"
#include "reading/textpane.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

IssueEditorDialog::IssueEditorDialog(const Briefing &briefing, int issue,
                                     const QStringList &languagePreference, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_issue(issue)
    , m_titleLabel(new QLabel(this))
    , m_positionHeader(new QLabel(this))
    , m_summaryHeader{new QLabel(this), new QLabel(this)}
    , m_title{new QLineEdit(this), new QLineEdit(this)}
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"issueEditorDialog"_s);
    const Issue &edited = briefing.issues().at(issue);
    auto *grid = new QGridLayout;
    grid->addWidget(m_titleLabel, 0, 0);
    for (int slot = 0; slot < 2; ++slot) {
        m_title[slot]->setText(edited.title.text(briefing.languages()[std::size_t(slot)]));
        m_title[slot]->setObjectName(u"issueTitle-"_s + briefing.languages()[std::size_t(slot)]);
        grid->addWidget(m_title[slot], 0, 2 + slot);
        grid->addWidget(m_summaryHeader[slot], 1, 2 + slot);
    }
    grid->addWidget(m_positionHeader, 1, 1);
    for (int side = 0; side < briefing.sides().size(); ++side) {
        SideRow row{
            new QLabel(this), new QComboBox(this), {new QLineEdit(this), new QLineEdit(this)}};
        row.name->setTextFormat(Qt::PlainText); // a side's name is document text
        row.name->setText(briefing.sides().at(side).name.preferred(languagePreference));
        row.position->setObjectName(u"position-"_s + briefing.sides().at(side).id);
        for (int p = 0; p < StancePositions::count; ++p)
            row.position->addItem(QString(), p);
        const Stance *stance = edited.stanceOf(side);
        row.position->setCurrentIndex(int(stance ? stance->position : StancePosition::None));
        for (int slot = 0; slot < 2; ++slot) {
            if (stance)
                row.summary[slot]->setText(
                    stance->summary.text(briefing.languages()[std::size_t(slot)]));
            grid->addWidget(row.summary[slot], side + 2, 2 + slot);
        }
        grid->addWidget(row.name, side + 2, 0);
        grid->addWidget(row.position, side + 2, 1);
        m_sides.append(row);
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, sizeHint().height());
    retranslateUi();
}

BriefingData IssueEditorDialog::edited() const
{
    LocalizedText title = m_briefing.issues().at(m_issue).title;
    for (int slot = 0; slot < 2; ++slot)
        title.insert(m_briefing.languages()[std::size_t(slot)], m_title[slot]->text().trimmed());
    BriefingData result = BriefingEdits::renameIssue(m_briefing.data(), m_issue, title);
    for (int side = 0; side < m_sides.size(); ++side) {
        const SideRow &row = m_sides.at(side);
        const Stance *stance = m_briefing.issues().at(m_issue).stanceOf(side);
        LocalizedText summary = stance ? stance->summary : LocalizedText();
        for (int slot = 0; slot < 2; ++slot)
            summary.insert(m_briefing.languages()[std::size_t(slot)],
                           row.summary[slot]->text().trimmed());
        const auto position = StancePosition(row.position->currentData().toInt());
        // A side with no position, summary or evidence needs no stance at all.
        if (!stance && position == StancePosition::None && summary.preferred({}).isEmpty())
            continue;
        result = BriefingEdits::setStance(result, m_issue, side, position, summary);
    }
    return result;
}

void IssueEditorDialog::retranslateUi()
{
    setWindowTitle(tr("Edit Issue", "issue: a topic of the talks"));
    m_titleLabel->setText(tr("Title:"));
    m_positionHeader->setText(tr("Position"));
    for (int slot = 0; slot < 2; ++slot) {
        const QString language =
            TextPane::nativeLanguageName(m_briefing.languages()[std::size_t(slot)]);
        m_summaryHeader[slot]->setText(
            tr("Stance summary (%1)", "%1: a language, named in itself").arg(language));
    }
    for (const SideRow &row : m_sides) {
        for (int p = 0; p < StancePositions::count; ++p) {
            const auto position = StancePosition(p);
            row.position->setItemText(
                p, StancePositions::symbol(position) + u' ' + StancePositions::label(position));
        }
    }
}

void IssueEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
