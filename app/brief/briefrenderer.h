#pragma once

#include "brief/briefcomposer.h"

#include <QRectF>
#include <QString>

class QPainter;

// Paints a composed brief on the current page of `painter`'s device, scaled to `target`
// (the page in the device's coordinates). Preview, print and PDF all go through here.
void paintBrief(QPainter &painter, const BriefLayout &layout, const QRectF &target);

// Writes the brief as a one-page PDF with embedded font subsets, atomically: on any
// failure the file at `path` is left as it was. Returns an empty string or the reason.
QString writeBriefPdf(const BriefLayout &layout, const BriefOptions &options,
                      const Briefing &briefing, const QString &path);
