#include "editing/issueeditordialog.h"

#include "document/briefingedits.h"
#include "editing/languagefields.h"
#include "model/languagenames.h"
#include "widgets/languagepreference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int firstLanguageColumn = 2;
}

IssueEditorDialog::IssueEditorDialog(const Briefing &briefing, int issue, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_issue(issue)
    , m_languages(LanguageFields::editable(briefing, parent ? parent : this))
    , m_titleLabel(new QLabel(this))
    , m_positionHeader(new QLabel(this))
    , m_noSides(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"issueEditorDialog"_s);
    const Issue &edited = briefing.issues().at(issue);
    auto *grid = new QGridLayout;
    // Row 0 names each column's language, row 1 holds the titles, row 2 the stance headings,
    // then a row per side.
    grid->addWidget(m_titleLabel, 1, 0);
    for (int column = 0; column < m_languages.size(); ++column) {
        const QString &language = m_languages.at(column);
        auto *name = new QLabel(LanguageNames::nativeName(language), this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_languageHeaders.append(name);
        grid->addWidget(name, 0, firstLanguageColumn + column);
        auto *title = new QLineEdit(edited.title.text(language), this);
        title->setCursorPosition(0); // show how a long text begins, not how it ends
        title->setPlaceholderText(LanguageNames::nativeName(language));
        title->setObjectName(u"issueTitle-"_s + language);
        m_titles.append(title);
        grid->addWidget(title, 1, firstLanguageColumn + column);
        auto *header = new QLabel(this);
        m_summaryHeaders.append(header);
        grid->addWidget(header, 2, firstLanguageColumn + column);
        grid->setColumnStretch(firstLanguageColumn + column, 1);
    }
    m_titleLabel->setBuddy(m_titles.value(0));
    grid->addWidget(m_positionHeader, 2, 1);
    const QStringList preference = languagePreference(parent ? parent : this);
    for (int side = 0; side < briefing.sides().size(); ++side) {
        SideRow row{new QLabel(this), new QComboBox(this), {}};
        row.name->setTextFormat(Qt::PlainText); // a side's name is document text
        row.name->setText(briefing.sides().at(side).name.preferred(preference));
        row.position->setObjectName(u"position-"_s + briefing.sides().at(side).id);
        for (int p = 0; p < StancePositions::count; ++p)
            row.position->addItem(QString(), p);
        const Stance *stance = edited.stanceOf(side);
        row.position->setCurrentIndex(int(stance ? stance->position : StancePosition::None));
        for (int column = 0; column < m_languages.size(); ++column) {
            auto *summary = new QLineEdit(this);
            if (stance)
                summary->setText(stance->summary.text(m_languages.at(column)));
            summary->setCursorPosition(0);
            summary->setObjectName(
                u"summary-%1-%2"_s.arg(briefing.sides().at(side).id, m_languages.at(column)));
            row.summaries.append(summary);
            grid->addWidget(summary, side + 3, firstLanguageColumn + column);
        }
        grid->addWidget(row.name, side + 3, 0);
        grid->addWidget(row.position, side + 3, 1);
        m_sides.append(row);
    }
    // Without sides there are no stances to edit: say where sides come from.
    const bool noSides = briefing.sides().isEmpty();
    m_noSides->setObjectName(u"noSidesHint"_s);
    m_noSides->setWordWrap(true);
    m_noSides->setVisible(noSides);
    m_positionHeader->setVisible(!noSides);
    for (QLabel *header : std::as_const(m_summaryHeaders))
        header->setVisible(!noSides);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_noSides);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(std::max(860, 320 * int(m_languages.size()) + 260), sizeHint().height());
}

void IssueEditorDialog::askForTitle()
{
    m_newIssue = true;
    retranslateUi();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] {
        ok->setEnabled(std::any_of(m_titles.cbegin(), m_titles.cend(), [](const QLineEdit *title) {
            return !title->text().trimmed().isEmpty();
        }));
    };
    for (QLineEdit *title : std::as_const(m_titles)) {
        title->clear();
        connect(title, &QLineEdit::textChanged, this, update);
    }
    update();
    // The interface language's column first, if the briefing has it.
    const QStringList preference = languagePreference(this);
    const qsizetype own = m_languages.indexOf(preference.value(0));
    m_titles.value(own >= 0 ? own : 0)->setFocus();
}

BriefingData IssueEditorDialog::edited() const
{
    LocalizedText title = m_briefing.issues().at(m_issue).title;
    for (int column = 0; column < m_languages.size(); ++column)
        title = LanguageFields::withText(title, m_briefing, m_languages.at(column),
                                         m_titles.at(column)->text());
    BriefingData result = BriefingEdits::renameIssue(m_briefing.data(), m_issue, title);
    for (int side = 0; side < m_sides.size(); ++side) {
        const SideRow &row = m_sides.at(side);
        const Stance *stance = m_briefing.issues().at(m_issue).stanceOf(side);
        LocalizedText summary = stance ? stance->summary : LocalizedText();
        for (int column = 0; column < m_languages.size(); ++column)
            summary = LanguageFields::withText(summary, m_briefing, m_languages.at(column),
                                               row.summaries.at(column)->text());
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
    setWindowTitle(m_newIssue ? tr("New Issue", "issue: a topic of the talks")
                              : tr("Edit Issue", "issue: a topic of the talks"));
    m_titleLabel->setText(tr("&Title:"));
    m_positionHeader->setText(tr("Position"));
    m_noSides->setText(tr("This briefing has no sides yet, so there are no stances to edit. Add "
                          "the sides with Edit › Sides…, then come back here."));
    for (int column = 0; column < m_languages.size(); ++column) {
        m_summaryHeaders.at(column)->setText(LanguageFields::label(
            tr("Stance summary (%1)", "%1: a language, named in itself"), m_languages.at(column)));
        m_titles.at(column)->setAccessibleName(LanguageFields::label(
            tr("Title (%1)", "%1: a language, named in itself"), m_languages.at(column)));
    }
    for (const SideRow &row : std::as_const(m_sides)) {
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
