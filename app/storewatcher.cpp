#include "storewatcher.h"

#include "entitystore.h"

namespace lingong {

StoreWatcher::StoreWatcher(const Database& db, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_generation(EntityStore::generation())
    , m_dataVersion(dataVersion())
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
    m_timer.start();
}

qint64 StoreWatcher::dataVersion() const
{
    return m_db.dataVersion();
}

void StoreWatcher::poll()
{
    const quint64 generation = EntityStore::generation();
    const qint64 version = dataVersion();
    if (generation != m_generation || version != m_dataVersion) {
        m_generation = generation;
        m_dataVersion = version;
        emit changed();
    }
}

} // namespace lingong
