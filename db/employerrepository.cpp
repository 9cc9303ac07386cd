#include "employerrepository.h"

namespace lingong {

Result<std::vector<StoredEntity>> EmployerRepository::search(const QString& text, Filter filter,
                                                             int limit) const
{
    const EntitySpec& spec = entities::employer();
    QStringList where{QStringLiteral("deleted = 0")};
    QVariantList values;
    const QString t = text.trimmed();
    if (!t.isEmpty()) {
        where << QStringLiteral(
            "(instr(name, ?) > 0 OR instr(credit_code, upper(?)) > 0 OR instr(contact_phone, ?) > "
            "0)");
        values << t << t << t;
    }
    if (filter == Filter::Unverified)
        where << QStringLiteral("verification <> 'verified' AND blacklisted = 0");
    else if (filter == Filter::Blacklisted)
        where << QStringLiteral("blacklisted = 1");
    values << limit;
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM employer WHERE %2 ORDER BY name, id LIMIT ?")
            .arg(EntityStore::selectColumns(spec), where.join(QLatin1String(" AND "))),
        values);
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<std::optional<StoredEntity>>
EmployerRepository::findByCreditCode(const QString& creditCode) const
{
    if (creditCode.isEmpty())
        return std::optional<StoredEntity>();
    const EntitySpec& spec = entities::employer();
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM employer WHERE deleted = 0 AND credit_code = ? "
                       "ORDER BY created_at LIMIT 1")
            .arg(EntityStore::selectColumns(spec)),
        {creditCode});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<StoredEntity>();
    return std::optional<StoredEntity>(EntityStore::fromRow(spec, q.value()));
}

Result<QStringList> EmployerRepository::jobIds(const QString& employerId,
                                               const QStringList& statuses) const
{
    QStringList marks;
    QVariantList values{employerId};
    for (const QString& s : statuses) {
        marks << QStringLiteral("?");
        values << s;
    }
    auto q = m_store.database().exec(
        QStringLiteral("SELECT id FROM job WHERE deleted = 0 AND employer_id = ? AND status IN "
                       "(%1) ORDER BY created_at")
            .arg(marks.join(QLatin1Char(','))),
        values);
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace lingong
