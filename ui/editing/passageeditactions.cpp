#include "editing/passageeditactions.h"

#include "document/briefingedits.h"
#include "editing/briefingeditor.h"
#include "editing/briefingpropertiesdialog.h"
#include "editing/issueeditordialog.h"
#include "editing/sidesdialog.h"
#include "reading/passageview.h"
#include "reading/textpane.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

PassageEditActions::PassageEditActions(MainWindow *window, BriefingEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_merge(make("mergePassageAction"))
    , m_split(make("splitPassageAction"))
    , m_moveToNext(make("moveSentenceToNextAction"))
    , m_moveToPrevious(make("moveSentenceToPreviousAction"))
    , m_addToIssue(make("addToIssueAction"))
    , m_newIssue(make("newIssueAction"))
    , m_editIssue(make("editIssueAction"))
    , m_properties(make("briefingPropertiesAction"))
    , m_sides(make("sidesAction"))
{
    connect(m_sides, &QAction::triggered, this, &PassageEditActions::editSides);
    connect(m_newIssue, &QAction::triggered, this, &PassageEditActions::newIssue);
    connect(m_editIssue, &QAction::triggered, this, &PassageEditActions::editIssue);
    connect(m_properties, &QAction::triggered, this, &PassageEditActions::editProperties);
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_moveToNext->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down));
    m_moveToPrevious->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up));
    connect(m_merge, &QAction::triggered, this, &PassageEditActions::merge);
    connect(m_split, &QAction::triggered, this, &PassageEditActions::split);
    connect(m_moveToNext, &QAction::triggered, this, [this] { moveSentence(true); });
    connect(m_moveToPrevious, &QAction::triggered, this, [this] { moveSentence(false); });
    connect(m_addToIssue, &QAction::triggered, this, &PassageEditActions::addToIssue);
    retranslateUi();
}

QAction *PassageEditActions::make(const char *name)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QString::fromLatin1(name));
    m_window->addAction(action);
    return action;
}

void PassageEditActions::addTo(QMenu *menu)
{
    menu->addAction(m_merge);
    menu->addAction(m_split);
    menu->addAction(m_moveToNext);
    menu->addAction(m_moveToPrevious);
    menu->addSeparator();
    menu->addAction(m_addToIssue);
    menu->addAction(m_newIssue);
    menu->addAction(m_editIssue);
    m_evidenceMenu = menu->addMenu(QString());
    m_evidenceMenu->setObjectName(u"evidenceMenu"_s);
    connect(m_evidenceMenu, &QMenu::aboutToShow, this, &PassageEditActions::rebuildEvidenceMenu);
    menu->addSeparator();
    menu->addAction(m_sides);
    menu->addAction(m_properties);
    retranslateUi();
}

void PassageEditActions::retranslateUi()
{
    m_merge->setText(tr("&Merge Passage with Next"));
    m_split->setText(tr("S&plit Passage at Cursor"));
    m_moveToNext->setText(tr("Move Last Sentence to Next Passage"));
    m_moveToPrevious->setText(tr("Move First Sentence to Previous Passage"));
    m_addToIssue->setText(tr("Add Passage to Selected &Issue", "issue: a topic of the talks"));
    m_newIssue->setText(tr("New Issue from Passage…", "issue: a topic of the talks"));
    m_editIssue->setText(tr("Edit Selected Issue and Stances…", "issue: a topic of the talks"));
    m_properties->setText(tr("Briefing &Properties…"));
    m_sides->setText(tr("S&ides…", "the parties to the talks"));
    if (m_evidenceMenu)
        m_evidenceMenu->setTitle(tr("Mark Passage as &Evidence of", "followed by a side's name"));
}

PassageEditActions::Target PassageEditActions::target() const
{
    for (int slot = 0; slot < 2; ++slot) {
        const PassageView *view = m_window->pane(slot)->view();
        if (view->hasFocus()) {
            const auto [passage, offset] = view->cursorPassage();
            if (passage >= 0)
                return {passage, slot, offset};
        }
    }
    return {m_window->currentPassage(), 0, 0};
}

QList<int> PassageEditActions::taggedPassages() const
{
    for (int slot = 0; slot < 2; ++slot) {
        const PassageView *view = m_window->pane(slot)->view();
        if (view->hasFocus() && !view->selectedPassages().isEmpty())
            return view->selectedPassages();
    }
    const Target at = target();
    return at.passage >= 0 ? QList<int>{at.passage} : QList<int>{};
}

void PassageEditActions::merge()
{
    const Target at = target();
    m_editor->apply(tr("Merge Passages"),
                    BriefingEdits::mergeWithNext(m_editor->briefing().data(), at.passage));
}

void PassageEditActions::split()
{
    const Target at = target();
    if (at.passage < 0)
        return;
    // The view shows the passage trimmed: count the offset in the stored text.
    const QString text = m_editor->briefing().passages().at(at.passage).text[std::size_t(at.slot)];
    const qsizetype leading =
        text.size() - QStringView(text).trimmed().size() > 0 ? text.indexOf(text.trimmed()) : 0;
    m_editor->apply(tr("Split Passage"),
                    BriefingEdits::splitPassage(m_editor->briefing().data(), at.passage, at.slot,
                                                at.offset + int(std::max<qsizetype>(leading, 0))));
}

void PassageEditActions::moveSentence(bool toNext)
{
    const Target at = target();
    m_editor->apply(
        tr("Move Sentence"),
        BriefingEdits::moveSentence(m_editor->briefing().data(), at.passage, at.slot, toNext));
}

void PassageEditActions::addToIssue()
{
    const QList<int> passages = taggedPassages();
    if (passages.isEmpty() || m_window->selectedIssue() < 0)
        return;
    m_editor->apply(tr("Add Passage to Issue", "issue: a topic of the talks"),
                    BriefingEdits::addPassagesToIssue(m_editor->briefing().data(),
                                                      m_window->selectedIssue(), passages));
}

void PassageEditActions::editProperties()
{
    auto *dialog = new BriefingPropertiesDialog(m_editor->briefing(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_editor->apply(tr("Edit Briefing Properties"), dialog->edited()); });
    dialog->open();
}

void PassageEditActions::newIssue()
{
    const QList<int> passages = taggedPassages();
    BriefingData data =
        BriefingEdits::addIssue(m_editor->briefing().data(),
                                LocalizedText{{u"ko"_s, u"새 쟁점"_s}, {u"en"_s, u"New issue"_s}});
    if (!passages.isEmpty())
        data = BriefingEdits::addPassagesToIssue(data, int(data.issues.size()) - 1, passages);
    m_editor->apply(tr("New Issue", "issue: a topic of the talks"), data);
    m_window->selectIssue(int(m_editor->briefing().issues().size()) - 1);
    editIssue();
}

void PassageEditActions::editSides()
{
    auto *dialog = new SidesDialog(m_editor->briefing(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_editor->apply(tr("Edit Sides"), dialog->edited()); });
    dialog->open();
}

void PassageEditActions::editIssue()
{
    const int issue = m_window->selectedIssue();
    if (issue < 0)
        return;
    auto *dialog = new IssueEditorDialog(m_editor->briefing(), issue,
                                         {m_window->locale().name().section(u'_', 0, 0)}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_editor->apply(tr("Edit Issue", "issue: a topic of the talks"), dialog->edited());
    });
    dialog->open();
}

void PassageEditActions::rebuildEvidenceMenu()
{
    m_evidenceMenu->clear();
    const Briefing &briefing = m_editor->briefing();
    for (int side = 0; side < briefing.sides().size(); ++side) {
        // Document text in a menu: "&" would become a mnemonic.
        QString name = briefing.sides().at(side).name.preferred(
            {m_window->locale().name().section(u'_', 0, 0)});
        QAction *action = m_evidenceMenu->addAction(name.replace(u'&', u"&&"_s));
        action->setEnabled(m_window->selectedIssue() >= 0);
        connect(action, &QAction::triggered, this, [this, side] { addEvidence(side); });
    }
}

void PassageEditActions::addEvidence(int side)
{
    const QList<int> passages = taggedPassages();
    if (passages.isEmpty() || m_window->selectedIssue() < 0)
        return;
    m_editor->apply(tr("Mark Evidence"),
                    BriefingEdits::addEvidence(m_editor->briefing().data(),
                                               m_window->selectedIssue(), side, passages));
}
