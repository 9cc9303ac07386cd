#include "terminal.h"

namespace lingong {

Terminal::Terminal(Config config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
{}

Terminal::~Terminal() = default;

Status Terminal::open(const QString& dbPath, Mode mode)
{
    m_mode = mode;
    if (Status st = m_db.open(dbPath); !st.ok())
        return st;
    m_syncState = std::make_unique<SyncState>(m_db);
    QString deviceId = m_config.deviceId;
    if (deviceId.isEmpty()) {
        auto id = m_syncState->deviceId(OptionParser::modeName(mode));
        if (!id.ok())
            return id.error();
        deviceId = id.value();
    }
    m_store = std::make_unique<EntityStore>(m_db, m_clock, deviceId);
    m_jobs = std::make_unique<JobRepository>(*m_store);
    m_reference = std::make_unique<ReferenceData>(m_db);
    m_audit = std::make_unique<AuditLog>(m_db, m_clock);
    return m_reference->ensureLoaded();
}

} // namespace lingong
