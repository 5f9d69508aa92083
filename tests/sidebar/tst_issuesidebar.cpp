#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "sidebar/issuelistmodel.h"
#include "sidebar/issuesidebar.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
using TestSupport::BracketTranslator;

Briefing markupBriefing()
{
    const QByteArray json = R"({
      "bilateral": 1, "title": {"ko": "t", "en": "t"}, "date": "2020-10-29",
      "sides": [{"id": "a", "name": {"ko": "<i>a</i>", "en": "<i>a</i>"}, "color": "#2563b0"}],
      "passages": [{"id": "p1", "text": {"ko": "x", "en": "x"}}],
      "issues": [{"id": "i", "title": {"ko": "<b>x</b>", "en": "<b>x</b>"}, "passages": ["p1"],
        "stances": [{"side": "a", "position": "demands",
                     "summary": {"ko": "<img src=x>", "en": "<img src=x>"}}]}]
    })";
    const LoadResult result = BriefingLoader::parse(json, u"x"_s);
    return result.briefing.value_or(Briefing());
}

// A model on its own document.
struct ModelFixture
{
    explicit ModelFixture(const Briefing &briefing = Briefing())
    {
        document.open(briefing, DocumentLocation());
    }
    BriefingDocument document;
    IssueListModel model{&document};
};

// A sidebar on its own document, in the interface language `locale` ("" for the default).
struct SidebarFixture
{
    explicit SidebarFixture(const Briefing &briefing, const QString &locale = {})
    {
        document.open(briefing, DocumentLocation());
        if (!locale.isEmpty())
            sidebar.setLocale(QLocale(locale));
    }
    ReadingState *state() { return document.readingState(); }
    BriefingDocument document;
    IssueSidebar sidebar{&document};
};

// Text typed the way an input method delivers it, so Hangul and kanji arrive whole.
void type(QLineEdit *edit, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(edit, &event);
}
} // namespace

class TestIssueSidebar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void modelPassesTesterAcrossChanges();
    void titlesFollowLanguagePreference_data();
    void titlesFollowLanguagePreference();
    void passageCountIsRelevantPassageCount();
    void headerNamesTheTopic();
    void toolTipEscapesDocumentText();
    void retranslationReachesHeaderToolTipsAndWidgets();

    void filterNarrowsList_data();
    void filterNarrowsList();
    void escapeInFilterClearsIt();
    void downFromFilterFocusesListAndSelectsFirstRow();
    void clickingRowSelectsTheIssue();
    void enterSelectsCurrentRow();
    void escapeInListClearsSelection();
    void selectIssueSelectsAndMinusOneClears();
    void selectIssueClearsFilterThatHidesIt();
    void filterNeverChangesTheSelection();
    void newBriefingClearsSelection();

private:
    void showSidebar(IssueSidebar &sidebar);
    QModelIndex rowOf(const IssueSidebar &sidebar, int issueIndex) const;

    Briefing m_sample;
};

void TestIssueSidebar::initTestCase()
{
    const LoadResult result = BriefingLoader::loadFile(SampleBriefing::resourcePath());
    QVERIFY(result.ok());
    m_sample = *result.briefing;
    QCOMPARE(m_sample.issues().size(), 5);
}

void TestIssueSidebar::cleanup()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
}

void TestIssueSidebar::showSidebar(IssueSidebar &sidebar)
{
    sidebar.resize(320, 480);
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    sidebar.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&sidebar));
}

QModelIndex TestIssueSidebar::rowOf(const IssueSidebar &sidebar, int issueIndex) const
{
    const QAbstractItemModel *proxy = sidebar.view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(IssueListModel::IssueIndexRole).toInt() == issueIndex)
            return index;
    }
    return {};
}

void TestIssueSidebar::modelPassesTesterAcrossChanges()
{
    BriefingDocument document;
    IssueListModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rowsMatch = [&] {
        if (model.rowCount() != document.briefing().issues().size())
            return false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(IssueListModel::IssueIdRole).toString()
                != document.briefing().issues().at(row).id)
                return false;
        }
        return true;
    };
    document.open(m_sample, DocumentLocation());
    QVERIFY(rowsMatch());
    model.setLanguagePreference({u"ko"_s});
    model.retranslate();
    // Edits arrive as insertions, removals and changes: the model follows each, and undo.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    using namespace BriefingEdits;
    document.apply(u"a"_s, addIssue(document.briefing().data(), {{u"en"_s, u"Visas"_s}}));
    QVERIFY(rowsMatch());
    QCOMPARE(inserted.size(), 1);
    document.apply(u"r"_s, removeIssue(document.briefing().data(), 1));
    QVERIFY(rowsMatch());
    QCOMPARE(removed.size(), 1);
    document.apply(u"n"_s, renameIssue(document.briefing().data(), 0, {{u"ko"_s, u"새"_s}}));
    QVERIFY(rowsMatch());
    QCOMPARE(model.index(0).data().toString(), u"새"_s);
    document.apply(u"m"_s, mergeWithNext(document.briefing().data(), 0));
    QVERIFY(rowsMatch());
    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
        QVERIFY(rowsMatch());
    }
    QCOMPARE(reset.size(), 0); // never a reset for an edit: views keep their selection
    document.open(Briefing(), DocumentLocation());
    model.setLanguagePreference({u"ja"_s});
    model.retranslate();
    QCOMPARE(model.rowCount(), 0);
    document.open(m_sample, DocumentLocation());
    model.setLanguagePreference({u"en"_s});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void TestIssueSidebar::titlesFollowLanguagePreference_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("language");
    QTest::newRow("Korean interface shows Korean titles") << u"ko"_s << u"ko"_s;
    QTest::newRow("Japanese interface shows Japanese titles") << u"ja"_s << u"ja"_s;
    QTest::newRow("English interface shows English titles") << u"en"_s << u"en"_s;
    QTest::newRow("unknown language falls back to English") << u"fr"_s << u"en"_s;
}

void TestIssueSidebar::titlesFollowLanguagePreference()
{
    QFETCH(QString, preference);
    QFETCH(QString, language);
    ModelFixture fixture(m_sample);
    IssueListModel &model = fixture.model;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguagePreference({preference});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), m_sample.issues().at(row).title.text(language));
        QCOMPARE(index.data(IssueListModel::IssueIndexRole).toInt(), row);
        QCOMPARE(index.data(IssueListModel::IssueIdRole).toString(), m_sample.issues().at(row).id);
    }
}

void TestIssueSidebar::passageCountIsRelevantPassageCount()
{
    ModelFixture fixture(m_sample);
    IssueListModel &model = fixture.model;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row).data(IssueListModel::PassageCountRole).toInt(),
                 m_sample.issues().at(row).relevantPassages.size());
    }
    const QModelIndex forcedLabour = model.index(m_sample.issueIndex(u"forced-labour"_s));
    // p3, p8, p9, p10, p11, p22
    QCOMPARE(forcedLabour.data(IssueListModel::PassageCountRole).toInt(), 6);
    // Without an English translation loaded the source text's "(s)" shows.
    const QString count = IssueListModel::tr("%n passage(s)", "", 6);
    QVERIFY(count.startsWith(u"6 passage"));
    QVERIFY(forcedLabour.data(Qt::ToolTipRole).toString().contains(count));
}

void TestIssueSidebar::headerNamesTheTopic()
{
    ModelFixture fixture;
    QCOMPARE(fixture.model.headerData(0, Qt::Horizontal).toString(), u"Issue"_s);
}

void TestIssueSidebar::toolTipEscapesDocumentText()
{
    const Briefing briefing = markupBriefing();
    QCOMPARE(briefing.issues().size(), 1);
    ModelFixture fixture(briefing);
    IssueListModel &model = fixture.model;
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data().toString(), u"<b>x</b>"_s); // the display role is plain text
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;b&gt;x&lt;/b&gt;"), qPrintable(tip));
    QVERIFY2(tip.contains(u"&lt;i&gt;a&lt;/i&gt;"), qPrintable(tip));
    QVERIFY2(tip.contains(u"&lt;img src=x&gt;"), qPrintable(tip));
    QVERIFY(!tip.contains(u"<b>x"));
    QVERIFY(!tip.contains(u"<img"));
    QVERIFY(tip.contains(u"Demands"));
    // Explicit HTML, so the tool tip decodes the escapes rather than showing them.
    QVERIFY(Qt::mightBeRichText(tip));
    const QString spoken = index.data(Qt::AccessibleTextRole).toString();
    QVERIFY(spoken.contains(u"<b>x</b>"));
    QVERIFY(spoken.contains(u"Demands"));
}

void TestIssueSidebar::retranslationReachesHeaderToolTipsAndWidgets()
{
    SidebarFixture fixture(m_sample, u"en"_s);
    IssueSidebar &sidebar = fixture.sidebar;
    QSignalSpy header(sidebar.model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(sidebar.model(), &QAbstractItemModel::dataChanged);
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // LanguageChange is posted: the texts change once events are processed.
    QTRY_COMPARE(sidebar.filterEdit()->placeholderText(), u"[Filter issues]"_s);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!header.isEmpty());
    QVERIFY(!data.isEmpty());
    QVERIFY(data.constLast().at(2).value<QList<int>>().contains(Qt::ToolTipRole));
}

void TestIssueSidebar::filterNarrowsList_data()
{
    QTest::addColumn<QString>("preference"); // the interface's locale
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expectedIds");
    const QStringList all{u"forced-labour"_s, u"export-controls"_s, u"trilateral-summit"_s,
                          u"fukushima-water"_s, u"north-korea"_s};
    QTest::newRow("an English word finds its English title")
        << u"en"_s << u"forced"_s << QStringList{u"forced-labour"_s};
    QTest::newRow("case is ignored")
        << u"en"_s << u"FUKUSHIMA"_s << QStringList{u"fukushima-water"_s};
    QTest::newRow("a word in two titles finds both")
        << u"en"_s << u"korea"_s << QStringList{u"trilateral-summit"_s, u"north-korea"_s};
    QTest::newRow("a Korean word finds its Korean title")
        << u"ko"_s << u"징용"_s << QStringList{u"forced-labour"_s};
    QTest::newRow("a Japanese word finds its Japanese title")
        << u"ja"_s << u"輸出"_s << QStringList{u"export-controls"_s};
    // Every language of the briefing, whatever the interface's.
    QTest::newRow("a Korean title from the English interface")
        << u"en"_s << u"후쿠시마"_s << QStringList{u"fukushima-water"_s};
    QTest::newRow("an English title from the Korean interface")
        << u"ko"_s << u"forced"_s << QStringList{u"forced-labour"_s};
    // And the stances' summaries: the issue where a side asked for a withdrawal.
    QTest::newRow("a word of a stance's summary")
        << u"en"_s << u"withdraw"_s << QStringList{u"export-controls"_s};
    QTest::newRow("a Korean word of a stance's summary")
        << u"en"_s << u"철회"_s << QStringList{u"export-controls"_s};
    QTest::newRow("decomposed Hangul finds composed")
        << u"en"_s << u"후쿠시마"_s.normalized(QString::NormalizationForm_D)
        << QStringList{u"fukushima-water"_s};
    QTest::newRow("nothing matches") << u"en"_s << u"korean"_s << QStringList{};
    QTest::newRow("surrounding spaces are ignored")
        << u"en"_s << u"  summit "_s << QStringList{u"trilateral-summit"_s};
    QTest::newRow("an empty filter shows every issue") << u"en"_s << QString() << all;
}

void TestIssueSidebar::filterNarrowsList()
{
    QFETCH(QString, preference);
    QFETCH(QString, filter);
    QFETCH(QStringList, expectedIds);
    SidebarFixture fixture(m_sample, preference);
    IssueSidebar &sidebar = fixture.sidebar;
    QAbstractItemModelTester tester(sidebar.view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    type(sidebar.filterEdit(), filter);
    QCOMPARE(sidebar.filterEdit()->text(), filter);
    QStringList shown;
    const QAbstractItemModel *proxy = sidebar.view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row)
        shown.append(proxy->index(row, 0).data(IssueListModel::IssueIdRole).toString());
    QCOMPARE(shown, expectedIds);
}

void TestIssueSidebar::escapeInFilterClearsIt()
{
    SidebarFixture fixture(m_sample);
    IssueSidebar &sidebar = fixture.sidebar;
    QTest::keyClicks(sidebar.filterEdit(), u"summit"_s);
    QCOMPARE(sidebar.view()->model()->rowCount(), 1);
    QTest::keyClick(sidebar.filterEdit(), Qt::Key_Escape);
    QVERIFY(sidebar.filterEdit()->text().isEmpty());
    QCOMPARE(sidebar.view()->model()->rowCount(), 5);
}

void TestIssueSidebar::downFromFilterFocusesListAndSelectsFirstRow()
{
    SidebarFixture fixture(m_sample, u"en"_s);
    IssueSidebar &sidebar = fixture.sidebar;
    showSidebar(sidebar);
    QSignalSpy selected(fixture.state(), &ReadingState::selectedIssueChanged);
    sidebar.filterEdit()->setFocus();
    QTest::keyClicks(sidebar.filterEdit(), u"water"_s);
    QTest::keyClick(sidebar.filterEdit(), Qt::Key_Down);
    QTRY_COMPARE(QApplication::focusWidget(), sidebar.view());
    const int fukushima = m_sample.issueIndex(u"fukushima-water"_s);
    QCOMPARE(sidebar.currentIssue(), fukushima);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toInt(), fukushima);
    // Up from the first row goes back to the filter.
    QTest::keyClick(sidebar.view(), Qt::Key_Up);
    QTRY_COMPARE(QApplication::focusWidget(), sidebar.filterEdit());
}

void TestIssueSidebar::clickingRowSelectsTheIssue()
{
    SidebarFixture fixture(m_sample);
    IssueSidebar &sidebar = fixture.sidebar;
    showSidebar(sidebar);
    QSignalSpy selected(fixture.state(), &ReadingState::selectedIssueChanged);
    for (int issue : {2, 0, 4}) {
        const QRect rect = sidebar.view()->visualRect(rowOf(sidebar, issue));
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(sidebar.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(sidebar.currentIssue(), issue);
        QCOMPARE(selected.constLast().constFirst().toInt(), issue);
    }
    QCOMPARE(selected.size(), 3);
}

void TestIssueSidebar::enterSelectsCurrentRow()
{
    SidebarFixture fixture(m_sample);
    IssueSidebar &sidebar = fixture.sidebar;
    showSidebar(sidebar);
    sidebar.view()->setFocus();
    // Move the current row without selecting, as Ctrl+arrow does.
    sidebar.view()->selectionModel()->setCurrentIndex(rowOf(sidebar, 3),
                                                      QItemSelectionModel::NoUpdate);
    QCOMPARE(sidebar.currentIssue(), -1);
    QSignalSpy selected(fixture.state(), &ReadingState::selectedIssueChanged);
    QTest::keyClick(sidebar.view(), Qt::Key_Return);
    QCOMPARE(sidebar.currentIssue(), 3);
    QCOMPARE(selected.size(), 1);
    QTest::keyClick(sidebar.view(), Qt::Key_Down);
    QCOMPARE(sidebar.currentIssue(), 4);
}

void TestIssueSidebar::escapeInListClearsSelection()
{
    SidebarFixture fixture(m_sample);
    IssueSidebar &sidebar = fixture.sidebar;
    showSidebar(sidebar);
    sidebar.selectIssue(1);
    QSignalSpy selected(fixture.state(), &ReadingState::selectedIssueChanged);
    QTest::keyClick(sidebar.view(), Qt::Key_Escape);
    QCOMPARE(sidebar.currentIssue(), -1);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toInt(), -1);
    QVERIFY(!sidebar.view()->selectionModel()->hasSelection());
}

void TestIssueSidebar::selectIssueSelectsAndMinusOneClears()
{
    SidebarFixture fixture(m_sample);
    IssueSidebar &sidebar = fixture.sidebar;
    QSignalSpy selected(fixture.state(), &ReadingState::selectedIssueChanged);
    sidebar.selectIssue(3);
    QCOMPARE(sidebar.currentIssue(), 3);
    QCOMPARE(sidebar.view()->currentIndex().data(IssueListModel::IssueIndexRole).toInt(), 3);
    sidebar.selectIssue(3); // no change, no signal
    sidebar.selectIssue(-1);
    QCOMPARE(sidebar.currentIssue(), -1);
    QVERIFY(!sidebar.view()->selectionModel()->hasSelection());
    sidebar.selectIssue(99); // out of range clears as well
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected.at(0).constFirst().toInt(), 3);
    QCOMPARE(selected.at(1).constFirst().toInt(), -1);
}

void TestIssueSidebar::selectIssueClearsFilterThatHidesIt()
{
    SidebarFixture fixture(m_sample, u"en"_s);
    IssueSidebar &sidebar = fixture.sidebar;
    QTest::keyClicks(sidebar.filterEdit(), u"forced"_s);
    sidebar.selectIssue(m_sample.issueIndex(u"north-korea"_s));
    QVERIFY(sidebar.filterEdit()->text().isEmpty());
    QCOMPARE(sidebar.currentIssue(), m_sample.issueIndex(u"north-korea"_s));
}

void TestIssueSidebar::filterNeverChangesTheSelection()
{
    SidebarFixture fixture(m_sample, u"en"_s);
    IssueSidebar &sidebar = fixture.sidebar;
    const int northKorea = m_sample.issueIndex(u"north-korea"_s);
    sidebar.selectIssue(northKorea);
    QSignalSpy selected(fixture.state(), &ReadingState::selectedIssueChanged);
    // Typed letter by letter: "k", "ko", … still matches, then "korean" matches nothing.
    QTest::keyClicks(sidebar.filterEdit(), u"korean"_s);
    QCOMPARE(sidebar.view()->model()->rowCount(), 0);
    QCOMPARE(sidebar.currentIssue(), northKorea);
    // Cleared: the selected row is there again, and selected.
    QTest::keyClick(sidebar.filterEdit(), Qt::Key_Escape);
    QCOMPARE(sidebar.currentIssue(), northKorea);
    const QModelIndexList rows = sidebar.view()->selectionModel()->selectedIndexes();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(IssueListModel::IssueIndexRole).toInt(), northKorea);
    // A filter that matches another issue only, and a new interface language: still the same.
    QTest::keyClicks(sidebar.filterEdit(), u"summit"_s);
    sidebar.setLocale(QLocale(u"ko"_s));
    QCOMPARE(sidebar.currentIssue(), northKorea);
    QCOMPARE(selected.size(), 0);
}

void TestIssueSidebar::newBriefingClearsSelection()
{
    SidebarFixture fixture(m_sample);
    IssueSidebar &sidebar = fixture.sidebar;
    sidebar.selectIssue(2);
    QSignalSpy selected(fixture.state(), &ReadingState::selectedIssueChanged);
    fixture.document.open(Briefing(), DocumentLocation());
    QCOMPARE(sidebar.currentIssue(), -1);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toInt(), -1);
    QCOMPARE(sidebar.view()->model()->rowCount(), 0);
}

QTEST_MAIN(TestIssueSidebar)
#include "tst_issuesidebar.moc"
