#include "kioskqueries.h"

#include "contentrepository.h"
#include "places.h"

namespace lingong {

Result<std::vector<StoredEntity>> KioskQueries::content(const QString& kind,
                                                        const QDate& today) const
{
    const EntitySpec& spec = entities::content();
    const QString day = today.toString(Qt::ISODate);
    auto rows = m_db.exec(QStringLiteral("SELECT %1 FROM content WHERE deleted = 0 AND kind = ? "
                                         "AND (valid_from = '' OR valid_from <= ?) "
                                         "AND (valid_until = '' OR valid_until >= ?) "
                                         "ORDER BY sort_order, title")
                              .arg(EntityStore::selectColumns(spec)),
                          {kind, day, day});
    if (!rows.ok())
        return rows.error();
    std::vector<StoredEntity> out;
    while (rows.value().next()) {
        StoredEntity e = EntityStore::fromRow(spec, rows.value());
        if (!ContentRepository::hasStarted(e.data, today))
            out.push_back(std::move(e));
    }
    return out;
}

Result<QStringList> KioskQueries::openDistricts(const QDate& today, const QStringList& occupations,
                                                bool publicWelfareOnly) const
{
    QString sql =
        QStringLiteral("SELECT DISTINCT district FROM job WHERE deleted = 0 "
                       "AND status = 'published' AND valid_until >= ? AND district <> ''");
    QVariantList values{today.toString(Qt::ISODate)};
    if (!occupations.isEmpty()) {
        QStringList marks;
        for (const QString& o : occupations) {
            marks << QStringLiteral("?");
            values << o;
        }
        sql += QStringLiteral(" AND occupation IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    if (publicWelfareOnly)
        sql += QStringLiteral(" AND public_welfare = 1");
    sql += QStringLiteral(" ORDER BY district");
    auto rows = m_db.exec(sql, values);
    if (!rows.ok())
        return rows.error();
    // Each place once, by its name now, however the records name it.
    QStringList out;
    while (rows.value().next()) {
        const QString place = Places::guangxi().canonical(rows.value().value(0).toString());
        if (!out.contains(place))
            out << place;
    }
    out.sort();
    return out;
}

} // namespace lingong
