#include "libraryviews/librarymodels.h"

#include "library/librarytext.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

using namespace Qt::StringLiterals;

void LibraryTableModel::setEntries(const QList<LibraryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void LibraryTableModel::setLanguages(const QStringList &languages)
{
    m_languages = languages;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int LibraryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LibraryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LibraryEntry &entry = m_entries.at(index.row());
    if (role == PathRole)
        return entry.path;
    if (role == Qt::ToolTipRole)
        return entry.path; // a tool tip from a model is shown as plain text unless it is rich
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return role == SortRole ? QVariant(entry.date) : QVariant(entry.date.toString(Qt::ISODate));
    case Title: {
        const QString title = entry.title.preferred(m_languages);
        return title.isEmpty() ? QFileInfo(entry.path).fileName() : title;
    }
    case Sides: {
        QStringList names;
        for (const IndexedSide &side : entry.sides)
            names.append(side.name.preferred(m_languages));
        return names.join(u" · "_s);
    }
    case Issues:
        return entry.issueCount;
    case Source:
        return entry.source;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LibraryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Title");
    case Sides:
        return tr("Sides");
    case Issues:
        return tr("Issues");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

void SearchHitModel::setHits(const QList<SearchHit> &hits, const QStringList &words)
{
    beginResetModel();
    m_hits = hits;
    m_words = words;
    endResetModel();
}

void SearchHitModel::setLanguages(const QStringList &languages)
{
    m_languages = languages;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case PathRole:
        return hit.path;
    case PassageRole:
        return hit.kind == SegmentKind::Passage ? hit.ref : QString();
    case IssueRole:
        return hit.kind == SegmentKind::IssueTitle || hit.kind == SegmentKind::StanceSummary
            ? hit.ref
            : QString();
    case PlaceRole: {
        QString where;
        switch (hit.kind) {
        case SegmentKind::Passage:
            where = tr("passage %1").arg(hit.ref);
            break;
        case SegmentKind::Title:
            where = tr("title");
            break;
        case SegmentKind::Summary:
            where = tr("summary");
            break;
        case SegmentKind::IssueTitle:
            where = tr("issue %1").arg(hit.ref);
            break;
        case SegmentKind::StanceSummary:
            where = tr("stance of %1 on %2").arg(hit.side, hit.ref);
            break;
        case SegmentKind::Term:
            where = tr("term %1").arg(hit.ref);
            break;
        }
        const QString title = hit.title.preferred(m_languages);
        QStringList parts{title.isEmpty() ? QFileInfo(hit.path).fileName() : title};
        if (hit.date.isValid()) // an undated briefing has no date to show
            parts.append(hit.date.toString(Qt::ISODate));
        parts.append(where);
        return parts.join(u" · "_s);
    }
    case Qt::DisplayRole:
    case SnippetRole:
        return LibraryText::snippet(hit.text, m_words).text;
    case MarksRole: {
        QVariantList marks;
        for (const auto &[start, length] : LibraryText::snippet(hit.text, m_words).marks)
            marks.append(QPoint(int(start), int(length)));
        return marks;
    }
    case Qt::ToolTipRole:
        return hit.path;
    default:
        return {};
    }
}

namespace {
constexpr int margin = 6;
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width(), 3 * option.fontMetrics.lineSpacing() + 2 * margin};
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QRect area = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    const int line = option.fontMetrics.lineSpacing();
    painter->save();
    painter->setPen(selected ? palette.color(QPalette::HighlightedText)
                             : palette.color(QPalette::PlaceholderText));
    const QString place = index.data(SearchHitModel::PlaceRole).toString();
    painter->drawText(QRect(area.left(), area.top(), area.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      option.fontMetrics.elidedText(place, Qt::ElideRight, area.width()));

    // The snippet on up to two lines, the marked words bold and underlined in the
    // highlight colour (readable selected or not, and without relying on colour alone).
    QTextLayout layout(index.data(SearchHitModel::SnippetRole).toString(), option.font);
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &mark : index.data(SearchHitModel::MarksRole).toList()) {
        QTextLayout::FormatRange range;
        range.start = mark.toPoint().x();
        range.length = mark.toPoint().y();
        range.format.setFontWeight(QFont::Bold);
        range.format.setFontUnderline(true);
        if (!selected)
            range.format.setForeground(palette.color(QPalette::Link));
        formats.append(range);
    }
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < 2; ++i) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(area.width());
        textLine.setPosition(QPointF(0, y));
        y += line;
    }
    layout.endLayout();
    painter->setPen(selected ? palette.color(QPalette::HighlightedText)
                             : palette.color(QPalette::Text));
    painter->setClipRect(area);
    layout.draw(painter, QPointF(area.left(), area.top() + line));
    painter->restore();
}
