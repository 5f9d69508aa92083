#include "editing/importtextdialog.h"

#include "import/textimport.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportTextDialog::ImportTextDialog(QWidget *parent)
    : QDialog(parent)
    , m_hint(new QLabel(this))
    , m_koreanLabel(new QLabel(this))
    , m_englishLabel(new QLabel(this))
    , m_korean(new QPlainTextEdit(this))
    , m_english(new QPlainTextEdit(this))
    , m_openKorean(new QPushButton(this))
    , m_openEnglish(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importTextDialog"_s);
    m_hint->setWordWrap(true);
    m_koreanLabel->setBuddy(m_korean);
    m_englishLabel->setBuddy(m_english);
    m_korean->setObjectName(u"koreanText"_s);
    m_english->setObjectName(u"englishText"_s);

    auto *grid = new QGridLayout;
    grid->addWidget(m_koreanLabel, 0, 0);
    grid->addWidget(m_openKorean, 0, 1, Qt::AlignRight);
    grid->addWidget(m_englishLabel, 0, 2);
    grid->addWidget(m_openEnglish, 0, 3, Qt::AlignRight);
    grid->addWidget(m_korean, 1, 0, 1, 2);
    grid->addWidget(m_english, 1, 2, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(grid, 1);
    layout->addWidget(m_buttons);

    connect(m_openKorean, &QPushButton::clicked, this, [this] { openInto(m_korean); });
    connect(m_openEnglish, &QPushButton::clicked, this, [this] { openInto(m_english); });
    connect(m_korean, &QPlainTextEdit::textChanged, this, &ImportTextDialog::updateButtons);
    connect(m_english, &QPlainTextEdit::textChanged, this, &ImportTextDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);
    retranslateUi();
    updateButtons();
}

QString ImportTextDialog::koreanText() const
{
    return m_korean->toPlainText();
}

QString ImportTextDialog::englishText() const
{
    return m_english->toPlainText();
}

void ImportTextDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!koreanText().trimmed().isEmpty() || !englishText().trimmed().isEmpty());
}

void ImportTextDialog::openInto(QPlainTextEdit *edit)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Text File"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    // Bounded, and only a regular file: "All files" lets the reader pick /dev/zero or a pipe.
    const TextImport::Decoded decoded = TextImport::readFile(path);
    if (!decoded.ok()) {
        QMessageBox::warning(this, tr("Could Not Open Text"),
                             tr("“%1”: %2").arg(QFileInfo(path).fileName(), decoded.error));
        return;
    }
    edit->setPlainText(decoded.text);
}

void ImportTextDialog::retranslateUi()
{
    setWindowTitle(tr("New Briefing from Text"));
    m_hint->setText(tr(
        "Paste or open the Korean and the English copy. Paragraphs are separated by blank lines; "
        "sentences are split and aligned into passages, which you can correct afterwards. One "
        "text holding both languages can go in either box."));
    m_koreanLabel->setText(tr("&Korean text:"));
    m_englishLabel->setText(tr("E&nglish text:"));
    m_openKorean->setText(tr("Open File…"));
    m_openEnglish->setText(tr("Open File…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Briefing"));
}

void ImportTextDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
