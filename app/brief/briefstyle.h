#pragma once

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>

class QTextDocument;
class QTextTable;

class QPaintDevice;
class QTextCursor;
class QTranslator;

// What the parts of the brief share: its strings in its own language, its type at one body
// size, and the colours sides take on paper.

// The brief is laid out in units of 1/1200 inch (BriefLayout::unitsPerInch).
inline constexpr double briefUnitsPerInch = 1200.0;

// QTextDocument takes margins, paddings and borders in pixels at 96 dpi and scales them
// to the layout's device itself (QTextDocumentLayout's scaleToDevice()).
constexpr double formatPixels(double points)
{
    return points * 96.0 / 72.0;
}

// Layout happens against this device at 1200 dpi, whatever the brief is painted on later,
// so preview, print and PDF break lines in exactly the same places.
QPaintDevice *briefReferenceDevice();

// How many of `tables` (in document order) end above `height - reserve` in `document`'s
// layout: what a page keeps when it is cut at that height.
// The largest count from `fitting` up to, not including, `tooMany` whose layout fits the page,
// found by halving the interval: `layout(count)` gives the laid-out document, or null when it
// does not fit. `document` holds the layout of `fitting` (nothing is tried when it is null)
// and ends holding that of the count returned. Both composers cut their rows so.
template<typename Document, typename Layout>
int largestFitting(int fitting, int tooMany, Document &document, Layout layout)
{
    while (document && tooMany - fitting > 1) {
        const int middle = (fitting + tooMany) / 2;
        if (auto more = layout(middle)) {
            fitting = middle;
            document = std::move(more);
        } else {
            tooMany = middle;
        }
    }
    return fitting;
}

int tablesEndingWithin(const QTextDocument &document, const QList<QTextTable *> &tables,
                       double height, double reserve);

// The brief speaks its own language, which may differ from the interface's: its strings
// are looked up in the given translator instead of the application's.
class BriefText
{
public:
    struct Source
    {
        const char *text;
        const char *comment;
    };

    BriefText(const QTranslator *translator, const QString &language);
    QString operator()(Source source, int n = -1) const;
    const QLocale &locale() const { return m_locale; }
    const QTranslator *translator() const { return m_translator; }

private:
    const QTranslator *m_translator;
    QLocale m_locale;
};

// The brief's type at one body size: every format is a scale of it.
class BriefType
{
public:
    BriefType(const QString &language, double pointSize);
    double pointSize() const { return m_pointSize; }
    QTextCharFormat format(double scale, bool bold = false, bool muted = false) const;
    // A note in small italics on a block of its own: what was left out, and why.
    void addNote(QTextCursor &cursor, const QString &text) const;

private:
    QStringList m_families;
    double m_pointSize;
};

QStringList briefFontFamilies(const QString &language);

// A side's colour as it prints: dark enough to read as text on white paper and on the
// table's grey header, in the same hue, whatever colour the author chose.
QColor printableSideColor(const QColor &color);
// A mark of the side's own shape (■ ● ▲ ◆ ▼ ★, by its index), printed in its colour before
// its name: in grey print, or to a reader who cannot tell the colours apart, the shape
// still tells the sides apart where the name is not repeated (issue 19).
QString sideSwatch(int sideIndex);
