#include "jobrepository.h"
#include "samples.h"
#include "syncstate.h"
#include "tempterminal.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lingong;
using namespace lingong::test;

namespace {

// Every field we wrote comes back with the same value (nested objects compared field by field).
void requireSubset(const QJsonObject& written, const QJsonObject& read)
{
    for (auto it = written.begin(); it != written.end(); ++it) {
        INFO(it.key().toStdString());
        if (it.value().isObject())
            requireSubset(it.value().toObject(), read.value(it.key()).toObject());
        else if (it.value().isDouble())
            CHECK(read.value(it.key()).toDouble() == it.value().toDouble());
        else
            CHECK(read.value(it.key()) == it.value());
    }
}

} // namespace

TEST_CASE("every synced entity round-trips and queues exactly one outbox change per write",
          "[db][store]")
{
    for (const EntitySpec* spec : entities::all()) {
        DYNAMIC_SECTION(spec->entity.toStdString())
        {
            TempTerminal t;
            EntityStore& store = t->store();
            const QString id = EntityStore::newId();
            const QJsonObject data = sampleFor(spec->entity);

            auto saved = store.save(*spec, id, data);
            REQUIRE(saved.ok());
            auto got = store.get(*spec, id);
            REQUIRE(got.ok());
            REQUIRE(got.value().has_value());
            requireSubset(data, got.value()->data);
            CHECK(got.value()->version == 1);
            CHECK(got.value()->serverSeq == 0);
            CHECK(got.value()->origin == store.deviceId());
            CHECK(!got.value()->data.value(QLatin1String("created_at")).toString().isEmpty());

            auto pending = t->syncState().pending(10);
            REQUIRE(pending.ok());
            REQUIRE(pending.value().size() == 1);
            const OutboxChange& c = pending.value().front();
            CHECK(c.entity == spec->entity);
            CHECK(c.entityId == id);
            CHECK(c.op == QStringLiteral("upsert"));
            CHECK(c.baseSeq == 0);
            CHECK(QJsonDocument::fromJson(c.data.toUtf8()).object() == got.value()->data);

            // Update bumps the version and queues a second change.
            QJsonObject changed = got.value()->data;
            const QString textField = spec->columns.front().jsonPath;
            changed.insert(textField, QStringLiteral("changed"));
            t.clock().advanceMs(1000);
            REQUIRE(store.save(*spec, id, changed).ok());
            auto again = store.get(*spec, id);
            REQUIRE(again.ok());
            CHECK(again.value()->version == 2);
            CHECK(EntitySpec::jsonAt(again.value()->data, textField).toString() ==
                  QStringLiteral("changed"));
            CHECK(again.value()->data.value(QLatin1String("created_at")) ==
                  got.value()->data.value(QLatin1String("created_at")));
            CHECK(t.count(QStringLiteral("outbox")) == 2);

            // Delete leaves a tombstone and queues a delete.
            REQUIRE(store.remove(*spec, id).ok());
            auto gone = store.get(*spec, id);
            REQUIRE(gone.ok());
            CHECK(!gone.value().has_value());
            auto tomb = store.get(*spec, id, true);
            REQUIRE(tomb.ok());
            REQUIRE(tomb.value().has_value());
            CHECK(tomb.value()->deleted);
            CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("op = 'delete'")) == 1);
            // Deleting twice changes nothing.
            REQUIRE(store.remove(*spec, id).ok());
            CHECK(t.count(QStringLiteral("outbox")) == 3);
        }
    }
}

TEST_CASE("a failing outbox write rolls back the entity write", "[db][store]")
{
    TempTerminal t;
    t->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
        if (sql.startsWith(QLatin1String("INSERT INTO outbox")))
            return makeError(QStringLiteral("database"),
                             QStringLiteral("disk I/O error (injected)"));
        return std::nullopt;
    });
    auto saved = t->store().save(entities::job(), EntityStore::newId(), sampleJob());
    REQUIRE(!saved.ok());
    CHECK(saved.error().code == QStringLiteral("database"));
    t->database().setFaultInjector({});
    CHECK(t.count(QStringLiteral("job")) == 0);
    CHECK(t.count(QStringLiteral("outbox")) == 0);
}

TEST_CASE("a failing entity write leaves no outbox row", "[db][store]")
{
    TempTerminal t;
    t->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
        if (sql.startsWith(QLatin1String("INSERT INTO job")))
            return makeError(QStringLiteral("database"), QStringLiteral("constraint (injected)"));
        return std::nullopt;
    });
    REQUIRE(!t->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
    t->database().setFaultInjector({});
    CHECK(t.count(QStringLiteral("outbox")) == 0);
    CHECK(t.count(QStringLiteral("job")) == 0);
}

TEST_CASE("an outer transaction keeps several writes together", "[db][store]")
{
    TempTerminal t;
    {
        Transaction tx(t->database());
        REQUIRE(tx.ok());
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
        // no commit: both writes and both outbox rows go
    }
    CHECK(t.count(QStringLiteral("job")) == 0);
    CHECK(t.count(QStringLiteral("outbox")) == 0);
    {
        Transaction tx(t->database());
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(t.count(QStringLiteral("job")) == 1);
    CHECK(t.count(QStringLiteral("outbox")) == 1);
}

TEST_CASE("remote changes apply without outbox rows and only once", "[db][store]")
{
    TempTerminal t;
    const QString id = EntityStore::newId();
    auto applied = t->store().applyRemote(
        entities::job(), id, QStringLiteral("upsert"), sampleJob(), 7,
        QStringLiteral("2026-11-22T01:00:00.000Z"), QStringLiteral("platform"));
    REQUIRE(applied.ok());
    CHECK(applied.value());
    CHECK(t.count(QStringLiteral("outbox")) == 0);
    auto got = t->store().get(entities::job(), id);
    REQUIRE(got.value().has_value());
    CHECK(got.value()->serverSeq == 7);
    CHECK(got.value()->origin == QStringLiteral("platform"));

    // The same seq again (a repeated page) and an older one are ignored.
    QJsonObject other = sampleJob();
    other.insert(QStringLiteral("title"), QStringLiteral("old"));
    auto repeat = t->store().applyRemote(entities::job(), id, QStringLiteral("upsert"), other, 7,
                                         {}, QStringLiteral("platform"));
    REQUIRE(repeat.ok());
    CHECK(!repeat.value());
    CHECK(t->store()
              .get(entities::job(), id)
              .value()
              ->data.value(QLatin1String("title"))
              .toString() == QStringLiteral("小区保洁（日结）"));

    // A local edit now carries base_seq 7.
    REQUIRE(t->store().save(entities::job(), id, other).ok());
    auto pending = t->syncState().pending(10);
    REQUIRE(pending.value().size() == 1);
    CHECK(pending.value().front().baseSeq == 7);

    // A newer remote delete tombstones the row.
    auto del = t->store().applyRemote(entities::job(), id, QStringLiteral("delete"), {}, 9, {},
                                      QStringLiteral("platform"));
    REQUIRE(del.ok());
    CHECK(del.value());
    CHECK(!t->store().get(entities::job(), id).value().has_value());
}

TEST_CASE("a job pulled with no time of its own is listed by its change's time, and keeps it",
          "[db][store][sync]")
{
    TempTerminal t;
    // Two postings made here in the morning.
    for (const char* title : {"早班保洁", "午班保洁"}) {
        QJsonObject job = sampleJob();
        job.insert(QStringLiteral("title"), QString::fromUtf8(title));
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), job).ok());
        t.clock().advanceMs(3600 * 1000);
    }
    // One from the platform, as the contract lists a job's fields: no created_at, no
    // published_at. It was made after both.
    QJsonObject remote = sampleJob();
    remote.insert(QStringLiteral("title"), QStringLiteral("平台新岗位"));
    REQUIRE_FALSE(remote.contains(QLatin1String("created_at")));
    REQUIRE_FALSE(remote.contains(QLatin1String("published_at")));
    const QString id = EntityStore::newId();
    const QString madeAt = Clock::toWire(t.clock().now().addSecs(-60));
    REQUIRE(t->store()
                .applyRemote(entities::job(), id, QStringLiteral("upsert"), remote, 11, madeAt,
                             QStringLiteral("platform"))
                .ok());
    const auto titles = [&] {
        auto newest = JobRepository(t->store()).newestPublished(t.clock().today(), 10);
        REQUIRE(newest.ok());
        QStringList out;
        for (const StoredEntity& e : newest.value())
            out << e.data.value(QLatin1String("title")).toString();
        return out;
    };
    CHECK(titles() == QStringList{QStringLiteral("平台新岗位"), QStringLiteral("午班保洁"),
                                  QStringLiteral("早班保洁")});
    CHECK(t->store().get(entities::job(), id).value()->data.value(QLatin1String("created_at")) ==
          madeAt);

    // Changed on the platform later, still with no time: it keeps the one it was first seen with.
    t.clock().advanceMs(3600 * 1000);
    remote.insert(QStringLiteral("headcount"), 2);
    REQUIRE(t->store()
                .applyRemote(entities::job(), id, QStringLiteral("upsert"), remote, 12,
                             Clock::toWire(t.clock().now()), QStringLiteral("platform"))
                .ok());
    CHECK(t->store().get(entities::job(), id).value()->data.value(QLatin1String("created_at")) ==
          madeAt);
    CHECK(t->store().get(entities::job(), id).value()->data.value(QLatin1String("headcount")) == 2);

    // A change's time given in another form is kept in the store's own (UTC), which the order
    // compares as text; one not read as a time gives way to the time it arrived.
    const auto createdAt = [&](const QString& job) {
        return t->store()
            .get(entities::job(), job)
            .value()
            ->data.value(QLatin1String("created_at"));
    };
    const QString other = EntityStore::newId();
    REQUIRE(t->store()
                .applyRemote(entities::job(), other, QStringLiteral("upsert"), remote, 13,
                             QStringLiteral("2026-11-22T12:00:00+08:00"),
                             QStringLiteral("platform"))
                .ok());
    CHECK(createdAt(other) == QStringLiteral("2026-11-22T04:00:00.000Z"));
    const QString garbled = EntityStore::newId();
    REQUIRE(t->store()
                .applyRemote(entities::job(), garbled, QStringLiteral("upsert"), remote, 14,
                             QStringLiteral("yesterday"), QStringLiteral("platform"))
                .ok());
    CHECK(createdAt(garbled) == Clock::toWire(t.clock().now()));
}

TEST_CASE("the keyed hash finds a seeker by ID number without the number in the index",
          "[db][store]")
{
    TempTerminal t;
    const QString id = EntityStore::newId();
    REQUIRE(t->store().save(entities::seeker(), id, sampleFor(QStringLiteral("seeker"))).ok());
    auto hash =
        t->database().scalar(QStringLiteral("SELECT id_hash FROM seeker WHERE id = ?"), {id});
    REQUIRE(hash.ok());
    const QString expected = keyedHash(QStringLiteral("45010319700101002X"), t->store().hashKey());
    CHECK(hash.value().toString() == expected);
    CHECK(!expected.contains(QLatin1String("4501")));
    // Lower-case x in the input normalises to the same hash.
    QJsonObject lower = sampleFor(QStringLiteral("seeker"));
    lower.insert(QStringLiteral("id_number"), QStringLiteral("45010319700101002x"));
    REQUIRE(t->store().save(entities::seeker(), id, lower).ok());
    CHECK(t->database()
              .scalar(QStringLiteral("SELECT id_hash FROM seeker WHERE id = ?"), {id})
              .value()
              .toString() == expected);
    CHECK(t->database()
              .scalar(QStringLiteral("SELECT id_tail FROM seeker WHERE id = ?"), {id})
              .value()
              .toString() == QStringLiteral("4501002X"));
}

TEST_CASE("an imported row is stored as the same row saved one by one", "[db][store]")
{
    for (const EntitySpec* spec : entities::all()) {
        DYNAMIC_SECTION(spec->entity.toStdString())
        {
            TempTerminal t;
            EntityStore& store = t->store();
            QJsonObject data = sampleFor(spec->entity);
            // Empty values too: a seeker without an ID number has an empty hash.
            QJsonObject blank = data;
            if (spec->entity == QLatin1String("seeker"))
                blank.insert(QStringLiteral("id_number"), QString());
            // Each column's type and value.
            auto read = [&](const QString& id) {
                QVariantList out;
                for (const ColumnSpec& c : spec->columns) {
                    auto q = t->database().exec(
                        QStringLiteral("SELECT typeof(%1), %1 FROM %2 WHERE id = ?")
                            .arg(c.column, spec->table),
                        {id});
                    REQUIRE(q.ok());
                    REQUIRE(q.value().next());
                    out << q.value().value(0) << q.value().value(1);
                }
                return out;
            };
            for (const QJsonObject& d : {data, blank}) {
                const QString saved = EntityStore::newId();
                REQUIRE(store.save(*spec, saved, d).ok());
                const QVariantList expected = read(saved);
                // Out of the way first: the same data twice would clash on unique columns.
                REQUIRE(t->database()
                            .exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec->table),
                                  {saved})
                            .ok());
                const QString imported = EntityStore::newId();
                REQUIRE(store.importRows(*spec, {{imported, d}}, QStringLiteral("demo")).ok());
                const QVariantList got = read(imported);
                for (size_t i = 0; i < spec->columns.size(); ++i) {
                    const QString& column = spec->columns[i].column;
                    INFO(column.toStdString());
                    CHECK(got[qsizetype(2 * i)] == expected[qsizetype(2 * i)]);
                    // Both stamp a missing creation time with their own now.
                    if (column != QLatin1String("created_at") ||
                        d.contains(QLatin1String("created_at")))
                        CHECK(got[qsizetype(2 * i + 1)] == expected[qsizetype(2 * i + 1)]);
                }
                REQUIRE(t->database()
                            .exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec->table),
                                  {imported})
                            .ok());
            }
        }
    }
}

TEST_CASE("an import binds a missing value as '' as a save does, not as NULL", "[db][store]")
{
    TempTerminal t;
    const Database& db = t->database();
    // What reaches the table before any conflict clause could stand in a default for NULL.
    REQUIRE(db.exec(QStringLiteral("CREATE TEMP TABLE seen(kind TEXT)")).ok());
    REQUIRE(db.exec(QStringLiteral("CREATE TEMP TRIGGER seen_hash BEFORE INSERT ON seeker BEGIN "
                                   "INSERT INTO seen(kind) VALUES (typeof(new.id_hash)); END"))
                .ok());
    QJsonObject blank = sampleFor(QStringLiteral("seeker"));
    blank.insert(QStringLiteral("id_number"), QString());
    REQUIRE(t->store().save(entities::seeker(), EntityStore::newId(), blank).ok());
    REQUIRE(
        t->store()
            .importRows(entities::seeker(), {{EntityStore::newId(), blank}}, QStringLiteral("demo"))
            .ok());
    auto kinds = db.exec(QStringLiteral("SELECT kind FROM seen"));
    REQUIRE(kinds.ok());
    QStringList seen;
    while (kinds.value().next())
        seen << kinds.value().value(0).toString();
    CHECK(seen == QStringList{QStringLiteral("text"), QStringLiteral("text")});
}
