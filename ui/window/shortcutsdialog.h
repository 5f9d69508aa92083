#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;
class QDialogButtonBox;

// Help › Keyboard Shortcuts: every key the window answers to, read from its menus when shown
// (so it can never disagree with them, and follows the interface language), and the keys that
// have no menu entry (moving in the text, between the parts of the window). A filter field
// narrows the list by action or key.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);

    // The rows shown, as "group\taction\tkeys", for tests.
    QStringList rows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void filter(const QString &text);

    QMenuBar *m_menus;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
};
