#pragma once

#include <QString>

namespace LanguageNames {
// A language named in itself: "한국어" for "ko", "日本語" for "ja", "English" for "en", so a
// reader lost in a foreign interface still finds their own. A tag with a region
// ("ko-KR") is named by its language.
QString nativeName(const QString &tag);
} // namespace LanguageNames
