#pragma once

#include "document/briefingdocument.h"

#include <QObject>

class QFileSystemWatcher;
class QTimer;

// Tells when the open briefing's file is written, replaced or removed by someone else
// (another program, another Bilateral window). The file system's notices come in bursts
// while a file is written and say nothing of who wrote it: they are gathered for a moment,
// then the document compares the file with what it read or wrote (BriefingDocument::
// diskState()), so its own saves and a mere "touch" are not reported.
class DocumentFileWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentFileWatcher(BriefingDocument *document, QObject *parent = nullptr);

    // How long to wait for quiet after a notice (250 ms; tests may shorten it).
    void setSettleTime(int milliseconds);

Q_SIGNALS:
    // The file now differs from the briefing's last known state (Changed or Removed).
    void changedOnDisk(BriefingDocument::DiskState state);

private:
    void watchLocation();
    void check();

    BriefingDocument *m_document;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    BriefingDocument::DiskState m_reported = BriefingDocument::DiskState::Unchanged;
};
