#pragma once

#include "model/briefing.h"

#include <QAbstractListModel>
#include <QStringList>

// The issues of a briefing as a flat list, one row per issue in file order. Holds no
// truth of its own: titles, stances and counts are read from the Briefing on demand.
class IssueListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IssueIndexRole = Qt::UserRole + 1, // int: index into Briefing::issues()
        IssueIdRole, // QString: the issue's id in the file
        PassageCountRole, // int: number of relevant passages
    };

    explicit IssueListModel(QObject *parent = nullptr);

    void setBriefing(const Briefing &briefing);
    const Briefing &briefing() const { return m_briefing; }

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
    QString sideName(int side) const;
    void emitAllRowsChanged(const QList<int> &roles);

    Briefing m_briefing;
    QStringList m_languages;
};
