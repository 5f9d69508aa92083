#include "i18n/translationcatalog.h"

#include <QHash>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace TranslationCatalog {

const QTranslator *forLanguage(const QString &language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    if (const auto it = cache.constFind(language); it != cache.constEnd())
        return it->get();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(u"bilateral_"_s + language, u":/i18n"_s))
        translator.reset();
    cache.insert(language, translator);
    return translator.get();
}

} // namespace TranslationCatalog
