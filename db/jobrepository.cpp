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

namespace {

// An ordered walk over a sort index that stops once it holds `need` rows passing `test` (an SQL
// condition, or empty for none) or after looking at `budget` rows that meet `whereSql`.
struct Walk
{
    std::vector<qint64> rowids; // passing rows, in order
    bool complete = false;      // holds `need` rows, or every row of the index was looked at
};

Result<Walk> walkOrdered(const Database& db, const QString& from, const QString& whereSql,
                         const QVariantList& values, const QString& order, const QString& test,
                         const QVariantList& testValues, int need, int budget)
{
    QVariantList all = testValues;
    all << values << budget;
    auto r = db.exec(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ?")
                         .arg(test.isEmpty() ? QStringLiteral("1") : test, from, whereSql, order),
                     all);
    if (!r.ok())
        return r.error();
    Walk walk;
    int seen = 0;
    while (r.value().next()) {
        ++seen;
        if (r.value().value(1).toBool())
            walk.rowids.push_back(r.value().value(0).toLongLong());
        if (int(walk.rowids.size()) >= need) {
            walk.complete = true;
            return walk;
        }
    }
    walk.complete = seen < budget;
    return walk;
}

} // namespace

Result<JobPage> JobRepository::search(const JobQuery& query) const
{
    const Database& db = m_store.database();
    // Which postings (open or of some statuses), then the person's filters.
    QStringList base{QStringLiteral("deleted = 0")};
    QVariantList baseValues;
    if (query.openOnly) {
        base << QStringLiteral("status = 'published'") << QStringLiteral("valid_until >= ?");
        baseValues << query.today.toString(Qt::ISODate);
    } else {
        addIn(base, baseValues, QStringLiteral("status"), query.statuses);
    }
    QStringList filters;
    QVariantList filterValues;
    addIn(filters, filterValues, QStringLiteral("district"), query.districts);
    addIn(filters, filterValues, QStringLiteral("occupation"), query.occupations);
    addIn(filters, filterValues, QStringLiteral("pay_unit"), query.payUnits);
    addIn(filters, filterValues, QStringLiteral("settlement"), query.settlements);
    addIn(filters, filterValues, QStringLiteral("form"), query.forms);
    if (query.publicWelfare) {
        filters << QStringLiteral("public_welfare = ?");
        filterValues << (*query.publicWelfare ? 1 : 0);
    }
    const QString filterSql = (base + filters).join(QLatin1String(" AND "));
    const QVariantList values = baseValues + filterValues;

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
    // Filters alone seek on the trade or the district (migration 011 orders the district index
    // by the filters the kiosk offers next) and read the rest from the index.
    const QString seekIndex = !query.occupations.isEmpty()
                                  ? QStringLiteral("job INDEXED BY job_open_occupation")
                                  : QStringLiteral("job INDEXED BY job_open_district");

    // Text: a substring of the searchable text, of any length, found in one of two ways:
    //  - LIKE on the row's text (exact, but each test reads the row);
    //  - the trigram index: three or more characters ask for all their trigrams (and LIKE keeps
    //    the rows that hold the text itself when it is longer than one trigram); one or two
    //    characters match no trigram by themselves, so they are expanded through the index's
    //    vocabulary into every trigram that starts with them (the indexed text ends with two
    //    spaces, so an occurrence at the very end starts a trigram too) — never LIKE against
    //    the trigram table, which misbehaves on SQLite 3.40.
    const QString text = query.text.trimmed();
    const QString like = QString(QLatin1Char('%') + escapeLike(text) + QLatin1Char('%'));
    const QString likeSql = QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(searchBody());
    const QList<uint> chars = text.toUcs4();
    QString match; // the trigram index query, once built
    bool matchesNothing = false;
    auto buildMatch = [&]() -> Status {
        if (!match.isEmpty() || matchesNothing)
            return {};
        QStringList terms;
        if (chars.size() >= 3) {
            for (qsizetype i = 0; i + 3 <= chars.size(); ++i)
                terms << QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()) + i,
                                           3);
            terms.removeDuplicates();
        } else {
            // The index folds case: its vocabulary is lower case.
            auto found = db.exec(QStringLiteral("SELECT term FROM job_fts_vocab WHERE term >= ? "
                                                "AND term < ? || char(1114111)"),
                                 {text.toLower(), text.toLower()});
            if (!found.ok())
                return found.error();
            while (found.value().next())
                terms << found.value().value(0).toString();
        }
        for (QString& t : terms) {
            t.replace(QLatin1Char('"'), QLatin1String("\"\""));
            t = QLatin1Char('"') + t + QLatin1Char('"');
        }
        matchesNothing = terms.isEmpty();
        match = terms.join(chars.size() >= 3 ? QLatin1String(" AND ") : QLatin1String(" OR "));
        return {};
    };
    // Rows of the trigram index that hold the text, as a condition on job.
    auto textSql = [&](QVariantList& vals) {
        QString sql = QStringLiteral("rowid IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)");
        vals << match;
        if (chars.size() > 3) {
            sql += QStringLiteral(" AND ") + likeSql;
            vals << like;
        }
        return sql;
    };

    JobPage page;
    const EntitySpec& spec = entities::job();
    const int need = std::max(0, query.offset) + std::max(0, query.limit);
    const int cap = std::max(1, query.countCap);

    // For open lists, a sample of the newest open postings estimates the share of them that
    // hold the text; it chooses how to count and whether to walk.
    double share = -1;
    double tableRows = 1;
    if (!text.isEmpty() && query.openOnly) {
        auto n = db.scalar(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM job"));
        if (!n.ok())
            return n.error();
        tableRows = std::max(1.0, n.value().toDouble());
        auto hits = db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM (SELECT %1 AS body FROM job INDEXED BY "
                           "job_open_newest WHERE status = 'published' AND deleted = 0 "
                           "ORDER BY created_at DESC LIMIT %2) WHERE body LIKE ? ESCAPE '\\'")
                .arg(searchBody(), QString::number(kSample)),
            {like});
        if (!hits.ok())
            return hits.error();
        share = hits.value().toDouble() / kSample;
    }

    // The total, counted up to cap + 1.
    {
        QString countSql;
        QVariantList countValues;
        if (text.isEmpty()) {
            countSql = QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT ?")
                           .arg(query.openOnly ? seekIndex : QStringLiteral("job"), filterSql);
            countValues = values;
        } else if (chars.size() < 3 && share >= kLikeCountShare) {
            // Common short text: testing about (cap + 1) / share open rows beats expanding the
            // text into the many trigrams that start with it.
            countSql = QStringLiteral("SELECT 1 FROM job INDEXED BY job_open_newest WHERE %1 AND "
                                      "%2 LIMIT ?")
                           .arg(filterSql, likeSql);
            countValues << values << like;
        } else {
            // Driven by the trigram index, which yields rows lazily: about (cap + 1) / (share of
            // its rows that pass the filters) rows are read.
            if (Status st = buildMatch(); !st.ok())
                return st.error();
            if (matchesNothing)
                return page;
            countSql = QStringLiteral("SELECT 1 FROM job_fts CROSS JOIN job ON job.rowid = "
                                      "job_fts.rowid WHERE job_fts MATCH ? AND %1%2 LIMIT ?")
                           .arg(filterSql,
                                chars.size() > 3 ? QStringLiteral(" AND ") + likeSql : QString());
            countValues << match << values;
            if (chars.size() > 3)
                countValues << like;
        }
        countValues << cap + 1;
        auto count =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(countSql), countValues);
        if (!count.ok())
            return count.error();
        const int n = count.value().toInt();
        page.totalCapped = n > cap;
        page.total = std::min(n, cap);
        if (n == 0 || need <= query.offset)
            return page;
    }

    // The page. When no more than cap rows match, they are sorted. Otherwise open lists first
    // walk the ordered index, which is quick when hits are common near the head of the order;
    // a walk reads no more than a budget of rows, and when it does not fill the page the
    // matching rows are sorted after all. Hits may be rare at the head of an order even when
    // common overall (a trade's jobs all pay alike), hence the budget.
    std::vector<qint64> walked;
    bool walkedAll = false;
    if (query.openOnly && page.totalCapped) {
        int budget = 0;
        QString test;
        QVariantList testValues;
        if (text.isEmpty()) {
            // Filters only: the walk reads the index alone (it holds the filtered columns) and
            // goes on until the page is full. Sorting instead would mean reading more than cap
            // rows, and measured slower even where matches sit far down the order.
            budget = need;
        } else if (share > 0) {
            // A walk needs about need / share rows; sorting the hits means about share * rows.
            const double expected = need / share;
            if (expected <= share * tableRows)
                budget = int(std::min(4 * expected, share * tableRows));
            test = likeSql;
            testValues << like;
        }
        if (budget > 0) {
            auto walk = walkOrdered(db, QStringLiteral("job INDEXED BY %1").arg(index), filterSql,
                                    values, order, test, testValues, need, budget);
            if (!walk.ok())
                return walk.error();
            walkedAll = walk.value().complete;
            walked = std::move(walk.value().rowids);
        }
    }
    page.orderedScan = walkedAll;

    QVariantList pageValues;
    QString pageSql;
    if (walkedAll) {
        const auto first = walked.begin() + std::min<qsizetype>(query.offset, walked.size());
        if (first == walked.end())
            return page;
        QStringList marks;
        for (auto it = first; it != walked.end(); ++it) {
            marks << QStringLiteral("?");
            pageValues << *it;
        }
        pageSql = QStringLiteral("SELECT %1 FROM job WHERE rowid IN (%2) ORDER BY %3")
                      .arg(EntityStore::selectColumns(spec), marks.join(QLatin1Char(',')), order);
    } else {
        QString sql = filterSql;
        pageValues = values;
        QString from = QStringLiteral("job");
        if (!text.isEmpty()) {
            if (Status st = buildMatch(); !st.ok())
                return st.error();
            if (matchesNothing) {
                // Counted by LIKE, yet no trigram starts with the text as the index folds it.
                sql += QStringLiteral(" AND ") + likeSql;
                pageValues << like;
            } else {
                sql += QStringLiteral(" AND ") + textSql(pageValues);
            }
        } else if (query.openOnly) {
            from = seekIndex;
        }
        pageValues << query.limit << query.offset;
        pageSql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                      .arg(EntityStore::selectColumns(spec), from, sql, order);
    }
    auto rows = db.exec(pageSql, pageValues);
    if (!rows.ok())
        return rows.error();
    while (rows.value().next())
        page.jobs.push_back(EntityStore::fromRow(spec, rows.value()));
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
