#include "applicationservice.h"
#include "samples.h"
#include "sync/syncengine.h"
#include "syncjournal.h"
#include "tempterminal.h"

#include <QJsonDocument>

using namespace lingong;
using namespace lingong::test;

namespace {

QString saveJob(TempTerminal& t, const QString& title, QString id = {})
{
    return saveSampleJob(t->store(), title, std::move(id));
}

std::vector<OutboxChange> pending(TempTerminal& t)
{
    auto p = t->syncState().pending(1000);
    REQUIRE(p.ok());
    return p.value();
}

qint64 serverSeq(TempTerminal& t, const EntitySpec& spec, const QString& id)
{
    auto e = t->store().get(spec, id, true);
    REQUIRE(e.ok());
    REQUIRE(e.value());
    return e.value()->serverSeq;
}

PulledChange remoteJob(qint64 seq, const QString& id, const QString& title,
                       const QString& changeId = EntityStore::newId())
{
    QJsonObject job = sampleJob();
    job.insert(QStringLiteral("title"), title);
    return {seq,
            changeId,
            QStringLiteral("job"),
            id,
            QStringLiteral("upsert"),
            QStringLiteral("2026-11-22T01:00:00.000Z"),
            QStringLiteral("platform"),
            job};
}

} // namespace

TEST_CASE("A push batch holds the oldest change of each entity, in order", "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString a = saveJob(t, QStringLiteral("A1"));
    const QString b = saveJob(t, QStringLiteral("B1"));
    saveJob(t, QStringLiteral("A2"), a);
    const QString c = saveJob(t, QStringLiteral("C1"));

    auto batch = journal.nextPushBatch(500);
    REQUIRE(batch.ok());
    REQUIRE(batch.value().size() == 3);
    CHECK(batch.value()[0].entityId == a);
    CHECK(batch.value()[0].data.contains(QStringLiteral("A1")));
    CHECK(batch.value()[1].entityId == b);
    CHECK(batch.value()[2].entityId == c);

    auto limited = journal.nextPushBatch(2);
    REQUIRE(limited.ok());
    CHECK(limited.value().size() == 2);
}

TEST_CASE("An applied change leaves the outbox and rebases the entity's later edits", "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString a = saveJob(t, QStringLiteral("A1"));
    saveJob(t, QStringLiteral("A2"), a);
    auto batch = journal.nextPushBatch(500).value();
    REQUIRE(batch.size() == 1);
    CHECK(batch[0].baseSeq == 0);

    REQUIRE(
        journal.recordPush(batch, {{batch[0].changeId, QStringLiteral("applied"), 41, {}}}, false)
            .ok());
    const auto left = pending(t);
    REQUIRE(left.size() == 1);
    CHECK(left[0].data.contains(QStringLiteral("A2")));
    CHECK(left[0].baseSeq == 41);
    CHECK(serverSeq(t, entities::job(), a) == 41);

    // The second edit's answer is "duplicate" (sent before, answer lost): also acknowledged.
    auto second = journal.nextPushBatch(500).value();
    REQUIRE(
        journal
            .recordPush(second, {{second[0].changeId, QStringLiteral("duplicate"), 42, {}}}, false)
            .ok());
    CHECK(pending(t).empty());
    CHECK(serverSeq(t, entities::job(), a) == 42);
    CHECK(t->syncState().conflictCount().value() == 0);
}

TEST_CASE("A change without an answer stays pending", "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    saveJob(t, QStringLiteral("A1"));
    saveJob(t, QStringLiteral("B1"));
    auto batch = journal.nextPushBatch(500).value();
    REQUIRE(
        journal.recordPush(batch, {{batch[1].changeId, QStringLiteral("applied"), 7, {}}}, false)
            .ok());
    const auto left = pending(t);
    REQUIRE(left.size() == 1);
    CHECK(left[0].changeId == batch[0].changeId);

    REQUIRE(journal.notePushFailure(left, QStringLiteral("timeout")).ok());
    CHECK(pending(t)[0].attempts == 1);
    CHECK(pending(t)[0].lastError == QStringLiteral("timeout"));
}

TEST_CASE("Superseded edits become conflicts staff can see and resolve", "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString a = saveJob(t, QStringLiteral("本地修改"));
    auto batch = journal.nextPushBatch(500).value();
    REQUIRE(
        journal.recordPush(batch, {{batch[0].changeId, QStringLiteral("superseded"), 9, {}}}, false)
            .ok());
    CHECK(pending(t).empty());
    auto open = journal.openConflicts();
    REQUIRE(open.ok());
    REQUIRE(open.value().size() == 1);
    const SyncConflict& c = open.value()[0];
    CHECK(c.entityId == a);
    CHECK(c.serverSeq == 9);
    CHECK(c.localData.value(QLatin1String("title")).toString() == QStringLiteral("本地修改"));
    CHECK(t->syncState().conflictCount().value() == 1);

    REQUIRE(journal.resolveConflict(c.id, QStringLiteral("kept_platform")).ok());
    CHECK(journal.openConflicts().value().empty());
    CHECK(t->syncState().conflictCount().value() == 0);
}

TEST_CASE("Rejected changes stop retrying, keep the reason, and go when staff dismiss them",
          "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    saveJob(t, QStringLiteral("限男性 搬运工"));
    const QString b = saveJob(t, QStringLiteral("B1"));
    auto batch = journal.nextPushBatch(500).value();
    REQUIRE(journal
                .recordPush(batch,
                            {{batch[0].changeId, QStringLiteral("rejected"), 0,
                              QStringLiteral("discriminatory text: 限男性")},
                             {batch[1].changeId, QStringLiteral("applied"), 3, {}}},
                            false)
                .ok());
    CHECK(pending(t).empty());
    CHECK(journal.nextPushBatch(500).value().empty());
    auto rejected = t->syncState().rejected();
    REQUIRE(rejected.value().size() == 1);
    CHECK(rejected.value()[0].lastError.contains(QStringLiteral("限男性")));
    CHECK(serverSeq(t, entities::job(), b) == 3);

    REQUIRE(journal.dismissRejected(rejected.value()[0].seq).ok());
    CHECK(t->syncState().rejectedCount().value() == 0);
}

TEST_CASE("A pull page and its cursor land together, applying it again changes nothing", "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString x = EntityStore::newId();
    const QString y = EntityStore::newId();
    const std::vector<PulledChange> page{remoteJob(5, x, QStringLiteral("平台岗位X")),
                                         remoteJob(6, y, QStringLiteral("平台岗位Y"))};
    auto n = journal.applyPullPage(page, 6, false);
    REQUIRE(n.ok());
    CHECK(n.value() == 2);
    CHECK(journal.cursor().value() == 6);
    CHECK(serverSeq(t, entities::job(), x) == 5);
    CHECK(pending(t).empty()); // pulled changes are not pushed back

    // Confirmed writes stay synchronous=FULL (2) after a page was applied.
    CHECK(t->database().scalar(QStringLiteral("PRAGMA synchronous")).value().toInt() == 2);

    auto again = journal.applyPullPage(page, 6, false);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(t.count(QStringLiteral("job")) == 2);

    // A failure inside the page rolls back the page and the cursor.
    const std::vector<PulledChange> next{remoteJob(7, EntityStore::newId(), QStringLiteral("Z"))};
    t->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
        if (sql.contains(QLatin1String("sync_state")))
            return makeError(QStringLiteral("io"), QStringLiteral("disk I/O error"));
        return std::nullopt;
    });
    CHECK(!journal.applyPullPage(next, 7, false).ok());
    t->database().setFaultInjector({});
    CHECK(journal.cursor().value() == 6);
    CHECK(t.count(QStringLiteral("job")) == 2);
}

TEST_CASE("A remote version wins over a local edit still waiting", "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString x = EntityStore::newId();
    REQUIRE(journal.applyPullPage({remoteJob(5, x, QStringLiteral("平台版本1"))}, 5, false).ok());
    saveJob(t, QStringLiteral("本地修改"), x);
    CHECK(pending(t)[0].baseSeq == 5);
    REQUIRE(journal.applyPullPage({remoteJob(8, x, QStringLiteral("平台版本2"))}, 8, false).ok());
    auto e = t->store().get(entities::job(), x).value();
    CHECK(e->data.value(QLatin1String("title")).toString() == QStringLiteral("平台版本2"));
    // The local edit still goes out on base 5 and will come back superseded.
    CHECK(pending(t)[0].baseSeq == 5);
}

TEST_CASE("Our own change coming back in a pull acknowledges it", "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString a = saveJob(t, QStringLiteral("第一版"));
    const OutboxChange first = pending(t)[0];
    saveJob(t, QStringLiteral("第二版"), a);

    // The push's answer was lost; the pull brings the first version back.
    PulledChange echo = remoteJob(20, a, QStringLiteral("第一版"), first.changeId);
    echo.origin = t->store().deviceId();
    REQUIRE(journal.applyPullPage({echo}, 20, false).ok());
    const auto left = pending(t);
    REQUIRE(left.size() == 1);
    CHECK(left[0].data.contains(QStringLiteral("第二版")));
    CHECK(left[0].baseSeq == 20);
    // The newer local edit stays on screen.
    auto e = t->store().get(entities::job(), a).value();
    CHECK(e->data.value(QLatin1String("title")).toString() == QStringLiteral("第二版"));
    CHECK(e->serverSeq == 20);
}

TEST_CASE("A kiosk keeps no personal fields of a seeker once the platform has it", "[sync]")
{
    TempTerminal t(Mode::Kiosk);
    SyncJournal journal(t->store());
    const QString id = EntityStore::newId();
    REQUIRE(t->store().save(entities::seeker(), id, sampleFor(QStringLiteral("seeker"))).ok());
    auto batch = journal.nextPushBatch(500).value();
    REQUIRE(batch.size() == 1);

    // Not yet acknowledged: the record is whole.
    REQUIRE(journal.recordPush(batch, {}, true).ok());
    CHECK(t.count(QStringLiteral("seeker"), QStringLiteral("phone <> ''")) == 1);

    REQUIRE(journal.recordPush(batch, {{batch[0].changeId, QStringLiteral("applied"), 3, {}}}, true)
                .ok());
    auto e = t->store().get(entities::seeker(), id).value();
    REQUIRE(e);
    CHECK(e->data.value(QLatin1String("name")).toString().isEmpty());
    CHECK(e->data.value(QLatin1String("id_number")).toString().isEmpty());
    CHECK(e->data.value(QLatin1String("phone")).toString().isEmpty());
    CHECK(t.count(QStringLiteral("seeker"), QStringLiteral("id_hash <> '' OR id_tail <> ''")) == 0);
    CHECK(t.count(QStringLiteral("outbox")) == 0);
    CHECK(e->data.value(QLatin1String("wanted_occupations")).toArray().size() == 2);

    // A staff desk keeps the seekers it registered.
    TempTerminal desk(Mode::Staff);
    SyncJournal deskJournal(desk->store());
    REQUIRE(desk->store().save(entities::seeker(), id, sampleFor(QStringLiteral("seeker"))).ok());
    auto deskBatch = deskJournal.nextPushBatch(500).value();
    REQUIRE(deskJournal
                .recordPush(deskBatch, {{deskBatch[0].changeId, QStringLiteral("applied"), 3, {}}},
                            false)
                .ok());
    CHECK(desk.count(QStringLiteral("seeker"), QStringLiteral("phone <> ''")) == 1);
}

TEST_CASE("A kiosk clears an applicant's mobile once the platform has it and the job has closed",
          "[sync]")
{
    TempTerminal t(Mode::Kiosk);
    SyncJournal journal(t->store());
    ApplicationService applications(t->store(), t.clock());
    QJsonObject open = sampleJob();
    open.insert(QStringLiteral("valid_until"), t.clock().today().addDays(5).toString(Qt::ISODate));
    const QString openJob = EntityStore::newId();
    const QString closingJob = EntityStore::newId();
    REQUIRE(t->store().save(entities::job(), openJob, open).ok());
    REQUIRE(t->store().save(entities::job(), closingJob, open).ok());
    auto kept = applications.apply(openJob, QStringLiteral("13907711234"), QStringLiteral("kiosk"));
    auto cleared =
        applications.apply(closingJob, QStringLiteral("13907711234"), QStringLiteral("kiosk"));
    auto unsent =
        applications.apply(closingJob, QStringLiteral("13907715678"), QStringLiteral("kiosk"));
    REQUIRE((kept.ok() && cleared.ok() && unsent.ok()));
    const auto phoneOf = [&t](const QString& id) {
        return t->store()
            .get(entities::application(), id)
            .value()
            ->data.value(QLatin1String("phone"))
            .toString();
    };

    // The platform takes every change but the last application.
    auto batch = journal.nextPushBatch(500).value();
    std::vector<PushOutcome> outcomes;
    qint64 seq = 0;
    for (const OutboxChange& c : batch)
        if (c.entityId != unsent->id)
            outcomes.push_back({c.changeId, QStringLiteral("applied"), ++seq, {}});
    REQUIRE(journal.recordPush(batch, outcomes, true).ok());
    // While both jobs are open, both mobiles stay: applying again is recognised.
    CHECK(journal.minimiseClosedApplications(t.clock().today()).value() == 0);
    CHECK(applications.apply(closingJob, QStringLiteral("13907711234"), QStringLiteral("kiosk"))
              ->existing);

    // The job closes (filled at the window, arriving by sync).
    QJsonObject filled = t->store().get(entities::job(), closingJob).value()->data;
    filled.insert(QStringLiteral("status"), QStringLiteral("filled"));
    REQUIRE(journal
                .applyPullPage({{++seq, EntityStore::newId(), QStringLiteral("job"), closingJob,
                                 QStringLiteral("upsert"), QStringLiteral("2026-11-22T03:00:00Z"),
                                 QStringLiteral("desk-01"), filled}},
                               seq, true)
                .ok());
    CHECK(journal.minimiseClosedApplications(t.clock().today()).value() == 1);
    CHECK(phoneOf(cleared->id).isEmpty());
    CHECK(phoneOf(kept->id) == QStringLiteral("13907711234"));
    CHECK(phoneOf(unsent->id) == QStringLiteral("13907715678")); // the only copy: kept
    CHECK(t->store()
              .get(entities::application(), cleared->id)
              .value()
              ->data.value(QLatin1String("confirmation_no")) == cleared->confirmationNo);
    // Cleared here only: nothing is queued for the platform.
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity_id = '%1'").arg(cleared->id)) ==
          0);
}

TEST_CASE("Retry delays grow from about a second to about five minutes", "[sync]")
{
    CHECK(SyncEngine::retryDelayMs(1, 0.5) == 1000);
    CHECK(SyncEngine::retryDelayMs(2, 0.5) == 2000);
    CHECK(SyncEngine::retryDelayMs(4, 0.5) == 8000);
    CHECK(SyncEngine::retryDelayMs(30, 0.5) == 300000);
    CHECK(SyncEngine::retryDelayMs(1, 0.0) == 750);
    CHECK(SyncEngine::retryDelayMs(1, 1.0) == 1250);
    CHECK(SyncEngine::retryDelayMs(30, 1.0) == 375000);
}

TEST_CASE("A conflict closes by itself only when the platform's last version is what was sent",
          "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString id = EntityStore::newId();
    // A local edit the platform superseded at seq 10: what was sent is "本地版".
    const PulledChange sent = remoteJob(10, id, QStringLiteral("本地版"));
    const auto conflict = [&](const QString& op) {
        REQUIRE(t->database()
                    .exec(QStringLiteral("INSERT INTO sync_conflict(change_id, entity, entity_id, "
                                         "op, base_seq, server_seq, local_data, created_at) "
                                         "VALUES (?, 'job', ?, ?, 3, 10, ?, ?)"),
                          {EntityStore::newId(), id, op,
                           op == QLatin1String("delete")
                               ? QString()
                               : QString::fromUtf8(
                                     QJsonDocument(sent.data).toJson(QJsonDocument::Compact)),
                           QStringLiteral("2026-11-22T01:00:00.000Z")})
                    .ok());
    };
    const auto open = [&] { return int(journal.openConflicts().value().size()); };
    conflict(QStringLiteral("upsert"));

    // Equal at seq 11, but another version follows in the same page: it stays open.
    REQUIRE(journal
                .applyPullPage({remoteJob(11, id, QStringLiteral("本地版")),
                                remoteJob(12, id, QStringLiteral("平台版"))},
                               12, false)
                .ok());
    CHECK(open() == 1);
    // An equal version older than the one that won does not close it either.
    REQUIRE(journal.applyPullPage({remoteJob(9, id, QStringLiteral("本地版"))}, 12, false).ok());
    CHECK(open() == 1);
    // The platform's latest version is what was sent: nothing was lost, it closes.
    REQUIRE(journal.applyPullPage({remoteJob(13, id, QStringLiteral("本地版"))}, 13, false).ok());
    CHECK(open() == 0);
    CHECK(t.count(QStringLiteral("sync_conflict"),
                  QStringLiteral("resolution = 'same_as_platform'")) == 1);

    // A delete superseded, then deleted at the platform too: closes; recreated after: stays.
    conflict(QStringLiteral("delete"));
    PulledChange gone = remoteJob(14, id, QString());
    gone.op = QStringLiteral("delete");
    gone.data = {};
    PulledChange back = remoteJob(15, id, QStringLiteral("又发布"));
    REQUIRE(journal.applyPullPage({gone, back}, 15, false).ok());
    CHECK(open() == 1);
    gone.seq = 16;
    REQUIRE(journal.applyPullPage({gone}, 16, false).ok());
    CHECK(open() == 0);
}

TEST_CASE("A superseded change whose winner already came in a pull, equal to it, leaves no "
          "conflict",
          "[sync]")
{
    TempTerminal t;
    SyncJournal journal(t->store());
    const QString x = EntityStore::newId();
    const QString y = EntityStore::newId();
    REQUIRE(journal
                .applyPullPage({remoteJob(5, x, QStringLiteral("平台版本1")),
                                remoteJob(6, y, QStringLiteral("平台版本1"))},
                               6, false)
                .ok());
    // Both rows edited here; another terminal made the same edit of x, and a different one of
    // y, and those came in a pull before the answer to this terminal's push.
    saveJob(t, QStringLiteral("同样的修改"), x);
    saveJob(t, QStringLiteral("这里的修改"), y);
    const std::vector<OutboxChange> batch = pending(t);
    REQUIRE(batch.size() == 2);
    const auto sameAs = [](const OutboxChange& c, qint64 seq, const QString& title) {
        PulledChange p = remoteJob(seq, c.entityId, title);
        p.data = QJsonDocument::fromJson(c.data.toUtf8()).object();
        p.data.insert(QStringLiteral("title"), title);
        return p;
    };
    const OutboxChange& onX = batch[0].entityId == x ? batch[0] : batch[1];
    const OutboxChange& onY = batch[0].entityId == x ? batch[1] : batch[0];
    REQUIRE(journal
                .applyPullPage({sameAs(onX, 9, QStringLiteral("同样的修改")),
                                sameAs(onY, 10, QStringLiteral("那边的修改"))},
                               10, false)
                .ok());
    REQUIRE(journal
                .recordPush(batch,
                            {{onX.changeId, QStringLiteral("superseded"), 9, {}},
                             {onY.changeId, QStringLiteral("superseded"), 10, {}}},
                            false)
                .ok());
    // Nothing was lost on x; y's edit waits for staff.
    auto open = journal.openConflicts();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->front().entityId == y);
    CHECK(open->front().localData.value(QLatin1String("title")).toString() ==
          QStringLiteral("这里的修改"));
    CHECK(pending(t).empty());
    CHECK(serverSeq(t, entities::job(), x) == 9);
}

TEST_CASE("What is held about a seeker deleted elsewhere goes only when the deletion was no merge",
          "[sync]")
{
    TempTerminal t(Mode::Staff);
    EntityStore& store = t->store();
    SyncJournal journal(store);
    // Each seeker: saved, then deleted as a pull would, with a conflict holding `typed`.
    auto deletedWithConflict = [&](const QString& idNumber, const QJsonObject& typed) {
        QJsonObject seeker = sampleFor(QStringLiteral("seeker"));
        seeker.insert(QStringLiteral("id_number"), idNumber);
        const QString id = EntityStore::newId();
        REQUIRE(store
                    .applyRemote(entities::seeker(), id, QStringLiteral("upsert"), seeker, 5,
                                 QStringLiteral("2026-11-22T01:00:00Z"), QStringLiteral("hub"))
                    .ok());
        REQUIRE(store
                    .applyRemote(entities::seeker(), id, QStringLiteral("delete"), {}, 6,
                                 QStringLiteral("2026-11-22T02:00:00Z"), QStringLiteral("hub"))
                    .ok());
        REQUIRE(
            t->database()
                .exec(QStringLiteral("INSERT INTO sync_conflict(change_id, entity, entity_id, op, "
                                     "base_seq, server_seq, local_data, created_at) VALUES(?, "
                                     "'seeker', ?, 'upsert', 5, 6, ?, '2026-11-22T02:00:00Z')"),
                      {EntityStore::newId(), id,
                       QString::fromUtf8(QJsonDocument(typed).toJson(QJsonDocument::Compact))})
                .ok());
        return id;
    };
    const auto held = [&](const QString& id) {
        return t.count(QStringLiteral("sync_conflict"), QStringLiteral("entity_id = '%1'").arg(id));
    };
    const auto typedAs = [](const QString& idNumber) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("韦秀英")},
                           {QStringLiteral("id_number"), idNumber}};
    };

    // Merged into a record kept that does not list it yet: the same ID number lives on.
    const QString twinNumber = QStringLiteral("45010319700101002X");
    const QString twin = deletedWithConflict(twinNumber, typedAs(twinNumber.toLower()));
    QJsonObject kept = sampleFor(QStringLiteral("seeker"));
    kept.insert(QStringLiteral("id_number"), twinNumber);
    REQUIRE(store.save(entities::seeker(), EntityStore::newId(), kept).ok());
    // Deleted at the person's request: no record of them is left.
    const QString gone = deletedWithConflict(QStringLiteral("450103198506150017"),
                                             typedAs(QStringLiteral("450103198506150017")));
    // Held with no ID number typed: nothing tells, so it stays.
    const QString unknown =
        deletedWithConflict(QStringLiteral("450103199203040021"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("农秀梅")}});

    auto forgotten = journal.forgetDeletedSeekers();
    REQUIRE(forgotten.ok());
    CHECK(forgotten.value() == 1);
    CHECK(held(twin) == 1);
    CHECK(held(gone) == 0);
    CHECK(held(unknown) == 1);
}

TEST_CASE("What the platform took and lost is queued again as it stands, seekers only where kept",
          "[sync]")
{
    TempTerminal t;
    EntityStore& store = t->store();
    SyncJournal journal(store);
    const QString before = saveJob(t, QStringLiteral("备份前"));
    const QString after = saveJob(t, QStringLiteral("备份后"));
    const QString seeker = EntityStore::newId();
    REQUIRE(store.save(entities::seeker(), seeker, sampleFor(QStringLiteral("seeker"))).ok());
    auto batch = journal.nextPushBatch(500).value();
    REQUIRE(batch.size() == 3);
    REQUIRE(journal
                .recordPush(batch,
                            {{batch[0].changeId, QStringLiteral("applied"), 10, {}},
                             {batch[1].changeId, QStringLiteral("applied"), 20, {}},
                             {batch[2].changeId, QStringLiteral("applied"), 21, {}}},
                            false)
                .ok());
    REQUIRE(pending(t).empty());
    // A record another terminal wrote last, though past the point, is its to send.
    const QString theirs = EntityStore::newId();
    REQUIRE(store
                .applyRemote(entities::job(), theirs, QStringLiteral("upsert"), sampleJob(), 22,
                             QStringLiteral("2026-11-22T01:00:00Z"), QStringLiteral("desk-02"))
                .ok());
    // The job edited again here since: that edit goes, nothing is queued twice.
    saveJob(t, QStringLiteral("备份后，又改"), after);
    REQUIRE(pending(t).size() == 1);

    // Lost past 15, at a kiosk: the job only (its edit waits already), no seeker.
    CHECK(journal.resendLost(15, false).value() == 0);
    CHECK(pending(t).size() == 1);
    // At a window: the seeker too, on top of the seq it had, as it stands.
    CHECK(journal.resendLost(15, true).value() == 1);
    const auto queued = pending(t);
    REQUIRE(queued.size() == 2);
    CHECK(queued[1].entityId == seeker);
    CHECK(queued[1].op == QLatin1String("upsert"));
    CHECK(queued[1].baseSeq == 21);
    CHECK(queued[1].data.contains(QStringLiteral("韦秀英")));
    // The job from before the point is not sent again.
    for (const OutboxChange& c : queued)
        CHECK(c.entityId != before);
}

TEST_CASE("an edit kept from a sync conflict knows what it changed, and forgets the record "
          "before it once decided",
          "[sync]")
{
    TempTerminal t(Mode::Staff);
    SyncJournal journal(t->store());
    const QString id = EntityStore::newId();
    REQUIRE(t->store().save(entities::job(), id, sampleJob()).ok());
    auto first = journal.nextPushBatch(10).value();
    REQUIRE(first.size() == 1);
    REQUIRE(
        journal.recordPush(first, {{first[0].changeId, QStringLiteral("applied"), 5, {}}}, false)
            .ok());
    const QJsonObject before = t->store().get(entities::job(), id).value()->data;
    // Two edits here, one after the other, while the platform changed the record too.
    QJsonObject one = before;
    one.insert(QStringLiteral("title"), QStringLiteral("第一次修改"));
    REQUIRE(t->store().save(entities::job(), id, one).ok());
    QJsonObject two = one;
    two.insert(QStringLiteral("headcount"), 7);
    REQUIRE(t->store().save(entities::job(), id, two).ok());
    auto sent = journal.nextPushBatch(10).value();
    REQUIRE(sent.size() == 1); // one change of a record a batch
    REQUIRE(
        journal.recordPush(sent, {{sent[0].changeId, QStringLiteral("superseded"), 12, {}}}, false)
            .ok());
    // The edit still waiting counts the first one's change as its own: its record before is the
    // platform's version both were made on.
    const auto baseOfPending = [&] {
        auto r = t->database().scalar(
            QStringLiteral("SELECT base_data FROM outbox WHERE entity = 'job' AND entity_id = ?"),
            {id});
        REQUIRE(r.ok());
        return QJsonDocument::fromJson(r.value().toString().toUtf8()).object();
    };
    CHECK(baseOfPending().value(QLatin1String("title")) == before.value(QLatin1String("title")));
    auto conflicts = journal.openConflicts().value();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].baseData.value(QLatin1String("title")) ==
          before.value(QLatin1String("title")));
    CHECK(conflicts[0].localData.value(QLatin1String("title")) == QStringLiteral("第一次修改"));
    // Decided: nothing more is kept of the record before.
    REQUIRE(journal.resolveConflict(conflicts[0].id, QStringLiteral("kept_platform")).ok());
    CHECK(t.count(QStringLiteral("sync_conflict"), QStringLiteral("base_data <> ''")) == 0);
    // A record's fields purged (a person's data minimised) leave no copy there either.
    REQUIRE(t->store().purgeFields(entities::job(), id, {QStringLiteral("title")}).ok());
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("base_data <> ''")) == 0);
}
