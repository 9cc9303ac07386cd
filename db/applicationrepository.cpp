#include "applicationrepository.h"

namespace lingong {

Result<std::vector<StoredEntity>> ApplicationRepository::select(const QString& where,
                                                                const QVariantList& values,
                                                                int limit,
                                                                const QString& order) const
{
    const EntitySpec& spec = entities::application();
    QVariantList bound = values;
    bound << limit;
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM application WHERE deleted = 0 AND (%2) "
                       "ORDER BY %3 LIMIT ?")
            .arg(EntityStore::selectColumns(spec), where, order),
        bound);
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<bool> ApplicationRepository::confirmationTaken(const QString& confirmationNo) const
{
    auto n = m_store.database().scalar(
        QStringLiteral("SELECT COUNT(*) FROM application WHERE confirmation_no = ?"),
        {confirmationNo});
    if (!n.ok())
        return n.error();
    return n.value().toInt() > 0;
}

Result<std::optional<StoredEntity>> ApplicationRepository::findActive(const QString& jobId,
                                                                      const QString& phone) const
{
    auto rows = select(QStringLiteral("job_id = ? AND phone = ? AND status <> 'cancelled'"),
                       {jobId, phone}, 1);
    if (!rows.ok())
        return rows.error();
    if (rows.value().empty())
        return std::optional<StoredEntity>();
    return std::optional<StoredEntity>(rows.value().front());
}

Result<std::optional<StoredEntity>>
ApplicationRepository::findByConfirmation(const QString& confirmationNo) const
{
    auto rows = select(QStringLiteral("confirmation_no = ?"), {confirmationNo.trimmed()}, 1);
    if (!rows.ok())
        return rows.error();
    if (rows.value().empty())
        return std::optional<StoredEntity>();
    return std::optional<StoredEntity>(rows.value().front());
}

Result<std::vector<StoredEntity>> ApplicationRepository::list(const QStringList& statuses,
                                                              int limit) const
{
    if (statuses.isEmpty())
        return select(QStringLiteral("1"), {}, limit);
    QStringList marks;
    QVariantList values;
    for (const QString& s : statuses) {
        marks << QStringLiteral("?");
        values << s;
    }
    return select(QStringLiteral("status IN (%1)").arg(marks.join(QLatin1Char(','))), values,
                  limit);
}

Result<std::vector<StoredEntity>> ApplicationRepository::forSeeker(const QString& seekerId) const
{
    return select(QStringLiteral("seeker_id = ?"), {seekerId}, 500);
}

Result<std::vector<StoredEntity>> ApplicationRepository::ofPerson(const QString& seekerId,
                                                                  const QString& phone) const
{
    return select(QStringLiteral("seeker_id = ? OR (seeker_id = '' AND phone <> '' AND phone = ?)"),
                  {seekerId, phone}, 100000);
}

Result<std::vector<StoredEntity>> ApplicationRepository::forJob(const QString& jobId) const
{
    return select(QStringLiteral("job_id = ?"), {jobId}, 500);
}

Result<int> ApplicationRepository::unpaidHires(const QString& employerId) const
{
    auto r = employerId.isEmpty()
                 ? m_store.database().scalar(
                       QStringLiteral("SELECT COUNT(*) FROM application WHERE deleted = 0 AND "
                                      "status = 'hired' AND pay_settled = 'unsettled'"))
                 : m_store.database().scalar(
                       QStringLiteral("SELECT COUNT(*) FROM application a JOIN job j ON j.id = "
                                      "a.job_id WHERE a.deleted = 0 AND a.status = 'hired' AND "
                                      "a.pay_settled = 'unsettled' AND j.employer_id = ?"),
                       {employerId});
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<std::vector<StoredEntity>> ApplicationRepository::followUpsOwed(const QString& before,
                                                                       int limit) const
{
    return select(QStringLiteral("status = 'hired' AND pay_settled = '' AND outcome_at <> '' AND "
                                 "outcome_at < ?"),
                  {before}, limit, QStringLiteral("outcome_at, id"));
}

Result<std::vector<StoredEntity>> ApplicationRepository::unpaidPlacements(int limit) const
{
    // Newest said first: the one the clerk has just been told of is at the top.
    return select(QStringLiteral("status = 'hired' AND pay_settled = 'unsettled'"), {}, limit,
                  QStringLiteral("pay_checked_at DESC, id"));
}

} // namespace lingong
