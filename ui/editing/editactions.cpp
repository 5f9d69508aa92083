#include "editing/editactions.h"

#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/passagesplit.h"
#include "document/readingstate.h"
#include "editing/briefingpropertiesdialog.h"
#include "editing/issueeditordialog.h"
#include "editing/sidesdialog.h"
#include "editing/splitpassagedialog.h"
#include "model/languagenames.h"
#include "model/passagetext.h"
#include "widgets/deferredicon.h"
#include "widgets/languagepreference.h"
#include "widgets/plaintext.h"
#include "widgets/shortcuts.h"

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

EditActions::EditActions(BriefingDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_state(document->readingState())
    , m_window(window)
    , m_undo(make("undoAction"))
    , m_redo(make("redoAction"))
    , m_merge(make("mergePassageAction"))
    , m_split(make("splitPassageAction"))
    , m_moveToNext(make("moveSentenceToNextAction"))
    , m_moveToPrevious(make("moveSentenceToPreviousAction"))
    , m_addToIssue(make("addToIssueAction"))
    , m_removeFromIssue(make("removeFromIssueAction"))
    , m_newIssue(make("newIssueAction"))
    , m_editIssue(make("editIssueAction"))
    , m_deleteIssue(make("deleteIssueAction"))
    , m_properties(make("briefingPropertiesAction"))
    , m_sides(make("sidesAction"))
{
    // Our own undo and redo actions, not QUndoStack's: theirs keep the words they were
    // created with when the interface language changes.
    QUndoStack *stack = m_document->undoStack();
    m_undo->setIcon(DeferredIcon::themed(u"edit-undo"_s, QStyle::SP_ArrowBack));
    m_undo->setShortcuts(standardShortcuts(QKeySequence::Undo));
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    m_redo->setIcon(DeferredIcon::themed(u"edit-redo"_s, QStyle::SP_ArrowForward));
    m_redo->setShortcuts(standardShortcuts(
        QKeySequence::Redo,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}));
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &EditActions::updateUndoTexts);
    connect(stack, &QUndoStack::cleanChanged, this, &EditActions::updateUndoTexts);

    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_moveToNext->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down));
    m_moveToPrevious->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up));
    m_addToIssue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_removeFromIssue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_newIssue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editIssue->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_merge, &QAction::triggered, this, &EditActions::merge);
    connect(m_split, &QAction::triggered, this, &EditActions::split);
    connect(m_moveToNext, &QAction::triggered, this, [this] { moveSentence(true); });
    connect(m_moveToPrevious, &QAction::triggered, this, [this] { moveSentence(false); });
    connect(m_addToIssue, &QAction::triggered, this, &EditActions::addToIssue);
    connect(m_removeFromIssue, &QAction::triggered, this, &EditActions::removeFromIssue);
    connect(m_newIssue, &QAction::triggered, this, &EditActions::newIssue);
    connect(m_editIssue, &QAction::triggered, this, &EditActions::editIssue);
    connect(m_deleteIssue, &QAction::triggered, this, &EditActions::deleteIssue);
    connect(m_sides, &QAction::triggered, this, &EditActions::editSides);
    connect(m_properties, &QAction::triggered, this, &EditActions::editProperties);

    // What can apply follows where the reader is and what the briefing holds.
    connect(m_state, &ReadingState::currentPassageChanged, this, &EditActions::updateActions);
    connect(m_state, &ReadingState::selectedPassagesChanged, this, &EditActions::updateActions);
    connect(m_state, &ReadingState::selectedIssueChanged, this, &EditActions::updateActions);
    connect(m_state, &ReadingState::highlightChanged, this, &EditActions::updateActions);
    connect(m_document, &BriefingDocument::changed, this, &EditActions::updateActions);
    retranslateUi();
}

QAction *EditActions::make(const char *name)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QString::fromLatin1(name));
    m_window->addAction(action);
    return action;
}

void EditActions::addTo(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_merge);
    menu->addAction(m_split);
    menu->addAction(m_moveToNext);
    menu->addAction(m_moveToPrevious);
    menu->addSeparator();
    menu->addAction(m_addToIssue);
    menu->addAction(m_removeFromIssue);
    m_evidenceMenu = menu->addMenu(QString());
    m_evidenceMenu->setObjectName(u"evidenceMenu"_s);
    connect(m_evidenceMenu, &QMenu::aboutToShow, this, &EditActions::rebuildEvidenceMenu);
    menu->addSeparator();
    menu->addAction(m_newIssue);
    menu->addAction(m_editIssue);
    menu->addAction(m_deleteIssue);
    menu->addSeparator();
    menu->addAction(m_sides);
    menu->addAction(m_properties);
    // Disabled entries cannot be highlighted in most styles, so their status tip never
    // shows; their tool tip says why they are disabled (QMenu shows tool tips of disabled
    // entries too).
    menu->setToolTipsVisible(true);
    retranslateUi();
}

void EditActions::retranslateUi()
{
    m_merge->setText(tr("&Merge Passage with Next"));
    m_split->setText(tr("S&plit Passage at Cursor"));
    m_moveToNext->setText(tr("Move Last Sentence to Ne&xt Passage"));
    m_moveToPrevious->setText(tr("Move First Sentence to Previous Passa&ge"));
    m_addToIssue->setText(tr("Add Passage to Selected &Issue", "issue: a topic of the talks"));
    m_removeFromIssue->setText(
        tr("Remo&ve Passage from Selected Issue", "issue: a topic of the talks"));
    m_newIssue->setText(tr("&New Issue from Passage…", "issue: a topic of the talks"));
    m_editIssue->setText(tr("Edi&t Selected Issue and Stances…", "issue: a topic of the talks"));
    m_deleteIssue->setText(tr("&Delete Selected Issue", "issue: a topic of the talks"));
    m_properties->setText(tr("Briefing Pr&operties…"));
    m_sides->setText(tr("&Sides…", "the parties to the talks"));
    if (m_evidenceMenu)
        m_evidenceMenu->setTitle(tr("Mark Passage as &Evidence of", "followed by a side's name"));
    // The sides' names in the new interface language.
    rebuildEvidenceMenu();
    updateUndoTexts();
    updateActions();
}

void EditActions::updateUndoTexts()
{
    const QUndoStack *stack = m_document->undoStack();
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo")
                                   : tr("&Undo %1", "%1: what the last change did").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo")
                                   : tr("&Redo %1", "%1: what the undone change did").arg(redo));
    setAvailable(m_undo, stack->canUndo() ? QString() : tr("There is nothing to undo."));
    setAvailable(m_redo, stack->canRedo() ? QString() : tr("There is nothing to redo."));
}

void EditActions::setAvailable(QAction *action, const QString &whyNot)
{
    action->setEnabled(whyNot.isEmpty());
    action->setStatusTip(whyNot);
    // An empty tool tip makes QAction show its text.
    action->setToolTip(whyNot);
}

void EditActions::updateActions()
{
    const Briefing &briefing = m_document->briefing();
    const int count = int(briefing.passages().size());
    const int passage = m_state->currentPassage();
    const PassageCaret caret = m_state->caret();
    const int issue = m_state->selectedIssue();
    const QList<int> targets = m_state->targetPassages();
    const QString noPassage = tr("Click a passage first.");
    const QString noIssue = tr("Select an issue in the list first.", "issue: a topic of the talks");

    setAvailable(m_merge,
                 passage < 0 ? noPassage
                     : passage + 1 >= count
                     ? tr("The last passage has none after it to merge with.")
                     : QString());

    QString splitProblem;
    // A caret at the very start or end of a passage points at no place inside it.
    const QString caretText = passage >= 0 && caret.isValid()
        ? briefing.passages().at(passage).text[std::size_t(caret.slot)]
        : QString();
    if (passage < 0 || !caret.isValid() || caret.offset <= 0
        || caret.offset >= PassageText::shown(caretText).size()) {
        splitProblem = tr("Click in the passage where it should be split.");
    } else if (PassageSplit::snap(caretText, PassageText::storedOffset(caretText, caret.offset))
               <= 0) {
        splitProblem = tr("This passage is a single word here: there is nowhere to split it.");
    }
    setAvailable(m_split, splitProblem);

    const auto moveProblem = [&](bool toNext) -> QString {
        if (passage < 0 || !caret.isValid())
            return tr("Click in the passage, in the language whose sentence should move.");
        if (toNext ? passage + 1 >= count : passage == 0)
            return toNext ? tr("The last passage has no next passage.")
                          : tr("The first passage has no previous passage.");
        if (briefing.passages().at(passage).text[std::size_t(caret.slot)].trimmed().isEmpty())
            return tr("This passage has no text in %1.", "%1: a language, named in itself")
                .arg(LanguageNames::nativeName(briefing.languages()[std::size_t(caret.slot)]));
        return {};
    };
    setAvailable(m_moveToNext, moveProblem(true));
    setAvailable(m_moveToPrevious, moveProblem(false));

    const Issue *selected = issue >= 0 ? &briefing.issues().at(issue) : nullptr;
    const auto isTagged = [selected](int target) {
        return selected
            && std::binary_search(selected->relevantPassages.cbegin(),
                                  selected->relevantPassages.cend(), target);
    };
    const auto isOwnPassage = [selected](int target) {
        return selected && selected->passages.contains(target);
    };
    setAvailable(m_addToIssue,
                 !selected               ? noIssue
                     : targets.isEmpty() ? noPassage
                     : std::all_of(targets.cbegin(), targets.cend(), isOwnPassage)
                     ? tr("Already part of the selected issue.", "issue: a topic of the talks")
                     : QString());
    setAvailable(m_removeFromIssue,
                 !selected               ? noIssue
                     : targets.isEmpty() ? noPassage
                     : std::none_of(targets.cbegin(), targets.cend(), isTagged)
                     ? tr("Not part of the selected issue.", "issue: a topic of the talks")
                     : QString());
    setAvailable(m_editIssue, selected ? QString() : noIssue);
    setAvailable(m_deleteIssue, selected ? QString() : noIssue);
    setAvailable(m_newIssue, {});
    setAvailable(m_sides, {});
    setAvailable(m_properties, {});
    const QString evidence = !selected ? noIssue
        : targets.isEmpty()            ? noPassage
        : briefing.sides().isEmpty()   ? tr("The briefing has no sides yet: add them "
                                              "with Edit › Sides….")
                                       : QString();
    if (m_evidenceMenu)
        setAvailable(m_evidenceMenu->menuAction(), evidence);
    if (m_evidenceActions.size() != briefing.sides().size())
        rebuildEvidenceMenu();
    for (QAction *action : std::as_const(m_evidenceActions))
        action->setEnabled(evidence.isEmpty());
}

bool EditActions::apply(const QString &description, const BriefingData &edited,
                        const DocumentFocus &after)
{
    return m_document->apply(description, edited, after);
}

void EditActions::merge()
{
    const int passage = m_state->currentPassage();
    DocumentFocus after = m_state->focus(); // the merged passage, the caret where it was
    if (apply(tr("Merge Passages"),
              BriefingEdits::mergeWithNext(m_document->briefing().data(), passage), after))
        Q_EMIT statusMessage(tr("Passages %1 and %2 merged.").arg(passage + 1).arg(passage + 2),
                             4000);
    else
        Q_EMIT statusMessage(
            tr("Passages %1 and %2 are too long to merge.").arg(passage + 1).arg(passage + 2),
            6000);
}

void EditActions::split()
{
    const int passage = m_state->currentPassage();
    const PassageCaret caret = m_state->caret();
    const Briefing &briefing = m_document->briefing();
    if (passage < 0 || !caret.isValid())
        return;
    const PassageSplit::Plan plan =
        PassageSplit::plan(briefing.passages().at(passage), caret.slot, caret.offset);
    if (!plan.isPossible())
        return;
    const QString id = briefing.passages().at(passage).id;
    const auto splitAs = [this, passage, id, slot = caret.slot](const PassageSplit::Plan &chosen) {
        const BriefingData split =
            BriefingEdits::splitPassage(m_document->briefing().data(), passage, chosen.cuts);
        // The reader stays on the first part, the caret where it was cut: at its end.
        DocumentFocus after;
        after.passageId = id;
        after.caretSlot = slot;
        after.caretOffset =
            int(PassageText::shown(split.passages.value(passage).text[std::size_t(slot)]).size());
        if (apply(tr("Split Passage"), split, after))
            Q_EMIT statusMessage(tr("Passage %1 split in two.").arg(passage + 1), 4000);
    };
    if (!plan.needsChoice()) {
        splitAs(plan);
        return;
    }
    auto *dialog = new SplitPassageDialog(briefing, passage, plan, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, splitAs] { splitAs(dialog->chosen()); });
    dialog->open();
}

void EditActions::moveSentence(bool toNext)
{
    const int passage = m_state->currentPassage();
    const int slot = m_state->caret().slot;
    const BriefingData &data = m_document->briefing().data();
    if (passage < 0 || slot < 0)
        return;
    const BriefingData moved = BriefingEdits::moveSentence(data, passage, slot, toNext);
    // The passage stays current; if the move emptied it, the one that took its sentence.
    DocumentFocus after;
    const Briefing result(moved);
    const QString id = data.passages.at(passage).id;
    after.passageId =
        result.passageIndex(id) >= 0 ? id : data.passages.at(passage + (toNext ? 1 : -1)).id;
    apply(tr("Move Sentence"), moved, after);
}

void EditActions::addToIssue()
{
    const QList<int> passages = m_state->targetPassages();
    const int issue = m_state->selectedIssue();
    if (passages.isEmpty() || issue < 0)
        return;
    if (apply(tr("Add Passage to Issue", "issue: a topic of the talks"),
              BriefingEdits::addPassagesToIssue(m_document->briefing().data(), issue, passages)))
        Q_EMIT statusMessage(tr("%n passage(s) added to the issue.", "issue: a topic of the talks",
                                int(passages.size())),
                             4000);
}

void EditActions::removeFromIssue()
{
    const QList<int> passages = m_state->targetPassages();
    const int issue = m_state->selectedIssue();
    if (passages.isEmpty() || issue < 0)
        return;
    apply(tr("Remove Passage from Issue", "issue: a topic of the talks"),
          BriefingEdits::removePassagesFromIssue(m_document->briefing().data(), issue, passages));
}

void EditActions::newIssue()
{
    // The issue is made only when the reader accepts the editor: Cancel leaves nothing.
    const Briefing &briefing = m_document->briefing();
    const QList<int> passages = m_state->targetPassages();
    // A title to replace, in the briefing's languages: document text, not interface text.
    static const QHash<QString, QString> newIssue{
        {u"ko"_s, u"새 쟁점"_s}, {u"ja"_s, u"新しい争点"_s}, {u"en"_s, u"New issue"_s}};
    LocalizedText placeholder;
    for (const QString &language : briefing.languages())
        placeholder.insert(language, newIssue.value(language.section(u'-', 0, 0)));
    if (placeholder.preferred({}).isEmpty())
        placeholder.insert(briefing.languages()[1], newIssue.value(u"en"_s));
    BriefingData draft = BriefingEdits::addIssue(briefing.data(), placeholder);
    const int index = int(draft.issues.size()) - 1;
    if (index < 0 || draft.issues.size() == briefing.issues().size())
        return;
    draft = BriefingEdits::addPassagesToIssue(draft, index, passages);
    auto *dialog = new IssueEditorDialog(Briefing(draft), index, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->askForTitle();
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        const BriefingData edited = dialog->edited();
        // Its id comes from the title the reader gave it ("export-controls").
        const Issue &made = edited.issues.at(index);
        BriefingData result = BriefingEdits::addIssue(m_document->briefing().data(), made.title);
        if (result.issues.size() != edited.issues.size())
            return;
        Issue &issue = result.issues.last();
        issue.passages = made.passages;
        issue.stances = made.stances;
        DocumentFocus after;
        after.issueId = issue.id;
        apply(tr("New Issue", "issue: a topic of the talks"), Briefing(result).data(), after);
    });
    dialog->open();
}

void EditActions::editIssue()
{
    const int issue = m_state->selectedIssue();
    if (issue < 0)
        return;
    auto *dialog = new IssueEditorDialog(m_document->briefing(), issue, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        apply(tr("Edit Issue", "issue: a topic of the talks"), dialog->edited());
    });
    dialog->open();
}

void EditActions::deleteIssue()
{
    const int issue = m_state->selectedIssue();
    if (issue < 0)
        return;
    const QString title =
        m_document->briefing().issues().at(issue).title.preferred(languagePreference(m_window));
    DocumentFocus after;
    after.issueId = QString(); // nothing selected; Undo selects it again
    if (apply(tr("Delete Issue", "issue: a topic of the talks"),
              BriefingEdits::removeIssue(m_document->briefing().data(), issue), after))
        Q_EMIT statusMessage(tr("Deleted “%1”. Edit › Undo brings it back.").arg(title), 6000);
}

void EditActions::rebuildEvidenceMenu()
{
    const Briefing &briefing = m_document->briefing();
    const QStringList preference = languagePreference(m_window);
    while (m_evidenceActions.size() < briefing.sides().size()) {
        const int side = int(m_evidenceActions.size());
        QAction *action = make("evidenceAction");
        if (side < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + side)));
        connect(action, &QAction::triggered, this, [this, side] { addEvidence(side); });
        m_evidenceActions.append(action);
    }
    if (m_evidenceMenu)
        m_evidenceMenu->clear();
    for (int side = 0; side < m_evidenceActions.size(); ++side) {
        QAction *action = m_evidenceActions.at(side);
        const bool exists = side < briefing.sides().size();
        action->setVisible(exists);
        if (!exists)
            continue;
        // Document text in a menu: "&" would become a mnemonic.
        const QString name = briefing.sides().at(side).name.preferred(preference);
        action->setText(PlainText::withoutMnemonic(name));
        // QAction's own tool tip is its text, which Qt would render as rich text.
        action->setToolTip(name.toHtmlEscaped());
        action->setObjectName(u"evidence-"_s + briefing.sides().at(side).id);
        if (m_evidenceMenu)
            m_evidenceMenu->addAction(action);
    }
}

void EditActions::addEvidence(int side)
{
    const QList<int> passages = m_state->targetPassages();
    const int issue = m_state->selectedIssue();
    if (passages.isEmpty() || issue < 0)
        return;
    apply(tr("Mark Evidence"),
          BriefingEdits::addEvidence(m_document->briefing().data(), issue, side, passages));
}

void EditActions::editSides()
{
    auto *dialog = new SidesDialog(m_document->briefing(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { apply(tr("Edit Sides"), dialog->edited()); });
    dialog->open();
}

void EditActions::editProperties()
{
    auto *dialog = new BriefingPropertiesDialog(m_document->briefing(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { apply(tr("Edit Briefing Properties"), dialog->edited()); });
    dialog->open();
}
