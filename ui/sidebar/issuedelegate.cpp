#include "sidebar/issuedelegate.h"

#include "model/stanceposition.h"
#include "sidebar/issuelistmodel.h"
#include "widgets/sidestyle.h"
#include "widgets/stancesymbol.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {
constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 5;
constexpr int lineGap = 3;
constexpr int badgeGap = 4;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.9);
    else
        small.setPixelSize(qMax(1, qRound(font.pixelSize() * 0.9)));
    return small;
}

// As tall as a line of the title: the symbols (≈, △, ⊘) are hard to tell apart smaller.
int badgeHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 2;
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}
} // namespace

IssueDelegate::IssueDelegate(const IssueListModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

void IssueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    // The style paints background, selection, hover and focus; the text is ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = colorGroup(opt);
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.72f);

    const QRect content =
        opt.rect.adjusted(horizontalPadding, verticalPadding, -horizontalPadding, -verticalPadding);
    const QFontMetrics titleMetrics(opt.font);
    const QRect titleLine(content.left(), content.top(), content.width(), titleMetrics.height());
    const int secondTop = titleLine.bottom() + 1 + lineGap;
    const QRect secondLine(content.left(), secondTop, content.width(),
                           qMax(badgeHeight(opt.font), QFontMetrics(smallFont(opt.font)).height()));

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(textColor);
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleLine.width()));

    const int issueIndex = index.data(IssueListModel::IssueIndexRole).toInt();
    int badgesWidth = 0;
    if (m_model && issueIndex >= 0 && issueIndex < m_model->briefing().issues().size())
        badgesWidth =
            paintBadges(painter, opt, secondLine, m_model->briefing().issues().at(issueIndex));

    const QFont small = smallFont(opt.font);
    const QFontMetrics smallMetrics(small);
    const int count = index.data(IssueListModel::PassageCountRole).toInt();
    const int countWidth = secondLine.width() - badgesWidth - 2 * badgeGap;
    QString countText = tr("%n passage(s)", "", count);
    if (smallMetrics.horizontalAdvance(countText) > countWidth)
        countText = tr("\u00b6 %1", "short count of passages: pilcrow, number")
                        .arg(QLocale().toString(count));
    painter->setFont(small);
    painter->setPen(mutedColor);
    painter->drawText(
        QRect(secondLine.left(), secondLine.top(), qMax(0, countWidth), secondLine.height()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        smallMetrics.elidedText(countText, Qt::ElideRight, qMax(0, countWidth)));
    painter->restore();
}

int IssueDelegate::paintBadges(QPainter *painter, const QStyleOptionViewItem &option,
                               const QRect &rect, const Issue &issue) const
{
    const QList<Side> &sides = m_model->briefing().sides();
    const int height = badgeHeight(option.font);
    const int top = rect.top() + (rect.height() - height) / 2;
    const QColor base = option.palette.color(colorGroup(option), QPalette::Base);
    const QColor text = option.palette.color(colorGroup(option), QPalette::Text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    int right = rect.right() + 1;
    // Right-aligned in side order: walk the sides backwards.
    for (int side = int(sides.size()) - 1; side >= 0; --side) {
        const Stance *stance = issue.stanceOf(side);
        const int width = height + 4;
        const QRectF badge(right - width + 0.5, top + 0.5, width - 1, height - 1);
        const QColor marker = SideStyle::markerColor(sides.at(side).color, option.palette);
        QPainterPath path;
        path.addRoundedRect(badge, 4, 4);
        if (stance) {
            painter->fillPath(path, marker);
            // A thin ring in the base colour keeps the badge distinct on a selection
            // highlight of a similar hue.
            painter->setPen(QPen(base, 1));
            painter->drawPath(path);
        } else {
            painter->fillPath(path, base);
            painter->setPen(QPen(marker, 1.5));
            painter->drawPath(path);
        }
        // The symbol takes the height of a capital letter, as the text around it.
        const qreal symbolSize = height * 0.56;
        StanceSymbol::paint(*painter,
                            QRectF(badge.center() - QPointF(symbolSize, symbolSize) / 2,
                                   QSizeF(symbolSize, symbolSize)),
                            stance ? stance->position : StancePosition::None,
                            stance ? SideStyle::textOn(marker) : text);
        right -= width + badgeGap;
    }
    painter->restore();
    const int used = rect.right() + 1 - right;
    return used > 0 ? used - badgeGap : 0;
}

QSize IssueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const int second = qMax(badgeHeight(opt.font), QFontMetrics(smallFont(opt.font)).height());
    // A small width: the view gives rows its full width and the title elides, so a long
    // title never forces a horizontal scroll bar.
    return {metrics.averageCharWidth() * 16 + 2 * horizontalPadding,
            2 * verticalPadding + metrics.height() + lineGap + second};
}
