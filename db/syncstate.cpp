#include "syncstate.h"

#include <QUuid>

namespace lingong {

Result<int> SyncState::pendingCount() const
{
    auto r = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<int> SyncState::rejectedCount() const
{
    auto r = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'rejected'"));
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<int> SyncState::conflictCount() const
{
    auto r =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE resolved_at = ''"));
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<qint64> SyncState::lastOutboxSeq() const
{
    auto r = m_db.scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"));
    if (!r.ok())
        return r.error();
    return r.value().toLongLong();
}

Result<std::vector<OutboxChange>> SyncState::select(const QString& where,
                                                    const QVariantList& values) const
{
    auto r = m_db.exec(QStringLiteral("SELECT seq, change_id, entity, entity_id, op, base_seq, "
                                      "modified_at, origin, data, state, attempts, last_error "
                                      "FROM outbox WHERE %1")
                           .arg(where),
                       values);
    if (!r.ok())
        return r.error();
    std::vector<OutboxChange> out;
    while (r.value().next()) {
        const QSqlQuery& q = r.value();
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                       q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                       q.value(9).toString(), q.value(10).toInt(), q.value(11).toString()});
    }
    return out;
}

Result<std::vector<OutboxChange>> SyncState::pending(int limit) const
{
    return select(QStringLiteral("state = 'pending' ORDER BY seq LIMIT ?"), {limit});
}

Result<std::vector<OutboxChange>> SyncState::rejected() const
{
    return select(QStringLiteral("state = 'rejected' ORDER BY seq"), {});
}

Result<QString> SyncState::value(const QString& key, const QString& fallback) const
{
    auto r = m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!r.ok())
        return r.error();
    return r.value().isValid() ? r.value().toString() : fallback;
}

Status SyncState::setValue(const QString& key, const QString& value) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!r.ok())
        return r.error();
    return {};
}

Result<QString> SyncState::deviceId(const QString& prefix) const
{
    auto existing = value(QStringLiteral("device_id"));
    if (!existing.ok())
        return existing.error();
    if (!existing.value().isEmpty())
        return existing.value();
    const QString id =
        prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto r = m_db.exec(
        QStringLiteral("INSERT OR IGNORE INTO sync_state(key, value) VALUES('device_id', ?)"),
        {id});
    if (!r.ok())
        return r.error();
    return value(QStringLiteral("device_id"));
}

} // namespace lingong
