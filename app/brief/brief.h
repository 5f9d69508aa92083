#pragma once

#include "model/briefing.h"

#include <QDateTime>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;
class QPagedPaintDevice;
class QTextDocument;
class QTranslator;

// What to put in a one-page brief and how.
struct BriefOptions
{
    QString language = QStringLiteral("en"); // the brief's own labels and preferred content
    const QTranslator *translator = nullptr; // for `language`; null means English
    QPageSize pageSize = QPageSize(QPageSize::A4);
    int issue = -1; // key passages of this issue; -1: of every issue
    QString sourceDigest; // SHA-256 of the briefing file, hex; empty when unknown
    QDateTime generatedAt = QDateTime::currentDateTime();
    QString version; // Bilateral's version, for the footer
};

// A composed brief: the text laid out for one page, with what had to be left out.
// Coordinates are in units of 1/1200 inch (BriefLayout::unitsPerInch).
struct BriefLayout
{
    static constexpr double unitsPerInch = 1200.0;
    static constexpr double minimumBodyPointSize = 7.0;
    static constexpr double maximumBodyPointSize = 10.0;

    std::shared_ptr<QTextDocument> body;
    QString footer;
    QSizeF pageSize; // the whole page
    QRectF bodyRect; // where the body goes on the page
    QRectF footerRect; // where the footer goes
    double bodyPointSize = maximumBodyPointSize;

    // What did not fit, each also stated on the page itself.
    int passagesShown = 0;
    int passagesOmitted = 0;
    int issuesOmitted = 0; // rows of the stance matrix
    bool stanceSummariesOmitted = false;
    bool summaryOmitted = false;

    bool fits() const;
};

// Composes the brief of a briefing onto exactly one page: shrinks the text down to a
// legibility floor, then leaves out the lowest-priority content and says so.
BriefLayout composeBrief(const Briefing &briefing, const BriefOptions &options);

// Paints a composed brief on the current page of `painter`'s device, scaled to `target`
// (the page in the device's coordinates). Preview, print and PDF all go through here.
void paintBrief(QPainter &painter, const BriefLayout &layout, const QRectF &target);

// Writes the brief as a one-page PDF with embedded font subsets, atomically: on any
// failure the file at `path` is left as it was. Returns an empty string or the reason.
QString writeBriefPdf(const BriefLayout &layout, const BriefOptions &options,
                      const Briefing &briefing, const QString &path);
