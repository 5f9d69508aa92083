#pragma once

#include <QLabel>

class BriefingDocument;

// The status bar's permanent part: where the reader is ("Passage 12 of 82") and what the
// briefing holds ("5 issues"). Always read afresh from the reading state and the document,
// so it is true after every edit, undo and open.
class DocumentStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit DocumentStatus(const BriefingDocument *document, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const BriefingDocument *m_document;
};
