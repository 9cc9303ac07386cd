#include "jobrepository.h"

#include <algorithm>
#include <cmath>

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
    const Database& db = m_store.database();
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

    // Text: a substring of the searchable text, of any length. Two plans give the same rows:
    //  - "scan": walk the ordered index of open postings and test each row with LIKE; quick when
    //    the text is common (a page fills after a few rows), hopeless when it is rare;
    //  - "index": take the candidate rows from the trigram index and sort only those; quick when
    //    the text is rare. Three or more characters ask for all their trigrams. One or two
    //    characters match no trigram by themselves, so they are expanded through the index's
    //    vocabulary into every trigram that starts with them (the indexed text ends with two
    //    spaces, so an occurrence at the very end starts a trigram too) — never LIKE against
    //    the trigram table, which misbehaves on SQLite 3.40.
    // A sample of the newest open rows estimates the share s of rows holding the text: the scan
    // reads about countCap / s rows to count, the index plan sorts about s * N candidates, so the
    // scan is chosen when s >= sqrt(countCap / N).
    const QString text = query.text.trimmed();
    bool scan = text.isEmpty() && query.openOnly;
    if (!text.isEmpty()) {
        const QString like = QString(QLatin1Char('%') + escapeLike(text) + QLatin1Char('%'));
        if (query.openOnly) {
            auto rows = db.scalar(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM job"));
            if (!rows.ok())
                return rows.error();
            auto hits = db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM (SELECT %1 AS body FROM job INDEXED BY "
                               "job_open_newest WHERE status = 'published' AND deleted = 0 "
                               "ORDER BY created_at DESC LIMIT %2) WHERE body LIKE ? ESCAPE '\\'")
                    .arg(searchBody(), QString::number(kSample)),
                {like});
            if (!hits.ok())
                return hits.error();
            const double share = hits.value().toDouble() / kSample;
            const double n = std::max(1.0, rows.value().toDouble());
            scan = share > 0 && share * share >= double(std::max(1, query.countCap)) / n;
        }
        if (scan) {
            where << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(searchBody());
            values << like;
        } else if (const QList<uint> chars = text.toUcs4(); chars.size() >= 3) {
            // The index keeps no positions (migration 010): it finds the rows holding every
            // trigram of the text, and LIKE keeps those holding the text itself. Three
            // characters are one trigram, exact already.
            QStringList trigrams;
            for (qsizetype i = 0; i + 3 <= chars.size(); ++i) {
                QString t =
                    QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()) + i, 3);
                t.replace(QLatin1Char('"'), QLatin1String("\"\""));
                trigrams << QString(QLatin1Char('"') + t + QLatin1Char('"'));
            }
            trigrams.removeDuplicates();
            where << QStringLiteral("rowid IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)");
            values << trigrams.join(QLatin1String(" AND "));
            if (chars.size() > 3) {
                where << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(searchBody());
                values << like;
            }
        } else {
            // The index folds case: its vocabulary is lower case.
            auto terms = db.exec(QStringLiteral("SELECT term FROM job_fts_vocab WHERE term >= ? "
                                                "AND term < ? || char(1114111)"),
                                 {text.toLower(), text.toLower()});
            if (!terms.ok())
                return terms.error();
            QStringList phrases;
            while (terms.value().next()) {
                QString t = terms.value().value(0).toString();
                t.replace(QLatin1Char('"'), QLatin1String("\"\""));
                phrases << QString(QLatin1Char('"') + t + QLatin1Char('"'));
            }
            if (phrases.isEmpty())
                return JobPage{};
            where << QStringLiteral("rowid IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)");
            values << phrases.join(QLatin1String(" OR "));
        }
    }
    const QString whereSql = where.join(QLatin1String(" AND "));
    const QString from =
        scan ? QStringLiteral("job INDEXED BY %1").arg(index) : QStringLiteral("job");

    JobPage page;
    page.orderedScan = scan;
    const EntitySpec& spec = entities::job();
    QVariantList pageValues = values;
    pageValues << query.limit << query.offset;
    auto rows = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                            .arg(EntityStore::selectColumns(spec), from, whereSql, order),
                        pageValues);
    if (!rows.ok())
        return rows.error();
    while (rows.value().next())
        page.jobs.push_back(EntityStore::fromRow(spec, rows.value()));

    // Counting seeks on the most selective filter the kiosk offers; without text it never
    // touches the table.
    QString countFrom = QStringLiteral("job");
    if (scan && !text.isEmpty()) {
        // Text hits are spread evenly over time, not over districts or trades.
        countFrom = QStringLiteral("job INDEXED BY job_open_newest");
    } else if (scan) {
        countFrom = !query.occupations.isEmpty()
                        ? QStringLiteral("job INDEXED BY job_open_occupation")
                        : QStringLiteral("job INDEXED BY job_open_district");
    }
    QVariantList countValues = values;
    countValues << query.countCap + 1;
    auto count =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT ?)")
                      .arg(countFrom, whereSql),
                  countValues);
    if (!count.ok())
        return count.error();
    const int n = count.value().toInt();
    page.totalCapped = n > query.countCap;
    page.total = std::min(n, query.countCap);
    return page;
}

QString JobRepository::searchBody()
{
    return QStringLiteral("(title || ' ' || occupation || ' ' || skills || ' ' || district || ' ' "
                          "|| address || ' ' || employer_name || ' ' || description)");
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
    // Read and write in one (immediate) transaction, and look at each row again: another window
    // may have withdrawn, filled or extended a posting since the list was read.
    Transaction tx(store.database());
    if (!tx.ok())
        return tx.error();
    const QString day = today.toString(Qt::ISODate);
    auto r = m_store.database().exec(
        QStringLiteral("SELECT id FROM job WHERE deleted = 0 AND status = 'published' "
                       "AND valid_until <> '' AND valid_until < ?"),
        {day});
    if (!r.ok())
        return r.error();
    QStringList ids;
    while (r.value().next())
        ids << r.value().value(0).toString();
    int expired = 0;
    for (const QString& id : ids) {
        auto job = store.get(entities::job(), id);
        if (!job.ok())
            return job.error();
        if (!job.value())
            continue;
        QJsonObject data = job.value()->data;
        const QString until = data.value(QLatin1String("valid_until")).toString();
        if (data.value(QLatin1String("status")).toString() != QLatin1String("published") ||
            until.isEmpty() || until >= day)
            continue;
        data.insert(QStringLiteral("status"), QStringLiteral("expired"));
        if (auto saved = store.save(entities::job(), id, data); !saved.ok())
            return saved.error();
        ++expired;
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return expired;
}

} // namespace lingong
