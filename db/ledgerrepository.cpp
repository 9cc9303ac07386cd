#include "ledgerrepository.h"

namespace lingong {

Result<std::vector<StoredEntity>> LedgerRepository::list(const QDate& day, const QString& kind,
                                                         int limit) const
{
    return list(day, day, kind, limit);
}

Result<std::vector<StoredEntity>> LedgerRepository::list(const QDate& from, const QDate& to,
                                                         const QString& kind, int limit) const
{
    const EntitySpec& spec = entities::worklog();
    const QString a = from.isValid() ? from.toString(Qt::ISODate) : QString();
    const QString b = to.isValid() ? to.toString(Qt::ISODate) : QString();
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM worklog WHERE deleted = 0 AND (? = '' OR day >= ?) AND "
                       "(? = '' OR day <= ?) AND (? = '' OR kind = ?) ORDER BY at DESC, id "
                       "LIMIT ?")
            .arg(EntityStore::selectColumns(spec)),
        {a, a, b, b, kind, kind, limit});
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<std::map<QString, int>> LedgerRepository::countsByKind(const QDate& day) const
{
    return countsByKind(day, day);
}

Result<std::map<QString, int>> LedgerRepository::countsByKind(const QDate& from,
                                                              const QDate& to) const
{
    auto q = m_store.database().exec(
        QStringLiteral("SELECT kind, COUNT(*) FROM worklog WHERE deleted = 0 AND day >= ? AND "
                       "day <= ? AND struck_reason = '' GROUP BY kind"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    std::map<QString, int> out;
    while (q.value().next())
        out[q.value().value(0).toString()] = q.value().value(1).toInt();
    return out;
}

} // namespace lingong
