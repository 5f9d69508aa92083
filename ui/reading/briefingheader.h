#pragma once

#include "model/briefing.h"

#include <QWidget>

class QLabel;
class QToolButton;

// The top of the document: title, date, source and the bottom line.
class BriefingHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit BriefingHeader(QWidget *parent = nullptr);

    void setBriefing(const Briefing &briefing);
    void setLanguagePreference(const QStringList &languages);

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }
    QToolButton *sourceButton() const { return m_source; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openSource();

    Briefing m_briefing;
    QStringList m_languages;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_details;
    QToolButton *m_source;
    QLabel *m_summary;
};
