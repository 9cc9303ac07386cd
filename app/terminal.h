#pragma once

#include "auditlog.h"
#include "clock.h"
#include "config.h"

#include "database.h"
#include "entitystore.h"
#include "jobrepository.h"
#include "options.h"
#include "referencedata.h"
#include "syncstate.h"
#include <QStringList>

#include <memory>

namespace lingong {

// Everything one running terminal shares: its config, clock and store, and the repositories over
// it. Modes and tests build one and hand references down; nothing here is a global.
class Terminal final
{
public:
    Terminal(Config config, const Clock& clock);
    ~Terminal();

    // Opens (and migrates) the store, loads the reference lists and fixes the device id
    // ("<mode>-xxxxxxxx" unless the config names one).
    Status open(const QString& dbPath, Mode mode);

    const Config& config() const { return m_config; }
    // What was wrong with the configuration and the lists it names when the program started
    // (each a sentence, already translated): the window shows it to staff.
    const QStringList& startupProblems() const { return m_startupProblems; }
    void setStartupProblems(QStringList problems) { m_startupProblems = std::move(problems); }
    const Clock& clock() const { return m_clock; }
    Mode mode() const { return m_mode; }
    Database& database() { return m_db; }
    EntityStore& store() { return *m_store; }
    const JobRepository& jobs() const { return *m_jobs; }
    const ReferenceData& reference() const { return *m_reference; }
    const AuditLog& audit() const { return *m_audit; }
    const SyncState& syncState() const { return *m_syncState; }

private:
    Config m_config;
    QStringList m_startupProblems;
    const Clock& m_clock;
    Mode m_mode = Mode::Kiosk;
    Database m_db;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<ReferenceData> m_reference;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SyncState> m_syncState;
};

} // namespace lingong
