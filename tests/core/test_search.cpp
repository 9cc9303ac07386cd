#include "demodata.h"
#include "tempterminal.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace lingong;
using namespace lingong::test;

namespace {

QString searchText(const QJsonObject& d)
{
    const QJsonObject loc = d.value(QLatin1String("location")).toObject();
    const QStringList parts{d.value(QLatin1String("title")).toString(),
                            d.value(QLatin1String("occupation")).toString(),
                            d.value(QLatin1String("skills")).toString(),
                            loc.value(QLatin1String("district")).toString(),
                            loc.value(QLatin1String("address")).toString(),
                            d.value(QLatin1String("employer_name")).toString(),
                            d.value(QLatin1String("description")).toString()};
    return parts.join(QLatin1Char(' '));
}

QSet<QString> ids(const JobPage& page)
{
    QSet<QString> out;
    for (const StoredEntity& e : page.jobs)
        out.insert(e.id);
    return out;
}

QStringList idList(const JobPage& page)
{
    QStringList out;
    for (const StoredEntity& e : page.jobs)
        out << e.id;
    return out;
}

// FTS5 compares the trigram index with the text of every row: true when they agree exactly.
bool indexWhole(TempTerminal& t)
{
    return t->database()
        .exec(QStringLiteral("INSERT INTO job_fts(job_fts, rank) VALUES('integrity-check', 1)"))
        .ok();
}

// The whole list of open postings holding `text` on `today`, in order `sort`, uncapped.
JobQuery openList(const QString& text, const QDate& today, JobQuery::Sort sort)
{
    JobQuery q;
    q.text = text;
    q.today = today;
    q.sort = sort;
    q.limit = 100000;
    q.countCap = 100000;
    return q;
}

JobQuery everything(const QString& text = {})
{
    JobQuery q;
    q.text = text;
    q.openOnly = false;
    q.limit = 1000000;
    q.countCap = 1000000;
    return q;
}

QJsonObject simpleJob(const QString& title)
{
    return QJsonObject{
        {QStringLiteral("title"), title},
        {QStringLiteral("occupation"), QStringLiteral("普工")},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("district"), QStringLiteral("南宁市青秀区")}}},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), 100},
                                            {QStringLiteral("max"), 150},
                                            {QStringLiteral("unit"), QStringLiteral("day")}}},
        {QStringLiteral("start_date"), QStringLiteral("2026-11-23")},
        {QStringLiteral("valid_until"), QStringLiteral("2026-11-30")},
        {QStringLiteral("status"), QStringLiteral("published")},
    };
}

} // namespace

TEST_CASE("Job search equals a brute-force substring filter for queries of length 1 to 4",
          "[search]")
{
    TempTerminal t;
    DemoData demo(t->store());
    REQUIRE(demo.seed(3000).ok());
    const auto all = t->jobs().search(everything());
    REQUIRE(all.ok());
    REQUIRE(all->jobs.size() >= 3000);

    std::vector<std::pair<QString, QString>> corpus; // id, text
    for (const StoredEntity& e : all->jobs)
        corpus.emplace_back(e.id, searchText(e.data));

    QRandomGenerator rng(42);
    std::vector<QString> queries{
        QStringLiteral("保洁"),     QStringLiteral("电工"),     QStringLiteral("工"),
        QStringLiteral("南宁"),     QStringLiteral("日结"),     QStringLiteral("青秀区"),
        QStringLiteral("家政保洁"), QStringLiteral("无此词语"), QStringLiteral("%"),
        QStringLiteral("_"),        QStringLiteral("\""),       QStringLiteral("a"),
        QStringLiteral("S"),        QStringLiteral("Sh"),       QStringLiteral("sHE")};
    for (int i = 0; i < 150; ++i) {
        const QString& text = corpus[size_t(rng.bounded(int(corpus.size())))].second;
        const int len = 1 + rng.bounded(4);
        if (text.size() <= len)
            continue;
        const QString q = text.mid(rng.bounded(int(text.size() - len)), len).trimmed();
        if (!q.isEmpty())
            queries.push_back(q);
    }
    int nonEmpty = 0;
    for (const QString& q : queries) {
        INFO(q.toStdString());
        QSet<QString> expected;
        for (const auto& [id, text] : corpus)
            if (text.contains(q, Qt::CaseInsensitive))
                expected.insert(id);
        const auto page = t->jobs().search(everything(q));
        REQUIRE(page.ok());
        CHECK(ids(page.value()) == expected);
        CHECK(page->total == expected.size());
        if (!expected.isEmpty())
            ++nonEmpty;
    }
    CHECK(nonEmpty > 100);
}

TEST_CASE("The search index follows inserts, updates, tombstones and remote changes", "[search]")
{
    TempTerminal t;
    auto& store = t->store();
    const QString id = QStringLiteral("0f000000-0000-4000-8000-000000000001");
    REQUIRE(store.save(entities::job(), id, simpleJob(QStringLiteral("甘蔗砍收临时工"))).ok());
    CHECK(t->jobs().search(everything(QStringLiteral("甘蔗砍"))).value().total == 1);
    CHECK(t->jobs().search(everything(QStringLiteral("砍"))).value().total == 1);
    CHECK(indexWhole(t));

    REQUIRE(store.save(entities::job(), id, simpleJob(QStringLiteral("沙糖桔采摘工"))).ok());
    CHECK(t->jobs().search(everything(QStringLiteral("甘蔗砍"))).value().total == 0);
    CHECK(t->jobs().search(everything(QStringLiteral("沙糖桔"))).value().total == 1);
    CHECK(indexWhole(t));

    auto remote = simpleJob(QStringLiteral("芒果装箱工"));
    REQUIRE(store
                .applyRemote(entities::job(), id, QStringLiteral("upsert"), remote, 7,
                             QStringLiteral("2026-11-22T03:00:00Z"), QStringLiteral("hub"))
                .ok());
    CHECK(t->jobs().search(everything(QStringLiteral("沙糖桔"))).value().total == 0);
    CHECK(t->jobs().search(everything(QStringLiteral("芒果装箱"))).value().total == 1);
    CHECK(indexWhole(t));

    REQUIRE(store.remove(entities::job(), id).ok());
    CHECK(t->jobs().search(everything(QStringLiteral("芒果装箱"))).value().total == 0);
    CHECK(indexWhole(t));

    // A hard delete of the row removes it from the index too.
    REQUIRE(t->database().exec(QStringLiteral("DELETE FROM job WHERE id = ?"), {id}).ok());
    CHECK(t->database()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM job_fts WHERE job_fts MATCH ?"),
                      {QStringLiteral("\"芒果装\"")})
              .value()
              .toInt() == 0);
    CHECK(indexWhole(t));
}

TEST_CASE("Bulk loads index their rows once, also when they replace rows", "[search]")
{
    TempTerminal t;
    auto& store = t->store();
    const QString kept = QStringLiteral("0f000000-0000-4000-8000-000000000002");
    const QString replaced = QStringLiteral("0f000000-0000-4000-8000-000000000003");
    REQUIRE(store.save(entities::job(), kept, simpleJob(QStringLiteral("荔枝采摘工"))).ok());
    REQUIRE(store.save(entities::job(), replaced, simpleJob(QStringLiteral("香蕉装车工"))).ok());

    // One load replaces an indexed row, adds a row and replaces that new row again. It leaves
    // the connection's page cache as large as it was.
    const QVariant cacheSize = t->database().scalar(QStringLiteral("PRAGMA cache_size")).value();
    const QString added = QStringLiteral("0f000000-0000-4000-8000-000000000004");
    REQUIRE(store
                .importRows(entities::job(),
                            {{replaced, simpleJob(QStringLiteral("甘蔗搬运工"))},
                             {added, simpleJob(QStringLiteral("木薯收购员"))},
                             {added, simpleJob(QStringLiteral("桑蚕养殖工"))}},
                            QStringLiteral("demo"))
                .ok());
    CHECK(t->database().scalar(QStringLiteral("PRAGMA cache_size")).value() == cacheSize);
    CHECK(indexWhole(t));
    CHECK(t->jobs().search(everything(QStringLiteral("荔枝采"))).value().total == 1);
    CHECK(t->jobs().search(everything(QStringLiteral("香蕉"))).value().total == 0);
    CHECK(t->jobs().search(everything(QStringLiteral("甘蔗搬运"))).value().total == 1);
    CHECK(t->jobs().search(everything(QStringLiteral("木薯"))).value().total == 0);
    CHECK(t->jobs().search(everything(QStringLiteral("桑蚕养殖"))).value().total == 1);
    CHECK(t->database().scalar(QStringLiteral("SELECT bulk FROM search_control")).value().toInt() ==
          0);

    // Writes after the load go through the triggers again.
    REQUIRE(store.save(entities::job(), added, simpleJob(QStringLiteral("蔗糖厂临时工"))).ok());
    CHECK(t->jobs().search(everything(QStringLiteral("桑蚕"))).value().total == 0);
    CHECK(t->jobs().search(everything(QStringLiteral("蔗糖厂"))).value().total == 1);
    CHECK(indexWhole(t));
}

TEST_CASE("A bulk load is written to the trigram index as one segment", "[search]")
{
    // 3,000 postings of 100 random characters: several MiB of new terms, more than FTS5's
    // default hash of 1 MiB holds, far less than the 64 MiB of migration 15.
    TempTerminal t;
    QRandomGenerator random(15);
    std::vector<std::pair<QString, QJsonObject>> rows;
    QString probe;
    for (int i = 0; i < 3000; ++i) {
        QString text;
        for (int c = 0; c < 100; ++c)
            text += QChar(char16_t(0x4E00 + random.bounded(3000)));
        QJsonObject job = simpleJob(QStringLiteral("临时工"));
        job.insert(QStringLiteral("description"), text);
        rows.emplace_back(
            QStringLiteral("0f000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), job);
        if (i == 1234)
            probe = text.mid(40, 6);
    }
    REQUIRE(t->store().importRows(entities::job(), rows, QStringLiteral("demo")).ok());

    // FTS5 numbers a segment's pages (segment id << 37) + page; the structure record and the
    // averages are the rows below.
    CHECK(t->database()
              .scalar(QStringLiteral(
                  "SELECT COUNT(DISTINCT id >> 37) FROM job_fts_data WHERE id >= (1 << 37)"))
              .value()
              .toInt() == 1);
    CHECK(indexWhole(t));
    const JobPage page = t->jobs().search(everything(probe)).value();
    CHECK(idList(page).contains(QStringLiteral("0f000000-0000-4000-8000-000000001234")));
}

TEST_CASE("A load into an empty table makes its indexes once at the end, also when it fails or "
          "is cut short",
          "[search]")
{
    TempTerminal t;
    auto& store = t->store();
    auto indexes = [](const Database& db) {
        QStringList out;
        auto r = db.exec(QStringLiteral(
            "SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_schema WHERE type = 'index' AND "
            "tbl_name = 'job' ORDER BY name"));
        while (r.value().next())
            out << r.value().value(0).toString();
        return out;
    };
    auto jobCount = [&] {
        return t->database().scalar(QStringLiteral("SELECT COUNT(*) FROM job")).value().toInt();
    };
    auto whole = [](const Database& db) {
        return db.scalar(QStringLiteral("PRAGMA integrity_check")).value().toString() ==
               QStringLiteral("ok");
    };
    const QStringList made = indexes(t->database());
    REQUIRE(made.size() > 3);
    auto id = [](int i) {
        return QStringLiteral("0f000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    };

    // A load that fails after a batch: the batch stays, the indexes are back and hold it.
    QStringList during;
    Status failed = store.bulkLoad(entities::job(), [&]() -> Status {
        if (Status st = store.importRows(entities::job(),
                                         {{id(1), simpleJob(QStringLiteral("荔枝采摘工"))}},
                                         QStringLiteral("demo"));
            !st.ok())
            return st;
        during = indexes(t->database());
        return Error{QStringLiteral("database"), QStringLiteral("cut short"), {}, {}};
    });
    CHECK_FALSE(failed.ok());
    CHECK(during.size() == 1); // only the id's own index while loading
    CHECK(jobCount() == 1);
    CHECK(indexes(t->database()) == made);
    CHECK(whole(t->database()));
    CHECK(t->jobs().search(everything(QStringLiteral("荔枝采"))).value().total == 1);

    // Into a table that has rows, the indexes stay through the load.
    REQUIRE(store
                .bulkLoad(entities::job(),
                          [&]() -> Status {
                              during = indexes(t->database());
                              return store.importRows(
                                  entities::job(),
                                  {{id(2), simpleJob(QStringLiteral("香蕉装车工"))}},
                                  QStringLiteral("demo"));
                          })
                .ok());
    CHECK(during == made);
    CHECK(jobCount() == 2);
    CHECK(whole(t->database()));

    // A load into an empty store whose process ends before the indexes are made: opening the
    // store makes them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        REQUIRE(db.deferIndexes(QStringLiteral("job")).ok());
        CHECK(indexes(db).size() == 1);
        REQUIRE(db.exec(QStringLiteral("INSERT INTO job(id, title, occupation, created_at, "
                                       "modified_at) VALUES ('j', '电工', '电工', '2026-11-01', "
                                       "'2026-11-01')"))
                    .ok());
    }
    Database reopened;
    REQUIRE(reopened.open(path).ok());
    CHECK(indexes(reopened) == made);
    CHECK(reopened.scalar(QStringLiteral("SELECT COUNT(*) FROM deferred_index")).value().toInt() ==
          0);
    CHECK(whole(reopened));

    // An index that enforces uniqueness stays through a load; one made again meanwhile by
    // another connection is only taken off the list.
    REQUIRE(reopened.exec(QStringLiteral("CREATE TABLE t(a, b)")).ok());
    REQUIRE(reopened.exec(QStringLiteral("CREATE UNIQUE INDEX t_a ON t(a)")).ok());
    REQUIRE(reopened.exec(QStringLiteral("CREATE INDEX t_b ON t(b)")).ok());
    auto tIndexes = [&] {
        QStringList out;
        auto r = reopened.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                              "AND tbl_name = 't' ORDER BY name"));
        while (r.value().next())
            out << r.value().value(0).toString();
        return out;
    };
    REQUIRE(reopened.deferIndexes(QStringLiteral("t")).ok());
    CHECK(tIndexes() == QStringList{QStringLiteral("t_a")});
    REQUIRE(reopened.exec(QStringLiteral("CREATE INDEX t_b ON t(b)")).ok());
    CHECK(reopened.restoreIndexes(QStringLiteral("t")).ok());
    CHECK(tIndexes() == (QStringList{QStringLiteral("t_a"), QStringLiteral("t_b")}));
    CHECK(reopened.scalar(QStringLiteral("SELECT COUNT(*) FROM deferred_index")).value().toInt() ==
          0);
}

TEST_CASE("A load under way keeps its indexes from programs that open or search the store",
          "[search]")
{
    TempTerminal t;
    auto indexes = [](const Database& db) {
        return db
            .scalar(QStringLiteral(
                "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'job'"))
            .value()
            .toInt();
    };
    const int made = indexes(t->database());
    REQUIRE(made > 3);
    // Another program on the same store, running before the load starts.
    Terminal other(Config{}, t.clock());
    REQUIRE(other.open(t.path(), Mode::Kiosk).ok());
    auto open = [&](const QString& text = {}) {
        JobQuery q;
        q.today = t.clock().today();
        q.text = text;
        return q;
    };
    QStringList problems;
    int opened = -1;
    Status loaded = t->store().bulkLoad(entities::job(), [&]() -> Status {
        std::vector<std::pair<QString, QJsonObject>> rows;
        for (int i = 0; i < 30; ++i)
            rows.emplace_back(EntityStore::newId(), simpleJob(i % 3 ? QStringLiteral("荔枝采摘工")
                                                                    : QStringLiteral("搬运工")));
        if (Status st = t->store().importRows(entities::job(), rows, QStringLiteral("demo"));
            !st.ok())
            return st;
        REQUIRE(indexes(t->database()) == 1);
        // The other program lists, filters, searches and counts as before, only slower.
        JobQuery byTrade = open();
        byTrade.occupations = {QStringLiteral("普工")};
        JobQuery byDistrict = open();
        byDistrict.districts = {QStringLiteral("南宁市青秀区")};
        for (const JobQuery& q : {open(), byTrade, byDistrict, open(QStringLiteral("荔枝")),
                                  open(QStringLiteral("荔枝采摘"))}) {
            const auto page = other.jobs().search(q);
            if (!page.ok())
                problems << page.error().message;
            else
                CHECK(page->total == (q.text.isEmpty() ? 30 : 20));
        }
        const auto counts = other.jobs().openCountsByOccupation(t.clock().today());
        if (!counts.ok())
            problems << counts.error().message;
        else
            CHECK(counts->size() == 1);
        // A program that opens the store now leaves the indexes to the load.
        Database third;
        REQUIRE(third.open(t.path()).ok());
        opened = indexes(third);
        return {};
    });
    REQUIRE(loaded.ok());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(opened == 1);
    CHECK(indexes(t->database()) == made);
    CHECK(t->database()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM deferred_index"))
              .value()
              .toInt() == 0);
    CHECK(other.jobs().search(open(QStringLiteral("搬运"))).value().total == 10);

    // A load that throws (a generator thread out of memory, say) still makes them again.
    TempTerminal u;
    CHECK_THROWS(u->store().bulkLoad(
        entities::job(), []() -> Status { throw std::runtime_error("out of memory"); }));
    CHECK(indexes(u->database()) == made);
    // With the load over, a later one may defer them again.
    REQUIRE(u->store()
                .bulkLoad(entities::job(),
                          [&]() -> Status {
                              CHECK(indexes(u->database()) == 1);
                              return {};
                          })
                .ok());
}

TEST_CASE("Open-job search gives the same rows whichever plan a query gets", "[search]")
{
    // Common text (保洁, 南宁) is answered by walking the ordered index, rare text through the
    // trigram index; both must equal a plain substring filter over the open postings.
    TempTerminal t;
    DemoData demo(t->store());
    REQUIRE(demo.seed(2500).ok());
    const auto all = t->jobs().search(everything());
    REQUIRE(all.ok());
    const QString today = t.clock().today().toString(Qt::ISODate);
    std::vector<std::pair<QString, QString>> open; // id, text
    for (const StoredEntity& e : all->jobs) {
        if (e.data.value(QLatin1String("status")).toString() == QLatin1String("published") &&
            e.data.value(QLatin1String("valid_until")).toString() >= today)
            open.emplace_back(e.id, searchText(e.data));
    }
    REQUIRE(open.size() > 1000);

    QRandomGenerator rng(7);
    std::vector<QString> queries{QStringLiteral("保洁"), QStringLiteral("南宁"),
                                 QStringLiteral("工"),   QStringLiteral("日结"),
                                 QStringLiteral("区"),   QStringLiteral("到岗请带"),
                                 QStringLiteral("鑫"),   QStringLiteral("登记。")};
    for (int i = 0; i < 80; ++i) {
        const QString& text = open[size_t(rng.bounded(int(open.size())))].second;
        const int len = 1 + rng.bounded(4);
        const QString q = text.mid(rng.bounded(int(text.size() - len)), len).trimmed();
        if (!q.isEmpty())
            queries.push_back(q);
    }
    QSet<bool> plans;
    for (const QString& q : queries) {
        INFO(q.toStdString());
        QSet<QString> expected;
        for (const auto& [id, text] : open)
            if (text.contains(q, Qt::CaseInsensitive))
                expected.insert(id);
        for (auto sort :
             {JobQuery::Sort::Newest, JobQuery::Sort::HighestPay, JobQuery::Sort::SoonestStart}) {
            const JobQuery query = openList(q, t.clock().today(), sort);
            const auto page = t->jobs().search(query);
            REQUIRE(page.ok());
            CHECK(ids(page.value()) == expected);
            CHECK(page->total == expected.size());
            // Pages of 20 under a capped count are slices of the full list, in its order.
            const QStringList full = idList(page.value());
            for (int offset : {0, 20}) {
                JobQuery part = query;
                part.limit = 20;
                part.offset = offset;
                part.countCap = 10;
                const auto slice = t->jobs().search(part);
                REQUIRE(slice.ok());
                CHECK(idList(slice.value()) == full.mid(offset, 20));
                CHECK(slice->totalCapped == (expected.size() > 10));
                plans.insert(slice->orderedScan);
            }
        }
    }
    CHECK(plans == QSet<bool>{true, false});
}

TEST_CASE("Text gathered at the head of an order is found by walking it, at its end through the "
          "index",
          "[search]")
{
    // 5,000 桑蚕 postings pay more and start later than 5,000 甘蔗 ones, posted in turn (their
    // pays in no order of posting). Highest
    // pay first, every row at the head holds 桑蚕: the walk along the order finds the page after
    // a few rows. Soonest start first, none of them does: the page comes from the trigram
    // index's hits instead (so many that they are read in two halves at once, into one set that
    // the order is walked through). Both equal the full list.
    TempTerminal t;
    std::vector<std::pair<QString, QJsonObject>> rows;
    for (int i = 0; i < 10000; ++i) {
        const bool silk = i % 2 == 1;
        QJsonObject job = simpleJob(silk ? QStringLiteral("桑蚕养殖 %1").arg(i)
                                         : QStringLiteral("甘蔗砍收 %1").arg(i));
        job.insert(
            QStringLiteral("pay"),
            QJsonObject{{QStringLiteral("min"), 50},
                        {QStringLiteral("max"), silk ? 300 + (i * 7919) % 5003 : 60 + i % 100},
                        {QStringLiteral("unit"), QStringLiteral("day")}});
        job.insert(QStringLiteral("start_date"),
                   QDate(2026, 12, 1).addDays(silk ? 10 + i % 7 : i % 7).toString(Qt::ISODate));
        // (Postings starting the same day list by valid_until, here in no order of posting.)
        job.insert(QStringLiteral("valid_until"),
                   QDate(2027, 1, 1).addDays((i * 7919) % 5003 % 365).toString(Qt::ISODate));
        rows.emplace_back(EntityStore::newId(), job);
    }
    REQUIRE(t->store().importRows(entities::job(), rows, QStringLiteral("demo")).ok());

    JobQuery q;
    for (auto sort : {JobQuery::Sort::HighestPay, JobQuery::Sort::SoonestStart}) {
        q = openList(QStringLiteral("桑蚕养殖"), t.clock().today(), sort);
        const auto all = t->jobs().search(q);
        REQUIRE(all.ok());
        REQUIRE(all->total == 5000);
        q.limit = 20;
        q.countCap = 100;
        const auto page = t->jobs().search(q);
        REQUIRE(page.ok());
        CHECK(page->totalCapped);
        CHECK(page->total == 100);
        CHECK(idList(page.value()) == idList(all.value()).mid(0, 20));
        CHECK(page->orderedScan == (sort == JobQuery::Sort::HighestPay));
    }
    // The best paid of them leads.
    int best = 1;
    for (int i = 1; i < 10000; i += 2) {
        if ((i * 7919) % 5003 > (best * 7919) % 5003)
            best = i;
    }
    q.sort = JobQuery::Sort::HighestPay;
    const auto top = t->jobs().search(q);
    REQUIRE(top.ok());
    REQUIRE(top->jobs.size() == 20);
    CHECK(top->jobs.front().data.value(QLatin1String("title")).toString() ==
          QStringLiteral("桑蚕养殖 %1").arg(best));
}

TEST_CASE("A walk that meets fewer hits than foreseen gives up, and the index's hits are read on",
          "[search]")
{
    // The first 100 桑蚕 postings (the hits a capped count reads first) pay best, each between
    // some 50 甘蔗 ones; the other 4,900 pay least. Highest pay first, the sample promises a hit
    // every fifty rows, but past the first few the walk meets none: it stops at its budget,
    // and the page comes from all of the index's hits.
    TempTerminal t;
    std::vector<std::pair<QString, QJsonObject>> rows;
    for (int i = 0; i < 10000; ++i) {
        const bool silk = i % 2 == 1;
        double pay = 60;
        if (!silk)
            pay = 90000 + (i * 7919) % 10007; // spread over the top of the order
        else if (i < 200)
            pay = 100000 - i * 50; // the sampled ones, among the cane
        QJsonObject job = simpleJob(silk ? QStringLiteral("桑蚕养殖 %1").arg(i)
                                         : QStringLiteral("甘蔗砍收 %1").arg(i));
        job.insert(QStringLiteral("pay"),
                   QJsonObject{{QStringLiteral("min"), 50},
                               {QStringLiteral("max"), pay},
                               {QStringLiteral("unit"), QStringLiteral("day")}});
        rows.emplace_back(EntityStore::newId(), job);
    }
    REQUIRE(t->store().importRows(entities::job(), rows, QStringLiteral("demo")).ok());

    JobQuery q =
        openList(QStringLiteral("桑蚕养殖"), t.clock().today(), JobQuery::Sort::HighestPay);
    const auto all = t->jobs().search(q);
    REQUIRE(all.ok());
    REQUIRE(all->total == 5000);
    q.countCap = 60; // the count reads the first 61 hits
    for (int offset : {0, 20, 40}) {
        q.limit = 20;
        q.offset = offset;
        const auto page = t->jobs().search(q);
        REQUIRE(page.ok());
        CHECK(page->totalCapped);
        CHECK(!page->orderedScan);
        CHECK(idList(page.value()) == idList(all.value()).mid(offset, 20));
    }
    // The best paid of them all leads.
    q.offset = 0;
    const auto top = t->jobs().search(q);
    REQUIRE(top.ok());
    REQUIRE(!top->jobs.empty());
    CHECK(top->jobs.front().data.value(QLatin1String("title")).toString() ==
          QStringLiteral("桑蚕养殖 1"));
}

TEST_CASE("Hits read from the index are placed in the orders as they stand after each change",
          "[search]")
{
    // 6,000 of 12,000 postings hold 桑蚕养殖, enough for their read to be split over two threads.
    // 3,000 others pay best and start soonest, so a walk along those orders meets no hit at their
    // head and the page comes from the index's hits, placed by each one's position in the order;
    // the other 3,000 stand between hits (alike in pay and start, they are ordered by rowid), so
    // a position out of date would name a row without the text.
    TempTerminal t;
    EntityStore& store = t->store();
    auto job = [](const QString& title, double pay, int startDay) {
        QJsonObject j = simpleJob(title);
        j.insert(QStringLiteral("pay"),
                 QJsonObject{{QStringLiteral("min"), 50},
                             {QStringLiteral("max"), pay},
                             {QStringLiteral("unit"), QStringLiteral("day")}});
        j.insert(QStringLiteral("start_date"),
                 QDate(2026, 11, 23).addDays(startDay).toString(Qt::ISODate));
        return j;
    };
    std::vector<std::pair<QString, QJsonObject>> rows;
    QStringList silkIds;
    for (int i = 0; i < 12000; ++i) {
        const bool silk = i % 2 == 1;
        const double pay = 100 + i / 2 % 50;
        const int day = 5 + i / 2 % 3;
        if (silk)
            rows.emplace_back(EntityStore::newId(),
                              job(QStringLiteral("桑蚕养殖 %1").arg(i), pay, day));
        else if (i < 6000)
            rows.emplace_back(EntityStore::newId(),
                              job(QStringLiteral("甘蔗砍收 %1").arg(i), 5000 + i, i % 3));
        else
            rows.emplace_back(EntityStore::newId(),
                              job(QStringLiteral("甘蔗砍收 %1").arg(i), pay, day));
        if (silk)
            silkIds << rows.back().first;
    }
    REQUIRE(store.importRows(entities::job(), rows, QStringLiteral("demo")).ok());

    // The first page for the text and for its last three characters (whose hits are the
    // index's own, untested), each as the whole list has it; returns the text's page.
    auto check = [&](JobQuery::Sort sort) {
        QStringList first;
        for (const QString& text : {QStringLiteral("桑蚕养殖"), QStringLiteral("蚕养殖")}) {
            INFO(text.toStdString());
            JobQuery q = openList(text, t.clock().today(), sort);
            const auto all = t->jobs().search(q);
            REQUIRE(all.ok());
            q.limit = 20;
            q.countCap = 100;
            const auto page = t->jobs().search(q);
            REQUIRE(page.ok());
            CHECK(page->totalCapped);
            CHECK(!page->orderedScan);
            CHECK(page->fromTrigram == (text.size() == 4));
            CHECK(idList(page.value()) == idList(all.value()).mid(0, 20));
            if (first.isEmpty())
                first = idList(page.value());
        }
        return first;
    };
    for (auto sort : {JobQuery::Sort::HighestPay, JobQuery::Sort::SoonestStart}) {
        INFO(int(sort));
        const int k = int(sort) - 1; // 0, then 1
        const QStringList before = check(sort);
        REQUIRE(before.size() == 20);

        // Each change moves positions in every order, and each is searched on its own: the first
        // one withdrawn,
        QJsonObject withdrawn = job(QStringLiteral("桑蚕养殖 撤"), 100, 5);
        withdrawn.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
        REQUIRE(store.save(entities::job(), before.front(), withdrawn).ok());
        QStringList after = check(sort);
        CHECK(!after.contains(before.front()));
        CHECK(after.mid(0, 19) == before.mid(1));
        // a new one placed first,
        // (Highest pay first, then soonest start, ahead of what the first round moved.)
        const int day = k == 0 ? 4 : -2;
        const QString added = EntityStore::newId();
        REQUIRE(
            store.save(entities::job(), added, job(QStringLiteral("桑蚕养殖 新"), 2999, day + 1))
                .ok());
        after = check(sort);
        CHECK(after.value(0) == added);
        // one from far down raised above it,
        const QString raised = silkIds.at(silkIds.size() / 2 + k);
        REQUIRE(store.save(entities::job(), raised, job(QStringLiteral("桑蚕养殖 升"), 3000, day))
                    .ok());
        after = check(sort);
        CHECK(after.value(0) == raised);
        CHECK(after.value(1) == added);
        // and 400 raised above all at once, too many to move one by one (the orders are sorted
        // again).
        std::vector<std::pair<QString, QJsonObject>> bulk;
        for (int i = 0; i < 400; ++i) {
            bulk.emplace_back(silkIds.at(i + 400 * k), job(QStringLiteral("桑蚕养殖 批 %1").arg(i),
                                                           4000 + 1000 * k + i, k == 0 ? 1 : -3));
        }
        REQUIRE(store.importRows(entities::job(), bulk, QStringLiteral("demo")).ok());
        after = check(sort);
        REQUIRE(!after.isEmpty());
        CHECK(std::any_of(bulk.begin(), bulk.end(),
                          [&](const auto& row) { return row.first == after.front(); }));
    }
}

TEST_CASE("A longer text's page is found among the hits of one of its trigrams, whose rows are "
          "tested",
          "[search]")
{
    // 8,000 postings hold 桑蚕养殖 and 8,000 CAFÉ or café. 800 more hold only the first three
    // characters of either and 800 only the last three (桑蚕养蜂, 家蚕养殖; CAFE, SAFÉ), and
    // these pay best and start soonest. Each trigram has a tenth more hits than the text, so a
    // page under a capped count is taken from one trigram's hits: the rows at the head of the
    // order that do not hold the text are tested and left out, in ever larger batches (for café
    // by the index itself, see TextSearch::rowsAgree).
    TempTerminal t;
    std::vector<std::pair<QString, QJsonObject>> rows;
    for (int i = 0; i < 19200; ++i) {
        const bool silk = i % 2 == 0;
        const int kind = i / 2 % 12; // 0: the first three characters only, 1: the last three
        QString title;
        if (silk)
            title = kind == 0   ? QStringLiteral("桑蚕养蜂")
                    : kind == 1 ? QStringLiteral("家蚕养殖")
                                : QStringLiteral("桑蚕养殖");
        else
            title = kind == 0   ? QStringLiteral("CAFE 咖啡师")
                    : kind == 1 ? QStringLiteral("SAFÉ 保安")
                                : (i % 4 == 1 ? QStringLiteral("CAFÉ 咖啡师")
                                              : QStringLiteral("café 咖啡师"));
        QJsonObject job = simpleJob(QStringLiteral("%1 %2").arg(title).arg(i));
        const bool partial = kind < 2;
        job.insert(QStringLiteral("pay"),
                   QJsonObject{{QStringLiteral("min"), 50},
                               {QStringLiteral("max"), (partial ? 6000 : 100) + (i * 7919) % 4001},
                               {QStringLiteral("unit"), QStringLiteral("day")}});
        job.insert(QStringLiteral("start_date"),
                   QDate(2026, 12, partial ? 1 : 5).addDays(i % 7).toString(Qt::ISODate));
        rows.emplace_back(EntityStore::newId(), job);
    }
    REQUIRE(t->store().importRows(entities::job(), rows, QStringLiteral("demo")).ok());

    for (const QString& text :
         {QStringLiteral("桑蚕养殖"), QStringLiteral("café"), QStringLiteral("CAFÉ")}) {
        INFO(text.toStdString());
        for (auto sort :
             {JobQuery::Sort::Newest, JobQuery::Sort::HighestPay, JobQuery::Sort::SoonestStart}) {
            JobQuery q = openList(text, t.clock().today(), sort);
            const auto all = t->jobs().search(q);
            REQUIRE(all.ok());
            REQUIRE(all->total == 8000);
            q.limit = 20;
            q.countCap = 100;
            for (int offset : {0, 40}) {
                q.offset = offset;
                const auto page = t->jobs().search(q);
                REQUIRE(page.ok());
                CHECK(page->totalCapped);
                CHECK(!page->orderedScan);
                CHECK(page->fromTrigram);
                CHECK(idList(page.value()) == idList(all.value()).mid(offset, 20));
            }
        }
    }
}

TEST_CASE("Letters with a case beyond ASCII match either case whichever plan a query gets",
          "[search]")
{
    // The trigram index folds É to é (and Ж to ж); testing rows with LIKE or instr() would not.
    // 2,000 CAFÉ and 2,000 café postings, paid in no order of posting: every list of café holds
    // both, also a first page under a capped count, where walking the order would otherwise
    // be cheapest.
    TempTerminal t;
    std::vector<std::pair<QString, QJsonObject>> rows;
    for (int i = 0; i < 4000; ++i) {
        QJsonObject job = simpleJob(i % 2 ? QStringLiteral("CAFÉ 咖啡师 %1").arg(i)
                                          : QStringLiteral("café 咖啡师 %1").arg(i));
        job.insert(QStringLiteral("pay"),
                   QJsonObject{{QStringLiteral("min"), 50},
                               {QStringLiteral("max"), 100 + (i * 7919) % 4001},
                               {QStringLiteral("unit"), QStringLiteral("day")}});
        rows.emplace_back(EntityStore::newId(), job);
    }
    REQUIRE(t->store().importRows(entities::job(), rows, QStringLiteral("demo")).ok());
    for (const QString& text : {QStringLiteral("café"), QStringLiteral("CAFÉ"), QStringLiteral("É"),
                                QStringLiteral("fé")}) {
        INFO(text.toStdString());
        for (auto sort :
             {JobQuery::Sort::Newest, JobQuery::Sort::HighestPay, JobQuery::Sort::SoonestStart}) {
            JobQuery q = openList(text, t.clock().today(), sort);
            const auto all = t->jobs().search(q);
            REQUIRE(all.ok());
            CHECK(all->total == 4000);
            q.limit = 20;
            q.countCap = 100;
            const auto page = t->jobs().search(q);
            REQUIRE(page.ok());
            CHECK(page->totalCapped);
            CHECK(idList(page.value()) == idList(all.value()).mid(0, 20));
        }
    }
}

// The open postings among a full list, in its order.
QStringList openIds(const JobPage& page, const QDate& today)
{
    QStringList out;
    const QString day = today.toString(Qt::ISODate);
    for (const StoredEntity& e : page.jobs) {
        if (e.data.value(QLatin1String("valid_until")).toString() >= day)
            out << e.id;
    }
    return out;
}

TEST_CASE("Highest pay first orders by what a day of each posting's own work brings", "[search]")
{
    TempTerminal t;
    const auto job = [](const QString& title, double max, const QString& unit,
                        const QString& hours) {
        QJsonObject j = simpleJob(title);
        j.insert(QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), max},
                                                    {QStringLiteral("max"), max},
                                                    {QStringLiteral("unit"), unit}});
        j.insert(QStringLiteral("work_hours"), hours);
        return j;
    };
    // 40 an hour for four hours is 160 a day: below 200 a day, above 150. With no hours named,
    // a standard 8 (240). 4350 a month is 200 a day over its 21.75 paid days.
    const QString hour = QStringLiteral("hour");
    for (const QJsonObject& j :
         {job(QStringLiteral("半天保洁"), 40, hour, QStringLiteral("8:00-12:00")),
          job(QStringLiteral("日薪搬运"), 200, QStringLiteral("day"), QString()),
          job(QStringLiteral("日薪帮厨"), 150, QStringLiteral("day"), QString()),
          job(QStringLiteral("钟点工"), 30, hour, QStringLiteral("按约定")),
          job(QStringLiteral("月薪保安"), 4350.5, QStringLiteral("month"), QString())})
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), j).ok());
    const auto page =
        t->jobs().search(openList(QString(), t.clock().today(), JobQuery::Sort::HighestPay));
    REQUIRE(page.ok());
    QStringList titles;
    for (const StoredEntity& e : page->jobs)
        titles << e.data.value(QLatin1String("title")).toString();
    CHECK(titles == QStringList{QStringLiteral("钟点工"), QStringLiteral("月薪保安"),
                                QStringLiteral("日薪搬运"), QStringLiteral("半天保洁"),
                                QStringLiteral("日薪帮厨")});
    // A posting's hours changed: it moves with them.
    const QString half = page->jobs.at(3).id;
    QJsonObject longer = page->jobs.at(3).data;
    longer.insert(QStringLiteral("work_hours"), QStringLiteral("8:00-12:00，14:00-18:00"));
    REQUIRE(t->store().save(entities::job(), half, longer).ok());
    const auto after =
        t->jobs().search(openList(QString(), t.clock().today(), JobQuery::Sort::HighestPay));
    REQUIRE(after.ok());
    CHECK(after->jobs.at(0).id == half); // 320 a day
}

TEST_CASE("Open lists sorted in memory equal the same lists sorted by SQLite", "[search]")
{
    // Open lists filter and sort in memory (OpenJobIndex); lists of given statuses in SQL. The
    // published postings not yet expired must come out the same, in the same order, also where
    // sort keys tie (many postings pay alike), and every page must be a slice of that list.
    TempTerminal t;
    DemoData demo(t->store());
    REQUIRE(demo.seed(2500).ok());
    const QDate today = t.clock().today();
    const QStringList districts = DemoData::districts();
    // Postings saved in one instant that pay alike and start alike: the rest of each order
    // (district, trade, settlement, form, public welfare, last day, row) decides.
    const QStringList trades{QStringLiteral("普工"), QStringLiteral("保洁员"),
                             QStringLiteral("搬运工")};
    for (int i = 0; i < 90; ++i) {
        QJsonObject j = simpleJob(QStringLiteral("同时登记 %1").arg(i));
        j.insert(QStringLiteral("occupation"), trades[i % 3]);
        j.insert(QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("district"), districts[(i / 3) % 4]}});
        j.insert(QStringLiteral("settlement"),
                 i % 2 ? QStringLiteral("daily") : QStringLiteral("weekly"));
        j.insert(QStringLiteral("form"),
                 i % 5 ? QStringLiteral("temporary") : QStringLiteral("part_time"));
        j.insert(QStringLiteral("public_welfare"), i % 7 == 0);
        j.insert(QStringLiteral("valid_until"),
                 i % 4 ? QStringLiteral("2026-12-20") : QStringLiteral("2026-12-21"));
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), j).ok());
    }
    const QStringList texts{QString(),
                            QStringLiteral("保洁"),
                            QStringLiteral("工"),
                            QStringLiteral("南宁市"),
                            QStringLiteral("家政保洁"),
                            QStringLiteral("同时登记")};
    const QStringList units{QStringLiteral("day"), QStringLiteral("hour"), QStringLiteral("piece"),
                            QStringLiteral("month")};
    int checked = 0;
    int longLists = 0;
    for (int d = -1; d < districts.size(); d += 3) {
        for (int u = 0; u <= units.size(); u += 2) {
            for (const QString& text : texts) {
                for (auto sort : {JobQuery::Sort::Newest, JobQuery::Sort::HighestPay,
                                  JobQuery::Sort::SoonestStart}) {
                    INFO(d << " " << u << " " << text.toStdString() << " " << int(sort));
                    JobQuery q;
                    q.text = text;
                    q.today = today;
                    if (d >= 0)
                        q.districts = {districts[d]};
                    if (u < units.size())
                        q.payUnits = {units[u]};
                    q.sort = sort;
                    q.limit = 100000;
                    q.countCap = 100000;
                    JobQuery inSql = q;
                    inSql.openOnly = false;
                    inSql.statuses = {QStringLiteral("published")};
                    const auto reference = t->jobs().search(inSql);
                    REQUIRE(reference.ok());
                    const QStringList expected = openIds(reference.value(), today);
                    const auto all = t->jobs().search(q);
                    REQUIRE(all.ok());
                    REQUIRE(idList(all.value()) == expected);
                    CHECK(all->total == expected.size());
                    longLists += expected.size() > 40 ? 1 : 0;
                    for (int offset : {0, 20}) {
                        for (int cap : {5, 1000}) {
                            JobQuery part = q;
                            part.limit = 20;
                            part.offset = offset;
                            part.countCap = cap;
                            const auto slice = t->jobs().search(part);
                            REQUIRE(slice.ok());
                            CHECK(idList(slice.value()) == expected.mid(offset, 20));
                            CHECK(slice->total == std::min<int>(cap, int(expected.size())));
                            CHECK(slice->totalCapped == (expected.size() > cap));
                            ++checked;
                        }
                    }
                }
            }
        }
    }
    CHECK(checked > 500);
    CHECK(longLists > 50);
}

TEST_CASE("Open lists follow saves, bulk loads, remote rows, rollbacks and other connections",
          "[search]")
{
    TempTerminal t;
    EntityStore& store = t->store();
    auto job = [](const QString& title, double pay) {
        QJsonObject j = simpleJob(title);
        j.insert(QStringLiteral("pay"),
                 QJsonObject{{QStringLiteral("min"), pay - 10},
                             {QStringLiteral("max"), pay},
                             {QStringLiteral("unit"), QStringLiteral("day")}});
        return j;
    };
    auto titles = [&](JobQuery::Sort sort = JobQuery::Sort::HighestPay) {
        JobQuery q;
        q.today = t.clock().today();
        q.sort = sort;
        const auto page = t->jobs().search(q);
        REQUIRE(page.ok());
        QStringList out;
        for (const StoredEntity& e : page->jobs)
            out << e.data.value(QLatin1String("title")).toString();
        return out;
    };
    const QString a = EntityStore::newId();
    const QString b = EntityStore::newId();
    REQUIRE(store.save(entities::job(), a, job(QStringLiteral("甲"), 200)).ok());
    REQUIRE(store.save(entities::job(), b, job(QStringLiteral("乙"), 300)).ok());
    CHECK(titles() == QStringList{QStringLiteral("乙"), QStringLiteral("甲")});

    // A save that changes the pay moves the posting; one that withdraws it takes it out.
    REQUIRE(store.save(entities::job(), a, job(QStringLiteral("甲"), 400)).ok());
    CHECK(titles() == QStringList{QStringLiteral("甲"), QStringLiteral("乙")});
    QJsonObject withdrawn = job(QStringLiteral("乙"), 300);
    withdrawn.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
    REQUIRE(store.save(entities::job(), b, withdrawn).ok());
    CHECK(titles() == QStringList{QStringLiteral("甲")});

    // A bulk load, one of whose rows replaces a listed posting.
    const QString c = EntityStore::newId();
    REQUIRE(store
                .importRows(
                    entities::job(),
                    {{a, job(QStringLiteral("甲二"), 100)}, {c, job(QStringLiteral("丙"), 250)}},
                    QStringLiteral("demo"))
                .ok());
    CHECK(titles() == QStringList{QStringLiteral("丙"), QStringLiteral("甲二")});

    // A row from the platform.
    const QString d = EntityStore::newId();
    REQUIRE(store
                .applyRemote(entities::job(), d, QStringLiteral("upsert"),
                             job(QStringLiteral("丁"), 500), 9,
                             QStringLiteral("2026-11-22T03:00:00Z"), QStringLiteral("hub"))
                .ok());
    CHECK(titles() ==
          QStringList{QStringLiteral("丁"), QStringLiteral("丙"), QStringLiteral("甲二")});

    // Inside a transaction the list shows its writes; once it is rolled back they are gone.
    {
        Transaction tx(t->database());
        REQUIRE(tx.ok());
        REQUIRE(
            store.save(entities::job(), EntityStore::newId(), job(QStringLiteral("戊"), 900)).ok());
        CHECK(titles().value(0) == QStringLiteral("戊"));
    }
    CHECK(titles() ==
          QStringList{QStringLiteral("丁"), QStringLiteral("丙"), QStringLiteral("甲二")});
    REQUIRE(store.save(entities::job(), EntityStore::newId(), job(QStringLiteral("己"), 50)).ok());
    CHECK(titles() == QStringList{QStringLiteral("丁"), QStringLiteral("丙"),
                                  QStringLiteral("甲二"), QStringLiteral("己")});

    // Another connection (another program on the same file) changes and deletes rows.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("search-other"));
        other.setDatabaseName(t.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("PRAGMA recursive_triggers=ON")));
        REQUIRE(q.exec(QStringLiteral("UPDATE job SET pay_day = 1000 WHERE title = '己'")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM job WHERE title = '丙'")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("search-other"));
    CHECK(titles() ==
          QStringList{QStringLiteral("己"), QStringLiteral("丁"), QStringLiteral("甲二")});

    // Postings whose last day has passed leave the list with the date.
    t.clock().advanceMs(qint64(9) * 24 * 3600 * 1000);
    CHECK(titles().isEmpty());

    // A trimmed change log: the index reads everything again.
    t.clock().advanceMs(-qint64(9) * 24 * 3600 * 1000);
    REQUIRE(store.save(entities::job(), d, job(QStringLiteral("丁"), 10)).ok());
    REQUIRE(t->database().exec(QStringLiteral("DELETE FROM job_change")).ok());
    REQUIRE(store.save(entities::job(), EntityStore::newId(), job(QStringLiteral("庚"), 20)).ok());
    CHECK(titles() == QStringList{QStringLiteral("己"), QStringLiteral("甲二"),
                                  QStringLiteral("庚"), QStringLiteral("丁")});
    // A time stamp in another layout cannot be keyed: open lists are answered in SQL, the same.
    REQUIRE(t->database()
                .exec(QStringLiteral("UPDATE job SET created_at = '2000-01-01 08:00' WHERE title = "
                                     "'甲二'"))
                .ok());
    JobQuery published;
    published.openOnly = false;
    published.statuses = {QStringLiteral("published")};
    const auto inSql = t->jobs().search(published);
    REQUIRE(inSql.ok());
    QStringList newest;
    for (const StoredEntity& e : inSql->jobs)
        newest << e.data.value(QLatin1String("title")).toString();
    CHECK(newest.indexOf(QStringLiteral("甲二")) > newest.indexOf(QStringLiteral("庚")));
    CHECK(titles(JobQuery::Sort::Newest) == newest);
    CHECK(titles() == QStringList{QStringLiteral("己"), QStringLiteral("甲二"),
                                  QStringLiteral("庚"), QStringLiteral("丁")});
}
