#include "jobrepository.h"

#include "places.h"

#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>
#include <limits>

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

// A place asked for is found under every name records may give it (南宁市横县, 横州市).
QStringList withSpellings(const QStringList& districts)
{
    QStringList out;
    for (const QString& d : districts)
        for (const QString& spelling : Places::guangxi().spellings(d))
            if (!out.contains(spelling))
                out << spelling;
    return out;
}

// The conditions of a list's filters, but `except` (a column, or none).
void addFilters(QStringList& where, QVariantList& values, const JobQuery& query,
                const QString& except = {})
{
    const auto add = [&](const QString& column, const QStringList& list) {
        if (column != except)
            addIn(where, values, column, list);
    };
    add(QStringLiteral("district"), query.districts);
    add(QStringLiteral("occupation"), query.occupations);
    add(QStringLiteral("pay_unit"), query.payUnits);
    add(QStringLiteral("settlement"), query.settlements);
    add(QStringLiteral("form"), query.forms);
    if (query.publicWelfare) {
        where << QStringLiteral("public_welfare = ?");
        values << (*query.publicWelfare ? 1 : 0);
    }
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

// The orders of JobQuery::Sort: a first key, then the filter columns and rowid, so that the order
// is total (stable pages). OpenJobIndex keeps the same orders in memory.
QString orderOf(JobQuery::Sort sort)
{
    switch (sort) {
    case JobQuery::Sort::HighestPay:
        return QStringLiteral("pay_day DESC, max(published_at, created_at) DESC, district DESC, "
                              "occupation DESC, "
                              "pay_unit DESC, settlement DESC, form DESC, public_welfare DESC, "
                              "valid_until DESC, rowid DESC");
    case JobQuery::Sort::SoonestStart:
        return QStringLiteral("start_date, max(published_at, created_at) DESC, district, "
                              "occupation, pay_unit, "
                              "settlement, form, public_welfare, valid_until, rowid");
    case JobQuery::Sort::Newest:
        break;
    }
    return QStringLiteral("max(published_at, created_at) DESC, district DESC, occupation DESC, "
                          "pay_unit DESC, "
                          "settlement DESC, form DESC, public_welfare DESC, valid_until DESC, "
                          "rowid DESC");
}

// Text: a substring of the searchable text, of any length, found in one of two ways:
//  - by testing a row's text (exact, but each test reads the row);
//  - through the trigram index (migration 013): three or more characters are one phrase, which
//    matches exactly the rows holding them; one or two characters match no trigram by
//    themselves, so they are expanded through the index's vocabulary into every trigram that
//    starts with them (the indexed text ends with two spaces, so an occurrence at the very end
//    starts a trigram too) — never LIKE against the trigram table, which misbehaves on SQLite
//    3.40.
struct TextSearch
{
    explicit TextSearch(const QString& query)
        : text(query.trimmed())
        , chars(text.toUcs4())
        , latin(std::any_of(text.begin(), text.end(),
                            [](QChar c) { return c.unicode() < 128 && c.isLetter(); }))
        , rowsAgree(std::none_of(text.begin(), text.end(), [](QChar c) {
            return c.unicode() >= 128 && c.toLower() != c.toUpper();
        }))
    {}

    // An SQL condition that a job row holds the text, with its values appended to `values`.
    // LIKE folds the case of Latin letters; a text without them is found by instr() at half
    // LIKE's cost. Text without a space cannot run from one column into the next (the
    // searchable text joins them with spaces), so each column is tested by itself, which spares
    // building the joined text.
    QString rowTest(QVariantList& values) const
    {
        const QString pattern =
            latin ? QLatin1Char('%') + escapeLike(text) + QLatin1Char('%') : text;
        auto test = [&](const QString& expr) {
            values << pattern;
            return latin ? QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(expr)
                         : QStringLiteral("instr(%1, ?) > 0").arg(expr);
        };
        if (text.contains(QLatin1Char(' ')))
            return test(JobRepository::searchBody());
        QStringList any;
        for (const char* column : {"title", "occupation", "skills", "district", "address",
                                   "employer_name", "description"})
            any << test(QLatin1String(column));
        return QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }

    // The trigram index query, built once; matchesNothing when no trigram can hold the text.
    Status build(const Database& db)
    {
        if (built)
            return {};
        QStringList terms;
        if (chars.size() >= 3) {
            terms << text;
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
        for (QString& t : terms)
            t = phrase(t);
        built = true;
        matchesNothing = terms.isEmpty();
        match = terms.join(QLatin1String(" OR "));
        return {};
    }

    // `t` as one phrase of an index query.
    static QString phrase(QString t)
    {
        t.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + t + QLatin1Char('"');
    }

    // The trigrams of text of three or more characters, each as an index query.
    QStringList trigrams() const
    {
        QStringList out;
        for (qsizetype i = 0; i + 3 <= chars.size(); ++i)
            out << phrase(QString::fromUcs4(reinterpret_cast<const char32_t*>(&chars[i]), 3));
        return out;
    }

    // Rows of the trigram index that hold the text, as a condition on job (after build()).
    QString condition(QVariantList& vals) const
    {
        vals << match;
        return QStringLiteral("rowid IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)");
    }

    QString text;
    QList<uint> chars;
    bool latin;
    // The trigram index folds the case of every letter, a row test (rowTest()) only that of
    // ASCII letters: for text with other letters that have a case (É, Ж, Ａ) only the index
    // gives the answer, so such text is never found by testing rows.
    bool rowsAgree;
    QString match;
    bool built = false;
    bool matchesNothing = false;
};

// The share of the newest open postings (a sample of `sample`) that hold the text: it chooses how
// to count and whether to walk an order.
Result<double> sampleShare(const Database& db, const TextSearch& ts, int sample)
{
    QVariantList values;
    const QString test = ts.rowTest(values);
    auto hits = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT title, occupation, skills, "
                       "district, address, employer_name, description FROM job "
                       "%3 WHERE status = 'published' "
                       "AND deleted = 0 ORDER BY max(published_at, created_at) DESC LIMIT %1) "
                       "WHERE %2")
            .arg(QString::number(sample), test, db.indexedBy(QStringLiteral("job_open_newest"))),
        values);
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

// Appends the rows of `rows` that hold the text to `out`, in their order, stopping once
// `out` holds `max` rows. Each row is read and its text tested.
Status keepHolding(const Database& db, const TextSearch& ts, std::span<const qint64> rows,
                   std::vector<qint64>& out, size_t max)
{
    if (rows.empty() || out.size() >= max)
        return {};
    QStringList ids;
    for (qint64 r : rows)
        ids << QString::number(r);
    QVariantList values;
    const QString test = ts.rowTest(values);
    auto r = db.exec(QStringLiteral("SELECT rowid FROM job WHERE rowid IN (%1) AND %2")
                         .arg(ids.join(QLatin1Char(',')), test),
                     values);
    if (!r.ok())
        return r.error();
    QSet<qint64> held;
    while (r.value().next())
        held.insert(r.value().value(0).toLongLong());
    for (auto it = rows.begin(); it != rows.end() && out.size() < max; ++it) {
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
        if (Status st = keepHolding(db, ts, chunk, walk.rowids, size_t(need)); !st.ok())
            return st.error();
        if (int(walk.rowids.size()) >= need || pos >= index.size()) {
            walk.complete = true;
            return walk;
        }
        batch = std::min<qsizetype>(batch * 2, 4096);
    }
}

// How far streamHits() went through the trigram index's hits.
struct Streamed
{
    qint64 read = 0;  // hits handed over
    qint64 first = 0; // the first hit's rowid
    qint64 last = 0;  // the last hit's rowid
    bool complete = false;
};

// The trigram index's hits for the text, for Database::stream: all of them, those with rowids up
// to a bound, and those past it. (FTS5 reads a range bounded on both sides more slowly than one
// bounded on one side or none.)
const QString kHitsSql =
    QStringLiteral("SELECT 1 FROM job_fts WHERE job_fts MATCH ? AND lingong_take(rowid) LIMIT 1");
const QString kHitsUpToSql = QStringLiteral(
    "SELECT 1 FROM job_fts WHERE job_fts MATCH ? AND rowid <= ? AND lingong_take(rowid) LIMIT 1");
const QString kHitsPastSql = QStringLiteral(
    "SELECT 1 FROM job_fts WHERE job_fts MATCH ? AND rowid > ? AND lingong_take(rowid) LIMIT 1");

// Hands hits to a selection in batches, until it has accepted `stop` of them (the last batch
// may take it past `stop`).
class Feed
{
public:
    Feed(OpenJobIndex::Selection& selection, qsizetype stop)
        : m_selection(selection)
        , m_stop(stop)
    {
        m_batch.reserve(kBatch);
    }
    // For Database::stream: true to stop.
    bool take(qint64 rowid)
    {
        if (m_streamed.read++ == 0)
            m_streamed.first = rowid;
        m_streamed.last = rowid;
        m_batch.push_back(rowid);
        if (m_batch.size() >= kBatch)
            flush();
        return m_stopped;
    }
    // After the statement: hands over the rest.
    Streamed finish()
    {
        m_streamed.complete = !m_stopped;
        if (m_streamed.complete)
            flush();
        return m_streamed;
    }

private:
    static constexpr size_t kBatch = 256;
    void flush()
    {
        m_selection.offer(m_batch);
        m_batch.clear();
        m_stopped = m_selection.accepted() >= m_stop;
    }

    OpenJobIndex::Selection& m_selection;
    qsizetype m_stop;
    std::vector<qint64> m_batch;
    Streamed m_streamed;
    bool m_stopped = false;
};

// Hands the trigram index's hits for `match` to `selection`, in rowid order, until it has
// accepted `stop` of them.
Result<Streamed> streamHits(const Database& db, const QString& match,
                            OpenJobIndex::Selection& selection, qsizetype stop)
{
    Feed feed(selection, stop);
    const Status st = db.stream(kHitsSql, {match}, [&](qint64 rowid) { return feed.take(rowid); });
    if (!st.ok())
        return st.error();
    return feed.finish();
}

// From about this many index hits on, a read of all of them is split over two threads.
constexpr double kSplitHits = 4096;

// Puts the position in order `sort` of each hit of `match` that is an open posting into
// `ranked`, which the order is then walked through (OpenJobIndex::nextRanked): the hits are
// placed as they are read, and only they are looked at, however far down the order they lie.
// When about `expected` of them are many, the two halves of the rowid range are read at once
// (Database::streamTwo).
Status streamRanks(const Database& db, const QString& match, const OpenJobIndex& index, int sort,
                   RowidBits& ranked, double expected)
{
    const std::vector<quint32>& rank = index.ranks(sort);
    auto into = [&rank](RowidBits& bits) {
        return [&rank, &bits](qint64 rowid) {
            if (rowid < qint64(rank.size()) && rank[size_t(rowid)] != OpenJobIndex::kNoRank)
                bits.insert(rank[size_t(rowid)]);
            return false;
        };
    };
    const qint64 middle = RowidBits::split(index.rowidEnd());
    if (expected < kSplitHits || middle <= 0)
        return db.stream(kHitsSql, {match}, into(ranked));
    // Hits of both halves may stand anywhere in the order: each thread has a set of its own.
    RowidBits second(index.size());
    const Status st = db.streamTwo(kHitsUpToSql, {match, middle}, into(ranked), kHitsPastSql,
                                   {match, middle}, into(second));
    ranked.unite(second);
    return st;
}

// The rows of `rowids` that hold the text, appended to `out` in their order: tested row by row
// when that agrees with the index (TextSearch::rowsAgree), else asked of the index (after
// build()).
Status holding(const Database& db, const TextSearch& ts, std::span<const qint64> rowids,
               std::vector<qint64>& out)
{
    if (ts.rowsAgree) {
        return keepHolding(db, ts, rowids, out, std::numeric_limits<size_t>::max());
    }
    if (rowids.empty())
        return {};
    QStringList ids;
    for (qint64 r : rowids)
        ids << QString::number(r);
    auto r = db.exec(QStringLiteral("SELECT rowid FROM job_fts WHERE job_fts MATCH ? AND rowid IN "
                                    "(%1)")
                         .arg(ids.join(QLatin1Char(','))),
                     {ts.match});
    if (!r.ok())
        return r.error();
    QSet<qint64> held;
    while (r.value().next())
        held.insert(r.value().value(0).toLongLong());
    for (qint64 rowid : rowids) {
        if (held.contains(rowid))
            out.push_back(rowid);
    }
    return {};
}

// Text of four or more characters is a phrase of two or more trigrams, and every row holding it
// holds each of them. The index lists one trigram's hits for a fraction of the phrase's cost: one
// list instead of several, and no positions to compare.
struct Trigram
{
    QString match;
    double ratio = 1; // about how many of its hits there are for each hit of the text
};

// Of the text's trigrams, the one with the fewest hits among the rows the count went through
// (rowids counted.first to counted.last, which hold counted.read hits of the text).
Result<Trigram> rarestTrigram(const Database& db, const TextSearch& ts, const Streamed& counted)
{
    Trigram best;
    for (const QString& t : ts.trigrams()) {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM job_fts WHERE job_fts MATCH ? AND "
                                          "rowid >= ? AND rowid <= ?"),
                           {t, counted.first, counted.last});
        if (!n.ok())
            return n.error();
        const double ratio =
            std::max(1.0, n.value().toDouble() / double(std::max<qint64>(1, counted.read)));
        if (best.match.isEmpty() || ratio < best.ratio)
            best = {t, ratio};
    }
    return best;
}

// The first `need` rows of order `sort` that the filter accepts among the positions `ranked`
// holds. With `among`, they hold that trigram's hits: the rows met are tested in batches, each a
// little larger than the text's share of them needs, and only those holding the text are taken.
Result<std::vector<qint64>> firstAmong(const Database& db, const TextSearch& ts,
                                       const OpenJobIndex& index, int sort,
                                       const OpenJobIndex::Filter& filter, const RowidBits& ranked,
                                       const std::optional<Trigram>& among, size_t need)
{
    std::vector<qint64> out;
    if (!among) {
        index.nextRanked(sort, filter, ranked, 0, out, qsizetype(need));
        return out;
    }
    std::vector<qint64> batch;
    qsizetype pos = 0;
    // The first batch a quarter larger than the ratio asks for (it is a sample's); the next ones
    // twice as large each, up to 4096 rows, for when the trigram's hits hold the text more rarely
    // than foreseen.
    qsizetype size = qsizetype(std::ceil(double(need) * among->ratio * 1.25)) + 8;
    while (out.size() < need && pos < index.size()) {
        batch.clear();
        pos = index.nextRanked(sort, filter, ranked, pos, batch, size);
        if (Status st = holding(db, ts, batch, out); !st.ok())
            return st.error();
        size = std::max(size, std::min<qsizetype>(2 * size, 4096));
    }
    if (out.size() > need)
        out.resize(need);
    return out;
}

} // namespace

Result<JobPage> JobRepository::search(const JobQuery& asked) const
{
    const Database& db = m_store.database();
    JobQuery query = asked;
    query.districts = withSpellings(asked.districts);
    // Open lists filter and sort in memory, except inside a transaction (whose changes may yet
    // be rolled back) or when the store holds values the index cannot key.
    if (query.openOnly && query.contactPhone.isEmpty() && db.transactionDepth() == 0) {
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
        OpenJobIndex::Selection selection(index, sort, filter, size_t(need));
        Streamed streamed;
        double share = -1;    // of the postings the filter accepts that hold the text; -1: unknown
        double unread = 0;    // about how many hits the index has beyond those streamed
        double walkTests = 0; // about how many rows a walk along the order would test
        bool done = false;    // hits hold the page
        if (ts.chars.size() < 3 && ts.rowsAgree) {
            // Short text held by many rows is counted by testing rows along the newest order:
            // expanding it into the trigrams that start with it reads the index entries of
            // every row holding it (about one per row, each costing 1 / kRowTestCost of a row
            // test).
            auto sampled = sampleShare(db, ts, kSample);
            if (!sampled.ok())
                return sampled.error();
            const double s = sampled.value();
            if (s > 0 && (cap + 1) / s * kRowTestCost < s * double(index.size())) {
                share = sampled.value();
                auto walk = walkText(db, index, int(JobQuery::Sort::Newest), filter, ts, cap + 1,
                                     -1, share);
                if (!walk.ok())
                    return walk.error();
                hits = std::move(walk.value().rowids);
                page.totalCapped = int(hits.size()) > cap;
                page.total = std::min(int(hits.size()), cap);
                if (!page.totalCapped) {
                    index.sort(hits, sort);
                    done = true;
                } else if (sort == int(JobQuery::Sort::Newest) && int(hits.size()) >= need) {
                    page.orderedScan = true;
                    done = true;
                }
            }
        }
        if (share < 0) {
            // Counted through the index, up to cap + 1; the selection keeps the first rows of
            // the order among the hits handed over.
            if (Status st = ts.build(db); !st.ok())
                return st.error();
            if (ts.matchesNothing)
                return page;
            auto counted = streamHits(db, ts.match, selection, cap + 1);
            if (!counted.ok())
                return counted.error();
            streamed = counted.value();
            page.totalCapped = selection.accepted() > cap;
            page.total = int(std::min<qsizetype>(selection.accepted(), cap));
            if (streamed.complete) {
                hits = selection.first();
                done = true;
            } else {
                // The hits come in rowid order; the share of the rowids read so far, from the
                // first hit on (text of a new trade sits among the newer rows), tells about how
                // many there are in all.
                const double f =
                    std::clamp(double(streamed.last - streamed.first + 1) /
                                   double(std::max<qint64>(1, index.rowidEnd() - streamed.first)),
                               1e-9, 1.0);
                const double walkable = std::max(1.0, index.acceptedEstimate(filter));
                unread = double(streamed.read) / f - double(streamed.read);
                share = std::clamp(double(selection.accepted()) / f / walkable, 1e-9, 1.0);
                // Those hits are a sample of all of them (a share f): where the best of them
                // stand in the order tells how far a walk would go for `need` hits. From the
                // gaps between them, the walk meets a hit every gap * f rows; hits may also
                // gather far down an order (a trade's jobs pay alike), and then the best of the
                // sample stands further down than one gap, and the walk must go there first.
                const std::vector<qint64> best = selection.first();
                if (!best.empty()) {
                    const double head = double(index.rankOf(sort, best.front()));
                    const double gap = (double(index.rankOf(sort, best.back())) - head) /
                                       double(std::max<size_t>(1, best.size() - 1));
                    const double reach = std::max(0.0, head - gap) + 1 + gap * need * f;
                    walkTests = reach * walkable / double(std::max<qsizetype>(1, index.size()));
                }
            }
        }
        if (!done && need > offset) {
            // More than cap rows hold the text. A walk along the order finds the page quickly
            // when they are common near its head; it tests no more rows than a budget (hits
            // may be rare at the head of an order even when common overall: a trade's jobs all
            // pay alike). Otherwise all the index's hits are read, their positions in the order
            // set as bits, and the page is read off the first of them.
            //
            // What reading the rest of the hits costs, counted in hits of one trigram: a hit of
            // a longer phrase costs more (one more position list per trigram), unless the hits
            // of one of its trigrams are hardly more than the phrase's own.
            double rest = unread * double(std::max<qsizetype>(2, ts.chars.size() - 1)) / 2;
            std::optional<Trigram> among;
            if (ts.built && ts.chars.size() >= 4 && unread >= kSplitHits) {
                auto rarest = rarestTrigram(db, ts, streamed);
                if (!rarest.ok())
                    return rarest.error();
                if (rarest.value().ratio * kAmongMargin * 2 < double(ts.chars.size() - 1)) {
                    rest = unread * rarest.value().ratio;
                    among = rarest.value();
                }
            }
            qsizetype budget = 0;
            if (!ts.rowsAgree) {
                // Only the index answers (see TextSearch::rowsAgree).
            } else if (!ts.built) {
                // Short text counted by walking: building its index query may read much of the
                // index, so the walk goes further.
                budget = qsizetype(4 * need / share);
            } else if (2 * walkTests * kRowTestCost <= rest) {
                // The walk must be clearly cheaper: it may find fewer hits than foreseen and end
                // up costing both.
                budget =
                    qsizetype(std::min(std::max(2 * walkTests, need + 32.0), rest / kRowTestCost));
            }
            std::optional<Found> walk;
            if (budget > 0) {
                auto walked = walkText(db, index, sort, filter, ts, need, budget, share);
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
                if (ts.matchesNothing) {
                    // Counted by testing rows, yet no trigram starts with the text as the index
                    // folds it.
                    auto all = walkText(db, index, sort, filter, ts, need, -1, share);
                    if (!all.ok())
                        return all.error();
                    hits = std::move(all.value().rowids);
                } else {
                    RowidBits ranked(index.size());
                    const double expected =
                        std::max(share * double(index.size()), double(streamed.read) + unread) *
                        (among ? among->ratio : 1.0);
                    if (Status st = streamRanks(db, among ? among->match : ts.match, index, sort,
                                                ranked, expected);
                        !st.ok())
                        return st.error();
                    auto first =
                        firstAmong(db, ts, index, sort, filter, ranked, among, size_t(need));
                    if (!first.ok())
                        return first.error();
                    hits = std::move(first.value());
                    page.fromTrigram = among.has_value();
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
    const std::span<const qint64> shown(hits.data() + offset,
                                        std::min(hits.size(), size_t(need)) - size_t(offset));
    QStringList ids;
    QHash<qint64, size_t> place;
    for (size_t i = 0; i < shown.size(); ++i) {
        ids << QString::number(shown[i]);
        place.insert(shown[i], i);
    }
    // (Another connection may have closed a posting since the index was read.)
    auto rows =
        db.exec(QStringLiteral("SELECT %1, rowid FROM job WHERE rowid IN (%2) AND status = "
                               "'published' AND deleted = 0 AND valid_until >= ?")
                    .arg(EntityStore::selectColumns(entities::job()), ids.join(QLatin1Char(','))),
                {query.today.toString(Qt::ISODate)});
    if (!rows.ok())
        return rows.error();
    // They come in rowid order and are put in the order of the hits.
    std::vector<std::optional<StoredEntity>> placed(shown.size());
    const int rowidColumn = rows.value().record().count() - 1;
    while (rows.value().next()) {
        placed[place.value(rows.value().value(rowidColumn).toLongLong())] =
            EntityStore::fromRow(entities::job(), rows.value());
    }
    for (std::optional<StoredEntity>& e : placed) {
        if (e)
            page.jobs.push_back(std::move(*e));
    }
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
    addFilters(filters, filterValues, query);
    if (!query.contactPhone.isEmpty()) {
        // As typed at the window or the kiosk: dashes, spaces, brackets and a country code
        // around the digits.
        filters << QStringLiteral(
            "(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(contact_phone, '-', ''), ' ', ''), "
            "'(', ''), ')', ''), '+86', ''), '0086', '') IN (?, ?))");
        filterValues << query.contactPhone << QStringLiteral("86") + query.contactPhone;
    }
    QString where = (base + filters).join(QLatin1String(" AND "));
    QVariantList whereValues = baseValues + filterValues;

    // Filters alone seek on the trade or the district (migration 011 orders the district index
    // by the filters the kiosk offers next) and read the rest from the index.
    QString from = QStringLiteral("job");
    if (query.openOnly) {
        from = QStringLiteral("job ") + db.indexedBy(!query.occupations.isEmpty()
                                                         ? QStringLiteral("job_open_occupation")
                                                         : QStringLiteral("job_open_district"));
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
        QStringLiteral("SELECT occupation, COUNT(*), SUM(headcount) FROM job %1 "
                       "WHERE deleted = 0 AND status = 'published' AND valid_until >= ? "
                       "GROUP BY occupation ORDER BY occupation")
            .arg(m_store.database().indexedBy(QStringLiteral("job_open_occupation"))),
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

Result<std::vector<double>> JobRepository::openPayMaxima(const QString& occupation,
                                                         const QString& unit, const QDate& today,
                                                         const QString& except, int limit) const
{
    auto r = m_store.database().exec(
        QStringLiteral("SELECT pay_max FROM job %1 WHERE occupation = ? AND pay_unit = ? AND "
                       "deleted = 0 AND status = 'published' AND valid_until >= ? AND id <> ? "
                       "AND pay_max > 0 ORDER BY created_at DESC LIMIT ?")
            .arg(m_store.database().indexedBy(QStringLiteral("job_open_occupation"))),
        {occupation, unit, today.toString(Qt::ISODate), except, limit});
    if (!r.ok())
        return r.error();
    std::vector<double> out;
    while (r.value().next())
        out.push_back(r.value().value(0).toDouble());
    return out;
}

Result<QHash<QString, int>> JobRepository::openCountsBy(const JobQuery& query,
                                                        const QString& column) const
{
    static const QStringList columns{QStringLiteral("district"), QStringLiteral("pay_unit"),
                                     QStringLiteral("settlement"), QStringLiteral("form")};
    if (!columns.contains(column))
        return makeError(QStringLiteral("job.count"),
                         QStringLiteral("no counts by %1").arg(column));
    QStringList where{QStringLiteral("deleted = 0"), QStringLiteral("status = 'published'"),
                      QStringLiteral("valid_until >= ?")};
    QVariantList values{query.today.toString(Qt::ISODate)};
    // One query over the open postings, grouped: not one a choice.
    JobQuery filters = query;
    filters.districts = withSpellings(query.districts);
    addFilters(where, values, filters, column);
    const Database& db = m_store.database();
    auto r = db.exec(
        QStringLiteral("SELECT %1, COUNT(*) FROM job %2 WHERE %3 GROUP BY %1")
            .arg(column,
                 db.indexedBy(!query.occupations.isEmpty() ? QStringLiteral("job_open_occupation")
                                                           : QStringLiteral("job_open_district")),
                 where.join(QLatin1String(" AND "))),
        values);
    if (!r.ok())
        return r.error();
    QHash<QString, int> out;
    while (r.value().next()) {
        QString value = r.value().value(0).toString();
        if (column == QLatin1String("district"))
            value = Places::guangxi().canonical(value);
        out[value] += r.value().value(1).toInt();
    }
    return out;
}

Result<std::vector<StoredEntity>> JobRepository::newestPublished(const QDate& today,
                                                                 int limit) const
{
    auto r = m_store.database().exec(
        QStringLiteral("SELECT id FROM job %1 WHERE status = 'published' AND deleted = 0 "
                       "AND valid_until >= ? ORDER BY max(published_at, created_at) DESC LIMIT ?")
            .arg(m_store.database().indexedBy(QStringLiteral("job_open_newest"))),
        {today.toString(Qt::ISODate), limit});
    if (!r.ok())
        return r.error();
    QStringList ids;
    while (r.value().next())
        ids << r.value().value(0).toString();
    std::vector<StoredEntity> out;
    for (const QString& id : std::as_const(ids)) {
        auto job = m_store.get(entities::job(), id);
        if (!job.ok())
            return job.error();
        if (job.value())
            out.push_back(std::move(*job.value()));
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
