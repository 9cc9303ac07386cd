#include "tieredrepository.h"

namespace lingong {

Result<std::vector<StoredEntity>> TieredRepository::forSeeker(const QString& seekerId) const
{
    const EntitySpec& spec = entities::serviceRecord();
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM service_record WHERE deleted = 0 AND seeker_id = ? "
                       "ORDER BY at, id")
            .arg(EntityStore::selectColumns(spec)),
        {seekerId});
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<std::map<QString, int>> TieredRepository::countsBySeeker(const QString& seekerId) const
{
    auto q = m_store.database().exec(
        QStringLiteral("SELECT kind, COUNT(*) FROM service_record WHERE deleted = 0 AND "
                       "seeker_id = ? GROUP BY kind"),
        {seekerId});
    if (!q.ok())
        return q.error();
    std::map<QString, int> out;
    while (q.value().next())
        out[q.value().value(0).toString()] = q.value().value(1).toInt();
    return out;
}

} // namespace lingong
