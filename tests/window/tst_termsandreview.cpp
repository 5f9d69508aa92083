#include "document/briefinganalysis.h"
#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "editing/termdialog.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "model/passagetext.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "realtextbriefing.h"
#include "sidebar/reviewpanel.h"
#include "sidebar/termspanel.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The Terms and Review panels, the term underlines and Edit › Add Term, through the real
// window: what a reader clicks, and what the document becomes.
class TestTermsAndReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void termsPanelCountsEachSidesWording();
    void choosingAWordingStepsThroughItsOccurrences();
    void wordingsAreUnderlinedInTheSidesColour();
    void reviewPanelListsFindingsAndRecordsVerdicts();
    void addTermFromASelectionTracksTheWords();

private:
    void open(const Briefing &briefing);
    QTreeWidgetItem *termItem(const QString &startsWith) const;

    std::unique_ptr<MainWindow> m_window;
};

void TestTermsAndReview::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setLocale(QLocale(u"en"_s));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTermsAndReview::cleanup()
{
    m_window->document()->open(Briefing(), DocumentLocation());
    m_window.reset();
}

void TestTermsAndReview::open(const Briefing &briefing)
{
    TestSupport::show(*m_window, briefing, u"/tmp/terms-test.briefing"_s);
    // The terms and the review are worked out on a pool thread.
    QTRY_VERIFY(m_window->document()->analysis()->isReady());
    QCoreApplication::processEvents();
}

QTreeWidgetItem *TestTermsAndReview::termItem(const QString &startsWith) const
{
    const QTreeWidget *list = m_window->termsPanel()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = list->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->text(0).startsWith(startsWith))
                return top->child(c);
        }
    }
    return nullptr;
}

void TestTermsAndReview::termsPanelCountsEachSidesWording()
{
    open(*BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing);
    m_window->detailTabs()->setCurrentWidget(m_window->termsPanel());
    const QTreeWidgetItem *contaminated = termItem(u"오염수"_s);
    QVERIFY(contaminated);
    QCOMPARE(contaminated->text(0), u"오염수 ×3 — South Korea's wording"_s);
    const QTreeWidgetItem *treated = termItem(u"처리수"_s);
    QVERIFY(treated);
    QCOMPARE(treated->text(0), u"처리수 ×1 — Japan's wording"_s);
    QCOMPARE(treated->parent(), contaminated->parent()); // one concept
    QVERIFY(termItem(u"treated water ×1 — Japan's wording"_s));
    // Names the briefing defines itself are listed too.
    QVERIFY(termItem(u"Takizaki ×"_s));
    // The tab shows the open findings: none in the sample.
    QCOMPARE(m_window->detailTabs()->tabText(2), u"Review"_s);
}

void TestTermsAndReview::choosingAWordingStepsThroughItsOccurrences()
{
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    open(sample);
    m_window->detailTabs()->setCurrentWidget(m_window->termsPanel());
    QTreeWidget *list = m_window->termsPanel()->list();
    QTreeWidgetItem *item = termItem(u"오염수"_s);
    QVERIFY(item);
    list->scrollToItem(item);
    QCoreApplication::processEvents();
    const QList<int> expected{sample.passageIndex(u"p3"_s), sample.passageIndex(u"p16"_s),
                              sample.passageIndex(u"p17"_s)};
    const auto label = m_window->termsPanel()->findChildren<QLabel *>();
    for (int step = 0; step < 4; ++step) {
        list->scrollToItem(item); // the note below the list may have taken some of its room
        QCoreApplication::processEvents();
        // A reader's clicks some way apart on the entry (at one spot they would make a
        // double click, which steps as well).
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center() + QPoint(step % 2 ? 20 : -20, 0));
        const int passage = expected.at(step % 3);
        QCOMPARE(m_window->readingState()->currentPassage(), passage);
        // The caret is on the word in the Korean text.
        const PassageCaret caret = m_window->readingState()->caret();
        QCOMPARE(caret.slot, 0);
        const QString shown = PassageText::shown(sample.passages().at(passage).text[0]);
        QVERIFY2(shown.mid(caret.offset).startsWith(u"오염수"_s), qPrintable(shown));
        // The word itself is outlined in its pane until the reader goes elsewhere.
        QCOMPARE(m_window->readingState()->markedWords(),
                 (ReadingState::FindMatch{passage, 0, caret.offset, 3}));
        const bool said = std::any_of(label.cbegin(), label.cend(), [&](const QLabel *l) {
            return l->text() == u"Occurrence %1 of 3"_s.arg(step % 3 + 1);
        });
        QVERIFY(said);
    }
}

void TestTermsAndReview::wordingsAreUnderlinedInTheSidesColour()
{
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    open(sample);
    const int passage = sample.passageIndex(u"p17"_s);
    PassageView *view = m_window->pane(1)->view();
    view->ensurePassageVisible(passage);
    QCoreApplication::processEvents();
    const QString shown = PassageText::shown(sample.passages().at(passage).text[1]);
    const auto underlined = [&](const QString &words, const QColor &expected) {
        const QImage image = view->viewport()->grab().toImage();
        const QList<QRectF> rects =
            view->textRects(passage, 1, int(shown.indexOf(words)), int(words.size()));
        if (rects.isEmpty())
            return false;
        // The underline is the last pixel row or two of the word's box; count pixels in the
        // side's hue there.
        int hits = 0;
        const QRect box = rects.first().toAlignedRect();
        for (int y = box.bottom() - 2; y <= box.bottom(); ++y) {
            for (int x = box.left(); x < box.right(); ++x) {
                const QColor pixel =
                    image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio());
                if (std::abs(pixel.hue() - expected.hue()) < 12 && pixel.saturation() > 80)
                    ++hits;
            }
        }
        return hits > box.width() / 4;
    };
    // South Korea's blue, Japan's orange (the sample's colours).
    QVERIFY(underlined(u"contaminated water"_s, QColor(u"#2563b0"_s)));
    QVERIFY(underlined(u"treated water"_s, QColor(u"#c2410c"_s)));
    QVERIFY(!underlined(u"government"_s, QColor(u"#2563b0"_s)));
}

void TestTermsAndReview::reviewPanelListsFindingsAndRecordsVerdicts()
{
    // Real translated text, with two divergences planted.
    BriefingData data = RealText::coreutilsBriefing(40).data();
    QVERIFY(data.passages.size() == 40);
    data.passages[5].text[0] += u" 3천 명이 참석했다."_s;
    data.passages[5].text[1] += u" Some 4,000 people attended."_s;
    data.passages[20].text[0] += u" 오염수 방류에 반대했다."_s;
    data.passages[20].text[1] += u" It opposed releasing the treated water."_s;
    open(Briefing(data));
    const int before = m_window->document()->analysis()->openFindings();
    QVERIFY(before >= 2);
    QCOMPARE(m_window->detailTabs()->tabText(2), u"Review (%1)"_s.arg(before));

    m_window->detailTabs()->setCurrentWidget(m_window->reviewPanel());
    ReviewPanel *panel = m_window->reviewPanel();
    QListView *list = panel->list();
    QCOMPARE(panel->count(), before);
    int row = -1;
    for (int i = 0; i < panel->count(); ++i) {
        if (list->model()->index(i, 0).data().toString().contains(u"3천"_s))
            row = i;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(m_window->readingState()->currentPassage(), 5);
    QCOMPARE(m_window->readingState()->markedWords().passage, 5);
    QCOMPARE(m_window->readingState()->markedWords().length, 4); // “3천 명”

    m_window->reviewPanel()->markChecked(u"Rounded in the English."_s);
    QVERIFY(m_window->document()->analysis()->isReady()); // a verdict applies at once
    QCOMPARE(m_window->document()->briefing().reviews().size(), 1);
    QCOMPARE(m_window->document()->briefing().reviews().at(0).note, u"Rounded in the English."_s);
    QCOMPARE(m_window->document()->analysis()->openFindings(), before - 1);
    QCOMPARE(m_window->detailTabs()->tabText(2), u"Review (%1)"_s.arg(before - 1));
    QCOMPARE(panel->count(), before - 1);
    QVERIFY(m_window->document()->isModified());

    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->analysis()->openFindings(), before);
    QCOMPARE(panel->count(), before);
}

void TestTermsAndReview::addTermFromASelectionTracksTheWords()
{
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    open(sample);
    // Select "radioactive water" in the English pane, as a reader drags over it.
    const int passage = sample.passageIndex(u"p16"_s);
    PassageView *view = m_window->pane(1)->view();
    view->ensurePassageVisible(passage);
    const QString shown = PassageText::shown(sample.passages().at(passage).text[1]);
    QTextCursor cursor(view->document());
    const int start = view->passagePosition(passage) + int(shown.indexOf(u"radioactive water"_s));
    cursor.setPosition(start);
    cursor.setPosition(start + 17, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
    QCoreApplication::processEvents();

    m_window->findChild<QAction *>(u"addTermAction"_s)->trigger();
    auto *dialog = m_window->findChild<TermDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"termWording"_s)->text(), u"radioactive water"_s);
    QCOMPARE(TermDialog::wordsOnly(u"“contaminated "_s), u"contaminated"_s);
    QCOMPARE(TermDialog::wordsOnly(u"‘오염수’라고"_s), u"오염수’라고"_s); // inside: kept
    QCOMPARE(TermDialog::guessLanguage(u"処理水"_s), u"ja"_s);
    QCOMPARE(TermDialog::guessLanguage(u"처리수"_s), u"ko"_s);
    QCOMPARE(dialog->findChild<QComboBox *>(u"termLanguage"_s)->currentData().toString(), u"en"_s);
    // A wording of the glossary's concept, neutral.
    dialog->chooseConcept(u"fukushima-water"_s);
    dialog->accept();
    QTRY_VERIFY(m_window->document()->analysis()->isReady());

    const QList<TermConcept> &terms = m_window->document()->briefing().terms();
    const auto added = std::find_if(terms.cbegin(), terms.cend(), [](const TermConcept &t) {
        return t.id == u"fukushima-water";
    });
    QVERIFY(added != terms.cend());
    QCOMPARE(added->wordings.last(), (TermWording{u"radioactive water"_s, u"en"_s, QString()}));
    QVERIFY(added->wordings.size() > 5); // the glossary's wordings came with it
    QVERIFY(termItem(u"radioactive water ×1 — neutral wording"_s));
    // The review now sees 오염수 rendered neutrally in that passage.
    const QList<ReviewFinding> &findings = m_window->document()->analysis()->findings();
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [&](const ReviewFinding &f) {
        return f.passage == passage && f.kind == ReviewFinding::Kind::Term;
    }));
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(m_window->document()->analysis()->isReady());
    QVERIFY(!termItem(u"radioactive water"_s));
}

QTEST_MAIN(TestTermsAndReview)
#include "tst_termsandreview.moc"
