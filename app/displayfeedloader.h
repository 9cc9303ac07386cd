#pragma once

#include "displayfeed.h"

#include <QObject>
#include <QThread>

namespace lingong {

// Runs DisplayFeed::load on a thread of its own, so the wall screen keeps animating and switching
// pages while the store is read (a month of statistics in a large store takes a while).
//
// Lives on the GUI thread; loaded() and failed() are emitted there. The terminal must outlive
// the loader. Destroying the loader waits for a read in progress.
class DisplayFeedLoader final : public QObject
{
    Q_OBJECT
public:
    explicit DisplayFeedLoader(Terminal& terminal, QObject* parent = nullptr);
    ~DisplayFeedLoader() override;

    // Asks for a read. A request while one runs is remembered and served right after it (several
    // requests merge into one read, with statistics if any of them asked for them).
    void request(bool withStatistics);
    // A read is running or queued.
    bool busy() const { return m_running || m_pending; }

signals:
    void loaded(lingong::DisplaySnapshotPtr snapshot);
    void failed(const QString& message);

private:
    void start(bool withStatistics);
    void finish(const Result<DisplaySnapshot>& result);

    Terminal& m_terminal;
    DisplayFeed m_feed;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    bool m_running = false;
    bool m_pending = false;
    bool m_pendingStatistics = false;
};

} // namespace lingong
