#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "model/passagetext.h"
#include "reading/panetext.h"
#include "reading/passageview.h"
#include "reading/rowgeometry.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

// The pane's text: passages in place, and long runs without a break opportunity made
// breakable without changing what the reader sees, copies or points at.
class TestPaneText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longRunsGetBreakOpportunities_data();
    void longRunsGetBreakOpportunities();
    void offsetsAndPositionsRoundTrip();
    void caretAndCopyIgnoreTheAddedBreaks();
};

namespace {
constexpr QChar zeroWidthSpace(0x200b);

Briefing briefingWith(const QStringList &english)
{
    BriefingData data;
    data.title.insert(u"en"_s, u"T"_s);
    data.date = QDate(2020, 10, 29);
    for (qsizetype i = 0; i < english.size(); ++i) {
        Passage passage;
        passage.id = u"p%1"_s.arg(i);
        passage.text = {u"가"_s, english.at(i)};
        data.passages.append(passage);
    }
    return Briefing(std::move(data));
}
} // namespace

void TestPaneText::longRunsGetBreakOpportunities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("breaks");
    QTest::newRow("ordinary prose")
        << u"The two sides agreed to keep talking about the wartime labor issue. "_s.repeated(20)
        << false;
    QTest::newRow("a run just short of long") << QString(PaneText::longRun, u'x') << false;
    QTest::newRow("a long run of letters") << QString(PaneText::longRun + 1, u'x') << true;
    QTest::newRow("Hangul without spaces") << u"가"_s.repeated(2000) << true;
    QTest::newRow("a long address")
        << u"https://www.mofa.go.kr/"_s + u"abcdefgh/"_s.repeated(60) << true;
    QTest::newRow("only punctuation") << QString(1000, u'-') << false;
    QTest::newRow("emoji, surrogate pairs") << u"😀"_s.repeated(600) << false;
}

void TestPaneText::longRunsGetBreakOpportunities()
{
    QFETCH(QString, text);
    QFETCH(bool, breaks);
    const PaneText pane(briefingWith({text}), 1);
    QCOMPARE(pane.hasAddedBreaks(), breaks);
    const QString shown = PassageText::shown(text);
    // Nothing the reader sees changes: without the breaks it is the passage's text.
    QCOMPARE(pane.plainText(pane.start(0), pane.start(0) + pane.length(0)), shown);
    if (!breaks)
        return;
    // No run between break opportunities longer than breakEvery (what keeps Qt's line
    // breaking linear; bench/ measures it), no break beside punctuation, none inside a
    // surrogate pair.
    const QString paneText = pane.text().mid(pane.start(0), pane.length(0));
    qsizetype run = 0;
    for (qsizetype i = 0; i < paneText.size(); ++i) {
        if (paneText.at(i) == zeroWidthSpace) {
            QVERIFY(paneText.at(i - 1).isLetterOrNumber());
            QVERIFY(paneText.at(i + 1).isLetterOrNumber());
            run = 0;
        } else if (paneText.at(i).isLetterOrNumber() && ++run > 2 * PaneText::breakEvery) {
            QFAIL(qPrintable(u"a run of %1 at %2"_s.arg(run).arg(i)));
        } else if (!paneText.at(i).isLetterOrNumber()) {
            run = 0;
        }
    }
}

void TestPaneText::offsetsAndPositionsRoundTrip()
{
    const QString run = u"abcdefghij"_s.repeated(100);
    const PaneText pane(briefingWith({u"Short one."_s, run, u"After."_s}), 1);
    QVERIFY(pane.hasAddedBreaks());
    for (int offset = 0; offset <= run.size(); ++offset) {
        const int position = pane.position(1, offset);
        QCOMPARE(pane.offsetAt(1, position), offset);
        // The character at the offset is the passage's character there.
        if (offset < run.size())
            QCOMPARE(pane.text().at(position), run.at(offset));
    }
    // Passages without breaks map one to one, also after one with breaks.
    QCOMPARE(pane.position(2, 3), pane.start(2) + 3);
    QCOMPARE(pane.offsetAt(2, pane.start(2) + 3), 3);
    // Out of range offsets are clamped to the passage.
    QCOMPARE(pane.position(1, -5), pane.start(1));
    QCOMPARE(pane.position(1, run.size() + 10), pane.start(1) + pane.length(1));
    QCOMPARE(pane.passageAt(pane.position(1, 500)), 1);
}

void TestPaneText::caretAndCopyIgnoreTheAddedBreaks()
{
    const QString run = u"abcdefghij"_s.repeated(100);
    BriefingDocument document;
    document.open(briefingWith({u"First."_s, run}), DocumentLocation());
    RowGeometry rows;
    PassageView view(&document, 1, &rows);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // An edit that takes the reader to offset 500 of the long passage: the view's cursor is
    // there, and moving it tells the reading state the passage's offsets.
    BriefingData retitled = document.briefing().data();
    retitled.passages[0].text[1] = u"Start."_s;
    DocumentFocus focus;
    focus.passageId = u"p1"_s;
    focus.caretSlot = 1;
    focus.caretOffset = 500;
    QVERIFY(document.apply(u"Title"_s, retitled, focus));
    QCOMPARE(view.textCursor().block().text().at(view.textCursor().positionInBlock()), run.at(500));
    QTextCursor cursor = view.textCursor();
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 40);
    view.setTextCursor(cursor);
    const PassageCaret caret = document.readingState()->caret();
    QCOMPARE(caret.slot, 1);
    QVERIFY(caret.offset > 500);
    // The character after the cursor (an added break is not one of the passage's).
    const QString block = view.textCursor().block().text();
    int at = view.textCursor().positionInBlock();
    while (block.at(at) == zeroWidthSpace)
        ++at;
    QCOMPARE(run.at(caret.offset), block.at(at));
    // Copy gives the passage's text, without the added breaks.
    view.selectAll();
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), u"Start. "_s + run);
}

QTEST_MAIN(TestPaneText)
#include "tst_panetext.moc"
