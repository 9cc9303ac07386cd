#include "jobrepository.h"

#include <QSet>
#include <QSqlError>

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

// The orders of JobQuery::Sort. Each names every column of its index (migration 006) and then
// rowid, so open lists are read straight off the index, and the order is total (stable pages).
// OpenJobIndex keeps the same orders in memory.
QString orderOf(JobQuery::Sort sort)
{
    switch (sort) {
    case JobQuery::Sort::HighestPay:
        return QStringLiteral("pay_day DESC, created_at DESC, district DESC, occupation DESC, "
                              "pay_unit DESC, settlement DESC, form DESC, public_welfare DESC, "
                              "valid_until DESC, rowid DESC");
    case JobQuery::Sort::SoonestStart:
        return QStringLiteral("start_date, created_at DESC, district, occupation, pay_unit, "
                              "settlement, form, public_welfare, valid_until, rowid");
    case JobQuery::Sort::Newest:
        break;
    }
    return QStringLiteral("created_at DESC, district DESC, occupation DESC, pay_unit DESC, "
                          "settlement DESC, form DESC, public_welfare DESC, valid_until DESC, "
                          "rowid DESC");
}

// Text: a substring of the searchable text, of any length, found in one of two ways:
//  - LIKE on the row's text (exact, but each test reads the row);
//  - the trigram index: three or more characters ask for all their trigrams (and LIKE keeps the
//    rows that hold the text itself when it is longer than one trigram); one or two characters
//    match no trigram by themselves, so they are expanded through the index's vocabulary into
//    every trigram that starts with them (the indexed text ends with two spaces, so an
//    occurrence at the very end starts a trigram too) — never LIKE against the trigram table,
//    which misbehaves on SQLite 3.40.
struct TextSearch
{
    explicit TextSearch(const QString& query)
        : text(query.trimmed())
        , chars(text.toUcs4())
        , latin(std::any_of(text.begin(), text.end(),
                            [](QChar c) { return c.unicode() < 128 && c.isLetter(); }))
    {}

    // An SQL condition that `expr` holds the text, with one value to bind (value()). LIKE folds
    // the case of Latin letters; a text without them is found by instr() at half LIKE's cost.
    QString holds(const QString& expr) const
    {
        return latin ? QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(expr)
                     : QStringLiteral("instr(%1, ?) > 0").arg(expr);
    }
    QString value() const
    {
        return latin ? QLatin1Char('%') + escapeLike(text) + QLatin1Char('%') : text;
    }

    // Trigram hits need a row test too (the text is longer than one trigram).
    bool verify() const { return chars.size() > 3; }

    // The trigram index query, built once; matchesNothing when no trigram can hold the text.
    Status build(const Database& db)
    {
        if (built)
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
        built = true;
        matchesNothing = terms.isEmpty();
        match = terms.join(chars.size() >= 3 ? QLatin1String(" AND ") : QLatin1String(" OR "));
        return {};
    }

    // Rows of the trigram index that hold the text, as a condition on job (after build()).
    QString condition(QVariantList& vals) const
    {
        QString sql = QStringLiteral("rowid IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)");
        vals << match;
        if (verify()) {
            sql += QStringLiteral(" AND ") + holds(JobRepository::searchBody());
            vals << value();
        }
        return sql;
    }

    QString text;
    QList<uint> chars;
    bool latin;
    QString match;
    bool built = false;
    bool matchesNothing = false;
};

// The share of the newest open postings (a sample of `sample`) that hold the text: it chooses how
// to count and whether to walk an order.
Result<double> sampleShare(const Database& db, const TextSearch& ts, int sample)
{
    auto hits =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT %1 AS body FROM job INDEXED BY "
                                 "job_open_newest WHERE status = 'published' AND deleted = 0 "
                                 "ORDER BY created_at DESC LIMIT %2) WHERE %3")
                      .arg(JobRepository::searchBody(), QString::number(sample),
                           ts.holds(QStringLiteral("body"))),
                  {ts.value()});
    if (!hits.ok())
        return hits.error();
    return hits.value().toDouble() / sample;
}

// Rowids found in order; complete when the search ran to its end or found all it was asked for.
struct Found
{
    std::vector<qint64> rowids;
    bool complete = false;
};

// Appends the rows of [first, last) that hold the text to `out`, in their order, stopping once
// `out` holds `max` rows. Each row is read and its text tested.
Status keepHolding(const Database& db, const TextSearch& ts,
                   std::vector<qint64>::const_iterator first,
                   std::vector<qint64>::const_iterator last, std::vector<qint64>& out, size_t max)
{
    if (first == last || out.size() >= max)
        return {};
    QStringList ids;
    for (auto it = first; it != last; ++it)
        ids << QString::number(*it);
    auto r = db.exec(QStringLiteral("SELECT rowid FROM job WHERE rowid IN (%1) AND %2")
                         .arg(ids.join(QLatin1Char(',')), ts.holds(JobRepository::searchBody())),
                     {ts.value()});
    if (!r.ok())
        return r.error();
    QSet<qint64> held;
    while (r.value().next())
        held.insert(r.value().value(0).toLongLong());
    for (auto it = first; it != last && out.size() < max; ++it) {
        if (held.contains(*it))
            out.push_back(*it);
    }
    return {};
}

// Walks order `sort` of the open postings the filter accepts and tests their text in growing
// batches, until `need` rows hold it or `budget` rows were tested (budget < 0: no limit).
Result<Found> walkText(const Database& db, const OpenJobIndex& index, int sort,
                       const OpenJobIndex::Filter& filter, const TextSearch& ts, int need,
                       qsizetype budget, double share)
{
    Found walk;
    qsizetype pos = 0;
    qsizetype tested = 0;
    qsizetype batch = std::clamp<qsizetype>(qsizetype(need / std::max(share, 0.05)) + 16, 32, 4096);
    std::vector<qint64> chunk;
    for (;;) {
        const qsizetype take = budget < 0 ? batch : std::min(batch, budget - tested);
        if (take <= 0)
            return walk;
        chunk.clear();
        pos = index.next(sort, filter, pos, chunk, take);
        tested += qsizetype(chunk.size());
        if (Status st =
                keepHolding(db, ts, chunk.cbegin(), chunk.cend(), walk.rowids, size_t(need));
            !st.ok())
            return st.error();
        if (int(walk.rowids.size()) >= need || pos >= index.size()) {
            walk.complete = true;
            return walk;
        }
        batch = std::min<qsizetype>(batch * 2, 4096);
    }
}

// Open postings the filter accepts among the trigram index's hits, in rowid order, until `max`
// (their rows tested too when `verify`); complete when the index had no more.
Result<Found> indexHits(const Database& db, const OpenJobIndex& index,
                        const OpenJobIndex::Filter& filter, const TextSearch& ts, size_t max,
                        bool verify)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT rowid FROM job_fts WHERE job_fts MATCH ?")))
        return Database::databaseError(QStringLiteral("prepare"), q.lastError().text());
    q.addBindValue(ts.match);
    if (!q.exec())
        return Database::databaseError(QStringLiteral("exec"), q.lastError().text());
    Found found;
    std::vector<qint64> pending;
    auto flush = [&]() -> Status {
        Status st = keepHolding(db, ts, pending.cbegin(), pending.cend(), found.rowids, max);
        pending.clear();
        return st;
    };
    while (found.rowids.size() < max && q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        if (!index.accepts(rowid, filter))
            continue;
        if (!verify) {
            found.rowids.push_back(rowid);
        } else {
            pending.push_back(rowid);
            if (pending.size() >= 256) {
                if (Status st = flush(); !st.ok())
                    return st.error();
            }
        }
    }
    if (Status st = flush(); !st.ok())
        return st.error();
    found.complete = found.rowids.size() < max;
    return found;
}

} // namespace

Result<JobPage> JobRepository::search(const JobQuery& query) const
{
    const Database& db = m_store.database();
    // Open lists filter and sort in memory, except inside a transaction (whose changes may yet
    // be rolled back) or when the store holds values the index cannot key.
    if (query.openOnly && db.transactionDepth() == 0) {
        std::lock_guard lock(m_openMutex);
        if (!m_open)
            m_open = std::make_unique<OpenJobIndex>(db);
        auto ready = m_open->refresh();
        if (!ready.ok())
            return ready.error();
        if (ready.value())
            return searchOpen(query, *m_open);
    }
    return searchStore(query);
}

Result<JobPage> JobRepository::searchOpen(const JobQuery& query, const OpenJobIndex& index) const
{
    const Database& db = m_store.database();
    const int sort = int(query.sort);
    const OpenJobIndex::Filter filter =
        index.filter(query.districts, query.occupations, query.payUnits, query.settlements,
                     query.forms, query.publicWelfare, query.today);
    const int offset = std::max(0, query.offset);
    const int need = offset + std::max(0, query.limit);
    const int cap = std::max(1, query.countCap);
    JobPage page;
    std::vector<qint64> hits; // counted rows: the first ones of the order, or all of them
    TextSearch ts(query.text);

    if (ts.text.isEmpty()) {
        // Filters only: the order itself, as far as the count and the page go.
        index.next(sort, filter, 0, hits, std::max(cap + 1, need));
        page.orderedScan = true;
    } else {
        auto share = sampleShare(db, ts, kSample);
        if (!share.ok())
            return share.error();
        std::optional<Found> counted;
        if (ts.chars.size() < 3 && share.value() >= kLikeCountShare) {
            // Common short text: testing about (cap + 1) / share open rows beats expanding the
            // text into the many trigrams that start with it.
            auto walk = walkText(db, index, int(JobQuery::Sort::Newest), filter, ts, cap + 1, -1,
                                 share.value());
            if (!walk.ok())
                return walk.error();
            counted = std::move(walk.value());
        } else {
            if (Status st = ts.build(db); !st.ok())
                return st.error();
            if (ts.matchesNothing)
                return page;
            auto found = indexHits(db, index, filter, ts, size_t(cap + 1), ts.verify());
            if (!found.ok())
                return found.error();
            counted = std::move(found.value());
        }
        hits = std::move(counted->rowids);
        const bool all = int(hits.size()) <= cap;
        page.totalCapped = !all;
        page.total = std::min(int(hits.size()), cap);
        if (hits.empty() || need <= offset)
            return page;
        if (all) {
            index.sort(hits, sort);
        } else {
            // More than cap rows hold the text. A walk along the order is quick when they are
            // common near its head; it tests no more than a budget of rows (hits may be rare at
            // the head of an order even when common overall: a trade's jobs all pay alike).
            // Otherwise every hit is sorted.
            // A row test reads the row (some µs); a hit from the trigram index costs about a
            // fiftieth of that to find, filter and sort.
            qsizetype budget = 0;
            if (share.value() > 0) {
                const double expected = need / share.value();
                const double sorting = share.value() * double(index.size()) / kRowTestCost;
                // Short text counted by walking has no trigram query yet, and building one may
                // read much of the index: its walk goes further.
                if (!ts.built)
                    budget = qsizetype(4 * expected);
                else if (expected <= sorting)
                    budget = qsizetype(std::min(4 * expected, sorting));
            }
            std::optional<Found> walk;
            if (budget > 0) {
                auto walked = walkText(db, index, sort, filter, ts, need, budget, share.value());
                if (!walked.ok())
                    return walked.error();
                walk = std::move(walked.value());
            }
            if (walk && walk->complete) {
                hits = std::move(walk->rowids);
                page.orderedScan = true;
            } else {
                if (Status st = ts.build(db); !st.ok())
                    return st.error();
                std::vector<qint64> candidates;
                if (ts.matchesNothing) {
                    // Counted by LIKE, yet no trigram starts with the text as the index folds it.
                    auto all = walkText(db, index, sort, filter, ts, need, -1, share.value());
                    if (!all.ok())
                        return all.error();
                    candidates = std::move(all.value().rowids);
                } else {
                    auto found = indexHits(db, index, filter, ts, size_t(-1), false);
                    if (!found.ok())
                        return found.error();
                    candidates = std::move(found.value().rowids);
                    index.sort(candidates, sort);
                }
                hits.clear();
                if (ts.verify() && !ts.matchesNothing) {
                    for (size_t i = 0; i < candidates.size() && int(hits.size()) < need;
                         i += size_t(std::max(64, need))) {
                        const size_t end =
                            std::min(candidates.size(), i + size_t(std::max(64, need)));
                        if (Status st = keepHolding(db, ts, candidates.cbegin() + qsizetype(i),
                                                    candidates.cbegin() + qsizetype(end), hits,
                                                    size_t(need));
                            !st.ok())
                            return st.error();
                    }
                } else {
                    hits = std::move(candidates);
                }
            }
        }
    }
    if (ts.text.isEmpty()) {
        page.totalCapped = int(hits.size()) > cap;
        page.total = std::min(int(hits.size()), cap);
    }

    // The page: its rows are read by rowid.
    if (int(hits.size()) <= offset)
        return page;
    QStringList ids;
    for (size_t i = size_t(offset); i < std::min(hits.size(), size_t(need)); ++i)
        ids << QString::number(hits[i]);
    // (Another connection may have closed a posting since the index was read.)
    auto rows = db.exec(QStringLiteral("SELECT %1 FROM job WHERE rowid IN (%2) AND status = "
                                       "'published' AND deleted = 0 AND valid_until >= ? "
                                       "ORDER BY %3")
                            .arg(EntityStore::selectColumns(entities::job()),
                                 ids.join(QLatin1Char(',')), orderOf(query.sort)),
                        {query.today.toString(Qt::ISODate)});
    if (!rows.ok())
        return rows.error();
    while (rows.value().next())
        page.jobs.push_back(EntityStore::fromRow(entities::job(), rows.value()));
    return page;
}

Result<JobPage> JobRepository::searchStore(const JobQuery& query) const
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
    QString where = (base + filters).join(QLatin1String(" AND "));
    QVariantList whereValues = baseValues + filterValues;

    // Filters alone seek on the trade or the district (migration 011 orders the district index
    // by the filters the kiosk offers next) and read the rest from the index.
    QString from = QStringLiteral("job");
    if (query.openOnly) {
        from = !query.occupations.isEmpty() ? QStringLiteral("job INDEXED BY job_open_occupation")
                                            : QStringLiteral("job INDEXED BY job_open_district");
    }
    JobPage page;
    TextSearch ts(query.text);
    if (!ts.text.isEmpty()) {
        if (Status st = ts.build(db); !st.ok())
            return st.error();
        if (ts.matchesNothing)
            return page;
        where += QStringLiteral(" AND ") + ts.condition(whereValues);
        from = QStringLiteral("job");
    }

    // The total, counted up to cap + 1, then the page.
    const int cap = std::max(1, query.countCap);
    auto count =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)")
                      .arg(from, where, QString::number(cap + 1)),
                  whereValues);
    if (!count.ok())
        return count.error();
    const int n = count.value().toInt();
    page.totalCapped = n > cap;
    page.total = std::min(n, cap);
    if (n <= query.offset || query.limit <= 0)
        return page;
    auto rows = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5 OFFSET %6")
                            .arg(EntityStore::selectColumns(entities::job()), from, where,
                                 orderOf(query.sort), QString::number(query.limit),
                                 QString::number(std::max(0, query.offset))),
                        whereValues);
    if (!rows.ok())
        return rows.error();
    while (rows.value().next())
        page.jobs.push_back(EntityStore::fromRow(entities::job(), rows.value()));
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
    // The change log (migration 012) keeps its last entries; a reader further behind reloads.
    auto trimmed = m_store.database().exec(
        QStringLiteral("DELETE FROM job_change WHERE seq <= (SELECT MAX(seq) FROM job_change) - ?"),
        {kChangesKept});
    if (!trimmed.ok())
        return trimmed.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return expired;
}

} // namespace lingong
