#include "widgets/wrappedlabel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

// WrappedLabel answers size questions from a QTextLayout instead of the label's
// QTextDocument; these tests hold it to the answers a QLabel with the same settings gives.
class TestWrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQLabel_data();
    void matchesQLabel();
    void followsTextFontAndMargins();
    void keepsTextPlain();
};

namespace {
std::unique_ptr<QLabel> referenceLabel(const WrappedLabel &label)
{
    auto reference = std::make_unique<QLabel>();
    reference->setTextFormat(Qt::PlainText);
    reference->setWordWrap(true);
    reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reference->setFont(label.font());
    reference->setContentsMargins(label.contentsMargins());
    reference->setText(label.text());
    return reference;
}
} // namespace

void TestWrappedLabel::matchesQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("family");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<QMargins>("margins");

    const QString english = u"South Korea and Japan held their first face-to-face director-general "
                            "talks since Yoshihide Suga became prime minister, but made little "
                            "progress on forced-labour compensation."_s;
    const QString korean = u"한국과 일본 외교 당국이 2020년 10월 29일 서울 외교부 청사에서 "
                           "국장급 협의를 열었다. 양측은 입장 차이를 재확인했다."_s;
    const QString japanese = u"日韓の外交当局は二〇二〇年十月二十九日、ソウルで局長級協議を"
                             "行ったが、主要懸案で溝は埋まらなかった。"_s;
    const QString ui = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    const QMargins none;
    const QMargins some(3, 2, 7, 4);
    QTest::newRow("English, interface font") << english << ui << 1.0 << false << none;
    QTest::newRow("English, bold title size, margins") << english << ui << 1.35 << true << some;
    QTest::newRow("English, small") << english << ui << 0.9 << false << none;
    QTest::newRow("Korean, Noto Sans CJK KR")
        << korean << u"Noto Sans CJK KR"_s << 1.0 << false << none;
    QTest::newRow("Korean in the interface font (fallback)") << korean << ui << 1.0 << true << some;
    QTest::newRow("Japanese: no spaces, breaks between characters")
        << japanese << u"Noto Sans CJK JP"_s << 1.0 << false << none;
    QTest::newRow("two paragraphs") << u"First line of a summary.\nSecond, longer line of the "
                                       "same summary that wraps."_s
                                    << ui << 1.0 << false << some;
    QTest::newRow("one word that cannot break")
        << u"https://www.example.org/a/very/long/address/without/any/spaces/in/it"_s << ui << 1.0
        << false << none;
    QTest::newRow("DejaVu Sans") << english << u"DejaVu Sans"_s << 1.0 << false << none;
    QTest::newRow("empty") << QString() << ui << 1.0 << false << none;
}

void TestWrappedLabel::matchesQLabel()
{
    QFETCH(QString, text);
    QFETCH(QString, family);
    QFETCH(qreal, scale);
    QFETCH(bool, bold);
    QFETCH(QMargins, margins);

    WrappedLabel label;
    QFont font = label.font();
    font.setFamilies({family});
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label.setFont(font);
    label.setContentsMargins(margins);
    label.setText(text);
    const std::unique_ptr<QLabel> reference = referenceLabel(label);

    QCOMPARE(label.hasHeightForWidth(), reference->hasHeightForWidth());
    if (text.isEmpty()) {
        QCOMPARE(label.sizeHint(), reference->sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference->minimumSizeHint());
        return;
    }
    for (int width = 8; width < 1400; width += 13)
        QCOMPARE(label.heightForWidth(width), reference->heightForWidth(width));
    // Asked twice: the remembered answer is the same.
    QCOMPARE(label.heightForWidth(300), reference->heightForWidth(300));

    // The minimum is the widest word and one line, as QLabel's.
    QCOMPARE(label.minimumSizeHint(), reference->minimumSizeHint());
    // The preferred size is one of the label's own layouts, no narrower than the minimum.
    const QSize hint = label.sizeHint();
    QVERIFY(hint.width() >= label.minimumSizeHint().width());
    QCOMPARE(hint.height(), label.heightForWidth(hint.width()));
    QVERIFY(hint.width()
            <= label.fontMetrics().averageCharWidth() * 80 + margins.left() + margins.right());
}

void TestWrappedLabel::followsTextFontAndMargins()
{
    WrappedLabel label;
    label.setText(u"A short line."_s);
    const int shortHeight = label.heightForWidth(120);
    const QSize shortMinimum = label.minimumSizeHint();

    label.setText(u"A much longer text that needs several lines at this width, and a "
                  "considerably wider word: incomprehensibilities."_s);
    const int longHeight = label.heightForWidth(120);
    QVERIFY2(longHeight > shortHeight, "a new text must not reuse the old heights");
    QVERIFY(label.minimumSizeHint().width() > shortMinimum.width());

    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    QVERIFY2(label.heightForWidth(120) > longHeight, "a new font must not reuse the old heights");
    const int withoutMargins = label.heightForWidth(300);

    label.setContentsMargins(0, 5, 0, 6);
    QCOMPARE(label.heightForWidth(300), withoutMargins + 11);
}

void TestWrappedLabel::keepsTextPlain()
{
    WrappedLabel label;
    label.setText(u"<b>bold?</b> &amp; <a href=\"https://example.org\">link</a>"_s);
    QCOMPARE(label.textFormat(), Qt::PlainText);
    QCOMPARE(label.openExternalLinks(), false);
    QVERIFY(label.textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(!(label.textInteractionFlags() & Qt::LinksAccessibleByMouse));
    QVERIFY(label.wordWrap());
}

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
