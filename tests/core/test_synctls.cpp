#include "loopbackhub.h"
#include "samples.h"
#include "sync/syncengine.h"
#include "tempterminal.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>

using namespace lingong;
using namespace lingong::test;

// A self-signed certificate made for these tests only (tests/data/tls; CN and SAN 127.0.0.1).
namespace {

QString tlsFile(const char* name)
{
    return QStringLiteral(LINGONG_SOURCE_DIR "/tests/data/tls/") + QString::fromLatin1(name);
}

QSslCertificate certificate(const char* name)
{
    QFile f(tlsFile(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

// Colon-separated upper-case hex, as `openssl x509 -fingerprint -sha256` prints it.
QString fingerprint(const QSslCertificate& cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

struct Round
{
    bool ok = false;
    SyncStatus status;
};

Round syncOnce(TempTerminal& t, const Config& config)
{
    QNetworkAccessManager network;
    SyncEngine engine(t->store(), SyncSettings::from(config, Mode::Staff), &network);
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    engine.syncNow();
    REQUIRE(finished.wait(15000));
    return {finished.first().first().toBool(), engine.status()};
}

} // namespace

TEST_CASE("Pins compare the certificate's SHA-256 whatever the hex spelling", "[sync][tls]")
{
    const QSslCertificate hub = certificate("hub-cert.pem");
    REQUIRE(!hub.isNull());
    const QString pin = fingerprint(hub);
    CHECK(SyncEngine::certificateMatches(hub, pin));
    CHECK(SyncEngine::certificateMatches(hub, pin.toLower().remove(QLatin1Char(':'))));
    CHECK(!SyncEngine::certificateMatches(certificate("other-cert.pem"), pin));
    CHECK(!SyncEngine::certificateMatches(QSslCertificate(), pin));
}

TEST_CASE("Over https a pinned self-signed hub is trusted and any other certificate refused",
          "[sync][tls]")
{
    LoopbackHub hub(QStringLiteral("desk-secret staff desk-01\n"), tlsFile("hub-cert.pem"),
                    tlsFile("hub-key.pem"));
    Config config;
    config.platformUrl = hub.url();
    config.platformToken = QStringLiteral("desk-secret");

    SECTION("the pinned certificate")
    {
        TempTerminal desk;
        REQUIRE(desk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
        config.pinnedCertSha256 = fingerprint(certificate("hub-cert.pem"));
        const Round r = syncOnce(desk, config);
        CHECK(r.ok);
        CHECK(r.status.pending == 0);
        CHECK(hub.store().changeCount().value() == 1);
    }
    SECTION("a different pin")
    {
        TempTerminal desk;
        REQUIRE(desk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
        config.pinnedCertSha256 = fingerprint(certificate("other-cert.pem"));
        const Round r = syncOnce(desk, config);
        CHECK(!r.ok);
        CHECK(r.status.lastError.contains(QStringLiteral("sync.pinned_sha256")));
        CHECK(r.status.waitingForStaff);
        CHECK(r.status.pending == 1);
        CHECK(hub.store().changeCount().value() == 0);
    }
    SECTION("no pin: a self-signed certificate is not trusted")
    {
        TempTerminal desk;
        REQUIRE(desk->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
        const Round r = syncOnce(desk, config);
        CHECK(!r.ok);
        // The setting that would make it trusted is named.
        CHECK(r.status.lastError.contains(QStringLiteral("sync.pinned_sha256")));
        CHECK(r.status.pending == 1);
        CHECK(hub.store().changeCount().value() == 0);
    }
}
