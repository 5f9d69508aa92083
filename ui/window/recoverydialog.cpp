#include "window/recoverydialog.h"

#include "format/briefingloader.h"
#include "widgets/languagepreference.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryDialog::RecoveryDialog(const QList<RecoveryStore::Copy> &copies, QWidget *parent)
    : QDialog(parent)
    , m_copies(copies)
    , m_question(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_restore(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    setObjectName(u"recoveryDialog"_s);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_list->setObjectName(u"recoveryCopies"_s);
    m_restore->setObjectName(u"restoreButton"_s);
    m_discard->setObjectName(u"discardButton"_s);
    m_later->setObjectName(u"laterButton"_s);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 360);
    retranslateUi();
}

void RecoveryDialog::fill()
{
    const int row = std::max(0, m_list->currentRow());
    m_list->clear();
    for (const RecoveryStore::Copy &copy : std::as_const(m_copies)) {
        // The title, from the copy itself; a copy that cannot be read says so.
        const LoadResult loaded =
            BriefingLoader::loadFile(copy.copyPath, {}, BriefingLoader::Digest::Skip);
        const QString title = loaded.ok()
            ? loaded.briefing->title().preferred(languagePreference(this))
            : tr("(cannot be read)");
        const QString file = copy.originalPath.isEmpty() ? tr("a new briefing, never saved")
                                                         : QFileInfo(copy.originalPath).fileName();
        // List items show plain text: titles and file names are the reader's, not markup.
        m_list->addItem(tr("%1 — %2\n%3 · %4", "title — file, then when written · size")
                            .arg(title, file, locale().toString(copy.written, QLocale::ShortFormat),
                                 locale().formattedDataSize(copy.bytes)));
    }
    m_list->setCurrentRow(std::min(row, int(m_copies.size()) - 1));
    updateButtons();
}

void RecoveryDialog::updateButtons()
{
    const bool chosen = m_list->currentRow() >= 0;
    m_restore->setEnabled(chosen);
    m_discard->setEnabled(chosen);
}

RecoveryStore::Copy RecoveryDialog::chosen() const
{
    return m_copies.value(m_list->currentRow());
}

void RecoveryDialog::discardSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_copies.size())
        return;
    RecoveryStore::discard(m_copies.takeAt(row));
    if (m_copies.isEmpty()) {
        reject();
        return;
    }
    fill();
}

void RecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Recover Unsaved Changes"));
    m_question->setText(tr("Bilateral closed without saving these changes. Restore one, or "
                           "discard those you do not need; the others are offered again at "
                           "the next start."));
    m_restore->setText(tr("&Restore"));
    m_discard->setText(tr("&Discard"));
    m_later->setText(tr("Decide &Later"));
    fill();
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
