#include "briefinggenerator.h"
#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "i18n/interfacelanguage.h"
#include "reading/bilingualview.h"
#include "reading/passageview.h"
#include "reading/rowgeometry.h"
#include "reading/textpane.h"
#include "realtextbriefing.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAction>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <functional>

using namespace Qt::StringLiterals;

// The two texts side by side, kept level: each paragraph (or passage, in passage rows) starts
// at the same height in both panes at every width, zoom and interface language; one scroll
// position serves both panes whatever moves them; selecting an issue brings each side's
// evidence into view in both. Checked through the main window as a reader uses it, on the
// sample, on real translated text, and on generated briefings of three sides and of 1,000
// passages.
class TestRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAreLevel_data();
    void rowsAreLevel();
    void rowsStayLevelAfterAResizeAndALanguageSwitch();
    void rowsStayLevelAfterEdits();
    void scrollingMovesBothPanesAlike_data();
    void scrollingMovesBothPanesAlike();
    void selectingAnIssueShowsEachSidesEvidenceInBothPanes_data();
    void selectingAnIssueShowsEachSidesEvidenceInBothPanes();
    void nextHighlightShowsThePassageInBothPanes();
    void switchingLayoutsKeepsTheCurrentPassageInView();
    void passageRowsGiveEachPassageARow();
    void flaggedPairsAreMarkedWhereRowsArePassages();
    void stackedPutsEachPassageAboveItsCounterpart_data();
    void stackedPutsEachPassageAboveItsCounterpart();
    void rowGeometryFindsRowsByHeight();
    void idleTimeMeasuresEveryRowOnce();

private:
    void open(const QString &name);
    PassageView *view(int slot) const { return m_window->pane(slot)->view(); }
    // Fails unless every row starts at the same height (in window coordinates) in both panes
    // and no row's text runs into the next row's.
    void verifyLevel(const QString &where);
    // Fails unless both panes show the same stretch of rows.
    void verifyScrolledAlike(const QString &where);

    QHash<QString, Briefing> m_briefings;
    std::unique_ptr<InterfaceLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
Briefing parsed(const QByteArray &json)
{
    const LoadResult result = BriefingLoader::parse(json, u"generated.briefing"_s);
    return result.ok() ? *result.briefing : Briefing();
}

// The first passage of each row that has text in the view's language, by row.
QMap<int, int> firstPassageByRow(const PassageView *view, const Briefing &briefing)
{
    QMap<int, int> first;
    for (int passage = 0; passage < briefing.passages().size(); ++passage) {
        if (view->passageHasText(passage) && !first.contains(view->passageRow(passage)))
            first.insert(view->passageRow(passage), passage);
    }
    return first;
}
} // namespace

void TestRows::initTestCase()
{
    m_briefings.insert(u"sample"_s,
                       *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing);
    GeneratorOptions threeSides;
    threeSides.passages = 150;
    threeSides.issues = 8;
    threeSides.sides = 3;
    m_briefings.insert(u"three sides"_s, parsed(generateBriefing(threeSides)));
    GeneratorOptions large;
    large.passages = 1000;
    m_briefings.insert(u"1,000 passages"_s, parsed(generateBriefing(large)));
    m_briefings.insert(u"coreutils"_s, RealText::coreutilsBriefing(120));
    for (auto it = m_briefings.cbegin(); it != m_briefings.cend(); ++it)
        QVERIFY2(it.value().passages().size() >= 24, qPrintable(it.key()));
    QVERIFY2(m_briefings.value(u"coreutils"_s).passages().size() == 120,
             "coreutils' Korean catalogue is missing");
}

void TestRows::init()
{
    QSettings().clear();
    m_language = std::make_unique<InterfaceLanguage>();
    m_language->apply(u"en"_s);
    m_window = std::make_unique<MainWindow>(m_language.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRows::cleanup()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

void TestRows::open(const QString &name)
{
    TestSupport::show(*m_window, m_briefings.value(name), u"/tmp/%1.briefing"_s.arg(name));
    QCoreApplication::processEvents();
}

void TestRows::verifyLevel(const QString &where)
{
    // Rows are measured as they come into view or in idle time: measure them all first, so
    // measuring one on the way does not move the text between two readings.
    m_window->bilingualView()->rowGeometry()->measureAll();
    QCoreApplication::processEvents();
    const Briefing &briefing = m_window->document()->briefing();
    const std::array<QMap<int, int>, 2> firsts{firstPassageByRow(view(0), briefing),
                                               firstPassageByRow(view(1), briefing)};
    // Rows in window coordinates: the panes' viewports may sit at different heights.
    const auto windowTop = [this](int slot, const QRect &rect) {
        return rect.top() + view(slot)->viewport()->mapTo(m_window.get(), QPoint(0, 0)).y();
    };
    int compared = 0;
    for (auto it = firsts[0].cbegin(); it != firsts[0].cend(); ++it) {
        const int row = it.key();
        if (!firsts[1].contains(row))
            continue;
        const int top0 = windowTop(0, view(0)->passageRect(it.value()));
        const int top1 = windowTop(1, view(1)->passageRect(firsts[1].value(row)));
        QVERIFY2(std::abs(top0 - top1) <= 1,
                 qPrintable(
                     u"%1: row %2 starts at %3 and %4"_s.arg(where).arg(row).arg(top0).arg(top1)));
        ++compared;
    }
    QVERIFY2(compared > 0, qPrintable(where));
    // The shorter side is padded: no row's text reaches the next row's.
    for (int slot = 0; slot < 2; ++slot) {
        int previousBottom = INT_MIN;
        int previousRow = -1;
        for (int passage = 0; passage < briefing.passages().size(); ++passage) {
            if (!view(slot)->passageHasText(passage))
                continue;
            const QRect rect = view(slot)->passageRect(passage);
            if (view(slot)->passageRow(passage) != previousRow && previousRow >= 0)
                QVERIFY2(rect.top() > previousBottom,
                         qPrintable(
                             u"%1: pane %2, ¶%3 overlaps the row above"_s.arg(where).arg(slot).arg(
                                 passage + 1)));
            previousRow = view(slot)->passageRow(passage);
            previousBottom = std::max(previousBottom, rect.bottom());
        }
    }
}

void TestRows::verifyScrolledAlike(const QString &where)
{
    QCoreApplication::processEvents();
    QCOMPARE(view(0)->verticalScrollBar()->value(), view(1)->verticalScrollBar()->value());
    QCOMPARE(view(0)->viewport()->height(), view(1)->viewport()->height());
    QVERIFY2(view(0)->viewport()->mapTo(m_window.get(), QPoint(0, 0)).y()
                 == view(1)->viewport()->mapTo(m_window.get(), QPoint(0, 0)).y(),
             qPrintable(where));
    const int row = view(0)->firstVisibleRow();
    QCOMPARE(view(1)->firstVisibleRow(), row);
    QCOMPARE(view(0)->rowViewportTop(row), view(1)->rowViewportTop(row));
}

void TestRows::rowsAreLevel_data()
{
    QTest::addColumn<QString>("briefing");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<bool>("passageRows");
    for (const QString &briefing :
         {u"sample"_s, u"three sides"_s, u"1,000 passages"_s, u"coreutils"_s}) {
        for (int width : {900, 1280, 1920}) {
            for (int zoom : {0, 4}) {
                for (bool passageRows : {false, true}) {
                    QTest::addRow("%s, %d px, zoom %d, %s", qPrintable(briefing), width, zoom,
                                  passageRows ? "passage rows" : "paragraph rows")
                        << briefing << width << zoom << passageRows;
                }
            }
        }
    }
}

void TestRows::rowsAreLevel()
{
    QFETCH(QString, briefing);
    QFETCH(int, width);
    QFETCH(int, zoom);
    QFETCH(bool, passageRows);
    open(briefing);
    m_window->resize(width, 800);
    m_window->bilingualView()->zoomBy(zoom);
    m_window->bilingualView()->setRowLayout(passageRows ? BilingualView::RowLayout::Passages
                                                        : BilingualView::RowLayout::Paragraphs);
    verifyLevel(u"as opened"_s);
    verifyScrolledAlike(u"as opened"_s);
}

void TestRows::rowsStayLevelAfterAResizeAndALanguageSwitch()
{
    open(u"1,000 passages"_s);
    view(0)->scrollToPassage(400);
    verifyScrolledAlike(u"scrolled"_s);
    m_window->resize(1000, 700);
    verifyLevel(u"narrower"_s);
    verifyScrolledAlike(u"narrower"_s);
    m_language->apply(u"ko"_s);
    QCoreApplication::processEvents();
    verifyLevel(u"Korean interface"_s);
    verifyScrolledAlike(u"Korean interface"_s);
    m_language->apply(u"ja"_s);
    QCoreApplication::processEvents();
    m_window->resize(1500, 900);
    verifyLevel(u"Japanese interface, wider"_s);
    verifyScrolledAlike(u"Japanese interface, wider"_s);
}

void TestRows::rowsStayLevelAfterEdits()
{
    // Edits that change rows (a merge across a paragraph break takes a row away) and that
    // only change a row's text, above and below the reader's place, and their undo.
    open(u"coreutils"_s);
    view(0)->scrollToPassage(60);
    BriefingDocument *document = m_window->document();
    for (int passage : {59, 62, 30, 90}) {
        QVERIFY(document->apply(
            u"Merge"_s, BriefingEdits::mergeWithNext(document->briefing().data(), passage)));
        verifyLevel(u"merged ¶%1"_s.arg(passage + 1));
        verifyScrolledAlike(u"merged ¶%1"_s.arg(passage + 1));
    }
    BriefingData longer = document->briefing().data();
    longer.passages[61].text[1] +=
        u" And a sentence more, long enough to need a line of its own."_s;
    QVERIFY(document->apply(u"Edit"_s, longer));
    verifyLevel(u"a longer English passage"_s);
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    verifyLevel(u"all undone"_s);
    verifyScrolledAlike(u"all undone"_s);
}

void TestRows::scrollingMovesBothPanesAlike_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("slot");
    for (const QString &how :
         {u"page down"_s, u"page up"_s, u"trough click"_s, u"ctrl+end"_s, u"ctrl+home"_s,
          u"wheel"_s, u"arrow down"_s, u"handle drag"_s, u"find"_s}) {
        QTest::addRow("%s in the Korean pane", qPrintable(how)) << how << 0;
        QTest::addRow("%s in the English pane", qPrintable(how)) << how << 1;
    }
}

void TestRows::scrollingMovesBothPanesAlike()
{
    QFETCH(QString, how);
    QFETCH(int, slot);
    open(u"1,000 passages"_s);
    m_window->resize(1024, 640);
    PassageView *pane = view(slot);
    pane->setFocus();
    pane->scrollToPassage(300);
    QCoreApplication::processEvents();
    QScrollBar *bar = pane->verticalScrollBar();
    const int before = bar->value();
    QVERIFY(before > 0);
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.orientation = Qt::Vertical;
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.pageStep = bar->pageStep();
    option.singleStep = bar->singleStep();
    const QRect handle = bar->style()->subControlRect(QStyle::CC_ScrollBar, &option,
                                                      QStyle::SC_ScrollBarSlider, bar);
    if (how == u"page down"_s) {
        QTest::keyClick(pane, Qt::Key_PageDown);
    } else if (how == u"page up"_s) {
        QTest::keyClick(pane, Qt::Key_PageUp);
    } else if (how == u"trough click"_s) {
        QTest::mouseClick(bar, Qt::LeftButton, {},
                          QPoint(handle.center().x(), handle.bottom() + 8));
    } else if (how == u"ctrl+end"_s) {
        QTest::keyClick(pane, Qt::Key_End, Qt::ControlModifier);
    } else if (how == u"ctrl+home"_s) {
        QTest::keyClick(pane, Qt::Key_Home, Qt::ControlModifier);
    } else if (how == u"wheel"_s) {
        const QPointF at = pane->viewport()->rect().center();
        QWheelEvent wheel(at, pane->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(pane->viewport(), &wheel);
    } else if (how == u"arrow down"_s) {
        pane->setTextCursor(pane->cursorForPosition(QPoint(20, pane->viewport()->height() - 10)));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(pane, Qt::Key_Down);
    } else if (how == u"handle drag"_s) {
        QTest::mousePress(bar, Qt::LeftButton, {}, handle.center());
        QTest::mouseMove(bar, handle.center() + QPoint(0, 40));
        QTest::mouseRelease(bar, Qt::LeftButton, {}, handle.center() + QPoint(0, 40));
    } else if (how == u"find"_s) {
        // The 800th passage's first word, in this pane's language.
        const QString text = m_window->document()->briefing().passages().at(800).text[slot];
        m_window->readingState()->setFindText(text.left(text.indexOf(u' ', 12)));
        m_window->readingState()->stepFind(1);
    }
    QCoreApplication::processEvents();
    QVERIFY2(bar->value() != before, "nothing moved");
    verifyScrolledAlike(how);
    if (how == u"ctrl+home"_s)
        QCOMPARE(bar->value(), 0);
    if (how == u"ctrl+end"_s)
        QCOMPARE(bar->value(), bar->maximum());
}

void TestRows::selectingAnIssueShowsEachSidesEvidenceInBothPanes_data()
{
    QTest::addColumn<QString>("briefing");
    QTest::addColumn<int>("issue");
    QTest::addColumn<bool>("fromTheEnd");
    for (const QString &briefing : {u"sample"_s, u"three sides"_s}) {
        for (int issue = 0; issue < m_briefings.value(briefing).issues().size(); ++issue) {
            const QString id = m_briefings.value(briefing).issues().at(issue).id;
            QTest::addRow("%s, %s, from the top", qPrintable(briefing), qPrintable(id))
                << briefing << issue << false;
            QTest::addRow("%s, %s, from the end", qPrintable(briefing), qPrintable(id))
                << briefing << issue << true;
        }
    }
}

void TestRows::selectingAnIssueShowsEachSidesEvidenceInBothPanes()
{
    QFETCH(QString, briefing);
    QFETCH(int, issue);
    QFETCH(bool, fromTheEnd);
    open(briefing);
    m_window->resize(1024, 640);
    QCoreApplication::processEvents();
    if (fromTheEnd)
        view(0)->verticalScrollBar()->setValue(view(0)->verticalScrollBar()->maximum());
    m_window->readingState()->selectIssue(issue);
    QCoreApplication::processEvents();
    verifyScrolledAlike(u"selected"_s);
    const Briefing &shown = m_window->document()->briefing();
    const Issue &selected = shown.issues().at(issue);
    // Each side's evidence passages with text in both languages, as spans of the document
    // (both panes together; they scroll as one).
    const int value = view(0)->verticalScrollBar()->value();
    QList<QList<std::pair<int, int>>> spans;
    QList<int> sides;
    for (const Stance &stance : selected.stances) {
        QList<std::pair<int, int>> sideSpans;
        for (int passage : stance.evidence) {
            if (!view(0)->passageHasText(passage) || !view(1)->passageHasText(passage))
                continue;
            const QRect rect = view(0)->passageRect(passage).united(view(1)->passageRect(passage));
            sideSpans.append({rect.top() + value, rect.bottom() + value});
        }
        if (!sideSpans.isEmpty()) {
            spans.append(sideSpans);
            sides.append(stance.side);
        }
    }
    // Can the window show one of each side's at once? Try every choice.
    const int room = view(0)->viewport()->height() - 8;
    std::function<bool(qsizetype, int, int)> fits = [&](qsizetype side, int top, int bottom) {
        if (bottom - top > room)
            return false;
        if (side == spans.size())
            return true;
        for (const auto &[spanTop, spanBottom] : spans.at(side)) {
            if (fits(side + 1, std::min(top, spanTop), std::max(bottom, spanBottom)))
                return true;
        }
        return false;
    };
    const bool canShowAll = fits(0, INT_MAX / 2, INT_MIN / 2);
    int shownSides = 0;
    for (qsizetype side = 0; side < spans.size(); ++side) {
        bool inView = false;
        for (const auto &[top, bottom] : spans.at(side))
            inView = inView || (top >= value && bottom < value + view(0)->viewport()->height());
        QVERIFY2(inView || !canShowAll,
                 qPrintable(u"no evidence of %1 in view in both panes"_s.arg(
                     shown.sides().at(sides.at(side)).id)));
        shownSides += inView ? 1 : 0;
    }
    QVERIFY2(spans.isEmpty() || shownSides > 0, "no evidence in view at all");
    if (briefing == u"sample"_s)
        QVERIFY(canShowAll); // at 1024×640, every issue of the sample fits
}

void TestRows::nextHighlightShowsThePassageInBothPanes()
{
    open(u"three sides"_s);
    m_window->resize(1024, 640);
    m_window->readingState()->selectIssue(0);
    QAction *next = m_window->findChild<QAction *>(u"nextHighlightAction"_s);
    QVERIFY(next);
    const PassageHighlight &highlight = m_window->readingState()->highlight();
    for (qsizetype step = 0; step < highlight.passages().size(); ++step) {
        next->trigger();
        QCoreApplication::processEvents();
        const int passage = m_window->readingState()->currentPassage();
        QCOMPARE(passage, highlight.passages().at(step));
        for (int slot = 0; slot < 2; ++slot) {
            if (view(slot)->passageHasText(passage))
                QVERIFY2(view(slot)->viewport()->rect().contains(view(slot)->passageRect(passage)),
                         qPrintable(u"¶%1 in pane %2"_s.arg(passage + 1).arg(slot)));
        }
        verifyScrolledAlike(u"step %1"_s.arg(step));
    }
}

void TestRows::switchingLayoutsKeepsTheCurrentPassageInView()
{
    open(u"1,000 passages"_s);
    m_window->readingState()->revealPassage(612);
    QCoreApplication::processEvents();
    for (auto layout : {BilingualView::RowLayout::Passages, BilingualView::RowLayout::Stacked,
                        BilingualView::RowLayout::Paragraphs, BilingualView::RowLayout::Stacked,
                        BilingualView::RowLayout::Passages}) {
        m_window->bilingualView()->setRowLayout(layout);
        QCoreApplication::processEvents();
        const bool stacked = layout == BilingualView::RowLayout::Stacked;
        QCOMPARE(m_window->pane(1)->isVisible(), !stacked);
        for (int slot = 0; slot < (stacked ? 1 : 2); ++slot)
            QVERIFY2(view(slot)->viewport()->rect().contains(view(slot)->passageRect(612)),
                     qPrintable(u"layout %1, pane %2: %3 in %4"_s.arg(int(layout))
                                    .arg(slot)
                                    .arg(QDebug::toString(view(slot)->passageRect(612)),
                                         QDebug::toString(view(slot)->viewport()->rect()))));
        if (!stacked)
            verifyScrolledAlike(u"switched"_s);
    }
}

void TestRows::passageRowsGiveEachPassageARow()
{
    open(u"sample"_s);
    QAction *passageRows = m_window->findChild<QAction *>(u"passageRowsAction"_s);
    QVERIFY(passageRows);
    passageRows->trigger();
    const int passages = int(m_briefings.value(u"sample"_s).passages().size());
    for (int slot = 0; slot < 2; ++slot) {
        QCOMPARE(view(slot)->blockCount(), passages);
        for (int passage = 0; passage < passages; ++passage)
            QCOMPARE(view(slot)->passageRow(passage), passage);
    }
    verifyLevel(u"passage rows"_s);
    m_window->findChild<QAction *>(u"paragraphRowsAction"_s)->trigger();
    QVERIFY(view(0)->blockCount() < passages);
}

void TestRows::flaggedPairsAreMarkedWhereRowsArePassages()
{
    // The sample with one pair spoiled: the English of ¶6 has two more sentences.
    BriefingData data = m_briefings.value(u"sample"_s).data();
    const int spoiled = 5;
    data.passages[spoiled].text[1] += u" The talks ran over time, and officials would not "
                                      "say when the two sides might meet again. A further "
                                      "round is expected early next year."_s;
    m_briefings.insert(u"spoiled"_s, Briefing(std::move(data)));
    open(u"spoiled"_s);
    m_window->resize(1280, 800);
    const QColor amber(0xd9, 0x77, 0x06);
    // The mark: amber pixels above the end of the pair's row.
    const auto marked = [&](int slot, int row) {
        PassageView *pane = view(slot);
        const QImage image = pane->viewport()->grab().toImage();
        const int top = pane->rowViewportTop(row);
        for (int y = std::max(top - 14, 0); y < top; ++y) {
            for (int x = image.width() - 24; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == amber)
                    return true;
            }
        }
        return false;
    };
    for (auto layout : {BilingualView::RowLayout::Passages, BilingualView::RowLayout::Stacked}) {
        m_window->bilingualView()->setRowLayout(layout);
        view(0)->scrollToPassage(spoiled - 2);
        QCoreApplication::processEvents();
        const int slots = layout == BilingualView::RowLayout::Stacked ? 1 : 2;
        for (int slot = 0; slot < slots; ++slot) {
            QVERIFY2(marked(slot, spoiled), qPrintable(u"pane %1"_s.arg(slot)));
            QVERIFY(!marked(slot, spoiled - 1));
            QVERIFY(!marked(slot, spoiled + 1));
            // Hovering the row says why.
            const QPoint at(40, view(slot)->rowViewportTop(spoiled) + 4);
            QHelpEvent help(QEvent::ToolTip, at, view(slot)->viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(view(slot)->viewport(), &help);
            QVERIFY2(QToolTip::text().startsWith(u"Check this pair"_s),
                     qPrintable(QToolTip::text()));
            QToolTip::hideText();
        }
    }
    // Paragraph rows hold several passages a row: no marks there.
    m_window->bilingualView()->setRowLayout(BilingualView::RowLayout::Paragraphs);
    QCoreApplication::processEvents();
    const int row = view(0)->passageRow(spoiled);
    QVERIFY(!marked(0, row) && !marked(1, row));
}

void TestRows::stackedPutsEachPassageAboveItsCounterpart_data()
{
    QTest::addColumn<QString>("briefing");
    QTest::addColumn<int>("width");
    QTest::newRow("sample, narrow") << u"sample"_s << 700;
    QTest::newRow("coreutils, wide") << u"coreutils"_s << 1600;
}

void TestRows::stackedPutsEachPassageAboveItsCounterpart()
{
    QFETCH(QString, briefing);
    QFETCH(int, width);
    open(briefing);
    m_window->resize(width, 700);
    m_window->findChild<QAction *>(u"stackedAction"_s)->trigger();
    QVERIFY(!m_window->pane(1)->isVisible());
    m_window->bilingualView()->rowGeometry()->measureAll();
    QCoreApplication::processEvents();
    PassageView *stacked = view(0);
    QVERIFY(stacked->showsSlot(0) && stacked->showsSlot(1));
    const Briefing &shown = m_window->document()->briefing();
    const auto bounds = [](const QList<QRectF> &rects) {
        QRectF united;
        for (const QRectF &rect : rects)
            united = united.united(rect);
        return united;
    };
    qreal previousBottom = -1e9;
    for (int passage = 0; passage < shown.passages().size(); ++passage) {
        const auto &text = shown.passages().at(passage).text;
        const QRectF first = bounds(stacked->textRects(passage, 0, 0, int(text[0].size())));
        const QRectF second = bounds(stacked->textRects(passage, 1, 0, int(text[1].size())));
        QCOMPARE(stacked->passageRow(passage), passage);
        if (!first.isValid() || !second.isValid())
            continue;
        // The Korean directly above the English, the pair below the pair before.
        QVERIFY2(first.top() > previousBottom, qPrintable(u"¶%1"_s.arg(passage + 1)));
        QVERIFY2(first.bottom() <= second.top() + 0.5, qPrintable(u"¶%1"_s.arg(passage + 1)));
        QVERIFY(second.top() - first.bottom() < stacked->fontMetrics().lineSpacing());
        previousBottom = second.bottom();
    }
    // Clicking the English text puts the caret there, in English.
    const int passage = 3;
    stacked->scrollToPassage(passage);
    QCoreApplication::processEvents();
    const QRectF english = bounds(stacked->textRects(passage, 1, 0, 5));
    QTest::mouseClick(stacked->viewport(), Qt::LeftButton, {}, english.center().toPoint());
    QCOMPARE(m_window->readingState()->currentPassage(), passage);
    QCOMPARE(m_window->readingState()->caret().slot, 1);
    // Back to two panes, both shown again and level.
    m_window->bilingualView()->setRowLayout(BilingualView::RowLayout::Paragraphs);
    QVERIFY(m_window->pane(1)->isVisible());
    verifyLevel(u"back from stacked"_s);
}

void TestRows::rowGeometryFindsRowsByHeight()
{
    // Rows of heights 10, 20, 30, ... with 5 between them, the larger of the two panes'.
    RowGeometry rows;
    rows.setSpacing(5);
    rows.setTopMargin(7);
    QList<int> left;
    QList<int> right;
    for (int row = 0; row < 1000; ++row) {
        left.append(10 * (row + 1));
        right.append(row % 2 ? 10 * (row + 1) + 3 : 0);
    }
    rows.resetSlot(0, left);
    rows.resetSlot(1, right);
    int top = 7;
    for (int row = 0; row < 1000; ++row) {
        QCOMPARE(rows.rowTop(row), top);
        QCOMPARE(rows.rowAt(top), row);
        QCOMPARE(rows.rowAt(top + rows.rowHeight(row) - 1), row);
        top += std::max(left.at(row), right.at(row)) + 5;
    }
    QCOMPARE(rows.totalHeight(), top + 7);
    QCOMPARE(rows.rowAt(-50), 0);
    QCOMPARE(rows.rowAt(1e9), 999);
    // A measured height moves every row below, and only those.
    const int before = rows.rowTop(501);
    rows.setMeasuredHeight(0, 500, 2000);
    QCOMPARE(rows.rowTop(500), rows.rowTop(500));
    QCOMPARE(rows.rowTop(501), before + 2000 - std::max(left.at(500), right.at(500)));
    // An edit: two rows in place of three.
    rows.replaceRows(1, 10, 3, {1, 1});
    QCOMPARE(rows.textHeight(1, 10), 1);
    QCOMPARE(rows.textHeight(1, 12), right.at(13));
}

void TestRows::idleTimeMeasuresEveryRowOnce()
{
    // Opened, only the rows in view are laid out; idle time measures the rest, a few rows at
    // least each step (for about 4 ms), and again after an edit in the middle.
    open(u"1,000 passages"_s);
    RowGeometry *rows = m_window->bilingualView()->rowGeometry();
    const int steps = rows->rowCount() / 4 + 2;
    const auto idle = [&] {
        for (int step = 0; step < steps && !rows->isFullyMeasured(); ++step)
            QCoreApplication::processEvents();
        return rows->isFullyMeasured();
    };
    QVERIFY(idle());
    BriefingDocument *document = m_window->document();
    // An edit far below the reader's place, with no caret in it: its row waits for idle time.
    BriefingData longer = document->briefing().data();
    longer.passages[500].text[1] += u" And a sentence more, long enough to need a line."_s;
    QVERIFY(document->apply(u"Edit"_s, longer));
    QVERIFY(!rows->isFullyMeasured());
    QVERIFY(idle());
    verifyLevel(u"measured in idle time"_s);
}

QTEST_MAIN(TestRows)
#include "tst_rows.moc"
