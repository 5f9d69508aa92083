#include "editing/briefingpropertiesdialog.h"
#include "editing/issueeditordialog.h"
#include "editing/sidesdialog.h"
#include "format/briefingloader.h"
#include "format/briefingwriter.h"
#include "format/samplebriefing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The editing dialogs on their own: every language the briefing has, sides added and
// removed, the issue editor without sides; each result a briefing the loader accepts.
class TestEditingDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void propertiesDialogEditsTheMetadata();
    void propertiesDialogEditsJapaneseToo();
    void propertiesDialogKeepsAMissingDateMissing();
    void propertiesDialogStartsAtTheTitleAndTabsDownTheForm();
    void issueEditorSetsEachSidesStance();
    void issueEditorEditsEveryLanguageOfTheBriefing_data();
    void issueEditorEditsEveryLanguageOfTheBriefing();
    void issueEditorWithoutSidesSaysWhereTheyComeFrom();
    void sidesDialogRenamesRecoloursAndAdds();
    void sidesDialogRemovesASideWithoutStances();
    void sidesDialogAsksBeforeRemovingASideWithStances_data();
    void sidesDialogAsksBeforeRemovingASideWithStances();

private:
    Briefing m_sample;
};

static void verifyValid(const BriefingData &data)
{
    const LoadResult back =
        BriefingLoader::parse(BriefingWriter::toJson(Briefing(data)), u"edited"_s);
    QVERIFY2(back.ok() && back.diagnostics.isEmpty(),
             qPrintable(formatDiagnostics(back.diagnostics)));
}

void TestEditingDialogs::initTestCase()
{
    m_sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
}

void TestEditingDialogs::cleanup()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
}

void TestEditingDialogs::propertiesDialogEditsTheMetadata()
{
    BriefingPropertiesDialog dialog(m_sample);
    dialog.findChild<QLineEdit *>(u"title-en"_s)->setText(u"  A clearer title  "_s);
    dialog.findChild<QPlainTextEdit *>(u"summary-ko"_s)->setPlainText(u"새 요약."_s);
    const BriefingData edited = dialog.edited();
    QCOMPARE(edited.title.text(u"en"), u"A clearer title"_s);
    QCOMPARE(edited.title.text(u"ko"), m_sample.title().text(u"ko"));
    QCOMPARE(edited.summary.text(u"ko"), u"새 요약."_s);
    QCOMPARE(edited.date, m_sample.date());
    QCOMPARE(edited.source.name, m_sample.source().name);
    verifyValid(edited);
}

// The sample carries Japanese titles: they can be edited, and cleared.
void TestEditingDialogs::propertiesDialogEditsJapaneseToo()
{
    BriefingPropertiesDialog dialog(m_sample);
    auto *japanese = dialog.findChild<QLineEdit *>(u"title-ja"_s);
    QVERIFY(japanese);
    QCOMPARE(japanese->text(), m_sample.title().text(u"ja"));
    japanese->setText(u"日韓局長級協議"_s);
    QCOMPARE(dialog.edited().title.text(u"ja"), u"日韓局長級協議"_s);
    japanese->clear();
    const BriefingData cleared = dialog.edited();
    QVERIFY(!cleared.title.contains(u"ja"));
    QCOMPARE(cleared.title.text(u"en"), m_sample.title().text(u"en"));
    verifyValid(cleared);
}

// An imported briefing whose copy stated no date: the dialog shows "None" and keeps it so,
// rather than giving it today's date; a date set there is kept, and can be taken away again.
void TestEditingDialogs::propertiesDialogKeepsAMissingDateMissing()
{
    BriefingData undated = m_sample.data();
    undated.date = QDate();
    BriefingPropertiesDialog dialog{Briefing(undated)};
    auto *date = dialog.findChild<QDateEdit *>();
    QVERIFY(date);
    QCOMPARE(date->text(), u"None"_s);
    QVERIFY(!dialog.edited().date.isValid());
    verifyValid(dialog.edited());
    date->setDate(QDate(2020, 10, 29));
    QCOMPARE(dialog.edited().date, QDate(2020, 10, 29));
    date->setDate(date->minimumDate());
    QVERIFY(!dialog.edited().date.isValid());
}

void TestEditingDialogs::propertiesDialogStartsAtTheTitleAndTabsDownTheForm()
{
    BriefingPropertiesDialog dialog(m_sample);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"title-ko"_s);
    // Down the form, as it reads: titles, summaries, then the date and the source.
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order,
             (QStringList{u"title-ko"_s, u"title-en"_s, u"title-ja"_s, u"summary-ko"_s,
                          u"summary-en"_s, u"summary-ja"_s}));
    QVERIFY(qobject_cast<QDateEdit *>(QApplication::focusWidget()->parentWidget())
            || qobject_cast<QDateEdit *>(QApplication::focusWidget()));
}

void TestEditingDialogs::issueEditorSetsEachSidesStance()
{
    const int issue = m_sample.issueIndex(u"trilateral-summit"_s);
    IssueEditorDialog dialog(m_sample, issue);
    auto *japan = dialog.findChild<QComboBox *>(u"position-jp"_s);
    QVERIFY(japan);
    QCOMPARE(japan->currentIndex(), int(StancePosition::None));
    japan->setCurrentIndex(int(StancePosition::Objects));
    dialog.findChild<QLineEdit *>(u"issueTitle-en"_s)->setText(u"Trilateral summit"_s);
    const BriefingData edited = dialog.edited();
    const Briefing result(edited);
    const Issue &changed = result.issues().at(issue);
    QCOMPARE(changed.title.text(u"en"), u"Trilateral summit"_s);
    QCOMPARE(changed.stanceOf(result.sideIndex(u"jp"_s))->position, StancePosition::Objects);
    // Korea's stance and its evidence are kept.
    QCOMPARE(changed.stanceOf(result.sideIndex(u"kr"_s))->evidence,
             m_sample.issues().at(issue).stanceOf(m_sample.sideIndex(u"kr"_s))->evidence);
    verifyValid(edited);
}

void TestEditingDialogs::issueEditorEditsEveryLanguageOfTheBriefing_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QStringList>("languages");
    QTest::newRow("English interface: Korean, English, and the sample's Japanese")
        << u"en"_s << QStringList{u"ko"_s, u"en"_s, u"ja"_s};
    QTest::newRow("Japanese interface: the same, Japanese already there")
        << u"ja"_s << QStringList{u"ko"_s, u"en"_s, u"ja"_s};
}

void TestEditingDialogs::issueEditorEditsEveryLanguageOfTheBriefing()
{
    QFETCH(QString, interface);
    QFETCH(QStringList, languages);
    QWidget window;
    window.setLocale(QLocale(interface));
    const int issue = m_sample.issueIndex(u"fukushima-water"_s);
    IssueEditorDialog dialog(m_sample, issue, &window);
    QCOMPARE(dialog.languages(), languages);
    auto *title = dialog.findChild<QLineEdit *>(u"issueTitle-ja"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), m_sample.issues().at(issue).title.text(u"ja"));
    auto *summary = dialog.findChild<QLineEdit *>(u"summary-kr-ja"_s);
    QVERIFY(summary);
    summary->setText(u"深い懸念を表明した。"_s);
    const Briefing edited(dialog.edited());
    QCOMPARE(edited.issues().at(issue).stanceOf(0)->summary.text(u"ja"), u"深い懸念を表明した。"_s);
    verifyValid(edited.data());
}

void TestEditingDialogs::issueEditorWithoutSidesSaysWhereTheyComeFrom()
{
    BriefingData data = m_sample.data();
    data.sides.clear();
    for (Issue &issue : data.issues)
        issue.stances.clear();
    IssueEditorDialog dialog{Briefing(data), 0};
    dialog.show();
    auto *hint = dialog.findChild<QLabel *>(u"noSidesHint"_s);
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Sides"_s));
    // No empty headings over stances that cannot exist.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Stance summary"_s) || label->text() == u"Position"_s)
            QVERIFY2(!label->isVisible(), qPrintable(label->text()));
    }
    // The title can still be edited.
    dialog.findChild<QLineEdit *>(u"issueTitle-en"_s)->setText(u"Renamed"_s);
    QCOMPARE(Briefing(dialog.edited()).issues().at(0).title.text(u"en"), u"Renamed"_s);
}

void TestEditingDialogs::sidesDialogRenamesRecoloursAndAdds()
{
    SidesDialog dialog(m_sample);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.languages(), (QStringList{u"ko"_s, u"en"_s, u"ja"_s}));
    table->item(0, 1)->setText(u"Republic of Korea"_s);
    dialog.setColor(1, QColor(u"#aa00aa"_s));
    dialog.addSide();
    table->item(2, 0)->setText(u"중국"_s);
    table->item(2, 1)->setText(u"China"_s);
    table->item(2, 2)->setText(u"中国"_s);
    const BriefingData edited = dialog.edited();
    QCOMPARE(edited.sides.size(), 3);
    QCOMPARE(edited.sides.at(0).name.text(u"en"), u"Republic of Korea"_s);
    QCOMPARE(edited.sides.at(0).name.text(u"ko"), m_sample.sides().at(0).name.text(u"ko"));
    QCOMPARE(edited.sides.at(0).name.text(u"ja"), u"韓国"_s);
    QCOMPARE(edited.sides.at(1).color, QColor(u"#aa00aa"_s));
    QCOMPARE(edited.sides.at(2).id, u"china"_s);
    QCOMPARE(edited.sides.at(2).name.text(u"ja"), u"中国"_s);
    verifyValid(edited);
}

void TestEditingDialogs::sidesDialogRemovesASideWithoutStances()
{
    SidesDialog dialog(m_sample);
    dialog.addSide();
    dialog.table()->item(2, 1)->setText(u"China"_s);
    QVERIFY(dialog.removeSide(2)); // new, no stances: gone at once, no question
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.edited(), m_sample.data());
}

void TestEditingDialogs::sidesDialogAsksBeforeRemovingASideWithStances_data()
{
    QTest::addColumn<bool>("agree");
    QTest::newRow("the reader agrees: side and stances go") << true;
    QTest::newRow("the reader cancels: everything stays") << false;
}

void TestEditingDialogs::sidesDialogAsksBeforeRemovingASideWithStances()
{
    QFETCH(bool, agree);
    SidesDialog dialog(m_sample);
    dialog.show();
    QString question;
    QTimer::singleShot(0, &dialog, [&] {
        auto *box = dialog.findChild<QMessageBox *>(u"removeSideQuestion"_s);
        QVERIFY(box);
        question = box->text();
        QCOMPARE(box->textFormat(), Qt::PlainText);
        for (QAbstractButton *button : box->buttons()) {
            const bool remove = box->buttonRole(button) == QMessageBox::DestructiveRole;
            if (remove == agree) {
                button->click();
                return;
            }
        }
    });
    QCOMPARE(dialog.removeSide(0), agree);
    QVERIFY2(question.contains(u"South Korea has a stance on 5 issue"_s), qPrintable(question));
    const BriefingData edited = dialog.edited();
    if (!agree) {
        QCOMPARE(edited, m_sample.data());
        return;
    }
    QCOMPARE(edited.sides.size(), 1);
    QCOMPARE(edited.sides.at(0).id, u"jp"_s);
    for (const Issue &issue : edited.issues) {
        for (const Stance &stance : issue.stances)
            QCOMPARE(stance.side, 0); // only Japan's, now the first side
    }
    verifyValid(edited);
}

QTEST_MAIN(TestEditingDialogs)
#include "tst_editingdialogs.moc"
