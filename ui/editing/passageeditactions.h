#pragma once

#include <QList>
#include <QObject>

class BriefingEditor;
class MainWindow;
class QAction;
class QMenu;

// The Edit menu's changes to passages and their tagging: merge, split at the cursor, move
// a sentence across, and add passages to the selected issue or to a side's evidence on it.
// Each is one undoable step of the BriefingEditor.
class PassageEditActions final : public QObject
{
    Q_OBJECT

public:
    PassageEditActions(MainWindow *window, BriefingEditor *editor);

    // Adds the actions to `menu` (the side submenu is rebuilt as sides change).
    void addTo(QMenu *menu);
    void retranslateUi();

    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }
    QAction *editIssueAction() const { return m_editIssue; }

private:
    QAction *make(const char *name);
    // The passage the reader is working on: the one under the cursor of the focused pane,
    // else the one last clicked or jumped to. {passage, language slot, offset}.
    struct Target
    {
        int passage = -1;
        int slot = 0;
        int offset = 0;
    };
    Target target() const;
    // The passages to tag: those the focused pane's selection touches, else the target.
    QList<int> taggedPassages() const;
    void merge();
    void split();
    void moveSentence(bool toNext);
    void addToIssue();
    void rebuildEvidenceMenu();
    void addEvidence(int side);
    void editProperties();
    void newIssue();
    void editIssue();
    void editSides();

    MainWindow *m_window;
    BriefingEditor *m_editor;
    QAction *m_merge;
    QAction *m_split;
    QAction *m_moveToNext;
    QAction *m_moveToPrevious;
    QAction *m_addToIssue;
    QAction *m_newIssue;
    QAction *m_editIssue;
    QAction *m_properties;
    QAction *m_sides;
    QMenu *m_evidenceMenu = nullptr;
};
