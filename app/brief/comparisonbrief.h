#pragma once

#include "brief/briefcomposer.h"
#include "library/readoutcomparison.h"

#include <QDateTime>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QPainter;
class QTranslator;

// What to put in a one-page comparison brief of two readouts, and how.
struct ComparisonBriefOptions
{
    QString language = QStringLiteral("en"); // the brief's own labels and preferred content
    const QTranslator *translator = nullptr; // for `language`; null means English
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QString fileA; // the two files compared, named in the footer; may be empty
    QString fileB;
    QDateTime generatedAt = QDateTime::currentDateTime();
    QString version; // Bilateral's version, for the footer

    // The options for a comparison brief in `language` on `pageSize`, with that language's
    // labels and this program's version.
    static ComparisonBriefOptions forLanguage(const QString &language, const QPageSize &pageSize,
                                              const QString &fileA, const QString &fileB);
};

// A composed comparison brief: the page as the one-page brief has it (paintBrief() paints
// it), with what had to be left out, each also stated on the page itself.
struct ComparisonBriefLayout
{
    BriefLayout page;
    int issuesShown = 0; // rows of the issue table
    int issuesOmitted = 0;
    int wordingsShown = 0; // rows of the wording table
    bool wordingOmitted = false;
    int evidenceShown = 0; // issues whose evidence is set side by side
    int evidenceOmitted = 0;
    int evidenceLines = 0; // each side's evidence text is cut to about this many lines

    bool fits() const { return page.fits(); }
};

// A one-page brief that sets two readouts of one meeting (Seoul's and Tokyo's) against each
// other: issue by issue, whose wordings each uses, and the evidence where they differ. It
// follows the brief's visual rules (fonts, sizes, one page, document text never read as HTML).
namespace ComparisonBrief {
// Composes onto exactly one page: shrinks the text down to the brief's legibility floor,
// then cuts the evidence, the wording table and finally rows of the issue table, saying so.
ComparisonBriefLayout compose(const ReadoutComparison &comparison,
                              const ComparisonBriefOptions &options);

// Paints a composed comparison on `painter`'s current page, scaled to `target` (for print
// preview and printing).
void paint(QPainter &painter, const ComparisonBriefLayout &layout, const QRectF &target);

// Writes the comparison of `comparison` as a one-page PDF, atomically: on any failure the
// file at `outPath` is left as it was. Returns an empty string or the reason.
QString writePdf(const ReadoutComparison &comparison, const QString &outPath,
                 const ComparisonBriefOptions &options);
QString writePdf(const ComparisonBriefLayout &layout, const ReadoutComparison &comparison,
                 const QString &outPath, const ComparisonBriefOptions &options);
} // namespace ComparisonBrief
