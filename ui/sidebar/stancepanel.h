#pragma once

#include "model/briefing.h"

#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QBoxLayout;
class QScrollArea;

// Where each side stands on one issue: per side its position, the stance summary and
// the evidence passages as buttons that emit passageActivated(). All document text is
// shown as plain text.
class StancePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StancePanel(QWidget *parent = nullptr);

    void setBriefing(const Briefing &briefing);
    // An index into Briefing::issues(), or -1 for none.
    void setIssue(int issueIndex);
    int issue() const { return m_issue; }
    void setLanguagePreference(const QStringList &languages);

Q_SIGNALS:
    void passageActivated(int passageIndex);
    // The reader asked to edit the issue's title and each side's stance.
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QWidget *createPlaceholder();
    QWidget *createIssueContent(const Issue &issue);
    QWidget *createSideBlock(int side, const Stance *stance, QWidget *parent);
    QAbstractButton *createEvidenceButton(int passage, QWidget *parent);
    QString passageText(int passage) const;
    void elideEvidence(QWidget *block);
    void updateLinkColors();
    void paintSwatch(QWidget *swatch);

    Briefing m_briefing;
    QStringList m_languages;
    int m_issue = -1;
    QScrollArea *m_scroll = nullptr;
    class QToolButton *m_editButton = nullptr;
};
