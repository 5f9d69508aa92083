#include "window/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString withoutAmpersands(QString text)
{
    // "&&" is a literal ampersand in a menu entry, "&x" a mnemonic; Korean and Japanese
    // menus put theirs after the words, "(&F)", which goes whole.
    static const QRegularExpression trailingMnemonic(u"\\(&[^)]\\)"_s);
    text.remove(trailingMnemonic);
    text.replace(u"&&"_s, QString(QChar(0xE000)));
    text.remove(u'&');
    text.replace(QChar(0xE000), u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

void addMenu(QTreeWidgetItem *group, const QMenu *menu, const QString &prefix)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString text = prefix + withoutAmpersands(action->text());
        if (action->menu()) {
            addMenu(group, action->menu(), text + u" › "_s);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        auto *row = new QTreeWidgetItem(group, {text, keysOf(action)});
        row->setData(1, Qt::AccessibleTextRole, keysOf(action));
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_menus(menus)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"shortcutsDialog"_s);
    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    resize(560, 620);
    m_filter->setFocus();
    retranslateUi();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Find an action or a key"));
    m_filter->setAccessibleName(tr("Find an action or a key"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    rebuild();
}

void ShortcutsDialog::rebuild()
{
    m_tree->clear();
    for (const QAction *top : m_menus->actions()) {
        if (!top->menu())
            continue;
        // Menus that fill themselves when opened (the evidence sides, recent files) are
        // asked to, as opening them would.
        Q_EMIT top->menu()->aboutToShow();
        auto *group = new QTreeWidgetItem(m_tree, {withoutAmpersands(top->text())});
        addMenu(group, top->menu(), QString());
        if (group->childCount() == 0)
            delete group;
    }
    // Keys with no menu entry, named as Qt names keys in the interface language.
    const auto keys = [](std::initializer_list<QKeyCombination> combinations) {
        QStringList names;
        for (const QKeyCombination combination : combinations)
            names.append(QKeySequence(combination).toString(QKeySequence::NativeText));
        return names.join(u", "_s);
    };
    const QList<std::pair<QString, QString>> moving{
        {tr("Next part of the window (issues, positions, the two texts)"),
         keys({QKeyCombination(Qt::Key_Tab)})},
        {tr("Previous part of the window"), keys({Qt::SHIFT | Qt::Key_Tab})},
        {tr("Open a menu with its underlined letter"), keys({Qt::ALT | Qt::Key_F})},
        {tr("Next or previous issue (in the issue list)"),
         keys({QKeyCombination(Qt::Key_Down), QKeyCombination(Qt::Key_Up)})},
        {tr("Move in the text; the passage at the cursor becomes current"),
         keys({QKeyCombination(Qt::Key_Down), QKeyCombination(Qt::Key_PageDown),
               QKeyCombination(Qt::Key_Home), QKeyCombination(Qt::Key_End)})},
        {tr("Choose passages (extend the selection)"),
         keys({Qt::SHIFT | Qt::Key_Down, Qt::SHIFT | Qt::Key_Up})},
        {tr("Next or previous find match (in the find bar)"),
         keys({QKeyCombination(Qt::Key_Return), Qt::SHIFT | Qt::Key_Return})},
        {tr("Close the find bar or a dialog"), keys({QKeyCombination(Qt::Key_Escape)})},
        {tr("Open the context menu of the text or the issue list"),
         keys({QKeyCombination(Qt::Key_Menu), Qt::SHIFT | Qt::Key_F10})},
    };
    auto *group = new QTreeWidgetItem(m_tree, {tr("Moving around")});
    for (const auto &[action, names] : moving)
        new QTreeWidgetItem(group, {action, names});
    m_tree->expandAll();
    filter(m_filter->text());
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const bool matches = text.isEmpty() || row->text(0).contains(text, Qt::CaseInsensitive)
                || row->text(1).contains(text, Qt::CaseInsensitive);
            row->setHidden(!matches);
            shown += matches ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem *row = group->child(r);
            if (!row->isHidden())
                rows.append(group->text(0) + u'\t' + row->text(0) + u'\t' + row->text(1));
        }
    }
    return rows;
}
