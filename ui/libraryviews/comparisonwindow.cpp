#include "libraryviews/comparisonwindow.h"

#include "brief/comparisonbrief.h"
#include "widgets/languagepreference.h"
#include "widgets/plaintext.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ComparisonWindow::ComparisonWindow(const ReadoutComparison &comparison, const QString &pathA,
                                   const QString &pathB, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_comparison(comparison)
    , m_pathA(pathA)
    , m_pathB(pathB)
    , m_header(new QLabel(this))
    , m_issues(new QTableWidget(this))
    , m_evidenceLabelA(new QLabel(this))
    , m_evidenceLabelB(new QLabel(this))
    , m_evidenceA(new QPlainTextEdit(this))
    , m_evidenceB(new QPlainTextEdit(this))
    , m_wordingsLabel(new QLabel(this))
    , m_wordings(new QLabel(this))
    , m_export(new QPushButton(this))
{
    setObjectName(u"comparisonWindow"_s);
    resize(1100, 720);
    for (QLabel *label : {m_header, m_evidenceLabelA, m_evidenceLabelB, m_wordings})
        label->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_wordings->setWordWrap(true);
    m_wordings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPlainTextEdit *edit : {m_evidenceA, m_evidenceB})
        edit->setReadOnly(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issues->verticalHeader()->hide();
    m_issues->setWordWrap(true);

    auto *evidence = new QWidget(this);
    auto *grid = new QGridLayout(evidence);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_evidenceLabelA, 0, 0);
    grid->addWidget(m_evidenceLabelB, 0, 1);
    grid->addWidget(m_evidenceA, 1, 0);
    grid->addWidget(m_evidenceB, 1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_issues);
    splitter->addWidget(evidence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_wordingsLabel);
    bottom->addWidget(m_wordings, 1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_issues, &QTableWidget::currentCellChanged, this,
            [this](int row) { showEvidence(row); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Comparison Brief"),
            QFileInfo(m_pathA).completeBaseName() + u"-comparison.pdf"_s, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = exportPdf(path, languagePreference(this).constFirst());
        if (!error.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Export Comparison Brief"),
                            tr("The comparison brief could not be written."), QMessageBox::Ok,
                            this);
            PlainText::makePlain(&box);
            PlainText::setInformativeText(&box, error);
            box.exec();
        }
    });
    retranslateUi();
    if (m_issues->rowCount() > 0)
        m_issues->setCurrentCell(0, 0);
}

void ComparisonWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString ComparisonWindow::exportPdf(const QString &path, const QString &language) const
{
    ComparisonBriefOptions options;
    options.language = language;
    options.fileA = QFileInfo(m_pathA).fileName();
    options.fileB = QFileInfo(m_pathB).fileName();
    return ComparisonBrief::writePdf(m_comparison, path, options);
}

void ComparisonWindow::retranslateUi()
{
    setWindowTitle(tr("Compare Readouts"));
    m_export->setText(tr("&Export Comparison Brief…"));
    m_wordingsLabel->setText(tr("Wordings:"));
    m_issues->setAccessibleName(tr("Issues in the two readouts"));
    fill();
}

void ComparisonWindow::fill()
{
    const QStringList languages = languagePreference(this);
    const Briefing &a = m_comparison.a;
    const Briefing &b = m_comparison.b;
    auto describe = [&](const Briefing &briefing, const QString &path) -> QString {
        return briefing.date().toString(Qt::ISODate) + u"  "_s
            + briefing.title().preferred(languages) + u"  ("_s + QFileInfo(path).fileName() + u')';
    };
    m_header->setText(tr("A: %1").arg(describe(a, m_pathA)) + u'\n'
                      + tr("B: %1").arg(describe(b, m_pathB)));
    m_evidenceLabelA->setText(tr("Evidence in A"));
    m_evidenceLabelB->setText(tr("Evidence in B"));

    // The sides of both readouts, in A's order.
    QList<std::pair<QString, LocalizedText>> sides;
    for (const Briefing *briefing : {&a, &b}) {
        for (const Side &side : briefing->sides()) {
            if (std::none_of(sides.cbegin(), sides.cend(),
                             [&](const auto &known) { return known.first == side.id; }))
                sides.append({side.id, side.name});
        }
    }
    QStringList headers{tr("Issue"), tr("Raised")};
    for (const auto &[id, name] : sides)
        headers.append(tr("%1: A → B").arg(name.preferred(languages)));
    const int row = std::max(0, m_issues->currentRow());
    m_issues->clear();
    m_issues->setColumnCount(int(headers.size()));
    m_issues->setHorizontalHeaderLabels(headers);
    m_issues->setRowCount(int(m_comparison.issues.size()));
    for (qsizetype i = 0; i < m_comparison.issues.size(); ++i) {
        const ReadoutComparison::ComparedIssue &issue = m_comparison.issues.at(i);
        m_issues->setItem(int(i), 0, new QTableWidgetItem(issue.title.preferred(languages)));
        QString raised;
        switch (issue.raised) {
        case ReadoutComparison::Raised::Both:
            raised = tr("in both");
            break;
        case ReadoutComparison::Raised::OnlyA:
            raised = tr("only in A");
            break;
        case ReadoutComparison::Raised::OnlyB:
            raised = tr("only in B");
            break;
        }
        m_issues->setItem(int(i), 1, new QTableWidgetItem(raised));
        for (qsizetype s = 0; s < sides.size(); ++s) {
            auto label = [](const Stance *stance) -> QString {
                return stance ? StancePositions::symbol(stance->position) + u' '
                        + StancePositions::label(stance->position)
                              : QStringLiteral("—");
            };
            auto found =
                std::find_if(issue.sides.cbegin(), issue.sides.cend(),
                             [&](const auto &entry) { return entry.side == sides.at(s).first; });
            auto *item = new QTableWidgetItem;
            if (found != issue.sides.cend()) {
                const bool differs =
                    issue.raised == ReadoutComparison::Raised::Both && found->differs();
                item->setText((differs ? u"≠ "_s : QString()) + label(found->a) + u"  →  "_s
                              + label(found->b));
                if (differs) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                    item->setToolTip(tr("The two readouts put this side differently."));
                }
            } else {
                item->setText(tr("—"));
            }
            m_issues->setItem(int(i), int(s) + 2, item);
        }
    }
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_issues->resizeColumnsToContents();
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (row < m_issues->rowCount())
        m_issues->setCurrentCell(row, 0);

    QStringList wordings;
    for (const ReadoutComparison::Wording &wording : m_comparison.wordings) {
        QString sideName = wording.side;
        for (const auto &[id, name] : sides) {
            if (id == wording.side)
                sideName = name.preferred(languages);
        }
        wordings.append(tr("%1 (%2's wording): A ×%3, B ×%4")
                            .arg(wording.text, sideName)
                            .arg(wording.countA)
                            .arg(wording.countB));
    }
    m_wordings->setText(wordings.isEmpty() ? tr("no contested wording in either readout")
                                           : wordings.join(u" · "_s));
}

void ComparisonWindow::showEvidence(int row)
{
    if (row < 0 || row >= m_comparison.issues.size())
        return;
    const ReadoutComparison::ComparedIssue &issue = m_comparison.issues.at(row);
    auto evidenceText = [](const Briefing &briefing, int issueIndex) {
        if (issueIndex < 0)
            return tr("This readout does not raise the issue.");
        QStringList texts;
        for (int passage : briefing.issues().at(issueIndex).relevantPassages) {
            const Passage &p = briefing.passages().at(passage);
            texts.append(p.id + u"  "_s + p.text.at(0) + u"\n      "_s + p.text.at(1));
        }
        return texts.isEmpty() ? tr("No passage is marked for the issue.") : texts.join(u"\n\n"_s);
    };
    m_evidenceA->setPlainText(evidenceText(m_comparison.a, issue.issueA));
    m_evidenceB->setPlainText(evidenceText(m_comparison.b, issue.issueB));
}
