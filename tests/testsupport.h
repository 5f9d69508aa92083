#pragma once

#include <QString>
#include <QTranslator>

namespace TestSupport {
// Brackets every translated string, so a test can see which strings went through tr()
// and were set again after a LanguageChange.
class BracketTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u'[' + QString::fromUtf8(sourceText) + u']';
    }
};
} // namespace TestSupport
