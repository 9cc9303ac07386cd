// Issue 7 "Proof": sync terminals against a real hub on loopback, through a proxy that breaks
// requests on purpose, and a terminal process killed in the middle of a round.

#include "applicationservice.h"
#include "complaintservice.h"
#include "faultproxy.h"
#include "hub/hubserver.h"
#include "hub/hubtokens.h"
#include "jobservice.h"
#include "kioskposting.h"
#include "loopbackhub.h"
#include "samples.h"
#include "seekerservice.h"
#include "staffdesk.h"
#include "stafffixtures.h"
#include "sync/syncengine.h"
#include "syncdesk.h"
#include "syncjournal.h"
#include "tempterminal.h"
#include "tieredservice.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace lingong;
using namespace lingong::test;

namespace {

const QString kDeskAToken = QStringLiteral("proof-desk-a-token-0001");
const QString kDeskBToken = QStringLiteral("proof-desk-b-token-0002");
const QString kKioskToken = QStringLiteral("proof-kiosk-token-0003");
const QString kWallToken = QStringLiteral("proof-wall-token-0004");

// Runs the event loop until `done` holds or `timeoutMs` pass; returns `done()`.
bool pumpUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return done();
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// A hub on 127.0.0.1 (free port) over a fresh store, with two staff desks, a public kiosk and a
// wall screen.
class ProofHub
{
public:
    ProofHub()
        : m_loopback(QStringLiteral(
                         "%1 staff desk-a\n%2 staff desk-b\n%3 public kiosk-a\n%4 public wall-a\n")
                         .arg(kDeskAToken, kDeskBToken, kKioskToken, kWallToken))
        , m_terminal(m_loopback.terminal())
    {}

    quint16 port() const { return m_loopback.port(); }
    QUrl url() const { return m_loopback.url(); }
    // The hub's clock set to the computer's, on which a terminal run as a process keeps time:
    // the two agree, as in a hall.
    void clockAsComputer() { m_terminal.clock().set(QDateTime::currentDateTimeUtc()); }
    ManualClock& clock() { return m_terminal.clock(); }
    HubStore& store() { return m_loopback.store(); }
    int count(const QString& where = QStringLiteral("1"))
    {
        return m_terminal.count(QStringLiteral("hub_change"), where);
    }
    int distinctChangeIds()
    {
        auto n = m_terminal->database().scalar(
            QStringLiteral("SELECT COUNT(DISTINCT change_id) FROM hub_change"));
        REQUIRE(n.ok());
        return n.value().toInt();
    }
    // How often each change id occurs in the log.
    QHash<QString, int> changeIdCounts()
    {
        QHash<QString, int> out;
        auto q = m_terminal->database().exec(QStringLiteral("SELECT change_id FROM hub_change"));
        REQUIRE(q.ok());
        while (q.value().next())
            out[q.value().value(0).toString()] += 1;
        return out;
    }
    // "id|title|status" of every job whose last change is an upsert.
    QSet<QString> liveJobs()
    {
        QSet<QString> out;
        auto q = m_terminal->database().exec(
            QStringLiteral("SELECT entity_id, data FROM hub_change c WHERE entity = 'job' AND "
                           "op = 'upsert' AND seq = (SELECT MAX(seq) FROM hub_change d WHERE "
                           "d.entity = 'job' AND d.entity_id = c.entity_id)"));
        REQUIRE(q.ok());
        while (q.value().next()) {
            const QJsonObject data =
                QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
            out.insert(q.value().value(0).toString() + QLatin1Char('|') +
                       data.value(QLatin1String("title")).toString() + QLatin1Char('|') +
                       data.value(QLatin1String("status")).toString());
        }
        return out;
    }
    // entity_id -> the seq of its last change, for one entity kind.
    QHash<QString, qint64> currentSeqs(const QString& entity)
    {
        QHash<QString, qint64> out;
        auto q = m_terminal->database().exec(
            QStringLiteral("SELECT entity_id, MAX(seq) FROM hub_change WHERE entity = ? "
                           "GROUP BY entity_id"),
            {entity});
        REQUIRE(q.ok());
        while (q.value().next())
            out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        return out;
    }

    // The hub's database as a copy taken when its log ended at `seq` left it, put back, and the
    // hub started again on it as the hub mode starts (HubStore::startRun).
    void restoreCopyFrom(qint64 seq)
    {
        REQUIRE(m_terminal->database()
                    .exec(QStringLiteral("DELETE FROM hub_change WHERE seq > ?"), {seq})
                    .ok());
        REQUIRE(m_terminal->database()
                    .exec(QStringLiteral("DELETE FROM hub_receipt WHERE seq > ?"), {seq})
                    .ok());
        REQUIRE(m_terminal->database()
                    .exec(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = "
                                         "'hub_change'"),
                          {seq})
                    .ok());
        REQUIRE(store().startRun().ok());
    }

private:
    LoopbackHub m_loopback;
    TempTerminal& m_terminal;
};

QSet<QString> liveJobs(TempTerminal& t)
{
    QSet<QString> out;
    auto q =
        t->database().exec(QStringLiteral("SELECT id, title, status FROM job WHERE deleted = 0"));
    REQUIRE(q.ok());
    while (q.value().next())
        out.insert(q.value().value(0).toString() + QLatin1Char('|') +
                   q.value().value(1).toString() + QLatin1Char('|') +
                   q.value().value(2).toString());
    return out;
}

QStringList outboxChangeIds(TempTerminal& t)
{
    QStringList out;
    auto q = t->database().exec(QStringLiteral("SELECT change_id FROM outbox ORDER BY seq"));
    REQUIRE(q.ok());
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

SyncSettings settingsFor(const QUrl& url, const QString& token, Mode mode)
{
    Config config;
    config.platformUrl = url;
    config.platformToken = token;
    SyncSettings s = SyncSettings::from(config, mode);
    s.timeoutMs = 10000;
    return s;
}

// A terminal's sync engine with its own network access, as a running terminal has.
struct Client
{
    Client(TempTerminal& t, SyncSettings settings)
        : terminal(t)
        , engine(t->store(), std::move(settings), &network)
    {
        QObject::connect(&engine, &SyncEngine::roundFinished, &engine, [this](bool ok) {
            ++rounds;
            lastOk = ok;
            ok ? ++succeeded : ++failed;
            // Instead of the engine's backoff (≈1 s and up), the test retries at once.
            if (!ok && retryAtOnce)
                QTimer::singleShot(0, &engine, &SyncEngine::syncNow);
        });
    }

    // One round from now; true when it succeeded.
    bool round(int timeoutMs = 30000)
    {
        const int before = rounds;
        engine.syncNow();
        REQUIRE(pumpUntil([&] { return rounds > before && !engine.isRunning(); }, timeoutMs));
        return lastOk;
    }
    // Rounds until one succeeds (faults may break many).
    void roundUntilOk(int timeoutMs = 30000)
    {
        const int before = succeeded;
        retryAtOnce = true;
        engine.syncNow();
        REQUIRE(pumpUntil([&] { return succeeded > before && !engine.isRunning(); }, timeoutMs));
    }
    int pending() { return terminal->syncState().pendingCount().value(); }

    TempTerminal& terminal;
    QNetworkAccessManager network;
    SyncEngine engine;
    int rounds = 0;
    int succeeded = 0;
    int failed = 0;
    bool lastOk = false;
    bool retryAtOnce = false;
};

QJsonObject publishedJob(const QString& employerId, const QString& title)
{
    QJsonObject job = jobPosting(employerId, title);
    job.insert(QStringLiteral("status"), QStringLiteral("published"));
    return job;
}

// `count` published jobs (平台岗位0, 1, ...) posted on the hub by the platform itself.
void publishPlatformJobs(ProofHub& hub, int count)
{
    std::vector<HubStore::Publication> platform;
    for (int i = 0; i < count; ++i)
        platform.push_back(
            {QStringLiteral("job"), EntityStore::newId(), QStringLiteral("upsert"),
             publishedJob(EntityStore::newId(), QStringLiteral("平台岗位%1").arg(i))});
    REQUIRE(hub.store().publishAll(platform, QStringLiteral("platform")).ok());
}

// A verified employer on a staff desk, so that the desk's postings go live at once.
QString saveVerifiedEmployer(TempTerminal& t)
{
    const QString id = EntityStore::newId();
    REQUIRE(t->store().save(entities::employer(), id, sampleFor(QStringLiteral("employer"))).ok());
    return id;
}

} // namespace

TEST_CASE("Terminals that worked offline converge on the hub, each change held once", "[syncproof]")
{
    ProofHub hub;
    const QString platformEmployer = EntityStore::newId();
    const QString p1 = EntityStore::newId();
    REQUIRE(hub.store()
                .publish(QStringLiteral("job"), p1, QStringLiteral("upsert"),
                         publishedJob(platformEmployer, QStringLiteral("平台岗位一")),
                         QStringLiteral("platform"))
                .ok());

    TempTerminal kiosk(Mode::Kiosk);
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);

    // The kiosk saw the platform's job once, before the network went down.
    {
        Client first(kiosk, settingsFor(hub.url(), kKioskToken, Mode::Kiosk));
        REQUIRE(first.round());
        REQUIRE(liveJobs(kiosk).size() == 1);
    }

    // Offline: nothing answers at the platform address.
    QUrl nowhere;
    {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
        nowhere = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort()));
    }

    // The kiosk: a seeker registers and applies for the platform's job.
    SeekerService kioskSeekers(kiosk->store(), kiosk.clock());
    SeekerForm form = seekerForm(0, QStringLiteral("韦秀英"), {QStringLiteral("家政保洁")});
    form.source = QStringLiteral("kiosk");
    auto registered = kioskSeekers.registerSeeker(form);
    REQUIRE(registered.ok());
    ApplicationService kioskApply(kiosk->store(), kiosk.clock());
    auto applied = kioskApply.apply(p1, form.phone);
    INFO((applied.ok() ? QString() : applied.error().message).toStdString());
    REQUIRE(applied.ok());

    // Desk A posts two jobs and edits one; desk B posts one and registers a seeker of its own.
    JobService jobsA(deskA->store(), deskA.clock(), deskA->audit());
    const QString employerA = saveVerifiedEmployer(deskA);
    auto a1 =
        jobsA.post(jobPosting(employerA, QStringLiteral("电工（日结）"), QStringLiteral("电工")),
                   clerkAccount());
    INFO((a1.ok() ? QString() : a1.error().message).toStdString());
    REQUIRE(a1.ok());
    auto a2 = jobsA.post(jobPosting(employerA, QStringLiteral("搬运工")), clerkAccount());
    REQUIRE(a2.ok());
    auto a1edit = jobsA.edit(
        a1.value().id,
        jobPosting(employerA, QStringLiteral("电工（日结，包午餐）"), QStringLiteral("电工")),
        clerkAccount());
    INFO((a1edit.ok() ? QString() : a1edit.error().message).toStdString());
    REQUIRE(a1edit.ok());
    JobService jobsB(deskB->store(), deskB.clock(), deskB->audit());
    auto b1 =
        jobsB.post(jobPosting(EntityStore::newId(), QStringLiteral("餐厅服务员")), clerkAccount());
    REQUIRE(b1.ok());
    SeekerService deskSeekers(deskB->store(), deskB.clock());
    REQUIRE(deskSeekers.registerSeeker(seekerForm(1, QStringLiteral("黄志强"))).ok());

    // Meanwhile the platform publishes two more jobs.
    for (const QString& title : {QStringLiteral("平台岗位二"), QStringLiteral("平台岗位三")})
        REQUIRE(hub.store()
                    .publish(QStringLiteral("job"), EntityStore::newId(), QStringLiteral("upsert"),
                             publishedJob(platformEmployer, title), QStringLiteral("platform"))
                    .ok());

    // A round while offline fails and keeps everything.
    const QStringList outKiosk = outboxChangeIds(kiosk);
    const QStringList outA = outboxChangeIds(deskA);
    const QStringList outB = outboxChangeIds(deskB);
    REQUIRE(outKiosk.size() >= 2);
    REQUIRE(outA.size() >= 4);
    REQUIRE(outB.size() >= 2);
    {
        Client offline(deskA, settingsFor(nowhere, kDeskAToken, Mode::Staff));
        CHECK_FALSE(offline.round());
        CHECK_FALSE(offline.engine.status().online);
        CHECK(outboxChangeIds(deskA) == outA);
    }

    // The network comes up.
    const int platformChanges = hub.count();
    Client kioskSync(kiosk, settingsFor(hub.url(), kKioskToken, Mode::Kiosk));
    Client syncA(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    Client syncB(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    for (int pass = 0; pass < 2; ++pass) {
        for (Client* c : {&kioskSync, &syncA, &syncB})
            REQUIRE(c->round());
    }

    // Every outbox change is on the hub exactly once, and nothing else came in.
    const QHash<QString, int> onHub = hub.changeIdCounts();
    for (const QStringList* out : {&outKiosk, &outA, &outB}) {
        for (const QString& id : *out)
            CHECK(onHub.value(id) == 1);
    }
    CHECK(hub.count() == platformChanges + outKiosk.size() + outA.size() + outB.size());
    CHECK(hub.distinctChangeIds() == hub.count());
    for (Client* c : {&kioskSync, &syncA, &syncB}) {
        CHECK(c->pending() == 0);
        CHECK(c->terminal->syncState().conflictCount().value() == 0);
        CHECK(c->terminal->syncState().rejectedCount().value() == 0);
    }

    // Everyone holds the same live jobs: three from the platform, three from the desks.
    const QSet<QString> jobs = hub.liveJobs();
    CHECK(jobs.size() == 6);
    CHECK(jobs.contains(a1.value().id + QStringLiteral("|电工（日结，包午餐）|published")));
    CHECK(liveJobs(kiosk) == jobs);
    CHECK(liveJobs(deskA) == jobs);
    CHECK(liveJobs(deskB) == jobs);

    // The kiosk keeps no personal fields of its seeker and never got anyone else's records.
    CHECK(kiosk.count(QStringLiteral("seeker")) == 1);
    auto mine = kiosk->store().get(entities::seeker(), registered.value().id);
    REQUIRE(mine.ok());
    REQUIRE(mine.value());
    for (const char* field : {"name", "id_number", "phone"})
        CHECK(mine.value()->data.value(QLatin1String(field)).toString().isEmpty());
    CHECK(kiosk.count(QStringLiteral("seeker"), QStringLiteral("phone <> '' OR name <> ''")) == 0);
    CHECK(kiosk.count(QStringLiteral("application")) == 1);
    // Desk B's staff token brought the kiosk's seeker and application there.
    CHECK(deskB.count(QStringLiteral("seeker")) == 2);
    CHECK(deskB.count(QStringLiteral("application")) == 1);

    // A public token cannot pull seekers or applications; a staff token can.
    QNetworkAccessManager nam;
    auto pullAll = [&](const QString& token) {
        QNetworkRequest request(
            QUrl(hub.url().toString() + QStringLiteral("api/v1/changes?after=0&limit=1000")));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply* reply = nam.get(request);
        REQUIRE(pumpUntil([&] { return reply->isFinished(); }, 10000));
        reply->deleteLater();
        REQUIRE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        QSet<QString> kinds;
        for (const QJsonValue& v : QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QLatin1String("changes"))
                                       .toArray())
            kinds.insert(v.toObject().value(QLatin1String("entity")).toString());
        return kinds;
    };
    const QSet<QString> publicKinds = pullAll(kKioskToken);
    CHECK(publicKinds.contains(QStringLiteral("job")));
    CHECK_FALSE(publicKinds.contains(QStringLiteral("seeker")));
    CHECK_FALSE(publicKinds.contains(QStringLiteral("application")));
    const QSet<QString> staffKinds = pullAll(kDeskAToken);
    CHECK(staffKinds.contains(QStringLiteral("seeker")));
    CHECK(staffKinds.contains(QStringLiteral("application")));
}

TEST_CASE("1,000 changes through a proxy that breaks 30% of requests arrive exactly once",
          "[syncproof]")
{
    ProofHub hub;
    FaultProxy proxy(QHostAddress::LocalHost, hub.port());
    REQUIRE(proxy.listen() != 0);
    proxy.setRandom(20261122, 0.30);
    proxy.setDelayMs(150);
    const QUrl viaProxy(QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port()));

    // A few platform jobs, so that pulls carry something besides the terminals' own changes.
    publishPlatformJobs(hub, 30);

    TempTerminal kiosk(Mode::Kiosk);
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);
    auto small = [](SyncSettings s) {
        s.batchSize = 10;
        s.pullLimit = 25;
        s.timeoutMs = 5000;
        return s;
    };
    Client kioskSync(kiosk, small(settingsFor(viaProxy, kKioskToken, Mode::Kiosk)));
    Client syncA(deskA, small(settingsFor(viaProxy, kDeskAToken, Mode::Staff)));
    Client syncB(deskB, small(settingsFor(viaProxy, kDeskBToken, Mode::Staff)));
    std::vector<Client*> clients{&kioskSync, &syncA, &syncB};
    for (Client* c : clients)
        c->retryAtOnce = true;

    // Each terminal inserts and edits its own records, in waves, while the others sync.
    QRandomGenerator random(7);
    const QString employer = EntityStore::newId();
    std::vector<QString> jobsOf[2];
    std::vector<QString> applications;
    int made = 0;
    auto change = [&](int who) {
        if (who == 0) { // the kiosk: seekers register, applications come and change
            if (applications.empty() || random.bounded(3) != 0) {
                const QString seeker = EntityStore::newId();
                QJsonObject s = sampleFor(QStringLiteral("seeker"));
                s.insert(QStringLiteral("name"), QStringLiteral("求职者%1").arg(made));
                REQUIRE(kiosk->store().save(entities::seeker(), seeker, s).ok());
                ++made;
                const QString app = EntityStore::newId();
                QJsonObject a = sampleFor(QStringLiteral("application"));
                a.insert(QStringLiteral("confirmation_no"), QStringLiteral("%1").arg(made));
                REQUIRE(kiosk->store().save(entities::application(), app, a).ok());
                applications.push_back(app);
            } else {
                const QString app = applications[random.bounded(int(applications.size()))];
                QJsonObject a = sampleFor(QStringLiteral("application"));
                a.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
                a.insert(QStringLiteral("confirmation_no"), QStringLiteral("e%1").arg(made));
                REQUIRE(kiosk->store().save(entities::application(), app, a).ok());
            }
            ++made;
            return;
        }
        TempTerminal& desk = who == 1 ? deskA : deskB;
        std::vector<QString>& jobs = jobsOf[who - 1];
        QString id;
        if (jobs.empty() || random.bounded(5) < 3) {
            id = EntityStore::newId();
            jobs.push_back(id);
        } else {
            id = jobs[random.bounded(int(jobs.size()))];
        }
        const int edits = random.bounded(4) == 0 ? 2 : 1; // now and then twice in a row
        for (int e = 0; e < edits && made < 1000; ++e) {
            REQUIRE(desk->store()
                        .save(entities::job(), id,
                              publishedJob(employer, QStringLiteral("岗位%1").arg(made)))
                        .ok());
            ++made;
        }
    };
    while (made < 1000) {
        for (int i = 0; i < 40 && made < 1000; ++i) {
            // The kiosk's changes come in pairs (seeker + application); leave room for them.
            const int who = int(random.bounded(3));
            if (who == 0 && made > 998)
                continue;
            change(who);
        }
        for (Client* c : clients)
            c->engine.syncNow();
        pumpUntil([] { return false; }, 30); // let the rounds run while the next wave is made
    }
    REQUIRE(made == 1000);

    // Wait until every outbox is empty and every engine rests after a successful round.
    REQUIRE(pumpUntil(
        [&] {
            for (Client* c : clients) {
                if (c->engine.isRunning() || !c->lastOk || c->pending() != 0)
                    return false;
            }
            return true;
        },
        120000));
    // One more good round each, so that everyone has pulled everyone's last changes.
    for (Client* c : clients)
        c->roundUntilOk();

    UNSCOPED_INFO("requests " << proxy.requests() << ", failed " << proxy.failures());
    for (int k = 0; k < FaultProxy::kFaultKinds; ++k)
        UNSCOPED_INFO(FaultProxy::faultName(FaultProxy::Fault(k))
                      << ": " << proxy.count(FaultProxy::Fault(k)));
    // Around 30 % of the requests failed, in every way the proxy knows.
    CHECK(proxy.failures() >= proxy.requests() / 5);
    for (int k = 0; k < FaultProxy::kFaultKinds; ++k)
        CHECK(proxy.count(FaultProxy::Fault(k)) > 0);

    CHECK(hub.count(QStringLiteral("device_id <> ''")) == 1000);
    CHECK(hub.distinctChangeIds() == hub.count());
    CHECK(hub.count() == 1030);
    const QSet<QString> jobs = hub.liveJobs();
    for (Client* c : clients) {
        CHECK(c->pending() == 0);
        CHECK(c->terminal.count(QStringLiteral("outbox")) == 0);
        CHECK(c->terminal->syncState().conflictCount().value() == 0);
        CHECK(liveJobs(c->terminal) == jobs);
    }
    // The desks also agree with each other about the kiosk's records.
    CHECK(deskA.count(QStringLiteral("application")) == int(applications.size()));
    CHECK(deskB.count(QStringLiteral("seeker")) == kiosk.count(QStringLiteral("seeker")));
}

namespace {

// A store file prepared in this process and then synced by the `lingong` executable.
struct ProcessTerminal
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("desk.sqlite")); }
    QString config() const { return dir.filePath(QStringLiteral("config.json")); }

    void writeConfig(const QUrl& url, const QString& token) const
    {
        QFile f(config());
        REQUIRE(f.open(QIODevice::WriteOnly));
        // The device the desk token was issued for.
        f.write(QJsonDocument(
                    QJsonObject{{QStringLiteral("hall"), QJsonObject{{QStringLiteral("device_id"),
                                                                      QStringLiteral("desk-a")}}},
                                {QStringLiteral("sync"),
                                 QJsonObject{{QStringLiteral("url"), url.toString()},
                                             {QStringLiteral("token"), token}}}})
                    .toJson());
    }
    // Runs `lingong --sync-now` and returns the process, already started.
    std::unique_ptr<QProcess> start() const
    {
        auto p = std::make_unique<QProcess>();
        p->setProgram(QStringLiteral(LINGONG_EXE));
        p->setArguments({QStringLiteral("--mode"), QStringLiteral("staff"), QStringLiteral("--db"),
                         db(), QStringLiteral("--config"), config(), QStringLiteral("--sync-now")});
        p->start();
        REQUIRE(p->waitForStarted(10000));
        return p;
    }
    // Waits for the process while the hub and proxy in this process keep serving.
    static int finish(QProcess& p, int timeoutMs = 60000)
    {
        REQUIRE(pumpUntil([&] { return p.state() == QProcess::NotRunning; }, timeoutMs));
        const std::string said = p.readAllStandardError().toStdString();
        INFO(said);
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return p.exitCode();
    }
    static void kill(QProcess& p)
    {
        p.kill(); // SIGKILL
        REQUIRE(pumpUntil([&] { return p.state() == QProcess::NotRunning; }, 10000));
        REQUIRE(p.exitStatus() == QProcess::CrashExit);
    }
};

} // namespace

TEST_CASE("A terminal process killed mid-push and mid-pull loses nothing and duplicates nothing",
          "[syncproof]")
{
    ProofHub hub;
    hub.clockAsComputer();
    FaultProxy proxy(QHostAddress::LocalHost, hub.port());
    REQUIRE(proxy.listen() != 0);
    const QUrl viaProxy(QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port()));

    // 12,000 platform jobs: with the 1,600 pushed, fourteen pull pages of 1,000 for the terminal.
    constexpr int kPlatform = 12000;
    publishPlatformJobs(hub, kPlatform);

    // A desk with 1,600 local jobs waiting: four pushes of 500.
    ProcessTerminal desk;
    desk.writeConfig(viaProxy, kDeskAToken);
    constexpr int kLocal = 1600;
    {
        ManualClock clock(testNow());
        Terminal t(Config{}, clock);
        REQUIRE(t.open(desk.db(), Mode::Staff).ok());
        Transaction tx(t.database());
        for (int i = 0; i < kLocal; ++i)
            REQUIRE(t.store()
                        .save(entities::job(), EntityStore::newId(),
                              publishedJob(EntityStore::newId(), QStringLiteral("本地%1").arg(i)))
                        .ok());
        REQUIRE(tx.commit().ok());
    }
    auto reopen = [&](const std::function<void(Terminal&)>& look) {
        ManualClock clock(testNow());
        Terminal t(Config{}, clock);
        REQUIRE(t.open(desk.db(), Mode::Staff).ok());
        look(t);
    };

    // Kill 1: the hub has committed the second push; its answer is held back by the proxy.
    proxy.setAnswerDelayMs(1500);
    {
        auto p = desk.start();
        REQUIRE(pumpUntil([&] { return proxy.hubAnswers("POST") >= 2; }, 30000));
        ProcessTerminal::kill(*p);
    }
    CHECK(hub.count(QStringLiteral("device_id <> ''")) == 1000);
    reopen([&](Terminal& t) {
        // The first push was answered and recorded; the second's answer never came.
        CHECK(t.syncState().pendingCount().value() == kLocal - 500);
    });

    // Kill 2: the restarted process resends the unanswered push (duplicates), pushes the rest,
    // then is killed while pulling. Pulled pages wait at most 2 s to share a transaction
    // (SyncSettings::pullBatchMs): with 300 ms per answer, the tenth page arrives at least 2.7 s
    // after the first, so some pages are stored by then, and more remain to pull.
    proxy.setAnswerDelayMs(300);
    const int pagesBefore = proxy.delivered("GET");
    {
        auto p = desk.start();
        // The health check, then ten pages.
        REQUIRE(pumpUntil([&] { return proxy.delivered("GET") >= pagesBefore + 1 + 10; }, 60000));
        ProcessTerminal::kill(*p);
    }
    CHECK(hub.count(QStringLiteral("device_id <> ''")) == kLocal);
    qint64 cursorAfterKill = 0;
    reopen([&](Terminal& t) {
        CHECK(t.syncState().pendingCount().value() == 0);
        SyncJournal journal(t.store());
        cursorAfterKill = journal.cursor().value();
    });
    const auto maxSeq = hub.store().maxSeq().value();
    CHECK(cursorAfterKill > 0);
    CHECK(cursorAfterKill < maxSeq);

    // Restarted without delays: it finishes, resuming at its cursor.
    proxy.setAnswerDelayMs(0);
    QList<QByteArray> requests;
    QObject::connect(&proxy, &FaultProxy::hubAnswered, &proxy,
                     [&](const QByteArray& method, const QByteArray& target, int) {
                         requests << method + ' ' + target;
                     });
    {
        auto p = desk.start();
        CHECK(ProcessTerminal::finish(*p) == 0);
    }
    REQUIRE(requests.size() > 1);
    CHECK(requests.first() == "GET /api/v1/health");
    CHECK(requests.at(1).startsWith(
        "GET /api/v1/changes?after=" + QByteArray::number(cursorAfterKill) + '&'));

    CHECK(hub.count(QStringLiteral("device_id <> ''")) == kLocal);
    CHECK(hub.distinctChangeIds() == hub.count());
    CHECK(hub.count() == kLocal + kPlatform);
    const QHash<QString, qint64> current = hub.currentSeqs(QStringLiteral("job"));
    reopen([&](Terminal& t) {
        CHECK(t.syncState().pendingCount().value() == 0);
        SyncJournal journal(t.store());
        CHECK(journal.cursor().value() == maxSeq);
        // Each entity once, carrying the seq of its change on the hub.
        QHash<QString, qint64> local;
        auto q = t.database().exec(QStringLiteral("SELECT id, server_seq FROM job"));
        REQUIRE(q.ok());
        while (q.value().next())
            local.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        CHECK(local.size() == kLocal + kPlatform);
        CHECK(local == current);
    });
}

TEST_CASE("Superseded and rejected changes end as records staff can see", "[syncproof]")
{
    ProofHub hub;
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);
    Client syncA(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    Client syncB(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));

    // One job, known to both desks.
    const QString employer = saveVerifiedEmployer(deskA);
    const QString job = EntityStore::newId();
    REQUIRE(deskA->store()
                .save(entities::job(), job, publishedJob(employer, QStringLiteral("保洁")))
                .ok());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    REQUIRE(liveJobs(deskB) == liveJobs(deskA));

    // Both desks edit it; desk A reaches the hub first.
    REQUIRE(deskA->store()
                .save(entities::job(), job, publishedJob(employer, QStringLiteral("保洁（A改）")))
                .ok());
    REQUIRE(deskB->store()
                .save(entities::job(), job, publishedJob(employer, QStringLiteral("保洁（B改）")))
                .ok());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());

    SyncJournal journalB(deskB->store());
    auto conflicts = journalB.openConflicts();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts.value().size() == 1);
    const SyncConflict& c = conflicts.value()[0];
    CHECK(c.entity == QStringLiteral("job"));
    CHECK(c.entityId == job);
    CHECK(c.localData.value(QLatin1String("title")).toString() == QStringLiteral("保洁（B改）"));
    CHECK(c.serverSeq == hub.currentSeqs(QStringLiteral("job")).value(job));
    // Desk B shows the winning version, and the hub never took B's edit.
    CHECK(liveJobs(deskB) == liveJobs(deskA));
    CHECK(liveJobs(deskB).contains(job + QStringLiteral("|保洁（A改）|published")));
    CHECK(hub.count(QStringLiteral("entity = 'job'")) == 2);
    auto statusB = readSyncStatus(deskB->syncState(), true);
    REQUIRE(statusB.ok());
    CHECK(statusB.value().conflicts == 1);
    CHECK(statusB.value().pending == 0);

    // A discriminatory posting that got past the desk (an older version, say) is refused.
    const QString bad = EntityStore::newId();
    REQUIRE(deskA->store()
                .save(entities::job(), bad, publishedJob(employer, QStringLiteral("搬运工 限男性")))
                .ok());
    const int receipts = hub.store().receiptCount().value();
    REQUIRE(syncA.round());
    auto rejected = deskA->syncState().rejected();
    REQUIRE(rejected.ok());
    REQUIRE(rejected.value().size() == 1);
    CHECK(rejected.value()[0].entityId == bad);
    CHECK(rejected.value()[0].state == QStringLiteral("rejected"));
    CHECK(rejected.value()[0].lastError.contains(QStringLiteral("限男性")));
    CHECK(hub.count(QStringLiteral("entity_id = '%1'").arg(bad)) == 0);
    auto statusA = readSyncStatus(deskA->syncState(), true);
    REQUIRE(statusA.ok());
    CHECK(statusA.value().rejected == 1);
    CHECK(statusA.value().pending == 0);
    CHECK(statusA.value().conflicts == 0);
    // It is not sent again.
    REQUIRE(syncA.round());
    CHECK(hub.store().receiptCount().value() == receipts + 1);
    CHECK(deskA->syncState().rejectedCount().value() == 1);
}

TEST_CASE("A pulled page keeps the search index whole and leaves bulk mode", "[syncproof]")
{
    TempTerminal t(Mode::Staff);
    SyncJournal journal(t->store());
    const QString employer = EntityStore::newId();
    auto pulled = [&](qint64 seq, const QString& id, const QString& title) {
        return PulledChange{seq,
                            EntityStore::newId(),
                            QStringLiteral("job"),
                            id,
                            QStringLiteral("upsert"),
                            QStringLiteral("2026-11-22T01:00:00.000Z"),
                            QStringLiteral("platform"),
                            publishedJob(employer, title)};
    };
    // A job the terminal already has, changed by the page.
    const QString old = EntityStore::newId();
    REQUIRE(journal.applyPullPage({pulled(1, old, QStringLiteral("旧岗位甲乙丙"))}, 1, false).ok());

    std::vector<PulledChange> page;
    std::vector<QString> ids;
    for (int i = 0; i < 150; ++i) {
        ids.push_back(EntityStore::newId());
        page.push_back(pulled(2 + i, ids.back(), QStringLiteral("新岗位%1号").arg(i)));
    }
    // New in this page and changed again in it.
    page.push_back(pulled(200, ids[3], QStringLiteral("改过的岗位丁戊己")));
    page.push_back(pulled(201, old, QStringLiteral("旧岗位改庚辛壬")));
    auto n = journal.applyPullPage(page, 201, false);
    REQUIRE(n.ok());
    CHECK(n.value() == 152);

    CHECK(t.count(QStringLiteral("search_control"), QStringLiteral("bulk = 0")) == 1);
    // Every row is in the index with its latest text, and nothing else is (FTS5 compares the
    // index with the rows' text).
    CHECK(
        t->database()
            .exec(QStringLiteral("INSERT INTO job_fts(job_fts, rank) VALUES('integrity-check', 1)"))
            .ok());
    auto hits = [&](const QString& text) {
        JobQuery q;
        q.text = text;
        q.openOnly = false;
        auto page = t->jobs().search(q);
        REQUIRE(page.ok());
        return page.value().total;
    };
    CHECK(hits(QStringLiteral("新岗位42号")) == 1);
    CHECK(hits(QStringLiteral("改过的岗位丁戊己")) == 1);
    CHECK(hits(QStringLiteral("新岗位3号")) == 0);
    CHECK(hits(QStringLiteral("旧岗位改庚辛壬")) == 1);
    CHECK(hits(QStringLiteral("旧岗位甲乙丙")) == 0);
    // And the kiosk's search finds them.
    JobQuery q;
    q.text = QStringLiteral("新岗位42号");
    q.today = t.clock().today();
    auto found = t->jobs().search(q);
    REQUIRE(found.ok());
    CHECK(found.value().total == 1);
}

TEST_CASE("Pulled pages that arrive together are applied together, and kept when a later one "
          "breaks",
          "[syncproof]")
{
    ProofHub hub;
    FaultProxy proxy(QHostAddress::LocalHost, hub.port());
    REQUIRE(proxy.listen() != 0);
    const QUrl viaProxy(QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port()));
    publishPlatformJobs(hub, 50);

    TempTerminal desk(Mode::Staff);
    SyncSettings s = settingsFor(viaProxy, kDeskAToken, Mode::Staff);
    s.pullLimit = 10;
    s.pullBatch = 1000;
    s.pullBatchMs = 60000;
    Client sync(desk, s);
    auto cursor = [&] { return SyncJournal(desk->store()).cursor().value(); };
    auto jobs = [&] { return desk->store().countLive(entities::job()).value(); };

    // After the health check, the third page breaks (the push of an empty outbox sends
    // nothing): the two pages that arrived are applied, with their cursor, before the round
    // fails.
    proxy.setPlan({FaultProxy::Fault::Pass, FaultProxy::Fault::Pass, FaultProxy::Fault::Pass,
                   FaultProxy::Fault::TruncateAnswer});
    CHECK(!sync.round());
    CHECK(proxy.delivered("GET") == 1 + 2);
    CHECK(jobs() == 20);
    CHECK(cursor() == hub.store().maxSeq().value() - 30);

    // The rest arrive back to back and land in one transaction: a watcher of the store's
    // commits (PRAGMA data_version, as other processes see them) counts them.
    Database other;
    REQUIRE(other.open(desk.path()).ok());
    auto version = [&] { return other.scalar(QStringLiteral("PRAGMA data_version")).value(); };
    int commits = 0;
    QVariant last = version();
    QObject::connect(&proxy, &FaultProxy::answerDelivered, &proxy, [&] {
        if (const QVariant v = version(); v != last) {
            ++commits;
            last = v;
        }
    });
    CHECK(sync.round());
    CHECK(jobs() == 50);
    CHECK(cursor() == hub.store().maxSeq().value());
    CHECK(proxy.delivered("GET") == 1 + 2 + 1 + 3);
    CHECK(commits == 0); // no commit between the pages of the batch
}

TEST_CASE("A pull batch that cannot be stored fails the round once and drops the page asked ahead",
          "[syncproof]")
{
    ProofHub hub;
    publishPlatformJobs(hub, 50);

    TempTerminal desk(Mode::Staff);
    SyncSettings s = settingsFor(hub.url(), kDeskAToken, Mode::Staff);
    s.pullLimit = 10;
    s.pullBatch = 20; // applied when the second page is in, with the third already asked for
    Client sync(desk, s);
    desk->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
        if (sql.contains(QLatin1String("INSERT INTO job_fts")))
            return makeError(QStringLiteral("database"), QStringLiteral("disk full"));
        return std::nullopt;
    });
    CHECK(!sync.round());
    // The third page's answer, had it not been dropped, would arrive meanwhile.
    CHECK(!pumpUntil([&] { return sync.rounds > 1; }, 500));
    CHECK(sync.rounds == 1);
    CHECK(!sync.engine.isRunning());
    CHECK(SyncJournal(desk->store()).cursor().value() == 0);
    CHECK(desk->store().countLive(entities::job()).value() == 0);
    CHECK(sync.engine.status().lastError.contains(QStringLiteral("disk full")));

    desk->database().setFaultInjector({});
    CHECK(sync.round());
    CHECK(desk->store().countLive(entities::job()).value() == 50);
    CHECK(SyncJournal(desk->store()).cursor().value() == hub.store().maxSeq().value());
}

TEST_CASE("Pulled pages wait for company at most pullBatchMs, even when the next answer is slow",
          "[syncproof]")
{
    ProofHub hub;
    FaultProxy proxy(QHostAddress::LocalHost, hub.port());
    REQUIRE(proxy.listen() != 0);
    publishPlatformJobs(hub, 20);

    TempTerminal desk(Mode::Staff);
    SyncSettings s = settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port())),
                                 kDeskAToken, Mode::Staff);
    s.pullLimit = 10;
    s.pullBatchMs = 300;
    Client sync(desk, s);
    // The second page's answer (after the health check and the first page) is held for 3 s.
    proxy.setDelayMs(3000);
    proxy.setPlan({FaultProxy::Fault::Pass, FaultProxy::Fault::Pass, FaultProxy::Fault::Delay});
    sync.engine.syncNow();
    auto cursor = [&] { return SyncJournal(desk->store()).cursor().value(); };
    const qint64 first = hub.store().maxSeq().value() - 10;
    REQUIRE(pumpUntil([&] { return cursor() == first; }, 2000));
    CHECK(sync.engine.isRunning()); // the first page is stored while the second is on its way
    CHECK(desk->store().countLive(entities::job()).value() == 10);
    REQUIRE(pumpUntil([&] { return sync.rounds == 1; }, 10000));
    CHECK(sync.lastOk);
    CHECK(cursor() == hub.store().maxSeq().value());
    CHECK(desk->store().countLive(entities::job()).value() == 20);
}

TEST_CASE("One person registered offline at a kiosk and at a window is merged into one record "
          "everywhere",
          "[syncproof]")
{
    ProofHub hub;
    TempTerminal kiosk(Mode::Kiosk);
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);

    // Offline, the kiosk registers the person first (no name, one mobile, an older worker)...
    SeekerForm atKiosk =
        seekerForm(7, QString(), {QStringLiteral("家政保洁")}, {QStringLiteral("older")});
    atKiosk.source = QStringLiteral("kiosk");
    atKiosk.phone = QStringLiteral("13977110001");
    auto fromKiosk = SeekerService(kiosk->store(), kiosk.clock()).registerSeeker(atKiosk);
    REQUIRE(fromKiosk.ok());
    // ...and a minute later the window registers the same ID number, with the name and the same
    // mobile, and records career guidance for it.
    deskA.clock().advanceMs(60'000);
    StaffDesk desk(deskA->store(), deskA.clock(), deskA->audit());
    SeekerForm atWindow = seekerForm(7, QStringLiteral("韦秀英"), {QStringLiteral("保安")});
    atWindow.phone = QStringLiteral("13977110001");
    atWindow.notes = QStringLiteral("想找白天的工作");
    auto fromWindow = desk.registerSeeker(atWindow, clerkAccount());
    REQUIRE(fromWindow.ok());
    REQUIRE_FALSE(fromWindow->existing);
    TieredService tiers(deskA->store(), deskA->audit());
    auto guidance =
        tiers.record(fromWindow->id, QStringLiteral("guidance"), QString(), clerkAccount());
    REQUIRE(guidance.ok());

    Client kioskSync(kiosk, settingsFor(hub.url(), kKioskToken, Mode::Kiosk));
    Client deskSync(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    REQUIRE(kioskSync.round());
    REQUIRE(deskSync.round());

    // The window now holds both records; each can still be edited under its own number.
    auto twins = desk.seekers().twinsOf(fromWindow->id);
    REQUIRE(twins.ok());
    REQUIRE(twins->size() == 1);
    CHECK(twins->front().id == fromKiosk->id);
    auto looked = desk.seekers().lookup(atWindow.idNumber);
    REQUIRE(looked.ok());
    CHECK(looked->size() == 2);
    SeekerForm edit = SeekerService::fromData(fromWindow->data);
    edit.skills = QStringLiteral("会开电动车");
    REQUIRE(desk.updateSeeker(fromWindow->id, edit, clerkAccount()).ok());
    // The older record, edited later: its number is its own too, and its skills are the
    // person's latest answer.
    deskA.clock().advanceMs(60'000);
    auto kioskCopy = deskA->store().get(entities::seeker(), fromKiosk->id);
    REQUIRE(kioskCopy.ok());
    REQUIRE(kioskCopy.value());
    SeekerForm older = SeekerService::fromData(kioskCopy.value()->data);
    older.skills = QStringLiteral("会做饭");
    auto olderSaved = desk.updateSeeker(fromKiosk->id, older, clerkAccount());
    INFO((olderSaved.ok() ? QString() : olderSaved.error().message).toStdString());
    REQUIRE(olderSaved.ok());
    auto registeredTwice = desk.seekers().registeredTwice();
    REQUIRE(registeredTwice.ok());
    CHECK(registeredTwice->size() == 2);
    // An application made with a mobile both records had was linked to neither.
    const QString unlinked = EntityStore::newId();
    REQUIRE(deskA->store()
                .save(entities::application(), unlinked,
                      QJsonObject{{QStringLiteral("job_id"), EntityStore::newId()},
                                  {QStringLiteral("seeker_id"), QString()},
                                  {QStringLiteral("phone"), QStringLiteral("13977110001")},
                                  {QStringLiteral("channel"), QStringLiteral("kiosk")},
                                  {QStringLiteral("status"), QStringLiteral("applied")}})
                .ok());

    // A second window holds both records as well, and merges them too, before it hears of
    // the first window's merge.
    Client otherSync(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    REQUIRE(deskSync.round());
    REQUIRE(otherSync.round());
    StaffDesk deskOfB(deskB->store(), deskB.clock(), deskB->audit());
    REQUIRE(deskOfB.seekers().twinsOf(fromKiosk->id).value().size() == 1);

    // Merged: the kiosk's older record stays, with the answers changed last.
    auto merged = desk.mergeSeekerTwins(fromWindow->id, clerkAccount());
    INFO((merged.ok() ? QString() : merged.error().message).toStdString());
    REQUIRE(merged.ok());
    CHECK(merged->id == fromKiosk->id);
    const QJsonObject d = merged->data;
    CHECK(d.value(QLatin1String("name")).toString() == QStringLiteral("韦秀英"));
    CHECK(d.value(QLatin1String("phone")).toString() == QLatin1String("13977110001"));
    CHECK(d.value(QLatin1String("skills")).toString() == QStringLiteral("会做饭"));
    CHECK(d.value(QLatin1String("notes")).toString() == QStringLiteral("想找白天的工作"));
    CHECK(d.value(QLatin1String("wanted_occupations")).toArray() ==
          QJsonArray{QStringLiteral("家政保洁"), QStringLiteral("保安")});
    CHECK(d.value(QLatin1String("tier")).toString() == QLatin1String("priority"));
    CHECK(d.value(QLatin1String("consent_at")).toString() ==
          fromKiosk->data.value(QLatin1String("consent_at")).toString());
    CHECK(desk.seekers().twinsOf(merged->id).value().empty());
    CHECK(desk.seekers().registeredTwice().value().empty());
    CHECK_FALSE(deskA->store().get(entities::seeker(), fromWindow->id).value().has_value());
    // The record merged away keeps no personal data.
    CHECK(deskA.count(QStringLiteral("seeker"),
                      QStringLiteral("id = '%1' AND deleted = 1 AND name = '' AND id_number = '' "
                                     "AND phone = ''")
                          .arg(fromWindow->id)) == 1);
    // The guidance, the ledger's two registration entries (kiosk and window) and the unlinked
    // application follow the person.
    auto records = tiers.records(merged->id);
    REQUIRE(records.ok());
    CHECK(records->size() == 1);
    CHECK(deskA.count(QStringLiteral("worklog"),
                      QStringLiteral("ref_entity = 'seeker' AND ref_id = '%1'").arg(merged->id)) ==
          2);
    CHECK(deskA.count(QStringLiteral("application"),
                      QStringLiteral("id = '%1' AND seeker_id = '%2'").arg(unlinked, merged->id)) ==
          1);
    // The audit names the record merged away.
    CHECK(deskA.count(QStringLiteral("audit_log"),
                      QStringLiteral("action = 'seeker_merge' AND entity_id = '%1' AND detail = "
                                     "'%2'")
                          .arg(merged->id, fromWindow->id)) == 1);
    // Merging again finds nothing to merge.
    CHECK_FALSE(desk.mergeSeekerTwins(merged->id, clerkAccount()).ok());

    // The second window's merge, made the same way, keeps the same record with the same
    // answers: once it hears of the first one, nothing is left for its staff to settle.
    auto mergedAtB = deskOfB.mergeSeekerTwins(fromWindow->id, clerkAccount());
    REQUIRE(mergedAtB.ok());
    CHECK(mergedAtB->id == fromKiosk->id);
    REQUIRE(deskSync.round());
    REQUIRE(otherSync.round());
    REQUIRE(otherSync.round());
    auto conflicts = SyncJournal(deskB->store()).openConflicts();
    REQUIRE(conflicts.ok());
    CHECK(conflicts->empty());
    CHECK(deskB.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);

    // A window that syncs from the start sees one person, with the guidance.
    TempTerminal deskC(Mode::Staff);
    Client freshSync(deskC, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    REQUIRE(freshSync.round());
    SeekerService fresh(deskC->store(), deskC.clock());
    auto found = fresh.lookup(atWindow.idNumber);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().id == fromKiosk->id);
    CHECK(found->front().data.value(QLatin1String("skills")).toString() ==
          QStringLiteral("会做饭"));
    CHECK(TieredService(deskC->store(), deskC->audit()).records(fromKiosk->id).value().size() == 1);
    CHECK(deskC.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);
}

TEST_CASE("What a window records for a seeker merged away elsewhere moves to the record kept",
          "[syncproof]")
{
    ProofHub hub;
    TempTerminal kiosk(Mode::Kiosk);
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);
    SeekerForm atKiosk = seekerForm(8, QString(), {QStringLiteral("保安")});
    atKiosk.source = QStringLiteral("kiosk");
    auto kept = SeekerService(kiosk->store(), kiosk.clock()).registerSeeker(atKiosk);
    REQUIRE(kept.ok());
    deskA.clock().advanceMs(60'000);
    StaffDesk desk(deskA->store(), deskA.clock(), deskA->audit());
    auto twin = desk.registerSeeker(seekerForm(8, QStringLiteral("农秀梅")), clerkAccount());
    REQUIRE(twin.ok());
    REQUIRE_FALSE(twin->existing);

    Client kioskSync(kiosk, settingsFor(hub.url(), kKioskToken, Mode::Kiosk));
    Client syncA(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    Client syncB(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    REQUIRE(kioskSync.round());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());

    // Window A merges the two records into the kiosk's.
    auto merged = desk.mergeSeekerTwins(twin->id, clerkAccount());
    REQUIRE(merged.ok());
    REQUIRE(merged->id == kept->id);
    CHECK(merged->data.value(QLatin1String("merged_ids")).toArray() == QJsonArray{twin->id});
    REQUIRE(syncA.round());

    // Window B has not heard of it: it records career guidance for the record merged away and
    // edits it.
    deskB.clock().advanceMs(120'000);
    TieredService tiersB(deskB->store(), deskB->audit());
    REQUIRE(tiersB.record(twin->id, QStringLiteral("guidance"), QString(), clerkAccount()).ok());
    StaffDesk deskOfB(deskB->store(), deskB.clock(), deskB->audit());
    auto copy = deskB->store().get(entities::seeker(), twin->id);
    REQUIRE(copy.ok());
    REQUIRE(copy.value());
    SeekerForm edit = SeekerService::fromData(copy.value()->data);
    edit.skills = QStringLiteral("会电焊");
    REQUIRE(deskOfB.updateSeeker(twin->id, edit, clerkAccount()).ok());

    // Its next round hears of the merge, moves the guidance across and sends the move at once.
    REQUIRE(syncB.round());
    CHECK(syncB.pending() == 0);
    CHECK(tiersB.records(kept->id).value().size() == 1);
    CHECK(tiersB.records(twin->id).value().empty());
    // Nothing is left to move, and the record merged away keeps no personal data here either.
    CHECK(SyncJournal(deskB->store()).followMergedSeekers().value() == 0);
    CHECK(deskB.count(QStringLiteral("seeker"),
                      QStringLiteral("id = '%1' AND deleted = 1 AND id_number = '' AND phone = ''")
                          .arg(twin->id)) == 1);
    // Window B can tell where the record went; its edit of it waits as a conflict that cannot
    // bring the record back.
    SeekerService seekersB(deskB->store(), deskB.clock());
    CHECK(seekersB.mergedInto(twin->id).value() == kept->id);
    auto stale = deskOfB.updateSeeker(twin->id, edit, clerkAccount());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == QLatin1String("merged"));
    SyncDesk syncDeskB(deskB->store(), deskB->audit());
    auto conflicts = syncDeskB.conflicts();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->front().entityId == twin->id);
    Status again = syncDeskB.sendAgain(conflicts->front().id, QStringLiteral("li"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QLatin1String("merged"));
    CHECK(deskB.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);

    // Window A receives the guidance under the record kept.
    REQUIRE(syncA.round());
    TieredService tiersA(deskA->store(), deskA->audit());
    CHECK(tiersA.records(kept->id).value().size() == 1);
    CHECK(deskA.count(QStringLiteral("service_record"),
                      QStringLiteral("deleted = 0 AND seeker_id = '%1'").arg(twin->id)) == 0);
}

TEST_CASE("An edit sent again over a merge keeps the ids the record took in", "[syncproof]")
{
    ProofHub hub;
    TempTerminal kiosk(Mode::Kiosk);
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);
    SeekerForm atKiosk = seekerForm(9, QString(), {QStringLiteral("保安")});
    atKiosk.source = QStringLiteral("kiosk");
    auto kept = SeekerService(kiosk->store(), kiosk.clock()).registerSeeker(atKiosk);
    REQUIRE(kept.ok());
    deskA.clock().advanceMs(60'000);
    StaffDesk desk(deskA->store(), deskA.clock(), deskA->audit());
    auto twin = desk.registerSeeker(seekerForm(9, QStringLiteral("韦丽华")), clerkAccount());
    REQUIRE(twin.ok());
    Client kioskSync(kiosk, settingsFor(hub.url(), kKioskToken, Mode::Kiosk));
    Client syncA(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    Client syncB(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    REQUIRE(kioskSync.round());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());

    // Window B edits the record that will be kept while window A merges into it.
    deskB.clock().advanceMs(120'000);
    StaffDesk deskOfB(deskB->store(), deskB.clock(), deskB->audit());
    auto copy = deskB->store().get(entities::seeker(), kept->id);
    REQUIRE(copy.ok());
    REQUIRE(copy.value());
    SeekerForm edit = SeekerService::fromData(copy.value()->data);
    edit.skills = QStringLiteral("会开叉车");
    REQUIRE(deskOfB.updateSeeker(kept->id, edit, clerkAccount()).ok());
    REQUIRE(desk.mergeSeekerTwins(twin->id, clerkAccount()).ok());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());

    // B's edit lost; its clerk sends it again.
    SyncDesk syncDeskB(deskB->store(), deskB->audit());
    auto conflicts = syncDeskB.conflicts();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->front().entityId == kept->id);
    CHECK(conflicts->front().localData.value(QLatin1String("merged_ids")).toArray().isEmpty());
    REQUIRE(syncDeskB.sendAgain(conflicts->front().id, QStringLiteral("li")).ok());
    REQUIRE(syncB.round());
    CHECK(syncB.pending() == 0);

    // Everyone has B's words and still knows where the twin went.
    REQUIRE(syncA.round());
    for (TempTerminal* t : {&deskA, &deskB}) {
        auto now = (*t)->store().get(entities::seeker(), kept->id);
        REQUIRE(now.ok());
        REQUIRE(now.value());
        CHECK(now.value()->data.value(QLatin1String("skills")).toString() ==
              QStringLiteral("会开叉车"));
        CHECK(now.value()->data.value(QLatin1String("merged_ids")).toArray() ==
              QJsonArray{twin->id});
        CHECK(SeekerService((*t)->store(), t->clock()).mergedInto(twin->id).value() == kept->id);
    }
}

TEST_CASE("A terminal whose token does not suit it says so, a kiosk keeps no seekers a staff "
          "token brings, a window given its staff token reads again what it missed",
          "[syncproof]")
{
    TempTerminal desk(Mode::Staff);
    TempTerminal other(Mode::Staff);
    TempTerminal kiosk(Mode::Kiosk);
    const QString deskId = desk->store().deviceId();
    const QString otherId = other->store().deviceId();
    const QString kioskId = kiosk->store().deviceId();
    LoopbackHub hub(QStringLiteral("desk-token-0001 staff %1\nother-token-0002 staff %2\n"
                                   "kiosk-token-0003 public %3\n")
                        .arg(deskId, otherId, kioskId));
    const QString desktopToken = QStringLiteral("desk-token-0001");
    const QString otherToken = QStringLiteral("other-token-0002");
    const QString kioskToken = QStringLiteral("kiosk-token-0003");

    // Another window registers a person (which it logs in the ledger), takes a call-back
    // request and posts a job; the platform has an employer with its contact person.
    StaffDesk atOther(other->store(), other.clock(), other->audit());
    REQUIRE(atOther.registerSeeker(seekerForm(3, QStringLiteral("黄春梅")), clerkAccount()).ok());
    REQUIRE(ComplaintService(other->store(), other.clock())
                .requestCallback(QStringLiteral("13977110001"), QStringLiteral("找工作"))
                .ok());
    saveSampleJob(other->store(), QStringLiteral("小区保洁（日结）"));
    // And one waiting for review, with a private person's mobile.
    {
        QJsonObject waiting = sampleJob();
        waiting.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
        waiting.insert(QStringLiteral("contact"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("覃女士")},
                                   {QStringLiteral("phone"), QStringLiteral("13977110003")}});
        REQUIRE(other->store().save(entities::job(), EntityStore::newId(), waiting).ok());
    }
    const QString employer = EntityStore::newId();
    REQUIRE(
        hub.store()
            .publish(QStringLiteral("employer"), employer, QStringLiteral("upsert"),
                     QJsonObject{
                         {QStringLiteral("name"), QStringLiteral("广西某劳务有限公司")},
                         {QStringLiteral("contact"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("韦经理")},
                                      {QStringLiteral("phone"), QStringLiteral("13977110002")}}}},
                     QStringLiteral("platform"))
            .ok());
    {
        Client sync(other, settingsFor(hub.url(), otherToken, Mode::Staff));
        REQUIRE(sync.round());
        CHECK_FALSE(sync.engine.status().tokenProblem());
    }

    // This window was set up with the kiosk's token: it says so and receives nobody.
    {
        Client sync(desk, settingsFor(hub.url(), kioskToken, Mode::Staff));
        REQUIRE(sync.round());
        const SyncStatus s = sync.engine.status();
        CHECK(s.wrongScope == QStringLiteral("public"));
        CHECK(s.tokenDevice == kioskId);
        CHECK(desk.count(QStringLiteral("seeker")) == 0);
        CHECK(desk.count(QStringLiteral("job")) == 2);
    }

    // The kiosk was given the other window's staff token: it says so and keeps no more than a
    // public token brings: no seeker, request or ledger entry, no employer's contact.
    {
        Client sync(kiosk, settingsFor(hub.url(), otherToken, Mode::Kiosk));
        REQUIRE(sync.round());
        const SyncStatus s = sync.engine.status();
        CHECK(s.wrongScope == QStringLiteral("staff"));
        CHECK(s.tokenDevice == otherId);
        CHECK(kiosk.count(QStringLiteral("seeker")) == 0);
        CHECK(kiosk.count(QStringLiteral("complaint")) == 0);
        CHECK(kiosk.count(QStringLiteral("worklog")) == 0);
        CHECK(kiosk.count(QStringLiteral("job")) == 2);
        // Whom to call of a posting only while it is published.
        CHECK(kiosk.count(QStringLiteral("job"), QStringLiteral("contact_phone = '13800000000'")) ==
              1);
        CHECK(kiosk.count(QStringLiteral("job"),
                          QStringLiteral("contact_phone <> '13800000000'")) == 1);
        CHECK(kiosk.count(
                  QStringLiteral("job"),
                  QStringLiteral("contact_phone = '13977110003' OR contact_name = '覃女士'")) == 0);
        auto kept = kiosk->store().get(entities::employer(), employer);
        REQUIRE(kept.ok());
        REQUIRE(kept.value().has_value());
        CHECK(kept.value()->data.value(QLatin1String("name")).toString() ==
              QStringLiteral("广西某劳务有限公司"));
        CHECK_FALSE(QJsonDocument(kept.value()->data).toJson().contains("13977110002"));
        CHECK_FALSE(QJsonDocument(kept.value()->data).toJson().contains("韦经理"));
    }
    {
        Client sync(kiosk, settingsFor(hub.url(), kioskToken, Mode::Kiosk));
        REQUIRE(sync.round());
        CHECK_FALSE(sync.engine.status().tokenProblem());
    }

    // With its own token the window reads the log again and has the person it was not sent.
    Client sync(desk, settingsFor(hub.url(), desktopToken, Mode::Staff));
    REQUIRE(sync.round());
    REQUIRE(pumpUntil([&] { return !sync.engine.isRunning(); }, 10000));
    const SyncStatus s = sync.engine.status();
    CHECK_FALSE(s.tokenProblem());
    CHECK(desk.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);
    CHECK(desk.count(QStringLiteral("job")) == 2);
    CHECK(SyncJournal(desk->store()).cursor().value() == hub.store().maxSeq().value());
    // Once: the next round goes on from where it is.
    CHECK(sync.round());
    CHECK(desk.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);
}

TEST_CASE("A hub started again on an older copy of its database hands out no seq twice, each "
          "terminal hears that the log lost what it had read, and what it lost is sent again",
          "[syncproof]")
{
    ProofHub hub;
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);
    Client syncA(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    Client syncB(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    REQUIRE_FALSE(saveSampleJob(deskA->store(), QStringLiteral("备份前的岗位")).isEmpty());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    const qint64 backup = hub.store().maxSeq().value();

    // After the copy was taken: a posting that window B reads.
    const QString lost = saveSampleJob(deskA->store(), QStringLiteral("备份后的岗位"));
    REQUIRE_FALSE(lost.isEmpty());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    const qint64 readByB = SyncJournal(deskB->store()).cursor().value();
    REQUIRE(readByB > backup);
    CHECK(syncB.engine.status().platformSeq == -1);

    // The hub's disk fails; the copy is put back. Window A posts again before B syncs.
    hub.restoreCopyFrom(backup);
    const QString after = saveSampleJob(deskA->store(), QStringLiteral("恢复后的岗位"));
    REQUIRE(syncA.round());
    // Its seq is past everything any terminal read before, so B does not skip it...
    CHECK(hub.currentSeqs(QStringLiteral("job")).value(after) > readByB);
    REQUIRE(syncB.round());
    auto got = deskB->store().get(entities::job(), after);
    REQUIRE(got.ok());
    CHECK(got.value().has_value());
    // ...and B is told the log lost what it had read, though the log has grown past its cursor.
    const SyncStatus s = syncB.engine.status();
    CHECK(s.platformSeq == backup);
    CHECK(s.cursor == readByB);
    // A, whose change went missing, is told too, and sent it again in the round that found out.
    CHECK(syncA.engine.status().platformSeq == backup);
    REQUIRE(hub.currentSeqs(QStringLiteral("job")).contains(lost));
    CHECK(syncA.pending() == 0);
    const qint64 resentAt = hub.currentSeqs(QStringLiteral("job")).value(lost);
    CHECK(resentAt > readByB);
    // Once: later rounds send nothing more.
    REQUIRE(syncA.round());
    CHECK(hub.currentSeqs(QStringLiteral("job")).value(lost) == resentAt);
    // A terminal set up afterwards gets every posting, the lost one too.
    TempTerminal deskC(Mode::Staff);
    Client syncC(deskC, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    REQUIRE(syncC.round());
    auto back = deskC->store().get(entities::job(), lost);
    REQUIRE(back.ok());
    REQUIRE(back.value().has_value());
    CHECK(back.value()->data.value(QLatin1String("title")).toString() ==
          QStringLiteral("备份后的岗位"));

    // The same copy put back a second time: what A sent since is lost again, and sent again.
    const QString second = saveSampleJob(deskA->store(), QStringLiteral("第二次恢复前的岗位"));
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    hub.restoreCopyFrom(backup);
    REQUIRE_FALSE(hub.currentSeqs(QStringLiteral("job")).contains(lost));
    REQUIRE(syncA.round());
    CHECK(syncA.pending() == 0);
    for (const QString& id : {lost, after, second})
        CHECK(hub.currentSeqs(QStringLiteral("job")).contains(id));
    // Once again: later rounds send nothing more.
    const auto seqs = hub.currentSeqs(QStringLiteral("job"));
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    CHECK(hub.currentSeqs(QStringLiteral("job")) == seqs);
}

// A person registered at window A who asked there to be called back; windows A and B synced.
struct CalledBack
{
    explicit CalledBack(int i, const QString& name)
        : form(seekerForm(i, name))
    {
        auto person = desk.registerSeeker(form, clerkAccount());
        REQUIRE(person.ok());
        personId = person->id;
        auto callback = ComplaintService(deskA->store(), deskA.clock())
                            .requestCallback(form.phone, QStringLiteral("找工作"));
        REQUIRE(callback.ok());
        callbackId = callback.value();
        REQUIRE(syncA.round());
        REQUIRE(syncB.round());
    }
    // Window B closes the request.
    void closeAtB()
    {
        REQUIRE(StaffDesk(deskB->store(), deskB.clock(), deskB->audit())
                    .closeComplaint(callbackId, QStringLiteral("已回电"), clerkAccount())
                    .ok());
    }
    // Window A deletes the person's data.
    void deleteAtA()
    {
        REQUIRE(desk.deleteSeeker(personId, QStringLiteral("本人要求删除"), clerkAccount()).ok());
    }

    ProofHub hub;
    TempTerminal deskA{Mode::Staff};
    TempTerminal deskB{Mode::Staff};
    StaffDesk desk{deskA->store(), deskA.clock(), deskA->audit()};
    Client syncA{deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff)};
    Client syncB{deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff)};
    SeekerForm form;
    QString personId;
    QString callbackId;
};

TEST_CASE("A mobile taken out at a person's request stays out when the request was closed "
          "elsewhere meanwhile",
          "[syncproof]")
{
    CalledBack c(12, QStringLiteral("黄桂兰"));
    auto& [hub, deskA, deskB, desk, syncA, syncB, form, personId, callbackId] = c;

    // Window B calls her back and closes the request; window A, not knowing, deletes her data.
    c.closeAtB();
    REQUIRE(syncB.round());
    c.deleteAtA();
    // A's change lost to B's close: no conflict for staff, and the mobile comes out of the
    // version that won (a second round sends that).
    REQUIRE(syncA.round());
    REQUIRE(syncA.round());
    CHECK(deskA.count(QStringLiteral("sync_conflict")) == 0);
    CHECK(syncA.pending() == 0);
    const QString closedWithout =
        QStringLiteral("id = '%1' AND status = 'closed' AND resolution = '已回电' AND phone = ''")
            .arg(callbackId);
    CHECK(deskA.count(QStringLiteral("complaint"), closedWithout) == 1);
    REQUIRE(syncB.round());
    CHECK(deskB.count(QStringLiteral("complaint"), closedWithout) == 1);
    // The hub's log keeps it in no version of the request.
    CHECK(hub.count(QStringLiteral("data LIKE '%%1%'").arg(form.phone)) == 0);
    // Rounds later, nothing more goes.
    REQUIRE(syncA.round());
    CHECK(syncA.pending() == 0);
}

TEST_CASE("A mobile taken out at a person's request stays out when an edit from before is sent "
          "again over it",
          "[syncproof]")
{
    CalledBack c(13, QStringLiteral("覃美玲"));
    auto& [hub, deskA, deskB, desk, syncA, syncB, form, personId, callbackId] = c;

    // B closes the request offline; A deletes her data and syncs first: B's close loses there
    // and waits at B as a conflict, which a clerk at B sends again.
    c.closeAtB();
    c.deleteAtA();
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    SyncDesk atB(deskB->store(), deskB->audit());
    auto conflicts = atB.conflicts();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    REQUIRE(atB.sendAgain(conflicts->front().id, QStringLiteral("clerk")).ok());
    REQUIRE(syncB.round());
    // A takes the mobile out again of what B sent; everybody ends with the close, without it.
    REQUIRE(syncA.round());
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    const QString closedWithout =
        QStringLiteral("id = '%1' AND status = 'closed' AND phone = ''").arg(callbackId);
    CHECK(deskA.count(QStringLiteral("complaint"), closedWithout) == 1);
    CHECK(deskB.count(QStringLiteral("complaint"), closedWithout) == 1);
    CHECK(hub.count(QStringLiteral("data LIKE '%%1%'").arg(form.phone)) == 0);
    CHECK(syncA.pending() == 0);
    CHECK(syncB.pending() == 0);

    // At the deleting window, an edit of hers held from a conflict loses the mobile with the
    // deletion, and sending it again does not bring it back.
    const QString another =
        ComplaintService(deskA->store(), deskA.clock())
            .requestCallback(QStringLiteral("13977115555"), QStringLiteral("培训"))
            .value();
    auto other = desk.registerSeeker(seekerForm(14, QStringLiteral("蒙桂兰")), clerkAccount());
    REQUIRE(other.ok());
    REQUIRE(deskA->database()
                .exec(QStringLiteral("UPDATE seeker SET phone = '13977115555' WHERE id = ?"),
                      {other->id})
                .ok());
    REQUIRE(deskA->database()
                .exec(QStringLiteral("INSERT INTO sync_conflict(change_id, entity, entity_id, op, "
                                     "base_seq, server_seq, local_data, created_at) VALUES(?, "
                                     "'complaint', ?, 'upsert', 1, 2, ?, ?)"),
                      {EntityStore::newId(), another,
                       QStringLiteral("{\"kind\":\"callback\",\"category\":\"培训\","
                                      "\"phone\":\"13977115555\",\"owner\":\"duty\","
                                      "\"status\":\"open\"}"),
                       Clock::toWire(deskA.clock().now())})
                .ok());
    REQUIRE(desk.deleteSeeker(other->id, QStringLiteral("本人要求删除"), clerkAccount()).ok());
    CHECK(deskA.count(QStringLiteral("sync_conflict"),
                      QStringLiteral("local_data LIKE '%13977115555%'")) == 0);
    SyncDesk atA(deskA->store(), deskA->audit());
    auto held = atA.conflicts();
    REQUIRE(held.ok());
    REQUIRE(held->size() == 1);
    // (Once the platform's version of it is here: sent again on no other.)
    REQUIRE(deskA->database()
                .exec(QStringLiteral("UPDATE complaint SET server_seq = 2 WHERE id = ?"), {another})
                .ok());
    REQUIRE(atA.sendAgain(held->front().id, QStringLiteral("clerk")).ok());
    CHECK(deskA.count(QStringLiteral("complaint"),
                      QStringLiteral("id = '%1' AND phone = ''").arg(another)) == 1);
}

TEST_CASE("Two windows that both mark a person as an older worker settle it by themselves",
          "[syncproof]")
{
    ProofHub hub;
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);
    // A man who turns 50 tomorrow.
    const QDate today = deskA.clock().today();
    SeekerForm form = seekerForm(15, QStringLiteral("农志刚"));
    form.idNumber = idNumberBornOn(today.addYears(-50).addDays(1), "251");
    auto person = StaffDesk(deskA->store(), deskA.clock(), deskA->audit())
                      .registerSeeker(form, clerkAccount());
    REQUIRE(person.ok());
    Client syncA(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    Client syncB(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());

    // The next day both windows mark him before either has heard of the other's.
    for (TempTerminal* t : {&deskA, &deskB}) {
        t->clock().advanceMs(24LL * 3600 * 1000);
        REQUIRE(SeekerService((*t)->store(), (*t)->clock()).markOlderByAge().value() == 1);
    }
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    REQUIRE(syncB.round());
    // Nothing for staff to settle, nothing waiting, the same at both.
    CHECK(deskB.count(QStringLiteral("sync_conflict"), QStringLiteral("resolved_at = ''")) == 0);
    CHECK(syncB.pending() == 0);
    for (TempTerminal* t : {&deskA, &deskB})
        CHECK(t->count(QStringLiteral("seeker"),
                       QStringLiteral("id = '%1' AND tier = 'priority'").arg(person->id)) == 1);
}

TEST_CASE("A person's data deleted at a window leaves every terminal and the hub's log",
          "[syncproof]")
{
    ProofHub hub;
    TempTerminal deskA(Mode::Staff);
    TempTerminal deskB(Mode::Staff);
    StaffDesk desk(deskA->store(), deskA.clock(), deskA->audit());
    const SeekerForm form = seekerForm(11, QStringLiteral("韦秀英"));
    auto person = desk.registerSeeker(form, clerkAccount());
    REQUIRE(person.ok());
    // An application made with the same mobile, and one of someone else.
    const QString theirs = EntityStore::newId();
    const QString other = EntityStore::newId();
    for (const auto& [id, phone] :
         {std::pair{theirs, form.phone}, std::pair{other, QStringLiteral("13977110000")}}) {
        QJsonObject application = sampleFor(QStringLiteral("application"));
        application.insert(QStringLiteral("phone"), phone);
        application.insert(QStringLiteral("confirmation_no"), phone.right(6));
        const auto saved = deskA->store().save(entities::application(), id, application);
        INFO((saved.ok() ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
    }
    // A call-back they asked for and a complaint they made, closed since, and someone else's.
    ComplaintService requests(deskA->store(), deskA.clock());
    auto callback = requests.requestCallback(form.phone, QStringLiteral("找工作"));
    auto complaint = requests.record(
        QStringLiteral("complaint"), QStringLiteral("工资拖欠"), form.phone,
        QStringLiteral("韦秀英：老板没给工钱，韦秀英的工友也没拿到。身份证%1，家属电话13800138000")
            .arg(form.idNumber),
        QStringLiteral("clerk"));
    auto stranger = requests.requestCallback(QStringLiteral("13977110000"), QStringLiteral("培训"));
    REQUIRE(callback.ok());
    REQUIRE(complaint.ok());
    REQUIRE(stranger.ok());
    REQUIRE(requests.close(complaint.value(), QStringLiteral("已协调支付，已电话告知韦秀英")).ok());
    Client syncA(deskA, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    Client syncB(deskB, settingsFor(hub.url(), kDeskBToken, Mode::Staff));
    REQUIRE(syncA.round());
    REQUIRE(syncB.round());
    REQUIRE(deskB.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);
    REQUIRE(deskB.count(QStringLiteral("complaint"),
                        QStringLiteral("phone = '%1'").arg(form.phone)) == 2);
    // The window is told that a call-back is still owed to them before it deletes.
    CHECK(desk.openRequestsOf(person->id).value() == 1);

    // Meanwhile window B edits the person (A has not heard of it when it deletes).
    {
        StaffDesk deskOfB(deskB->store(), deskB.clock(), deskB->audit());
        SeekerForm edit = SeekerService::fromData(
            deskB->store().get(entities::seeker(), person->id).value()->data);
        edit.skills = QStringLiteral("会开叉车");
        REQUIRE(deskOfB.updateSeeker(person->id, edit, clerkAccount()).ok());
        REQUIRE(syncB.round());
    }
    // A reason is required.
    CHECK(desk.deleteSeeker(person->id, QStringLiteral(" "), clerkAccount()).error().field ==
          QLatin1String("reason"));
    // An edit of theirs that lost a sync conflict here waits with what was typed.
    REQUIRE(deskA->database()
                .exec(QStringLiteral("INSERT INTO sync_conflict(change_id, entity, entity_id, op, "
                                     "base_seq, server_seq, local_data, created_at) VALUES(?, "
                                     "'seeker', ?, 'upsert', 1, 2, ?, ?)"),
                      {EntityStore::newId(), person->id,
                       QStringLiteral("{\"name\":\"韦秀英\",\"phone\":\"%1\"}").arg(form.phone),
                       Clock::toWire(deskA.clock().now())})
                .ok());
    REQUIRE(
        desk.deleteSeeker(person->id, QStringLiteral("本人在窗口要求删除"), clerkAccount()).ok());
    CHECK(deskA.count(QStringLiteral("sync_conflict"),
                      QStringLiteral("entity_id = '%1'").arg(person->id)) == 0);
    // Nothing of what they told the window of themselves either (a skill typed at B, the districts
    // they wanted, when they consented); what the month's statistics count stays.
    const QString gone =
        QStringLiteral("id = '%1' AND deleted = 1 AND name = '' AND id_number = '' AND phone = '' "
                       "AND skills = '' AND consent_at = '' AND wanted_districts NOT LIKE '%市%' "
                       "AND created_at <> '' AND tier <> ''")
            .arg(person->id);
    CHECK(deskA.count(QStringLiteral("seeker"), gone) == 1);
    CHECK(deskA.count(QStringLiteral("application"),
                      QStringLiteral("id = '%1' AND phone = ''").arg(theirs)) == 1);
    CHECK(deskA.count(QStringLiteral("application"),
                      QStringLiteral("id = '%1' AND phone = '13977110000'").arg(other)) == 1);
    CHECK(deskA.count(QStringLiteral("complaint"), QStringLiteral("phone = ''")) == 2);
    CHECK(deskA.count(QStringLiteral("complaint"), QStringLiteral("phone = '13977110000'")) == 1);
    // Nor do the changes waiting to be sent keep it in the records as they were before.
    REQUIRE(deskA.count(QStringLiteral("outbox"), QStringLiteral("base_data <> ''")) > 0);
    CHECK(deskA.count(QStringLiteral("outbox"),
                      QStringLiteral("base_data LIKE '%%1%'").arg(form.phone)) == 0);
    // The requests themselves stay, as the hall's record of its work, without the name.
    CHECK(deskA.count(QStringLiteral("complaint"),
                      QStringLiteral("id = '%1' AND status = 'closed' AND description = "
                                     "'（姓名已删除）：老板没给工钱，（姓名已删除）的工友也没拿到。"
                                     "身份证（身份证号已删除），家属电话（电话已删除）'")
                          .arg(complaint.value())) == 1);
    CHECK(deskA.count(QStringLiteral("complaint"), QStringLiteral("description LIKE '%韦秀英%'")) ==
          0);
    CHECK(deskA.count(
              QStringLiteral("complaint"),
              QStringLiteral("id = '%1' AND resolution = '已协调支付，已电话告知（姓名已删除）'")
                  .arg(complaint.value())) == 1);
    CHECK(deskA.count(QStringLiteral("outbox"),
                      QStringLiteral("data LIKE '%韦秀英%' OR base_data LIKE '%韦秀英%' OR data "
                                     "LIKE '%%1%' OR data LIKE '%13800138000%'")
                          .arg(form.idNumber)) == 0);
    CHECK(desk.openRequestsOf(person->id).value() == 0);
    CHECK(deskA.count(
              QStringLiteral("audit_log"),
              QStringLiteral("action = 'seeker_delete' AND detail = '本人在窗口要求删除'")) == 1);

    REQUIRE(syncA.round());
    // The deletion went over B's edit rather than leaving a conflict that would bring it back.
    CHECK(SyncDesk(deskA->store(), deskA->audit()).conflicts().value().empty());
    CHECK(syncA.pending() == 0);
    CHECK(deskA.count(QStringLiteral("seeker"), gone) == 1);
    // Window B holds an edit of theirs that lost a sync conflict, with what was typed: the
    // deletion it pulls is no merge (no record of that ID number is left), so that goes too.
    REQUIRE(deskB->database()
                .exec(QStringLiteral("INSERT INTO sync_conflict(change_id, entity, entity_id, op, "
                                     "base_seq, server_seq, local_data, created_at) VALUES(?, "
                                     "'seeker', ?, 'upsert', 1, 2, ?, ?)"),
                      {EntityStore::newId(), person->id,
                       QStringLiteral("{\"name\":\"韦秀英\",\"phone\":\"%1\",\"id_number\":\"%2\"}")
                           .arg(form.phone, form.idNumber),
                       Clock::toWire(deskB.clock().now())})
                .ok());
    REQUIRE(deskB.count(QStringLiteral("sync_conflict"),
                        QStringLiteral("entity_id = '%1'").arg(person->id)) == 1);
    REQUIRE(syncB.round());
    CHECK(deskB.count(QStringLiteral("seeker"), gone) == 1);
    CHECK(deskB.count(QStringLiteral("sync_conflict"),
                      QStringLiteral("entity_id = '%1'").arg(person->id)) == 0);
    CHECK(deskB.count(QStringLiteral("application"),
                      QStringLiteral("id = '%1' AND phone = ''").arg(theirs)) == 1);
    CHECK(deskB.count(QStringLiteral("complaint"), QStringLiteral("phone = ''")) == 2);
    CHECK(deskB.count(QStringLiteral("complaint"), QStringLiteral("description LIKE '%韦秀英%'")) ==
          0);
    // The hub's log keeps none of it: not the record's versions, not the applications' or the
    // requests'.
    CHECK(hub.count(QStringLiteral("data LIKE '%韦秀英%' OR data LIKE '%%1%' OR data LIKE '%%2%' "
                                   "OR data LIKE '%13800138000%'")
                        .arg(form.phone, form.idNumber)) == 0);
    CHECK(hub.count(QStringLiteral("data LIKE '%13977110000%'")) > 0);
    // A terminal set up afterwards reads the log from the start: nothing of the person arrives.
    TempTerminal deskC(Mode::Staff);
    Client syncC(deskC, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    REQUIRE(syncC.round());
    CHECK(deskC.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 0);
    CHECK(deskC.count(QStringLiteral("seeker"),
                      QStringLiteral("name <> '' OR phone <> '' OR id_number <> ''")) == 0);
}

TEST_CASE("A job posted at a kiosk offline overnight reaches the window's review queue, and once "
          "published every kiosk",
          "[syncproof]")
{
    ProofHub hub;
    TempTerminal kiosk(Mode::Kiosk);
    TempTerminal desk(Mode::Staff);
    // Work of one day, today, with a landline: as 我要招工 makes it.
    KioskPosting p;
    p.occupation = QStringLiteral("家政保洁");
    p.industry = QStringLiteral("居民服务");
    p.district = QStringLiteral("南宁市青秀区");
    p.place = QStringLiteral("home");
    p.starts = QStringLiteral("today");
    p.duration = QStringLiteral("1d");
    p.hours = QStringLiteral("morning");
    p.headcount = 1;
    p.pay = 25;
    p.payUnit = QStringLiteral("hour");
    p.settlement = QStringLiteral("on_completion");
    p.phone = QStringLiteral("0771-5551234");
    p.surname = QStringLiteral("覃");
    p.honorific = QStringLiteral("ms");
    auto posted = JobService(kiosk->store(), kiosk.clock(), kiosk->audit())
                      .postFromKiosk(p.toJob(kiosk.clock().today()));
    REQUIRE(posted.ok());

    // The kiosk reaches the platform only the next morning: the posting is still open then.
    for (ManualClock* c : {&kiosk.clock(), &desk.clock(), &hub.clock()})
        c->advanceMs(qint64(24) * 3600 * 1000);
    Client kioskSync(kiosk, settingsFor(hub.url(), kKioskToken, Mode::Kiosk));
    Client deskSync(desk, settingsFor(hub.url(), kDeskAToken, Mode::Staff));
    REQUIRE(kioskSync.round());
    CHECK(kioskSync.pending() == 0);
    CHECK(kiosk.count(QStringLiteral("sync_conflict")) == 0);
    REQUIRE(deskSync.round());
    // The person's number goes to the window that checks the posting, not to the hall's other
    // public screens, while it waits.
    TempTerminal wall(Mode::Display);
    Client wallSync(wall, settingsFor(hub.url(), kWallToken, Mode::Display));
    const auto wallHasNumber = [&wall] {
        return wall.count(QStringLiteral("job"), QStringLiteral("contact_phone LIKE '%5551234%'"));
    };
    REQUIRE(wallSync.round());
    REQUIRE(wall.count(QStringLiteral("job")) == 1);
    CHECK(wallHasNumber() == 0);

    JobService jobs(desk->store(), desk.clock(), desk->audit());
    auto queue = jobs.reviewQueue();
    REQUIRE(queue.ok());
    REQUIRE(queue->jobs.size() == 1);
    const StoredEntity waiting = queue->jobs.front();
    CHECK(waiting.id == posted->id);
    CHECK(jobs.reviewReasons(waiting.data)
              .contains(QStringLiteral("posted at a self-service kiosk")));
    // The clerk phones, writes down the address and publishes it.
    QJsonObject completed = waiting.data;
    QJsonObject location = completed.value(QLatin1String("location")).toObject();
    location.insert(QStringLiteral("address"), QStringLiteral("青秀区民族大道100号"));
    completed.insert(QStringLiteral("location"), location);
    REQUIRE(jobs.edit(waiting.id, completed, clerkAccount(), waiting.data).ok());
    REQUIRE(jobs.publish(waiting.id, clerkAccount()).ok());
    REQUIRE(deskSync.round());
    REQUIRE(kioskSync.round());
    auto onKiosk = kiosk->store().get(entities::job(), posted->id);
    REQUIRE(onKiosk.ok());
    REQUIRE(onKiosk.value());
    CHECK(onKiosk.value()->data.value(QLatin1String("status")).toString() ==
          QLatin1String("published"));
    // Out a day after the work, it is open for the day it was published, no longer.
    CHECK(onKiosk.value()->data.value(QLatin1String("valid_until")).toString() ==
          desk.clock().today().toString(Qt::ISODate));
    CHECK(onKiosk.value()
              ->data.value(QLatin1String("location"))
              .toObject()
              .value(QLatin1String("address"))
              .toString() == QStringLiteral("青秀区民族大道100号"));
    // Published, whom to call is shown.
    REQUIRE(wallSync.round());
    CHECK(wallHasNumber() == 1);
}
