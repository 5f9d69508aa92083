#include "editing/splitpassagedialog.h"

#include "model/languagenames.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int keepWithFirst = 0;
constexpr int moveToSecond = 1;
constexpr int firstSentenceChoice = 2;
constexpr qsizetype quoteLength = 60;

// The end of a text, as much as fits a radio button's line.
QString tail(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= quoteLength)
        return simplified;
    qsizetype cut = simplified.size() - quoteLength;
    if (simplified.at(cut).isLowSurrogate())
        ++cut;
    return u'\u2026' + simplified.mid(cut);
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // passages are document text
    label->setWordWrap(true);
    return label;
}
} // namespace

SplitPassageDialog::SplitPassageDialog(const Briefing &briefing, int passage,
                                       const PassageSplit::Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_passage(passage)
    , m_plan(plan)
    , m_question(plainLabel(this))
    , m_firstPart(plainLabel(this))
    , m_secondPart(plainLabel(this))
    , m_firstCaption(new QLabel(this))
    , m_secondCaption(new QLabel(this))
    , m_choices(new QButtonGroup(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"splitPassageDialog"_s);
    const QString &text = briefing.passages().at(passage).text[std::size_t(plan.slot)];
    const int cut = plan.cuts[std::size_t(plan.slot)];
    m_firstPart->setText(text.left(cut).trimmed());
    m_secondPart->setText(text.mid(cut).trimmed());
    m_firstPart->setObjectName(u"firstPart"_s);
    m_secondPart->setObjectName(u"secondPart"_s);
    QFont quoted = m_firstPart->font();
    quoted.setItalic(true);
    m_firstPart->setFont(quoted);
    m_secondPart->setFont(quoted);

    auto *options = new QVBoxLayout;
    for (int choice = 0; choice < choiceCount(); ++choice) {
        auto *button = new QRadioButton(this);
        button->setObjectName(u"choice%1"_s.arg(choice));
        m_choices->addButton(button, choice);
        options->addWidget(button);
    }
    m_choices->button(keepWithFirst)->setChecked(true);

    auto *parts = new QFormLayout;
    parts->addRow(m_firstCaption, m_firstPart);
    parts->addRow(m_secondCaption, m_secondPart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(parts);
    layout->addSpacing(6);
    layout->addLayout(options);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

int SplitPassageDialog::choiceCount() const
{
    return firstSentenceChoice + int(m_plan.otherSentenceStarts.size());
}

void SplitPassageDialog::choose(int choice)
{
    if (QAbstractButton *button = m_choices->button(choice))
        button->setChecked(true);
}

PassageSplit::Plan SplitPassageDialog::chosen() const
{
    PassageSplit::Plan plan = m_plan;
    const std::size_t other = std::size_t(1 - m_plan.slot);
    const QString &text = m_briefing.passages().at(m_passage).text[other];
    const int choice = m_choices->checkedId();
    if (choice == moveToSecond)
        plan.cuts[other] = 0;
    else if (choice >= firstSentenceChoice)
        plan.cuts[other] = m_plan.otherSentenceStarts.at(choice - firstSentenceChoice);
    else
        plan.cuts[other] = int(text.size());
    return plan;
}

void SplitPassageDialog::retranslateUi()
{
    setWindowTitle(tr("Split Passage"));
    const std::size_t other = std::size_t(1 - m_plan.slot);
    const QString language =
        LanguageNames::nativeName(m_briefing.languages()[std::size_t(m_plan.slot)]);
    const QString otherLanguage = LanguageNames::nativeName(m_briefing.languages()[other]);
    m_question->setText(tr("Passage %1 is split in %2 as shown below, but no matching point was "
                           "found in its %3 text. Where should the %3 text go?",
                           "%1: passage number, %2 and %3: languages named in themselves")
                            .arg(m_passage + 1)
                            .arg(language, otherLanguage));
    m_firstCaption->setText(tr("First part:", "of the passage being split"));
    m_secondCaption->setText(tr("Second part:", "of the passage being split"));
    m_choices->button(keepWithFirst)
        ->setText(tr("All of it stays with the first part", "the other language's text"));
    m_choices->button(moveToSecond)
        ->setText(tr("All of it goes to the second part", "the other language's text"));
    const QString &text = m_briefing.passages().at(m_passage).text[other];
    for (int i = 0; i < m_plan.otherSentenceStarts.size(); ++i) {
        const int start = m_plan.otherSentenceStarts.at(i);
        // Document text on a button: an "&" would become a mnemonic.
        const QString before = tail(text.left(start)).replace(u'&', u"&&"_s);
        m_choices->button(firstSentenceChoice + i)
            ->setText(tr("Split it after “%1”",
                         "the other language's text; %1: its words "
                         "before the split")
                          .arg(before));
    }
}

void SplitPassageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
