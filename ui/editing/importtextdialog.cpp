#include "editing/importtextdialog.h"

#include "import/textimport.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

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
    , m_koreanLanguage(new QComboBox(this))
    , m_englishLanguage(new QComboBox(this))
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
    grid->addWidget(m_koreanLanguage, 2, 0, 1, 2);
    grid->addWidget(m_englishLanguage, 2, 2, 1, 2);
    m_koreanLanguage->setObjectName(u"firstLanguage"_s);
    m_englishLanguage->setObjectName(u"secondLanguage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(grid, 1);
    layout->addWidget(m_buttons);

    connect(m_openKorean, &QPushButton::clicked, this, [this] { openInto(m_korean); });
    connect(m_openEnglish, &QPushButton::clicked, this, [this] { openInto(m_english); });
    connect(m_korean, &QPlainTextEdit::textChanged, this, &ImportTextDialog::updateButtons);
    connect(m_english, &QPlainTextEdit::textChanged, this, &ImportTextDialog::updateButtons);
    connect(m_korean, &QPlainTextEdit::textChanged, this, &ImportTextDialog::updateDetected);
    connect(m_english, &QPlainTextEdit::textChanged, this, &ImportTextDialog::updateDetected);
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

namespace {
// The languages a text can be named as; the first item of each box is "found from the text".
const QStringList &languageTags()
{
    static const QStringList tags{u"ko"_s, u"ja"_s, u"zh"_s, u"en"_s};
    return tags;
}

// A language's own name ("한국어", "日本語"), as language menus show it.
QString nativeName(const QString &tag)
{
    const QLocale locale(tag);
    const QString name = locale.nativeLanguageName();
    return tag == u"en" ? u"English"_s : name;
}
} // namespace

void ImportTextDialog::fillLanguages(QComboBox *box)
{
    const int current = std::max(0, box->currentIndex());
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(QString()); // set by updateDetected()
    for (const QString &tag : languageTags())
        box->addItem(tr("Language: %1").arg(nativeName(tag)), tag);
    box->setCurrentIndex(current);
}

void ImportTextDialog::updateDetected()
{
    for (const auto &[box, edit] :
         {std::pair{m_koreanLanguage, m_korean}, std::pair{m_englishLanguage, m_english}}) {
        const QString found = TextImport::detectLanguage(edit->toPlainText());
        box->setItemText(0,
                         found.isEmpty()
                             ? tr("Language: found from the text")
                             : tr("Language: %1 (found from the text)").arg(nativeName(found)));
        box->setItemData(0, found);
    }
}

QStringList ImportTextDialog::namedLanguages() const
{
    if (m_koreanLanguage->currentIndex() <= 0 && m_englishLanguage->currentIndex() <= 0)
        return {};
    const QStringList named{m_koreanLanguage->currentData().toString(),
                            m_englishLanguage->currentData().toString()};
    if (named.at(0).isEmpty() || named.at(1).isEmpty() || named.at(0) == named.at(1))
        return {};
    return named;
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
    // Bounded, and never blocks on a FIFO or a device: TextImport reads regular files only.
    const TextImport::Decoded decoded = TextImport::readFile(path);
    if (!decoded.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Could Not Open Text"),
                        tr("“%1”: %2").arg(QFileInfo(path).fileName(), decoded.error),
                        QMessageBox::Ok, this);
        PlainText::makePlain(&box);
        box.exec();
        return;
    }
    edit->setPlainText(decoded.text);
}

void ImportTextDialog::retranslateUi()
{
    setWindowTitle(tr("New Briefing from Text"));
    m_hint->setText(
        tr("Paste or open the Korean, Japanese or Chinese copy and its English. Paragraphs are "
           "separated by blank lines; sentences are split and aligned into passages, which you can "
           "correct afterwards. One text holding both languages can go in either box."));
    m_koreanLabel->setText(tr("&First text:"));
    m_englishLabel->setText(tr("&Second text:"));
    m_openKorean->setText(tr("Open File…"));
    m_openEnglish->setText(tr("Open File…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Briefing"));
    fillLanguages(m_koreanLanguage);
    fillLanguages(m_englishLanguage);
    m_koreanLanguage->setAccessibleName(tr("Language of the first text"));
    m_englishLanguage->setAccessibleName(tr("Language of the second text"));
    updateDetected();
}

void ImportTextDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
