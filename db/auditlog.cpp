#include "auditlog.h"

namespace lingong {

Status AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QString& detail) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id, "
                                      "detail) VALUES(?, ?, ?, ?, ?, ?)"),
                       {Clock::toWire(m_clock.now()), actor, action, entity, entityId, detail});
    if (!r.ok())
        return r.error();
    return {};
}

Result<std::vector<AuditEntry>> AuditLog::recent(int limit) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail "
                                      "FROM audit_log ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!r.ok())
        return r.error();
    std::vector<AuditEntry> out;
    while (r.value().next()) {
        const QSqlQuery& q = r.value();
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString()});
    }
    return out;
}

} // namespace lingong
