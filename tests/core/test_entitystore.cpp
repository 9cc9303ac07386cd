#include "syncstate.h"
#include "tempterminal.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lingong;
using namespace lingong::test;

namespace {

QJsonObject sampleJob()
{
    return QJsonObject{
        {QStringLiteral("title"), QStringLiteral("小区保洁（日结）")},
        {QStringLiteral("occupation"), QStringLiteral("家政保洁")},
        {QStringLiteral("industry"), QStringLiteral("居民服务")},
        {QStringLiteral("skills"), QStringLiteral("能吃苦，有保洁经验优先")},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("district"), QStringLiteral("南宁市青秀区")},
                     {QStringLiteral("address"), QStringLiteral("民族大道1号")}}},
        {QStringLiteral("work_hours"), QStringLiteral("8:00-17:00，共3天")},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), 150},
                                            {QStringLiteral("max"), 180},
                                            {QStringLiteral("unit"), QStringLiteral("day")}}},
        {QStringLiteral("settlement"), QStringLiteral("daily")},
        {QStringLiteral("form"), QStringLiteral("temporary")},
        {QStringLiteral("headcount"), 5},
        {QStringLiteral("start_date"), QStringLiteral("2026-11-23")},
        {QStringLiteral("valid_until"), QStringLiteral("2026-11-30")},
        {QStringLiteral("employer_id"), QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001")},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("李女士")},
                     {QStringLiteral("phone"), QStringLiteral("13800000000")}}},
        {QStringLiteral("public_welfare"), false},
        {QStringLiteral("status"), QStringLiteral("published")},
        {QStringLiteral("description"), QStringLiteral("打扫楼道")},
    };
}

// One representative, complete-enough record per synced entity.
QJsonObject sampleFor(const QString& entity)
{
    if (entity == QLatin1String("job"))
        return sampleJob();
    if (entity == QLatin1String("employer"))
        return {{QStringLiteral("name"), QStringLiteral("广西邕城建筑劳务有限公司")},
                {QStringLiteral("credit_code"), QStringLiteral("91450100MA5KXXXX0X")},
                {QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("黄先生")},
                             {QStringLiteral("phone"), QStringLiteral("0771-5551234")}}},
                {QStringLiteral("verification"), QStringLiteral("verified")},
                {QStringLiteral("blacklisted"), false}};
    if (entity == QLatin1String("seeker"))
        return {{QStringLiteral("name"), QStringLiteral("韦秀英")},
                {QStringLiteral("id_number"), QStringLiteral("45010319700101002X")},
                {QStringLiteral("phone"), QStringLiteral("13907710000")},
                {QStringLiteral("wanted_occupations"),
                 QJsonArray{QStringLiteral("家政保洁"), QStringLiteral("养老护工")}},
                {QStringLiteral("difficulties"), QJsonArray{QStringLiteral("older")}},
                {QStringLiteral("expected_pay"),
                 QJsonObject{{QStringLiteral("min"), 150},
                             {QStringLiteral("unit"), QStringLiteral("day")}}},
                {QStringLiteral("business_interest"), true},
                {QStringLiteral("tier"), QStringLiteral("priority")}};
    if (entity == QLatin1String("application"))
        return {{QStringLiteral("job_id"), QStringLiteral("j1")},
                {QStringLiteral("phone"), QStringLiteral("13800000000")},
                {QStringLiteral("confirmation_no"), QStringLiteral("A0042")},
                {QStringLiteral("status"), QStringLiteral("applied")}};
    if (entity == QLatin1String("content"))
        return {{QStringLiteral("kind"), QStringLiteral("policy")},
                {QStringLiteral("title"), QStringLiteral("社保补贴")},
                {QStringLiteral("extra"),
                 QJsonObject{{QStringLiteral("phone"), QStringLiteral("12333")}}},
                {QStringLiteral("sort_order"), 3}};
    if (entity == QLatin1String("worklog"))
        return {{QStringLiteral("at"), QStringLiteral("2026-11-22T02:00:00.000Z")},
                {QStringLiteral("day"), QStringLiteral("2026-11-22")},
                {QStringLiteral("kind"), QStringLiteral("consultation")},
                {QStringLiteral("summary"), QStringLiteral("政策咨询")}};
    if (entity == QLatin1String("complaint"))
        return {{QStringLiteral("kind"), QStringLiteral("callback")},
                {QStringLiteral("category"), QStringLiteral("wages")},
                {QStringLiteral("owner"), QStringLiteral("window")},
                {QStringLiteral("deadline"), QStringLiteral("2026-11-27")},
                {QStringLiteral("status"), QStringLiteral("open")}};
    return {{QStringLiteral("seeker_id"), QStringLiteral("s1")},
            {QStringLiteral("kind"), QStringLiteral("guidance")},
            {QStringLiteral("at"), QStringLiteral("2026-11-22T02:00:00.000Z")}};
}

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
