#include "editing/briefingeditor.h"

#include "format/briefingwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
constexpr int defaultRecoveryIntervalMs = 30'000;
// Next to each recovery copy: the path of the file it recovers (empty for a new briefing).
QString originFile(const QString &copyPath)
{
    return copyPath + u".origin"_s;
}
} // namespace

// One change: the briefing before and after. Briefings are immutable and share their
// data, so keeping both costs little.
class BriefingEditor::EditCommand final : public QUndoCommand
{
public:
    EditCommand(BriefingEditor *editor, const QString &text, Briefing before, Briefing after)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_editor->replace(m_before); }
    void redo() override { m_editor->replace(m_after); }

private:
    BriefingEditor *m_editor;
    Briefing m_before;
    Briefing m_after;
};

BriefingEditor::BriefingEditor(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_undoStack(new QUndoStack(this))
    , m_recoveryTimer(new QTimer(this))
{
    // One recovery file per running instance.
    m_recoveryPath =
        recoveryDirectory() + u"/recovery-%1.briefing"_s.arg(QCoreApplication::applicationPid());
    m_recoveryTimer->setInterval(defaultRecoveryIntervalMs);
    connect(m_recoveryTimer, &QTimer::timeout, this, &BriefingEditor::writeRecoveryCopy);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        const bool modified = !clean || m_modifiedWithoutHistory;
        if (modified)
            m_recoveryTimer->start();
        else
            m_recoveryTimer->stop();
        Q_EMIT modifiedChanged(modified);
    });
}

BriefingEditor::~BriefingEditor()
{
    // A clean exit, whatever was decided about unsaved changes: nothing to recover.
    removeRecoveryCopy();
}

void BriefingEditor::reset(const Briefing &briefing, const QString &filePath, bool modified)
{
    m_briefing = briefing;
    m_filePath = filePath;
    m_modifiedWithoutHistory = modified;
    m_undoStack->clear();
    m_undoStack->setClean();
    if (modified)
        m_recoveryTimer->start();
    else
        m_recoveryTimer->stop();
    removeRecoveryCopy();
    Q_EMIT modifiedChanged(modified);
}

bool BriefingEditor::isModified() const
{
    return !m_undoStack->isClean() || m_modifiedWithoutHistory;
}

void BriefingEditor::apply(const QString &description, const BriefingData &edited)
{
    if (edited == m_briefing.data())
        return;
    m_undoStack->push(new EditCommand(this, description, m_briefing, Briefing(edited)));
}

void BriefingEditor::replace(const Briefing &briefing)
{
    m_briefing = briefing;
    Q_EMIT briefingChanged(m_briefing);
}

bool BriefingEditor::save()
{
    if (m_filePath.isEmpty() || m_filePath.startsWith(u':'))
        return saveAs();
    const QString error = saveTo(m_filePath);
    if (!error.isEmpty())
        Q_EMIT saveFailed(
            tr("Could not save “%1”: %2").arg(QFileInfo(m_filePath).fileName(), error));
    return error.isEmpty();
}

bool BriefingEditor::saveAs()
{
    const QString suggested = m_filePath.isEmpty() || m_filePath.startsWith(u':')
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u"/untitled.briefing"_s
        : m_filePath;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Briefing As"), suggested,
                                                tr("Briefings (*.briefing)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".briefing"_s, Qt::CaseInsensitive))
        path += u".briefing"_s;
    const QString error = saveTo(path);
    if (!error.isEmpty())
        Q_EMIT saveFailed(tr("Could not save “%1”: %2").arg(QFileInfo(path).fileName(), error));
    return error.isEmpty();
}

QString BriefingEditor::saveTo(const QString &path)
{
    const QString error = BriefingWriter::save(m_briefing, path);
    if (!error.isEmpty())
        return error;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_modifiedWithoutHistory = false;
    const bool wasClean = m_undoStack->isClean();
    m_undoStack->setClean();
    if (wasClean)
        Q_EMIT modifiedChanged(false);
    m_recoveryTimer->stop();
    removeRecoveryCopy();
    Q_EMIT saved(m_filePath);
    return {};
}

bool BriefingEditor::maybeSave()
{
    if (!isModified())
        return true;
    const QString name = m_filePath.isEmpty() || m_filePath.startsWith(u':')
        ? tr("the new briefing")
        : QFileInfo(m_filePath).fileName();
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"), tr("Save the changes to %1 before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString BriefingEditor::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

void BriefingEditor::writeRecoveryCopy()
{
    if (!isModified())
        return;
    QDir().mkpath(recoveryDirectory());
    if (BriefingWriter::save(m_briefing, m_recoveryPath).isEmpty()) {
        QFile origin(originFile(m_recoveryPath));
        if (origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
            origin.write(m_filePath.startsWith(u':') ? QByteArray() : m_filePath.toUtf8());
    }
}

QList<BriefingEditor::Recovery> BriefingEditor::leftoverRecoveries()
{
    QList<Recovery> recoveries;
    const QDir directory(recoveryDirectory());
    for (const QFileInfo &copy :
         directory.entryInfoList({u"recovery-*.briefing"_s}, QDir::Files, QDir::Time)) {
        // A copy whose process still runs belongs to another window, not to a crash.
        const QString pid = copy.completeBaseName().section(u'-', 1);
        if (pid.toLongLong() == QCoreApplication::applicationPid()
            || QFileInfo::exists(u"/proc/"_s + pid))
            continue;
        QFile origin(originFile(copy.filePath()));
        QString originalPath;
        if (origin.open(QIODevice::ReadOnly))
            originalPath = QString::fromUtf8(origin.readAll());
        recoveries.append({copy.filePath(), originalPath});
    }
    return recoveries;
}

void BriefingEditor::discardRecovery(const Recovery &recovery)
{
    QFile::remove(recovery.copyPath);
    QFile::remove(originFile(recovery.copyPath));
}

void BriefingEditor::removeRecoveryCopy()
{
    QFile::remove(m_recoveryPath);
    QFile::remove(originFile(m_recoveryPath));
}

void BriefingEditor::setRecoveryInterval(int milliseconds)
{
    m_recoveryTimer->setInterval(milliseconds);
}
