#include "samples.h"
#include "sync/syncengine.h"
#include "tempterminal.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>

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
