#pragma once

#include "model/briefing.h"

#include <QObject>
#include <QString>

class QTimer;
class QUndoStack;
class QWidget;

// The editable side of the open briefing: every change is an undoable command that swaps
// one immutable Briefing for the next; saving writes atomically; while there are unsaved
// changes a recovery copy is written every 30 seconds, and offered after a crash.
class BriefingEditor final : public QObject
{
    Q_OBJECT

public:
    explicit BriefingEditor(QWidget *window);
    ~BriefingEditor() override;

    // A freshly opened (or new, unsaved: `filePath` empty) briefing; the undo history ends.
    void reset(const Briefing &briefing, const QString &filePath, bool modified = false);
    const Briefing &briefing() const { return m_briefing; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Pushes an undoable change. Nothing happens when `edited` equals the current data.
    void apply(const QString &description, const BriefingData &edited);

    // Save: to the file it came from, or asks for a name (resources and new briefings).
    bool save();
    bool saveAs();
    // Writes to `path` (atomically) and makes it the briefing's file. Returns the error.
    QString saveTo(const QString &path);
    // With unsaved changes, asks whether to save them. False when the reader cancels.
    bool maybeSave();

    // Crash recovery: where the recovery copy of this session goes, and any copy an earlier
    // session left behind (its original path is kept next to it).
    static QString recoveryDirectory();
    QString recoveryPath() const { return m_recoveryPath; }
    void writeRecoveryCopy();
    struct Recovery
    {
        QString copyPath;
        QString originalPath;
    };
    static QList<Recovery> leftoverRecoveries();
    static void discardRecovery(const Recovery &recovery);
    void setRecoveryInterval(int milliseconds);

Q_SIGNALS:
    void briefingChanged(const Briefing &briefing); // after apply, undo or redo
    void modifiedChanged(bool modified);
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    class EditCommand;
    void replace(const Briefing &briefing);
    void removeRecoveryCopy();

    QWidget *m_window;
    QUndoStack *m_undoStack;
    QTimer *m_recoveryTimer;
    Briefing m_briefing;
    QString m_filePath;
    QString m_recoveryPath;
    bool m_modifiedWithoutHistory = false;
};
