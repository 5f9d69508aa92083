#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

struct Issue;
class IssueListModel;

// Paints an issue as two lines: its title, then the number of relevant passages and one
// badge per side showing that side's position symbol. Works through any proxy: the row's
// IssueIndexRole finds the issue in the source model's briefing.
class IssueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit IssueDelegate(const IssueListModel *model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Paints the badges right-aligned in `rect`; returns the width they took.
    int paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                    const Issue &issue) const;

    QPointer<const IssueListModel> m_model;
};
