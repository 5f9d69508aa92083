#include "document/briefingdocument.h"

#include "document/briefinganalysis.h"
#include "document/readingstate.h"
#include "files/regularfile.h"
#include "format/briefingwriter.h"
#include "model/briefinglimits.h"

#include <QCryptographicHash>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
constexpr int defaultRecoveryIntervalMs = 30'000;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

// One change: the briefing before and after, and where the reader was and goes. Briefings
// are immutable and share their data, so keeping both costs little.
class BriefingDocument::EditCommand final : public QUndoCommand
{
public:
    EditCommand(BriefingDocument *document, const QString &text, Briefing before, Briefing after,
                DocumentFocus focusBefore, DocumentFocus focusAfter)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_focusBefore(std::move(focusBefore))
        , m_focusAfter(std::move(focusAfter))
    { }

    void undo() override
    {
        m_document->replace(m_before, DocumentChange::Cause::Undone, m_focusBefore);
    }
    void redo() override
    {
        // QUndoStack::push() runs the first redo: that is the edit itself.
        const auto cause = m_done ? DocumentChange::Cause::Redone : DocumentChange::Cause::Edited;
        m_done = true;
        m_document->replace(m_after, cause, m_focusAfter);
    }

private:
    BriefingDocument *m_document;
    Briefing m_before;
    Briefing m_after;
    DocumentFocus m_focusBefore;
    DocumentFocus m_focusAfter;
    bool m_done = false;
};

BriefingDocument::BriefingDocument(QObject *parent)
    : QObject(parent)
    , m_readingState(new ReadingState(m_briefing, this))
    , m_analysis(new BriefingAnalysis(m_briefing, this))
    , m_undoStack(new QUndoStack(this))
    , m_recoveryTimer(new QTimer(this))
{
    m_recoveryTimer->setInterval(defaultRecoveryIntervalMs);
    connect(m_recoveryTimer, &QTimer::timeout, this, &BriefingDocument::writeRecoveryCopy);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        if (m_opening)
            return; // open() says it once, when it is done
        updateRecoveryTimer();
        Q_EMIT modifiedChanged(isModified());
    });
}

BriefingDocument::~BriefingDocument()
{
    // A clean exit, whatever was decided about unsaved changes: nothing to recover.
    m_recovery.remove();
    // The undo stack is deleted after this destructor, with the other children, and clearing
    // itself it still signals: its observers (the undo actions) would call back into a
    // document that is no longer one.
    m_undoStack->blockSignals(true);
}

bool BriefingDocument::isModified() const
{
    return !m_undoStack->isClean() || m_modifiedWithoutHistory;
}

QString BriefingDocument::sourceDigest() const
{
    return isModified() ? QString() : m_digest;
}

void BriefingDocument::open(const Briefing &briefing, const DocumentLocation &location,
                            const QString &sourceDigest, bool modified)
{
    const DocumentChange change =
        DocumentChange::between(m_briefing, briefing, DocumentChange::Cause::Opened);
    m_location = location;
    restart(briefing, change, sourceDigest, modified);
    Q_EMIT locationChanged(m_location);
}

void BriefingDocument::restart(const Briefing &briefing, const DocumentChange &change,
                               const QString &sourceDigest, bool modified)
{
    const bool wasModified = isModified();
    m_briefing = briefing;
    m_digest = sourceDigest;
    m_stamp = {};
    m_modifiedWithoutHistory = modified;
    m_opening = true;
    m_undoStack->clear(); // also clean: the history of the last briefing ends here
    m_opening = false;
    m_recovery.remove();
    updateRecoveryTimer();
    publish(change);
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

bool BriefingDocument::apply(const QString &description, const BriefingData &edited,
                             const DocumentFocus &after)
{
    if (edited == m_briefing.data())
        return false;
    m_undoStack->push(new EditCommand(this, description, m_briefing, Briefing(edited),
                                      m_readingState->focus(), after));
    return true;
}

void BriefingDocument::replace(const Briefing &briefing, DocumentChange::Cause cause,
                               const DocumentFocus &focus)
{
    DocumentChange change = DocumentChange::between(m_briefing, briefing, cause);
    change.focus = focus;
    m_briefing = briefing;
    publish(change);
}

void BriefingDocument::publish(const DocumentChange &change)
{
    m_readingState->follow(change);
    m_analysis->follow(change);
    Q_EMIT changed(change);
    m_readingState->announce();
    m_analysis->announce();
}

QString BriefingDocument::save()
{
    if (!m_location.isFile())
        return tr("The briefing has no file of its own yet: use Save As.");
    return saveAs(m_location.path());
}

QString BriefingDocument::saveAs(const QString &path)
{
    if (const QString problem = BriefingWriter::limitProblem(m_briefing); !problem.isEmpty())
        return problem;
    const QByteArray json = BriefingWriter::toJson(m_briefing);
    if (const QString error = BriefingWriter::writeFile(json, path); !error.isEmpty())
        return error;
    const DocumentLocation location = DocumentLocation::fromPath(path);
    const bool moved = !(location == m_location);
    m_location = location;
    m_digest = sha256(json);
    m_stamp = FileStamp::of(path);
    const bool onlyWithoutHistory = m_undoStack->isClean() && m_modifiedWithoutHistory;
    m_modifiedWithoutHistory = false;
    m_undoStack->setClean(); // says modifiedChanged(false) when the stack was not clean
    m_recovery.remove();
    updateRecoveryTimer();
    if (onlyWithoutHistory)
        Q_EMIT modifiedChanged(false);
    if (moved)
        Q_EMIT locationChanged(m_location);
    Q_EMIT saved(m_location.path());
    return {};
}

BriefingDocument::DiskState BriefingDocument::diskState() const
{
    if (!m_location.isFile() || m_digest.isEmpty())
        return DiskState::Unknown;
    const FileStamp now = FileStamp::of(m_location.path());
    if (!now.exists())
        return DiskState::Removed;
    if (now == m_stamp)
        return DiskState::Unchanged;
    // Replaced, written or only touched: the bytes tell.
    const RegularFile::Contents contents =
        RegularFile::read(m_location.path(), BriefingLimits::maxFileBytes);
    if (!contents.ok())
        return DiskState::Changed; // no longer a file we could have written
    if (sha256(contents.bytes) != m_digest)
        return DiskState::Changed;
    m_stamp = now;
    return DiskState::Unchanged;
}

void BriefingDocument::reload(const Briefing &fresh, const QString &sourceDigest)
{
    DocumentChange change =
        DocumentChange::between(m_briefing, fresh, DocumentChange::Cause::Opened);
    change.focus = m_readingState->focus();
    // Its text may have changed under the cursor.
    change.focus.caretSlot = change.focus.caretOffset = -1;
    restart(fresh, change, sourceDigest, false);
}

void BriefingDocument::setRecoveryInterval(int milliseconds)
{
    m_recoveryTimer->setInterval(milliseconds);
}

void BriefingDocument::updateRecoveryTimer()
{
    if (isModified()) {
        if (!m_recoveryTimer->isActive())
            m_recoveryTimer->start();
    } else {
        // Saved, or undone back to what the file holds: nothing left to recover.
        m_recoveryTimer->stop();
        m_recovery.remove();
    }
}

void BriefingDocument::writeRecoveryCopy()
{
    if (isModified())
        m_recovery.write(m_briefing, m_location.isFile() ? m_location.path() : QString());
}
