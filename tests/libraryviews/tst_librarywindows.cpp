#include "format/briefingloader.h"
#include "library/issuealiases.h"
#include "library/libraryfiles.h"
#include "libraryviews/librarymodels.h"
#include "libraryviews/libraryservice.h"
#include "libraryviews/librarywindow.h"
#include "libraryviews/timelinewindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// The library window as a user drives it: keys, clicks and the folder changing underneath,
// over the dated briefings of resources/library. Expectations come from the files as the
// loader reads them.
class TestLibraryWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tableListsEveryBriefingNewestFirst();
    void windowOpenedWhileTheIndexIsFirstBuiltShowsIt();
    void searchMarksTheWordAndOpensAPassage();
    void issueAndPositionFiltersNarrowTheTable();
    void issueFilterCountsAnAliasAsTheIssue();
    void dateFiltersNarrowTheTable();
    void twoSelectedReadoutsCanBeCompared();
    void folderChangesReachTheOpenWindow();
    void documentTextIsShownAsWritten();

private:
    // The file names the table lists, top to bottom.
    QStringList tableFiles() const;
    // The library's files (newest first, as the table sorts them) for which `keep` holds.
    QStringList filesWhere(const std::function<bool(const Briefing &)> &keep) const;
    // Moves a finished file into the folder, as a copy or a download ends.
    bool addFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_staging;
    QHash<QString, Briefing> m_briefings; // by file name
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<LibraryWindow> m_window;
};

namespace {
const QString aliasesKey = u"library/issueAliases"_s;
const QString markup = u"<b>bold</b> & <i>x</i>"_s;
const QStringList english{u"en"_s};
constexpr int folderTimeoutMs = 20000;

// Types `text` as an input method commits it, a syllable at a time (QTest::keyClicks
// sends Latin-1 characters only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
}

// Chooses the item with `data` from the keyboard, as activated() follows a user's choice.
bool choose(QComboBox *combo, const QString &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentIndex() < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

// Enters a date from the keyboard, section by section with the arrow keys (typing digits
// over "Any date", the special value text, is not taken by QDateEdit).
bool typeDate(QDateEdit *edit, const QDate &date)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Home);
    const QList<std::pair<QDateTimeEdit::Section, int>> sections{
        {QDateTimeEdit::YearSection, date.year()},
        {QDateTimeEdit::MonthSection, date.month()},
        {QDateTimeEdit::DaySection, date.day()}};
    for (const auto &[section, target] : sections) {
        if (edit->currentSection() != section)
            return false;
        auto value = [&, section = section] {
            const QDate shown = edit->date();
            return section == QDateTimeEdit::YearSection
                ? shown.year()
                : (section == QDateTimeEdit::MonthSection ? shown.month() : shown.day());
        };
        for (int i = 0; i < 500 && value() != target; ++i) {
            const int distance = target - value();
            QTest::keyClick(edit,
                            distance >= 10        ? Qt::Key_PageUp
                                : distance <= -10 ? Qt::Key_PageDown
                                : distance > 0    ? Qt::Key_Up
                                                  : Qt::Key_Down);
        }
        QTest::keyClick(edit, Qt::Key_Tab); // the next section
    }
    return edit->date() == date;
}

QLabel *hitsLabel(const LibraryWindow *window)
{
    return window->hitList()->parentWidget()->findChild<QLabel *>(QString(),
                                                                  Qt::FindDirectChildrenOnly);
}

// The briefing with a new date and `title` in every language.
QByteArray briefingWith(const QDate &date, const QString &title)
{
    QJsonObject json =
        LibraryFiles::json(LibraryFiles::source(u"2019-07-24-tokyo-dg-talks.briefing"_s));
    json.insert(u"date"_s, date.toString(Qt::ISODate));
    json.insert(u"title"_s, QJsonObject{{u"ko"_s, title}, {u"en"_s, title}, {u"ja"_s, title}});
    return QJsonDocument(json).toJson();
}

QStringList headerTexts(const QTableWidget *grid)
{
    QStringList texts;
    for (int c = 0; c < grid->columnCount(); ++c)
        texts << grid->horizontalHeaderItem(c)->text();
    return texts;
}

} // namespace

void TestLibraryWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Bilateral"_s);
    QCoreApplication::setApplicationName(u"tst_librarywindows"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"library"_s);
    m_staging = m_dir.filePath(u"staging"_s);
    QVERIFY(QDir().mkpath(m_folder) && QDir().mkpath(m_staging));
    QVERIFY(LibraryFiles::copyLibrary(m_folder));
    for (const QString &name : LibraryFiles::byDate()) {
        const LoadResult loaded = BriefingLoader::loadFile(QDir(m_folder).filePath(name));
        QVERIFY2(loaded.ok(), qPrintable(name));
        m_briefings.insert(name, *loaded.briefing);
    }
    // The folder is in the settings before a service reads them: none makes the default
    // folder in the user's documents.
    QSettings().setValue(u"library/folders"_s, QStringList{m_folder});
}

void TestLibraryWindows::init()
{
    QSettings().remove(aliasesKey);
    m_service = std::make_unique<LibraryService>(m_dir.filePath(u"cache/index.sqlite"_s));
    QSignalSpy updated(m_service.get(), &LibraryService::updated);
    // As File › Library… does it: the window (which opens the index) before the update.
    m_window = std::make_unique<LibraryWindow>(m_service.get());
    m_service->setFolders({m_folder});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && !m_service->isUpdating(), folderTimeoutMs);
    QVERIFY2(m_service->lastSummary().error.isEmpty(), qPrintable(m_service->lastSummary().error));
}

void TestLibraryWindows::cleanup()
{
    m_window.reset();
    m_service.reset();
    QSettings().remove(aliasesKey);
    // What a failed test left in the folder is gone before the next one indexes it.
    for (const QString &name : QDir(m_folder).entryList(QDir::Files)) {
        if (!LibraryFiles::byDate().contains(name))
            QFile::remove(QDir(m_folder).filePath(name));
    }
}

QStringList TestLibraryWindows::tableFiles() const
{
    QStringList names;
    const QAbstractItemModel *model = m_window->table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString path = model->index(r, 0).data(LibraryTableModel::PathRole).toString();
        names << (QFileInfo(path).absolutePath() == m_folder ? QFileInfo(path).fileName() : path);
    }
    return names;
}

QStringList TestLibraryWindows::filesWhere(const std::function<bool(const Briefing &)> &keep) const
{
    QStringList names;
    for (const QString &name : LibraryFiles::byDate()) {
        if (keep(m_briefings.value(name)))
            names << name;
    }
    return names;
}

bool TestLibraryWindows::addFile(const QString &name, const QByteArray &bytes) const
{
    const QString staged = QDir(m_staging).filePath(name);
    return LibraryFiles::writeFile(staged, bytes)
        && LibraryFiles::setModified(staged, LibraryFiles::longAgo())
        && QFile::rename(staged, QDir(m_folder).filePath(name));
}

void TestLibraryWindows::tableListsEveryBriefingNewestFirst()
{
    QCOMPARE(m_service->lastSummary().listed, 8);
    QVERIFY(m_service->lastSummary().problems.isEmpty());
    QCOMPARE(tableFiles(), LibraryFiles::byDate());
    const QAbstractItemModel *model = m_window->table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const Briefing &briefing = m_briefings.value(LibraryFiles::byDate().at(r));
        QCOMPARE(model->index(r, LibraryTableModel::Date).data().toString(),
                 briefing.date().toString(Qt::ISODate));
        QCOMPARE(model->index(r, LibraryTableModel::Title).data().toString(),
                 briefing.title().preferred(english));
        QCOMPARE(model->index(r, LibraryTableModel::Issues).data().toInt(),
                 int(briefing.issues().size()));
    }
    QVERIFY2(m_window->statusLabel()->text().startsWith(u"8 "_s),
             qPrintable(m_window->statusLabel()->text()));
    QVERIFY(m_window->table()->isVisible());
    QVERIFY(!m_window->hitList()->isVisible());
}

void TestLibraryWindows::windowOpenedWhileTheIndexIsFirstBuiltShowsIt()
{
    // File › Open Library Folder… as the library's first use: the folder is added (the
    // worker starts creating the index), then the window opens (and opens the index on
    // this thread). Both must end up with the same index. A few fresh ones: the two race.
    m_window.reset();
    m_service.reset();
    for (int run = 0; run < 5; ++run) {
        LibraryService service(m_dir.filePath(u"fresh-%1/index.sqlite"_s.arg(run)));
        QSignalSpy updated(&service, &LibraryService::updated);
        service.setFolders({m_folder});
        LibraryWindow window(&service);
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && !service.isUpdating(), folderTimeoutMs);
        QVERIFY2(window.table()->model()->rowCount() == 8,
                 qPrintable(u"run %1: %2 rows; the window's index was rebuilt: %3; %4"_s.arg(run)
                                .arg(window.table()->model()->rowCount())
                                .arg(service.index().wasRebuilt())
                                .arg(service.lastSummary().error)));
    }
}

void TestLibraryWindows::searchMarksTheWordAndOpensAPassage()
{
    const QString word = u"오염수"_s;
    QListView *hitList = m_window->hitList();
    QTest::mouseClick(m_window->searchField(), Qt::LeftButton);
    typeText(m_window->searchField(), word);
    QCOMPARE(m_window->searchField()->text(), word);
    QTRY_VERIFY(hitList->isVisible()); // after the pause in typing
    QVERIFY(!m_window->table()->isVisible());

    const QAbstractItemModel *hits = hitList->model();
    QVERIFY(hits->rowCount() > 1);
    QLabel *count = hitsLabel(m_window.get());
    QVERIFY(count && count->isVisible());
    QVERIFY2(count->text().startsWith(QString::number(hits->rowCount()) + u' '),
             qPrintable(count->text()));
    const QModelIndex first = hits->index(0, 0);
    const QString snippet = first.data(SearchHitModel::SnippetRole).toString();
    const qsizetype at = snippet.indexOf(word);
    QVERIFY2(at >= 0, qPrintable(snippet));
    // The marks cover the word.
    QList<bool> marked(snippet.size(), false);
    for (const QVariant &mark : first.data(SearchHitModel::MarksRole).toList()) {
        for (int i = mark.toPoint().x(); i < mark.toPoint().x() + mark.toPoint().y(); ++i)
            marked[i] = true;
    }
    for (qsizetype i = at; i < at + word.size(); ++i)
        QVERIFY2(marked.at(i), qPrintable(snippet));
    const QString firstPath = first.data(SearchHitModel::PathRole).toString();
    const Briefing firstFile = m_briefings.value(QFileInfo(firstPath).fileName());
    QVERIFY(first.data(SearchHitModel::PlaceRole)
                .toString()
                .contains(firstFile.date().toString(Qt::ISODate)));

    // Enter takes the reader to the hits.
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    QTRY_VERIFY(hitList->hasFocus());
    QCOMPARE(hitList->currentIndex().row(), 0);

    // A passage further down, clicked and activated.
    int row = 1;
    while (row < hits->rowCount()
           && hits->index(row, 0).data(SearchHitModel::PassageRole).toString().isEmpty())
        ++row;
    QVERIFY(row < hits->rowCount());
    const QModelIndex target = hits->index(row, 0);
    hitList->scrollTo(target);
    QSignalSpy open(m_window.get(), &LibraryWindow::openRequested);
    QTest::mouseClick(hitList->viewport(), Qt::LeftButton, {},
                      hitList->visualRect(target).center());
    QCOMPARE(hitList->currentIndex(), target);
    QTest::keyClick(hitList, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    const QString path = open.at(0).at(0).toString();
    const QString passageId = open.at(0).at(1).toString();
    QCOMPARE(QFileInfo(path).absolutePath(), m_folder);
    const Briefing briefing = m_briefings.value(QFileInfo(path).fileName());
    const int passage = briefing.passageIndex(passageId);
    QVERIFY2(passage >= 0, qPrintable(passageId));
    const auto &texts = briefing.passages().at(passage).text;
    QVERIFY(texts[0].contains(word) || texts[1].contains(word));
    QVERIFY(target.data(SearchHitModel::PlaceRole).toString().contains(passageId));
    QCOMPARE(open.at(0).at(2).toString(), QString());
}

void TestLibraryWindows::issueAndPositionFiltersNarrowTheTable()
{
    QVERIFY(!m_window->timelineButton()->isEnabled());
    const QString issue = u"export-controls"_s;
    QVERIFY(choose(m_window->issueFilter(), issue));
    const QStringList withIssue =
        filesWhere([&](const Briefing &b) { return b.issueIndex(issue) >= 0; });
    QCOMPARE(withIssue.size(), 6);
    QCOMPARE(tableFiles(), withIssue);
    QVERIFY(m_window->statusLabel()->text().startsWith(u"6 "_s));

    // With the issue chosen, its timeline can be asked for.
    QVERIFY(m_window->timelineButton()->isEnabled());
    QSignalSpy timeline(m_window.get(), &LibraryWindow::timelineRequested);
    QTest::mouseClick(m_window->timelineButton(), Qt::LeftButton);
    QCOMPARE(timeline.count(), 1);
    QCOMPARE(timeline.at(0).at(0).toString(), issue);

    // A position on the chosen issue.
    auto takes = [](const Briefing &b, const QString &issueId, StancePosition position) {
        for (const Issue &i : b.issues()) {
            if (!issueId.isEmpty() && i.id != issueId)
                continue;
            for (const Stance &stance : i.stances) {
                if (stance.position == position)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(choose(m_window->positionFilter(), u"proposes"_s));
    const QStringList proposing =
        filesWhere([&](const Briefing &b) { return takes(b, issue, StancePosition::Proposes); });
    QCOMPARE(proposing, QStringList{u"2021-06-22-online-dg-talks.briefing"_s});
    QCOMPARE(tableFiles(), proposing);

    // The position on any issue.
    QVERIFY(choose(m_window->issueFilter(), QString()));
    QVERIFY(!m_window->timelineButton()->isEnabled());
    QVERIFY(choose(m_window->positionFilter(), u"rejects"_s));
    const QStringList rejecting =
        filesWhere([&](const Briefing &b) { return takes(b, {}, StancePosition::Rejects); });
    QVERIFY(!rejecting.isEmpty() && rejecting.size() < 8);
    QCOMPARE(tableFiles(), rejecting);

    QVERIFY(choose(m_window->positionFilter(), QString()));
    QCOMPARE(tableFiles(), LibraryFiles::byDate());
}

void TestLibraryWindows::issueFilterCountsAnAliasAsTheIssue()
{
    // Issue Timeline › Aliases… says the ids it lists "count as the chosen issue in the
    // timeline and in the library's filters".
    IssueAliases aliases = IssueAliases::load();
    aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
    aliases.save();
    QVERIFY(choose(m_window->issueFilter(), u"forced-labour"_s));
    const QStringList either = filesWhere([](const Briefing &b) {
        return b.issueIndex(u"forced-labour"_s) >= 0 || b.issueIndex(u"wartime-labour"_s) >= 0;
    });
    QVERIFY(either.contains(u"2022-05-27-tokyo-dg-talks.briefing"_s));
    QCOMPARE(tableFiles(), either);
}

void TestLibraryWindows::dateFiltersNarrowTheTable()
{
    const QDate from(2021, 1, 1);
    const QDate to(2022, 12, 31);
    QVERIFY2(typeDate(m_window->fromFilter(), from),
             qPrintable(m_window->fromFilter()->date().toString(Qt::ISODate)));
    QCOMPARE(tableFiles(), filesWhere([&](const Briefing &b) { return b.date() >= from; }));
    QVERIFY(typeDate(m_window->toFilter(), to));
    const QStringList between =
        filesWhere([&](const Briefing &b) { return b.date() >= from && b.date() <= to; });
    QCOMPARE(between.size(), 2);
    QCOMPARE(tableFiles(), between);

    // A search finds only in the briefings the dates leave.
    QTest::mouseClick(m_window->searchField(), Qt::LeftButton);
    typeText(m_window->searchField(), u"후쿠시마"_s);
    m_window->searchNow();
    const QAbstractItemModel *hits = m_window->hitList()->model();
    QVERIFY(hits->rowCount() > 0);
    for (int r = 0; r < hits->rowCount(); ++r) {
        const QString path = hits->index(r, 0).data(SearchHitModel::PathRole).toString();
        QVERIFY2(between.contains(QFileInfo(path).fileName()), qPrintable(path));
    }
}

void TestLibraryWindows::twoSelectedReadoutsCanBeCompared()
{
    const QString seoul = u"2023-07-14-fm-meeting-seoul-readout.briefing"_s;
    const QString tokyo = u"2023-07-14-fm-meeting-tokyo-readout.briefing"_s;
    QTableView *table = m_window->table();
    auto click = [&](const QString &name, Qt::KeyboardModifiers modifiers) {
        const QModelIndex index =
            table->model()->index(int(tableFiles().indexOf(name)), LibraryTableModel::Title);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                          table->visualRect(index).center());
    };
    QVERIFY(!m_window->compareButton()->isEnabled());
    click(seoul, {});
    QVERIFY(!m_window->compareButton()->isEnabled());
    click(tokyo, Qt::ControlModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QVERIFY(m_window->compareButton()->isEnabled());

    QSignalSpy compare(m_window.get(), &LibraryWindow::compareRequested);
    QTest::mouseClick(m_window->compareButton(), Qt::LeftButton);
    QCOMPARE(compare.count(), 1);
    const QStringList paths{compare.at(0).at(0).toString(), compare.at(0).at(1).toString()};
    QCOMPARE(QSet<QString>(paths.cbegin(), paths.cend()),
             (QSet<QString>{QDir(m_folder).filePath(seoul), QDir(m_folder).filePath(tokyo)}));

    // Two briefings, not three.
    click(LibraryFiles::byDate().constFirst(), Qt::ControlModifier);
    QVERIFY(!m_window->compareButton()->isEnabled());
}

void TestLibraryWindows::folderChangesReachTheOpenWindow()
{
    QSignalSpy updated(m_service.get(), &LibraryService::updated);
    const QString added = u"2024-02-02-added.briefing"_s;
    QVERIFY(addFile(added, briefingWith(QDate(2024, 2, 2), u"Added while the window is open"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(tableFiles(), QStringList{added} + LibraryFiles::byDate(),
                              folderTimeoutMs);
    QVERIFY(!updated.isEmpty());
    QVERIFY(m_window->statusLabel()->text().startsWith(u"9 "_s));
    QCOMPARE(m_window->table()->model()->index(0, LibraryTableModel::Title).data().toString(),
             u"Added while the window is open"_s);

    updated.clear();
    QVERIFY(QFile::remove(QDir(m_folder).filePath(added)));
    QTRY_COMPARE_WITH_TIMEOUT(tableFiles(), LibraryFiles::byDate(), folderTimeoutMs);
    QVERIFY(!updated.isEmpty());
    QVERIFY(m_window->statusLabel()->text().startsWith(u"8 "_s));

    // A file that is not a briefing is skipped, and said so.
    const QString broken = u"broken.briefing"_s;
    QVERIFY(addFile(broken, R"({"bilateral": 1, "title": {"en": )"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusLabel()->text().contains(u"1 file(s) skipped"_s),
                             folderTimeoutMs);
    QCOMPARE(tableFiles(), LibraryFiles::byDate());
    QVERIFY2(m_window->statusLabel()->toolTip().contains(broken),
             qPrintable(m_window->statusLabel()->toolTip()));
    QVERIFY(QFile::remove(QDir(m_folder).filePath(broken)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->statusLabel()->text().contains(u"skipped"_s),
                             folderTimeoutMs);
}

void TestLibraryWindows::documentTextIsShownAsWritten()
{
    const QString name = u"2024-03-03-markup.briefing"_s;
    QVERIFY(addFile(name, briefingWith(QDate(2024, 3, 3), markup)));
    QTRY_COMPARE_WITH_TIMEOUT(tableFiles().value(0), name, folderTimeoutMs);
    const QModelIndex title = m_window->table()->model()->index(0, LibraryTableModel::Title);
    QCOMPARE(title.data(Qt::DisplayRole).toString(), markup);

    TimelineWindow timeline(m_service.get());
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.showIssue(u"export-controls"_s);
    QCOMPARE(headerTexts(timeline.grid()).constLast(), u"2024-03-03\n"_s + markup);

    // A search for markup: the count line quotes it as typed.
    QTest::mouseClick(m_window->searchField(), Qt::LeftButton);
    QTest::keyClicks(m_window->searchField(), u"<i>zzqx</i>"_s);
    m_window->searchNow();
    QVERIFY(hitsLabel(m_window.get())->text().contains(u"<i>zzqx</i>"_s));

    // Every label that shows text from the files or the user (a field's caption, with its
    // buddy, shows only the interface's own) shows it as plain text.
    int checked = 0;
    for (QWidget *window :
         {static_cast<QWidget *>(m_window.get()), static_cast<QWidget *>(&timeline)}) {
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy())
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
            ++checked;
        }
    }
    QVERIFY(checked >= 4);
    QCOMPARE(m_window->statusLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(hitsLabel(m_window.get())->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestLibraryWindows)
#include "tst_librarywindows.moc"
