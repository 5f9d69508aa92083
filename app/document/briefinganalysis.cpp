#include "document/briefinganalysis.h"

#include "files/releasememory.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <utility>

BriefingAnalysis::BriefingAnalysis(const Briefing &briefing, QObject *parent)
    : QObject(parent)
    , m_briefing(briefing)
{
    // The document starts with an empty briefing; there is nothing to work out yet.
    m_ready = true;
}

BriefingAnalysis::~BriefingAnalysis()
{
    // A result still being worked out finds the object gone (QPointer) and is dropped.
}

int BriefingAnalysis::openFindings() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [](const ReviewFinding &f) { return !f.checked; }));
}

void BriefingAnalysis::follow(const DocumentChange &change)
{
    using Part = DocumentChange::Part;
    // Side names and colours, titles and stances change nothing found; the languages,
    // passages, terms and which sides there are do.
    const bool texts = change.touches(Part::Passages) || change.touches(Part::Terms)
        || change.touches(Part::Properties) || change.touches(Part::Sides);
    if (texts) {
        // The old results index passages that may have moved: gone before anyone asks.
        ++m_generation;
        m_terms = TermIndex();
        m_findings.clear();
        m_ready = false;
        m_restart = true;
        m_termsPending = m_findingsPending = true;
    } else if (change.touches(Part::Reviews)) {
        TranslationReview::markChecked(m_findings, m_briefing);
        m_findingsPending = true;
    }
}

void BriefingAnalysis::announce()
{
    if (std::exchange(m_termsPending, false))
        Q_EMIT termsChanged();
    if (std::exchange(m_findingsPending, false))
        Q_EMIT findingsChanged();
    if (std::exchange(m_restart, false))
        start();
}

namespace {
// One thread at the lowest priority (SCHED_IDLE on Linux): the analysis uses the time the
// reader's work leaves, never slows a scroll or an edit, and runs one version at a time.
QThreadPool &analysisPool()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool(QCoreApplication::instance());
        threads->setMaxThreadCount(1);
        threads->setThreadPriority(QThread::IdlePriority);
        return threads;
    }();
    return *pool;
}
} // namespace

QThreadPool *BriefingAnalysis::pool()
{
    return &analysisPool();
}

void BriefingAnalysis::start()
{
    // A copy shares the briefing's immutable data: the pool thread reads it while the
    // document moves on.
    const Briefing briefing = m_briefing;
    const int generation = m_generation;
    m_latest->store(generation);
    const QPointer<BriefingAnalysis> self(this);
    analysisPool().start([briefing, generation, self, latest = m_latest] {
        // Edits in quick succession queue versions that are already out of date.
        if (latest->load() != generation)
            return;
        Result result;
        result.terms = TermIndex(briefing);
        if (latest->load() != generation)
            return;
        result.findings = TranslationReview::run(briefing, result.terms);
        // Delivered by the application object, which outlives every window, and checked on
        // the main thread: the analysis may be gone by then (its window closed).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result = std::move(result)] {
                if (self)
                    self->finish(generation, result);
            },
            Qt::QueuedConnection);
        // The matching's and the review's temporaries, freed in this thread's arena.
        releaseFreeMemory();
    });
}

void BriefingAnalysis::finish(int generation, const Result &result)
{
    if (generation != m_generation)
        return; // the texts changed again; a newer result is on its way
    m_terms = result.terms;
    m_findings = result.findings;
    // Verdicts given while the work ran apply to it too.
    TranslationReview::markChecked(m_findings, m_briefing);
    m_ready = true;
    Q_EMIT termsChanged();
    Q_EMIT findingsChanged();
}
