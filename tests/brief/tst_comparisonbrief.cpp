#include "brief/comparisonbrief.h"
#include "format/briefingloader.h"
#include "i18n/translationcatalog.h"
#include "library/readoutcomparison.h"

#include <QDir>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTranslator>

#include <cmath>

using namespace Qt::StringLiterals;

// The one-page comparison of two readouts of one meeting: its content on the page, what
// gives way when the page is full, and the PDF as a reader opens it.
class TestComparisonBrief : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void pairFitsOnOnePageWithEverything_data();
    void pairFitsOnOnePageWithEverything();
    void rowsWhereASideDiffersAreMarked();
    void wordingsAreCountedInEachReadout();
    void evidenceIsSetSideBySide();
    void documentTextIsNeverMarkup();
    void hugeComparisonStaysOnOnePageAndSaysWhatIsLeftOut();
    void briefLanguagesGiveTheirLabels_data();
    void briefLanguagesGiveTheirLabels();
    void commandLineWritesThePdf();
    void commandLineRejectsInvalidFilesAndUnwritablePaths();

private:
    static QString pdfText(const QString &path, int *pages = nullptr, QSizeF *points = nullptr);
    static QString squeezed(const QString &text);
    static ComparisonBriefOptions options(const QString &language,
                                          QPageSize::PageSizeId paper = QPageSize::A4);
    static Briefing generated(const QString &name, int issues, int firstIssue, int shift);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString m_fileA;
    QString m_fileB;
    Briefing m_a;
    Briefing m_b;
    ReadoutComparison m_comparison;
    QTemporaryDir m_dir;
};

namespace {
// The table whose first cell reads `heading`, or null.
QTextTable *tableHeaded(const QTextDocument &document, const QString &heading)
{
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
        cell.setPosition(table->cellAt(0, 0).lastCursorPosition().position(),
                         QTextCursor::KeepAnchor);
        if (cell.selectedText() == heading)
            return table;
    }
    return nullptr;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

// Whether the text `word` in the cell is set in bold.
bool boldIn(QTextTable *table, int row, int column, const QString &word)
{
    const QTextTableCell cell = table->cellAt(row, column);
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
        for (QTextBlock::iterator f = it.currentBlock().begin(); !f.atEnd(); ++f) {
            if (f.fragment().text().contains(word))
                return f.fragment().charFormat().fontWeight() >= QFont::Bold;
        }
    }
    return false;
}

// The row whose issue cell begins with `title`, or -1.
int rowOf(QTextTable *table, const QString &title)
{
    for (int row = 1; row < table->rows(); ++row) {
        if (cellText(table, row, 0).startsWith(title))
            return row;
    }
    return -1;
}

// The brief's string in `language`, or the English source where none is translated yet.
QString translated(const QString &language, const char *text, const char *comment)
{
    const QTranslator *translator = TranslationCatalog::forLanguage(language);
    const QString found =
        translator ? translator->translate("ComparisonBrief", text, comment) : QString();
    return found.isEmpty() ? QString::fromUtf8(text) : found;
}
} // namespace

void TestComparisonBrief::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir library(QStringLiteral(BILATERAL_SOURCE_DIR "/resources/library"));
    m_fileA = library.filePath(u"2023-07-14-fm-meeting-seoul-readout.briefing"_s);
    m_fileB = library.filePath(u"2023-07-14-fm-meeting-tokyo-readout.briefing"_s);
    const LoadResult a = BriefingLoader::loadFile(m_fileA);
    const LoadResult b = BriefingLoader::loadFile(m_fileB);
    QVERIFY(a.ok() && b.ok());
    m_a = *a.briefing;
    m_b = *b.briefing;
    m_comparison = ReadoutComparison::compare(m_a, m_b);
    // The pair as the library describes it: one issue only in each, positions that differ.
    QCOMPARE(std::count_if(m_comparison.issues.cbegin(), m_comparison.issues.cend(),
                           [](const auto &issue) {
                               return issue.raised == ReadoutComparison::Raised::OnlyA;
                           }),
             1);
    QCOMPARE(std::count_if(m_comparison.issues.cbegin(), m_comparison.issues.cend(),
                           [](const auto &issue) {
                               return issue.raised == ReadoutComparison::Raised::OnlyB;
                           }),
             1);
}

ComparisonBriefOptions TestComparisonBrief::options(const QString &language,
                                                    QPageSize::PageSizeId paper)
{
    return ComparisonBriefOptions::forLanguage(language, QPageSize(paper), u"/x/seoul.briefing"_s,
                                               u"/y/tokyo.briefing"_s);
}

QString TestComparisonBrief::pdfText(const QString &path, int *pages, QSizeF *points)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    if (pages)
        *pages = pdf.pageCount();
    if (points && pdf.pageCount() > 0)
        *points = pdf.pagePointSize(0);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    // Extracted text may carry ligatures (U+FB01) and odd line breaks.
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString TestComparisonBrief::squeezed(const QString &text)
{
    // Without any white space: a title wrapped after "Korea–" reads "Korea– Japan".
    QString result = text.normalized(QString::NormalizationForm_KC);
    result.removeIf([](QChar c) { return c.isSpace(); });
    return result;
}

Briefing TestComparisonBrief::generated(const QString &name, int issues, int firstIssue, int shift)
{
    // `issues` issues numbered from `firstIssue`, two sides, two passages of evidence per
    // stance; `shift` turns positions so that two briefings differ on some issues.
    BriefingData data;
    data.title = {{u"ko"_s, name + u" 브리핑"_s}, {u"en"_s, name + u" readout"_s}};
    data.date = QDate(2024, 5, 1);
    data.source.name = name + u" ministry"_s;
    data.sides = {{u"kr"_s, {{u"en"_s, u"South Korea"_s}, {u"ko"_s, u"한국"_s}}, QColor(0x2563b0)},
                  {u"jp"_s, {{u"en"_s, u"Japan"_s}, {u"ko"_s, u"일본"_s}}, QColor(0xc2410c)}};
    for (int i = 0; i < issues; ++i) {
        const int number = firstIssue + i;
        Issue issue;
        issue.id = u"issue-%1"_s.arg(number);
        issue.title = {{u"ko"_s, u"의제 %1 협력 방안"_s.arg(number)},
                       {u"en"_s, u"Agenda item %1 on cooperation"_s.arg(number)}};
        for (int side = 0; side < 2; ++side) {
            Stance stance;
            stance.side = side;
            const int position = (number + side + (number % 3 == 0 ? shift : 0)) % 8;
            stance.position = static_cast<StancePosition>(position);
            for (int k = 0; k < 2; ++k) {
                stance.evidence.append(int(data.passages.size()));
                data.passages.append(
                    {u"p%1"_s.arg(data.passages.size() + 1),
                     {u"의제 %1에 대해 %2 측은 입장을 밝혔다."_s.arg(number).arg(side),
                      u"On item %1, side %2 stated its position at some length."_s.arg(number).arg(
                          side)},
                     k == 0,
                     std::nullopt});
            }
            issue.stances.append(stance);
        }
        data.issues.append(issue);
    }
    return Briefing(data);
}

void TestComparisonBrief::pairFitsOnOnePageWithEverything_data()
{
    QTest::addColumn<int>("paper");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

void TestComparisonBrief::pairFitsOnOnePageWithEverything()
{
    QFETCH(int, paper);
    const ComparisonBriefOptions english = options(u"en"_s, QPageSize::PageSizeId(paper));
    const ComparisonBriefLayout layout = ComparisonBrief::compose(m_comparison, english);
    qInfo() << "body" << layout.page.bodyPointSize << "pt, evidence" << layout.evidenceShown
            << "issues of" << layout.evidenceShown + layout.evidenceOmitted << "at"
            << layout.evidenceLines << "line(s)";
    QVERIFY(layout.fits());
    QCOMPARE(layout.issuesOmitted, 0);
    QVERIFY(!layout.wordingOmitted);
    QCOMPARE(layout.evidenceOmitted, 0);
    QVERIFY(layout.page.bodyPointSize >= BriefLayout::minimumBodyPointSize);

    const QString file = path(u"pair-%1.pdf"_s.arg(paper));
    QCOMPARE(ComparisonBrief::writePdf(layout, m_comparison, file, english), QString());
    int pages = 0;
    QSizeF points;
    const QString text = squeezed(pdfText(file, &pages, &points));
    QCOMPARE(pages, 1);
    const QSizeF expected = QPageSize(QPageSize::PageSizeId(paper)).size(QPageSize::Point);
    QVERIFY(std::abs(points.width() - expected.width()) < 1);
    QVERIFY(std::abs(points.height() - expected.height()) < 1);

    // Both titles, marked A and B, every issue, where each is raised, the wordings.
    QVERIFY2(text.contains(squeezed(m_a.title().text(u"en"))), qPrintable(text.left(400)));
    QVERIFY(text.contains(squeezed(m_b.title().text(u"en"))));
    QVERIFY(text.contains(squeezed(m_a.title().text(u"ko"))));
    for (const ReadoutComparison::ComparedIssue &issue : m_comparison.issues)
        QVERIFY2(text.contains(squeezed(issue.title.text(u"en"))), qPrintable(issue.id));
    QVERIFY(text.contains(u"onlyinA"_s));
    QVERIFY(text.contains(u"onlyinB"_s));
    QVERIFY(text.contains(u"오염수"_s));
    QVERIFY(text.contains(u"처리수"_s));
    QVERIFY(text.contains(u"\u2260"_s));
    // The footer traces the page to both files.
    QVERIFY(text.contains(u"GeneratedbyBilateral"_s));
    QVERIFY(text.contains(u"A:seoul.briefing"_s));
    QVERIFY(text.contains(u"B:tokyo.briefing"_s));
}

void TestComparisonBrief::rowsWhereASideDiffersAreMarked()
{
    const ComparisonBriefLayout layout = ComparisonBrief::compose(m_comparison, options(u"en"_s));
    QTextTable *table = tableHeaded(*layout.page.body, u"Issue"_s);
    QVERIFY(table);
    QCOMPARE(table->rows(), int(m_comparison.issues.size()) + 1);
    QCOMPARE(cellText(table, 0, 2), u"\u25A0 South Korea"_s);
    // Fukushima: Seoul's readout has Korea demanding, Tokyo's has it cooperative.
    const int fukushima =
        rowOf(table, m_a.issues().at(m_a.issueIndex(u"fukushima-water"_s)).title.text(u"en"));
    QVERIFY(fukushima > 0);
    const QString korea = cellText(table, fukushima, 2);
    QVERIFY2(korea.startsWith(u"\u2260 A  ! Demands\nB  \u2248 Cooperative"_s), qPrintable(korea));
    QVERIFY(boldIn(table, fukushima, 2, u"Demands"_s));
    QVERIFY(boldIn(table, fukushima, 2, u"Cooperative"_s));
    // B's own title for the issue is there too.
    QVERIFY(cellText(table, fukushima, 0).contains(u"B: Discharge of ALPS treated water"_s));
    // North Korea: the same in both, one line, not bold, no mark.
    const int northKorea =
        rowOf(table, m_a.issues().at(m_a.issueIndex(u"north-korea"_s)).title.text(u"en"));
    QVERIFY(northKorea > 0);
    QCOMPARE(cellText(table, northKorea, 1), u"both"_s);
    QCOMPARE(cellText(table, northKorea, 2), u"A, B  \u2248 Cooperative"_s);
    QVERIFY(!boldIn(table, northKorea, 2, u"Cooperative"_s));
    // Raised in one only, in words.
    const int sado =
        rowOf(table, m_a.issues().at(m_a.issueIndex(u"sado-mines"_s)).title.text(u"en"));
    QCOMPARE(cellText(table, sado, 1), u"only in A"_s);
    const int abductions =
        rowOf(table, m_b.issues().at(m_b.issueIndex(u"abductions"_s)).title.text(u"en"));
    QCOMPARE(cellText(table, abductions, 1), u"only in B"_s);
    QVERIFY(cellText(table, abductions, 3).startsWith(u"B  "_s));
}

void TestComparisonBrief::wordingsAreCountedInEachReadout()
{
    const ComparisonBriefLayout layout = ComparisonBrief::compose(m_comparison, options(u"en"_s));
    QTextTable *table = tableHeaded(*layout.page.body, u"Concept"_s);
    QVERIFY(table);
    QCOMPARE(layout.wordingsShown, int(m_comparison.wordings.size()));
    QCOMPARE(cellText(table, 0, 1), u"\u25A0 South Korea"_s);
    QCOMPARE(cellText(table, 0, 2), u"\u25A0 Japan"_s);
    // Each side's own word under that side, counted in each readout.
    for (const QString &word : {u"오염수"_s, u"처리수"_s}) {
        const auto wording =
            std::find_if(m_comparison.wordings.cbegin(), m_comparison.wordings.cend(),
                         [&](const auto &w) { return w.text == word; });
        QVERIFY2(wording != m_comparison.wordings.cend(), qPrintable(word));
        const int column = word == u"오염수"_s ? 1 : 2;
        const QString line = u"%1  A \u00D7%2 \u00B7 B \u00D7%3"_s.arg(word)
                                 .arg(wording->countA)
                                 .arg(wording->countB);
        int row = 1;
        while (
            row < table->rows()
            && !cellText(table, row, column).replace(u'\u00A0', u' ').split(u'\n').contains(line))
            ++row;
        QVERIFY2(row < table->rows(), qPrintable(line));
        QVERIFY(wording->countA != wording->countB);
        QVERIFY(boldIn(table, row, column, word)); // used differently: bold
    }
}

void TestComparisonBrief::evidenceIsSetSideBySide()
{
    const ComparisonBriefLayout layout = ComparisonBrief::compose(m_comparison, options(u"en"_s));
    const QString text = layout.page.body->toPlainText();
    QVERIFY(text.contains(u"Evidence where they differ"_s));
    QVERIFY(layout.evidenceShown > 0);
    // Sado: A's passages for it, and B's half says it leaves the issue out.
    QVERIFY(text.contains(u"Not raised in B."_s));
    QVERIFY(text.contains(u"Not raised in A."_s));
    // The readout's first language and English, shortened with an ellipsis where long.
    const Passage &first = m_a.passages().at(m_a.passageIndex(u"p3"_s));
    QVERIFY2(text.contains(first.text[0].left(10)), qPrintable(text));
    QVERIFY(text.contains(first.text[1].left(30)));
    QVERIFY(text.contains(u"\u2026"_s));
}

void TestComparisonBrief::documentTextIsNeverMarkup()
{
    BriefingData data = m_a.data();
    data.title.insert(u"en"_s, u"Seoul <b>x</b> &amp; readout"_s);
    data.issues[0].title.insert(u"en"_s, u"Water <i>release</i> & <img src=\"x\">"_s);
    data.sides[0].name.insert(u"en"_s, u"Korea & <u>co</u>"_s);
    const ReadoutComparison comparison = ReadoutComparison::compare(Briefing(data), m_b);
    const ComparisonBriefOptions english = options(u"en"_s);
    const ComparisonBriefLayout layout = ComparisonBrief::compose(comparison, english);
    const QString body = layout.page.body->toPlainText();
    QVERIFY(body.contains(u"Seoul <b>x</b> &amp; readout"_s));
    QVERIFY(body.contains(u"Water <i>release</i> & <img src=\"x\">"_s));
    QVERIFY(body.contains(u"Korea & <u>co</u>"_s));
    const QString file = path(u"markup.pdf"_s);
    QCOMPARE(ComparisonBrief::writePdf(layout, comparison, file, english), QString());
    int pages = 0;
    const QString text = squeezed(pdfText(file, &pages));
    QCOMPARE(pages, 1);
    QVERIFY2(text.contains(u"Seoul<b>x</b>&amp;readout"_s), qPrintable(text.left(300)));
    QVERIFY(text.contains(u"Water<i>release</i>&<imgsrc=\"x\">"_s));
}

void TestComparisonBrief::hugeComparisonStaysOnOnePageAndSaysWhatIsLeftOut()
{
    // 200 issues each, 150 of them in both (every third with other positions), 50 in one.
    const ReadoutComparison comparison = ReadoutComparison::compare(
        generated(u"Alpha"_s, 200, 0, 0), generated(u"Beta"_s, 200, 50, 3));
    QCOMPARE(comparison.issues.size(), 250);
    const ComparisonBriefOptions english = options(u"en"_s);
    QElapsedTimer timer;
    timer.start();
    const ComparisonBriefLayout layout = ComparisonBrief::compose(comparison, english);
    qInfo() << "composed 250 compared issues in" << timer.elapsed() << "ms";
    QVERIFY(layout.fits());
    QCOMPARE(layout.page.bodyPointSize, BriefLayout::minimumBodyPointSize);
    QVERIFY(layout.issuesOmitted > 0);
    QVERIFY(layout.issuesShown > 10);
    QCOMPARE(layout.issuesShown + layout.issuesOmitted, 250);
    QVERIFY(layout.wordingOmitted == false); // the generated texts have no contested wording
    QCOMPARE(layout.evidenceShown, 0);
    const QString body = layout.page.body->toPlainText();
    QVERIFY2(body.contains(u"%1 more issues left out for space."_s.arg(layout.issuesOmitted)),
             qPrintable(body.right(400)));

    const QString file = path(u"huge.pdf"_s);
    QCOMPARE(ComparisonBrief::writePdf(layout, comparison, file, english), QString());
    int pages = 0;
    const QString text = pdfText(file, &pages);
    QCOMPARE(pages, 1);
    QVERIFY2(text.contains(u"left out for space"_s), qPrintable(text.right(300)));
    QVERIFY(text.contains(u"Alpha readout"_s));
    QVERIFY(text.contains(u"Beta readout"_s));
}

void TestComparisonBrief::briefLanguagesGiveTheirLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Korean") << u"ko"_s;
    QTest::newRow("Japanese") << u"ja"_s;
}

void TestComparisonBrief::briefLanguagesGiveTheirLabels()
{
    QFETCH(QString, language);
    const ComparisonBriefOptions brief = options(language);
    const ComparisonBriefLayout layout = ComparisonBrief::compose(m_comparison, brief);
    QVERIFY(layout.fits());
    const QString file = path(u"labels-%1.pdf"_s.arg(language));
    QCOMPARE(ComparisonBrief::writePdf(layout, m_comparison, file, brief), QString());
    int pages = 0;
    const QString text = squeezed(pdfText(file, &pages));
    QCOMPARE(pages, 1);
    // The titles in the brief's language where the readouts have them.
    QVERIFY2(text.contains(squeezed(m_a.title().preferred({language}))),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(squeezed(m_b.title().preferred({language}))));
    // The labels as translated (English until the translations are filled in).
    const QString onlyIn = translated(language, "only in %1", "raised: in one readout, A or B");
    const QString letterA = translated(language, "A", "the first readout's mark");
    QVERIFY2(text.contains(squeezed(onlyIn.arg(letterA))), qPrintable(onlyIn));
    const QString heading =
        translated(language, "Issue by issue", "heading of the table of issues");
    QVERIFY(text.contains(squeezed(heading)));
    if (language == u"en"_s) {
        QVERIFY(text.contains(u"onlyinA"_s));
        QVERIFY(text.contains(u"Contestedwording"_s));
        QVERIFY(text.contains(u"!Demands"_s));
    }
}

void TestComparisonBrief::commandLineWritesThePdf()
{
    const QString out = path(u"cli.pdf"_s);
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--compare"_s, m_fileA, m_fileB, u"--export-pdf"_s, out, u"--lang"_s, u"ko"_s,
                   u"--page-size"_s, u"Letter"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    int pages = 0;
    QSizeF points;
    const QString text = squeezed(pdfText(out, &pages, &points));
    QCOMPARE(pages, 1);
    QVERIFY(std::abs(points.width() - 612) < 1);
    QVERIFY(text.contains(squeezed(m_a.title().text(u"ko"))));
    QVERIFY(text.contains(squeezed(m_b.title().text(u"ko"))));
    QVERIFY(text.contains(QFileInfo(m_fileA).fileName()));
    QVERIFY(text.contains(QFileInfo(m_fileB).fileName()));
}

void TestComparisonBrief::commandLineRejectsInvalidFilesAndUnwritablePaths()
{
    // An invalid briefing: its diagnostics on stderr, exit 2, no file.
    const QString broken = path(u"broken.briefing"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"bilateral": 1, "passages": [)");
    file.close();
    const QString out = path(u"invalid.pdf"_s);
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--compare"_s, m_fileA, broken, u"--export-pdf"_s, out});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("broken.briefing"));
    QVERIFY(!QFile::exists(out));

    // A file that is not there.
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--compare"_s, path(u"missing.briefing"_s), m_fileB, u"--export-pdf"_s, out});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(!QFile::exists(out));

    // A folder that is not there: the reason, exit 2, nothing left behind.
    const QString unwritable = path(u"missing-folder/compare.pdf"_s);
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--compare"_s, m_fileA, m_fileB, u"--export-pdf"_s, unwritable});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("cannot write") && err.contains("missing-folder/compare.pdf"),
             err.constData());
    QVERIFY(!QFile::exists(unwritable));

    // A paper size it does not know.
    process.start(
        QStringLiteral(BILATERAL_EXECUTABLE),
        {u"--compare"_s, m_fileA, m_fileB, u"--export-pdf"_s, out, u"--page-size"_s, u"A5"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestComparisonBrief)
#include "tst_comparisonbrief.moc"
