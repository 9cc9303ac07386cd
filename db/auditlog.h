#pragma once

#include "clock.h"
#include "database.h"

#include <vector>

namespace lingong {

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString detail; // never personal data in clear
};

// Append-only log of who changed what, when. Local to this terminal (not synced).
class AuditLog final
{
public:
    AuditLog(const Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Joins the caller's transaction when one is open, so the row lands with the change it logs.
    Status append(const QString& actor, const QString& action, const QString& entity = {},
                  const QString& entityId = {}, const QString& detail = {}) const;
    Result<std::vector<AuditEntry>> recent(int limit = 100) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};

} // namespace lingong
