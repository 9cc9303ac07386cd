#include "complaintrepository.h"

namespace lingong {

Result<std::vector<StoredEntity>> ComplaintRepository::list(bool includeClosed, int limit) const
{
    const EntitySpec& spec = entities::complaint();
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM complaint WHERE deleted = 0 AND (? OR status = 'open') "
                       "ORDER BY status = 'closed', CASE WHEN status = 'open' THEN deadline END, "
                       "created_at DESC LIMIT ?")
            .arg(EntityStore::selectColumns(spec)),
        {includeClosed, limit});
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<std::vector<StoredEntity>> ComplaintRepository::withPhone(const QString& phone) const
{
    std::vector<StoredEntity> out;
    if (phone.isEmpty())
        return out;
    const EntitySpec& spec = entities::complaint();
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM complaint WHERE deleted = 0 AND phone = ?")
            .arg(EntityStore::selectColumns(spec)),
        {phone});
    if (!q.ok())
        return q.error();
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<std::vector<StoredEntity>>
ComplaintRepository::aboutPlacement(const QString& applicationId) const
{
    std::vector<StoredEntity> out;
    if (applicationId.isEmpty())
        return out;
    const EntitySpec& spec = entities::complaint();
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM complaint WHERE deleted = 0 AND application_id = ? AND "
                       "application_id <> '' ORDER BY status = 'closed', created_at DESC")
            .arg(EntityStore::selectColumns(spec)),
        {applicationId});
    if (!q.ok())
        return q.error();
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<ComplaintRepository::AboutEmployer>
ComplaintRepository::aboutEmployer(const QString& employerId) const
{
    AboutEmployer out;
    if (employerId.isEmpty())
        return out;
    auto q = m_store.database().exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status = 'open'), 0) FROM complaint "
                       "WHERE deleted = 0 AND employer_id = ?"),
        {employerId});
    if (!q.ok())
        return q.error();
    if (q.value().next()) {
        out.all = q.value().value(0).toInt();
        out.open = q.value().value(1).toInt();
    }
    return out;
}

} // namespace lingong
