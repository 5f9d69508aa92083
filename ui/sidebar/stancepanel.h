#pragma once

#include "model/briefing.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class BriefingDocument;
class ReadingState;
class QLabel;
class QToolButton;
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
    // The widgets of one side's block that change with the issue shown.
    struct SideBlock
    {
        QWidget *block = nullptr;
        QBoxLayout *body = nullptr;
        QWidget *symbol = nullptr;
        QLabel *position = nullptr;
        QLabel *summary = nullptr;
        QList<QToolButton *> evidence;
    };

    void retranslateUi();
    void discardContent();
    void rebuild();
    void refresh();
    void orderTabStops();
    QWidget *createPlaceholder();
    QWidget *createIssueContent();
    SideBlock createSideBlock(int side, QWidget *parent);
    void fillSideBlock(SideBlock &widgets, const Stance *stance);
    QToolButton *createEvidenceButton(QWidget *parent);
    void showEvidence(QToolButton *button, int passage, const QString &side);
    QString passageText(int passage) const;
    void elideEvidence(QWidget *block);
    void updateLinkColors();
    void paintSwatch(QWidget *swatch);

    const Briefing &briefing() const;

    BriefingDocument *m_document;
    ReadingState *m_state;
    QStringList m_languages;
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_editButton = nullptr;
    QWidget *m_issueContent = nullptr; // in m_scroll while an issue is shown
    QLabel *m_title = nullptr;
    QList<SideBlock> m_blocks;
    int m_shownIssue = -1;
};
