#pragma once

#include "document/documentchange.h"
#include "document/documentlocation.h"
#include "document/recoverystore.h"
#include "files/filestamp.h"
#include "model/briefing.h"

#include <QObject>
#include <QString>

class QTimer;
class QUndoStack;
class BriefingAnalysis;
class ReadingState;

// The open briefing: its content, where it lives, its undo history, whether it has unsaved
// changes, and the recovery copy that protects them. One owner for all of it: views read
// the briefing from here and are told what changed; nothing else keeps a copy.
//
// Every change is an undoable command pushed through apply(); undo and redo go through the
// same path. Before changed() goes out, the reading state has followed the change, and it
// announces where the reader now is right after (see ReadingState).
class BriefingDocument final : public QObject
{
    Q_OBJECT

public:
    explicit BriefingDocument(QObject *parent = nullptr);
    ~BriefingDocument() override;

    const Briefing &briefing() const { return m_briefing; }
    const DocumentLocation &location() const { return m_location; }
    ReadingState *readingState() const { return m_readingState; }
    // Where the contested wordings occur and what the translation review finds.
    BriefingAnalysis *analysis() const { return m_analysis; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // SHA-256 (lower-case hex) of the file the briefing was read from or last saved to, so a
    // brief can name its source; empty while there are unsaved changes.
    QString sourceDigest() const;

    // Shows another briefing: opened from `location`, or made in the app and not saved yet
    // (`modified`). The undo history ends.
    void open(const Briefing &briefing, const DocumentLocation &location,
              const QString &sourceDigest = {}, bool modified = false);

    // One undoable change: the briefing's data becomes `edited`, and the reader is taken to
    // `after` (on undo, back to where they are now). False, and nothing happens, when
    // `edited` is the current data.
    bool apply(const QString &description, const BriefingData &edited,
               const DocumentFocus &after = {});

    // The briefing's file as it is on disk now, against what was read from it or last written
    // to it here: another program, or another Bilateral window, may have written or removed
    // it since. Unknown for a briefing without a file, or one whose bytes were never known.
    enum class DiskState { Unchanged, Changed, Removed, Unknown };
    DiskState diskState() const;

    // The file changed on disk and was read again: the briefing becomes `fresh`, without
    // unsaved changes or undo history, and the reader stays on the same passage and issue
    // where they still exist.
    void reload(const Briefing &fresh, const QString &sourceDigest);

    // Writes the briefing atomically to its own file (only for a file location) or to
    // `path`, which then becomes its file. Returns the reason it could not, or empty.
    QString save();
    QString saveAs(const QString &path);

    // Crash recovery: while there are unsaved changes, a copy is written this often.
    void setRecoveryInterval(int milliseconds);
    QString recoveryCopyPath() const { return m_recovery.copyPath(); }
    void writeRecoveryCopy();

Q_SIGNALS:
    void changed(const DocumentChange &change);
    void modifiedChanged(bool modified);
    // After Save As gave the briefing a new file.
    void locationChanged(const DocumentLocation &location);
    void saved(const QString &path);

private:
    class EditCommand;
    void replace(const Briefing &briefing, DocumentChange::Cause cause, const DocumentFocus &focus);
    // A briefing with a new history: opened or reloaded.
    void restart(const Briefing &briefing, const DocumentChange &change,
                 const QString &sourceDigest, bool modified);
    void publish(const DocumentChange &change);
    void updateRecoveryTimer();

    Briefing m_briefing;
    DocumentLocation m_location;
    QString m_digest;
    // The file as last seen holding m_digest; empty until it was looked at.
    mutable FileStamp m_stamp;
    bool m_modifiedWithoutHistory = false;
    bool m_opening = false;
    ReadingState *m_readingState;
    BriefingAnalysis *m_analysis;
    QUndoStack *m_undoStack;
    QTimer *m_recoveryTimer;
    RecoveryStore m_recovery;
};
