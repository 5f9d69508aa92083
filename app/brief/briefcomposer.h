#pragma once

#include "brief/briefoptions.h"
#include "brief/briefstyle.h"
#include "model/briefing.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QTextDocument;

// A composed brief: the text laid out for one page, with what had to be left out.
// Coordinates are in units of 1/1200 inch (BriefLayout::unitsPerInch).
struct BriefLayout
{
    static constexpr double unitsPerInch = briefUnitsPerInch;
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
    bool hasWording = false; // the texts use contested wordings of the sides
    bool wordingOmitted = false;
    bool hasTimeline = false; // the options' timelines give "Over time" rows for this briefing
    bool timelineOmitted = false;
    // Too many sides for a column each: every issue lists its sides under their positions.
    bool stancesByPosition = false;

    bool fits() const;
};

// Composes the brief of a briefing onto exactly one page: shrinks the text down to a
// legibility floor, then leaves out the lowest-priority content and says so.
BriefLayout composeBrief(const Briefing &briefing, const BriefOptions &options);
