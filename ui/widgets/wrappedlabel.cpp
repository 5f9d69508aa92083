#include "widgets/wrappedlabel.h"

#include <QEvent>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace {
struct TextExtent
{
    qreal height = 0;
    qreal widestLine = 0;
};

// Lays `text` out in lines of `lineWidth` as the label's QTextDocument would (the unit test
// compares the two at many widths). At width zero, the widest line is the widest piece
// of text that cannot be broken: QLabel's minimum width.
TextExtent layOut(const QString &text, const QFont &font, QPaintDevice *device, qreal lineWidth)
{
    QString singleParagraph = text;
    singleParagraph.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(singleParagraph, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    TextExtent extent;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(lineWidth);
        extent.height += line.height();
        extent.widestLine = std::max(extent.widestLine, line.naturalTextWidth());
    }
    layout.endLayout();
    return extent;
}
} // namespace

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // document text is never interpreted as HTML
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void WrappedLabel::refreshIfStale() const
{
    if (m_measured && m_measuredText == text())
        return;
    m_measured = true;
    m_measuredText = text();
    m_heights.clear();

    if (m_measuredText.isEmpty()) {
        // Nothing to lay out: QLabel's hints cost nothing here.
        m_sizeHint = QLabel::sizeHint();
        m_minimumSizeHint = QLabel::minimumSizeHint();
        return;
    }
    auto *device = const_cast<WrappedLabel *>(this);
    const QMargins margins = contentsMargins();
    const int extraWidth = margins.left() + margins.right();
    const int extraHeight = margins.top() + margins.bottom();
    const TextExtent unwrapped = layOut(m_measuredText, font(), device, QWIDGETSIZE_MAX);
    const int unwrappedHeight = int(std::ceil(unwrapped.height)) + extraHeight;
    m_heights.append({QWIDGETSIZE_MAX, unwrappedHeight});
    // As QLabel: no wider than about 80 characters when there is room to wrap.
    const int preferredWidth =
        std::min(int(std::ceil(unwrapped.widestLine)), fontMetrics().averageCharWidth() * 80)
        + extraWidth;
    m_sizeHint = QSize(preferredWidth, heightForWidth(preferredWidth));
    const TextExtent unbreakable = layOut(m_measuredText, font(), device, 0);
    m_minimumSizeHint =
        QSize(std::min(int(std::ceil(unbreakable.widestLine)) + extraWidth, preferredWidth),
              std::min(m_sizeHint.height(), unwrappedHeight));
}

QSize WrappedLabel::sizeHint() const
{
    refreshIfStale();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    refreshIfStale();
    return m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    refreshIfStale();
    for (const auto &[knownWidth, height] : m_heights) {
        if (knownWidth == width)
            return height;
    }
    const QMargins margins = contentsMargins();
    const int textWidth = std::max(0, width - margins.left() - margins.right());
    const qreal textHeight =
        layOut(m_measuredText, font(), const_cast<WrappedLabel *>(this), textWidth).height;
    const int height = int(std::ceil(textHeight)) + margins.top() + margins.bottom();
    if (m_heights.size() == m_heights.capacity())
        m_heights.remove(0);
    m_heights.append({width, height});
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::Polish:
        m_measured = false;
        break;
    default:
        break;
    }
    return QLabel::event(event);
}
