#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// File › New Briefing from Text…: the Korean and the English copy, pasted or opened from
// text files (UTF-8, UTF-16 or EUC-KR/CP949). One text holding both languages may go in
// either box; it is split by script.
class ImportTextDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportTextDialog(QWidget *parent = nullptr);

    QString koreanText() const;
    QString englishText() const;
    QPlainTextEdit *koreanEdit() const { return m_korean; }
    QPlainTextEdit *englishEdit() const { return m_english; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openInto(QPlainTextEdit *edit);
    void updateButtons();

    QLabel *m_hint;
    QLabel *m_koreanLabel;
    QLabel *m_englishLabel;
    QPlainTextEdit *m_korean;
    QPlainTextEdit *m_english;
    QPushButton *m_openKorean;
    QPushButton *m_openEnglish;
    QDialogButtonBox *m_buttons;
};
