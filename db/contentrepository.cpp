#include "contentrepository.h"

namespace lingong {

Result<std::vector<StoredEntity>> ContentRepository::list(const QString& kind) const
{
    const EntitySpec& spec = entities::content();
    auto q = m_store.database().exec(
        QStringLiteral(
            "SELECT %1 FROM content WHERE deleted = 0 AND (? = '' OR kind = ?) "
            "ORDER BY CASE kind WHEN 'urgent' THEN 0 WHEN 'notice' THEN 1 "
            "WHEN 'policy' THEN 2 WHEN 'training' THEN 3 WHEN 'institution' THEN 4 "
            "WHEN 'business' THEN 5 WHEN 'rights' THEN 6 WHEN 'market' THEN 7 ELSE 8 END, "
            "kind, sort_order, title, id")
            .arg(EntityStore::selectColumns(spec)),
        {kind, kind});
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

bool ContentRepository::hasStarted(const QJsonObject& content, const QDate& today)
{
    // A notice or a policy with a start stays until its end date (valid_until).
    if (content.value(QLatin1String("kind")).toString() != QLatin1String("training"))
        return false;
    const QString start =
        content.value(QLatin1String("extra")).toObject().value(QLatin1String("start")).toString();
    const QDate day = QDate::fromString(start.trimmed(), Qt::ISODate);
    return day.isValid() && day < today;
}

} // namespace lingong
