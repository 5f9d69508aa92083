#pragma once

#include <QWidget>

class BriefingDocument;
class QCheckBox;
class QLabel;
class QListView;
class WrappedLabel;
class QPushButton;
struct ReviewFinding;

// The translation review: where a passage's two language versions say different things
// (a number, a wording, a name, an omission), one entry per finding in document order.
// Choosing one brings its passage into view in both panes, outlined; Mark Checked records
// the reader's verdict with an optional note in the briefing (undoable, saved with it), so
// the finding stops showing. All text is plain text.
class ReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(BriefingDocument *document, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    // The entries shown, and the finding an entry stands for (an index into
    // BriefingAnalysis::findings()).
    int count() const;
    int findingAt(int row) const;
    // Records a verdict on the chosen finding (no dialog when `note` is given), or takes
    // it back for a checked one.
    void markChecked(const QString &note);
    void uncheck();

Q_SIGNALS:
    // The number of findings not yet checked, for the tab's title.
    void openCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void chosen();
    void showCurrent();
    void askAndMarkChecked();
    const ReviewFinding *currentFinding() const;

    BriefingDocument *m_document;
    QLabel *m_summary;
    QCheckBox *m_showChecked;
    class FindingsModel;
    QListView *m_list;
    FindingsModel *m_model;
    WrappedLabel *m_detail;
    QString m_shownKey; // passage id and key of the finding shown, while the review reruns
    QPushButton *m_check;
};
