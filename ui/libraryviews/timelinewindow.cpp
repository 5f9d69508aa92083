#include "libraryviews/timelinewindow.h"

#include "library/issuealiases.h"
#include "libraryviews/libraryservice.h"
#include "widgets/languagepreference.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TimelineWindow::TimelineWindow(LibraryService *service, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_issueLabel(new QLabel(this))
    , m_issue(new QComboBox(this))
    , m_aliases(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_image(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_grid(new QTableWidget(this))
{
    setObjectName(u"timelineWindow"_s);
    resize(1000, 360);
    m_issueLabel->setBuddy(m_issue);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setWordWrap(true);
    // Columns share the window's width, but never below a readable size: then the grid
    // scrolls. Headers start at the left so that a long title is cut at its end.
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(150);
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_issueLabel);
    top->addWidget(m_issue, 1);
    top->addWidget(m_aliases);
    top->addWidget(m_csv);
    top->addWidget(m_image);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_grid, 1);

    connect(m_issue, &QComboBox::activated, this, &TimelineWindow::rebuild);
    connect(m_aliases, &QPushButton::clicked, this, &TimelineWindow::editAliases);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Timeline as CSV"),
                                         m_timeline.issueId + u".csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_image, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Timeline as Image"),
                                         m_timeline.issueId + u".png"_s, tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportImage(path);
    });
    // A click (or Enter) on a cell opens that meeting's briefing at the issue.
    auto open = [this](int, int column) {
        if (column >= 0 && column < m_timeline.meetings.size()) {
            const IssueTimeline::Meeting &meeting = m_timeline.meetings.at(column);
            Q_EMIT openRequested(meeting.path, QString(), meeting.issueId);
        }
    };
    connect(m_grid, &QTableWidget::cellClicked, this, open);
    connect(m_grid, &QTableWidget::cellActivated, this, open);
    connect(m_service, &LibraryService::updated, this, [this] {
        fillIssues();
        rebuild();
    });

    retranslateUi();
    fillIssues();
}

void TimelineWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillIssues();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void TimelineWindow::retranslateUi()
{
    setWindowTitle(tr("Issue Timeline"));
    m_issueLabel->setText(tr("&Issue"));
    m_aliases->setText(tr("&Aliases…"));
    m_aliases->setToolTip(tr("Issue ids that other briefings use for the same issue"));
    m_csv->setText(tr("Export &CSV…"));
    m_image->setText(tr("Export I&mage…"));
    m_grid->setAccessibleName(tr("Each side's stance at each meeting"));
}

void TimelineWindow::fillIssues()
{
    const QString current = m_issue->currentData().toString();
    const QStringList languages = languagePreference(this);
    const IssueAliases aliases = IssueAliases::load();
    m_issue->clear();
    for (const auto &[id, title] : m_service->index().issues(m_service->folders())) {
        if (aliases.canonical(id) != id)
            continue; // listed under the id it is an alias of
        const QString text = title.preferred(languages);
        m_issue->addItem(PlainText::withoutMnemonic(text.isEmpty() ? id : text + u" (" + id + u')'),
                         id);
    }
    m_issue->setCurrentIndex(std::max(0, m_issue->findData(current)));
}

void TimelineWindow::showIssue(const QString &issueId)
{
    const QString canonical = IssueAliases::load().canonical(issueId);
    int index = m_issue->findData(canonical);
    if (index < 0) {
        m_service->refresh(); // perhaps not indexed yet: the list follows when it is
        m_issue->addItem(canonical, canonical);
        index = m_issue->count() - 1;
    }
    m_issue->setCurrentIndex(index);
    rebuild();
}

void TimelineWindow::rebuild()
{
    const QString issueId = m_issue->currentData().toString();
    const QStringList ids = IssueAliases::load().idsMatching(issueId);
    m_timeline = IssueTimeline::fromRecords(
        issueId,
        m_service->index().stances(m_service->folders(), issueId.isEmpty() ? QStringList() : ids));
    const QStringList languages = languagePreference(this);

    m_grid->clear();
    m_grid->setColumnCount(int(m_timeline.meetings.size()));
    m_grid->setRowCount(int(m_timeline.rows.size()));
    for (qsizetype m = 0; m < m_timeline.meetings.size(); ++m) {
        const IssueTimeline::Meeting &meeting = m_timeline.meetings.at(m);
        auto *header = new QTableWidgetItem(meeting.date.toString(Qt::ISODate) + u'\n'
                                            + meeting.title.preferred(languages));
        header->setToolTip(
            PlainText::toolTip(meeting.title.preferred(languages) + u"\n"_s + meeting.path));
        m_grid->setHorizontalHeaderItem(int(m), header);
    }
    int changes = 0;
    for (qsizetype r = 0; r < m_timeline.rows.size(); ++r) {
        const IssueTimeline::Row &row = m_timeline.rows.at(r);
        m_grid->setVerticalHeaderItem(int(r), new QTableWidgetItem(row.name.preferred(languages)));
        for (qsizetype m = 0; m < row.cells.size(); ++m) {
            const IssueTimeline::Cell &cell = row.cells.at(m);
            auto *item = new QTableWidgetItem;
            if (cell.present) {
                const QString label = StancePositions::symbol(cell.position) + u' '
                    + StancePositions::label(cell.position);
                item->setText(cell.changed ? u"Δ "_s + label : label);
                QString tip = cell.summary.preferred(languages);
                if (cell.changed) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                    tip = tr("Changed since the previous meeting.") + u'\n' + tip;
                    ++changes;
                }
                item->setToolTip(PlainText::toolTip(tip));
            } else {
                item->setText(tr("—"));
                item->setToolTip(tr("No stance recorded at this meeting"));
            }
            m_grid->setItem(int(r), int(m), item);
        }
    }
    m_grid->resizeRowsToContents();
    if (m_timeline.isEmpty()) {
        m_summary->setText(tr("No briefing in the library raises this issue."));
    } else {
        m_summary->setText(tr("%n meeting(s)", nullptr, int(m_timeline.meetings.size())) + u" · "_s
                           + tr("%n change(s) of position, marked Δ", nullptr, changes) + u" · "_s
                           + tr("Click a cell to open that briefing at this issue."));
    }
    // The latest meetings in view when the columns do not all fit, once the grid has its
    // size (after the window's layout, which follows from the event loop).
    QTimer::singleShot(0, m_grid, [grid = m_grid] {
        grid->horizontalScrollBar()->setValue(grid->horizontalScrollBar()->maximum());
    });
}

bool TimelineWindow::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // A byte-order mark: spreadsheet programs then read the Korean and Japanese as UTF-8.
    file.write("\xEF\xBB\xBF");
    file.write(m_timeline.toCsv(languagePreference(this)).toUtf8());
    return file.commit();
}

bool TimelineWindow::exportImage(const QString &path) const
{
    return m_grid->grab().save(path, "PNG");
}

void TimelineWindow::editAliases()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Issue Aliases"));
    auto *explanation =
        new QLabel(tr("Briefings may name one issue by different ids. Ids listed here count as the "
                      "chosen issue in the timeline and in the library's filters."),
                   &dialog);
    explanation->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    auto *candidates = new QComboBox(&dialog);
    auto *add = new QPushButton(tr("&Add as Alias"), &dialog);
    auto *remove = new QPushButton(tr("&Remove"), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    IssueAliases aliases = IssueAliases::load();
    const QString target = m_issue->currentData().toString();
    auto refresh = [&] {
        list->clear();
        for (const auto &[alias, issue] : aliases.all()) {
            if (issue == target)
                list->addItem(alias);
        }
        candidates->clear();
        for (const auto &[id, title] : m_service->index().issues(m_service->folders())) {
            if (id != target && aliases.canonical(id) == id)
                candidates->addItem(id, id);
        }
        add->setEnabled(candidates->count() > 0 && !target.isEmpty());
    };
    connect(add, &QPushButton::clicked, &dialog, [&] {
        aliases.set(candidates->currentData().toString(), target);
        aliases.save();
        refresh();
    });
    connect(remove, &QPushButton::clicked, &dialog, [&] {
        if (QListWidgetItem *item = list->currentItem()) {
            aliases.remove(item->text());
            aliases.save();
            refresh();
        }
    });
    refresh();
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(candidates, 1);
    addRow->addWidget(add);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    auto *heading = new QLabel(tr("Also counted as “%1”:").arg(target), &dialog);
    heading->setTextFormat(Qt::PlainText); // ids come from the files
    layout->addWidget(heading);
    layout->addWidget(list);
    layout->addWidget(remove);
    layout->addLayout(addRow);
    layout->addWidget(buttons);
    dialog.exec();
    fillIssues();
    rebuild();
}
