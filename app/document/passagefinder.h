#pragma once

#include "model/briefing.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

// One match of the find text: where it is in a passage's shown text.
struct TextMatch
{
    int passage = -1;
    int slot = 0;
    int offset = 0; // in the passage's shown text
    int length = 0;
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

// Every case-insensitive match of a text in both languages of a briefing, in reading order
// (by passage, then language slot). What a few milliseconds' scan finds is there when
// start() returns, which is all of it for most briefings; the rest is found on a thread of
// the finder's own and handed over in batches, so typing in the find bar never waits for a
// long briefing. Starting again, cancel() or the finder's end stops the search under way.
class PassageFinder final : public QObject
{
    Q_OBJECT

public:
    explicit PassageFinder(QObject *parent = nullptr);
    ~PassageFinder() override;

    void start(const Briefing &briefing, const QString &text);
    void cancel(); // and forget the matches
    const QList<TextMatch> &matches() const { return m_matches; }
    bool isFinished() const { return m_finished; }

    // How long start() scans on the caller's thread before handing the rest over.
    static constexpr int synchronousMilliseconds = 4;

Q_SIGNALS:
    // More matches at the end of matches(), found on the finder's thread.
    void matchesAdded();
    // The search reached the end of the briefing.
    void finished();

private:
    void deliver(quint64 search, const QList<TextMatch> &batch, bool last);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    quint64 m_search = 0; // counts the searches started, to drop a cancelled one's batches
    QList<TextMatch> m_matches;
    bool m_finished = true;
};
