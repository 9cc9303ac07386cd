#include "accounts.h"
#include "loopbackhub.h"
#include "referencedata.h"
#include "referencelists.h"
#include "samples.h"
#include "staff/staffcontext.h"
#include "staff/staffpage.h"
#include "staff/staffsyncpage.h"
#include "staff/staffwindow.h"
#include "staffgui.h"
#include "syncjournal.h"
#include "tempterminal.h"

#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>

using namespace lingong;
using namespace lingong::test;

namespace {

struct SyncDeskFixture
{
    TempTerminal t;
    std::unique_ptr<StaffWindow> w;
    StaffAccount admin;

    explicit SyncDeskFixture(Config config = {})
        : t(Mode::Staff, std::move(config))
    {
        SignedInDesk d = openSignedInDesk(t);
        w = std::move(d.window);
        admin = d.admin;
    }

    QString saveJob(const QString& title, QString id = {})
    {
        return saveSampleJob(t->store(), title, std::move(id));
    }

    StaffPage* showSync()
    {
        w->showPage(QStringLiteral("sync"));
        REQUIRE(w->currentPage() == QStringLiteral("sync"));
        return w->page(QStringLiteral("sync"));
    }
};

void selectRow(const QWidget* root, const char* table, int row)
{
    auto* t = child<QTableWidget>(root, table);
    REQUIRE(t->rowCount() > row);
    t->selectRow(row);
}

// A service window's configuration for `hub`, as desk-01 with `token`.
Config deskConfig(const LoopbackHub& hub, const QString& token = QStringLiteral("desk-secret"))
{
    Config config;
    config.platformUrl = hub.url();
    config.platformToken = token;
    config.deviceId = QStringLiteral("desk-01");
    return config;
}

} // namespace

TEST_CASE("staff see conflicts and refusals and decide on each, with an audit row",
          "[ui][staff][sync]")
{
    SyncDeskFixture d;
    SyncJournal journal(d.t->store());
    const QString lost = d.saveJob(QStringLiteral("本窗口改的标题"));
    const QString kept = d.saveJob(QStringLiteral("另一条修改"));
    d.saveJob(QStringLiteral("限男性 搬运工"));
    auto batch = journal.nextPushBatch(500).value();
    REQUIRE(batch.size() == 3);
    REQUIRE(journal
                .recordPush(batch,
                            {{batch[0].changeId, QStringLiteral("superseded"), 12, {}},
                             {batch[1].changeId, QStringLiteral("superseded"), 13, {}},
                             {batch[2].changeId, QStringLiteral("rejected"), 0,
                              QStringLiteral("Discriminatory wording: 限男性")}},
                            false)
                .ok());

    // The platform's version of the first arrives with the next pull.
    QJsonObject platform = d.t->store().get(entities::job(), lost).value()->data;
    platform.insert(QStringLiteral("title"), QStringLiteral("平台上的标题"));
    platform.insert(QStringLiteral("headcount"), 9);
    platform.insert(QStringLiteral("pay"),
                    QJsonObject{{QStringLiteral("min"), 160},
                                {QStringLiteral("max"), 160},
                                {QStringLiteral("unit"), QStringLiteral("day")}});
    platform.insert(QStringLiteral("contact"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("李女士")},
                                {QStringLiteral("phone"), QStringLiteral("13912345678")}});
    REQUIRE(journal
                .applyPullPage({{12, EntityStore::newId(), QStringLiteral("job"), lost,
                                 QStringLiteral("upsert"), QStringLiteral("2026-11-22T03:00:00Z"),
                                 QStringLiteral("desk-02"), platform}},
                               12, false)
                .ok());

    auto* page = d.showSync();
    page->refresh();
    auto* conflicts = child<QTableWidget>(page, "syncConflicts");
    auto* rejected = child<QTableWidget>(page, "syncRejected");
    REQUIRE(conflicts->rowCount() == 2);
    // Both versions side by side, and where they differ, in words.
    CHECK(conflicts->item(0, 2)->text() == QStringLiteral("本窗口改的标题"));
    CHECK(conflicts->item(0, 3)->text() == QStringLiteral("平台上的标题"));
    CHECK(conflicts->item(0, 4)->text() == QStringLiteral("title, pay, people wanted, contact"));
    // The other's platform version has not been pulled yet: not shown as its own edit.
    CHECK(conflicts->item(1, 2)->text() == QStringLiteral("另一条修改"));
    CHECK(conflicts->item(1, 3)->text() == QStringLiteral("arrives with the next sync"));
    CHECK(conflicts->item(1, 4)->text().isEmpty());
    REQUIRE(rejected->rowCount() == 1);
    CHECK(rejected->item(0, 3)->text().contains(QStringLiteral("限男性")));
    CHECK(page->badge() == 3);
    CHECK(!child<QAbstractButton>(page, "syncSendAgain")->isEnabled());
    // A selected conflict shows the values of the fields that differ, mobiles masked; one whose
    // platform version has not arrived shows none.
    auto* fields = child<QTableWidget>(page, "syncConflictFields");
    CHECK(fields->isHidden());
    selectRow(page, "syncConflicts", 0);
    CHECK(!fields->isHidden());
    REQUIRE(fields->rowCount() == 4);
    QStringList shown;
    for (int r = 0; r < fields->rowCount(); ++r) {
        shown << QStringLiteral("%1 | %2 | %3")
                     .arg(fields->item(r, 0)->text(), fields->item(r, 1)->text(),
                          fields->item(r, 2)->text());
    }
    CHECK(shown ==
          QStringList{QStringLiteral("title | 本窗口改的标题 | 平台上的标题"),
                      QStringLiteral("pay | 150–180 yuan/day | 160 yuan/day"),
                      QStringLiteral("people wanted | 5 | 9"),
                      QStringLiteral("contact | 李女士 138****0000 | 李女士 139****5678")});
    selectRow(page, "syncConflicts", 1);
    CHECK(fields->isHidden());
    conflicts->clearSelection();
    auto* strip = child<StaffSyncStrip>(d.w.get(), "staffSyncStrip");
    strip->refresh();
    CHECK(strip->text().contains(QStringLiteral("3 need(s) attention")));

    // Send this window's version again: a new change on top of the platform's seq.
    selectRow(page, "syncConflicts", 0);
    click(page, "syncSendAgain");
    auto pending = d.t->syncState().pending(10).value();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].entityId == lost);
    CHECK(pending[0].data.contains(QStringLiteral("本窗口改的标题")));
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'sync_conflict_send_again'")) == 1);
    REQUIRE(conflicts->rowCount() == 1);

    // The other's platform version has not arrived: not sent again on top of the edit itself
    // (it would be refused again); the clerk is told to sync first.
    selectRow(page, "syncConflicts", 0);
    click(page, "syncSendAgain");
    CHECK(textOf(page, "syncMessage").contains(QStringLiteral("has not arrived yet")));
    CHECK(conflicts->rowCount() == 1);
    CHECK(d.t->syncState().pending(10).value().size() == 1);

    // Keep the platform's version: nothing is sent.
    selectRow(page, "syncConflicts", 0);
    click(page, "syncKeepPlatform");
    CHECK(conflicts->rowCount() == 0);
    CHECK(d.t->syncState().pending(10).value().size() == 1);
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'sync_conflict_keep_platform' AND entity_id = '") +
                        kept + QStringLiteral("'")) == 1);

    selectRow(page, "syncRejected", 0);
    click(page, "syncDismiss");
    CHECK(rejected->rowCount() == 0);
    CHECK(d.t->syncState().rejectedCount().value() == 0);
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'sync_rejected_dismiss'")) == 1);
    CHECK(page->badge() == 0);
    // The status bar follows at once, not at the next sync.
    CHECK_FALSE(strip->text().contains(QStringLiteral("attention")));
}

TEST_CASE("sending an edit again keeps what the platform changed in the fields not edited here",
          "[ui][staff][sync]")
{
    SyncDeskFixture d;
    SyncJournal journal(d.t->store());
    // A posting the platform has (seq 5), edited here (its title) while another window changed
    // its headcount and contact on the platform.
    const QString id = d.saveJob(QStringLiteral("小区保洁（日结）"));
    auto first = journal.nextPushBatch(10).value();
    REQUIRE(first.size() == 1);
    REQUIRE(
        journal.recordPush(first, {{first[0].changeId, QStringLiteral("applied"), 5, {}}}, false)
            .ok());
    const QJsonObject before = d.t->store().get(entities::job(), id).value()->data;
    QJsonObject mine = before;
    mine.insert(QStringLiteral("title"), QStringLiteral("小区保洁（两天）"));
    REQUIRE(d.t->store().save(entities::job(), id, mine).ok());
    auto second = journal.nextPushBatch(10).value();
    REQUIRE(second.size() == 1);
    REQUIRE(
        journal
            .recordPush(second, {{second[0].changeId, QStringLiteral("superseded"), 12, {}}}, false)
            .ok());
    QJsonObject platform = before;
    platform.insert(QStringLiteral("headcount"), 9);
    platform.insert(QStringLiteral("contact"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("李女士")},
                                {QStringLiteral("phone"), QStringLiteral("13912345678")}});
    REQUIRE(journal
                .applyPullPage(
                    {{12, EntityStore::newId(), QStringLiteral("job"), id, QStringLiteral("upsert"),
                      QStringLiteral("2026-11-22T03:00:00Z"), QStringLiteral("desk-02"), platform}},
                    12, false)
                .ok());

    auto* page = d.showSync();
    page->refresh();
    selectRow(page, "syncConflicts", 0);
    // The field view says which fields go out again: the one edited here; the others stay.
    auto* fields = child<QTableWidget>(page, "syncConflictFields");
    REQUIRE(fields->rowCount() == 3);
    QStringList shown;
    for (int r = 0; r < fields->rowCount(); ++r)
        shown << fields->item(r, 0)->text() + QStringLiteral(" | ") + fields->item(r, 3)->text();
    CHECK(shown == QStringList{QStringLiteral("title | this window's value"),
                               QStringLiteral("people wanted | the platform's stays (not edited "
                                              "here)"),
                               QStringLiteral("contact | the platform's stays (not edited here)")});
    click(page, "syncSendAgain");
    CHECK(textOf(page, "syncMessage").contains(QStringLiteral("stay as the platform has them")));
    auto pending = d.t->syncState().pending(10).value();
    REQUIRE(pending.size() == 1);
    const QJsonObject sent = QJsonDocument::fromJson(pending[0].data.toUtf8()).object();
    CHECK(sent.value(QLatin1String("title")).toString() == QStringLiteral("小区保洁（两天）"));
    CHECK(sent.value(QLatin1String("headcount")).toInt() == 9);
    CHECK(sent.value(QLatin1String("contact")).toObject().value(QLatin1String("phone")) ==
          QStringLiteral("13912345678"));
    // So the record stands here, as it will on the platform.
    const QJsonObject here = d.t->store().get(entities::job(), id).value()->data;
    CHECK(here.value(QLatin1String("title")).toString() == QStringLiteral("小区保洁（两天）"));
    CHECK(here.value(QLatin1String("headcount")).toInt() == 9);
}

TEST_CASE("sync now at the window sends the queue to a real hub and the strip says online",
          "[ui][staff][sync]")
{
    LoopbackHub hub(QStringLiteral("desk-secret staff desk-01\n"));
    Config config = deskConfig(hub);
    SyncDeskFixture d(config);
    QNetworkAccessManager network;
    SyncEngine engine(d.t->store(), SyncSettings::from(config, Mode::Staff), &network);
    d.w->setSyncEngine(&engine);
    auto* strip = child<StaffSyncStrip>(d.w.get(), "staffSyncStrip");

    d.saveJob(QStringLiteral("小区保洁（日结）"));
    d.saveJob(QStringLiteral("装修小工"));
    strip->refresh();
    CHECK(strip->text().contains(QStringLiteral("2 change(s) waiting")));

    auto* page = d.showSync();
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    click(page, "syncNow");
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());
    CHECK(hub.store().changeCount().value() == 2);
    CHECK(d.t->syncState().pendingCount().value() == 0);
    CHECK(strip->text().contains(QStringLiteral("Online")));
    CHECK(!strip->text().contains(QStringLiteral("waiting")));
    CHECK(textOf(page, "syncState").contains(QStringLiteral("Changes waiting to be sent: 0")));
    // "Syncing…" went with the round it announced.
    CHECK(textOf(page, "syncMessage") == QStringLiteral("Sync done."));
}

TEST_CASE("a stand-alone window says its changes stay here until a platform is set up",
          "[ui][staff][sync]")
{
    SyncDeskFixture d;
    auto* strip = child<StaffSyncStrip>(d.w.get(), "staffSyncStrip");
    d.saveJob(QStringLiteral("小区保洁（日结）"));
    strip->refresh();
    CHECK(strip->text().contains(QStringLiteral("Stand-alone")));
    CHECK(
        strip->text().contains(QStringLiteral("1 change(s) kept here until a platform is set up")));
    CHECK_FALSE(strip->text().contains(QStringLiteral("waiting")));
}

TEST_CASE("a window says when kiosks and the wall show what it saved, by its connection",
          "[ui][staff][sync]")
{
    // Stand-alone (a store shared with the hall's screens): at their next refresh.
    SyncDeskFixture alone;
    CHECK(StaffContext(alone.t.terminal()).whenShownPublicly().contains(QStringLiteral("refresh")));

    // Syncing but not yet heard from the platform: not before it has been sent.
    LoopbackHub hub(QStringLiteral("desk-secret staff desk-01\n"));
    Config config = deskConfig(hub);
    SyncDeskFixture d(config);
    StaffContext ctx(d.t.terminal());
    CHECK(ctx.whenShownPublicly().contains(QStringLiteral("offline")));
    QNetworkAccessManager network;
    SyncEngine engine(d.t->store(), SyncSettings::from(config, Mode::Staff), &network);
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    engine.syncNow();
    REQUIRE(finished.wait(10000));
    REQUIRE(finished.first().first().toBool());
    // Online: with the next sync.
    CHECK(ctx.whenShownPublicly().contains(QStringLiteral("next sync")));
    CHECK_FALSE(ctx.whenShownPublicly().contains(QStringLiteral("offline")));
}

TEST_CASE("a window refused by the platform stops retrying and says so", "[ui][staff][sync]")
{
    LoopbackHub hub(QStringLiteral("desk-secret staff desk-01\n"));
    Config config;
    config.platformUrl = hub.url();
    config.platformToken = QStringLiteral("wrong-token");
    SyncDeskFixture d(config);
    QNetworkAccessManager network;
    SyncEngine engine(d.t->store(), SyncSettings::from(config, Mode::Staff), &network);
    d.w->setSyncEngine(&engine);
    d.saveJob(QStringLiteral("小区保洁（日结）"));

    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    engine.syncNow();
    REQUIRE(finished.wait(10000));
    CHECK(!finished.first().first().toBool());
    const SyncStatus s = engine.status();
    CHECK(s.waitingForStaff);
    CHECK(s.online);
    CHECK(s.lastError.contains(QStringLiteral("401")));
    CHECK(s.pending == 1);
    CHECK(hub.store().changeCount().value() == 0);

    auto* page = d.showSync();
    CHECK(textOf(page, "syncState").contains(QStringLiteral("Automatic retries stopped")));
    CHECK(textOf(page, "syncState").contains(QStringLiteral("refused by the platform")));
    CHECK_FALSE(textOf(page, "syncState").contains(QStringLiteral(">online<")));
    CHECK(textOf(page, "syncState").contains(QStringLiteral("sync.token")));
    // A token corrected in the file is read at the next start: said, as Sync now alone would
    // not use it.
    CHECK(textOf(page, "syncState").contains(QStringLiteral("start this program again")));
    CHECK(textOf(page, "syncState").contains(QStringLiteral("started again")));
    auto* strip = child<StaffSyncStrip>(d.w.get(), "staffSyncStrip");
    CHECK(strip->text().contains(QStringLiteral("Sync problem")));
}

TEST_CASE("a platform whose log ends before what the window has read is told to staff",
          "[ui][staff][sync]")
{
    LoopbackHub hub(QStringLiteral("desk-secret staff desk-01\n"));
    Config config = deskConfig(hub);
    SyncDeskFixture d(config);
    QNetworkAccessManager network;
    d.saveJob(QStringLiteral("小区保洁（日结）"));
    d.saveJob(QStringLiteral("装修小工"));
    {
        SyncEngine engine(d.t->store(), SyncSettings::from(config, Mode::Staff), &network);
        QSignalSpy finished(&engine, &SyncEngine::roundFinished);
        engine.syncNow();
        REQUIRE(finished.wait(10000));
        REQUIRE(finished.first().first().toBool());
        CHECK(engine.status().platformSeq == -1);
    }

    // The hub comes back on an empty database.
    LoopbackHub fresh(QStringLiteral("desk-secret staff desk-01\n"));
    config.platformUrl = fresh.url();
    SyncEngine engine(d.t->store(), SyncSettings::from(config, Mode::Staff), &network);
    d.w->setSyncEngine(&engine);
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    engine.syncNow();
    REQUIRE(finished.wait(10000));
    // A round of its own sends the two postings the hub lost again.
    REQUIRE(QTest::qWaitFor([&] { return !engine.isRunning(); }, 10000));
    CHECK(fresh.store().maxSeq().value() > 0);
    const SyncStatus s = engine.status();
    CHECK(s.platformSeq == 0);
    CHECK(s.cursor == 2);
    auto* page = d.showSync();
    page->refresh();
    CHECK(textOf(page, "syncState")
              .contains(QStringLiteral("ends at no. 0, this window had read up to no. 2")));
    // What the clerk need not do, and what to do.
    CHECK(textOf(page, "syncState").contains(QStringLiteral("nothing needs typing in again")));
    auto* strip = child<StaffSyncStrip>(d.w.get(), "staffSyncStrip");
    strip->refresh();
    CHECK(strip->text().contains(QStringLiteral("Sync problem")));

    // The hub's log grows past the cursor again: what was skipped is still missing, so the
    // warning stays until staff dismiss it.
    for (int i = 0; i < 3; ++i)
        d.saveJob(QStringLiteral("新岗位%1").arg(i));
    finished.clear();
    engine.syncNow();
    REQUIRE(finished.wait(10000));
    REQUIRE(fresh.store().maxSeq().value() > 2);
    page->refresh();
    CHECK(textOf(page, "syncState")
              .contains(QStringLiteral("ends at no. 0, this window had read up to no. 2")));
    click(page, "syncBehindDismiss");
    CHECK_FALSE(textOf(page, "syncState").contains(QStringLiteral("ends at no.")));
    CHECK_FALSE(child<QWidget>(page, "syncBehindDismiss")->isVisible());
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'sync_platform_behind_dismiss'")) == 1);
}

TEST_CASE("a window whose clock is far from the platform's is told so until it is set",
          "[ui][staff][sync]")
{
    LoopbackHub hub(QStringLiteral("desk-secret staff desk-01\n"));
    Config config = deskConfig(hub);
    SyncDeskFixture d(config);
    QNetworkAccessManager network;
    SyncEngine engine(d.t->store(), SyncSettings::from(config, Mode::Staff), &network);
    d.w->setSyncEngine(&engine);
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    auto round = [&] {
        finished.clear();
        engine.syncNow();
        REQUIRE(finished.wait(10000));
    };
    auto* page = d.showSync();
    auto* strip = child<StaffSyncStrip>(d.w.get(), "staffSyncStrip");

    // A few minutes apart is nothing to act on.
    d.t.clock().set(hub.terminal().clock().now().addSecs(3 * 60));
    round();
    CHECK(engine.status().clockSkewSec == 0);
    // Forty days behind: said on the page and the strip.
    d.t.clock().set(hub.terminal().clock().now().addDays(-40));
    round();
    CHECK(engine.status().clockSkewSec == -40 * 86400);
    page->refresh();
    CHECK(textOf(page, "syncState").contains(QStringLiteral("clock is 57600 minute")));
    CHECK(textOf(page, "syncState").contains(QStringLiteral("behind the platform's")));
    strip->refresh();
    CHECK(strip->text().contains(QStringLiteral("Sync problem")));
    // Set right: gone at the next round.
    d.t.clock().set(hub.terminal().clock().now());
    round();
    CHECK(engine.status().clockSkewSec == 0);
    page->refresh();
    CHECK_FALSE(textOf(page, "syncState").contains(QStringLiteral("clock")));
}

TEST_CASE("a window given a kiosk's token, or another terminal's, is told so until it has its own",
          "[ui][staff][sync]")
{
    LoopbackHub hub(QStringLiteral("desk-secret staff desk-01\nkiosk-secret public kiosk-01\n"));
    Config config = deskConfig(hub, QStringLiteral("kiosk-secret"));
    SyncDeskFixture d(config);
    QNetworkAccessManager network;
    auto* page = d.showSync();
    auto* strip = child<StaffSyncStrip>(d.w.get(), "staffSyncStrip");
    const auto roundWith = [&](const QString& token) {
        config.platformToken = token;
        SyncEngine engine(d.t->store(), SyncSettings::from(config, Mode::Staff), &network);
        QSignalSpy finished(&engine, &SyncEngine::roundFinished);
        engine.syncNow();
        REQUIRE(finished.wait(10000));
        REQUIRE(finished.first().first().toBool());
        page->refresh();
        strip->refresh();
    };

    roundWith(QStringLiteral("kiosk-secret"));
    CHECK(textOf(page, "syncState").contains(QStringLiteral("This window has a public token")));
    CHECK(textOf(page, "syncState")
              .contains(QStringLiteral("calls itself desk-01, but its token was issued for "
                                       "kiosk-01")));
    CHECK(strip->text().contains(QStringLiteral("Sync problem")));

    roundWith(QStringLiteral("desk-secret"));
    CHECK_FALSE(textOf(page, "syncState").contains(QStringLiteral("public token")));
    CHECK_FALSE(textOf(page, "syncState").contains(QStringLiteral("was issued for")));
    CHECK(strip->text().contains(QStringLiteral("Online")));
}

TEST_CASE("the sync page shows what was wrong with the configuration at start", "[ui][staff][sync]")
{
    {
        SyncDeskFixture d;
        d.showSync();
        CHECK(d.w->findChild<QLabel*>(QStringLiteral("syncSetupProblems")) == nullptr);
    }
    TempTerminal t;
    const ConfigLoad config = ConfigLoader::parse(R"({"kiosk": {"idle_timeout_s": 5}})");
    REQUIRE(config.problems.size() == 1);
    Config withList;
    withList.occupationsFile = t.dir() + QStringLiteral("/missing-trades.json");
    const QStringList problems = config.problems + ReferenceLists::install(withList);
    const auto shipped = qScopeGuard([] { ReferenceData::useShippedList(); });
    REQUIRE(problems.size() == 3);
    t->setStartupProblems(problems);
    SignedInDesk desk = openSignedInDesk(t);
    desk.window->showPage(QStringLiteral("sync"));
    auto* shown = desk.window->findChild<QLabel*>(QStringLiteral("syncSetupProblems"));
    REQUIRE(shown);
    CHECK(shown->isVisible());
    for (const QString& p : problems)
        CHECK(shown->text().contains(p));
    CHECK(shown->text().contains(QStringLiteral("kiosk.idle_timeout_s")));
    CHECK(shown->text().contains(QStringLiteral("missing-trades.json")));
}
