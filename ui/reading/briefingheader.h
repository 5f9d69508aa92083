#pragma once

#include <QWidget>

class BriefingDocument;
class QLabel;
class QToolButton;

// The top of the document: title (in the interface language, with the others beneath it),
// date, source and the bottom line. Follows the document's properties and the locale.
class BriefingHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit BriefingHeader(BriefingDocument *document, QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }
    QToolButton *sourceButton() const { return m_source; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openSource();

    BriefingDocument *m_document;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_details;
    QToolButton *m_source;
    QLabel *m_summary;
};
