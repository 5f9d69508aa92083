#include "editing/termdialog.h"

#include "document/briefingedits.h"
#include "import/scriptcounts.h"
#include "model/languagenames.h"
#include "widgets/languagepreference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

using namespace Qt::StringLiterals;

QString TermDialog::wordsOnly(const QString &selection)
{
    // A double click takes the quotation mark or the comma next to a word with it.
    QString words = selection.simplified();
    const auto isMark = [](QChar c) {
        return c.isPunct() || c.isSymbol();
    };
    while (!words.isEmpty() && isMark(words.front()))
        words.remove(0, 1);
    while (!words.isEmpty() && isMark(words.back()))
        words.chop(1);
    return words.trimmed();
}

QString TermDialog::guessLanguage(const QString &text)
{
    ScriptCounts counts;
    counts.add(text);
    if (counts.hangul > 0 && counts.hangul >= counts.kana + counts.han)
        return u"ko"_s;
    if (counts.kana + counts.han > 0)
        return u"ja"_s;
    return u"en"_s;
}

TermDialog::TermDialog(const Briefing &briefing, const QList<TermConcept> &concepts,
                       const QString &words, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_concepts(concepts)
    , m_conceptLabel(new QLabel(this))
    , m_concept(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_wordingLabel(new QLabel(this))
    , m_wording(new QLineEdit(wordsOnly(words), this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_sideLabel(new QLabel(this))
    , m_side(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"termDialog"_s);
    m_concept->setObjectName(u"termConcept"_s);
    m_name->setObjectName(u"termName"_s);
    m_wording->setObjectName(u"termWording"_s);
    m_language->setObjectName(u"termLanguage"_s);
    m_side->setObjectName(u"termSide"_s);
    QStringList languages = briefing.languagesInUse();
    for (const QString &language : {u"ko"_s, u"ja"_s, u"en"_s}) {
        if (!languages.contains(language))
            languages.append(language);
    }
    for (const QString &language : std::as_const(languages))
        m_language->addItem(LanguageNames::nativeName(language), language);
    const int guessed = m_language->findData(guessLanguage(words));
    m_language->setCurrentIndex(std::max(guessed, 0));

    auto *form = new QFormLayout(this);
    form->addRow(m_conceptLabel, m_concept);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_wordingLabel, m_wording);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_sideLabel, m_side);
    form->addRow(m_buttons);
    for (QLabel *label :
         {m_conceptLabel, m_nameLabel, m_kindLabel, m_wordingLabel, m_languageLabel, m_sideLabel})
        label->setTextFormat(Qt::PlainText);
    m_conceptLabel->setBuddy(m_concept);
    m_nameLabel->setBuddy(m_name);
    m_kindLabel->setBuddy(m_kind);
    m_wordingLabel->setBuddy(m_wording);
    m_languageLabel->setBuddy(m_language);
    m_sideLabel->setBuddy(m_side);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_concept, &QComboBox::currentIndexChanged, this, &TermDialog::updateFields);
    connect(m_name, &QLineEdit::textChanged, this, &TermDialog::updateFields);
    connect(m_wording, &QLineEdit::textChanged, this, &TermDialog::updateFields);
    retranslateUi();
    // Start on the concept the words already belong to, if any.
    const QString folded = wordsOnly(words).toCaseFolded();
    for (int i = 0; i < m_concepts.size(); ++i) {
        for (const TermWording &wording : m_concepts.at(i).wordings) {
            if (!folded.isEmpty() && wording.text.toCaseFolded() == folded) {
                m_concept->setCurrentIndex(i + 1);
                return;
            }
        }
    }
}

void TermDialog::retranslateUi()
{
    setWindowTitle(tr("Add Term"));
    const QStringList languages = languagePreference(this);
    const int concept_ = std::max(m_concept->currentIndex(), 0);
    const int side = std::max(m_side->currentIndex(), 0);
    const int kind = std::max(m_kind->currentIndex(), 0);
    {
        const QSignalBlocker blocker(m_concept);
        m_concept->clear();
        m_concept->addItem(tr("New concept"), QString());
        for (const TermConcept &term : std::as_const(m_concepts))
            m_concept->addItem(term.label.preferred(languages), term.id);
        m_concept->setCurrentIndex(concept_);
    }
    m_kind->clear();
    m_kind->addItem(tr("Contested wording"));
    m_kind->addItem(tr("Name of a person, place or organisation"));
    m_kind->setCurrentIndex(kind);
    m_side->clear();
    m_side->addItem(tr("Neutral (no side's)"), QString());
    for (const Side &briefingSide : m_briefing.sides())
        m_side->addItem(tr("%1's wording", "side name").arg(briefingSide.name.preferred(languages)),
                        briefingSide.id);
    m_side->setCurrentIndex(std::min(side, m_side->count() - 1));
    m_conceptLabel->setText(tr("&Concept:"));
    m_nameLabel->setText(tr("&Name of the concept:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_wordingLabel->setText(tr("&Wording:"));
    m_languageLabel->setText(tr("&Language:"));
    m_sideLabel->setText(tr("&Whose wording:"));
    m_name->setPlaceholderText(tr("e.g. Fukushima water"));
    updateFields();
}

void TermDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TermDialog::updateFields()
{
    const bool isNew = m_concept->currentIndex() <= 0;
    m_name->setVisible(isNew);
    m_nameLabel->setVisible(isNew);
    m_kind->setVisible(isNew);
    m_kindLabel->setVisible(isNew);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!term().id.isEmpty());
}

void TermDialog::chooseConcept(const QString &id)
{
    m_concept->setCurrentIndex(std::max(m_concept->findData(id), 0));
}

TermConcept TermDialog::term() const
{
    const QString wordingText = m_wording->text().simplified();
    if (wordingText.isEmpty())
        return {};
    TermConcept term;
    const int chosen = m_concept->currentIndex() - 1;
    if (chosen >= 0) {
        term = m_concepts.at(chosen);
    } else {
        const QString name = m_name->text().simplified();
        if (name.isEmpty())
            return {};
        QSet<QString> taken;
        for (const TermConcept &existing : m_concepts)
            taken.insert(existing.id);
        term.id = BriefingEdits::newId(name, taken, u"term"_s);
        term.kind = m_kind->currentIndex() == 1 ? TermKind::Name : TermKind::Term;
        const QString uiLanguage = languagePreference(this).value(0, u"en"_s);
        term.label.insert(uiLanguage, name);
    }
    const TermWording wording{wordingText, m_language->currentData().toString(),
                              m_side->currentData().toString()};
    if (!term.wordings.contains(wording))
        term.wordings.append(wording);
    return term;
}
