#include "editing/sidesdialog.h"

#include "document/briefingedits.h"
#include "editing/languagefields.h"
#include "widgets/languagepreference.h"
#include "widgets/plaintext.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Distinct on light and dark backgrounds, for sides added here.
const QList<QColor> newSideColors{QColor(0x15, 0x80, 0x3d), QColor(0x7e, 0x22, 0xce),
                                  QColor(0xa1, 0x62, 0x07), QColor(0x0e, 0x74, 0x90)};

// How many issues a side takes a stance on.
int stanceCount(const Briefing &briefing, int side)
{
    return int(std::count_if(briefing.issues().cbegin(), briefing.issues().cend(),
                             [side](const Issue &issue) { return issue.stanceOf(side); }));
}
} // namespace

SidesDialog::SidesDialog(const Briefing &briefing, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_languages(LanguageFields::editable(briefing, parent ? parent : this))
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(0, int(m_languages.size()) + 1, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"sidesDialog"_s);
    m_hint->setWordWrap(true);
    m_table->setObjectName(u"sidesTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int column = 0; column < m_languages.size(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (int side = 0; side < briefing.sides().size(); ++side) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // QTableWidgetItem shows its text as plain text: side names are document text.
        for (int column = 0; column < m_languages.size(); ++column)
            m_table->setItem(
                row, column,
                new QTableWidgetItem(briefing.sides().at(side).name.text(m_languages.at(column))));
        m_original.append(side);
        m_colors.append(briefing.sides().at(side).color);
        showColor(row);
    }
    m_add->setObjectName(u"addSideButton"_s);
    m_remove->setObjectName(u"removeSideButton"_s);
    m_buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(m_add, &QPushButton::clicked, this, &SidesDialog::addSide);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSide(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == colourColumn())
            chooseColor(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &SidesDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(std::max(640, 220 * int(m_languages.size()) + 160), 360);
    retranslateUi();
    updateButtons();
}

void SidesDialog::addSide()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_languages.size(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem());
    m_original.append(-1);
    m_colors.append(newSideColors.at(row % newSideColors.size()));
    showColor(row);
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    updateButtons();
}

bool SidesDialog::removeSide(int row, bool confirmed)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    const int side = m_original.at(row);
    const int stances = side >= 0 ? stanceCount(m_briefing, side) : 0;
    if (stances > 0 && !confirmed) {
        const QString name = m_briefing.sides().at(side).name.preferred(languagePreference(this));
        QMessageBox box(QMessageBox::Question, tr("Remove Side"),
                        tr("%1 has a stance on %n issue(s). Remove the side and its stances?",
                           "%1: a side's name", stances)
                            .arg(name),
                        QMessageBox::Cancel, this);
        box.setObjectName(u"removeSideQuestion"_s);
        box.setTextFormat(Qt::PlainText); // the name is document text
        PlainText::setInformativeText(&box, tr("Edit › Undo brings them back."));
        QPushButton *remove =
            box.addButton(tr("&Remove Side and Stances"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    m_table->removeRow(row);
    m_original.removeAt(row);
    m_colors.removeAt(row);
    updateButtons();
    return true;
}

void SidesDialog::setColor(int row, const QColor &color)
{
    if (row < 0 || row >= m_colors.size() || !color.isValid())
        return;
    m_colors[row] = color;
    showColor(row);
}

void SidesDialog::chooseColor(int row)
{
    setColor(row, QColorDialog::getColor(m_colors.value(row), this, tr("Colour of the Side")));
}

void SidesDialog::showColor(int row)
{
    auto *item = new QTableWidgetItem(m_colors.at(row).name());
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setBackground(m_colors.at(row));
    item->setForeground(m_colors.at(row).lightnessF() > 0.55f ? QColor(Qt::black)
                                                              : QColor(Qt::white));
    m_table->setItem(row, colourColumn(), item);
}

void SidesDialog::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

BriefingData SidesDialog::edited() const
{
    BriefingData result = m_briefing.data();
    QList<bool> kept(m_briefing.sides().size(), false);
    QList<int> added;
    // Kept sides first, by their indices in the briefing as it was...
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int side = m_original.at(row);
        LocalizedText name = side >= 0 ? m_briefing.sides().at(side).name : LocalizedText();
        for (int column = 0; column < m_languages.size(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            name = LanguageFields::withText(name, m_briefing, m_languages.at(column),
                                            item ? item->text() : QString());
        }
        if (side < 0) {
            added.append(row);
            continue;
        }
        kept[side] = true;
        result = BriefingEdits::renameSide(result, side, name);
        result = BriefingEdits::setSideColor(result, side, m_colors.at(row));
    }
    // ...then the removed ones, last first, so the indices of the others still hold...
    for (int side = int(kept.size()) - 1; side >= 0; --side) {
        if (!kept.at(side))
            result = BriefingEdits::removeSide(result, side);
    }
    // ...and the new ones at the end, with an id from the English (else any) name.
    for (const int row : std::as_const(added)) {
        LocalizedText name;
        for (int column = 0; column < m_languages.size(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            name = LanguageFields::withText(name, m_briefing, m_languages.at(column),
                                            item ? item->text() : QString());
        }
        QString id = name.preferred({m_briefing.languages()[1]}).toLower();
        id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
        id = id.mid(0, 24).remove(QRegularExpression(u"^-+|-+$"_s));
        result = BriefingEdits::addSide(result, id, name, m_colors.at(row));
    }
    return result;
}

void SidesDialog::retranslateUi()
{
    setWindowTitle(tr("Sides"));
    m_hint->setText(
        tr("The parties whose stances the briefing records. Double-click a colour to change it."));
    QStringList headers;
    for (const QString &language : std::as_const(m_languages))
        headers.append(
            LanguageFields::label(tr("Name (%1)", "%1: a language, named in itself"), language));
    headers.append(tr("Colour"));
    m_table->setHorizontalHeaderLabels(headers);
    m_add->setText(tr("&Add Side"));
    m_remove->setText(tr("&Remove Side"));
}

void SidesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
