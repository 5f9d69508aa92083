#pragma once

#include "brief/brieftimeline.h"

#include <QList>
#include <QObject>
#include <QPageSize>

#include <functional>

class Briefing;
class BriefingDocument;
struct BriefOptions;
class QAction;
class QPrinter;
class QWidget;

// File › Export Brief as PDF…, Print Brief… and Print Preview…: all three compose the same
// brief of the open briefing (the selected issue's key passages, else every issue's) and
// paint it through paintBrief(), so what is previewed is what prints and exports.
class BriefPrinter final : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs; its locale names the interface language.
    BriefPrinter(const BriefingDocument *document, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    void retranslateUi();

    void exportPdf();
    void print();
    void printPreview();

    // The "Over time" rows of a briefing's brief: its issues across the user's library, as
    // far as the library already knows them (asked each time a brief is composed; it must
    // not make the user wait). Without one the brief has no such rows.
    using TimelineProvider = std::function<QList<BriefTimeline>(const Briefing &)>;
    void setTimelineProvider(TimelineProvider provider) { m_timelines = std::move(provider); }

    // Writes the brief the export dialog would, without asking; returns the error or empty.
    QString exportTo(const QString &path, const QString &language, const QPageSize &pageSize);

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    QString interfaceLanguage() const;
    QString selectedIssueTitle() const;
    void paintOn(QPrinter *printer, const QString &language);
    // The options for the open briefing's brief, with its timelines.
    BriefOptions optionsFor(const QString &language, const QPageSize &pageSize) const;

    const BriefingDocument *m_document;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_print;
    QAction *m_preview;
    TimelineProvider m_timelines;
};
