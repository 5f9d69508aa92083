#pragma once

#include "model/briefing.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Edit › Add Term…: the words selected in a text become a wording of a concept the
// briefing tracks, with its language and the side whose wording it is. The concept is one
// the briefing or the glossary already has (a glossary concept is copied into the briefing
// with the new wording), or a new one named here.
class TermDialog final : public QDialog
{
    Q_OBJECT

public:
    // `concepts`: the briefing's own and the glossary's (Glossary::merged).
    TermDialog(const Briefing &briefing, const QList<TermConcept> &concepts, const QString &words,
               QWidget *parent = nullptr);

    // The concept as it will be in the briefing, with the new wording; empty id when the
    // dialog's values make none.
    TermConcept term() const;
    // Selects an existing concept by id (for tests and for callers that know it).
    void chooseConcept(const QString &id);

    // The language of a piece of text from its script: "ko" for Hangul, "ja" for kana or
    // Han, else "en".
    static QString guessLanguage(const QString &text);
    // The selected words without the punctuation around them: “contaminated → contaminated.
    static QString wordsOnly(const QString &selection);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFields();

    Briefing m_briefing;
    QList<TermConcept> m_concepts; // the briefing's own and the glossary's, as matched
    QLabel *m_conceptLabel;
    QComboBox *m_concept;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_wordingLabel;
    QLineEdit *m_wording;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_sideLabel;
    QComboBox *m_side;
    QDialogButtonBox *m_buttons;
};
