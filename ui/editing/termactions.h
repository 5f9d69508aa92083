#pragma once

#include <QObject>

#include <functional>

class BriefingDocument;
class QAction;
class QWidget;

// Edit › Add Term…: the words selected in a text pane become a wording the briefing tracks
// (TermDialog), one undoable change.
class TermActions final : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialog; `selectedWords` gives the text selected in a pane, if any.
    TermActions(BriefingDocument *document, QWidget *window,
                std::function<QString()> selectedWords);

    QAction *addTermAction() const { return m_addTerm; }
    void retranslateUi();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void addTerm();

    BriefingDocument *m_document;
    QWidget *m_window;
    std::function<QString()> m_selectedWords;
    QAction *m_addTerm;
};
