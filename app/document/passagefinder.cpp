#include "document/passagefinder.h"

#include "model/passagetext.h"

#include <QElapsedTimer>

#include <utility>

namespace {
// Appends the matches in one passage's two texts.
void findIn(const Passage &passage, int index, const QString &needle, QList<TextMatch> &matches)
{
    for (int slot = 0; slot < 2; ++slot) {
        const QString &stored = passage.text[std::size_t(slot)];
        if (stored.isEmpty())
            continue;
        // Most passages hold no match: look in the stored text before making the shown one
        // (they differ only in white space, which a trimmed needle has none of at its ends).
        if (!stored.contains(needle, Qt::CaseInsensitive) && !stored.contains(u'\n')
            && !stored.contains(u'\r'))
            continue;
        const QString shown = PassageText::shown(stored);
        for (qsizetype from = 0; (from = shown.indexOf(needle, from, Qt::CaseInsensitive)) >= 0;
             from += needle.size())
            matches.append({index, slot, int(from), int(needle.size())});
    }
}
} // namespace

PassageFinder::PassageFinder(QObject *parent)
    : QObject(parent)
{
    // One thread: a cancelled search notices within a passage and makes way for the next.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(30'000);
}

PassageFinder::~PassageFinder()
{
    cancel();
    m_pool.waitForDone();
}

void PassageFinder::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
    ++m_search;
    m_matches.clear();
    m_finished = true;
}

void PassageFinder::start(const Briefing &briefing, const QString &text)
{
    cancel();
    const QString needle = PassageText::shown(text);
    if (needle.isEmpty())
        return;
    const QList<Passage> &passages = briefing.passages();
    const int count = int(passages.size());
    int next = 0;
    QElapsedTimer clock;
    clock.start();
    for (; next < count && (next % 64 != 0 || clock.elapsed() < synchronousMilliseconds); ++next)
        findIn(passages.at(next), next, needle, m_matches);
    if (next == count)
        return;

    // The rest on the finder's thread, from a copy of the briefing: it shares the passages
    // with the document, and an edit meanwhile detaches the document's, not these.
    m_finished = false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_pool.start(
        [this, snapshot = briefing, needle, next, search = m_search, cancelled = m_cancelled] {
            const QList<Passage> &all = snapshot.passages();
            QList<TextMatch> batch;
            bool delivered = false;
            QElapsedTimer sinceBatch;
            sinceBatch.start();
            for (int index = next; index < all.size(); ++index) {
                if (cancelled->load(std::memory_order_relaxed))
                    return;
                findIn(all.at(index), index, needle, batch);
                // The first matches at once, then a batch a frame at most: each batch repaints.
                if (!batch.isEmpty() && (!delivered || sinceBatch.elapsed() >= 16)) {
                    deliver(search, std::exchange(batch, {}), false);
                    delivered = true;
                    sinceBatch.restart();
                }
            }
            if (!cancelled->load())
                deliver(search, batch, true);
        });
}

void PassageFinder::deliver(quint64 search, const QList<TextMatch> &batch, bool last)
{
    // Called on the finder's thread; the matches are added on the finder's own, unless a
    // newer search has begun by then. Queued to `this`: dropped if the finder is gone.
    QMetaObject::invokeMethod(
        this,
        [this, search, batch, last] {
            if (search != m_search)
                return;
            m_matches.append(batch);
            if (last)
                m_finished = true;
            if (!batch.isEmpty())
                Q_EMIT matchesAdded();
            if (last)
                Q_EMIT finished();
        },
        Qt::QueuedConnection);
}
