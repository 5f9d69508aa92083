#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "i18n/interfacelanguage.h"
#include "reading/briefingheader.h"
#include "reading/findbar.h"
#include "sidebar/issuelistmodel.h"
#include "sidebar/issuesidebar.h"
#include "window/documentactions.h"
#include "window/mainwindow.h"
#include "windowsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Switching the interface language while the app runs: every visible interface string
// follows, and Qt's own strings with it.
class TestInterfaceLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyInterfaceStringFollowsTheLanguage();
    void knownStringsAreTranslatedExactly_data();
    void knownStringsAreTranslatedExactly();
    void qtOwnDialogButtonsFollow();
    void anOpenDialogIsRetranslated();
    void datesFollowTheLocale();
    void titlesUseTheInterfaceLanguageWhereTheBriefingHasIt();
    void theMenuChoiceIsSaved();
    void everyMenuHasDistinctAccessKeys_data();
    void everyMenuHasDistinctAccessKeys();
    void langOptionOverridesForOneRun();

private:
    QStringList visibleInterfaceStrings() const;
    void switchTo(const QString &language);

    std::unique_ptr<InterfaceLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
};

// A briefing whose own content holds no Latin letters, so any Latin word the Korean or
// Japanese interface shows must come from the interface itself.
static const QByteArray koreanJapaneseBriefing = R"({
  "bilateral": 1, "languages": ["ko", "ja"],
  "title": {"ko": "한일 국장급 협의", "ja": "日韓局長級協議"}, "date": "2020-10-29",
  "summary": {"ko": "입장 차이를 좁히지 못했다.", "ja": "立場の違いは埋まらなかった。"},
  "source": {"name": "통신사 보도"},
  "sides": [{"id": "kr", "name": {"ko": "한국", "ja": "韓国"}, "color": "#2563b0"},
            {"id": "jp", "name": {"ko": "일본", "ja": "日本"}, "color": "#c2410c"}],
  "passages": [{"id": "p1", "text": {"ko": "한국은 수출규제 철회를 요구했다.", "ja": "韓国は輸出規制の撤回を求めた。"}},
               {"id": "p2", "text": {"ko": "일본은 기존 입장을 되풀이했다.", "ja": "日本は従来の立場を繰り返した。"}}],
  "issues": [{"id": "exports", "title": {"ko": "수출규제", "ja": "輸出規制"},
              "stances": [{"side": "kr", "position": "demands", "summary": {"ko": "철회 요구", "ja": "撤回を要求"}, "passages": ["p1"]},
                          {"side": "jp", "position": "reiterates", "summary": {"ko": "입장 유지", "ja": "立場を維持"}, "passages": ["p2"]}]}]
})";

void TestInterfaceLanguage::init()
{
    QSettings().clear();
    m_language = std::make_unique<InterfaceLanguage>();
    m_language->apply(u"en"_s);
    m_window = std::make_unique<MainWindow>(m_language.get());
    const LoadResult result = BriefingLoader::parse(koreanJapaneseBriefing, u"koja.briefing"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
    TestSupport::show(*m_window, *result.briefing, u"koja.briefing"_s);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->readingState()->selectIssue(0); // fills the stance panel
    m_window->findBar()->activate();
}

void TestInterfaceLanguage::cleanup()
{
    m_window.reset();
    m_language.reset();
    QSettings().clear();
}

void TestInterfaceLanguage::switchTo(const QString &language)
{
    QCOMPARE(m_language->apply(language), language);
    // LanguageChange is posted, not sent: let it arrive.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QStringList TestInterfaceLanguage::visibleInterfaceStrings() const
{
    QStringList strings{m_window->windowTitle()};
    const auto add = [&strings](const QString &text) {
        QString plain = text;
        plain.remove(QRegularExpression(u"<[^>]*>"_s)); // rich-text tool tips
        plain.remove(QRegularExpression(u"\\(&.\\)"_s)).remove(u'&');
        if (!plain.trimmed().isEmpty())
            strings.append(plain);
    };
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        add(action->text());
        add(action->toolTip());
        add(action->statusTip());
    }
    for (const QMenu *menu : m_window->findChildren<QMenu *>())
        add(menu->title());
    for (const QWidget *widget : m_window->findChildren<QWidget *>()) {
        add(widget->toolTip());
        add(widget->accessibleName());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            add(label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(button->text());
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            add(edit->placeholderText());
    }
    const QAbstractItemModel *issues = m_window->sidebar()->view()->model();
    add(issues->headerData(0, Qt::Horizontal).toString());
    for (int row = 0; row < issues->rowCount(); ++row) {
        add(issues->index(row, 0).data(Qt::DisplayRole).toString());
        add(issues->index(row, 0).data(Qt::ToolTipRole).toString());
    }
    return strings;
}

void TestInterfaceLanguage::everyInterfaceStringFollowsTheLanguage()
{
    // Proper nouns and names that stay as they are in every language.
    // (PDF and TMX are written so in Korean and Japanese too.)
    const QStringList allowed{u"Bilateral"_s, u"English"_s, u"PDF"_s,    u"TMX"_s,
                              u"Shift"_s,     u"Enter"_s,   u"Escape"_s, u"Esc"_s};
    const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
    const QRegularExpression hangulOrKana(u"[\\x{AC00}-\\x{D7A3}\\x{3040}-\\x{30FF}]"_s);
    for (const QString &language : {u"ko"_s, u"ja"_s}) {
        switchTo(language);
        for (QString text : visibleInterfaceStrings()) {
            const QString original = text;
            for (const QString &word : allowed)
                text.remove(word);
            QVERIFY2(!latinWord.match(text).hasMatch(),
                     qPrintable(u"[%1] English left in: %2"_s.arg(language, original)));
        }
    }
    switchTo(u"en"_s);
    // Back in English, the interface's own strings (menus and actions, whose texts hold no
    // document content) are English again; only the language menu names others, and the
    // evidence actions name the briefing's sides (document text, here in Korean only).
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->objectName().startsWith(u"language-"_s)
            || action->objectName().startsWith(u"evidence-"_s) || action->isSeparator())
            continue;
        QVERIFY2(!hangulOrKana.match(action->text()).hasMatch(), qPrintable(action->text()));
    }
    for (const QMenu *menu : m_window->findChildren<QMenu *>())
        QVERIFY2(!hangulOrKana.match(menu->title()).hasMatch(), qPrintable(menu->title()));
}

void TestInterfaceLanguage::knownStringsAreTranslatedExactly_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("position"); // Korea's stance on the selected issue
    QTest::addColumn<QString>("heading"); // the issue list's heading
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("Korean") << u"ko"_s << u"요구"_s << u"쟁점"_s << u"파일(&F)"_s;
    QTest::newRow("Japanese") << u"ja"_s << u"要求"_s << u"争点"_s << u"ファイル(&F)"_s;
    QTest::newRow("English") << u"en"_s << u"Demands"_s << u"Issues"_s << u"&File"_s;
}

void TestInterfaceLanguage::knownStringsAreTranslatedExactly()
{
    QFETCH(QString, language);
    QFETCH(QString, position);
    QFETCH(QString, heading);
    QFETCH(QString, fileMenu);
    switchTo(u"ja"_s == language ? u"ko"_s : u"ja"_s); // come from somewhere else
    switchTo(language);
    auto *positionLabel = m_window->findChild<QLabel *>(u"position-kr"_s);
    QVERIFY(positionLabel);
    QCOMPARE(positionLabel->text(), position);
    QCOMPARE(m_window->menuBar()->actions().value(0)->text(), fileMenu);
    bool headingFound = false;
    for (const QLabel *label : m_window->sidebar()->findChildren<QLabel *>())
        headingFound = headingFound || label->text() == heading;
    QVERIFY2(headingFound, qPrintable(heading));
}

void TestInterfaceLanguage::qtOwnDialogButtonsFollow()
{
    switchTo(u"ko"_s);
    QVERIFY2(m_language->qtTranslationsLoaded(),
             "qtbase_ko.qm not found: install qt6-translations-l10n");
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"취소"_s);
    switchTo(u"ja"_s);
    QVERIFY(m_language->qtTranslationsLoaded());
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"キャンセル"_s);
    switchTo(u"en"_s);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
}

void TestInterfaceLanguage::anOpenDialogIsRetranslated()
{
    QVERIFY(!m_window->documentActions()->openFile(QStringLiteral(BILATERAL_TEST_DATA)
                                                   + u"/malformed/unknown-position.briefing"_s));
    QMessageBox *dialog = m_window->documentActions()->errorDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Could Not Open Briefing"_s);
    switchTo(u"ko"_s);
    QVERIFY(!dialog->windowTitle().contains(u"Open"_s));
    QVERIFY(QRegularExpression(u"[\\x{AC00}-\\x{D7A3}]"_s).match(dialog->text()).hasMatch());
    dialog->close();
}

void TestInterfaceLanguage::datesFollowTheLocale()
{
    auto *header = m_window->findChild<BriefingHeader *>();
    QVERIFY(header);
    QVERIFY(header->detailsLabel()->text().contains(u"2020"_s));
    QVERIFY(header->detailsLabel()->text().contains(u"October"_s));
    switchTo(u"ko"_s);
    QVERIFY2(header->detailsLabel()->text().contains(u"2020년 10월 29일"_s),
             qPrintable(header->detailsLabel()->text()));
    switchTo(u"ja"_s);
    QVERIFY2(header->detailsLabel()->text().contains(u"2020年10月29日"_s),
             qPrintable(header->detailsLabel()->text()));
}

void TestInterfaceLanguage::titlesUseTheInterfaceLanguageWhereTheBriefingHasIt()
{
    const Briefing sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
    TestSupport::show(*m_window, sample, SampleBriefing::resourcePath());
    const QAbstractItemModel *issues = m_window->sidebar()->view()->model();
    const Issue &first = sample.issues().at(0);
    QCOMPARE(issues->index(0, 0).data().toString(), first.title.text(u"en"));
    switchTo(u"ko"_s);
    QCOMPARE(issues->index(0, 0).data().toString(), first.title.text(u"ko"));
    switchTo(u"ja"_s);
    QCOMPARE(issues->index(0, 0).data().toString(), first.title.text(u"ja"));
    QVERIFY(m_window->windowTitle().contains(sample.title().text(u"ja")));
}

void TestInterfaceLanguage::everyMenuHasDistinctAccessKeys_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Korean") << u"ko"_s;
    QTest::newRow("Japanese") << u"ja"_s;
}

// Alt+E then a letter must reach one entry: two entries of a menu with the same access key
// make the letter cycle between them instead.
void TestInterfaceLanguage::everyMenuHasDistinctAccessKeys()
{
    QFETCH(QString, language);
    switchTo(language);
    static const QRegularExpression accessKey(u"&([^&])"_s);
    const auto keyOf = [](const QString &text) {
        const QString key = accessKey.match(text).captured(1).toUpper();
        return key.isEmpty() ? QChar() : key.at(0);
    };
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            menus.append(top->menu());
    }
    QVERIFY(menus.size() >= 5);
    QHash<QChar, QString> bar;
    for (QMenu *menu : std::as_const(menus)) {
        const QChar key = keyOf(menu->title());
        QVERIFY2(!key.isNull(), qPrintable(menu->title()));
        QVERIFY2(!bar.contains(key), qPrintable(menu->title() + u" and "_s + bar.value(key)));
        bar.insert(key, menu->title());
        QHash<QChar, QString> seen;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QChar entryKey = keyOf(action->text());
            if (entryKey.isNull())
                continue;
            QVERIFY2(!seen.contains(entryKey),
                     qPrintable(u"%1: \"%2\" and \"%3\" share &%4"_s.arg(
                         menu->title(), action->text(), seen.value(entryKey), entryKey)));
            seen.insert(entryKey, action->text());
        }
    }
}

void TestInterfaceLanguage::theMenuChoiceIsSaved()
{
    auto *japanese = m_window->findChild<QAction *>(u"language-ja"_s);
    QVERIFY(japanese);
    japanese->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(m_language->current(), u"ja"_s);
    QVERIFY(japanese->isChecked());
    QCOMPARE(QSettings().value(u"interfaceLanguage"_s).toString(), u"ja"_s);
    m_window->findChild<QAction *>(u"language-system"_s)->trigger();
    QCOMPARE(QSettings().value(u"interfaceLanguage"_s).toString(), QString());
    QCOMPARE(m_language->choice(), QString());
}

void TestInterfaceLanguage::langOptionOverridesForOneRun()
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--screenshot"_s, dir.filePath(u"ko.png"_s), u"--lang"_s, u"ko"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(dir.filePath(u"ko.png"_s)));
    QVERIFY(!QSettings().contains(u"interfaceLanguage"_s));

    process.start(QStringLiteral(BILATERAL_EXECUTABLE),
                  {u"--screenshot"_s, dir.filePath(u"xx.png"_s), u"--lang"_s, u"xx"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--lang expects one of en, ko, ja"));
}

QTEST_MAIN(TestInterfaceLanguage)
#include "tst_interfacelanguage.moc"
