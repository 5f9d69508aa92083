#include "sidebar/reviewpanel.h"

#include "document/briefinganalysis.h"
#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/readingstate.h"
#include "model/passagetext.h"
#include "review/translationreview.h"
#include "widgets/languagepreference.h"
#include "widgets/wrappedlabel.h"

#include <QAbstractListModel>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Entries as wide as the list, so that a long line is elided rather than scrolled to.
class FullWidthDelegate final : public QStyledItemDelegate
{
public:
    explicit FullWidthDelegate(QListView *list)
        : QStyledItemDelegate(list)
        , m_list(list)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {m_list->viewport()->width(), QStyledItemDelegate::sizeHint(option, index).height()};
    }

private:
    QListView *m_list;
};
} // namespace

// The findings as a list model: one row per finding shown, its text made only when a row is
// drawn, so that a briefing with thousands of findings lists them at once.
class ReviewPanel::FindingsModel final : public QAbstractListModel
{
public:
    FindingsModel(BriefingDocument *document, QWidget *panel)
        : QAbstractListModel(panel)
        , m_document(document)
        , m_panel(panel)
    { }

    void show(QList<int> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int findingAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1; }
    int rowOf(int finding) const { return int(m_rows.indexOf(finding)); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QList<ReviewFinding> &findings = m_document->analysis()->findings();
        const int at = findingAt(index.row());
        if (at < 0 || at >= findings.size())
            return {};
        const ReviewFinding &finding = findings.at(at);
        switch (role) {
        case Qt::DisplayRole:
            return QString(ReviewPanel::tr("%1 · passage %2", "kind of finding, passage id")
                               .arg(TranslationReview::kindName(finding.kind),
                                    m_document->briefing().passages().at(finding.passage).id)
                           + u'\n' + text(finding));
        case Qt::ToolTipRole:
            return text(finding).toHtmlEscaped();
        case Qt::ForegroundRole:
            return finding.checked ? m_panel->palette().brush(QPalette::PlaceholderText)
                                   : QVariant();
        default:
            return {};
        }
    }

    // The finding in words, with the reader's note once checked.
    QString text(const ReviewFinding &finding) const
    {
        QString text = TranslationReview::message(finding, m_document->briefing(),
                                                  languagePreference(m_panel));
        if (finding.checked)
            text += u'\n'
                + (finding.note.isEmpty() ? ReviewPanel::tr("Checked")
                                          : ReviewPanel::tr("Checked: %1").arg(finding.note));
        return text;
    }

private:
    BriefingDocument *m_document;
    QWidget *m_panel;
    QList<int> m_rows; // indices into BriefingAnalysis::findings()
};

ReviewPanel::ReviewPanel(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_showChecked(new QCheckBox(this))
    , m_list(new QListView(this))
    , m_model(new FindingsModel(document, this))
    , m_detail(new WrappedLabel(this))
    , m_check(new QPushButton(this))
{
    setObjectName(u"reviewPanel"_s);
    m_list->setObjectName(u"reviewList"_s);
    m_check->setObjectName(u"markCheckedButton"_s);
    m_showChecked->setObjectName(u"showCheckedBox"_s);
    m_detail->setObjectName(u"findingDetail"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    // Two lines an entry, all of one height: laid out at once however many there are. The
    // chosen finding is shown whole below the list.
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAlternatingRowColors(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust); // widths follow the panel's
    m_list->setItemDelegate(new FullWidthDelegate(m_list));
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showChecked, 1);
    buttons->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPanel::chosen);
    connect(m_list, &QListView::clicked, this, &ReviewPanel::chosen);
    connect(m_showChecked, &QCheckBox::toggled, this, &ReviewPanel::rebuild);
    connect(m_check, &QPushButton::clicked, this, [this] {
        const ReviewFinding *finding = currentFinding();
        if (finding && finding->checked)
            uncheck();
        else
            askAndMarkChecked();
    });
    connect(document->analysis(), &BriefingAnalysis::findingsChanged, this, &ReviewPanel::rebuild);
    connect(document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(DocumentChange::Sides))
            rebuild();
    });
    retranslateUi();
}

void ReviewPanel::retranslateUi()
{
    m_showChecked->setText(tr("Show &checked"));
    m_list->setAccessibleName(tr("Translation review findings"));
    rebuild();
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

int ReviewPanel::count() const
{
    return m_model->rowCount();
}

int ReviewPanel::findingAt(int row) const
{
    return m_model->findingAt(row);
}

const ReviewFinding *ReviewPanel::currentFinding() const
{
    const int index = findingAt(m_list->currentIndex().row());
    const QList<ReviewFinding> &findings = m_document->analysis()->findings();
    return index >= 0 && index < findings.size() ? &findings.at(index) : nullptr;
}

void ReviewPanel::rebuild()
{
    const BriefingAnalysis *analysis = m_document->analysis();
    const QList<ReviewFinding> &findings = analysis->findings();
    const Briefing &briefing = m_document->briefing();
    // The reader's place, by passage and key: indices change when the review runs again.
    const int wasRow = m_list->currentIndex().row();
    const int was = findingAt(wasRow);
    const QString wasKey = was >= 0 && was < findings.size()
        ? briefing.passages().value(findings.at(was).passage).id + u'\n' + findings.at(was).key
        : m_shownKey;
    const int open = analysis->openFindings();
    const int checked = int(findings.size()) - open;

    QList<int> rows;
    int restore = -1;
    for (int i = 0; i < findings.size(); ++i) {
        const ReviewFinding &finding = findings.at(i);
        if (finding.checked && !m_showChecked->isChecked())
            continue;
        if (briefing.passages().at(finding.passage).id + u'\n' + finding.key == wasKey)
            restore = int(rows.size());
        rows.append(i);
    }
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->show(std::move(rows));
        // A finding just checked is gone: the one that took its place is next.
        if (restore < 0 && wasRow >= 0 && m_model->rowCount() > 0)
            restore = std::min(wasRow, m_model->rowCount() - 1);
        if (restore >= 0)
            m_list->setCurrentIndex(m_model->index(restore));
    }
    if (!analysis->isReady())
        m_summary->setText(tr("Checking the two language versions against each other…"));
    else if (findings.isEmpty())
        m_summary->setText(tr("The two language versions agree: no number, wording, name or "
                              "passage differs."));
    else if (open == 0)
        m_summary->setText(tr("Every finding has been checked (%n).", nullptr, checked));
    else if (checked == 0)
        m_summary->setText(tr("%n finding(s) to check.", nullptr, open));
    else
        m_summary->setText(
            tr("%n finding(s) to check; %1 checked.", nullptr, open).arg(QString::number(checked)));
    showCurrent();
    Q_EMIT openCountChanged(open);
}

void ReviewPanel::showCurrent()
{
    const ReviewFinding *current = currentFinding();
    m_check->setEnabled(current != nullptr);
    m_check->setText(current && current->checked ? tr("&Uncheck") : tr("&Mark Checked…"));
    m_detail->setText(current ? m_model->text(*current) : QString());
    m_shownKey = current
        ? m_document->briefing().passages().at(current->passage).id + u'\n' + current->key
        : QString();
}

void ReviewPanel::chosen()
{
    showCurrent();
    const ReviewFinding *finding = currentFinding();
    if (!finding)
        return;
    ReadingState *state = m_document->readingState();
    if (finding->start < 0) {
        state->revealPassage(finding->passage); // about a whole text: the passage outlined
        return;
    }
    const QString &stored =
        m_document->briefing().passages().at(finding->passage).text[finding->column];
    const int start = PassageText::shownOffset(stored, int(finding->start));
    const int end = PassageText::shownOffset(stored, int(finding->start + finding->length));
    state->showWords({finding->passage, finding->column, start, end - start});
}

void ReviewPanel::askAndMarkChecked()
{
    if (!currentFinding())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Mark Finding Checked"),
        tr("Note (optional): why the difference is fine, or what was done about it"),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        markChecked(note);
}

void ReviewPanel::markChecked(const QString &note)
{
    const ReviewFinding *finding = currentFinding();
    if (!finding)
        return;
    const Briefing &briefing = m_document->briefing();
    const ReviewVerdict verdict{briefing.passages().at(finding->passage).id,
                                TranslationReview::kindKey(finding->kind), finding->key,
                                note.trimmed()};
    m_document->apply(tr("Mark Finding Checked"),
                      BriefingEdits::setReviewVerdict(briefing.data(), verdict));
}

void ReviewPanel::uncheck()
{
    const ReviewFinding *finding = currentFinding();
    if (!finding)
        return;
    const Briefing &briefing = m_document->briefing();
    m_document->apply(tr("Uncheck Finding"),
                      BriefingEdits::removeReviewVerdict(
                          briefing.data(), briefing.passages().at(finding->passage).id,
                          TranslationReview::kindKey(finding->kind), finding->key));
}
