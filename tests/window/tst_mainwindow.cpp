#include "briefinggenerator.h"
#include "document/readingstate.h"
#include "editing/importtextdialog.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "reading/bilingualview.h"
#include "reading/briefingheader.h"
#include "reading/findbar.h"
#include "reading/markerstrip.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "sidebar/issuesidebar.h"
#include "sidebar/stancepanel.h"
#include "widgets/sidestyle.h"
#include "window/documentactions.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The main window through its testable interface: markings, outlines and scroll anchors,
// not pixels.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void panesShowBothLanguagesWithNativeHeaders();
    void selectingAnIssueMarksExactlyItsPassagesInBothPanes_data();
    void selectingAnIssueMarksExactlyItsPassagesInBothPanes();
    void clearingTheSelectionClearsTheMarks();
    void f3VisitsHighlightedPassagesInDocumentOrder();
    void shiftF3GoesBackwards();
    void hoveringAPassageOutlinesItsCounterpart();
    void synchronizedScrollingKeepsRowsLevel();
    void scrollingStaysIndependentWhenSyncIsOff();
    void evidenceEntryScrollsBothPanes();
    void markerStripJumpsToTheNearestHighlight();
    void findFindsKoreanAndEnglishWords();
    void findWorksForKana();
    void badFileKeepsTheOpenDocumentAndReportsDiagnostics();
    void largeFileLoadsInTheBackgroundWithProgress();
    void htmlInAPassageIsShownLiterally();
    void sourceLinkOpensOnlyHttpsAndOnlyOnClick_data();
    void sourceLinkOpensOnlyHttpsAndOnlyOnClick();
    void swapPanesExchangesTheirPlaces();
    void settingsPersistAcrossWindows();
    void statusBarStaysTrue();
    void marginBarsShowEverySideOnASharedLine_data();
    void marginBarsShowEverySideOnASharedLine();
    void droppingABriefingOpensIt();
    void droppingTextFilesStartsANewBriefingFromThem();
    void newBriefingFromTextFindsAndTakesNamedLanguages();
    void screenshotWritesAPngOfTheRequestedSize();
    void screenshotTakesTheRequestedLayout();
    void screenshotRejectsAnUnknownIssue();

private:
    std::unique_ptr<MainWindow> m_window;
    Briefing m_sample;
};

static Briefing parseOrFail(const QByteArray &json)
{
    const LoadResult result = BriefingLoader::parse(json, u"test.briefing"_s);
    if (!result.ok())
        qFatal("%s", qPrintable(formatDiagnostics(result.diagnostics)));
    return *result.briefing;
}

static QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    m_window = std::make_unique<MainWindow>();
    TestSupport::show(*m_window, m_sample, SampleBriefing::resourcePath());
    // Small enough that the sample scrolls in both panes.
    m_window->resize(1100, 560);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

void TestMainWindow::panesShowBothLanguagesWithNativeHeaders()
{
    QCOMPARE(m_window->pane(0)->headerLabel()->text(), u"한국어"_s);
    QCOMPARE(m_window->pane(1)->headerLabel()->text(), u"English"_s);
    QVERIFY(m_window->pane(0)->view()->toPlainText().contains(m_sample.passages().at(0).text[0]));
    QVERIFY(m_window->pane(1)->view()->toPlainText().contains(m_sample.passages().at(0).text[1]));
    // Paragraphs as in the file: one text block (a row) per paragraph, in both panes.
    int paragraphs = 0;
    for (const Passage &passage : m_sample.passages())
        paragraphs += passage.startsParagraph ? 1 : 0;
    QCOMPARE(m_window->pane(0)->view()->blockCount(), paragraphs);
    QCOMPARE(m_window->pane(1)->view()->blockCount(), paragraphs);
    QVERIFY(m_window->windowTitle().contains(m_sample.title().text(u"en")));
}

void TestMainWindow::selectingAnIssueMarksExactlyItsPassagesInBothPanes_data()
{
    QTest::addColumn<int>("issue");
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    for (int i = 0; i < sample.issues().size(); ++i)
        QTest::newRow(qPrintable(sample.issues().at(i).id)) << i;
}

void TestMainWindow::selectingAnIssueMarksExactlyItsPassagesInBothPanes()
{
    QFETCH(int, issue);
    m_window->sidebar()->selectIssue(issue);
    QCOMPARE(m_window->readingState()->selectedIssue(), issue);
    QCOMPARE(m_window->stancePanel()->issue(), issue);
    const Issue &expected = m_sample.issues().at(issue);
    for (int passage = 0; passage < m_sample.passages().size(); ++passage) {
        quint64 sides = 0;
        for (const Stance &stance : expected.stances) {
            if (stance.evidence.contains(passage))
                sides |= quint64(1) << stance.side;
        }
        const PassageView::Marking marking = sides != 0   ? PassageView::Marking::Evidence
            : expected.relevantPassages.contains(passage) ? PassageView::Marking::Relevant
                                                          : PassageView::Marking::None;
        for (int slot = 0; slot < 2; ++slot) {
            const PassageView *view = m_window->pane(slot)->view();
            QCOMPARE(view->marking(passage), marking);
            QCOMPARE(view->evidenceSides(passage), sides);
        }
    }
}

void TestMainWindow::clearingTheSelectionClearsTheMarks()
{
    m_window->sidebar()->selectIssue(0);
    QVERIFY(!m_window->readingState()->highlight().isEmpty());
    m_window->sidebar()->selectIssue(-1);
    QCOMPARE(m_window->readingState()->selectedIssue(), -1);
    for (int slot = 0; slot < 2; ++slot) {
        for (int passage = 0; passage < m_sample.passages().size(); ++passage)
            QCOMPARE(m_window->pane(slot)->view()->marking(passage), PassageView::Marking::None);
    }
}

void TestMainWindow::f3VisitsHighlightedPassagesInDocumentOrder()
{
    const int issue = m_sample.issueIndex(u"forced-labour"_s);
    m_window->readingState()->selectIssue(issue);
    const QList<int> expected = m_sample.issues().at(issue).relevantPassages;
    QList<int> visited;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        const int current = m_window->readingState()->currentPassage();
        visited.append(current);
        for (int slot = 0; slot < 2; ++slot) {
            const PassageView *view = m_window->pane(slot)->view();
            const QRect rect = view->passageRect(current);
            QVERIFY2(rect.isValid() && view->viewport()->rect().intersects(rect),
                     qPrintable(u"passage %1 not visible in pane %2"_s.arg(current).arg(slot)));
        }
    }
    QCOMPARE(visited, expected);
    // After the last one, F3 starts again from the first, and says so in the status bar.
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(m_window->readingState()->currentPassage(), expected.first());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Wrapped"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    // The status bar's permanent part names the passage.
    auto *status = m_window->statusBar()->findChild<QLabel *>(u"documentStatus"_s);
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(
                 u"Passage %1 of %2"_s.arg(expected.first() + 1).arg(m_sample.passages().size())),
             qPrintable(status->text()));
}

void TestMainWindow::shiftF3GoesBackwards()
{
    const int issue = m_sample.issueIndex(u"north-korea"_s);
    m_window->readingState()->selectIssue(issue);
    const QList<int> expected = m_sample.issues().at(issue).relevantPassages;
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_window->readingState()->currentPassage(), expected.last());
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_window->readingState()->currentPassage(), expected.at(expected.size() - 2));
}

void TestMainWindow::hoveringAPassageOutlinesItsCounterpart()
{
    PassageView *left = m_window->pane(0)->view();
    PassageView *right = m_window->pane(1)->view();
    ReadingState *state = m_window->readingState();
    const int passage = 2;
    left->scrollToPassage(passage);
    QCoreApplication::processEvents();
    const QRect rect = left->passageStartRect(passage);
    QVERIFY(rect.isValid());
    QTest::mouseMove(left->viewport(), rect.center());
    // Both panes outline the hovered passage: the other one shows its counterpart.
    QTRY_COMPARE(state->hoveredPassage(), passage);
    QVERIFY(right->passageRect(passage).isValid());

    // And the other way round.
    const int counterpart = right->topPassage() + 1;
    QTest::mouseMove(right->viewport(), right->passageStartRect(counterpart).center());
    QTRY_COMPARE(state->hoveredPassage(), counterpart);

    // Leaving the text clears the outline.
    QTest::mouseMove(right->viewport(),
                     QPoint(right->viewport()->width() - 2, right->viewport()->height() - 2));
    QTRY_COMPARE(state->hoveredPassage(), -1);
}

void TestMainWindow::synchronizedScrollingKeepsRowsLevel()
{
    QVERIFY(m_window->bilingualView()->synchronizedScrolling());
    PassageView *left = m_window->pane(0)->view();
    PassageView *right = m_window->pane(1)->view();
    // The top passage is the first one that starts on the top line.
    const auto onTopLine = [](const PassageView *view, int passage) {
        const QRect rect = view->passageRect(passage);
        return rect.isValid() && rect.top() >= 0 && rect.top() < view->fontMetrics().lineSpacing();
    };
    for (int passage : {5, 11, 16}) {
        left->scrollToPassage(passage);
        QVERIFY(onTopLine(left, passage));
        const int top = left->topPassage();
        QVERIFY(top <= passage);
        QVERIFY(onTopLine(left, top));
        // The other pane shows the same rows at the same height: its passage's paragraph
        // starts where this one's does.
        QCOMPARE(right->verticalScrollBar()->value(), left->verticalScrollBar()->value());
        const int row = left->passageRow(passage);
        QCOMPARE(right->passageRow(passage), row);
        QCOMPARE(right->rowViewportTop(row), left->rowViewportTop(row));
    }
    // Scrolling by the scroll bar, not by passage, moves both alike.
    right->verticalScrollBar()->setValue(right->verticalScrollBar()->value() - 3);
    QCOMPARE(left->verticalScrollBar()->value(), right->verticalScrollBar()->value());
}

void TestMainWindow::scrollingStaysIndependentWhenSyncIsOff()
{
    m_window->bilingualView()->setSynchronizedScrolling(false);
    PassageView *left = m_window->pane(0)->view();
    PassageView *right = m_window->pane(1)->view();
    const int before = right->topPassage();
    left->scrollToPassage(14);
    QVERIFY(left->topPassage() >= 12);
    QCOMPARE(right->topPassage(), before);
}

void TestMainWindow::evidenceEntryScrollsBothPanes()
{
    const int issue = m_sample.issueIndex(u"north-korea"_s);
    m_window->readingState()->selectIssue(issue);
    const int evidence = m_sample.issues().at(issue).stances.at(0).evidence.last();
    auto *button =
        m_window->stancePanel()->findChild<QAbstractButton *>(u"evidence-%1"_s.arg(evidence));
    QVERIFY(button);
    button->click();
    QCOMPARE(m_window->readingState()->currentPassage(), evidence);
    for (int slot = 0; slot < 2; ++slot) {
        const PassageView *view = m_window->pane(slot)->view();
        QVERIFY(view->viewport()->rect().intersects(view->passageRect(evidence)));
    }
}

void TestMainWindow::markerStripJumpsToTheNearestHighlight()
{
    const int issue = m_sample.issueIndex(u"fukushima-water"_s);
    m_window->readingState()->selectIssue(issue);
    MarkerStrip *strip = m_window->pane(1)->markerStrip();
    const int last = m_sample.issues().at(issue).relevantPassages.last();
    const double fraction = m_window->pane(1)->view()->passageFraction(last);
    QCOMPARE(strip->passageNear(fraction), last);
    QSignalSpy spy(m_window->readingState(), &ReadingState::revealRequested);
    QTest::mouseClick(strip, Qt::LeftButton, {},
                      QPoint(strip->width() / 2, int(fraction * strip->height()) + 1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_window->readingState()->currentPassage(), last);
}

void TestMainWindow::findFindsKoreanAndEnglishWords()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->lineEdit()->hasFocus());

    auto *matches = bar->findChildren<QLabel *>().value(0);
    QVERIFY(matches);
    // QTest::keyClicks() types ASCII only; Hangul arrives as committed text.
    bar->lineEdit()->setText(u"다키자키"_s);
    const PassageView *right = m_window->pane(1)->view();
    const int korean = int(m_window->pane(0)->view()->toPlainText().count(u"다키자키"_s));
    QVERIFY(korean > 0);
    QCOMPARE(matches->text(), u"1 of %1"_s.arg(korean));

    bar->lineEdit()->clear();
    QTest::keyClicks(bar->lineEdit(), u"TAKIZAKI"_s); // case-insensitive
    const int english = int(right->toPlainText().count(u"Takizaki"_s));
    QVERIFY(english > 0);
    QCOMPARE(matches->text(), u"1 of %1"_s.arg(english));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(matches->text(), u"2 of %1"_s.arg(english));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(matches->text(), u"1 of %1"_s.arg(english));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::findWorksForKana()
{
    const Briefing japanese = parseOrFail(R"({"bilateral": 1, "languages": ["ja", "en"],
      "title": {"ja": "日韓協議", "en": "Talks"}, "date": "2020-10-29",
      "passages": [{"id": "a", "text": {"ja": "処理水の放出についてカタカナで説明した。", "en": "They explained the release."}},
                   {"id": "b", "text": {"ja": "ひらがなとカタカナ。", "en": "Both scripts."}}]})");
    TestSupport::show(*m_window, japanese, u"ja.briefing"_s);
    QCOMPARE(m_window->pane(0)->headerLabel()->text(), u"日本語"_s);
    m_window->readingState()->setFindText(u"カタカナ"_s);
    const QList<ReadingState::FindMatch> matches = m_window->readingState()->findMatches();
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).passage, 0);
    QCOMPARE(matches.at(1).passage, 1);
}

void TestMainWindow::badFileKeepsTheOpenDocumentAndReportsDiagnostics()
{
    QSignalSpy failed(m_window->documentActions(), &DocumentActions::loadFailed);
    const QString bad =
        QStringLiteral(BILATERAL_TEST_DATA) + u"/malformed/unknown-position.briefing"_s;
    QVERIFY(!m_window->documentActions()->openFile(bad));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_window->document()->briefing(), m_sample);
    QCOMPARE(m_window->document()->location().path(), SampleBriefing::resourcePath());
    QMessageBox *dialog = m_window->documentActions()->errorDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(
        dialog->informativeText().contains(bad + u":13:46: error: issues[0].stances[0].position"_s),
        qPrintable(dialog->informativeText()));
    dialog->close();
}

void TestMainWindow::largeFileLoadsInTheBackgroundWithProgress()
{
    QTemporaryDir dir;
    GeneratorOptions options;
    options.passages = 12'000;
    options.issues = 240;
    const QByteArray json = generateBriefing(options);
    QVERIFY(json.size() > DocumentActions::backgroundLoadBytes);
    const QString path = writeTemp(dir, u"large.briefing"_s, json);

    QSignalSpy progress(m_window->documentActions(), &DocumentActions::loadProgress);
    QSignalSpy changed(m_window->documentActions(), &DocumentActions::opened);
    QVERIFY(m_window->documentActions()->openFile(path));
    // Still the sample while the worker thread parses: the window keeps working.
    QCOMPARE(m_window->document()->briefing(), m_sample);
    m_window->readingState()->selectIssue(1);
    QCOMPARE(m_window->readingState()->selectedIssue(), 1);
    QVERIFY(changed.wait(120'000));
    QCOMPARE(m_window->document()->briefing().passages().size(), 12'000);
    QCOMPARE(m_window->document()->location().path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.last().first().toInt() <= 100);
}

void TestMainWindow::htmlInAPassageIsShownLiterally()
{
    const Briefing html =
        parseOrFail(R"({"bilateral": 1, "title": {"ko": "<b>제목</b>", "en": "<i>Title</i>"},
      "date": "2020-10-29", "sides": [{"id": "a", "name": {"ko": "<u>가</u>", "en": "<u>A</u>"}}],
      "passages": [{"id": "p1", "text": {"ko": "<b>x</b>", "en": "<img src=\"file:///etc/hostname\">"}}],
      "issues": [{"id": "i", "title": {"ko": "<b>쟁점</b>", "en": "<b>Issue</b>"},
                  "stances": [{"side": "a", "position": "demands", "summary": {"ko": "<b>s</b>", "en": "<b>s</b>"},
                               "passages": ["p1"]}]}]})");
    TestSupport::show(*m_window, html, u"html.briefing"_s);
    m_window->readingState()->selectIssue(0);
    QCOMPARE(m_window->pane(0)->view()->toPlainText(), u"<b>x</b>"_s);
    QCOMPARE(m_window->pane(1)->view()->toPlainText(), u"<img src=\"file:///etc/hostname\">"_s);
    // Every label that shows any of this text shows it as plain text.
    int shown = 0;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->text().contains(u'<')) {
            ++shown;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(label->objectName() + u": "_s + label->text()));
        }
    }
    QVERIFY(shown >= 3); // title, summary of the stance, side name
}

void TestMainWindow::sourceLinkOpensOnlyHttpsAndOnlyOnClick_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<bool>("clickable");
    QTest::newRow("an https address can be opened by a click")
        << QByteArray("https://example.org/report") << true;
    QTest::newRow("a plain http address is shown but never opened")
        << QByteArray("http://example.org/report") << false;
}

void TestMainWindow::sourceLinkOpensOnlyHttpsAndOnlyOnClick()
{
    QFETCH(QByteArray, url);
    QFETCH(bool, clickable);
    const QByteArray json =
        R"({"bilateral": 1, "title": {"ko": "가", "en": "A"}, "date": "2020-10-29",
      "source": {"name": "Wire", "url": ")"
        + url + R"("}, "passages": [{"id": "p", "text": {"ko": "가", "en": "A"}}]})";
    const LoadResult result = BriefingLoader::parse(json, u"link"_s);
    QVERIFY(result.ok());
    TestSupport::show(*m_window, *result.briefing, u"link.briefing"_s);
    auto *header = m_window->findChild<BriefingHeader *>();
    QVERIFY(header);
    QCOMPARE(header->sourceButton()->text(), u"Wire"_s);
    QCOMPARE(header->sourceButton()->isEnabled(), clickable);
    QCOMPARE(header->sourceButton()->toolTip().contains(QString::fromLatin1(url)), clickable);
}

void TestMainWindow::swapPanesExchangesTheirPlaces()
{
    auto *splitter = m_window->findChild<QSplitter *>(u"textSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->widget(0), m_window->pane(0));
    m_window->findChild<QAction *>(u"swapAction"_s)->trigger();
    QVERIFY(m_window->bilingualView()->panesSwapped());
    QCOMPARE(splitter->widget(0), m_window->pane(1));
    QCOMPARE(splitter->widget(1), m_window->pane(0));
}

void TestMainWindow::settingsPersistAcrossWindows()
{
    m_window->bilingualView()->setPanesSwapped(true);
    m_window->bilingualView()->setSynchronizedScrolling(false);
    m_window->findChild<QAction *>(u"zoomInAction"_s)->trigger();
    m_window->findChild<QAction *>(u"zoomInAction"_s)->trigger();
    m_window->close();

    MainWindow second;
    second.readSettings();
    QVERIFY(second.bilingualView()->panesSwapped());
    QVERIFY(!second.bilingualView()->synchronizedScrolling());
    QCOMPARE(second.pane(0)->view()->zoomSteps(), 2);
    QCOMPARE(second.pane(1)->view()->zoomSteps(), 2);
    QCOMPARE(QSettings().value(u"lastDocument"_s).toString(), SampleBriefing::resourcePath());
    // Ctrl+0 resets.
    second.findChild<QAction *>(u"zoomResetAction"_s)->trigger();
    QCOMPARE(second.pane(0)->view()->zoomSteps(), 0);
}

// The status bar names the current passage and the counts as they are now: after opening a
// larger briefing, after a merge and after its undo.
void TestMainWindow::statusBarStaysTrue()
{
    auto *status = m_window->statusBar()->findChild<QLabel *>(u"documentStatus"_s);
    QVERIFY(status);
    m_window->readingState()->revealPassage(1);
    QCOMPARE(status->text(), u"Passage 2 of 24 · 5 issue(s)"_s);
    GeneratorOptions options;
    options.passages = 82;
    options.issues = 3;
    const LoadResult larger = BriefingLoader::parse(generateBriefing(options), u"g"_s);
    QVERIFY(larger.ok());
    TestSupport::show(*m_window, *larger.briefing, u"/tmp/generated.briefing"_s);
    QCOMPARE(status->text(), u"82 passage(s) · 3 issue(s)"_s); // nothing current yet
    m_window->readingState()->revealPassage(40);
    QCOMPARE(status->text(), u"Passage 41 of 82 · 3 issue(s)"_s);
    m_window->findChild<QAction *>(u"mergePassageAction"_s)->trigger();
    QCOMPARE(status->text(), u"Passage 41 of 81 · 3 issue(s)"_s);
    m_window->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(status->text(), u"Passage 41 of 82 · 3 issue(s)"_s);
    m_window->readingState()->revealPassage(81);
    m_window->findChild<QAction *>(u"deleteIssueAction"_s)->trigger(); // disabled: no issue
    QCOMPARE(status->text(), u"Passage 82 of 82 · 3 issue(s)"_s);
}

void TestMainWindow::droppingABriefingOpensIt()
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"dropped.briefing"_s,
                                   R"({"bilateral": 1, "title": {"ko": "떨어뜨림", "en": "Dropped"},
      "date": "2021-05-01", "passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}]})");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->briefing().title().text(u"en"), u"Dropped"_s);
    QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList().value(0), path);

    // Something that is neither a briefing nor text is refused at the door.
    QMimeData picture;
    picture.setUrls({QUrl::fromLocalFile(dir.filePath(u"photo.png"_s))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &picture, Qt::LeftButton,
                            Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::droppingTextFilesStartsANewBriefingFromThem()
{
    QTemporaryDir dir;
    // English first: which box each goes to is decided by its script, not its order.
    const QString english = writeTemp(dir, u"wire.txt"_s, "Seoul and Tokyo met.\n\nNo progress.\n");
    const QString korean =
        writeTemp(dir, u"기사.txt"_s, u"서울과 도쿄가 만났다.\n\n진전은 없었다.\n"_s.toUtf8());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(english), QUrl::fromLocalFile(korean)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    auto *dialog = m_window->findChild<ImportTextDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->koreanText(), u"서울과 도쿄가 만났다.\n\n진전은 없었다.\n"_s);
    QCOMPARE(dialog->englishText(), u"Seoul and Tokyo met.\n\nNo progress.\n"_s);
    dialog->accept();
    const Briefing &made = m_window->document()->briefing();
    QCOMPARE(made.passages().size(), 2);
    QCOMPARE(made.passages().at(1).text[0], u"진전은 없었다."_s);
    QCOMPARE(made.passages().at(1).text[1], u"No progress."_s);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->document()->location().isUnsaved());
}

// Japanese copy through File › New Briefing from Text…: its language is found and shown, the
// briefing is Japanese–English, and the reader can name the language instead.
void TestMainWindow::newBriefingFromTextFindsAndTakesNamedLanguages()
{
    for (const bool named : {false, true}) {
        m_window->documentActions()->newFromText(
            u"局長が東京で会談した。\n\n進展はなかった。\n"_s,
            u"The directors met in Tokyo.\n\nNo progress.\n"_s);
        auto *dialog = m_window->findChild<ImportTextDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *first = dialog->findChild<QComboBox *>(u"firstLanguage"_s);
        auto *second = dialog->findChild<QComboBox *>(u"secondLanguage"_s);
        QVERIFY(first && second);
        QCOMPARE(first->currentIndex(), 0);
        QVERIFY2(first->currentText().contains(u"日本語"_s), qPrintable(first->currentText()));
        QVERIFY2(second->currentText().contains(u"English"_s), qPrintable(second->currentText()));
        QVERIFY(dialog->namedLanguages().isEmpty());
        if (named) {
            first->setCurrentIndex(first->findData(u"zh"_s));
            QCOMPARE(dialog->namedLanguages(), QStringList({u"zh"_s, u"en"_s}));
        }
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<ImportTextDialog *>());
        const Briefing &made = m_window->document()->briefing();
        QCOMPARE(made.languages()[0], named ? u"zh"_s : u"ja"_s);
        QCOMPARE(made.languages()[1], u"en"_s);
        QCOMPARE(made.passages().size(), 2);
        QCOMPARE(made.passages().at(1).text[0], u"進展はなかった。"_s);
        QVERIFY(made.passages().at(1).confidence.has_value());
        const QString message = m_window->statusBar()->currentMessage();
        // (The English plural comes from bilateral_en.qm, which this test does not load.)
        QVERIFY2(message.startsWith(u"2 pair"_s)
                     && message.contains(u"aligned; 0 in one language only; 0 to check"_s),
                 qPrintable(message));
    }
}

void TestMainWindow::screenshotWritesAPngOfTheRequestedSize()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"shot.png"_s);
    QProcess process;
    process.start(
        QStringLiteral(BILATERAL_EXECUTABLE),
        {u"--screenshot"_s, out, u"--size"_s, u"900x640"_s, u"--issue"_s, u"export-controls"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(900, 640));

    // A folder that does not exist cannot be written to.
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--screenshot"_s, dir.filePath(u"no/such/dir/x.png"_s)});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("cannot write"));
}

void TestMainWindow::screenshotTakesTheRequestedLayout()
{
    // Stacked: one pane, so the text reaches across the window; a wrong name is refused.
    QTemporaryDir dir;
    const QString paragraphs = dir.filePath(u"paragraphs.png"_s);
    const QString stacked = dir.filePath(u"stacked.png"_s);
    for (const auto &[layout, out] :
         {std::pair{u"paragraphs"_s, paragraphs}, {u"stacked"_s, stacked}}) {
        QProcess process;
        process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                      {u"--screenshot"_s, out, u"--size"_s, u"1024x640"_s, u"--layout"_s, layout});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
    }
    QVERIFY(QImage(paragraphs) != QImage(stacked));
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--layout"_s, u"columns"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains(
        "--layout expects one of paragraphs, passages, stacked, found \"columns\""));
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
}

void TestMainWindow::screenshotRejectsAnUnknownIssue()
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--issue"_s, u"no-such-issue"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("unknown issue \"no-such-issue\"") && err.contains("forced-labour"),
             err.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
}

void TestMainWindow::marginBarsShowEverySideOnASharedLine_data()
{
    QTest::addColumn<QString>("issueId");
    QTest::addColumn<bool>("sharesALine"); // at some width, in some pane
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    for (const Issue &issue : sample.issues())
        QTest::newRow(qPrintable(issue.id)) << issue.id << (issue.id == u"trilateral-summit"_s);
}

void TestMainWindow::marginBarsShowEverySideOnASharedLine()
{
    // Passages run on in a paragraph, so two sides' evidence can share a line (the Korean side's
    // proposal of a trilateral summit, and the Japanese silence on it, in the Korean text at
    // some widths): the margin shows a bar for each side there, checked on the painted image.
    QFETCH(QString, issueId);
    QFETCH(bool, sharesALine);
    m_window->readingState()->selectIssue(m_sample.issueIndex(issueId));
    const PassageHighlight &highlight = m_window->readingState()->highlight();
    bool shared = false;
    for (int width = 700; width <= 1900; width += 60) {
        m_window->resize(width, 900);
        QCoreApplication::processEvents();
        for (int slot = 0; slot < 2; ++slot) {
            PassageView *view = m_window->pane(slot)->view();
            for (int first : highlight.passages()) {
                for (int second : highlight.passages()) {
                    const quint64 firstSides = highlight.evidenceSides(first);
                    const quint64 secondSides = highlight.evidenceSides(second);
                    if (first >= second || !view->passageHasText(first)
                        || !view->passageHasText(second) || firstSides == 0 || secondSides == 0
                        || (firstSides | secondSides) == firstSides)
                        continue;
                    view->ensurePassageVisible(first);
                    const QRect firstRect = view->passageRect(first);
                    const QRect secondRect = view->passageRect(second);
                    if (firstRect.bottom() < secondRect.top() || !view->rect().contains(firstRect))
                        continue;
                    // The line they share: every side of either passage has a bar there.
                    shared = true;
                    const int y = (secondRect.top() + firstRect.bottom()) / 2;
                    const QImage image = view->grab(QRect(0, y, 18, 1)).toImage();
                    for (quint64 sides = firstSides | secondSides; sides; sides &= sides - 1) {
                        const int side = std::countr_zero(sides);
                        const QRgb marker =
                            SideStyle::markerColor(m_sample.sides().at(side).color, view->palette())
                                .rgb();
                        bool found = false;
                        for (int x = 0; x < image.width(); ++x)
                            found = found || image.pixelColor(x, 0).rgb() == marker;
                        QVERIFY2(
                            found,
                            qPrintable(u"width %1, pane %2, ¶%3/¶%4: no bar for %5"_s.arg(width)
                                           .arg(slot)
                                           .arg(first + 1)
                                           .arg(second + 1)
                                           .arg(m_sample.sides().at(side).id)));
                    }
                }
            }
        }
    }
    if (sharesALine)
        QVERIFY2(shared, "the case this test is for did not occur at any width");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
