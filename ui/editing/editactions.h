#pragma once

#include "document/documentchange.h"
#include "model/briefing.h"

#include <QList>
#include <QObject>

class BriefingDocument;
class QAction;
class QMenu;
class QWidget;
class ReadingState;

// The Edit menu: undo and redo, changes to passages (merge, split at the cursor, move a
// sentence across), tagging (add to or remove from the selected issue, mark as a side's
// evidence), issues (new, edit, delete), sides and the briefing's properties. Each change is
// one undoable step of the document.
//
// Every action takes its target from the reading state: the current passage and the caret
// the reader put in it, the selected passages, the selected issue. An action that cannot
// apply is disabled, and its status tip and tool tip say why.
class EditActions final : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs.
    EditActions(BriefingDocument *document, QWidget *window);

    // Adds the actions to `menu` (the evidence submenu is rebuilt as it opens).
    void addTo(QMenu *menu);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }
    QAction *editIssueAction() const { return m_editIssue; }
    QAction *sidesAction() const { return m_sides; }
    QMenu *evidenceMenu() const { return m_evidenceMenu; }

    void retranslateUi();

Q_SIGNALS:
    // What an edit did, or why it could not, for the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    QAction *make(const char *name);
    void updateActions();
    void updateUndoTexts();
    void setAvailable(QAction *action, const QString &whyNot);
    bool apply(const QString &description, const BriefingData &edited,
               const DocumentFocus &after = {});
    void merge();
    void split();
    void moveSentence(bool toNext);
    void addToIssue();
    void removeFromIssue();
    void newIssue();
    void editIssue();
    void deleteIssue();
    void rebuildEvidenceMenu();
    void addEvidence(int side);
    void editSides();
    void editProperties();

    BriefingDocument *m_document;
    ReadingState *m_state;
    QWidget *m_window;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_merge;
    QAction *m_split;
    QAction *m_moveToNext;
    QAction *m_moveToPrevious;
    QAction *m_addToIssue;
    QAction *m_removeFromIssue;
    QAction *m_newIssue;
    QAction *m_editIssue;
    QAction *m_deleteIssue;
    QAction *m_properties;
    QAction *m_sides;
    QMenu *m_evidenceMenu = nullptr;
    // One per side, kept on the window so that their keys (Ctrl+Alt+1 for the first side, …)
    // work without opening the menu; the menu shows them.
    QList<QAction *> m_evidenceActions;
};
