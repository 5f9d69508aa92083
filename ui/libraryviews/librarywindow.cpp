#include "libraryviews/librarywindow.h"

#include "library/issuealiases.h"
#include "library/librarytext.h"
#include "libraryviews/librarymodels.h"
#include "libraryviews/libraryservice.h"
#include "widgets/languagepreference.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QDate anyDate(1900, 1, 1); // the date edits' minimum, shown as "Any"

QDateEdit *dateFilter(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate);
    edit->setDate(anyDate);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}
} // namespace

LibraryWindow::LibraryWindow(LibraryService *service, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_model(new LibraryTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_hitModel(new SearchHitModel(this))
    , m_foldersLabel(new QLabel(this))
    , m_folders(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_fromLabel(new QLabel(this))
    , m_from(dateFilter(this))
    , m_toLabel(new QLabel(this))
    , m_to(dateFilter(this))
    , m_sideLabel(new QLabel(this))
    , m_side(new QComboBox(this))
    , m_issueLabel(new QLabel(this))
    , m_issue(new QComboBox(this))
    , m_positionLabel(new QLabel(this))
    , m_position(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_hits(new QListView(this))
    , m_hitsLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_problems(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_open(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_timeline(new QPushButton(this))
{
    setObjectName(u"libraryWindow"_s);
    resize(1000, 640);
    m_foldersLabel->setTextFormat(Qt::PlainText);
    m_foldersLabel->setWordWrap(true);
    m_hitsLabel->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"librarySearch"_s);
    m_progress->setMaximumWidth(220);
    m_progress->hide();

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(LibraryTableModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryTableModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LibraryTableModel::Title,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);

    m_hits->setModel(m_hitModel);
    m_hits->setItemDelegate(new SnippetDelegate(m_hits));
    m_hits->setUniformItemSizes(true);
    m_hits->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // snippets are cut to fit
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->setObjectName(u"libraryHits"_s);

    auto *hitsPage = new QWidget(this);
    auto *hitsLayout = new QVBoxLayout(hitsPage);
    hitsLayout->setContentsMargins(0, 0, 0, 0);
    hitsLayout->addWidget(m_hitsLabel);
    hitsLayout->addWidget(m_hits);
    m_pages->addWidget(m_table);
    m_pages->addWidget(hitsPage);

    auto *foldersRow = new QHBoxLayout;
    foldersRow->addWidget(m_foldersLabel, 1);
    foldersRow->addWidget(m_progress);
    foldersRow->addWidget(m_folders);
    auto *filterRow = new QHBoxLayout;
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_fromLabel, m_from},
                                {m_toLabel, m_to},
                                {m_sideLabel, m_side},
                                {m_issueLabel, m_issue},
                                {m_positionLabel, m_position}}) {
        label->setBuddy(field);
        filterRow->addWidget(label);
        filterRow->addWidget(field);
    }
    m_issue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_issue->setMinimumContentsLength(18);
    filterRow->addStretch();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_status);
    buttonRow->addWidget(m_problems);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_timeline);
    buttonRow->addWidget(m_compare);
    buttonRow->addWidget(m_open);
    m_open->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(foldersRow);
    layout->addWidget(m_search);
    layout->addLayout(filterRow);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttonRow);

    // The search box has the focus when the window opens, and Ctrl+F brings it back.
    setFocusProxy(m_search);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryWindow::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_hitModel->rowCount() > 0) {
            m_hits->setCurrentIndex(m_hitModel->index(0));
            m_hits->setFocus();
        }
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &LibraryWindow::reloadTable);
    for (QComboBox *combo : {m_side, m_issue, m_position})
        connect(combo, &QComboBox::activated, this, &LibraryWindow::reloadTable);
    connect(m_table, &QTableView::activated, this, &LibraryWindow::openSelected);
    connect(m_hits, &QListView::activated, this, &LibraryWindow::openSelected);
    connect(m_open, &QPushButton::clicked, this, &LibraryWindow::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryWindow::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.size() == 2)
            Q_EMIT compareRequested(rows.at(0).data(LibraryTableModel::PathRole).toString(),
                                    rows.at(1).data(LibraryTableModel::PathRole).toString());
    });
    connect(m_timeline, &QPushButton::clicked, this, [this] {
        const QString issue = m_issue->currentData().toString();
        if (!issue.isEmpty())
            Q_EMIT timelineRequested(issue);
    });
    connect(m_folders, &QPushButton::clicked, this, &LibraryWindow::chooseFoldersRequested);
    connect(m_problems, &QPushButton::clicked, this, &LibraryWindow::listSkippedFiles);
    m_problems->hide();

    connect(m_service, &LibraryService::updateStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(m_service, &LibraryService::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Indexing %1 of %2").arg(done).arg(total));
        m_progress->setTextVisible(true);
    });
    connect(m_service, &LibraryService::updated, this, [this](const UpdateSummary &summary) {
        m_progress->hide();
        // An update that found nothing new (the check each time the window is asked for)
        // leaves the table, the choices and the search as they are.
        if (summary.indexed > 0 || summary.removed > 0 || summary.rebuilt
            || summary.problems.size() != m_shownProblems) {
            m_shownProblems = int(summary.problems.size());
            reload();
        } else {
            showStatus();
        }
    });
    connect(m_service, &LibraryService::foldersChanged, this, &LibraryWindow::showStatus);

    retranslateUi();
    reload();
    m_service->refresh();
}

void LibraryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void LibraryWindow::retranslateUi()
{
    setWindowTitle(tr("Library"));
    m_folders->setText(tr("&Folders…"));
    m_search->setPlaceholderText(
        tr("Search every briefing in Korean, Japanese or English (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the library"));
    m_fromLabel->setText(tr("Fro&m"));
    m_toLabel->setText(tr("&To"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("Any date"));
    m_sideLabel->setText(tr("Si&de"));
    m_issueLabel->setText(tr("&Issue"));
    m_positionLabel->setText(tr("&Position"));
    m_open->setText(tr("&Open"));
    m_problems->setText(tr("&Skipped Files…"));
    m_compare->setText(tr("&Compare Two…"));
    m_compare->setToolTip(tr("Compare the two selected briefings: readouts of one meeting"));
    m_timeline->setText(tr("Issue Time&line…"));
    m_timeline->setToolTip(tr("Each side's stance on the chosen issue across the library"));
    m_table->setAccessibleName(tr("Briefings in the library"));
    m_hits->setAccessibleName(tr("Search results"));
    const QStringList languages = languagePreference(this);
    m_model->setLanguages(languages);
    m_hitModel->setLanguages(languages);
    showStatus();
}

void LibraryWindow::reload()
{
    fillFilterChoices();
    reloadTable();
}

void LibraryWindow::fillFilterChoices()
{
    const QStringList languages = languagePreference(this);
    const QStringList folders = m_service->folders();
    auto refill = [](QComboBox *combo, const QString &anyText,
                     const QList<std::pair<QString, QString>> &choices) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(anyText, QString());
        for (const auto &[value, label] : choices)
            combo->addItem(PlainText::withoutMnemonic(label), value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };

    QList<std::pair<QString, QString>> issues;
    const IssueAliases aliases = IssueAliases::load();
    for (const auto &[id, title] : m_service->index().issues(folders)) {
        if (aliases.canonical(id) != id)
            continue; // offered under the id it is an alias of
        const QString text = title.preferred(languages);
        issues.append({id, text.isEmpty() ? id : text});
    }
    std::sort(issues.begin(), issues.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    refill(m_issue, tr("Any issue"), issues);

    QList<std::pair<QString, QString>> sides;
    for (const IndexedSide &side : m_service->index().sides(folders))
        sides.append({side.id, side.name.preferred(languages)});
    refill(m_side, tr("Any side"), sides);

    QList<std::pair<QString, QString>> positions;
    for (int p = 0; p < StancePositions::count; ++p) {
        const auto position = StancePosition(p);
        positions.append(
            {StancePositions::key(position),
             StancePositions::symbol(position) + u' ' + StancePositions::label(position)});
    }
    refill(m_position, tr("Any position"), positions);
}

void LibraryWindow::reloadTable()
{
    LibraryFilter filter;
    if (m_from->date() != anyDate)
        filter.from = m_from->date();
    if (m_to->date() != anyDate)
        filter.to = m_to->date();
    filter.side = m_side->currentData().toString();
    if (const QString issue = m_issue->currentData().toString(); !issue.isEmpty())
        filter.issues = IssueAliases::load().idsMatching(issue);
    if (const QString position = m_position->currentData().toString(); !position.isEmpty())
        filter.position = StancePositions::fromKey(position);
    m_model->setEntries(m_service->index().entries(m_service->folders(), filter));
    updateButtons();
    showStatus();
    if (!m_search->text().trimmed().isEmpty())
        searchNow();
}

void LibraryWindow::searchNow()
{
    m_searchDelay->stop();
    const QString text = m_search->text();
    const LibraryText::Query query = LibraryText::parseQuery(text);
    if (query.isEmpty()) {
        m_hitModel->setHits({}, {});
        m_pages->setCurrentIndex(0);
        return;
    }
    // Hits only in the briefings the filters leave in the table.
    QSet<QString> shown;
    for (const LibraryEntry &entry : m_model->entries())
        shown.insert(entry.path);
    QList<SearchHit> hits;
    for (const SearchHit &hit : m_service->index().search(m_service->folders(), text, 500)) {
        if (shown.contains(hit.path))
            hits.append(hit);
    }
    m_lastSearchRanked = m_service->index().lastSearchWasRanked();
    m_hitModel->setHits(hits, query.words);
    if (hits.isEmpty())
        m_hitsLabel->setText(tr("No matches for “%1”.").arg(text.trimmed()));
    else if (m_lastSearchRanked)
        m_hitsLabel->setText(tr("%n match(es), best first.", nullptr, int(hits.size())));
    else
        m_hitsLabel->setText(tr("More than 5,000 matches: %n are shown, not ranked (the files "
                                "indexed last first). Add a word to narrow the search.",
                                nullptr, int(hits.size())));
    m_pages->setCurrentIndex(1);
}

void LibraryWindow::openSelected()
{
    if (m_pages->currentIndex() == 1) {
        const QModelIndex hit = m_hits->currentIndex();
        if (hit.isValid())
            Q_EMIT openRequested(hit.data(SearchHitModel::PathRole).toString(),
                                 hit.data(SearchHitModel::PassageRole).toString(),
                                 hit.data(SearchHitModel::IssueRole).toString());
        return;
    }
    const QModelIndex row = m_table->currentIndex();
    if (row.isValid())
        Q_EMIT openRequested(row.siblingAtColumn(0).data(LibraryTableModel::PathRole).toString(),
                             QString(), m_issue->currentData().toString());
}

void LibraryWindow::updateButtons()
{
    m_compare->setEnabled(m_table->selectionModel()->selectedRows().size() == 2);
    m_timeline->setEnabled(!m_issue->currentData().toString().isEmpty());
}

void LibraryWindow::showStatus()
{
    QStringList folders;
    for (const QString &folder : m_service->folders())
        folders.append(QDir::toNativeSeparators(folder));
    m_foldersLabel->setText(tr("Folders: %1").arg(folders.join(u"; "_s)));

    const UpdateSummary &summary = m_service->lastSummary();
    QString status = tr("%n briefing(s) shown", nullptr, m_model->rowCount());
    QStringList reasons;
    for (const LibraryProblem &problem : summary.problems) {
        reasons.append(QDir::toNativeSeparators(problem.path) + u": "_s
                       + (problem.pending ? tr("changed moments ago; it will be read again")
                                          : problem.problem));
    }
    if (!reasons.isEmpty())
        status += u" · "_s + tr("%n file(s) skipped", nullptr, int(reasons.size()));
    if (!summary.error.isEmpty())
        status += u" · "_s + tr("the index cannot be used: %1").arg(summary.error);
    m_status->setText(status);
    m_status->setToolTip(PlainText::toolTip(reasons.join(u'\n')));
    m_problems->setVisible(!reasons.isEmpty());
}

void LibraryWindow::listSkippedFiles()
{
    QStringList lines;
    for (const LibraryProblem &problem : m_service->lastSummary().problems) {
        lines.append(QDir::toNativeSeparators(problem.path) + u"\n    "_s
                     + (problem.pending ? tr("changed moments ago; it will be read again")
                                        : problem.problem));
    }
    QMessageBox box(QMessageBox::Information, tr("Skipped Files"),
                    tr("%n file(s) in the library folders could not be read as briefings and "
                       "are not in the library. Each is read again when it changes.",
                       nullptr, int(lines.size())),
                    QMessageBox::Ok, this);
    PlainText::makePlain(&box);
    box.setDetailedText(lines.join(u"\n"_s)); // always plain text
    PlainText::setInformativeText(&box, lines.mid(0, 8).join(u"\n"_s));
    box.exec();
}
