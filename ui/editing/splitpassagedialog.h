#pragma once

#include "document/passagesplit.h"
#include "model/briefing.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

// Asked when a passage is split in one language and the matching point in the other cannot
// be found: where does the other language's text go? All of it with the first part, all of
// it with the second, or cut after one of its sentences. Nothing is left empty unless the
// reader chooses so here.
class SplitPassageDialog final : public QDialog
{
    Q_OBJECT

public:
    SplitPassageDialog(const Briefing &briefing, int passage, const PassageSplit::Plan &plan,
                       QWidget *parent = nullptr);

    // The plan with the other language's cut as chosen.
    PassageSplit::Plan chosen() const;
    // The choices in order: 0 all with the first part, 1 all with the second, then one per
    // sentence boundary of the other language.
    int choiceCount() const;
    void choose(int choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Briefing m_briefing;
    int m_passage;
    PassageSplit::Plan m_plan;
    QLabel *m_question;
    QLabel *m_firstPart;
    QLabel *m_secondPart;
    QLabel *m_firstCaption;
    QLabel *m_secondCaption;
    QButtonGroup *m_choices;
    QDialogButtonBox *m_buttons;
};
