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
    void clickingRowEmitsIssueSelected();
    void enterSelectsCurrentRow();
    void escapeInListClearsSelection();
    void selectIssueEmitsAndMinusOneClears();
    void selectIssueClearsFilterThatHidesIt();
    void filterHidingSelectionClearsIt();
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
    IssueListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBriefing(m_sample);
    model.setLanguagePreference({u"ko"_s});
    model.retranslate();
    model.setBriefing(Briefing());
    model.setLanguagePreference({u"ja"_s});
    model.retranslate();
    model.setBriefing(m_sample);
    model.setLanguagePreference({u"en"_s});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void TestIssueSidebar::titlesFollowLanguagePreference_data()
{
    QTest::addColumn<QStringList>("preference");
    QTest::addColumn<QString>("language");
    QTest::newRow("Korean interface shows Korean titles") << QStringList{u"ko"_s} << u"ko"_s;
    QTest::newRow("Japanese interface shows Japanese titles") << QStringList{u"ja"_s} << u"ja"_s;
    QTest::newRow("English interface shows English titles") << QStringList{u"en"_s} << u"en"_s;
    QTest::newRow("unknown language falls back to English") << QStringList{u"fr"_s} << u"en"_s;
}

void TestIssueSidebar::titlesFollowLanguagePreference()
{
    QFETCH(QStringList, preference);
    QFETCH(QString, language);
    IssueListModel model;
    model.setBriefing(m_sample);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguagePreference(preference);
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
    IssueListModel model;
    model.setBriefing(m_sample);
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
    IssueListModel model;
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Issue"_s);
}

void TestIssueSidebar::toolTipEscapesDocumentText()
{
    const Briefing briefing = markupBriefing();
    QCOMPARE(briefing.issues().size(), 1);
    IssueListModel model;
    model.setBriefing(briefing);
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
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    sidebar.setLanguagePreference({u"en"_s});
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
    QTest::addColumn<QStringList>("preference");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expectedIds");
    const QStringList all{u"forced-labour"_s, u"export-controls"_s, u"trilateral-summit"_s,
                          u"fukushima-water"_s, u"north-korea"_s};
    QTest::newRow("an English word finds its English title")
        << QStringList{u"en"_s} << u"forced"_s << QStringList{u"forced-labour"_s};
    QTest::newRow("case is ignored")
        << QStringList{u"en"_s} << u"FUKUSHIMA"_s << QStringList{u"fukushima-water"_s};
    QTest::newRow("a word in two titles finds both")
        << QStringList{u"en"_s} << u"japan"_s
        << QStringList{u"export-controls"_s, u"trilateral-summit"_s};
    QTest::newRow("a Korean word finds its Korean title")
        << QStringList{u"ko"_s} << u"징용"_s << QStringList{u"forced-labour"_s};
    QTest::newRow("a Japanese word finds its Japanese title")
        << QStringList{u"ja"_s} << u"輸出"_s << QStringList{u"export-controls"_s};
    QTest::newRow("the filter matches the shown language only")
        << QStringList{u"ko"_s} << u"forced"_s << QStringList{};
    QTest::newRow("surrounding spaces are ignored")
        << QStringList{u"en"_s} << u"  summit "_s << QStringList{u"trilateral-summit"_s};
    QTest::newRow("an empty filter shows every issue") << QStringList{u"en"_s} << QString() << all;
}

void TestIssueSidebar::filterNarrowsList()
{
    QFETCH(QStringList, preference);
    QFETCH(QString, filter);
    QFETCH(QStringList, expectedIds);
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    sidebar.setLanguagePreference(preference);
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
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    QTest::keyClicks(sidebar.filterEdit(), u"summit"_s);
    QCOMPARE(sidebar.view()->model()->rowCount(), 1);
    QTest::keyClick(sidebar.filterEdit(), Qt::Key_Escape);
    QVERIFY(sidebar.filterEdit()->text().isEmpty());
    QCOMPARE(sidebar.view()->model()->rowCount(), 5);
}

void TestIssueSidebar::downFromFilterFocusesListAndSelectsFirstRow()
{
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    sidebar.setLanguagePreference({u"en"_s});
    showSidebar(sidebar);
    QSignalSpy selected(&sidebar, &IssueSidebar::issueSelected);
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

void TestIssueSidebar::clickingRowEmitsIssueSelected()
{
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    showSidebar(sidebar);
    QSignalSpy selected(&sidebar, &IssueSidebar::issueSelected);
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
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    showSidebar(sidebar);
    sidebar.view()->setFocus();
    // Move the current row without selecting, as Ctrl+arrow does.
    sidebar.view()->selectionModel()->setCurrentIndex(rowOf(sidebar, 3),
                                                      QItemSelectionModel::NoUpdate);
    QCOMPARE(sidebar.currentIssue(), -1);
    QSignalSpy selected(&sidebar, &IssueSidebar::issueSelected);
    QTest::keyClick(sidebar.view(), Qt::Key_Return);
    QCOMPARE(sidebar.currentIssue(), 3);
    QCOMPARE(selected.size(), 1);
    QTest::keyClick(sidebar.view(), Qt::Key_Down);
    QCOMPARE(sidebar.currentIssue(), 4);
}

void TestIssueSidebar::escapeInListClearsSelection()
{
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    showSidebar(sidebar);
    sidebar.selectIssue(1);
    QSignalSpy selected(&sidebar, &IssueSidebar::issueSelected);
    QTest::keyClick(sidebar.view(), Qt::Key_Escape);
    QCOMPARE(sidebar.currentIssue(), -1);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toInt(), -1);
    QVERIFY(!sidebar.view()->selectionModel()->hasSelection());
}

void TestIssueSidebar::selectIssueEmitsAndMinusOneClears()
{
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    QSignalSpy selected(&sidebar, &IssueSidebar::issueSelected);
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
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    sidebar.setLanguagePreference({u"en"_s});
    QTest::keyClicks(sidebar.filterEdit(), u"forced"_s);
    sidebar.selectIssue(m_sample.issueIndex(u"north-korea"_s));
    QVERIFY(sidebar.filterEdit()->text().isEmpty());
    QCOMPARE(sidebar.currentIssue(), m_sample.issueIndex(u"north-korea"_s));
}

void TestIssueSidebar::filterHidingSelectionClearsIt()
{
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    sidebar.setLanguagePreference({u"en"_s});
    sidebar.selectIssue(m_sample.issueIndex(u"north-korea"_s));
    QSignalSpy selected(&sidebar, &IssueSidebar::issueSelected);
    QTest::keyClicks(sidebar.filterEdit(), u"korea"_s); // "North Korea" still matches
    QCOMPARE(selected.size(), 0);
    QTest::keyClicks(sidebar.filterEdit(), u"n"_s); // "korean" matches no title
    QCOMPARE(sidebar.view()->model()->rowCount(), 0);
    QCOMPARE(sidebar.currentIssue(), -1);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toInt(), -1);
    // A new interface language can hide the selection too.
    QTest::keyClick(sidebar.filterEdit(), Qt::Key_Escape);
    QTest::keyClicks(sidebar.filterEdit(), u"North"_s);
    sidebar.selectIssue(m_sample.issueIndex(u"north-korea"_s));
    sidebar.setLanguagePreference({u"ko"_s});
    QCOMPARE(sidebar.currentIssue(), -1);
    QCOMPARE(selected.constLast().constFirst().toInt(), -1);
}

void TestIssueSidebar::newBriefingClearsSelection()
{
    IssueSidebar sidebar;
    sidebar.setBriefing(m_sample);
    sidebar.selectIssue(2);
    QSignalSpy selected(&sidebar, &IssueSidebar::issueSelected);
    sidebar.setBriefing(Briefing());
    QCOMPARE(sidebar.currentIssue(), -1);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toInt(), -1);
    QCOMPARE(sidebar.view()->model()->rowCount(), 0);
}

QTEST_MAIN(TestIssueSidebar)
#include "tst_issuesidebar.moc"
