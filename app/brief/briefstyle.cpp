#include "brief/briefstyle.h"

#include "model/sidecolor.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTranslator>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

QPaintDevice *briefReferenceDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = int(briefUnitsPerInch / 0.0254 + 0.5);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

BriefText::BriefText(const QTranslator *translator, const QString &language)
    : m_translator(translator)
    , m_locale(language)
{ }

QString BriefText::operator()(Source source, int n) const
{
    QString result =
        m_translator ? m_translator->translate("Brief", source.text, source.comment, n) : QString();
    if (result.isEmpty())
        result = QString::fromUtf8(source.text);
    if (n >= 0)
        result.replace(u"%n"_s, m_locale.toString(n));
    return result;
}

QStringList briefFontFamilies(const QString &language)
{
    // Latin text and digits come from Noto Sans (fonts-noto-core), designed to match Noto
    // CJK: Qt 6.4 writes no usable ToUnicode entries for the digits of the CFF-based Noto
    // CJK fonts, so numbers set in them cannot be searched or copied from the PDF. Hangul,
    // Kana and Han fall through to Noto CJK, whose regional variant follows the brief's
    // language for the shapes of shared Han characters.
    QStringList families{u"Noto Sans"_s, u"DejaVu Sans"_s};
    if (language == u"ja"_s)
        families += {u"Noto Sans CJK JP"_s, u"Noto Sans CJK KR"_s};
    else if (language.startsWith(u"zh"_s))
        families += {u"Noto Sans CJK SC"_s, u"Noto Sans CJK KR"_s};
    else
        families += {u"Noto Sans CJK KR"_s, u"Noto Sans CJK JP"_s};
    return families;
}

BriefType::BriefType(const QString &language, double pointSize)
    : m_families(briefFontFamilies(language))
    , m_pointSize(pointSize)
{ }

QTextCharFormat BriefType::format(double scale, bool bold, bool muted) const
{
    QTextCharFormat format;
    format.setFontFamilies(m_families);
    format.setFontPointSize(m_pointSize * scale);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(muted ? QColor(0x55, 0x5b, 0x66) : QColor(0x11, 0x14, 0x18));
    return format;
}

void BriefType::addNote(QTextCursor &cursor, const QString &text) const
{
    QTextBlockFormat block;
    block.setTopMargin(formatPixels(m_pointSize * 0.3));
    cursor.insertBlock(block);
    QTextCharFormat note = format(0.9, false, true);
    note.setFontItalic(true);
    cursor.insertText(text, note);
}

QColor printableSideColor(const QColor &color)
{
    // Side colours are chosen for screens; on paper, light ones need darkening to read.
    QColor hsl = color.toHsl();
    if (hsl.lightnessF() > 0.45f)
        hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), 0.40f);
    // Still short for a bright hue (yellow at that lightness is 1.7:1 on white): as far as
    // WCAG asks of text from the matrix's header, the lightest ground a side's name is on.
    constexpr float textContrast = 4.5f;
    return SideColor::distinctFrom(hsl.toRgb(), QColor(0xee, 0xf0, 0xf3), textContrast);
}

int tablesEndingWithin(const QTextDocument &document, const QList<QTextTable *> &tables,
                       double height, double reserve)
{
    int count = 0;
    for (QTextTable *table : tables) {
        if (document.documentLayout()->frameBoundingRect(table).bottom() > height - reserve)
            break;
        ++count;
    }
    return count;
}

QString sideSwatch(int sideIndex)
{
    static const QString shapes[] = {u"\u25A0"_s, u"\u25CF"_s, u"\u25B2"_s,
                                     u"\u25C6"_s, u"\u25BC"_s, u"\u2605"_s};
    return shapes[std::size_t(std::max(sideIndex, 0)) % std::size(shapes)];
}
