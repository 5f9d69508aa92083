#include "sidebar/issuesidebar.h"

#include <algorithm>

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "sidebar/issuedelegate.h"
#include "sidebar/issuelistmodel.h"
#include "widgets/focusframe.h"
#include "widgets/languagepreference.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

IssueSidebar::IssueSidebar(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_state(document->readingState())
    , m_model(new IssueListModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    setObjectName(u"issueSidebar"_s);
    m_filter->setObjectName(u"issueFilter"_s);
    m_view->setObjectName(u"issueList"_s);
    FocusFrame::install(m_view);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    // Titles in every language and the stances' summaries: 후쿠시마 finds the issue from
    // the English interface too.
    m_proxy->setFilterRole(IssueListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new IssueDelegate(m_model, m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Titles elide to the width instead: a horizontal scroll bar in a sidebar only hides
    // the badges.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &IssueSidebar::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IssueSidebar::reportSelection);
    connect(m_state, &ReadingState::selectedIssueChanged, this, &IssueSidebar::showSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IssueSidebar::keepCurrentRow);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &IssueSidebar::keepCurrentRow);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &IssueSidebar::keepCurrentRow);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &IssueSidebar::keepCurrentRow);
    connect(document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        // The filter belongs to the old document's titles.
        if (change.cause == DocumentChange::Cause::Opened)
            m_filter->clear();
    });

    m_model->setLanguagePreference(languagePreference(this));
    retranslateUi();
    keepCurrentRow();
}

void IssueSidebar::keepCurrentRow()
{
    // The row a screen reader names when the list takes the focus (announceCurrentRow).
    if (m_view->currentIndex().isValid() || m_proxy->rowCount() == 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
}

void IssueSidebar::announceCurrentRow()
{
    // Qt 6.4 reports a list view taking the focus as the list alone (its AT-SPI bridge does
    // not follow the view's focus child), so Orca says "Issues. List with 5 items." and not
    // which issue the arrow keys start from, with its positions. Report the current row as
    // focused, as QAbstractItemView::currentChanged does when the row changes.
    const QModelIndex row = m_view->currentIndex();
    if (!QAccessible::isActive() || !m_view->hasFocus() || !row.isValid())
        return;
    QAccessibleEvent focus(m_view, QAccessible::Focus);
    focus.setChild(row.row()); // a one-column list without headers: child index = row
    QAccessible::updateAccessibility(&focus);
}

void IssueSidebar::retranslateUi()
{
    m_heading->setText(tr("Issues", "topics of the talks"));
    m_filter->setPlaceholderText(tr("Filter issues"));
    m_filter->setAccessibleName(tr("Filter issues"));
    m_view->setAccessibleName(tr("Issues", "topics of the talks"));
    m_model->retranslate();
}

void IssueSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::LocaleChange) {
        m_model->setLanguagePreference(languagePreference(this));
        applyFilter(m_filter->text());
    }
    QWidget::changeEvent(event);
}

int IssueSidebar::currentIssue() const
{
    return m_state->selectedIssue();
}

void IssueSidebar::applyFilter(const QString &text)
{
    // The filter only narrows the list: it never changes the selected issue. While it hides
    // the selected row, the issue stays selected (and highlighted in the texts); when the
    // row matches again, it shows selected again.
    m_showing = true;
    m_proxy->setFilterFixedString(text.trimmed().normalized(QString::NormalizationForm_C));
    const int issue = m_state->selectedIssue();
    const QModelIndex row =
        issue >= 0 ? m_proxy->mapFromSource(m_model->index(issue)) : QModelIndex();
    if (row.isValid())
        m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    else
        m_view->selectionModel()->clearSelection();
    keepCurrentRow();
    m_showing = false;
}

void IssueSidebar::selectIssue(int issueIndex)
{
    m_state->selectIssue(issueIndex);
}

void IssueSidebar::showSelection(int issueIndex)
{
    m_showing = true;
    if (issueIndex < 0 || issueIndex >= m_model->rowCount()) {
        m_view->selectionModel()->clearSelection();
    } else {
        QModelIndex row = m_proxy->mapFromSource(m_model->index(issueIndex));
        if (!row.isValid()) {
            m_filter->clear();
            row = m_proxy->mapFromSource(m_model->index(issueIndex));
        }
        m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(row);
    }
    m_showing = false;
}

int IssueSidebar::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return -1;
    return rows.constFirst().data(IssueListModel::IssueIndexRole).toInt();
}

void IssueSidebar::reportSelection()
{
    if (m_showing)
        return;
    const int issue = selectedRow();
    m_state->selectIssue(issue);
    if (issue >= 0)
        Q_EMIT issueChosen(issue);
}

bool IssueSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn) {
        // After the widget's own focus event, which QWidget::setFocus sends once this one
        // is delivered.
        QMetaObject::invokeMethod(this, &IssueSidebar::announceCurrentRow, Qt::QueuedConnection);
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    const auto *keyEvent = static_cast<QKeyEvent *>(event);
    if ((keyEvent->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Escape may also be a window shortcut (closing a find bar): claim it first when
        // it means something here.
        const bool claimsEscape = keyEvent->key() == Qt::Key_Escape
            && ((watched == m_filter && !m_filter->text().isEmpty())
                || (watched == m_view && m_view->selectionModel()->hasSelection()));
        if (claimsEscape)
            event->accept();
        return claimsEscape;
    }
    if (watched == m_filter)
        return handleFilterKey(keyEvent->key());
    if (watched == m_view)
        return handleListKey(keyEvent->key());
    return false;
}

bool IssueSidebar::handleFilterKey(int key)
{
    switch (key) {
    case Qt::Key_Escape:
        if (m_filter->text().isEmpty())
            return false;
        m_filter->clear();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (m_proxy->rowCount() == 0)
            return key == Qt::Key_Down;
        // Keep a visible selection; otherwise start at the first match.
        QModelIndex row = m_view->selectionModel()->hasSelection()
            ? m_view->selectionModel()->selectedIndexes().constFirst()
            : m_proxy->index(0, 0);
        m_view->setFocus(Qt::TabFocusReason);
        m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(row);
        return true;
    }
    default:
        return false;
    }
}

bool IssueSidebar::handleListKey(int key)
{
    const QModelIndex current = m_view->currentIndex();
    switch (key) {
    case Qt::Key_Escape:
        if (!m_view->selectionModel()->hasSelection())
            return false;
        m_view->selectionModel()->clearSelection();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!current.isValid())
            return false;
        m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
        return true;
    case Qt::Key_Up:
        // Up from the first row returns to the filter, the way it came.
        if (current.isValid() && current.row() > 0)
            return false;
        m_filter->setFocus(Qt::BacktabFocusReason);
        return true;
    default:
        return false;
    }
}

QSize IssueSidebar::sizeHint() const
{
    const QSize base = QWidget::sizeHint();
    const int rows = std::clamp(m_view->model() ? m_view->model()->rowCount() : 0, 3, 12);
    const int rowHeight =
        m_view->sizeHintForRow(0) > 0 ? m_view->sizeHintForRow(0) : 2 * fontMetrics().height();
    const int chrome = base.height() - m_view->sizeHint().height();
    return {base.width(), chrome + rows * rowHeight + 2 * m_view->frameWidth() + 4};
}
