// Starts the real `lingong` executable in each mode, offscreen.
#include "catchqt.h"
#include "loopbackhub.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

namespace {

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

// Neither a display nor a platform plugin chosen: as on a server, or over ssh.
QProcessEnvironment screenless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    return env;
}

int runLingong(const QStringList& args, QString* out = nullptr, int timeoutMs = 120000,
               const QProcessEnvironment& env = offscreen())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LINGONG_EXE), args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(timeoutMs));
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()) +
               QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}

} // namespace

TEST_CASE("each GUI mode opens its window on the demo store", "[smoke]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QString out;
    REQUIRE(runLingong({QStringLiteral("--mode"), QStringLiteral("kiosk"), QStringLiteral("--db"),
                        db, QStringLiteral("--seed-demo"), QStringLiteral("200"),
                        QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("shots"))},
                       &out) == 0);
    for (const char* mode : {"staff", "display"}) {
        INFO(mode);
        REQUIRE(
            runLingong({QStringLiteral("--mode"), QLatin1String(mode), QStringLiteral("--db"), db,
                        QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("shots"))},
                       &out) == 0);
    }
    const QStringList pngs =
        QDir(dir.filePath(QStringLiteral("shots"))).entryList({QStringLiteral("*.png")});
    CHECK(pngs.filter(QStringLiteral("kiosk")).size() >= 1);
    CHECK(pngs.filter(QStringLiteral("staff")).size() >= 1);
    CHECK(pngs.filter(QStringLiteral("display")).size() >= 1);
}

TEST_CASE("the first kiosk start on an empty store seeds the demo set", "[smoke]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
    REQUIRE(runLingong({QStringLiteral("--db"), db, QStringLiteral("--screenshots"),
                        dir.filePath(QStringLiteral("s"))}) == 0);
    QProcess sqlite;
    QString out;
    // The store now has jobs: a second, staff-mode start finds them without seeding.
    REQUIRE(runLingong({QStringLiteral("--mode"), QStringLiteral("staff"), QStringLiteral("--db"),
                        db, QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("s"))},
                       &out) == 0);
    CHECK(QFileInfo(db).size() > 100 * 1024);

    // A configuration named that cannot be read (its path mistyped) may be one that syncs: it
    // is said, and no demo jobs are written, which would stay once the right file is given.
    const QString typo = dir.filePath(QStringLiteral("typo.sqlite"));
    // So may one whose platform address was refused.
    for (const int kind : {0, 1, 2}) {
        const QString config = dir.filePath(QStringLiteral("kiosk.jsn"));
        if (kind > 0) {
            QFile broken(config);
            REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
            broken.write(kind == 1 ? "{\"sync\": {\"url\": "
                                   : "{\"sync\": {\"url\": \"192.168.1.10:8470\", "
                                     "\"token\": \"k\"}}");
        }
        REQUIRE(runLingong({QStringLiteral("--db"), typo, QStringLiteral("--config"), config,
                            QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("t"))},
                           &out) == 0);
        INFO(out.toStdString());
        CHECK(out.contains(kind == 0   ? QStringLiteral("kiosk.jsn")
                           : kind == 1 ? QStringLiteral("JSON")
                                       : QStringLiteral("sync.url")));
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("smoke-typo"));
            c.setDatabaseName(typo);
            REQUIRE(c.open());
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM job")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 0);
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("smoke-typo"));
    }
}

TEST_CASE("without a display screenshots still render, and anything else says why it cannot start",
          "[smoke]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QString out;
    CHECK(runLingong({QStringLiteral("--mode"), QStringLiteral("display"), QStringLiteral("--db"),
                      db, QStringLiteral("--seed-demo"), QStringLiteral("100"),
                      QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("shots"))},
                     &out, 120000, screenless()) == 0);
    CHECK(!QDir(dir.filePath(QStringLiteral("shots")))
               .entryList({QStringLiteral("*.png")})
               .isEmpty());
    CHECK(runLingong({QStringLiteral("--mode"), QStringLiteral("kiosk"), QStringLiteral("--db"), db,
                      QStringLiteral("--lang"), QStringLiteral("en")},
                     &out, 120000, screenless()) == 2);
    CHECK(out.contains(QStringLiteral("No display")));
}

TEST_CASE("help, version and bad options", "[smoke]")
{
    QString out;
    CHECK(runLingong({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")},
                     &out) == 0);
    CHECK(out.contains(QStringLiteral("--seed-demo")));
    CHECK(runLingong({QStringLiteral("--version")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("lingong ")));
    CHECK(runLingong({QStringLiteral("--mode"), QStringLiteral("tv"), QStringLiteral("--lang"),
                      QStringLiteral("en")},
                     &out) == 2);
    CHECK(out.contains(QStringLiteral("Unknown mode")));
    // Chinese is the default language of messages.
    CHECK(runLingong({QStringLiteral("--mode"), QStringLiteral("tv")}, &out) == 2);
    CHECK(out.contains(QStringLiteral("未知")));
}

TEST_CASE("hub mode starts headless and answers health", "[smoke][hub]")
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QFile tokens(dir.filePath(QStringLiteral("tokens")));
    REQUIRE(tokens.open(QIODevice::WriteOnly));
    tokens.write("t-staff staff staff-01\n");
    tokens.close();
    QProcess hub;
    hub.setProcessEnvironment(env);
    hub.start(QStringLiteral(LINGONG_EXE),
              {QStringLiteral("--mode"), QStringLiteral("hub"), QStringLiteral("--lang"),
               QStringLiteral("en"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
               QStringLiteral("--db"), dir.filePath(QStringLiteral("hub.sqlite")),
               QStringLiteral("--tokens"), tokens.fileName()});
    REQUIRE(hub.waitForStarted());
    QString printed;
    const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch m;
    for (int i = 0; i < 100 && !m.hasMatch(); ++i) {
        hub.waitForReadyRead(200);
        printed += QString::fromUtf8(hub.readAllStandardOutput());
        m = re.match(printed);
    }
    INFO(printed.toStdString() + QString::fromUtf8(hub.readAllStandardError()).toStdString());
    REQUIRE(m.hasMatch());
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(m.captured(1)))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(reply->readAll().contains("\"status\":\"ok\""));
    delete reply;
    hub.terminate();
    hub.waitForFinished(5000);
}

TEST_CASE("a run with --sync-now ends with the last round it needs: a window given its staff "
          "token reads the log again in the same run",
          "[smoke][sync]")
{
    lingong::test::LoopbackHub hub(
        QStringLiteral("kiosk-key public desk-01\ndesk-key staff desk-01\n"));
    const QString seeker = QStringLiteral("0b7c6a52-0000-4000-8000-00000000a001");
    REQUIRE(hub.store()
                .publish(QStringLiteral("seeker"), seeker, QStringLiteral("upsert"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("莫小燕")},
                                     {QStringLiteral("phone"), QStringLiteral("13977114455")}},
                         QStringLiteral("platform"))
                .ok());
    // The hub's clock is the computer's, as the program's is.
    hub.terminal().clock().set(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString configPath = dir.filePath(QStringLiteral("desk.json"));
    // Runs the program while this thread's event loop serves the hub.
    QString said; // what the run wrote to stderr
    auto syncNow = [&](const QString& token) {
        QFile config(configPath);
        REQUIRE(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("hall"),
                             QJsonObject{{QStringLiteral("device_id"), QStringLiteral("desk-01")}}},
                            {QStringLiteral("sync"),
                             QJsonObject{{QStringLiteral("url"), hub.url().toString()},
                                         {QStringLiteral("token"), token}}}})
                .toJson());
        config.close();
        QProcess p;
        p.setProcessEnvironment(offscreen());
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(LINGONG_EXE),
                {QStringLiteral("--mode"), QStringLiteral("staff"), QStringLiteral("--db"), db,
                 QStringLiteral("--config"), configPath, QStringLiteral("--sync-now")});
        loop.exec();
        REQUIRE(p.state() == QProcess::NotRunning);
        said = QString::fromUtf8(p.readAllStandardOutput()) +
               QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    auto people = [&] {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("smoke-desk"));
        c.setDatabaseName(db);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM seeker WHERE deleted = 0")));
        REQUIRE(q.next());
        const int n = q.value(0).toInt();
        q.finish();
        c.close();
        return n;
    };
    // Set up with a kiosk's token first: no seekers reach it, and the check of the setup says
    // why instead of "synced".
    CHECK(syncNow(QStringLiteral("kiosk-key")) == 1);
    CHECK(said.contains(QStringLiteral("sync.token")));
    CHECK_FALSE(said.contains(QStringLiteral("同步完成")));
    QSqlDatabase::removeDatabase(QStringLiteral("smoke-desk"));
    CHECK(people() == 0);
    QSqlDatabase::removeDatabase(QStringLiteral("smoke-desk"));
    // Its own token: one run brings them.
    CHECK(syncNow(QStringLiteral("desk-key")) == 0);
    INFO(said.toStdString());
    CHECK_FALSE(said.contains(QStringLiteral("sync.token")));
    CHECK(said.contains(QStringLiteral("同步完成")));
    CHECK(people() == 1);
    QSqlDatabase::removeDatabase(QStringLiteral("smoke-desk"));
    // The platform's clock 20 minutes ahead of this computer's: it syncs, and is told the dates
    // it records would be wrong (in Chinese, the program's default language).
    hub.terminal().clock().set(QDateTime::currentDateTimeUtc().addSecs(20 * 60));
    CHECK(syncNow(QStringLiteral("desk-key")) == 1);
    CHECK(said.contains(QStringLiteral("本机时钟比平台慢 20 分钟")));
}
