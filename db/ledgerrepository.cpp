#include "ledgerrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lingong {

namespace {

// An employer's registration is kept as kind `registration` like a seeker's; it is counted and
// filtered apart as `employer_registration`, so that a month's registrations are its seekers.
const char* const kKind = "(CASE WHEN kind = 'registration' AND ref_entity = 'employer' THEN "
                          "'employer_registration' ELSE kind END)";

} // namespace

QString LedgerRepository::kindOf(const QJsonObject& entry)
{
    const QString kind = entry.value(QLatin1String("kind")).toString();
    return kind == QLatin1String("registration") &&
                   entry.value(QLatin1String("ref_entity")).toString() == QLatin1String("employer")
               ? QStringLiteral("employer_registration")
               : kind;
}

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
                       "(? = '' OR day <= ?) AND (? = '' OR %2 = ?) ORDER BY at DESC, id "
                       "LIMIT ?")
            .arg(EntityStore::selectColumns(spec), QLatin1String(kKind)),
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
        QStringLiteral("SELECT %1 AS k, COUNT(*) FROM worklog WHERE deleted = 0 AND day >= ? "
                       "AND day <= ? AND struck_reason = '' GROUP BY k")
            .arg(QLatin1String(kKind)),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    std::map<QString, int> out;
    while (q.value().next())
        out[q.value().value(0).toString()] = q.value().value(1).toInt();
    return out;
}

Result<std::optional<StoredEntity>> LedgerRepository::latestAbout(const QString& refEntity,
                                                                  const QString& refId,
                                                                  const QStringList& kinds,
                                                                  const QString& since) const
{
    const EntitySpec& spec = entities::worklog();
    auto q = m_store.database().exec(
        QStringLiteral(
            "SELECT %1 FROM worklog WHERE deleted = 0 AND ref_entity = ? AND ref_id = ? "
            "AND struck_reason = '' AND at >= ? AND kind IN (SELECT value FROM json_each(?)) "
            "ORDER BY at DESC, rowid DESC LIMIT 1")
            .arg(EntityStore::selectColumns(spec)),
        {refEntity, refId, since,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(kinds)).toJson(QJsonDocument::Compact))});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<StoredEntity>();
    return std::optional<StoredEntity>(EntityStore::fromRow(spec, q.value()));
}

} // namespace lingong
