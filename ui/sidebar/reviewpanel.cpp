#include "sidebar/reviewpanel.h"

#include "document/briefinganalysis.h"
#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/readingstate.h"
#include "model/passagetext.h"
#include "review/translationreview.h"
#include "widgets/languagepreference.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int FindingRole = Qt::UserRole;

// Entries several lines long, wrapped at the list's width. QListView's own word wrap sizes
// entries before it knows that width and cuts their last lines off.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QListWidget *list)
        : QStyledItemDelegate(list)
        , m_list(list)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int margin = m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4;
        const int width = std::max(m_list->viewport()->width() - 2 * margin, 40);
        const QRect text = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        return {width, text.height() + 2 * margin};
    }

private:
    QListWidget *m_list;
};
} // namespace

ReviewPanel::ReviewPanel(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_showChecked(new QCheckBox(this))
    , m_list(new QListWidget(this))
    , m_check(new QPushButton(this))
{
    setObjectName(u"reviewPanel"_s);
    m_list->setObjectName(u"reviewList"_s);
    m_check->setObjectName(u"markCheckedButton"_s);
    m_showChecked->setObjectName(u"showCheckedBox"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Entries are sentences: laid out again, wrapped, whenever the panel changes width.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    m_list->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showChecked, 1);
    buttons->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewPanel::chosen);
    connect(m_list, &QListWidget::itemClicked, this, &ReviewPanel::chosen);
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

int ReviewPanel::findingAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->data(FindingRole).toInt() : -1;
}

const ReviewFinding *ReviewPanel::currentFinding() const
{
    const int index = findingAt(m_list->currentRow());
    const QList<ReviewFinding> &findings = m_document->analysis()->findings();
    return index >= 0 && index < findings.size() ? &findings.at(index) : nullptr;
}

void ReviewPanel::rebuild()
{
    const BriefingAnalysis *analysis = m_document->analysis();
    const QList<ReviewFinding> &findings = analysis->findings();
    const Briefing &briefing = m_document->briefing();
    const QStringList languages = languagePreference(this);
    const ReviewFinding *was = currentFinding();
    const QString wasKey =
        was ? briefing.passages().value(was->passage).id + u'\n' + was->key : QString();
    const int open = analysis->openFindings();
    const int checked = int(findings.size()) - open;

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int restore = -1;
    for (int i = 0; i < findings.size(); ++i) {
        const ReviewFinding &finding = findings.at(i);
        if (finding.checked && !m_showChecked->isChecked())
            continue;
        const QString passageId = briefing.passages().at(finding.passage).id;
        QString text = tr("%1 · passage %2", "kind of finding, passage id")
                           .arg(TranslationReview::kindName(finding.kind), passageId)
            + u'\n' + TranslationReview::message(finding, briefing, languages);
        if (finding.checked)
            text += u'\n'
                + (finding.note.isEmpty() ? tr("Checked") : tr("Checked: %1").arg(finding.note));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(FindingRole, i);
        item->setToolTip(text.toHtmlEscaped());
        if (finding.checked)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        if (passageId + u'\n' + finding.key == wasKey)
            restore = m_list->count() - 1;
    }
    if (findings.isEmpty())
        m_summary->setText(tr("The two language versions agree: no number, wording, name or "
                              "passage differs."));
    else if (open == 0)
        m_summary->setText(tr("Every finding has been checked (%n).", nullptr, checked));
    else if (checked == 0)
        m_summary->setText(tr("%n finding(s) to check.", nullptr, open));
    else
        m_summary->setText(
            tr("%n finding(s) to check; %1 checked.", nullptr, open).arg(QString::number(checked)));
    if (restore >= 0)
        m_list->setCurrentRow(restore);
    const ReviewFinding *current = currentFinding();
    m_check->setEnabled(current != nullptr);
    m_check->setText(current && current->checked ? tr("&Uncheck") : tr("&Mark Checked…"));
    Q_EMIT openCountChanged(open);
}

void ReviewPanel::chosen()
{
    const ReviewFinding *finding = currentFinding();
    m_check->setEnabled(finding != nullptr);
    m_check->setText(finding && finding->checked ? tr("&Uncheck") : tr("&Mark Checked…"));
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
