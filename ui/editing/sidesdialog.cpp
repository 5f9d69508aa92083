#include "editing/sidesdialog.h"

#include "document/briefingedits.h"
#include "reading/textpane.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { FirstName, SecondName, Colour, ColumnCount };
// Distinct on light and dark backgrounds, for sides added here.
const QList<QColor> newSideColors{QColor(0x15, 0x80, 0x3d), QColor(0x7e, 0x22, 0xce),
                                  QColor(0xa1, 0x62, 0x07), QColor(0x0e, 0x74, 0x90)};
} // namespace

SidesDialog::SidesDialog(const Briefing &briefing, QWidget *parent)
    : QDialog(parent)
    , m_briefing(briefing)
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"sidesDialog"_s);
    m_hint->setWordWrap(true);
    m_table->setObjectName(u"sidesTable"_s);
    m_table->horizontalHeader()->setSectionResizeMode(FirstName, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecondName, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const Side &side : briefing.sides()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // QTableWidgetItem shows its text as plain text: side names are document text.
        for (int slot = 0; slot < 2; ++slot)
            m_table->setItem(
                row, slot,
                new QTableWidgetItem(side.name.text(briefing.languages()[std::size_t(slot)])));
        m_colors.append(side.color);
        showColor(row);
    }
    m_buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    connect(m_add, &QPushButton::clicked, this, &SidesDialog::addSide);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == Colour)
            chooseColor(row);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(640, 360);
    retranslateUi();
}

void SidesDialog::addSide()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, FirstName, new QTableWidgetItem());
    m_table->setItem(row, SecondName, new QTableWidgetItem());
    m_colors.append(newSideColors.at(row % newSideColors.size()));
    showColor(row);
    m_table->setCurrentCell(row, FirstName);
    m_table->editItem(m_table->item(row, FirstName));
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
    m_table->setItem(row, Colour, item);
}

BriefingData SidesDialog::edited() const
{
    BriefingData result = m_briefing.data();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        LocalizedText name =
            row < m_briefing.sides().size() ? m_briefing.sides().at(row).name : LocalizedText();
        for (int slot = 0; slot < 2; ++slot) {
            const QTableWidgetItem *item = m_table->item(row, slot);
            name.insert(m_briefing.languages()[std::size_t(slot)],
                        item ? item->text().trimmed() : QString());
        }
        if (row < m_briefing.sides().size()) {
            result = BriefingEdits::renameSide(result, row, name);
            result = BriefingEdits::setSideColor(result, row, m_colors.at(row));
        } else {
            // An id from the English (else Korean) name, made unique by BriefingEdits.
            QString id = name.text(m_briefing.languages()[1]).toLower();
            id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
            id = id.mid(0, 24).remove(QRegularExpression(u"^-+|-+$"_s));
            result = BriefingEdits::addSide(result, id, name, m_colors.at(row));
        }
    }
    return result;
}

void SidesDialog::retranslateUi()
{
    setWindowTitle(tr("Sides"));
    m_hint->setText(
        tr("The parties whose stances the briefing records. Double-click a colour to change it."));
    m_table->setHorizontalHeaderLabels(
        {tr("Name (%1)", "%1: a language, named in itself")
             .arg(TextPane::nativeLanguageName(m_briefing.languages()[0])),
         tr("Name (%1)", "%1: a language, named in itself")
             .arg(TextPane::nativeLanguageName(m_briefing.languages()[1])),
         tr("Colour")});
    m_add->setText(tr("&Add Side"));
}

void SidesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
