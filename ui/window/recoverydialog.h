#pragma once

#include "document/recoverystore.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;

// After a crash: every recovery copy that no running window holds, newest first, each with
// the briefing's title, the file it belongs to, when it was written and its size. The
// reader restores one, discards any, or decides later; a copy stays until restored or
// discarded.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QList<RecoveryStore::Copy> &copies, QWidget *parent = nullptr);

    // The copy chosen for restoring, once the dialog was accepted.
    RecoveryStore::Copy chosen() const;
    QListWidget *list() const { return m_list; }
    // Discards the selected copy (from the disk too).
    void discardSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateButtons();

    QList<RecoveryStore::Copy> m_copies;
    QLabel *m_question;
    QListWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_discard;
    QPushButton *m_later;
};
