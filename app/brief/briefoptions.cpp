#include "brief/briefoptions.h"

#include "i18n/translationcatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

BriefOptions BriefOptions::forLanguage(const QString &language, const QPageSize &pageSize,
                                       int issue, const QString &sourceDigest)
{
    BriefOptions options;
    options.language = language;
    options.translator = TranslationCatalog::forLanguage(language);
    options.pageSize = pageSize;
    options.issue = issue;
    options.sourceDigest = sourceDigest;
    options.version = QCoreApplication::applicationVersion();
    return options;
}

QPageSize BriefOptions::defaultPageSize(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
}

QPageSize BriefOptions::pageSizeFromName(const QString &name)
{
    if (name.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return {};
}

QStringList BriefOptions::languagesFor(const Briefing &briefing, const QString &interfaceLanguage)
{
    QStringList languages{interfaceLanguage};
    for (const QString &language : briefing.languagesInUse()) {
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}
