#pragma once

#include <QObject>

class BriefingDocument;
class QAction;
class QWidget;

// File › Export Aligned Pairs…: the open briefing's passage pairs as a TMX translation
// memory (TmxWriter), for translators' tools.
class PairsExporter final : public QObject
{
    Q_OBJECT

public:
    PairsExporter(const BriefingDocument *document, QWidget *window);

    QAction *action() const { return m_action; }
    void retranslateUi();
    // Writes the pairs to `path`; an empty string or the reason.
    QString exportTo(const QString &path) const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void exportPairs();

    const BriefingDocument *m_document;
    QWidget *m_window;
    QAction *m_action;
};
