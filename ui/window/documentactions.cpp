#include "window/documentactions.h"

#include "document/briefingdocument.h"
#include "document/documentfilewatcher.h"
#include "document/recoverystore.h"
#include "editing/importtextdialog.h"
#include "files/releasememory.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "import/briefingimport.h"
#include "import/textimport.h"
#include "widgets/deferredicon.h"
#include "widgets/plaintext.h"
#include "widgets/shortcuts.h"
#include "window/loaderrordialog.h"
#include "window/recoverydialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRecentFiles = 8;
const QStringList textSuffixes{u"txt"_s, u"text"_s, u"md"_s};

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        files.append(url.toLocalFile());
    }
    return files;
}

bool isBriefing(const QString &path)
{
    return path.endsWith(u".briefing"_s, Qt::CaseInsensitive);
}

bool isText(const QString &path)
{
    return textSuffixes.contains(QFileInfo(path).suffix().toLower());
}

QAction *makeAction(QWidget *window, const char *name, const QString &icon,
                    QStyle::StandardPixmap fallback)
{
    auto *action = new QAction(window);
    action->setObjectName(QString::fromLatin1(name));
    action->setIcon(DeferredIcon::themed(icon, fallback));
    window->addAction(action);
    return action;
}
} // namespace

DocumentActions::DocumentActions(BriefingDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_newFromText(makeAction(window, "newFromTextAction", u"document-new"_s, QStyle::SP_FileIcon))
    , m_open(makeAction(window, "openAction", u"document-open"_s, QStyle::SP_DialogOpenButton))
    , m_save(makeAction(window, "saveAction", u"document-save"_s, QStyle::SP_DialogSaveButton))
    , m_saveAs(
          makeAction(window, "saveAsAction", u"document-save-as"_s, QStyle::SP_DialogSaveButton))
    , m_clearRecent(new QAction(this))
    , m_loadIndicator(new QWidget(window))
    , m_loadLabel(new QLabel(m_loadIndicator))
    , m_loadProgress(new QProgressBar(m_loadIndicator))
    , m_fileWatcher(new DocumentFileWatcher(document, this))
{
    connect(m_fileWatcher, &DocumentFileWatcher::changedOnDisk, this,
            &DocumentActions::fileChangedOnDisk);
    m_newFromText->setShortcuts(standardShortcuts(QKeySequence::New));
    connect(m_newFromText, &QAction::triggered, this, [this] {
        if (maybeSave())
            newFromText();
    });
    m_open->setShortcuts(standardShortcuts(QKeySequence::Open));
    connect(m_open, &QAction::triggered, this, &DocumentActions::openDialog);
    m_save->setShortcuts(standardShortcuts(QKeySequence::Save));
    connect(m_save, &QAction::triggered, this, &DocumentActions::save);
    m_saveAs->setShortcuts(
        standardShortcuts(QKeySequence::SaveAs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}));
    connect(m_saveAs, &QAction::triggered, this, &DocumentActions::saveAs);
    m_clearRecent->setObjectName(u"clearRecentAction"_s);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        QSettings().remove(u"recentFiles"_s);
        rebuildRecentMenu();
    });
    connect(m_document, &BriefingDocument::modifiedChanged, this,
            &DocumentActions::updateSaveAction);
    connect(m_document, &BriefingDocument::locationChanged, this,
            &DocumentActions::updateSaveAction);

    m_loadLabel->setTextFormat(Qt::PlainText);
    m_loadProgress->setRange(0, 100);
    m_loadProgress->setMaximumWidth(180);
    auto *layout = new QHBoxLayout(m_loadIndicator);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadLabel);
    layout->addWidget(m_loadProgress);
    m_loadIndicator->hide();
    retranslateUi();
}

void DocumentActions::addTo(QMenu *menu)
{
    menu->addAction(m_newFromText);
    menu->addAction(m_open);
    m_recentMenu = menu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentActions::rebuildRecentMenu);
    rebuildRecentMenu();
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    retranslateUi();
}

void DocumentActions::retranslateUi()
{
    m_newFromText->setText(tr("&New Briefing from Text…"));
    m_open->setText(tr("&Open…"));
    m_open->setToolTip(tr("Open a briefing file"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_clearRecent->setText(tr("&Clear Recent Files"));
    if (m_recentMenu)
        m_recentMenu->setTitle(tr("Open &Recent"));
    updateSaveAction();
}

void DocumentActions::updateSaveAction()
{
    // A briefing that is not a file of its own yet can always be saved (Save asks where).
    const bool canSave = m_document->isModified() || !m_document->location().isFile();
    const QString whyNot = canSave ? QString() : tr("There are no unsaved changes.");
    m_save->setEnabled(canSave);
    m_save->setStatusTip(whyNot);
    m_save->setToolTip(whyNot);
}

void DocumentActions::openDialog()
{
    const DocumentLocation &location = m_document->location();
    auto *dialog = new QFileDialog(m_window, tr("Open Briefing"),
                                   location.isFile() ? location.folder() : QString(),
                                   tr("Briefings (*.briefing);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { openFile(file); });
    dialog->open();
}

bool DocumentActions::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    return load(path, Purpose::Open);
}

void DocumentActions::reload(bool quietly)
{
    if (m_document->location().isFile())
        load(m_document->location().path(), quietly ? Purpose::ReloadQuietly : Purpose::Reload);
}

bool DocumentActions::load(const QString &path, Purpose purpose)
{
    const DocumentLocation location = DocumentLocation::fromPath(path);
    const QFileInfo info(path);
    if (location.isFile() && info.isFile() && info.size() > backgroundLoadBytes) {
        openInBackground(path, purpose);
        return true;
    }
    return finishOpening(path, BriefingLoader::loadFile(path), purpose);
}

void DocumentActions::openSample()
{
    const LoadResult sample = BriefingLoader::loadFile(SampleBriefing::resourcePath());
    m_document->open(*sample.briefing, DocumentLocation::fromPath(SampleBriefing::resourcePath()),
                     sample.sha256);
    Q_EMIT opened();
}

void DocumentActions::openInBackground(const QString &path, Purpose purpose)
{
    // A later request supersedes an earlier one still loading.
    const int generation = ++m_loadGeneration;
    m_loadLabel->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loadProgress->setValue(0);
    m_loadIndicator->show();
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, generation](int percent) {
                if (generation != m_loadGeneration)
                    return;
                m_loadProgress->setValue(percent);
                Q_EMIT loadProgress(percent);
            });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, path, generation, purpose] {
                watcher->deleteLater();
                if (generation != m_loadGeneration)
                    return;
                m_loadIndicator->hide();
                finishOpening(path, watcher->result(), purpose);
            });
    watcher->setFuture(QtConcurrent::run([path](QPromise<LoadResult> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(BriefingLoader::loadFile(
            path, [&promise](int percent) { promise.setProgressValue(percent); }));
        // Parsing frees as much as it keeps (the JSON tree, the file's bytes), in this
        // thread's arena: 100 MiB at 100,000 passages while the window builds its panes.
        releaseFreeMemory();
    }));
}

bool DocumentActions::finishOpening(const QString &path, const LoadResult &result, Purpose purpose)
{
    const QString name = QFileInfo(path).fileName();
    if (!result.ok()) {
        if (purpose == Purpose::ReloadQuietly) {
            Q_EMIT statusMessage(tr("“%1” was changed by another program and cannot be read "
                                    "now; you still have the version you were reading.")
                                     .arg(name),
                                 15000);
            return false;
        }
        showLoadError(path, result.diagnostics);
        return false;
    }
    const DocumentLocation location = DocumentLocation::fromPath(path);
    if (purpose == Purpose::Open) {
        m_document->open(*result.briefing, location, result.sha256);
        if (location.isFile())
            addRecentFile(location.path());
    } else {
        m_document->reload(*result.briefing, result.sha256);
        Q_EMIT statusMessage(tr("Reloaded “%1”.").arg(name), 8000);
    }
    if (!result.diagnostics.isEmpty())
        Q_EMIT statusMessage(
            tr("Opened with %n warning(s).", nullptr, int(result.diagnostics.size())), 8000);
    Q_EMIT opened();
    return true;
}

void DocumentActions::fileChangedOnDisk(BriefingDocument::DiskState state)
{
    const QString name = m_document->location().fileName();
    if (state == BriefingDocument::DiskState::Removed) {
        Q_EMIT statusMessage(tr("“%1” was removed or renamed by another program. Save writes "
                                "it again.")
                                 .arg(name),
                             15000);
    } else if (!m_document->isModified()) {
        // Nothing of the reader's to lose: show what the file holds now.
        reload(true);
    } else {
        Q_EMIT statusMessage(tr("“%1” was changed by another program. Save will ask whether "
                                "to overwrite it.")
                                 .arg(name),
                             15000);
    }
}

void DocumentActions::showLoadError(const QString &path, const Diagnostics &diagnostics)
{
    Q_EMIT loadFailed(path, diagnostics);
    if (m_errorDialog)
        m_errorDialog->deleteLater();
    m_errorDialog = new LoadErrorDialog(path, diagnostics, m_window);
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_errorDialog->open(); // window-modal, does not block the event loop
}

void DocumentActions::startNewBriefing(const Briefing &briefing)
{
    // Not saved anywhere yet: modified from the start, so closing asks and the recovery copy
    // protects it.
    m_document->open(briefing, DocumentLocation(), {}, true);
    Q_EMIT opened();
}

void DocumentActions::newFromText(const QString &korean, const QString &english)
{
    auto *dialog = new ImportTextDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->koreanEdit()->setPlainText(korean);
    dialog->englishEdit()->setPlainText(english);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        TextImport::LanguagePair pair;
        if (const QStringList named = dialog->namedLanguages(); !named.isEmpty()) {
            // The reader said which is which: the boxes' order and languages stand.
            pair.first = dialog->koreanText();
            pair.second = dialog->englishText();
            pair.languages = {named.at(0), named.at(1)};
        } else {
            QStringList texts{dialog->koreanText(), dialog->englishText()};
            // One text with both languages, in either box: split it by script.
            texts.removeIf([](const QString &text) { return text.trimmed().isEmpty(); });
            pair = TextImport::assignLanguages(texts);
        }
        BriefingImport::Summary summary;
        startNewBriefing(
            BriefingImport::fromTexts(pair.first, pair.second, pair.languages, QDate(), &summary));
        reportImport(summary);
    });
    dialog->open();
}

void DocumentActions::reportImport(const BriefingImport::Summary &summary)
{
    Q_EMIT statusMessage(tr("%n pair(s) aligned; %1 in one language only; %2 to check (View › "
                            "Layout › Passage Rows marks them)",
                            "import summary", int(summary.pairs))
                             .arg(summary.oneSided)
                             .arg(summary.lowConfidence),
                         15000);
    if (summary.headlineOnly.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("One Text Is Only a Headline"),
        tr("The %1 text holds no more than a headline, so the passages have text in one "
           "language only. Paste the %1 body and create the briefing again, or add the "
           "translations passage by passage.")
            .arg(QLocale::languageToString(QLocale(summary.headlineOnly).language())),
        QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DocumentActions::newFromTextFiles(const QStringList &paths)
{
    QStringList texts;
    for (const QString &path : paths) {
        const TextImport::Decoded decoded = TextImport::readFile(path);
        if (!decoded.ok()) {
            QMessageBox box(QMessageBox::Warning, tr("Could Not Open Text"),
                            tr("“%1”: %2").arg(QFileInfo(path).fileName(), decoded.error),
                            QMessageBox::Ok, m_window);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            return;
        }
        texts.append(decoded.text);
    }
    if (!maybeSave())
        return;
    const TextImport::LanguagePair pair = TextImport::assignLanguages(texts);
    newFromText(pair.first, pair.second);
}

bool DocumentActions::save()
{
    if (!m_document->location().isFile())
        return saveAs();
    if (m_document->diskState() == BriefingDocument::DiskState::Changed) {
        switch (askAboutChangedFile()) {
        case QMessageBox::Save:
            break; // overwrite
        case QMessageBox::SaveAll:
            return saveAs();
        case QMessageBox::Reset:
            reload();
            return false;
        default:
            return false;
        }
    }
    return saveTo(m_document->location().path());
}

QMessageBox::StandardButton DocumentActions::askAboutChangedFile()
{
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("“%1” was changed by another program since you opened or saved it here.")
                        .arg(m_document->location().fileName()),
                    QMessageBox::Save | QMessageBox::SaveAll | QMessageBox::Reset
                        | QMessageBox::Cancel,
                    m_window);
    box.setObjectName(u"fileChangedQuestion"_s);
    PlainText::setInformativeText(
        &box,
        tr("Overwrite it with your version, save your version under another name, or "
           "reload the file and discard your changes?"));
    box.button(QMessageBox::Save)->setText(tr("&Overwrite"));
    box.button(QMessageBox::SaveAll)->setText(tr("Save &As…"));
    box.button(QMessageBox::Reset)->setText(tr("&Reload"));
    box.setDefaultButton(QMessageBox::SaveAll);
    return QMessageBox::StandardButton(box.exec());
}

bool DocumentActions::saveAs()
{
    const DocumentLocation &location = m_document->location();
    const QString suggested = location.isFile()
        ? location.path()
        : location.folder() + u"/"_s + location.baseName(u"untitled"_s) + u".briefing"_s;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Briefing As"), suggested,
                                                tr("Briefings (*.briefing)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".briefing"_s, Qt::CaseInsensitive))
        path += u".briefing"_s;
    return saveTo(path);
}

bool DocumentActions::saveTo(const QString &path)
{
    if (const QString error = m_document->saveAs(path); !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Could Not Save"),
                        tr("Could not save “%1”: %2").arg(QFileInfo(path).fileName(), error),
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    addRecentFile(m_document->location().path());
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool DocumentActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const DocumentLocation &location = m_document->location();
    const QString name = location.isFile() ? location.fileName() : tr("the new briefing");
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to %1 before closing it?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(u"unsavedChangesDialog"_s);
    box.setTextFormat(Qt::PlainText); // the file name is the reader's, not markup
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentActions::offerRecovery()
{
    const QList<RecoveryStore::Copy> copies = RecoveryStore::leftovers();
    if (copies.isEmpty())
        return false;
    RecoveryDialog dialog(copies, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false; // decided later: every copy stays
    const RecoveryStore::Copy copy = dialog.chosen();
    const LoadResult restored = BriefingLoader::loadFile(copy.copyPath);
    if (!restored.ok()) {
        // Never lost: kept aside for whoever wants to look at it.
        const QString aside = RecoveryStore::keepAside(copy);
        QMessageBox box(QMessageBox::Warning, tr("Could Not Restore"),
                        tr("The recovery copy cannot be read. It is kept as “%1”.")
                            .arg(QDir::toNativeSeparators(aside)),
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        QStringList problems;
        for (const Diagnostic &diagnostic : restored.diagnostics)
            problems.append(diagnostic.toString());
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
        return false;
    }
    // The recovered briefing belongs to its original file but is not saved there yet; this
    // session's own recovery copy protects it from now on.
    m_document->open(*restored.briefing, DocumentLocation::fromPath(copy.originalPath), {}, true);
    m_document->writeRecoveryCopy();
    RecoveryStore::discard(copy);
    Q_EMIT opened();
    return true;
}

bool DocumentActions::canDrop(const QMimeData *mime) const
{
    const QStringList files = droppedFiles(mime);
    if (files.size() == 1 && isBriefing(files.first()))
        return true;
    return !files.isEmpty() && files.size() <= 2
        && std::all_of(files.cbegin(), files.cend(), isText);
}

bool DocumentActions::drop(const QMimeData *mime)
{
    if (!canDrop(mime))
        return false;
    const QStringList files = droppedFiles(mime);
    if (isBriefing(files.first()))
        openFile(files.first());
    else
        newFromTextFiles(files);
    return true;
}

void DocumentActions::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentFiles"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(u"recentFiles"_s, recent);
}

void DocumentActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
    int number = 0;
    for (const QString &path : recent) {
        const QString label =
            u"&%1 %2"_s.arg(++number).arg(PlainText::withoutMnemonic(QFileInfo(path).fileName()));
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(PlainText::toolTip(path));
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!recent.isEmpty());
}
