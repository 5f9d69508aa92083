#pragma once

#include "model/briefing.h"
#include "realtext.h"

#include <QDate>

namespace RealText {
// A briefing of real translated text: coreutils' messages as Debian ships them in Korean,
// a passage per message of one or more sentences, three passages to a paragraph, with two
// sides and an issue, as a reader would have made from them. Fewer than `passages` passages
// when the catalogue is missing.
inline Briefing coreutilsBriefing(int passages)
{
    using namespace Qt::StringLiterals;
    const QList<RealText::Pair> messages =
        RealText::gettextMessages(RealText::catalogue(u"ko"_s, u"coreutils"_s));
    BriefingData data;
    data.title = {{u"ko"_s, u"coreutils 메시지"_s}, {u"en"_s, u"coreutils messages"_s}};
    data.date = QDate(2024, 1, 1);
    data.sides = {Side{u"a"_s, {{u"ko"_s, u"가"_s}, {u"en"_s, u"A"_s}}, QColor(0x25, 0x63, 0xb0)},
                  Side{u"b"_s, {{u"ko"_s, u"나"_s}, {u"en"_s, u"B"_s}}, QColor(0xc2, 0x41, 0x0c)}};
    for (const RealText::Pair &message : messages) {
        const QString english = message.english.simplified();
        const QString korean = message.translation.simplified();
        // Prose, not option tables: a capital letter first, a full stop last, no tabs.
        if (english.size() < 40 || english.size() > 400 || !english.at(0).isUpper()
            || !english.endsWith(u'.') || english.contains(u"  "_s) || english.contains(u'%'))
            continue;
        const int index = int(data.passages.size());
        data.passages.append(
            Passage{u"m%1"_s.arg(index + 1), {korean, english}, index % 3 == 0, {}});
        if (data.passages.size() == passages)
            break;
    }
    data.issues = {
        Issue{u"usage"_s, {{u"ko"_s, u"사용법"_s}, {u"en"_s, u"Usage"_s}}, {1, 4}, {}, {}}};
    return Briefing(data);
}
} // namespace RealText
