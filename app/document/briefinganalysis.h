#pragma once

#include "document/documentchange.h"
#include "review/translationreview.h"
#include "terms/termindex.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThreadPool;

// What the open briefing's texts say beyond their words: where the contested wordings occur
// (glossary and the briefing's own terms) and what the translation review finds. Owned by
// the document and shared by every view.
//
// Both are worked out on a pool thread after each change to the texts or the terms (at
// 100,000 passages they take more than a second): the window opens and edits at once, and
// the marks and panels follow when the results arrive (termsChanged, findingsChanged).
// Until then terms() and findings() are empty, never results of another version of the
// briefing. A change to the verdicts alone is applied at once.
class BriefingAnalysis final : public QObject
{
    Q_OBJECT

public:
    explicit BriefingAnalysis(const Briefing &briefing, QObject *parent = nullptr);
    ~BriefingAnalysis() override;

    const TermIndex &terms() const { return m_terms; }
    // Every finding, checked ones included, by passage.
    const QList<ReviewFinding> &findings() const { return m_findings; }
    // The findings not yet checked.
    int openFindings() const;
    // Whether terms() and findings() are those of the briefing as it is now.
    bool isReady() const { return m_ready; }
    // The threads the analysis runs on (for a benchmark to wait for them).
    static QThreadPool *pool();

    // Called by the document after the briefing changed, before views hear of it, and
    // after they have.
    void follow(const DocumentChange &change);
    void announce();

Q_SIGNALS:
    void termsChanged();
    void findingsChanged();

private:
    struct Result
    {
        TermIndex terms;
        QList<ReviewFinding> findings;
    };
    void start();
    void finish(int generation, const Result &result);

    const Briefing &m_briefing;
    TermIndex m_terms;
    QList<ReviewFinding> m_findings;
    bool m_ready = false;
    int m_generation = 0; // of the texts; a result of an older one is dropped
    // The generation being worked out, for the pool thread to skip older ones.
    std::shared_ptr<std::atomic_int> m_latest = std::make_shared<std::atomic_int>(0);
    bool m_restart = false; // after announce(): work out the new texts
    bool m_termsPending = false;
    bool m_findingsPending = false;
};
