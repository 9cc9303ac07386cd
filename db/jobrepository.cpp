#include "jobrepository.h"

namespace lingong {

namespace {

void addIn(QStringList& where, QVariantList& values, const QString& column, const QStringList& list)
{
    if (list.isEmpty())
        return;
    QStringList marks;
    for (const QString& v : list) {
        marks << QStringLiteral("?");
        values << v;
    }
    where << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1String(", ")));
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

} // namespace

Result<JobPage> JobRepository::search(const JobQuery& query) const
{
    QStringList where{QStringLiteral("deleted = 0")};
    QVariantList values;
    if (query.openOnly) {
        where << QStringLiteral("status = 'published'") << QStringLiteral("valid_until >= ?");
        values << query.today.toString(Qt::ISODate);
    } else {
        addIn(where, values, QStringLiteral("status"), query.statuses);
    }
    addIn(where, values, QStringLiteral("district"), query.districts);
    addIn(where, values, QStringLiteral("occupation"), query.occupations);
    addIn(where, values, QStringLiteral("pay_unit"), query.payUnits);
    addIn(where, values, QStringLiteral("settlement"), query.settlements);
    addIn(where, values, QStringLiteral("form"), query.forms);
    if (query.publicWelfare) {
        where << QStringLiteral("public_welfare = ?");
        values << (*query.publicWelfare ? 1 : 0);
    }
    const QString text = query.text.trimmed();
    if (text.size() >= 3) {
        // Trigram index (migration 002): the whole query as one phrase is a substring match.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        where << QStringLiteral("rowid IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)");
        values << QString(QLatin1Char('"') + phrase + QLatin1Char('"'));
    } else if (!text.isEmpty()) {
        // Trigrams cannot match 1-2 characters: scan the same text on the job table itself (never
        // LIKE against the trigram table, which misbehaves on SQLite 3.40).
        where << QStringLiteral(
            "(title || ' ' || occupation || ' ' || skills || ' ' || district || ' ' || address || "
            "' ' || employer_name || ' ' || description) LIKE ? ESCAPE '\\'");
        values << QString(QLatin1Char('%') + escapeLike(text) + QLatin1Char('%'));
    }
    const QString whereSql = where.join(QLatin1String(" AND "));

    // Each order names every column of its index (migration 006) and then rowid, so open lists
    // are read straight off the index, and the order is total (stable pages).
    QString order;
    QString index;
    switch (query.sort) {
    case JobQuery::Sort::Newest:
        order = QStringLiteral("created_at DESC, district DESC, occupation DESC, pay_unit DESC, "
                               "settlement DESC, form DESC, public_welfare DESC, "
                               "valid_until DESC, rowid DESC");
        index = QStringLiteral("job_open_newest");
        break;
    case JobQuery::Sort::HighestPay:
        order = QStringLiteral("pay_day DESC, created_at DESC, district DESC, occupation DESC, "
                               "pay_unit DESC, settlement DESC, form DESC, public_welfare DESC, "
                               "valid_until DESC, rowid DESC");
        index = QStringLiteral("job_open_pay");
        break;
    case JobQuery::Sort::SoonestStart:
        order = QStringLiteral("start_date, created_at DESC, district, occupation, pay_unit, "
                               "settlement, form, public_welfare, valid_until, rowid");
        index = QStringLiteral("job_open_start");
        break;
    }
    // Open lists without a trigram query walk the ordered index and stop after one page; a
    // trigram query starts from the (usually few) rows the full-text index names instead.
    const QString from = query.openOnly && text.size() < 3
                             ? QStringLiteral("job INDEXED BY %1").arg(index)
                             : QStringLiteral("job");

    JobPage page;
    const EntitySpec& spec = entities::job();
    QVariantList pageValues = values;
    pageValues << query.limit << query.offset;
    auto rows = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
            .arg(EntityStore::selectColumns(spec), from, whereSql, order),
        pageValues);
    if (!rows.ok())
        return rows.error();
    while (rows.value().next())
        page.jobs.push_back(EntityStore::fromRow(spec, rows.value()));

    // Counting seeks on the most selective filter the kiosk offers and never touches the table.
    QString countFrom = QStringLiteral("job");
    if (query.openOnly && text.size() < 3) {
        countFrom = !query.occupations.isEmpty()
                        ? QStringLiteral("job INDEXED BY job_open_occupation")
                        : QStringLiteral("job INDEXED BY job_open_district");
    }
    QVariantList countValues = values;
    countValues << query.countCap + 1;
    auto count = m_store.database().scalar(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT ?)")
            .arg(countFrom, whereSql),
        countValues);
    if (!count.ok())
        return count.error();
    const int n = count.value().toInt();
    page.totalCapped = n > query.countCap;
    page.total = std::min(n, query.countCap);
    return page;
}

Result<std::vector<OccupationCount>> JobRepository::openCountsByOccupation(const QDate& today) const
{
    auto r = m_store.database().exec(
        QStringLiteral(
            "SELECT occupation, COUNT(*), SUM(headcount) FROM job INDEXED BY job_open_occupation "
            "WHERE deleted = 0 AND status = 'published' AND valid_until >= ? "
            "GROUP BY occupation ORDER BY occupation"),
        {today.toString(Qt::ISODate)});
    if (!r.ok())
        return r.error();
    std::vector<OccupationCount> out;
    while (r.value().next()) {
        out.push_back({r.value().value(0).toString(), r.value().value(1).toInt(),
                       r.value().value(2).toInt()});
    }
    return out;
}

Result<int> JobRepository::expirePast(EntityStore& store, const QDate& today) const
{
    auto r = m_store.database().exec(
        QStringLiteral("SELECT id FROM job WHERE deleted = 0 AND status = 'published' "
                       "AND valid_until <> '' AND valid_until < ?"),
        {today.toString(Qt::ISODate)});
    if (!r.ok())
        return r.error();
    QStringList ids;
    while (r.value().next())
        ids << r.value().value(0).toString();
    Transaction tx(store.database());
    if (!tx.ok())
        return tx.error();
    for (const QString& id : ids) {
        auto job = store.get(entities::job(), id);
        if (!job.ok())
            return job.error();
        if (!job.value())
            continue;
        QJsonObject data = job.value()->data;
        data.insert(QStringLiteral("status"), QStringLiteral("expired"));
        if (auto saved = store.save(entities::job(), id, data); !saved.ok())
            return saved.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return int(ids.size());
}

} // namespace lingong
