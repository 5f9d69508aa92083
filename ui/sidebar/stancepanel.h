#pragma once

#include "model/briefing.h"

#include <QStringList>
#include <QWidget>

class BriefingDocument;
class ReadingState;
class QAbstractButton;
class QBoxLayout;
class QScrollArea;

// Where each side stands on the selected issue: per side its position, the stance summary
// and the evidence passages as buttons that bring the passage into view in both languages.
// Follows the reading state's selection and the document's edits to that issue and the
// sides. All document text is shown as plain text.
class StancePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StancePanel(BriefingDocument *document, QWidget *parent = nullptr);

    // The issue shown (index into Briefing::issues()), or -1.
    int issue() const;

Q_SIGNALS:
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

    const Briefing &briefing() const;

    BriefingDocument *m_document;
    ReadingState *m_state;
    QStringList m_languages;
    QScrollArea *m_scroll = nullptr;
    class QToolButton *m_editButton = nullptr;
};
