#include "displayfeedloader.h"

namespace lingong {

DisplayFeedLoader::DisplayFeedLoader(Terminal& terminal, QObject* parent)
    : QObject(parent)
    , m_terminal(terminal)
    , m_feed(terminal)
{
    m_thread.setObjectName(QStringLiteral("display-feed"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

DisplayFeedLoader::~DisplayFeedLoader()
{
    // The read thread opened its own connection to the store; close it there (a connection may
    // only be used, and closed, by its thread). Queued after any read in progress.
    const Database& db = m_terminal.database();
    QMetaObject::invokeMethod(
        m_context, [&db] { db.closeThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DisplayFeedLoader::request(bool withStatistics)
{
    if (m_running) {
        m_pending = true;
        m_pendingStatistics = m_pendingStatistics || withStatistics;
        return;
    }
    start(withStatistics);
}

void DisplayFeedLoader::start(bool withStatistics)
{
    m_running = true;
    QMetaObject::invokeMethod(
        m_context,
        [this, withStatistics] {
            Result<DisplaySnapshot> result = m_feed.load(withStatistics);
            // Back on the GUI thread; dropped by Qt if the loader is gone by then (it cannot be:
            // its destructor waits for this thread).
            QMetaObject::invokeMethod(
                this, [this, result = std::move(result)] { finish(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DisplayFeedLoader::finish(const Result<DisplaySnapshot>& result)
{
    m_running = false;
    if (result.ok()) {
        emit loaded(std::make_shared<const DisplaySnapshot>(result.value()));
    } else {
        qCWarning(lcDisplayFeed) << "display read failed:" << result.error().code;
        emit failed(result.error().message);
    }
    if (m_pending) {
        const bool stats = m_pendingStatistics;
        m_pending = false;
        m_pendingStatistics = false;
        start(stats);
    }
}

} // namespace lingong
