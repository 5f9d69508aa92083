#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "library/issuealiases.h"
#include "library/libraryfiles.h"
#include "libraryviews/comparisonwindow.h"
#include "libraryviews/libraryactions.h"
#include "libraryviews/librarymodels.h"
#include "libraryviews/libraryservice.h"
#include "libraryviews/librarywindow.h"
#include "libraryviews/timelinewindow.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPdfDocument>
#include <QPlainTextEdit>
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

// The library's windows from the main window: its menus, what a search hit or a timeline
// cell opens in it, and two readouts of one meeting compared.
class TestLibraryWindowsMain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menusHoldTheLibraryActions();
    void searchHitOpensItsPassageInTheWindow();
    void timelineMarksChangesWhereTheFilesDo();
    void timelineFollowsAliasesOpensCellsAndExports();
    void comparisonSetsTwoReadoutsSideBySide();
    void comparisonShowsDocumentTextAsWritten();

private:
    // The library window, once the index has caught up with the folder.
    LibraryWindow *openLibrary();
    QString inFolder(const QString &name) const { return QDir(m_folder).filePath(name); }
    // The library's files, oldest first, for which `keep` holds.
    QStringList filesWhere(const std::function<bool(const Briefing &)> &keep) const;

    QTemporaryDir m_dir;
    QString m_folder;
    QHash<QString, Briefing> m_briefings; // by file name
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QString aliasesKey = u"library/issueAliases"_s;
const QString seoulReadout = u"2023-07-14-fm-meeting-seoul-readout.briefing"_s;
const QString tokyoReadout = u"2023-07-14-fm-meeting-tokyo-readout.briefing"_s;
const QStringList english{u"en"_s};

// Types `text` as an input method commits it (QTest::keyClicks sends Latin-1 only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
}

Briefing load(const QString &path)
{
    const LoadResult loaded = BriefingLoader::loadFile(path);
    return loaded.ok() ? *loaded.briefing : Briefing();
}

QMenu *menuHolding(const QMainWindow *window, const QAction *action)
{
    for (QAction *entry : window->menuBar()->actions()) {
        if (entry->menu() && entry->menu()->actions().contains(action))
            return entry->menu();
    }
    return nullptr;
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

QStringList headerTexts(const QTableWidget *grid)
{
    QStringList texts;
    for (int c = 0; c < grid->columnCount(); ++c)
        texts << grid->horizontalHeaderItem(c)->text();
    return texts;
}

bool clickCell(QTableWidget *grid, int row, int column)
{
    QCoreApplication::processEvents(); // the grid scrolls to the latest meetings first
    QTableWidgetItem *item = grid->item(row, column);
    if (!item)
        return false;
    grid->scrollToItem(item);
    const QPoint center = grid->visualItemRect(item).center();
    if (!grid->viewport()->rect().contains(center))
        return false;
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, center);
    return grid->currentItem() == item;
}
} // namespace

void TestLibraryWindowsMain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Bilateral"_s);
    QCoreApplication::setApplicationName(u"tst_librarywindowsmain"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(LibraryFiles::copyLibrary(m_folder));
    for (const QString &name : LibraryFiles::byDate()) {
        m_briefings.insert(name, load(inFolder(name)));
        QVERIFY2(!m_briefings.value(name).passages().isEmpty(), qPrintable(name));
    }
    // In the settings before the first service reads them: no default folder is made.
    QSettings().setValue(u"library/folders"_s, QStringList{m_folder});
}

void TestLibraryWindowsMain::init()
{
    QSettings().remove(aliasesKey);
    m_window = std::make_unique<MainWindow>();
    // Before anything starts the library's service.
    m_window->libraryActions()->setDatabasePath(m_dir.filePath(u"cache/index.sqlite"_s));
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLibraryWindowsMain::cleanup()
{
    m_window.reset();
    QSettings().remove(aliasesKey);
}

LibraryWindow *TestLibraryWindowsMain::openLibrary()
{
    LibraryService *service = m_window->libraryActions()->service();
    QSignalSpy updated(service, &LibraryService::updated);
    service->setFolders({m_folder});
    LibraryWindow *library = m_window->libraryActions()->showLibrary();
    if (!library || !QTest::qWaitForWindowExposed(library))
        return nullptr;
    if (!QTest::qWaitFor([&] { return !updated.isEmpty() && !service->isUpdating(); }, 20000))
        return nullptr;
    return library->table()->model()->rowCount() == 8 ? library : nullptr;
}

QStringList
TestLibraryWindowsMain::filesWhere(const std::function<bool(const Briefing &)> &keep) const
{
    QStringList names;
    for (const QString &name : LibraryFiles::byDate()) {
        if (keep(m_briefings.value(name)))
            names << name;
    }
    std::sort(names.begin(), names.end()); // by date: the names start with it
    return names;
}

void TestLibraryWindowsMain::menusHoldTheLibraryActions()
{
    LibraryActions *actions = m_window->libraryActions();
    QMenu *file = menuHolding(m_window.get(), actions->libraryAction());
    QVERIFY(file);
    QCOMPARE(file->title().remove(u'&'), u"File"_s);
    QVERIFY(file->actions().contains(actions->openFolderAction()));
    QVERIFY(file->actions().contains(actions->compareAction()));
    QCOMPARE(actions->libraryAction()->text().remove(u'&'), u"Library…"_s);
    QCOMPARE(actions->openFolderAction()->text().remove(u'&'), u"Open Library Folder…"_s);
    QCOMPARE(actions->compareAction()->text().remove(u'&'), u"Compare With…"_s);
    QMenu *view = menuHolding(m_window.get(), actions->timelineAction());
    QVERIFY(view);
    QCOMPARE(view->title().remove(u'&'), u"View"_s);

    // By shortcut, among every action of the menus.
    auto byShortcut = [&](const QKeySequence &keys) -> QAction * {
        for (QAction *entry : m_window->menuBar()->actions()) {
            for (QAction *action : entry->menu() ? entry->menu()->actions() : QList<QAction *>()) {
                if (action->shortcut() == keys)
                    return action;
            }
        }
        return nullptr;
    };
    QCOMPARE(byShortcut(QKeySequence(Qt::CTRL | Qt::Key_L)), actions->libraryAction());
    QCOMPARE(byShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)), actions->timelineAction());

    // Ctrl+L opens the library window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(!m_window->findChild<LibraryWindow *>());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<LibraryWindow *>()
                && m_window->findChild<LibraryWindow *>()->isVisible());
    // Ready to search.
    QTRY_VERIFY(m_window->findChild<LibraryWindow *>()->searchField()->hasFocus());
}

void TestLibraryWindowsMain::searchHitOpensItsPassageInTheWindow()
{
    LibraryWindow *library = openLibrary();
    QVERIFY(library);
    QTest::mouseClick(library->searchField(), Qt::LeftButton);
    typeText(library->searchField(), u"방사능 오염수를"_s);
    QTRY_VERIFY(library->hitList()->isVisible());

    const QString sample = inFolder(u"2020-10-29-seoul-dg-talks.briefing"_s);
    QListView *hits = library->hitList();
    QModelIndex target;
    for (int r = 0; r < hits->model()->rowCount() && !target.isValid(); ++r) {
        const QModelIndex hit = hits->model()->index(r, 0);
        if (hit.data(SearchHitModel::PathRole).toString() == sample
            && hit.data(SearchHitModel::PassageRole).toString() == u"p16"_s)
            target = hit;
    }
    QVERIFY2(target.isValid(), "the sample's p16 is not among the hits");
    hits->scrollTo(target);
    QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualRect(target).center());
    QTest::keyClick(hits, Qt::Key_Return);

    const DocumentLocation &location = m_window->document()->location();
    QTRY_COMPARE(canonical(location.path()), canonical(sample));
    const int p16 = m_window->document()->briefing().passageIndex(u"p16"_s);
    QVERIFY(p16 >= 0);
    QTRY_COMPARE(m_window->readingState()->currentPassage(), p16);
}

void TestLibraryWindowsMain::timelineMarksChangesWhereTheFilesDo()
{
    const QString issue = u"export-controls"_s;
    QVERIFY(openLibrary());
    TimelineWindow *window = m_window->libraryActions()->showTimeline(issue);
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    const QTableWidget *grid = window->grid();

    // The meetings that raise the issue, oldest first (file names start with the date).
    const QStringList meetings =
        filesWhere([&](const Briefing &b) { return b.issueIndex(issue) >= 0; });
    QCOMPARE(grid->columnCount(), meetings.size());
    for (int c = 0; c < grid->columnCount(); ++c) {
        const Briefing &briefing = m_briefings.value(meetings.at(c));
        QCOMPARE(grid->horizontalHeaderItem(c)->text(),
                 briefing.date().toString(Qt::ISODate) + u'\n'
                     + briefing.title().preferred(english));
    }

    // A row per side; a cell is marked where the side's position differs from its previous one.
    const Briefing &any = m_briefings.value(meetings.constFirst());
    QCOMPARE(grid->rowCount(), any.sides().size());
    QHash<QString, QHash<QString, bool>> changed; // side → file → marked
    for (int r = 0; r < grid->rowCount(); ++r) {
        const QString name = grid->verticalHeaderItem(r)->text();
        QString side;
        for (const Side &s : any.sides()) {
            if (s.name.preferred(english) == name)
                side = s.id;
        }
        QVERIFY2(!side.isEmpty(), qPrintable(name));
        std::optional<StancePosition> previous;
        for (int c = 0; c < grid->columnCount(); ++c) {
            const Briefing &briefing = m_briefings.value(meetings.at(c));
            const Stance *stance =
                briefing.issues().at(briefing.issueIndex(issue)).stanceOf(briefing.sideIndex(side));
            const QTableWidgetItem *item = grid->item(r, c);
            const bool marked = stance && previous && *previous != stance->position;
            changed[side][meetings.at(c)] = marked;
            QCOMPARE(item->text().startsWith(u"Δ "_s), marked);
            QCOMPARE(item->font().bold(), marked);
            if (stance) {
                QVERIFY2(item->text().endsWith(StancePositions::label(stance->position)),
                         qPrintable(item->text()));
                previous = stance->position;
            }
        }
    }
    // The changes the files hold.
    QVERIFY(changed[u"kr"_s][u"2021-06-22-online-dg-talks.briefing"_s]);
    QVERIFY(!changed[u"jp"_s][u"2021-06-22-online-dg-talks.briefing"_s]);
    QVERIFY(changed[u"kr"_s][u"2023-03-29-seoul-dg-talks.briefing"_s]);
    QVERIFY(changed[u"jp"_s][u"2023-03-29-seoul-dg-talks.briefing"_s]);
    QVERIFY(!changed[u"kr"_s][u"2020-10-29-seoul-dg-talks.briefing"_s]);
}

void TestLibraryWindowsMain::timelineFollowsAliasesOpensCellsAndExports()
{
    const QString wartime = u"2022-05-27-tokyo-dg-talks.briefing"_s;
    QVERIFY(openLibrary());
    TimelineWindow *window = m_window->libraryActions()->showTimeline(u"forced-labour"_s);
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    QVERIFY(!headerTexts(window->grid()).join(u'|').contains(u"2022-05-27"_s));

    IssueAliases aliases = IssueAliases::load();
    aliases.set(u"wartime-labour"_s, u"forced-labour"_s);
    aliases.save();
    window->showIssue(u"forced-labour"_s);
    const QStringList meetings = filesWhere([](const Briefing &b) {
        return b.issueIndex(u"forced-labour"_s) >= 0 || b.issueIndex(u"wartime-labour"_s) >= 0;
    });
    QCOMPARE(meetings.size(), 8);
    QTableWidget *grid = window->grid();
    const QStringList headers = headerTexts(grid);
    QCOMPARE(headers.size(), meetings.size());
    for (qsizetype c = 0; c < meetings.size(); ++c)
        QVERIFY(headers.at(c).startsWith(meetings.at(c).left(10)));

    // A cell opens its meeting's briefing at the issue, under the id that briefing uses:
    // the main window shows that file with that issue selected.
    QSignalSpy open(window, &TimelineWindow::openRequested);
    for (const auto &[name, issue] :
         {std::pair{wartime, u"wartime-labour"_s},
          std::pair{u"2020-10-29-seoul-dg-talks.briefing"_s, u"forced-labour"_s}}) {
        open.clear();
        QVERIFY(clickCell(grid, 0, int(meetings.indexOf(name))));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), inFolder(name));
        QCOMPARE(open.at(0).at(1).toString(), QString());
        QCOMPARE(open.at(0).at(2).toString(), issue);
        QTRY_COMPARE(canonical(m_window->document()->location().path()), canonical(inFolder(name)));
        const int index = m_window->document()->briefing().issueIndex(issue);
        QVERIFY(index >= 0);
        QTRY_COMPARE(m_window->readingState()->selectedIssue(), index);
    }

    // CSV: a byte-order mark, a header, a line per meeting in date order.
    const QString csv = m_dir.filePath(u"forced-labour.csv"_s);
    QVERIFY(window->exportCsv(csv));
    const QByteArray bytes = LibraryFiles::readFile(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + meetings.size());
    QVERIFY2(lines.at(0).startsWith(u"date,"_s), qPrintable(lines.at(0)));
    for (qsizetype m = 0; m < meetings.size(); ++m)
        QVERIFY2(lines.at(m + 1).startsWith(meetings.at(m).left(10) + u','),
                 qPrintable(lines.at(m + 1)));
    QVERIFY(lines.at(meetings.indexOf(wartime) + 1).contains(inFolder(wartime)));
}

void TestLibraryWindowsMain::comparisonSetsTwoReadoutsSideBySide()
{
    LibraryWindow *library = openLibrary();
    QVERIFY(library);
    // Compare Two… with both readouts selected opens the comparison.
    QTableView *table = library->table();
    int clicked = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString path =
            table->model()->index(r, 0).data(LibraryTableModel::PathRole).toString();
        if (path != inFolder(seoulReadout) && path != inFolder(tokyoReadout))
            continue;
        QTest::mouseClick(table->viewport(), Qt::LeftButton,
                          clicked++ ? Qt::ControlModifier : Qt::NoModifier,
                          table->visualRect(table->model()->index(r, 1)).center());
    }
    QCOMPARE(clicked, 2);
    QTest::mouseClick(library->compareButton(), Qt::LeftButton);
    ComparisonWindow *fromButton = m_window->libraryActions()->comparisonWindow();
    QVERIFY(fromButton && fromButton->isVisible());
    const Briefing seoul = load(inFolder(seoulReadout));
    const Briefing tokyo = load(inFolder(tokyoReadout));
    const ReadoutComparison &chosen = fromButton->comparison();
    QCOMPARE(
        (QSet<QString>{chosen.a.title().preferred(english), chosen.b.title().preferred(english)}),
        (QSet<QString>{seoul.title().preferred(english), tokyo.title().preferred(english)}));

    ComparisonWindow *window =
        m_window->libraryActions()->showComparison(inFolder(seoulReadout), inFolder(tokyoReadout));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTableWidget *issues = window->issueTable();
    QSet<QString> ids;
    for (const Briefing *briefing : {&seoul, &tokyo}) {
        for (const Issue &issue : briefing->issues())
            ids.insert(issue.id);
    }
    QCOMPARE(issues->rowCount(), ids.size());
    auto rowOf = [&](const QString &id) {
        const Briefing &from = seoul.issueIndex(id) >= 0 ? seoul : tokyo;
        const QString title = from.issues().at(from.issueIndex(id)).title.preferred(english);
        for (int r = 0; r < issues->rowCount(); ++r) {
            if (issues->item(r, 0)->text() == title)
                return r;
        }
        return -1;
    };
    for (const QString &id : ids) {
        const int row = rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const bool inA = seoul.issueIndex(id) >= 0;
        const bool inB = tokyo.issueIndex(id) >= 0;
        QCOMPARE(issues->item(row, 1)->text(),
                 inA && inB ? u"in both"_s : (inA ? u"only in A"_s : u"only in B"_s));
    }
    QCOMPARE(issues->item(rowOf(u"sado-mines"_s), 1)->text(), u"only in A"_s);
    QCOMPARE(issues->item(rowOf(u"abductions"_s), 1)->text(), u"only in B"_s);

    // fukushima-water: "≠" in each side's column exactly where the readouts differ.
    const QString water = u"fukushima-water"_s;
    const int waterRow = rowOf(water);
    int differing = 0;
    for (const Side &side : seoul.sides()) {
        int column = -1;
        for (int c = 2; c < issues->columnCount(); ++c) {
            if (issues->horizontalHeaderItem(c)->text().startsWith(side.name.preferred(english)
                                                                   + u':'))
                column = c;
        }
        QVERIFY2(column >= 0, qPrintable(side.id));
        const Stance *a =
            seoul.issues().at(seoul.issueIndex(water)).stanceOf(seoul.sideIndex(side.id));
        const Stance *b =
            tokyo.issues().at(tokyo.issueIndex(water)).stanceOf(tokyo.sideIndex(side.id));
        const bool differs = a && b && a->position != b->position;
        differing += differs ? 1 : 0;
        QCOMPARE(issues->item(waterRow, column)->text().startsWith(u"≠"_s), differs);
    }
    QVERIFY(differing > 0);

    // Selecting the row shows each readout's evidence.
    issues->scrollToItem(issues->item(waterRow, 0));
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {},
                      issues->visualItemRect(issues->item(waterRow, 0)).center());
    QCOMPARE(issues->currentRow(), waterRow);
    for (const auto &[which, briefing] : {std::pair{0, &seoul}, std::pair{1, &tokyo}}) {
        const QString evidence = window->evidence(which)->toPlainText();
        const Issue &issue = briefing->issues().at(briefing->issueIndex(water));
        QVERIFY(!issue.relevantPassages.isEmpty());
        for (int p : issue.relevantPassages) {
            QVERIFY2(evidence.contains(briefing->passages().at(p).text[0]), qPrintable(evidence));
            QVERIFY(evidence.contains(briefing->passages().at(p).text[1]));
        }
    }
    QVERIFY(window->wordings()->text().contains(u"오염수"_s));
    QVERIFY(window->wordings()->text().contains(u"처리수"_s));

    // The one-page comparison brief.
    const QString pdfPath = m_dir.filePath(u"comparison.pdf"_s);
    QCOMPARE(window->exportPdf(pdfPath, u"en"_s), QString());
    QVERIFY(LibraryFiles::readFile(pdfPath).startsWith("%PDF"));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(pdfPath), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), 1);
    QVERIFY(pdf.getAllText(0).text().contains(u"Sado"_s));
}

void TestLibraryWindowsMain::comparisonShowsDocumentTextAsWritten()
{
    const QString markup = u"<b>bold</b> & <i>x</i>"_s;
    QJsonObject json = LibraryFiles::json(inFolder(seoulReadout));
    json.insert(u"title"_s, QJsonObject{{u"ko"_s, markup}, {u"en"_s, markup}, {u"ja"_s, markup}});
    const QString path = m_dir.filePath(u"markup.briefing"_s);
    QVERIFY(LibraryFiles::writeFile(path, QJsonDocument(json).toJson()));
    ComparisonWindow *window =
        m_window->libraryActions()->showComparison(path, inFolder(tokyoReadout));
    QVERIFY(window);
    int withMarkup = 0;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->text().contains(u'<') && !label->text().contains(u'&'))
            continue;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
        withMarkup += label->text().contains(markup) ? 1 : 0;
    }
    QVERIFY(withMarkup >= 1); // the header names the readout by its title
    QCOMPARE(window->wordings()->textFormat(), Qt::PlainText);
    for (int which : {0, 1})
        QVERIFY(window->evidence(which)->toPlainText().size() > 0);
}

QTEST_MAIN(TestLibraryWindowsMain)
#include "tst_librarywindowsmain.moc"
