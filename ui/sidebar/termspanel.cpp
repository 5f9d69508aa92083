#include "sidebar/termspanel.h"

#include "document/briefinganalysis.h"
#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "model/passagetext.h"
#include "widgets/deferredicon.h"
#include "widgets/languagepreference.h"
#include "widgets/sidestyle.h"
#include "widgets/wrappedlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// What an entry of the list stands for: a concept, or one wording of it.
constexpr int TermRole = Qt::UserRole;
constexpr int WordingRole = Qt::UserRole + 1; // -1 on a concept's own entry

// A short line in the side's underline pattern and colour: the legend of the text's marks.
QIcon underlineIcon(const QPen &pen)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(pen);
    painter.drawLine(1, 12, 15, 12);
    return QIcon(pixmap);
}
} // namespace

TermsPanel::TermsPanel(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_placeholder(new QLabel(this))
    , m_note(new WrappedLabel(this))
    , m_position(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(u"termsPanel"_s);
    m_list->setObjectName(u"termsList"_s);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    // The note below grows with the concept chosen; the list keeps room for a few entries.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setObjectName(u"termNote"_s);
    // Room for a note of a few lines from the start, so that choosing a concept does not
    // shrink the list under the pointer.
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_position->setTextFormat(Qt::PlainText);
    m_previous->setObjectName(u"previousOccurrence"_s);
    m_next->setObjectName(u"nextOccurrence"_s);
    m_previous->setIcon(DeferredIcon::themed(u"go-up"_s, QStyle::SP_ArrowUp));
    m_next->setIcon(DeferredIcon::themed(u"go-down"_s, QStyle::SP_ArrowDown));
    for (QToolButton *button : {m_previous, m_next})
        button->setAutoRaise(true);

    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_position, 1);
    stepRow->addWidget(m_previous);
    stepRow->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_list, 1);
    layout->addLayout(stepRow);
    layout->addWidget(m_note);

    connect(m_list, &QTreeWidget::itemClicked, this, [this] { step(+1); });
    // A quick second click is a double click, which emits no itemClicked: it steps too.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { step(+1); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TermsPanel::chosen);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(document->analysis(), &BriefingAnalysis::termsChanged, this, &TermsPanel::rebuild);
    connect(document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(DocumentChange::Sides))
            rebuild();
    });
    retranslateUi();
}

void TermsPanel::retranslateUi()
{
    m_placeholder->setText(
        tr("Neither text uses a contested wording that Bilateral knows. "
           "Select words in a text and choose Edit › Add Term from Selection… to track "
           "one."));
    m_previous->setToolTip(tr("Previous occurrence"));
    m_next->setToolTip(tr("Next occurrence"));
    m_previous->setAccessibleName(tr("Previous occurrence"));
    m_next->setAccessibleName(tr("Next occurrence"));
    m_list->setAccessibleName(tr("Contested wordings"));
    rebuild();
}

void TermsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void TermsPanel::rebuild()
{
    const TermIndex &terms = m_document->analysis()->terms();
    const Briefing &briefing = m_document->briefing();
    const QStringList languages = languagePreference(this);
    // Keep the reader's choice across a rebuild when it is still there.
    const QTreeWidgetItem *was = m_list->currentItem();
    const QString wasTerm = was ? was->data(0, TermRole).toString() : QString();
    const int wasWording = was ? was->data(0, WordingRole).toInt() : -1;
    QTreeWidgetItem *restore = nullptr;

    m_list->clear();
    m_current = -1;
    // Contested wordings first, then the names, each in the order the texts first use them.
    QList<int> found = terms.found();
    std::stable_partition(found.begin(), found.end(), [&](int term) {
        return terms.concepts().at(term).kind == TermKind::Term;
    });
    for (const int term : std::as_const(found)) {
        const TermConcept &concept_ = terms.concepts().at(term);
        // Count each wording's occurrences, per language.
        QList<int> counts(concept_.wordings.size(), 0);
        for (const int occurrence : terms.occurrencesOf(term))
            ++counts[terms.occurrences().at(occurrence).wording];
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, concept_.label.preferred(languages));
        item->setData(0, TermRole, concept_.id);
        item->setData(0, WordingRole, -1);
        QStringList summary;
        for (int w = 0; w < concept_.wordings.size(); ++w) {
            if (counts.at(w) == 0)
                continue;
            const TermWording &wording = concept_.wordings.at(w);
            const QString whose = wording.side.isEmpty()
                ? tr("neutral wording")
                : tr("%1's wording", "side name").arg(terms.sideName(wording.side, languages));
            const QString line = tr("%1 ×%2 — %3", "wording, count, whose wording")
                                     .arg(wording.text, QString::number(counts.at(w)), whose);
            summary.append(line);
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, line);
            child->setToolTip(0, line.toHtmlEscaped());
            child->setData(0, TermRole, concept_.id);
            child->setData(0, WordingRole, w);
            const int side = terms.briefingSide(wording.side);
            child->setIcon(
                0,
                underlineIcon(SideStyle::termPen(
                    side, side >= 0 ? briefing.sides().at(side).color : QColor(), palette())));
            if (concept_.id == wasTerm && w == wasWording)
                restore = child;
        }
        item->setToolTip(0, summary.join(u'\n').toHtmlEscaped());
        item->setExpanded(true);
        if (concept_.id == wasTerm && wasWording < 0)
            restore = item;
    }
    const bool empty = m_list->topLevelItemCount() == 0;
    m_placeholder->setVisible(empty);
    m_list->setVisible(!empty);
    if (restore)
        m_list->setCurrentItem(restore);
    chosen();
}

QList<int> TermsPanel::chosenOccurrences() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return {};
    const TermIndex &terms = m_document->analysis()->terms();
    const QString id = item->data(0, TermRole).toString();
    const int wording = item->data(0, WordingRole).toInt();
    const auto term = std::find_if(terms.concepts().cbegin(), terms.concepts().cend(),
                                   [&](const TermConcept &c) { return c.id == id; });
    if (term == terms.concepts().cend())
        return {};
    QList<int> occurrences = terms.occurrencesOf(int(term - terms.concepts().cbegin()));
    if (wording >= 0)
        occurrences.removeIf([&](int o) { return terms.occurrences().at(o).wording != wording; });
    return occurrences;
}

void TermsPanel::chosen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_current = -1;
    if (!item) {
        m_note->clear();
        updatePosition();
        return;
    }
    const TermIndex &terms = m_document->analysis()->terms();
    const QString id = item->data(0, TermRole).toString();
    for (int t = 0; t < terms.concepts().size(); ++t) {
        const TermConcept &concept_ = terms.concepts().at(t);
        if (concept_.id != id)
            continue;
        QString note = concept_.note.preferred(languagePreference(this));
        if (!concept_.sourceName.isEmpty())
            note +=
                (note.isEmpty() ? QString() : u"\n"_s) + tr("Source: %1").arg(concept_.sourceName);
        if (terms.isBriefingTerm(t))
            note += (note.isEmpty() ? QString() : u"\n"_s) + tr("Defined in this briefing.");
        m_note->setText(note);
    }
    updatePosition();
}

bool TermsPanel::step(int direction)
{
    const QList<int> occurrences = chosenOccurrences();
    if (occurrences.isEmpty())
        return false;
    qsizetype at = occurrences.indexOf(m_current);
    if (at < 0)
        at = direction > 0 ? 0 : occurrences.size() - 1;
    else
        at = (at + direction + occurrences.size()) % occurrences.size();
    m_current = occurrences.at(at);
    const TermIndex::Occurrence &occurrence =
        m_document->analysis()->terms().occurrences().at(m_current);
    const QString &stored =
        m_document->briefing().passages().at(occurrence.passage).text[occurrence.column];
    const int start = PassageText::shownOffset(stored, int(occurrence.start));
    const int end = PassageText::shownOffset(stored, int(occurrence.start + occurrence.length));
    m_document->readingState()->showWords(
        {occurrence.passage, occurrence.column, start, end - start});
    updatePosition();
    return true;
}

void TermsPanel::updatePosition()
{
    const QList<int> occurrences = chosenOccurrences();
    const qsizetype at = occurrences.indexOf(m_current);
    m_previous->setEnabled(!occurrences.isEmpty());
    m_next->setEnabled(!occurrences.isEmpty());
    if (occurrences.isEmpty())
        m_position->setText(m_list->topLevelItemCount() > 0 ? tr("Choose a wording to step "
                                                                 "through its occurrences.")
                                                            : QString());
    else if (at < 0)
        m_position->setText(tr("%n occurrence(s)", nullptr, int(occurrences.size())));
    else
        m_position->setText(tr("Occurrence %1 of %2").arg(at + 1).arg(occurrences.size()));
}
