#include "brief/briefrenderer.h"

#include "files/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

void paintBrief(QPainter &painter, const BriefLayout &layout, const QRectF &target)
{
    if (!layout.body)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // One uniform scale from layout units (1/1200 inch) to the device, centred: the page
    // keeps its line breaks whatever the device's resolution or printable area.
    const double scale = std::min(target.width() / layout.pageSize.width(),
                                  target.height() / layout.pageSize.height());
    painter.translate(target.center()
                      - QPointF(layout.pageSize.width(), layout.pageSize.height()) * scale / 2);
    painter.scale(scale, scale);
    painter.fillRect(QRectF(QPointF(0, 0), layout.pageSize), Qt::white);

    painter.save();
    painter.translate(layout.bodyRect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, 0), layout.bodyRect.size());
    context.palette.setColor(QPalette::Text, QColor(0x11, 0x14, 0x18));
    layout.body->documentLayout()->draw(&painter, context);
    painter.restore();

    // The footer: a rule, then one line that traces the page back to its file.
    QFont footerFont = layout.body->defaultFont();
    footerFont.setPointSizeF(7.0);
    painter.setPen(QPen(QColor(0xb8, 0xbe, 0xc6), 0.5 * BriefLayout::unitsPerInch / 72));
    painter.drawLine(layout.footerRect.topLeft(), layout.footerRect.topRight());
    // Fonts are sized for the painter's device; the layout's units are 1/1200 inch.
    footerFont.setPixelSize(int(7.0 / 72.0 * BriefLayout::unitsPerInch));
    painter.setFont(footerFont);
    painter.setPen(QColor(0x55, 0x5b, 0x66));
    const QFontMetricsF metrics(footerFont);
    const QString footer =
        metrics.elidedText(layout.footer, Qt::ElideMiddle, layout.footerRect.width());
    painter.drawText(layout.footerRect.adjusted(0, layout.footerRect.height() * 0.25, 0, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, footer);
    painter.restore();
}

QString writeBriefPdf(const BriefLayout &layout, const BriefOptions &options,
                      const Briefing &briefing, const QString &path)
{
    // Made in memory, then written whole or not at all (AtomicFile): a full disk leaves the
    // old PDF as it was.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(int(BriefLayout::unitsPerInch));
        writer.setPageSize(options.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(briefing.title().preferred({options.language}));
        writer.setCreator(u"Bilateral %1"_s.arg(options.version));
        QPainter painter;
        if (!painter.begin(&writer))
            return QObject::tr("cannot start the PDF");
        paintBrief(painter, layout, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
    }
    return AtomicFile::write(path, pdf.data());
}
