#include "statsrepository.h"

namespace lingong {

Result<std::vector<PostingGroup>> StatsRepository::postingsPublished(const QString& from,
                                                                     const QString& to) const
{
    // max(published_at, created_at) is indexed (job_published_month), so a month is a range
    // scan even in a large store.
    auto r = m_db.exec(
        QStringLiteral("SELECT occupation, industry, pay_unit, pay_min, pay_max, COUNT(*), "
                       "SUM(MAX(headcount, 1)), "
                       "CASE WHEN pay_unit = 'hour' THEN work_hours ELSE '' END AS hours FROM job "
                       "WHERE max(published_at, created_at) >= ? AND "
                       "max(published_at, created_at) < ? AND deleted = 0 "
                       "AND (status IN ('published', 'filled', 'expired') OR (status = "
                       "'withdrawn' AND review_note = '' AND (published_at <> '' OR "
                       "source NOT IN ('kiosk', 'staff')))) "
                       "GROUP BY occupation, industry, pay_unit, pay_min, pay_max, hours"),
        {from, to});
    if (!r.ok())
        return r.error();
    std::vector<PostingGroup> out;
    QSqlQuery& q = r.value();
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(7).toString(), q.value(3).toDouble(), q.value(4).toDouble(),
                       q.value(5).toInt(), q.value(6).toInt()});
    }
    return out;
}

namespace {

// Seekers registered in [?, ?): those on record, and those deleted since at their own request
// (the registration took place; the row keeps its time, wishes and tier, no personal data), but
// not the records merged into another (the same person registered twice), which the record kept
// lists in merged_ids (a record that names itself there is not merged away). Indexed:
// seeker_registered, seeker_merging (schema 27).
const char* const kRegisteredIn =
    "created_at >= ? AND created_at < ? AND (deleted = 0 OR id NOT IN (SELECT m.value FROM "
    "seeker k, json_each(CASE WHEN json_valid(k.merged_ids) THEN k.merged_ids ELSE '[]' END) m "
    "WHERE k.merged_ids <> '[]' AND m.type = 'text' AND m.value <> k.id))";

// Whole years from a stored birth date (YYYY-MM-DD) to the hall-local date of the UTC time
// `stamp`; -1 without a birth date of that form.
QString ageAt(const char* birth, const char* stamp)
{
    return QStringLiteral(
               "CASE WHEN %1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND %2 <> '' THEN "
               "CAST(strftime('%Y', %2, '+8 hours') AS INTEGER) - CAST(substr(%1, 1, 4) AS "
               "INTEGER) - (strftime('%m-%d', %2, '+8 hours') < substr(%1, 6, 5)) ELSE -1 END")
        .arg(QLatin1String(birth), QLatin1String(stamp));
}

} // namespace

Result<std::vector<SeekerGroup>> StatsRepository::seekersRegistered(const QString& from,
                                                                    const QString& to) const
{
    auto r = m_db.exec(
        QStringLiteral("SELECT CASE WHEN json_valid(wanted_occupations) "
                       "THEN COALESCE(json_extract(wanted_occupations, '$[0]'), '') ELSE '' END "
                       "AS first, COUNT(*) FROM seeker WHERE %1 GROUP BY first")
            .arg(QLatin1String(kRegisteredIn)),
        {from, to});
    if (!r.ok())
        return r.error();
    std::vector<SeekerGroup> out;
    QSqlQuery& q = r.value();
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

Result<std::vector<PersonGroup>> StatsRepository::seekerProfiles(const QString& from,
                                                                 const QString& to) const
{
    return profiles(QStringLiteral("SELECT gender, %1 AS age, education, COUNT(*) FROM seeker "
                                   "WHERE %2 GROUP BY 1, 2, 3")
                        .arg(ageAt("birth_date", "created_at"), QLatin1String(kRegisteredIn)),
                    from, to);
}

Result<std::vector<PersonGroup>> StatsRepository::hireProfiles(const QString& from,
                                                               const QString& to) const
{
    // The conditions of hires(); the person as on record, deleted since or not; one merged into
    // another record as the record kept (a terminal that has not yet moved its applications
    // still names the record merged away).
    return profiles(
        QStringLiteral(
            "SELECT COALESCE(s.gender, ''), %1 AS age, COALESCE(s.education, ''), COUNT(*) "
            "FROM application a LEFT JOIN seeker s ON a.seeker_id <> '' AND s.id = COALESCE(("
            "SELECT k.id FROM seeker k, json_each(CASE WHEN json_valid(k.merged_ids) THEN "
            "k.merged_ids ELSE '[]' END) m WHERE k.deleted = 0 AND k.merged_ids <> '[]' AND "
            "m.value = a.seeker_id LIMIT 1), a.seeker_id) "
            "WHERE a.outcome_at >= ? AND a.outcome_at < ? AND a.deleted = 0 AND "
            "a.status = 'hired' GROUP BY 1, 2, 3")
            .arg(ageAt("COALESCE(s.birth_date, '')", "a.outcome_at")),
        from, to);
}

Result<std::vector<PersonGroup>> StatsRepository::profiles(const QString& sql, const QString& from,
                                                           const QString& to) const
{
    auto r = m_db.exec(sql, {from, to});
    if (!r.ok())
        return r.error();
    std::vector<PersonGroup> out;
    QSqlQuery& q = r.value();
    while (q.next())
        out.push_back(
            {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

Result<int> StatsRepository::prioritySeekersRegistered(const QString& from, const QString& to) const
{
    auto r =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM seeker WHERE %1 AND tier = 'priority'")
                        .arg(QLatin1String(kRegisteredIn)),
                    {from, to});
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<std::map<QString, int>> StatsRepository::tieredServices(const QString& from,
                                                               const QString& to) const
{
    auto r = m_db.exec(QStringLiteral("SELECT kind, COUNT(*) FROM service_record WHERE at >= ? AND "
                                      "at < ? AND deleted = 0 GROUP BY kind"),
                       {from, to});
    if (!r.ok())
        return r.error();
    std::map<QString, int> out;
    while (r.value().next())
        out[r.value().value(0).toString()] = r.value().value(1).toInt();
    return out;
}

Result<RequestCounts> StatsRepository::requests(const QString& from, const QString& to,
                                                const QString& end) const
{
    // A request was still open at `end` when it was made before then and is open now or was
    // closed after it.
    auto r = m_db.exec(
        QStringLiteral("SELECT "
                       "COALESCE(SUM(created_at >= ? AND created_at < ?), 0), "
                       "COALESCE(SUM(status = 'closed' AND closed_at >= ? AND closed_at < ?), 0), "
                       "COALESCE(SUM(status = 'closed' AND closed_at >= ? AND closed_at < ? AND "
                       "deadline <> '' AND closed_at > deadline), 0), "
                       "COALESCE(SUM(created_at < ? AND deadline <> '' AND deadline < ? AND "
                       "(status = 'open' OR closed_at >= ?)), 0) "
                       "FROM complaint WHERE deleted = 0"),
        {from, to, from, to, from, to, end, end, end});
    if (!r.ok())
        return r.error();
    RequestCounts c;
    if (r.value().next()) {
        c.received = r.value().value(0).toInt();
        c.closed = r.value().value(1).toInt();
        c.closedLate = r.value().value(2).toInt();
        c.overdue = r.value().value(3).toInt();
    }
    return c;
}

Result<int> StatsRepository::applications(const char* stamp, const char* condition,
                                          const QString& from, const QString& to) const
{
    auto r = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM application WHERE %1 >= ? AND "
                                        "%1 < ? AND deleted = 0 AND %2")
                             .arg(QLatin1String(stamp), QLatin1String(condition)),
                         {from, to});
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<int> StatsRepository::selfApplications(const QString& from, const QString& to) const
{
    return applications("created_at", "status <> 'cancelled' AND channel <> 'staff'", from, to);
}

Result<int> StatsRepository::recommendations(const QString& from, const QString& to) const
{
    return applications("recommended_at", "status <> 'cancelled'", from, to);
}

Result<int> StatsRepository::hires(const QString& from, const QString& to) const
{
    return applications("outcome_at", "status = 'hired'", from, to);
}

Result<std::pair<int, int>> StatsRepository::hiresByPay(const QString& from,
                                                        const QString& to) const
{
    auto r =
        m_db.exec(QStringLiteral("SELECT COALESCE(SUM(pay_settled = 'settled'), 0), "
                                 "COALESCE(SUM(pay_settled = 'unsettled'), 0) FROM application "
                                 "WHERE outcome_at >= ? AND outcome_at < ? AND deleted = 0 AND "
                                 "status = 'hired'"),
                  {from, to});
    if (!r.ok())
        return r.error();
    if (!r.value().next())
        return std::pair{0, 0};
    return std::pair{r.value().value(0).toInt(), r.value().value(1).toInt()};
}

Result<int> StatsRepository::ledgerDays(const QDate& first, const QDate& last) const
{
    auto r = m_db.scalar(
        QStringLiteral("SELECT COUNT(DISTINCT day) FROM worklog "
                       "WHERE day >= ? AND day <= ? AND deleted = 0 AND staff <> '' AND "
                       "(struck_reason = '' OR ref_entity <> '')"),
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<std::vector<StoredEntity>> StatsRepository::contentOfKind(const QString& kind,
                                                                 int limit) const
{
    const EntitySpec& spec = entities::content();
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM content WHERE kind = ? AND deleted = 0 "
                                      "ORDER BY sort_order, created_at DESC, id LIMIT ?")
                           .arg(EntityStore::selectColumns(spec)),
                       {kind, limit});
    if (!r.ok())
        return r.error();
    std::vector<StoredEntity> out;
    while (r.value().next())
        out.push_back(EntityStore::fromRow(spec, r.value()));
    return out;
}

} // namespace lingong
