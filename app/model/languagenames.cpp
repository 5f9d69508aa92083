#include "model/languagenames.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace LanguageNames {

QString nativeName(const QString &tag)
{
    // QLocale calls English "American English" and leaves some names lower-case; these are
    // the plain names a header or a menu wants.
    static const QHash<QString, QString> names{{u"ko"_s, u"한국어"_s},   {u"en"_s, u"English"_s},
                                               {u"ja"_s, u"日本語"_s},   {u"zh"_s, u"中文"_s},
                                               {u"fr"_s, u"Français"_s}, {u"de"_s, u"Deutsch"_s}};
    const QString base = tag.section(u'-', 0, 0).section(u'_', 0, 0);
    if (const auto it = names.constFind(base); it != names.constEnd())
        return *it;
    const QString native = QLocale(tag).nativeLanguageName();
    return native.isEmpty() ? tag : native;
}

} // namespace LanguageNames
