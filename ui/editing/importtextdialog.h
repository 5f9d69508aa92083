#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// File › New Briefing from Text…: the Korean (or Japanese, or Chinese) and the English copy,
// pasted or opened from text files (UTF-8, UTF-16 or EUC-KR/CP949). Each text's language is
// found from its script, shown beside it, and can be named instead. One text holding both
// languages may go in either box; it is split by script.
class ImportTextDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportTextDialog(QWidget *parent = nullptr);

    QString koreanText() const;
    QString englishText() const;
    QPlainTextEdit *koreanEdit() const { return m_korean; }
    QPlainTextEdit *englishEdit() const { return m_english; }
    // The languages the reader named for the two boxes (a box left on "found from the text"
    // takes the language found), or empty when both are left to be found.
    QStringList namedLanguages() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openInto(QPlainTextEdit *edit);
    void updateButtons();
    void updateDetected();
    void fillLanguages(QComboBox *box);

    QLabel *m_hint;
    QLabel *m_koreanLabel;
    QLabel *m_englishLabel;
    QPlainTextEdit *m_korean;
    QPlainTextEdit *m_english;
    QPushButton *m_openKorean;
    QPushButton *m_openEnglish;
    QComboBox *m_koreanLanguage;
    QComboBox *m_englishLanguage;
    QDialogButtonBox *m_buttons;
};
