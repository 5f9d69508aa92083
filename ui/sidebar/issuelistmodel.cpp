#include "sidebar/issuelistmodel.h"

#include "document/briefingdocument.h"
#include "model/stanceposition.h"

#include <algorithm>

using namespace Qt::StringLiterals;

IssueListModel::IssueListModel(const BriefingDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_shown(document->briefing())
{
    connect(document, &BriefingDocument::changed, this, &IssueListModel::followDocument);
}

const Issue *IssueListModel::issueAt(int row) const
{
    const int index = row >= m_skipFrom ? row + m_skip : row;
    return row >= 0 && index < m_shown.issues().size() ? &m_shown.issues().at(index) : nullptr;
}

void IssueListModel::followDocument(const DocumentChange &change)
{
    const Briefing &now = m_document->briefing();
    if (change.cause == DocumentChange::Cause::Opened) {
        beginResetModel();
        m_shown = now;
        endResetModel();
        return;
    }
    if (change.touches(DocumentChange::Issues)) {
        const int first = change.issues.first;
        if (change.issues.removed > 0) {
            beginRemoveRows({}, first, first + change.issues.removed - 1);
            m_skipFrom = first;
            m_skip = change.issues.removed;
            endRemoveRows();
        }
        if (change.issues.inserted > 0)
            beginInsertRows({}, first, first + change.issues.inserted - 1);
        m_shown = now;
        m_skip = 0;
        if (change.issues.inserted > 0)
            endInsertRows();
        for (const int row : change.issues.changed)
            Q_EMIT dataChanged(index(row), index(row));
    }
    m_shown = now;
    // Side names and colours appear in every row's badges and tool tip.
    if (change.touches(DocumentChange::Sides))
        emitAllRowsChanged({Qt::ToolTipRole, Qt::AccessibleTextRole, Qt::DisplayRole});
}

void IssueListModel::setLanguagePreference(const QStringList &languages)
{
    if (languages == m_languages)
        return;
    m_languages = languages;
    emitAllRowsChanged({Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}

void IssueListModel::retranslate()
{
    emitAllRowsChanged({Qt::ToolTipRole, Qt::AccessibleTextRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}

void IssueListModel::emitAllRowsChanged(const QList<int> &roles)
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0), index(rows - 1), roles);
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    // A list has no children below its rows.
    return parent.isValid() ? 0 : int(m_shown.issues().size()) - m_skip;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue *shown = issueAt(index.row());
    if (!shown)
        return {};
    const Issue &issue = *shown;
    switch (role) {
    case Qt::DisplayRole:
        return title(issue);
    case Qt::ToolTipRole:
        return toolTip(issue);
    case Qt::AccessibleTextRole:
        return accessibleText(issue);
    case IssueIndexRole:
        return index.row();
    case IssueIdRole:
        return issue.id;
    case PassageCountRole:
        return int(issue.relevantPassages.size());
    case SearchTextRole:
        return searchText(issue);
    default:
        return {};
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Issue", "a topic of the talks");
    return QAbstractListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> IssueListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IssueIndexRole, "issueIndex");
    names.insert(IssueIdRole, "issueId");
    names.insert(PassageCountRole, "passageCount");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QString IssueListModel::searchText(const Issue &issue)
{
    QStringList texts;
    for (const QString &language : issue.title.languages())
        texts.append(issue.title.text(language));
    for (const Stance &stance : issue.stances) {
        for (const QString &language : stance.summary.languages())
            texts.append(stance.summary.text(language));
    }
    return texts.join(u'\n').normalized(QString::NormalizationForm_C);
}

QString IssueListModel::title(const Issue &issue) const
{
    const QString text = issue.title.preferred(m_languages);
    return text.isEmpty() ? issue.id : text;
}

QString IssueListModel::sideName(int side) const
{
    const Side &entry = briefing().sides().at(side);
    const QString name = entry.name.preferred(m_languages);
    return name.isEmpty() ? entry.id : name;
}

// Every piece of document text is escaped before it enters the HTML; the explicit <p>
// makes the tool tip rich text so that the escapes are decoded, never interpreted.
QString IssueListModel::toolTip(const Issue &issue) const
{
    QStringList lines;
    for (int side = 0; side < briefing().sides().size(); ++side) {
        const Stance *stance = issue.stanceOf(side);
        const StancePosition position = stance ? stance->position : StancePosition::None;
        const QString summary = stance ? stance->summary.preferred(m_languages) : QString();
        const QString line = summary.isEmpty()
            ? tr("%1: %2", "side name: its position on the issue")
                  .arg(sideName(side), StancePositions::label(position))
            : tr("%1: %2 \u2014 %3", "side name: its position on the issue \u2014 stance summary")
                  .arg(sideName(side), StancePositions::label(position), summary);
        lines.append(line.toHtmlEscaped());
    }
    const int count = int(issue.relevantPassages.size());
    QString html = u"<p><b>"_s + title(issue).toHtmlEscaped() + u"</b></p>"_s;
    if (!lines.isEmpty())
        html += u"<p>"_s + lines.join(u"<br/>"_s) + u"</p>"_s;
    html += u"<p>"_s + tr("%n passage(s)", "", count).toHtmlEscaped() + u"</p>"_s;
    return html;
}

QString IssueListModel::accessibleText(const Issue &issue) const
{
    QStringList parts{title(issue)};
    for (int side = 0; side < briefing().sides().size(); ++side) {
        const Stance *stance = issue.stanceOf(side);
        const StancePosition position = stance ? stance->position : StancePosition::None;
        parts.append(tr("%1: %2", "side name: its position on the issue")
                         .arg(sideName(side), StancePositions::label(position)));
    }
    parts.append(tr("%n passage(s)", "", int(issue.relevantPassages.size())));
    return parts.join(u"; "_s);
}
