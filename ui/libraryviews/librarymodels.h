#pragma once

#include "library/libraryindex.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QStyledItemDelegate>

// The briefings of the library, a row each: date, title, sides, issues, source.
class LibraryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Title, Sides, Issues, Source, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<LibraryEntry> &entries);
    const QList<LibraryEntry> &entries() const { return m_entries; }
    // Titles and names in the first of these languages that has them.
    void setLanguages(const QStringList &languages);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LibraryEntry> m_entries;
    QStringList m_languages{QStringLiteral("en")};
};

// Search hits, best first: where each is (briefing, date, passage) and a snippet with the
// matching words marked (painted by SnippetDelegate).
class SearchHitModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int PlaceRole = Qt::UserRole + 1; // "Title · 2020-10-29 · passage p3"
    static constexpr int SnippetRole = Qt::UserRole + 2; // QString
    static constexpr int MarksRole = Qt::UserRole + 3; // QVariantList of QPoint(start, length)
    static constexpr int PathRole = Qt::UserRole + 4;
    static constexpr int PassageRole = Qt::UserRole + 5; // passage id, or empty
    static constexpr int IssueRole = Qt::UserRole + 6; // issue id, or empty

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits, const QStringList &words);
    void setLanguages(const QStringList &languages);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<SearchHit> m_hits;
    QStringList m_words;
    QStringList m_languages{QStringLiteral("en")};
};

// Two lines per hit: where it is, in the secondary text colour, and the snippet with its
// matching words in bold on the highlight colour. Text is laid out as plain text.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
