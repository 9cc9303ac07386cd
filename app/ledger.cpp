#include "ledger.h"

namespace lingong {

Result<QString> Ledger::record(const QString& kind, const QString& summary, const QString& staff,
                               const QString& refEntity, const QString& refId)
{
    const QDateTime now = m_store.clock().now();
    const QString id = EntityStore::newId();
    QJsonObject o;
    o.insert(QStringLiteral("at"), Clock::toWire(now));
    o.insert(QStringLiteral("day"), m_store.clock().today().toString(Qt::ISODate));
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("summary"), summary);
    o.insert(QStringLiteral("staff"), staff);
    o.insert(QStringLiteral("ref_entity"), refEntity);
    o.insert(QStringLiteral("ref_id"), refId);
    auto saved = m_store.save(entities::worklog(), id, o);
    if (!saved.ok())
        return saved.error();
    return id;
}

} // namespace lingong
