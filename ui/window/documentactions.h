#pragma once

#include "document/briefingdocument.h"
#include "format/diagnostic.h"
#include "import/briefingimport.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

class Briefing;
struct LoadResult;
class DocumentFileWatcher;
class QAction;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QWidget;

// The File menu's side of the open briefing: new from text, open (large files on a worker
// thread, with progress), recent files, save and save as, the question about unsaved changes,
// recovery after a crash, and files dropped on the window. The document holds the briefing;
// this class decides which briefing it holds, and asks the reader where needed.
class DocumentActions final : public QObject
{
    Q_OBJECT

public:
    // Files larger than this load on a worker thread: parsing 256 KiB takes about 8 ms in a
    // release build here (bench/: open rows), half a frame, so no load holds the window up.
    static constexpr qint64 backgroundLoadBytes = 256 * 1024;

    // `window` is the parent of the dialogs.
    DocumentActions(BriefingDocument *document, QWidget *window);

    // Adds new, open, recent, save and save as to `menu`.
    void addTo(QMenu *menu);
    void retranslateUi();

    // Loads and shows a file. On failure the open briefing stays and a dialog lists the
    // diagnostics; returns false. Large files load on a worker thread (the window keeps
    // working): then this returns true at once and opened() or loadFailed() follows.
    bool openFile(const QString &path);
    // The built-in sample briefing.
    void openSample();
    // A briefing made in the app: shown, not saved anywhere yet, so modified.
    void startNewBriefing(const Briefing &briefing);
    // File › New Briefing from Text…, with the given copy already in its boxes.
    void newFromText(const QString &korean = {}, const QString &english = {});
    // New Briefing from Text with the text files' contents; tells the reader about any file
    // that cannot be read.
    void newFromTextFiles(const QStringList &paths);

    // Save asks first when another program changed the file since it was opened or saved
    // here: overwrite it, save under another name, or reload it (dropping the changes).
    bool save();
    bool saveAs();
    // Reads the briefing's file again, keeping the reader's place. `quietly`: a failure is
    // told in the status bar instead of a dialog (the file may be half written).
    void reload(bool quietly = false);
    // With unsaved changes, asks whether to save them. False when the reader cancels.
    bool maybeSave();
    // After a crash: offers the unsaved changes an earlier session left in a recovery copy.
    // Returns whether they were restored.
    bool offerRecovery();

    // Drag and drop: a .briefing file opens; one or two text files start a new briefing.
    bool canDrop(const QMimeData *mime) const;
    bool drop(const QMimeData *mime);

    // The label and progress bar shown while a file loads in the background.
    QWidget *loadIndicator() const { return m_loadIndicator; }
    QMessageBox *errorDialog() const { return m_errorDialog; }

Q_SIGNALS:
    void opened();
    void loadFailed(const QString &path, const Diagnostics &diagnostics);
    void loadProgress(int percent);
    void statusMessage(const QString &text, int timeoutMs);

private:
    enum class Purpose { Open, Reload, ReloadQuietly };
    // Tells the reader what an import made: counts in the status bar, a headline-only text
    // in a message.
    void reportImport(const BriefingImport::Summary &summary);
    void openDialog();
    void fileChangedOnDisk(BriefingDocument::DiskState state);
    // What to do with a file another program changed: QMessageBox::Save (overwrite),
    // SaveAll (save as), Reset (reload) or Cancel.
    QMessageBox::StandardButton askAboutChangedFile();
    void updateSaveAction();
    bool load(const QString &path, Purpose purpose);
    bool finishOpening(const QString &path, const LoadResult &result, Purpose purpose);
    void openInBackground(const QString &path, Purpose purpose);
    void showLoadError(const QString &path, const Diagnostics &diagnostics);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    bool saveTo(const QString &path);

    BriefingDocument *m_document;
    QWidget *m_window;
    QAction *m_newFromText;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_clearRecent;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_loadIndicator;
    QLabel *m_loadLabel;
    QProgressBar *m_loadProgress;
    int m_loadGeneration = 0;
    QPointer<QMessageBox> m_errorDialog;
    DocumentFileWatcher *m_fileWatcher;
};
