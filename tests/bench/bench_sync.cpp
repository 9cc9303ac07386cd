// Sync section: a real hub on loopback; a staff terminal pushes 10,000 local changes, then a fresh
// terminal pulls the hub's 100,000 changes. Goals (issue 7): push ≤ 5 s, pull ≤ 10 s. The hub
// serves from a thread of its own, as the platform (or a hall's hub) is a server of its own: the
// times are the terminal's, with the hub working beside it.

#include "bench.h"

#include "clock.h"
#include "demodata.h"
#include "hub/hubdemo.h"
#include "hub/hubserver.h"
#include "hub/hubtokens.h"
#include "sync/syncengine.h"
#include "terminal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <future>

namespace lingong::bench {

namespace {

constexpr int kPushChanges = 10'000;
constexpr int kPullChanges = 100'000;

const QString kToken = QStringLiteral("bench-staff-token-0123456789");

QString freshPath(const BenchArgs& args, const char* name)
{
    const QString path = QDir(args.workDir).filePath(QString::fromLatin1(name));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

// A hub serving from its own thread, over its own store. Everything it owns lives and dies on
// that thread; call() runs a function there and waits for it.
class HubThread final : public QThread
{
public:
    HubThread(QString path, const Clock& clock)
        : m_path(std::move(path))
        , m_clock(clock)
    {}
    ~HubThread() override
    {
        quit();
        wait();
    }

    // Starts the thread and the hub; the URL it serves, or an error.
    Result<QUrl> begin()
    {
        start();
        return m_ready.get_future().get();
    }

    // Runs `f` with the hub on the hub's thread and returns when it is done.
    void call(const std::function<void(HubServer&)>& f)
    {
        QMetaObject::invokeMethod(
            m_context, [&] { f(*m_hub); }, Qt::BlockingQueuedConnection);
    }

protected:
    void run() override
    {
        Terminal terminal(Config{}, m_clock);
        if (Status st = terminal.open(m_path, Mode::Hub); !st.ok()) {
            m_ready.set_value(st.error());
            return;
        }
        auto tokens = HubTokens::parse(kToken + QStringLiteral(" staff bench-desk\n"));
        if (!tokens.ok()) {
            m_ready.set_value(tokens.error());
            return;
        }
        HubServer hub(terminal.database(), m_clock, tokens.value());
        auto port = hub.listen(QHostAddress::LocalHost, 0);
        if (!port.ok()) {
            m_ready.set_value(port.error());
            return;
        }
        QObject context;
        m_context = &context;
        m_hub = &hub;
        m_ready.set_value(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port.value())));
        exec();
        m_hub = nullptr;
        m_context = nullptr;
    }

private:
    QString m_path;
    const Clock& m_clock;
    std::promise<Result<QUrl>> m_ready;
    QObject* m_context = nullptr;
    HubServer* m_hub = nullptr;
};

struct Round
{
    bool ok = false;
    double seconds = 0;
    double pushSeconds = 0; // until the last push answer was recorded
    int pushes = 0;
    int pulls = 0;
    QString error;
};

// One sync round of `terminal` against `url`, timed.
Round timedRound(Terminal& terminal, const QUrl& url, Mode mode)
{
    Config config;
    config.platformUrl = url;
    config.platformToken = kToken;
    QNetworkAccessManager network;
    SyncEngine engine(terminal.store(), SyncSettings::from(config, mode), &network);
    Round r;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&network, &QNetworkAccessManager::finished, &loop, [&](QNetworkReply* reply) {
        if (reply->operation() == QNetworkAccessManager::PostOperation) {
            ++r.pushes;
            r.pushSeconds = double(timer.nsecsElapsed()) / 1e9;
        } else {
            ++r.pulls;
        }
    });
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](bool ok) {
        r.ok = ok;
        r.seconds = double(timer.nsecsElapsed()) / 1e9;
        r.error = engine.status().lastError;
        loop.quit();
    });
    timer.start();
    engine.syncNow();
    loop.exec();
    return r;
}

QJsonObject runSync(const BenchArgs& args)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC));
    auto err = [](const QString& m) { return QJsonObject{{QStringLiteral("error"), m}}; };

    HubThread hub(freshPath(args, "bench-sync-hub.sqlite"), clock);
    auto served = hub.begin();
    if (!served.ok())
        return err(served.error().message);
    const QUrl url = served.value();

    // Push: 10,000 local job changes waiting in a desk's outbox (written untimed, in one
    // transaction), then one round. The round also pulls its own changes back.
    Terminal desk(Config{}, clock);
    if (Status st = desk.open(freshPath(args, "bench-sync-desk.sqlite"), Mode::Staff); !st.ok())
        return err(st.error().message);
    DemoData demo(desk.store());
    {
        Transaction tx(desk.database());
        for (int i = 0; i < kPushChanges; ++i) {
            auto saved = desk.store().save(entities::job(), EntityStore::newId(), demo.job(i));
            if (!saved.ok())
                return err(saved.error().message);
        }
        if (Status st = tx.commit(); !st.ok())
            return err(st.error().message);
    }
    const Round push = timedRound(desk, url, Mode::Staff);
    if (!push.ok)
        return err(push.error);
    int pushedOnHub = 0;
    hub.call([&](HubServer& h) { pushedOnHub = h.store().changeCount().value(); });

    // Pull: the hub's log topped up to 100,000 changes by the platform (untimed), pulled by a
    // fresh terminal.
    QElapsedTimer seedTimer;
    seedTimer.start();
    std::vector<HubStore::Publication> platform;
    for (int i = kPushChanges; i < kPullChanges; ++i)
        platform.push_back(
            {QStringLiteral("job"), DemoData::jobId(i), QStringLiteral("upsert"), demo.job(i)});
    QString publishError;
    int logSize = 0;
    hub.call([&](HubServer& h) {
        if (auto st = h.store().publishAll(platform, QStringLiteral("platform")); !st.ok())
            publishError = st.error().message;
        logSize = h.store().changeCount().value();
    });
    if (!publishError.isEmpty())
        return err(publishError);
    const double hubSeedSec = double(seedTimer.nsecsElapsed()) / 1e9;

    Terminal fresh(Config{}, clock);
    if (Status st = fresh.open(freshPath(args, "bench-sync-fresh.sqlite"), Mode::Staff); !st.ok())
        return err(st.error().message);
    const Round pull = timedRound(fresh, url, Mode::Staff);
    if (!pull.ok)
        return err(pull.error);
    const int pulledJobs = fresh.store().countLive(entities::job()).value();

    return QJsonObject{
        {QStringLiteral("push"),
         QJsonObject{{QStringLiteral("changes"), kPushChanges},
                     {QStringLiteral("applied_on_hub"), pushedOnHub},
                     {QStringLiteral("requests"), push.pushes},
                     {QStringLiteral("seconds"), push.pushSeconds},
                     {QStringLiteral("changes_per_second"), kPushChanges / push.pushSeconds},
                     {QStringLiteral("round_seconds_with_pull_back"), push.seconds},
                     {QStringLiteral("goal_seconds"), 5}}},
        {QStringLiteral("pull"),
         QJsonObject{{QStringLiteral("changes"), logSize},
                     {QStringLiteral("jobs_stored"), pulledJobs},
                     {QStringLiteral("requests"), pull.pulls},
                     {QStringLiteral("seconds"), pull.seconds},
                     {QStringLiteral("changes_per_second"), logSize / pull.seconds},
                     {QStringLiteral("goal_seconds"), 10}}},
        {QStringLiteral("hub_seed_seconds"), hubSeedSec},
        {QStringLiteral("peak_rss_kb"), peakRssKb()}};
}

const Register reg("sync", &runSync);

} // namespace

} // namespace lingong::bench
