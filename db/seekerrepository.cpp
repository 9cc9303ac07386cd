#include "seekerrepository.h"

#include <limits>

namespace lingong {

Result<std::vector<StoredEntity>> SeekerRepository::select(const QString& where,
                                                           const QVariantList& values, int limit,
                                                           const QString& order) const
{
    const EntitySpec& spec = entities::seeker();
    QVariantList bound = values;
    bound << limit;
    auto q = m_store.database().exec(QStringLiteral("SELECT %1 FROM seeker WHERE deleted = 0 AND "
                                                    "(%2) ORDER BY %3 LIMIT ?")
                                         .arg(EntityStore::selectColumns(spec), where, order),
                                     bound);
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<std::optional<StoredEntity>> SeekerRepository::findByIdHash(const QString& idHash) const
{
    if (idHash.isEmpty())
        return std::optional<StoredEntity>();
    auto rows = select(QStringLiteral("id_hash = ?"), {idHash}, 1);
    if (!rows.ok())
        return rows.error();
    if (rows.value().empty())
        return std::optional<StoredEntity>();
    return std::optional<StoredEntity>(rows.value().front());
}

Result<std::vector<StoredEntity>> SeekerRepository::findAllByIdHash(const QString& idHash) const
{
    if (idHash.isEmpty())
        return std::vector<StoredEntity>();
    return select(QStringLiteral("id_hash = ?"), {idHash}, 50, QStringLiteral("created_at, id"));
}

Result<std::vector<StoredEntity>> SeekerRepository::registeredTwice(int limit) const
{
    return select(QStringLiteral("id_hash IN (SELECT id_hash FROM seeker WHERE deleted = 0 AND "
                                 "id_hash != '' GROUP BY id_hash HAVING count(*) > 1)"),
                  {}, limit, QStringLiteral("id_hash, created_at, id"));
}

Result<std::vector<StoredEntity>> SeekerRepository::findByPhone(const QString& phone) const
{
    if (phone.isEmpty())
        return std::vector<StoredEntity>();
    return select(QStringLiteral("phone = ?"), {phone}, 50);
}

Result<std::vector<StoredEntity>> SeekerRepository::findByPhoneEnding(const QString& digits,
                                                                      int limit) const
{
    if (digits.isEmpty())
        return std::vector<StoredEntity>();
    return select(QStringLiteral("substr(phone, -?) = ?"), {int(digits.size()), digits}, limit);
}

Result<std::vector<StoredEntity>> SeekerRepository::findByName(const QString& text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return recent(limit);
    // instr() rather than LIKE: names hold no wildcards to escape and it matches any length.
    return select(QStringLiteral("instr(name, ?) > 0"), {t}, limit);
}

Result<QString> SeekerRepository::nameWrittenIn(const QString& text) const
{
    auto name = m_store.database().scalar(
        QStringLiteral("SELECT name FROM seeker WHERE deleted = 0 AND length(name) >= 3 "
                       "AND name NOT GLOB '*[A-Za-z]*' AND instr(?, name) > 0 "
                       "ORDER BY length(name) DESC LIMIT 1"),
        {text});
    if (!name.ok())
        return name.error();
    return name.value().toString();
}

Result<QString> SeekerRepository::mergedInto(const QString& id) const
{
    auto kept = m_store.database().scalar(
        QStringLiteral("SELECT s.id FROM seeker s, json_each(s.merged_ids) j WHERE s.deleted = 0 "
                       "AND s.merged_ids != '[]' AND j.value = ? LIMIT 1"),
        {id});
    if (!kept.ok())
        return kept.error();
    return kept.value().toString();
}

Result<std::vector<StoredEntity>> SeekerRepository::recent(int limit) const
{
    return select(QStringLiteral("1"), {}, limit);
}

Result<std::vector<StoredEntity>> SeekerRepository::olderNotMarked(const QDate& womenBornBy,
                                                                   const QDate& menBornBy) const
{
    return select(QStringLiteral("birth_date <> '' AND ((gender = 'female' AND birth_date <= ?) "
                                 "OR (gender = 'male' AND birth_date <= ?)) AND NOT EXISTS "
                                 "(SELECT 1 FROM json_each(CASE WHEN json_valid(difficulties) "
                                 "THEN difficulties ELSE '[]' END) WHERE value = 'older')"),
                  {womenBornBy.toString(Qt::ISODate), menBornBy.toString(Qt::ISODate)},
                  std::numeric_limits<int>::max());
}

Status moveSeekerReferences(EntityStore& store, const QString& from, const QString& to,
                            const QString& origin)
{
    if (from == to)
        return {};
    struct Reference
    {
        const EntitySpec& spec;
        const char* column;
        const char* where;
    };
    const Reference references[] = {
        {entities::application(), "seeker_id", "1"},
        {entities::serviceRecord(), "seeker_id", "1"},
        {entities::worklog(), "ref_id", "ref_entity = 'seeker'"},
    };
    for (const Reference& r : references) {
        auto ids = store.database().exec(
            QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND %2 = ? AND %3 AND (? = '' OR "
                           "origin = ?)")
                .arg(r.spec.table, QLatin1String(r.column), QLatin1String(r.where)),
            {from, origin, origin});
        if (!ids.ok())
            return ids.error();
        QStringList rows;
        while (ids.value().next())
            rows << ids.value().value(0).toString();
        for (const QString& row : std::as_const(rows)) {
            auto e = store.get(r.spec, row);
            if (!e.ok())
                return e.error();
            if (!e.value())
                continue;
            QJsonObject moved = e.value()->data;
            moved.insert(QLatin1String(r.column), to);
            if (auto saved = store.save(r.spec, row, moved); !saved.ok())
                return saved.error();
        }
    }
    return {};
}

} // namespace lingong
