#pragma once

#include "model/briefing.h"

#include <QAbstractListModel>
#include <QStringList>

class BriefingDocument;
struct DocumentChange;

// The issues of the open briefing as a flat list, one row per issue in file order. Holds
// no truth of its own: titles, stances and counts are read from the briefing on demand.
// The document's changes arrive as row removals, insertions and data changes, so a view
// keeps its selection and scroll position through edits.
class IssueListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IssueIndexRole = Qt::UserRole + 1, // int: index into Briefing::issues()
        IssueIdRole, // QString: the issue's id in the file
        PassageCountRole, // int: number of relevant passages
        // QString: what the filter searches: the title in every language of the briefing
        // and every stance's summary, in Unicode normal form C, one per line.
        SearchTextRole,
    };

    explicit IssueListModel(const BriefingDocument *document, QObject *parent = nullptr);

    // The briefing as the views have been told of it so far.
    const Briefing &briefing() const { return m_shown; }

    // Titles and side names are shown in the first of these languages the briefing has,
    // else in English.
    void setLanguagePreference(const QStringList &languages);
    const QStringList &languagePreference() const { return m_languages; }

    // Tool tips and the header carry translated words: call after the interface
    // language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString title(const Issue &issue) const;
    QString toolTip(const Issue &issue) const;
    QString accessibleText(const Issue &issue) const;
    static QString searchText(const Issue &issue);
    QString sideName(int side) const;
    void emitAllRowsChanged(const QList<int> &roles);
    void followDocument(const DocumentChange &change);

    const Issue *issueAt(int row) const;

    const BriefingDocument *m_document;
    QStringList m_languages;
    // Qt's model contract: while rows are being removed or inserted, every other row must
    // still answer as before. The document has already changed by then, so the model
    // answers from the briefing it last announced, rows from `m_skipFrom` on shifted by
    // `m_skip` while a removal is done and the insertion not yet.
    Briefing m_shown;
    int m_skipFrom = 0;
    int m_skip = 0;
};
