#include "reading/findbar.h"

#include "widgets/deferredicon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_matches->setTextFormat(Qt::PlainText);
    m_matches->setMinimumWidth(m_matches->fontMetrics().horizontalAdvance(u"0000 / 0000"_s));
    m_previous->setIcon(DeferredIcon::themed(u"go-up"_s, QStyle::SP_ArrowUp));
    m_next->setIcon(DeferredIcon::themed(u"go-down"_s, QStyle::SP_ArrowDown));
    m_close->setIcon(DeferredIcon::themed(u"window-close"_s, QStyle::SP_TitleBarCloseButton));
    for (QToolButton *button : {m_previous, m_next, m_close})
        button->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_matches);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    retranslateUi();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setMatchInfo(int current, int total, bool complete, const QString &place)
{
    m_place = place;
    m_current = current;
    m_total = total;
    m_complete = complete;
    if (m_edit->text().isEmpty() || total < 0)
        m_matches->clear();
    else if (total == 0)
        m_matches->setText(complete ? tr("No matches") : tr("Searching…"));
    else if (complete)
        m_matches->setText(
            tr("%1 of %2", "find: current match of all matches").arg(current).arg(total));
    else
        m_matches->setText(
            tr("%1 of %2 so far…", "find: current match of the matches found while still searching")
                .arg(current)
                .arg(total));
    const QString count = m_matches->text();
    m_edit->setAccessibleDescription(
        m_place.isEmpty() || count.isEmpty() ? count : count + u". "_s + m_place);
}

void FindBar::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Find in both languages"));
    // Qt does not name a line edit after its placeholder.
    m_edit->setAccessibleName(tr("Find in both languages"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setAccessibleName(tr("Close"));
    setMatchInfo(m_current, m_total, m_complete, m_place);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested();
            else
                Q_EMIT nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
