#include "contrast.h"
#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "sidebar/stancepanel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using TestSupport::BracketTranslator;

// Two sides, one issue; side "b" has no stance. Markup and '&' in every text.
Briefing markupBriefing()
{
    const QByteArray json = R"({
      "bilateral": 1, "title": {"ko": "t", "en": "t"}, "date": "2020-10-29",
      "sides": [{"id": "a", "name": {"ko": "<i>a</i>", "en": "<i>a</i>"}, "color": "#2563b0"},
                {"id": "b", "name": {"ko": "b", "en": "b"}, "color": "#c2410c"}],
      "passages": [{"id": "p1", "text": {"ko": "<b>x</b> 가", "en": "<b>x</b> & y"}}],
      "issues": [{"id": "i", "title": {"ko": "<b>t</b>", "en": "<b>t</b>"},
        "stances": [{"side": "a", "position": "objects",
                     "summary": {"ko": "<b>x</b>", "en": "<b>x</b>"}, "passages": ["p1"]}]}]
    })";
    const LoadResult result = BriefingLoader::parse(json, u"x"_s);
    return result.briefing.value_or(Briefing());
}

// A panel on its own document, as the window has it.
struct PanelFixture
{
    explicit PanelFixture(const Briefing &briefing) { document.open(briefing, DocumentLocation()); }
    void select(int issue) { document.readingState()->selectIssue(issue); }

    BriefingDocument document;
    StancePanel panel{&document};
};

using TestSupport::contrastRatio;

QList<QAbstractButton *> evidenceButtons(const QWidget *parent)
{
    QList<QAbstractButton *> buttons;
    const auto all = parent->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : all) {
        if (button->objectName().startsWith(u"evidence-"))
            buttons.append(button);
    }
    return buttons;
}
} // namespace

class TestStancePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void showsEachSidesPosition_data();
    void showsEachSidesPosition();
    void evidenceTextFollowsInterfaceLanguage_data();
    void evidenceTextFollowsInterfaceLanguage();
    void clickingEvidenceRevealsThePassage();
    void evidenceIsKeyboardUsable();
    void evidenceElidesToPanelWidth();
    void steppingThroughIssuesShowsEachOne();
    void evidenceReadsInLightAndDarkPalettes_data();
    void evidenceReadsInLightAndDarkPalettes();
    void swatchStandsOutOfThePanel_data();
    void swatchStandsOutOfThePanel();
    void documentMarkupIsShownLiterally();
    void sideWithoutStanceSaysSo();
    void noIssueShowsPlaceholder();
    void noSidesSaysWhereSidesComeFrom();
    void editsToTheIssueAreShownAtOnce();
    void newBriefingClearsIssue();
    void retranslationRelabelsPositions();

private:
    Briefing m_sample;
};

void TestStancePanel::initTestCase()
{
    const LoadResult result = BriefingLoader::loadFile(SampleBriefing::resourcePath());
    QVERIFY(result.ok());
    m_sample = *result.briefing;
}

void TestStancePanel::cleanup()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
}

void TestStancePanel::showsEachSidesPosition_data()
{
    QTest::addColumn<QString>("issueId");
    QTest::addColumn<QString>("sideId");
    QTest::addColumn<QString>("position");
    QTest::addColumn<StancePosition>("symbol");
    QTest::addColumn<QStringList>("evidenceIds");
    QTest::newRow("forced labour: Korea demands")
        << u"forced-labour"_s << u"kr"_s << u"Demands"_s << StancePosition::Demands
        << QStringList{u"p8"_s};
    QTest::newRow("forced labour: Japan reiterates")
        << u"forced-labour"_s << u"jp"_s << u"Reiterates its position"_s
        << StancePosition::Reiterates << QStringList{u"p11"_s};
    QTest::newRow("trilateral summit: Korea proposes")
        << u"trilateral-summit"_s << u"kr"_s << u"Proposes"_s << StancePosition::Proposes
        << QStringList{u"p14"_s};
    QTest::newRow("trilateral summit: Japan states no position")
        << u"trilateral-summit"_s << u"jp"_s << u"No stated position"_s << StancePosition::None
        << QStringList{u"p15"_s};
    QTest::newRow("North Korea: Korea cooperates, two passages")
        << u"north-korea"_s << u"kr"_s << u"Cooperative"_s << StancePosition::Cooperative
        << QStringList{u"p20"_s, u"p21"_s};
}

void TestStancePanel::showsEachSidesPosition()
{
    QFETCH(QString, issueId);
    QFETCH(QString, sideId);
    QFETCH(QString, position);
    QFETCH(StancePosition, symbol);
    QFETCH(QStringList, evidenceIds);
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    fixture.select(m_sample.issueIndex(issueId));
    QCOMPARE(panel.issue(), m_sample.issueIndex(issueId));

    QCOMPARE(panel.findChildren<QWidget *>(QRegularExpression(u"^stance-"_s)).size(), 2);
    const auto *block = panel.findChild<QWidget *>(u"stance-"_s + sideId);
    QVERIFY(block);
    const auto *label = block->findChild<QLabel *>(u"position-"_s + sideId);
    QVERIFY(label);
    QCOMPARE(label->text(), position);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    // The symbol is drawn beside the words, by a widget that knows the position.
    const auto *symbolWidget = block->findChild<QWidget *>(u"symbol-"_s + sideId);
    QVERIFY(symbolWidget);
    QCOMPARE(static_cast<StancePosition>(symbolWidget->property("stancePosition").toInt()), symbol);
    QVERIFY(symbolWidget->width() > 4);

    QList<int> expected;
    for (const QString &id : evidenceIds)
        expected.append(m_sample.passageIndex(id));
    QList<int> shown;
    const auto buttons = evidenceButtons(block);
    for (const QAbstractButton *button : buttons) {
        shown.append(button->property("passageIndex").toInt());
        QCOMPARE(button->objectName(), u"evidence-"_s + QString::number(shown.constLast()));
    }
    QCOMPARE(shown, expected);
}

void TestStancePanel::evidenceTextFollowsInterfaceLanguage_data()
{
    QTest::addColumn<QString>("preference"); // the interface's locale
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("shortened");
    QTest::newRow("Korean interface shows the Korean passage")
        << u"ko"_s << u"\u00b6 8  김 국장은"_s << false;
    QTest::newRow("English interface shows the English passage")
        << u"en"_s << u"\u00b6 8  On compensation"_s << true;
    QTest::newRow("Japanese interface falls back to English")
        << u"ja"_s << u"\u00b6 8  On compensation"_s << true;
    QTest::newRow("a regional locale names its language")
        << u"ko_KR"_s << u"\u00b6 8  김 국장은"_s << false;
}

void TestStancePanel::evidenceTextFollowsInterfaceLanguage()
{
    QFETCH(QString, preference);
    QFETCH(QString, start);
    QFETCH(bool, shortened);
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    panel.setLocale(QLocale(preference));
    fixture.select(m_sample.issueIndex(u"forced-labour"_s));
    const int p8 = m_sample.passageIndex(u"p8"_s);
    const auto *button = panel.findChild<QAbstractButton *>(u"evidence-"_s + QString::number(p8));
    QVERIFY(button);
    QVERIFY2(button->text().startsWith(start), qPrintable(button->text()));
    // The English passage is longer than 80 characters: shortened, whole in the tool tip.
    QVERIFY(button->text().size() <= 90);
    QCOMPARE(button->text().endsWith(u'\u2026'), shortened);
    QVERIFY(button->toolTip().contains(m_sample.passages().at(p8).text[0]));
    QVERIFY(button->toolTip().contains(m_sample.passages().at(p8).text[1].toHtmlEscaped()));
}

void TestStancePanel::clickingEvidenceRevealsThePassage()
{
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    fixture.select(m_sample.issueIndex(u"north-korea"_s));
    panel.resize(320, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(fixture.document.readingState(), &ReadingState::revealRequested);
    const int p21 = m_sample.passageIndex(u"p21"_s);
    auto *button = panel.findChild<QAbstractButton *>(u"evidence-"_s + QString::number(p21));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toInt(), p21);
    QCOMPARE(fixture.document.readingState()->currentPassage(), p21);
}

void TestStancePanel::evidenceIsKeyboardUsable()
{
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    fixture.select(m_sample.issueIndex(u"forced-labour"_s));
    QSignalSpy activated(fixture.document.readingState(), &ReadingState::revealRequested);
    const int p11 = m_sample.passageIndex(u"p11"_s);
    auto *button = panel.findChild<QAbstractButton *>(u"evidence-"_s + QString::number(p11));
    QVERIFY(button);
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toInt(), p11);
}

void TestStancePanel::evidenceElidesToPanelWidth()
{
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    panel.setLocale(QLocale(u"en"_s));
    fixture.select(m_sample.issueIndex(u"north-korea"_s));
    panel.resize(240, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto buttons = evidenceButtons(&panel);
    QCOMPARE(buttons.size(), 4);
    for (const QAbstractButton *button : buttons) {
        const QWidget *block = button->parentWidget();
        QTRY_VERIFY2(button->geometry().right() < block->width(), qPrintable(button->text()));
        QVERIFY(button->sizeHint().width() <= block->width());
        QVERIFY(button->text().endsWith(u'\u2026'));
        QVERIFY(button->text().startsWith(u'\u00b6'));
    }
    // Wider again: more of the passage shows.
    const QString narrow = buttons.constFirst()->text();
    panel.resize(700, 600);
    QTRY_VERIFY(buttons.constFirst()->text().size() > narrow.size());
}

// The panel fills the widgets it has when another issue is selected: nothing of the issue
// shown before may stay behind, and what is reused must act for the new issue.
void TestStancePanel::steppingThroughIssuesShowsEachOne()
{
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    panel.setLocale(QLocale(u"en"_s));
    panel.resize(240, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int northKorea = m_sample.issueIndex(u"north-korea"_s);
    const int summit = m_sample.issueIndex(u"trilateral-summit"_s);
    for (int issue : {northKorea, summit, northKorea, -1, summit}) {
        fixture.select(issue);
        if (issue < 0) {
            QVERIFY(evidenceButtons(&panel).isEmpty());
            continue;
        }
        const Issue &entry = m_sample.issues().at(issue);
        QCOMPARE(panel.findChild<QLabel *>(u"issueTitle"_s)->text(),
                 entry.title.preferred({u"en"_s}));
        QList<int> expected;
        for (int side = 0; side < m_sample.sides().size(); ++side) {
            const Stance *stance = entry.stanceOf(side);
            const QString sideId = m_sample.sides().at(side).id;
            const auto *summary = panel.findChild<QLabel *>(u"summary-"_s + sideId);
            const QString text = stance ? stance->summary.preferred({u"en"_s}) : QString();
            QCOMPARE(summary && summary->isVisibleTo(&panel), !text.isEmpty());
            if (!text.isEmpty())
                QCOMPARE(summary->text(), text);
            if (stance)
                expected += stance->evidence;
        }
        const auto buttons = evidenceButtons(&panel);
        QCOMPARE(buttons.size(), expected.size());
        for (QAbstractButton *button : buttons) {
            const int passage = button->property("passageIndex").toInt();
            QVERIFY(expected.contains(passage));
            QCOMPARE(button->objectName(), u"evidence-"_s + QString::number(passage));
            QVERIFY(button->text().startsWith(u"\u00b6 %1 "_s.arg(passage + 1)));
            QVERIFY(button->text().endsWith(u'\u2026')); // elided to the narrow panel
            QVERIFY(button->toolTip().contains(
                m_sample.passages().at(passage).text[1].toHtmlEscaped()));
        }
        QSignalSpy revealed(fixture.document.readingState(), &ReadingState::revealRequested);
        QTest::mouseClick(buttons.constLast(), Qt::LeftButton);
        QCOMPARE(revealed.size(), 1);
        QCOMPARE(revealed.constFirst().constFirst().toInt(),
                 buttons.constLast()->property("passageIndex").toInt());
    }

    // A side with a summary on one issue and none (or no stance) on the next.
    const QByteArray json = R"({"bilateral": 1,
      "title": {"ko": "t", "en": "t"}, "date": "2020-10-29",
      "sides": [{"id": "a", "name": {"ko": "A", "en": "A"}, "color": "#2563b0"},
                {"id": "b", "name": {"ko": "B", "en": "B"}, "color": "#c2410c"}],
      "passages": [{"id": "p1", "text": {"ko": "가", "en": "x"}}],
      "issues": [{"id": "one", "title": {"ko": "One", "en": "One"}, "stances": [
                    {"side": "a", "position": "objects", "summary": {"ko": "A objects.", "en": "A objects."}},
                    {"side": "b", "position": "demands", "passages": ["p1"]}]},
                 {"id": "two", "title": {"ko": "Two", "en": "Two"}, "stances": [
                    {"side": "b", "position": "proposes", "summary": {"ko": "B proposes.", "en": "B proposes."}}]}]
    })";
    const LoadResult other = BriefingLoader::parse(json, u"x"_s);
    QVERIFY(other.ok());
    fixture.document.open(*other.briefing, DocumentLocation());
    const auto summaryShown = [&panel](const QString &side) {
        const auto *label = panel.findChild<QLabel *>(u"summary-"_s + side);
        return label && label->isVisibleTo(&panel) ? label->text() : u"(hidden)"_s;
    };
    fixture.select(0);
    QCOMPARE(summaryShown(u"a"_s), u"A objects."_s);
    QCOMPARE(summaryShown(u"b"_s), u"(hidden)"_s);
    QCOMPARE(panel.findChild<QLabel *>(u"position-a"_s)->text(), u"Objects"_s);
    fixture.select(1);
    QCOMPARE(summaryShown(u"a"_s), u"(hidden)"_s);
    QCOMPARE(summaryShown(u"b"_s), u"B proposes."_s);
    QCOMPARE(panel.findChild<QLabel *>(u"position-a"_s)->text(), u"No stated position"_s);
    QCOMPARE(panel.findChild<QLabel *>(u"position-b"_s)->text(), u"Proposes"_s);
    QVERIFY(evidenceButtons(&panel).isEmpty());
}

void TestStancePanel::evidenceReadsInLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("link");
    QTest::newRow("light window, blue link")
        << QColor(0xef, 0xef, 0xef) << QColor(0x00, 0x00, 0xff);
    QTest::newRow("dark window keeping the light palette's dark blue link")
        << QColor(0x2b, 0x2b, 0x2e) << QColor(0x00, 0x00, 0xff);
    QTest::newRow("dark window, light link")
        << QColor(0x2b, 0x2b, 0x2e) << QColor(0x8a, 0xb4, 0xf8);
}

void TestStancePanel::evidenceReadsInLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QFETCH(QColor, link);
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    fixture.select(m_sample.issueIndex(u"forced-labour"_s));
    // Set after the buttons exist: a palette change must reach them.
    QPalette palette = panel.palette();
    const bool dark = window.lightnessF() < 0.5f;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, dark ? window.darker(130) : QColor(Qt::white));
    palette.setColor(QPalette::Text, dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black));
    palette.setColor(QPalette::Link, link);
    panel.setPalette(palette);
    const auto buttons = evidenceButtons(&panel);
    QCOMPARE(buttons.size(), 2);
    for (const QAbstractButton *button : buttons) {
        const QColor text = button->palette().color(QPalette::ButtonText);
        // Well apart in lightness: readable, whichever way round.
        QVERIFY2(qAbs(text.lightnessF() - window.lightnessF()) > 0.35f,
                 qPrintable(text.name() + u" on "_s + window.name()));
    }
}

void TestStancePanel::swatchStandsOutOfThePanel_data()
{
    QTest::addColumn<QString>("color");
    QTest::addColumn<bool>("dark");
    QTest::newRow("white on light") << u"#ffffff"_s << false;
    QTest::newRow("#fefefe on light") << u"#fefefe"_s << false;
    QTest::newRow("yellow on light") << u"#ffff00"_s << false;
    QTest::newRow("black on dark") << u"#000000"_s << true;
    QTest::newRow("blue on light") << u"#1f5fa8"_s << false;
    QTest::newRow("blue on dark") << u"#1f5fa8"_s << true;
}

void TestStancePanel::swatchStandsOutOfThePanel()
{
    // A white side's swatch was white on white: as painted, some of it stands 3:1 from
    // the panel around it, whatever the side's colour.
    QFETCH(QString, color);
    QFETCH(bool, dark);
    QFile sample(SampleBriefing::resourcePath());
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(sample.readAll());
    QVERIFY(json.contains(u"#2563b0"_s)); // Korea's colour
    json.replace(u"#2563b0"_s, color);
    const LoadResult result = BriefingLoader::parse(json.toUtf8(), u"colour"_s);
    QVERIFY(result.ok());
    PanelFixture fixture(*result.briefing);
    StancePanel &panel = fixture.panel;
    QPalette palette = panel.palette();
    palette.setColor(QPalette::Window, dark ? QColor(0x2b, 0x2b, 0x2e) : QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, dark ? QColor(0x21, 0x21, 0x23) : QColor(Qt::white));
    palette.setColor(QPalette::Text, dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black));
    panel.setPalette(palette);
    fixture.select(0);
    panel.resize(360, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto *block = panel.findChild<QWidget *>(u"stance-kr"_s);
    QVERIFY(block);
    QWidget *swatch = nullptr;
    for (QWidget *child : block->findChildren<QWidget *>()) {
        if (child->property("swatchSide").isValid())
            swatch = child;
    }
    QVERIFY(swatch);
    const QImage image = swatch->grab().toImage();
    const QColor window = palette.color(QPalette::Window);
    double best = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), window));
    }
    QVERIFY2(best >= 3.0, qPrintable(u"%1 at most %2:1"_s.arg(color).arg(best)));
}

void TestStancePanel::documentMarkupIsShownLiterally()
{
    const Briefing briefing = markupBriefing();
    QCOMPARE(briefing.issues().size(), 1);
    PanelFixture fixture(briefing);
    StancePanel &panel = fixture.panel;
    panel.setLocale(QLocale(u"en"_s));
    fixture.select(0);

    const auto *summary = panel.findChild<QLabel *>(u"summary-a"_s);
    QVERIFY(summary);
    QCOMPARE(summary->text(), u"<b>x</b>"_s);
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    const auto *title = panel.findChild<QLabel *>(u"issueTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"<b>t</b>"_s);
    const auto labels = panel.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QCOMPARE(label->textFormat(), Qt::PlainText);

    auto *button = panel.findChild<QAbstractButton *>(u"evidence-0"_s);
    QVERIFY(button);
    // '&' is doubled so it does not become a mnemonic.
    QCOMPARE(button->text(), u"\u00b6 1  <b>x</b> && y"_s);
    QVERIFY(button->toolTip().contains(u"&lt;b&gt;x&lt;/b&gt; &amp; y"));
    QVERIFY(!button->toolTip().contains(u"<b>x"));
    QVERIFY(Qt::mightBeRichText(button->toolTip()));
}

void TestStancePanel::sideWithoutStanceSaysSo()
{
    PanelFixture fixture(markupBriefing());
    StancePanel &panel = fixture.panel;
    fixture.select(0);
    const auto *block = panel.findChild<QWidget *>(u"stance-b"_s);
    QVERIFY(block);
    const auto *position = block->findChild<QLabel *>(u"position-b"_s);
    QVERIFY(position);
    QCOMPARE(position->text(), u"No stated position"_s);
    QVERIFY(evidenceButtons(block).isEmpty());
    QCOMPARE(evidenceButtons(&panel).size(), 1);
}

void TestStancePanel::noIssueShowsPlaceholder()
{
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    QCOMPARE(panel.objectName(), u"stancePanel"_s);
    QVERIFY(panel.findChild<QLabel *>(u"stancePlaceholder"_s));
    fixture.select(0);
    QVERIFY(!panel.findChild<QLabel *>(u"stancePlaceholder"_s));
    QVERIFY(panel.findChild<QWidget *>(u"stance-kr"_s));
    fixture.select(-1);
    QCOMPARE(panel.issue(), -1);
    const auto *placeholder = panel.findChild<QLabel *>(u"stancePlaceholder"_s);
    QVERIFY(placeholder);
    QCOMPARE(placeholder->text(), u"Select an issue to see where each side stands."_s);
    QVERIFY(!panel.findChild<QWidget *>(u"stance-kr"_s));
    QVERIFY(evidenceButtons(&panel).isEmpty());
}

void TestStancePanel::newBriefingClearsIssue()
{
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    fixture.select(1);
    fixture.document.open(markupBriefing(), DocumentLocation());
    QCOMPARE(panel.issue(), -1);
    QVERIFY(panel.findChild<QLabel *>(u"stancePlaceholder"_s));
    fixture.select(5); // out of range for this briefing
    QCOMPARE(panel.issue(), -1);
}

void TestStancePanel::retranslationRelabelsPositions()
{
    PanelFixture fixture(m_sample);
    StancePanel &panel = fixture.panel;
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // LanguageChange is posted: the texts change once events are processed.
    QTRY_VERIFY(panel.findChild<QLabel *>(u"stancePlaceholder"_s)
                && panel.findChild<QLabel *>(u"stancePlaceholder"_s)->text().startsWith(u'['));
    fixture.select(m_sample.issueIndex(u"forced-labour"_s));
    const auto *position = panel.findChild<QLabel *>(u"position-kr"_s);
    QVERIFY(position);
    QCOMPARE(position->text(), u"[Demands]"_s);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(panel.findChild<QLabel *>(u"position-kr"_s)->text(), u"Demands"_s);
}

void TestStancePanel::noSidesSaysWhereSidesComeFrom()
{
    BriefingData data = m_sample.data();
    data.sides.clear();
    for (Issue &issue : data.issues)
        issue.stances.clear();
    PanelFixture fixture{Briefing(data)};
    fixture.select(0);
    const auto *hint = fixture.panel.findChild<QLabel *>(u"noSidesHint"_s);
    QVERIFY(hint);
    QVERIFY(hint->text().contains(u"Sides"_s));
    QVERIFY(fixture.panel.findChildren<QWidget *>(QRegularExpression(u"^stance-"_s)).isEmpty());
}

// The panel shows the document as it is now: an edit of the selected issue's stance appears
// without a new selection, and an undo takes it back.
void TestStancePanel::editsToTheIssueAreShownAtOnce()
{
    PanelFixture fixture(m_sample);
    const int issue = m_sample.issueIndex(u"fukushima-water"_s);
    fixture.select(issue);
    const int japan = m_sample.sideIndex(u"jp"_s);
    BriefingData edited = m_sample.data();
    for (Stance &stance : edited.issues[issue].stances) {
        if (stance.side == japan)
            stance.position = StancePosition::Rejects;
    }
    QVERIFY(fixture.document.apply(u"Edit"_s, edited));
    QCOMPARE(fixture.panel.findChild<QLabel *>(u"position-jp"_s)->text(), u"Rejects"_s);
    fixture.document.undoStack()->undo();
    QVERIFY(fixture.panel.findChild<QLabel *>(u"position-jp"_s)->text() != u"Rejects"_s);
}

QTEST_MAIN(TestStancePanel)
#include "tst_stancepanel.moc"
