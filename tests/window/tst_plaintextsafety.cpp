#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "editing/sidesdialog.h"
#include "sidebar/issuesidebar.h"
#include "window/documentactions.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Document text and file names are untrusted. Every label, dialog, message box, tool tip,
// menu entry and button that shows them shows them as written: no HTML rendered (an <img>
// would load a local file), no "&" taken as a mnemonic.
class TestPlainTextSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mainWindowShowsDocumentTextAsWritten();
    void dialogsShowDocumentTextAsWritten_data();
    void dialogsShowDocumentTextAsWritten();
    void loadErrorShowsFileNameAndContentAsWritten();
    void unsavedChangesShowsTheFileNameAsWritten();
    void failedSaveShowsTheFileNameAsWritten();
    void removeSideQuestionShowsTheNameAsWritten();

private:
    void markModified()
    {
        BriefingDocument *document = m_window->document();
        document->open(document->briefing(), document->location(), {}, true);
    }
    // What would render `markup` as HTML, or show `ampersand` without its "&", under `root`.
    static QStringList problemsUnder(QObject *root);
    // Runs `inspect` on the modal dialog that `trigger` opens with exec(), then closes it.
    static void inspectModal(const std::function<void()> &trigger,
                             const std::function<void(QWidget *)> &inspect);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
// In every text of the document and in the file name.
const QString markup = u"<h1>BIG</h1>"_s;
const QString image = u"<img src=\"file:///nonexistent.png\">"_s;
const QString ampersand = u"R&D"_s;
const QString hostile = ampersand + u" "_s + markup + image;

QByteArray markupBriefing()
{
    const QString text = hostile;
    const QByteArray json = QStringLiteral(R"({"bilateral": 1,
      "title": {"ko": "제목 %1", "en": "Title %1"},
      "summary": {"ko": "요약 %1", "en": "Summary %1"},
      "date": "2020-10-29",
      "source": {"name": "Agency %1", "url": "https://example.org/a&b"},
      "sides": [{"id": "kr", "name": {"ko": "한국 %1", "en": "Korea %1"}, "color": "#1f5fa8"},
                {"id": "jp", "name": {"ko": "일본 %1", "en": "Japan %1"}, "color": "#b03030"}],
      "passages": [{"id": "p1", "text": {"ko": "첫 문장 %1. 둘째 문장 %1.", "en": "First %1. Second %1."}},
                   {"id": "p2", "text": {"ko": "셋째 %1.", "en": "Third %1."}}],
      "issues": [{"id": "i1", "title": {"ko": "쟁점 %1", "en": "Issue %1"},
                  "stances": [{"side": "kr", "position": "demands",
                               "summary": {"ko": "입장 %1", "en": "Stance %1"}, "passages": ["p1"]},
                              {"side": "jp", "position": "rejects",
                               "summary": {"ko": "입장 %1", "en": "Stance %1"}, "passages": ["p2"]}]}]})")
                                .arg(QString(text).replace(u'"', u"\\\""_s))
                                .toUtf8();
    return json;
}

// The document's markup, or the file name's.
bool holdsMarkup(const QString &text)
{
    return text.contains(u"<h1>"_s) || text.contains(u"<b>bold"_s) || text.contains(u"<img"_s);
}

bool rendersAsHtml(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

bool toolTipRendersMarkup(const QString &tip)
{
    return holdsMarkup(tip) && Qt::mightBeRichText(tip);
}

bool losesAmpersand(const QString &text)
{
    return text.contains(ampersand); // shown as "RD" with D underlined; "R&&D" is right
}
} // namespace

QStringList TestPlainTextSafety::problemsUnder(QObject *root)
{
    QStringList problems;
    const auto name = [](const QObject *object) -> QString {
        return QString::fromLatin1(object->metaObject()->className()) + u" "_s
            + object->objectName();
    };
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (holdsMarkup(label->text()) && rendersAsHtml(label))
            problems.append(name(label) + u" renders: "_s + label->text());
        // A label takes "&" as a mnemonic only when it has a buddy to give the focus to.
        if (label->buddy() && losesAmpersand(label->text()))
            problems.append(name(label) + u" mnemonic: "_s + label->text());
    }
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    if (auto *widget = qobject_cast<QWidget *>(root))
        widgets.append(widget);
    for (const QWidget *widget : widgets) {
        if (toolTipRendersMarkup(widget->toolTip()))
            problems.append(name(widget) + u" tool tip renders: "_s + widget->toolTip());
        for (const QAction *action : widget->actions()) {
            if (toolTipRendersMarkup(action->toolTip()))
                problems.append(name(action) + u" tool tip renders: "_s + action->toolTip());
            if (losesAmpersand(action->text()))
                problems.append(name(action) + u" mnemonic: "_s + action->text());
        }
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (losesAmpersand(button->text()))
            problems.append(name(button) + u" mnemonic: "_s + button->text());
    }
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QString tip = model->index(row, 0).data(Qt::ToolTipRole).toString();
            if (toolTipRendersMarkup(tip))
                problems.append(name(view) + u" item tool tip renders: "_s + tip);
        }
    }
    return problems;
}

void TestPlainTextSafety::inspectModal(const std::function<void()> &trigger,
                                       const std::function<void(QWidget *)> &inspect)
{
    bool inspected = false;
    QTimer::singleShot(0, qApp, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        inspect(modal);
        inspected = true;
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->done(QMessageBox::Cancel);
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    trigger();
    QVERIFY2(inspected, "no modal dialog opened");
}

void TestPlainTextSafety::init()
{
    QSettings().clear();
    // The file name carries markup and an ampersand as well (no "/": it would be a folder).
    m_path = m_dir.filePath(u"R&D <b>bold <img src=x>.briefing"_s);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(markupBriefing());
    file.close();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->documentActions()->openFile(m_path));
    m_window->readingState()->selectIssue(0);
}

void TestPlainTextSafety::cleanup()
{
    if (m_window) // no question about unsaved changes on the way out
        m_window->document()->open(m_window->document()->briefing(),
                                   m_window->document()->location());
    m_window.reset();
}

void TestPlainTextSafety::mainWindowShowsDocumentTextAsWritten()
{
    QCOMPARE(m_window->document()->briefing().passages().size(), 2);
    const QStringList problems = problemsUnder(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The recent files menu: the name with its "&", the path as a plain tool tip.
    auto *recent = m_window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    QMetaObject::invokeMethod(recent, "aboutToShow");
    const QStringList menuProblems = problemsUnder(recent);
    QVERIFY2(menuProblems.isEmpty(), qPrintable(menuProblems.join(u'\n')));
    QVERIFY(recent->actions().first()->text().contains(u"R&&D"_s));
    // The checks above do look at the document's text: it is there.
    int labelsWithMarkup = 0;
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        labelsWithMarkup += label->text().contains(markup) ? 1 : 0;
    QVERIFY(labelsWithMarkup >= 3);
}

void TestPlainTextSafety::dialogsShowDocumentTextAsWritten_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("briefing properties") << u"briefingPropertiesAction"_s;
    QTest::newRow("issue editor") << u"editIssueAction"_s;
    QTest::newRow("sides") << u"sidesAction"_s;
    QTest::newRow("split passage") << u"splitPassageAction"_s;
    QTest::newRow("export brief") << u"exportBriefAction"_s;
}

void TestPlainTextSafety::dialogsShowDocumentTextAsWritten()
{
    QFETCH(QString, action);
    // A caret inside the first passage, for Split.
    m_window->readingState()->setCurrentPassage(0, PassageCaret{0, 8});
    auto *trigger = m_window->findChild<QAction *>(action);
    QVERIFY(trigger);
    QVERIFY2(trigger->isEnabled(), qPrintable(trigger->toolTip()));
    const QList<QDialog *> before = m_window->findChildren<QDialog *>();
    trigger->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY([&] {
        for (QDialog *candidate : m_window->findChildren<QDialog *>()) {
            if (!before.contains(candidate) && candidate->isVisible())
                dialog = candidate;
        }
        return dialog != nullptr;
    }());
    const QStringList problems = problemsUnder(dialog);
    dialog->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPlainTextSafety::loadErrorShowsFileNameAndContentAsWritten()
{
    // An error that quotes the document (a duplicated id) in a file whose name is markup.
    const QString bad = m_dir.filePath(u"<h1>BIG.briefing"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray json = markupBriefing();
    json.replace("\"id\": \"p2\"", "\"id\": \"p1\"");
    json.replace("\"id\": \"p1\"", "\"id\": \"<h1>BIG</h1>\"");
    file.write(json);
    file.close();
    QVERIFY(!m_window->documentActions()->openFile(bad));
    QMessageBox *box = m_window->documentActions()->errorDialog();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"<h1>BIG.briefing"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(markup), qPrintable(box->informativeText()));
    const QStringList problems = problemsUnder(box);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The briefing that was open stays.
    QCOMPARE(m_window->document()->location().path(), m_path);
    box->done(QMessageBox::Ok);
}

void TestPlainTextSafety::unsavedChangesShowsTheFileNameAsWritten()
{
    markModified();
    QStringList problems;
    QString text;
    inspectModal([&] { m_window->documentActions()->maybeSave(); },
                 [&](QWidget *modal) {
                     problems = problemsUnder(modal);
                     text = qobject_cast<QMessageBox *>(modal)->text();
                 });
    QVERIFY2(text.contains(u"<b>bold"_s), qPrintable(text));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(m_window->document()->isModified());
}

void TestPlainTextSafety::failedSaveShowsTheFileNameAsWritten()
{
    // A read-only file is never overwritten, even by root: the save fails with a message.
    const QString readOnly = m_dir.filePath(u"<h1>BIG R&D.briefing"_s);
    QVERIFY(QFile::copy(m_path, readOnly));
    QVERIFY(::chmod(QFile::encodeName(readOnly).constData(), 0444) == 0);
    QVERIFY(m_window->documentActions()->openFile(readOnly));
    markModified();
    QStringList problems;
    QString text;
    inspectModal([&] { QVERIFY(!m_window->documentActions()->save()); },
                 [&](QWidget *modal) {
                     problems = problemsUnder(modal);
                     text = qobject_cast<QMessageBox *>(modal)->text();
                 });
    QVERIFY2(text.contains(u"<h1>BIG R&D"_s), qPrintable(text));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPlainTextSafety::removeSideQuestionShowsTheNameAsWritten()
{
    m_window->findChild<QAction *>(u"sidesAction"_s)->trigger();
    auto *sides = m_window->findChild<SidesDialog *>();
    QTRY_VERIFY(sides && sides->isVisible());
    QStringList problems;
    QString text;
    inspectModal([&] { QVERIFY(!sides->removeSide(0)); },
                 [&](QWidget *modal) {
                     problems = problemsUnder(modal);
                     text = qobject_cast<QMessageBox *>(modal)->text();
                 });
    sides->reject();
    QVERIFY2(text.contains(markup), qPrintable(text));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestPlainTextSafety)
#include "tst_plaintextsafety.moc"
