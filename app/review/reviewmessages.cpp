#include "review/quantities.h"
#include "review/translationreview.h"

#include <QCoreApplication>
#include <QLocale>

// The findings in words: in the interface language for the window, in English for
// `--review`, whose lines scripts read whatever the reader's language.

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    bool translated;
    QStringList nameLanguages;
    QString operator()(const char *source) const
    {
        return translated ? QCoreApplication::translate("TranslationReview", source)
                          : QString::fromUtf8(source);
    }
};

QString languageName(const QString &tag, const Text &text)
{
    const QString base = tag.section(u'-', 0, 0);
    if (base == u"ko")
        return text(QT_TRANSLATE_NOOP("TranslationReview", "Korean"));
    if (base == u"ja")
        return text(QT_TRANSLATE_NOOP("TranslationReview", "Japanese"));
    if (base == u"en")
        return text(QT_TRANSLATE_NOOP("TranslationReview", "English"));
    if (base == u"zh")
        return text(QT_TRANSLATE_NOOP("TranslationReview", "Chinese"));
    const QLocale locale(tag);
    return locale.language() == QLocale::C ? tag : QLocale::languageToString(locale.language());
}

QString wordingOf(const QString &sideId, const Briefing &briefing, const Text &text)
{
    if (sideId.isEmpty())
        return text(QT_TRANSLATE_NOOP("TranslationReview", "a neutral wording"));
    const int side = briefing.sideIndex(sideId);
    QString name = sideId;
    if (side >= 0)
        name = briefing.sides().at(side).name.preferred(text.nameLanguages);
    else if (sideId == u"kr")
        name = text(QT_TRANSLATE_NOOP("TranslationReview", "South Korea"));
    else if (sideId == u"jp")
        name = text(QT_TRANSLATE_NOOP("TranslationReview", "Japan"));
    return text(QT_TRANSLATE_NOOP("TranslationReview", "%1's wording")).arg(name);
}

QString sentence(const ReviewFinding &finding, const Briefing &briefing, const Text &text);

// What a number was read as: in English words for `--review` ("29 October"), and in a form
// every language reads for the window (3,000 in the reader's digits, 10-29, 15:00).
QString valueOf(const QString &key, const Text &text)
{
    if (!text.translated)
        return Quantities::describe(key);
    const QString kind = key.section(u':', 0, 0);
    const QString value = key.section(u':', 1);
    const QLocale locale(text.nameLanguages.value(0, u"en"_s));
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok && kind == u"n")
        return locale.toString(number, 'f',
                               value.contains(u'.') ? int(value.section(u'.', 1).size()) : 0);
    if (ok && kind == u"pct")
        return value + u'%';
    return value;
}
} // namespace

QString TranslationReview::kindKey(ReviewFinding::Kind kind)
{
    switch (kind) {
    case ReviewFinding::Kind::Number:
        return u"number"_s;
    case ReviewFinding::Kind::Term:
        return u"term"_s;
    case ReviewFinding::Kind::Name:
        return u"name"_s;
    case ReviewFinding::Kind::Omission:
        return u"omission"_s;
    }
    return {};
}

QString TranslationReview::kindName(ReviewFinding::Kind kind)
{
    switch (kind) {
    case ReviewFinding::Kind::Number:
        return QCoreApplication::translate("TranslationReview", "Number");
    case ReviewFinding::Kind::Term:
        return QCoreApplication::translate("TranslationReview", "Wording");
    case ReviewFinding::Kind::Name:
        return QCoreApplication::translate("TranslationReview", "Name");
    case ReviewFinding::Kind::Omission:
        return QCoreApplication::translate("TranslationReview", "Omission");
    }
    return {};
}

QString TranslationReview::message(const ReviewFinding &finding, const Briefing &briefing,
                                   const QStringList &nameLanguages)
{
    return sentence(finding, briefing, Text{true, nameLanguages});
}

QString TranslationReview::englishMessage(const ReviewFinding &finding, const Briefing &briefing)
{
    return sentence(finding, briefing, Text{false, {u"en"_s}});
}

namespace {
QString sentence(const ReviewFinding &finding, const Briefing &briefing, const Text &text)
{
    const QStringList &d = finding.details;
    const auto arg = [&](int i) {
        return i < d.size() ? d.at(i) : QString();
    };
    const QString here = languageName(arg(0), text);
    const QString there = languageName(arg(1), text);
    switch (finding.kind) {
    case ReviewFinding::Kind::Number:
        if (finding.key.startsWith(u"differs:"))
            return text(QT_TRANSLATE_NOOP("TranslationReview",
                                          "the %1 text says “%3” where the %2 text says “%4”"))
                .arg(here, there, arg(2), arg(3));
        return text(QT_TRANSLATE_NOOP("TranslationReview",
                                      "the %1 text has “%3” (%4); the %2 text has no such number"))
            .arg(here, there, arg(2), valueOf(arg(3), text));
    case ReviewFinding::Kind::Term:
        return text(QT_TRANSLATE_NOOP("TranslationReview",
                                      "the %1 text writes “%3” (%4); the %2 text writes “%5” (%6)"))
            .arg(here, there, arg(2), wordingOf(arg(3), briefing, text), arg(4),
                 wordingOf(arg(5), briefing, text));
    case ReviewFinding::Kind::Name:
        return text(QT_TRANSLATE_NOOP("TranslationReview",
                                      "“%3” is named in the %1 text but not in the %2 text"))
            .arg(here, there, arg(2));
    case ReviewFinding::Kind::Omission:
        if (finding.key.startsWith(u"empty@"))
            return text(QT_TRANSLATE_NOOP("TranslationReview",
                                          "the %1 text is missing; only the %2 text has this "
                                          "passage"))
                .arg(here, there);
        if (finding.key.startsWith(u"length@"))
            return text(QT_TRANSLATE_NOOP("TranslationReview",
                                          "the %1 text is %3% shorter than the briefing's length "
                                          "ratio predicts from the %2 text"))
                .arg(here, there, arg(2));
        if (finding.key.startsWith(u"quote@"))
            return text(QT_TRANSLATE_NOOP("TranslationReview",
                                          "the %1 text quotes %3; the %2 text has no quotation"))
                .arg(here, there, arg(2));
        return text(QT_TRANSLATE_NOOP("TranslationReview",
                                      "the %1 text has the parenthesis %3; the %2 text has none"))
            .arg(here, there, arg(2));
    }
    return {};
}
} // namespace
