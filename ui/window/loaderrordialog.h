#pragma once

#include "format/diagnostic.h"

#include <QMessageBox>

// Tells the reader that a file did not load and why (its diagnostics, as --check prints
// them), and that the briefing already open is untouched. Window-modal, non-blocking.
class LoadErrorDialog final : public QMessageBox
{
    Q_OBJECT

public:
    LoadErrorDialog(const QString &path, const Diagnostics &diagnostics, QWidget *parent);

    const Diagnostics &diagnostics() const { return m_diagnostics; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_path;
    Diagnostics m_diagnostics;
};
