#include "realtext.h"
#include "review/translationreview.h"
#include "terms/termindex.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Precision and recall of the translation review on planted divergences (docs/review.md).
// The base is real translated text nobody here wrote: the messages Debian's packages ship
// in Korean and Japanese beside the English. Passages the review finds nothing in are
// taken; into some, one divergence is planted by adding a sentence to both texts that says
// the same thing except for one number, one wording, one name or one missing piece; into
// others, a faithful sentence with the same kinds of content written differently
// (3천 명 / 3,000 people, 오염수 / contaminated water), which must stay quiet.
class TestReviewAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedDivergences_data();
    void plantedDivergences();
    void totals();

private:
    struct Tally
    {
        int planted = 0;
        int found = 0; // planted divergences the review reported with the right kind
        int findings = 0; // findings on planted, faithful and untouched clean passages
        int correct = 0; // findings that are a planted divergence of the right kind
    };
    static inline QHash<QString, Tally> s_byKind;
};

namespace {
using Kind = ReviewFinding::Kind;

// One added sentence: in the text's language and in English.
struct Plant
{
    QString first; // in the briefing's first language (ko or ja)
    QString english;
    std::optional<Kind> kind; // none: faithful, nothing to find
};

// Sentences about Korea–Japan diplomacy written for this test. `divergent` picks the
// version with one thing changed.
QList<Plant> plantsFor(const QString &language)
{
    const bool ko = language == u"ko";
    const auto both = [&](const QString &korean, const QString &japanese) {
        return ko ? korean : japanese;
    };
    return {
        // Numbers: faithful forms, then one changed or missing.
        {both(u"회의에는 3천 명이 참석했다."_s, u"会議には3千人が出席した。"_s),
         u"The meeting drew 3,000 people."_s, std::nullopt},
        {both(u"회의에는 3천 명이 참석했다."_s, u"会議には3千人が出席した。"_s),
         u"The meeting drew 4,000 people."_s, Kind::Number},
        {both(u"협의는 10월 29일에 열렸다."_s, u"協議は10月29日に開かれた。"_s),
         u"The talks were held on 29 October."_s, std::nullopt},
        {both(u"협의는 10월 29일에 열렸다."_s, u"協議は10月29日に開かれた。"_s),
         u"The talks were held on 30 October."_s, Kind::Number},
        {both(u"지원 규모는 1억 5천만 달러다."_s, u"支援規模は1億5千万ドルだ。"_s),
         u"The aid comes to $150 million."_s, std::nullopt},
        {both(u"지원 규모는 1억 5천만 달러다."_s, u"支援規模は1億5千万ドルだ。"_s),
         u"The aid comes to $15 million."_s, Kind::Number},
        {both(u"찬성 의견은 30퍼센트였다."_s, u"賛成意見は30パーセントだった。"_s),
         u"30 per cent were in favour."_s, std::nullopt},
        {both(u"찬성 의견은 30퍼센트였다."_s, u"賛成意見は30パーセントだった。"_s),
         u"Most of those asked were in favour."_s, Kind::Number},
        {both(u"회담은 오후 3시에 시작됐다."_s, u"会談は午後3時に始まった。"_s),
         u"The meeting began at 3 p.m."_s, std::nullopt},
        {both(u"회담은 오후 3시에 시작됐다."_s, u"会談は午後3時に始まった。"_s),
         u"The meeting began at 4 p.m."_s, Kind::Number},
        {both(u"2019년 7월부터 규제가 이어졌다."_s, u"2019年7月から規制が続いた。"_s),
         u"The curbs have been in place since July 2019."_s, std::nullopt},
        {both(u"2019년 7월부터 규제가 이어졌다."_s, u"2019年7月から規制が続いた。"_s),
         u"The curbs have been in place since July 2018."_s, Kind::Number},
        // Wordings: each side's own, then one side's translated by the other's.
        {both(u"오염수 방류 문제도 논의됐다."_s, u"汚染水の放出問題も議論された。"_s),
         u"The release of contaminated water was also discussed."_s, std::nullopt},
        {both(u"오염수 방류 문제도 논의됐다."_s, u"汚染水の放出問題も議論された。"_s),
         u"The release of treated water was also discussed."_s, Kind::Term},
        {both(u"일본해 표기 문제가 거론됐다."_s, u"日本海の表記問題が取り上げられた。"_s),
         u"The naming of the Sea of Japan came up."_s, std::nullopt},
        {both(u"일본해 표기 문제가 거론됐다."_s, u"日本海の表記問題が取り上げられた。"_s),
         u"The naming of the East Sea came up."_s, Kind::Term},
        {both(u"독도 영유권 문제는 다뤄지지 않았다."_s, u"竹島の領有権問題は扱われなかった。"_s),
         both(u"Sovereignty over Dokdo was not discussed."_s,
              u"Sovereignty over Takeshima was not discussed."_s),
         std::nullopt},
        {both(u"독도 영유권 문제는 다뤄지지 않았다."_s, u"竹島の領有権問題は扱われなかった。"_s),
         both(u"Sovereignty over Takeshima was not discussed."_s,
              u"Sovereignty over Dokdo was not discussed."_s),
         Kind::Term},
        {both(u"양측은 강제징용 배상 문제를 논의했다."_s,
              u"双方は旧朝鮮半島出身労働者の問題を議論した。"_s),
         both(u"Both sides discussed compensation for forced labor."_s,
              u"Both sides discussed the former civilian workers from the Korean Peninsula."_s),
         std::nullopt},
        {both(u"양측은 강제징용 배상 문제를 논의했다."_s,
              u"双方は旧朝鮮半島出身労働者の問題を議論した。"_s),
         both(
             u"Both sides discussed compensation for former civilian workers from the Korean Peninsula."_s,
             u"Both sides discussed compensation for forced labor."_s),
         Kind::Term},
        // Names: in both, then left out of one.
        {both(u"국제원자력기구(IAEA)가 검증을 맡는다."_s, u"国際原子力機関が検証を担う。"_s),
         u"The IAEA will verify the plan."_s, std::nullopt},
        {both(u"국제원자력기구가 검증을 맡는다."_s, u"国際原子力機関が検証を担う。"_s),
         u"An international body will verify the plan."_s, Kind::Name},
        {both(u"도쿄전력이 탱크를 관리한다."_s, u"東京電力がタンクを管理している。"_s),
         u"TEPCO manages the tanks."_s, std::nullopt},
        {both(u"운영사가 탱크를 관리한다."_s, u"運営会社がタンクを管理している。"_s),
         u"Tokyo Electric Power manages the tanks."_s, Kind::Name},
        {both(u"유네스코 세계유산위원회가 이를 심사한다."_s,
              u"ユネスコの世界遺産委員会が審査する。"_s),
         u"UNESCO's World Heritage Committee will review it."_s, std::nullopt},
        {both(u"세계유산위원회가 이를 심사한다."_s, u"世界遺産委員会が審査する。"_s),
         u"A committee will review it."_s, Kind::Name},
        // Omissions: a quotation on one side only.
        {both(u"장관은 “일본과 이 문제를 두고 계속 대화하겠다”고 말했다."_s,
              u"大臣は「この問題について日本と対話を続けていく」と述べた。"_s),
         u"The minister said: “We will keep talking with Japan about this matter.”"_s,
         std::nullopt},
        {both(u"장관은 일본과 이 문제를 두고 계속 대화하겠다고 말했다."_s,
              u"大臣はこの問題について日本と対話を続けていくと述べた。"_s),
         u"The minister said: “We will keep talking with Japan about this matter.”"_s,
         Kind::Omission},
    };
}

QString kindName(std::optional<Kind> kind)
{
    return kind ? TranslationReview::kindKey(*kind) : u"faithful"_s;
}

Briefing briefingOf(const QString &language, const QString &domain)
{
    BriefingData data;
    data.languages = {language, u"en"_s};
    data.title = {{language, domain}, {u"en"_s, domain}};
    data.sides = {Side{u"kr"_s, {{language, u"한국"_s}, {u"en"_s, u"South Korea"_s}}, Qt::blue},
                  Side{u"jp"_s, {{language, u"일본"_s}, {u"en"_s, u"Japan"_s}}, Qt::red}};
    for (const RealText::Pair &message :
         RealText::gettextMessages(RealText::catalogue(language, domain))) {
        const QString english = message.english.simplified();
        const QString translation = message.translation.simplified();
        if (english.size() < 25 || english.size() > 400 || translation.isEmpty())
            continue;
        const int index = int(data.passages.size());
        data.passages.append({u"p%1"_s.arg(index + 1), {translation, english}, index % 3 == 0, {}});
    }
    return Briefing(std::move(data));
}
} // namespace

void TestReviewAccuracy::plantedDivergences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("domain");
    QTest::newRow("ko coreutils") << u"ko"_s << u"coreutils"_s;
    QTest::newRow("ja coreutils") << u"ja"_s << u"coreutils"_s;
    QTest::newRow("ko tar") << u"ko"_s << u"tar"_s;
    QTest::newRow("ja dpkg") << u"ja"_s << u"dpkg"_s;
    QTest::newRow("ko gettext-tools") << u"ko"_s << u"gettext-tools"_s;
}

void TestReviewAccuracy::plantedDivergences()
{
    QFETCH(QString, language);
    QFETCH(QString, domain);
    const Briefing base = briefingOf(language, domain);
    if (base.passages().size() < 200)
        QSKIP("the catalogue is not installed");

    // The passages the review finds nothing in, as Debian ships them.
    QSet<int> flagged;
    for (const ReviewFinding &finding : TranslationReview::run(base, TermIndex(base)))
        flagged.insert(finding.passage);
    QList<int> clean;
    for (int p = 0; p < base.passages().size(); ++p) {
        if (!flagged.contains(p))
            clean.append(p);
    }

    // Every third clean passage gets a sentence: each plant in turn, then for omissions of
    // a whole sentence, another passage's text added to one language only.
    const QList<Plant> plants = plantsFor(language);
    BriefingData data = base.data();
    QHash<int, std::optional<Kind>> planted; // passage -> what was planted
    QHash<int, qsizetype> addedFrom; // passage -> where the English text added starts
    int next = 0;
    for (qsizetype i = 0; i + 2 < clean.size() && next < 2 * int(plants.size()) + 12; i += 3) {
        const int p = clean.at(i);
        Passage &passage = data.passages[p];
        if (next < 2 * plants.size()) {
            const Plant &plant = plants.at(next % plants.size());
            passage.text[0] += u' ' + plant.first;
            passage.text[1] += u' ' + plant.english;
            planted.insert(p, plant.kind);
        } else {
            // A sentence left out: the English gains another message at least as long as
            // the passage's own, the translation does not.
            const Passage &other = base.passages().at(clean.at(i + 1));
            if (other.text[1].size() < passage.text[1].size())
                continue;
            addedFrom.insert(p, passage.text[1].size() + 1);
            passage.text[1] += u' ' + other.text[1];
            planted.insert(p, Kind::Omission);
        }
        ++next;
    }
    const Briefing briefing(std::move(data));
    const QList<ReviewFinding> findings = TranslationReview::run(briefing, TermIndex(briefing));

    QHash<int, QList<const ReviewFinding *>> foundAt;
    for (const ReviewFinding &finding : findings)
        foundAt[finding.passage].append(&finding);
    const auto hasKind = [&](int p, Kind kind) {
        const QList<const ReviewFinding *> &at = foundAt[p];
        return std::any_of(at.cbegin(), at.cend(),
                           [&](const ReviewFinding *f) { return f->kind == kind; });
    };
    QStringList missed;
    QStringList wrong;
    for (const int p : std::as_const(clean)) {
        const std::optional<Kind> kind = planted.value(p, std::nullopt);
        const bool isPlanted = planted.contains(p) && kind;
        Tally &tally = s_byKind[planted.contains(p) ? kindName(kind) : u"untouched"_s];
        if (planted.contains(p))
            ++tally.planted; // faithful plants too: what they did not set off counts
        if (isPlanted) {
            if (hasKind(p, *kind))
                ++tally.found;
            else
                missed.append(u"%1 (%2): %3 | %4"_s.arg(
                    briefing.passages().at(p).id, kindName(kind), briefing.passages().at(p).text[0],
                    briefing.passages().at(p).text[1]));
        }
        for (const ReviewFinding *finding : foundAt.value(p)) {
            ++tally.findings;
            // Right when it names what was planted; for a sentence left out, also a number
            // or a name of that sentence, which the other text lacks as well.
            const bool inAddedSentence = addedFrom.contains(p) && finding->column == 1
                && finding->start >= addedFrom.value(p);
            if (isPlanted && (finding->kind == *kind || inAddedSentence)) {
                ++tally.correct;
            } else {
                wrong.append(u"%1: %2: %3"_s.arg(
                    briefing.passages().at(p).id, TranslationReview::kindKey(finding->kind),
                    TranslationReview::englishMessage(*finding, briefing)));
            }
        }
    }
    for (const QString &line : std::as_const(missed))
        qInfo("missed %s", qPrintable(line));
    for (const QString &line : std::as_const(wrong))
        qInfo("unexpected %s", qPrintable(line));
    QVERIFY2(planted.size() >= 60, qPrintable(QString::number(planted.size())));
}

void TestReviewAccuracy::totals()
{
    int planted = 0, found = 0, findings = 0, correct = 0;
    for (auto it = s_byKind.cbegin(); it != s_byKind.cend(); ++it) {
        const Tally &t = it.value();
        qInfo("%-9s planted %4d  found %4d  findings %4d  correct %4d", qPrintable(it.key()),
              t.planted, t.found, t.findings, t.correct);
        if (it.key() != u"faithful")
            planted += t.planted;
        found += t.found;
        findings += t.findings;
        correct += t.correct;
    }
    if (planted == 0)
        QSKIP("no catalogue installed");
    const double recall = double(found) / planted;
    const double precision = findings == 0 ? 1.0 : double(correct) / findings;
    qInfo("planted %d, recall %.1f%%, precision %.1f%% (%d of %d findings)", planted, 100 * recall,
          100 * precision, correct, findings);
    QVERIFY(planted >= 100);
    QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
}

QTEST_GUILESS_MAIN(TestReviewAccuracy)
#include "tst_reviewaccuracy.moc"
