#include "samples.h"
#include "sync/syncengine.h"
#include "tempterminal.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>

#include <memory>

using namespace lingong;
using namespace lingong::test;

namespace {

// A platform that answers every push with 200 and the given body, and counts the pushes.
struct OddPlatform
{
    QHttpServer server;
    quint16 port = 0;
    int pushes = 0;

    explicit OddPlatform(QByteArray pushAnswer)
    {
        server.route(QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Post,
                     [this, pushAnswer] {
                         ++pushes;
                         return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                    pushAnswer);
                     });
        port = server.listen(QHostAddress::LocalHost, 0);
        REQUIRE(port != 0);
    }

    Config config() const
    {
        Config c;
        c.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        c.platformToken = QStringLiteral("t");
        return c;
    }
};

// A desk with one job waiting, whose engine has run one round against `platform`.
struct DeskAfterOneRound
{
    TempTerminal desk;
    QNetworkAccessManager network;
    std::unique_ptr<SyncEngine> engine;
    bool ok = false;

    explicit DeskAfterOneRound(const OddPlatform& platform)
    {
        REQUIRE(desk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
        engine = std::make_unique<SyncEngine>(
            desk->store(), SyncSettings::from(platform.config(), Mode::Staff), &network);
        QSignalSpy finished(engine.get(), &SyncEngine::roundFinished);
        engine->syncNow();
        REQUIRE(finished.wait(10000));
        ok = finished.first().first().toBool();
    }
};

} // namespace

TEST_CASE("A push answer that settles none of the changes sent is a failed round, not a loop",
          "[sync]")
{
    OddPlatform platform(QByteArrayLiteral(
        R"({"results":[{"change_id":"00000000-0000-4000-8000-000000000000","status":"applied","seq":1}]})"));
    DeskAfterOneRound d(platform);
    CHECK(!d.ok);
    CHECK(platform.pushes == 1);
    const SyncStatus s = d.engine->status();
    CHECK(s.pending == 1);
    CHECK(s.online);
    CHECK(s.lastError.contains(QStringLiteral("cut off")));
    CHECK(!s.waitingForStaff); // retried later with backoff
    d.engine->syncNow();       // stop the scheduled retry from firing after the test
}

TEST_CASE("A push answer that is not JSON keeps the outbox and is retried", "[sync]")
{
    OddPlatform platform(QByteArrayLiteral(R"({"results":[{"change_id":)"));
    DeskAfterOneRound d(platform);
    CHECK(!d.ok);
    CHECK(d.engine->status().pending == 1);
    CHECK(d.engine->status().lastError.contains(QStringLiteral("cut off")));
    CHECK(d.desk->syncState().pending(10).value()[0].attempts == 1);
}

namespace {

// A platform that refuses this terminal's token until `accepting` is set, then takes every
// change pushed and has nothing to send back.
struct GatedPlatform
{
    QHttpServer server;
    quint16 port = 0;
    bool accepting = false;
    qint64 seq = 0;

    GatedPlatform()
    {
        const auto refused = [] {
            return QHttpServerResponse(
                QByteArrayLiteral("application/json"),
                QByteArrayLiteral(
                    R"({"error":{"code":"unauthorized","message":"需要有效的令牌"}})"),
                QHttpServerResponse::StatusCode::Unauthorized);
        };
        server.route(
            QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Post,
            [this, refused](const QHttpServerRequest& request) {
                if (!accepting)
                    return refused();
                QJsonArray results;
                const QJsonArray changes = QJsonDocument::fromJson(request.body())
                                               .object()
                                               .value(QLatin1String("changes"))
                                               .toArray();
                for (const QJsonValue& c : changes)
                    results.append(
                        QJsonObject{{QStringLiteral("change_id"),
                                     c.toObject().value(QLatin1String("change_id"))},
                                    {QStringLiteral("status"), QStringLiteral("applied")},
                                    {QStringLiteral("seq"), ++seq}});
                return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), results}});
            });
        server.route(
            QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Get, [this, refused] {
                if (!accepting)
                    return refused();
                return QHttpServerResponse(QJsonObject{{QStringLiteral("changes"), QJsonArray()},
                                                       {QStringLiteral("next"), seq},
                                                       {QStringLiteral("more"), false}});
            });
        port = server.listen(QHostAddress::LocalHost, 0);
        REQUIRE(port != 0);
    }

    Config config(const QString& path = QString()) const
    {
        Config c;
        c.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
        c.platformToken = QStringLiteral("t");
        return c;
    }
};

bool runRound(SyncEngine& engine, bool start)
{
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    if (start)
        engine.start();
    else
        engine.syncNow();
    REQUIRE(finished.wait(10000));
    return finished.first().first().toBool();
}

} // namespace

TEST_CASE("A terminal stopped by a refused token still tries now and then, and goes on by itself "
          "once the platform accepts it",
          "[sync]")
{
    GatedPlatform platform;
    TempTerminal kiosk;
    QNetworkAccessManager network;
    REQUIRE(kiosk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
    SyncSettings settings = SyncSettings::from(platform.config(), Mode::Kiosk);
    settings.stoppedRetryMs = 300;
    SyncEngine engine(kiosk->store(), settings, &network);
    CHECK_FALSE(runRound(engine, true));
    REQUIRE(engine.status().waitingForStaff);
    // The platform's token list is restored; nobody touches the kiosk.
    platform.accepting = true;
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());
    CHECK_FALSE(engine.status().waitingForStaff);
    CHECK(engine.status().pending == 0);
}

TEST_CASE("A refused token stops the rounds with a message naming the setting, until a round "
          "works again",
          "[sync]")
{
    GatedPlatform platform;
    TempTerminal kiosk;
    QNetworkAccessManager network;
    REQUIRE(kiosk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
    {
        SyncEngine engine(kiosk->store(), SyncSettings::from(platform.config(), Mode::Kiosk),
                          &network);
        CHECK_FALSE(runRound(engine, true));
        const SyncStatus s = engine.status();
        CHECK(s.waitingForStaff);
        CHECK(s.lastError.contains(QStringLiteral("sync.token")));
        CHECK_FALSE(s.lastError.contains(QStringLiteral("令牌"))); // in the terminal's language
        CHECK(s.pending == 1);
    }
    // The token is put right at the platform; the kiosk is restarted (it has no sync button).
    platform.accepting = true;
    SyncEngine engine(kiosk->store(), SyncSettings::from(platform.config(), Mode::Kiosk), &network);
    CHECK(runRound(engine, true));
    const SyncStatus s = engine.status();
    CHECK_FALSE(s.waitingForStaff);
    CHECK(s.pending == 0);
    CHECK(s.lastError.isEmpty());
    // Stored too: the next start, and the periodic rounds, are not held back.
    CHECK(readSyncStatus(kiosk->syncState(), true).value().waitingForStaff == false);
    // A new change goes out with the next round without anybody pressing anything.
    REQUIRE(kiosk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    REQUIRE(finished.wait(10000)); // the local change starts a round by itself
    CHECK(engine.status().pending == 0);
}

TEST_CASE("An address that does not speak the protocol says which setting to check", "[sync]")
{
    GatedPlatform platform;
    platform.accepting = true;
    TempTerminal desk;
    QNetworkAccessManager network;
    REQUIRE(desk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
    SyncEngine engine(desk->store(),
                      SyncSettings::from(platform.config(QStringLiteral("/api/v1")), Mode::Staff),
                      &network);
    CHECK_FALSE(runRound(engine, false));
    CHECK(engine.status().lastError.contains(QStringLiteral("sync.url")));
    CHECK(engine.status().lastError.contains(QStringLiteral("404")));
}

TEST_CASE("A platform that refuses the connection is told with the setting to check", "[sync]")
{
    // A port nothing listens on: taken, then given back.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    TempTerminal desk(Mode::Staff);
    Config config;
    config.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    config.platformToken = QStringLiteral("desk-key");
    QNetworkAccessManager network;
    REQUIRE(desk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
    SyncEngine engine(desk->store(), SyncSettings::from(config, Mode::Staff), &network);
    CHECK_FALSE(runRound(engine, true));
    const SyncStatus s = engine.status();
    CHECK(s.lastError.contains(QStringLiteral("sync.url")));
    CHECK(s.pending == 1);
}

TEST_CASE("a token issued for another device is a setup problem only while the names differ",
          "[sync]")
{
    SyncStatus s;
    s.tokenDevice = QStringLiteral("desk-01");
    const QStringList wrong = syncSetupProblems(s, QStringLiteral("desk-09"), true);
    REQUIRE(wrong.size() == 1);
    CHECK(wrong.front().contains(QStringLiteral("calls itself desk-09")));
    CHECK(wrong.front().contains(QStringLiteral("issued for desk-01")));
    // hall.device_id corrected: said no more, before the next round that gets through.
    CHECK(syncSetupProblems(s, QStringLiteral("desk-01"), true).isEmpty());

    // So at the next start: the store's word of it goes, and no part of the terminal (the
    // window's status bar, a kiosk's footer) calls the setup wrong for it.
    TempTerminal desk(Mode::Staff);
    REQUIRE(desk->syncState()
                .setValue(QString::fromLatin1(SyncState::kTokenDevice), desk->store().deviceId())
                .ok());
    QNetworkAccessManager network;
    SyncEngine engine(desk->store(), SyncSettings::from(Config{}, Mode::Staff), &network);
    CHECK(engine.status().tokenDevice.isEmpty());
    CHECK_FALSE(engine.status().setupProblem());
}
