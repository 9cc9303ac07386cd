#include "tempterminal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <thread>

using namespace lingong;
using namespace lingong::test;

TEST_CASE("a fresh database is migrated to the latest schema", "[db][migrations]")
{
    TempTerminal t;
    CHECK(t->database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    auto mode = t->database().scalar(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.ok());
    CHECK(mode.value().toString() == QStringLiteral("wal"));
    auto sync = t->database().scalar(QStringLiteral("PRAGMA synchronous"));
    REQUIRE(sync.ok());
    CHECK(sync.value().toInt() == 2); // FULL
    auto fk = t->database().scalar(QStringLiteral("PRAGMA foreign_keys"));
    REQUIRE(fk.ok());
    CHECK(fk.value().toInt() == 1);
    for (const EntitySpec* spec : entities::all())
        CHECK(t.count(spec->table) == 0);
    CHECK(t.count(QStringLiteral("occupation")) > 20);
}

namespace {

// Builds a database as the first release left it: migration 1 only, then `rows` (SQL statements).
void makeSchema1(const QString& path, const QStringList& rows)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QFile f(QStringLiteral(":/db/migrations/001_initial.sql"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QSqlQuery q(raw);
        QStringList lines;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            lines << line.left(line.indexOf(QLatin1String("--"))); // drop comments
        for (const QString& stmt : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
            if (!stmt.trimmed().isEmpty())
                REQUIRE(q.exec(stmt));
        }
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                      "applied_at TEXT NOT NULL)")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00.000Z')")));
        for (const QString& row : rows) {
            INFO(row.toStdString());
            REQUIRE(q.exec(row));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

} // namespace

TEST_CASE("a schema-1 database is upgraded in place and keeps its rows", "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeSchema1(path, {QStringLiteral(
                          "INSERT INTO job (id, title, occupation, created_at, modified_at, "
                          "status, valid_until) VALUES ('j-old', '老岗位', '电工', "
                          "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'published', "
                          "'2027-01-01')")});

    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    auto title = db.scalar(QStringLiteral("SELECT title FROM job WHERE id = 'j-old'"));
    REQUIRE(title.ok());
    CHECK(title.value().toString() == QStringLiteral("老岗位"));
    // One schema_version row per migration file, each applied once.
    auto versions = db.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    CHECK(versions.value().toInt() ==
          QDir(QStringLiteral(":/db/migrations")).entryList({QStringLiteral("*.sql")}).size());
}

TEST_CASE("an older store's postings paid by the piece lose their made-up day's pay",
          "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const auto row = [](const char* id, const char* unit, int payDay) {
        return QStringLiteral("INSERT INTO job (id, title, occupation, created_at, modified_at, "
                              "status, valid_until, pay_max, pay_unit, pay_day) VALUES ('%1', "
                              "'岗位', '电工', '2026-01-01T00:00:00.000Z', "
                              "'2026-01-01T00:00:00.000Z', 'published', '2027-01-01', 120, '%2', "
                              "%3)")
            .arg(QLatin1String(id), QLatin1String(unit))
            .arg(payDay);
    };
    makeSchema1(path, {row("j-piece", "piece", 12000), row("j-day", "day", 120)});
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.scalar(QStringLiteral("SELECT pay_day FROM job WHERE id = 'j-piece'"))
              .value()
              .toDouble() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT pay_day FROM job WHERE id = 'j-day'"))
              .value()
              .toDouble() == 120);
}

TEST_CASE("an older store's postings paid by the hour sort by a day of their own hours",
          "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // As an older release stored them: every hour's pay counted for 8 hours.
    const auto row = [](const char* id, const QString& hours) {
        return QStringLiteral("INSERT INTO job (id, title, occupation, created_at, modified_at, "
                              "status, valid_until, pay_max, pay_unit, pay_day, work_hours) "
                              "VALUES ('%1', '岗位', '保洁', '2026-01-01T00:00:00.000Z', "
                              "'2026-01-01T00:00:00.000Z', 'published', '2027-01-01', 40, 'hour', "
                              "320, '%2')")
            .arg(QLatin1String(id), hours);
    };
    makeSchema1(path, {row("j-four", QStringLiteral("8:00-12:00")),
                       row("j-night", QStringLiteral("20:00–次日6:00")),
                       row("j-open", QStringLiteral("按单上门"))});
    Database db;
    REQUIRE(db.open(path).ok());
    const auto payDay = [&db](const char* id) {
        return db
            .scalar(
                QStringLiteral("SELECT pay_day FROM job WHERE id = '%1'").arg(QLatin1String(id)))
            .value()
            .toDouble();
    };
    CHECK(payDay("j-four") == 160);
    CHECK(payDay("j-night") == 400);
    // No hours named: the standard day's.
    CHECK(payDay("j-open") == 320);
}

TEST_CASE("an older store's trades get the shipped pictures when upgraded", "[db][migrations]")
{
    QFile f(QStringLiteral(":/data/occupations.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray shipped =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("occupations")).toArray();
    REQUIRE(shipped.size() > 20);

    // The shipped trades as an older release loaded them: a picture name, or none.
    QStringList rows;
    for (const QJsonValue& v : shipped) {
        const QString name = v.toObject().value(QLatin1String("name")).toString();
        rows << QStringLiteral("INSERT INTO occupation(name, icon) VALUES('%1', '%2')")
                    .arg(name,
                         name == QStringLiteral("木工") ? QStringLiteral("carpentry") : QString());
    }
    // Renamed by staff, keeping its old picture name; added by staff; a name never shipped.
    rows << QStringLiteral("INSERT INTO occupation(name, icon) VALUES('建筑小工', 'construction')")
         << QStringLiteral("INSERT INTO occupation(name, icon) VALUES('快递驿站', '')")
         << QStringLiteral("INSERT INTO occupation(name, icon) VALUES('叉车工', 'forklift')");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeSchema1(path, rows);

    Database db;
    REQUIRE(db.open(path).ok());
    ReferenceData reference(db);
    auto occupations = reference.occupations();
    REQUIRE(occupations.ok());
    std::map<QString, QString> icons;
    for (const Occupation& o : occupations.value())
        icons[o.name] = o.icon;
    // The migration and the shipped list agree on every trade.
    for (const QJsonValue& v : shipped) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        INFO(name.toStdString());
        CHECK(!o.value(QLatin1String("icon")).toString().isEmpty());
        CHECK(icons[name] == o.value(QLatin1String("icon")).toString());
    }
    CHECK(icons[QStringLiteral("木工")] == QStringLiteral("🪚"));
    CHECK(icons[QStringLiteral("建筑小工")] == QStringLiteral("🏗️"));
    CHECK(icons[QStringLiteral("快递驿站")].isEmpty());
    CHECK(icons[QStringLiteral("叉车工")].isEmpty());
}

TEST_CASE("a database from a newer program is refused with a clear message", "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        REQUIRE(db.exec(QStringLiteral(
                            "INSERT INTO schema_version VALUES (999, '2030-01-01T00:00:00.000Z')"))
                    .ok());
    }
    Database db;
    const Status st = db.open(path);
    REQUIRE(!st.ok());
    CHECK(st.error().code == QStringLiteral("schema_too_new"));
    CHECK(st.error().message.contains(QLatin1String("999")));
    CHECK(!db.isOpen());
}

TEST_CASE("a migration that fails leaves the schema version where it was", "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    {
        // A table in the way of migration 1 makes it fail part-way.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE job_open (x)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken"));
    Database db;
    REQUIRE(!db.open(path).ok());
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken2"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        // Everything migration 1 created before the failure was rolled back.
        REQUIRE(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'employer'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken2"));
}

namespace {
// The numbers from the first bound value to the second, each handed to lingong_take().
const QString numbers =
    QStringLiteral("WITH RECURSIVE n(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM n "
                   "WHERE x < ?) SELECT 1 FROM n WHERE lingong_take(x) LIMIT 1");
} // namespace

TEST_CASE("stream hands a query's values to C++ in order and stops when asked", "[db]")
{
    TempTerminal t;
    const Database& db = t->database();
    std::vector<qint64> seen;
    REQUIRE(db.stream(numbers, {5, 100}, [&](qint64 x) {
                  seen.push_back(x);
                  return x == 12;
              }).ok());
    CHECK(seen == std::vector<qint64>{5, 6, 7, 8, 9, 10, 11, 12});

    // Without a stop, every value.
    seen.clear();
    REQUIRE(db.stream(numbers, {1, 1000}, [&](qint64 x) {
                  seen.push_back(x);
                  return false;
              }).ok());
    REQUIRE(seen.size() == 1000);
    CHECK(seen.back() == 1000);

    // A statement that cannot run is an error, and the function is not there for plain queries.
    CHECK(!db.stream(QStringLiteral("SELECT lingong_take(x) FROM no_such_table"), {}, [](qint64) {
                 return false;
             }).ok());
    CHECK(!db.scalar(QStringLiteral("SELECT lingong_take(1)")).ok());
}

TEST_CASE("streamTwo runs two statements at once, each into its own receiver", "[db]")
{
    TempTerminal t;
    const Database& db = t->database();
    for (int round = 0; round < 3; ++round) {
        std::vector<qint64> low, high;
        std::thread::id lowThread, highThread;
        REQUIRE(db.streamTwo(
                      numbers, {1, 5000},
                      [&](qint64 x) {
                          low.push_back(x);
                          lowThread = std::this_thread::get_id();
                          return false;
                      },
                      numbers, {5001, 9000},
                      [&](qint64 x) {
                          high.push_back(x);
                          highThread = std::this_thread::get_id();
                          return x == 6000; // this side stops early
                      })
                    .ok());
        REQUIRE(low.size() == 5000);
        CHECK(low.front() == 1);
        CHECK(low.back() == 5000);
        REQUIRE(high.size() == 1000);
        CHECK(high.front() == 5001);
        CHECK(high.back() == 6000);
        // The first range is read here, the second on the helper thread.
        CHECK(lowThread == std::this_thread::get_id());
        CHECK(highThread != std::this_thread::get_id());
    }
    // A statement that cannot run is an error.
    CHECK(!db.streamTwo(
                 numbers, {1, 2}, [](qint64) { return false; },
                 QStringLiteral("SELECT lingong_take(x) FROM no_such_table"), {},
                 [](qint64) { return false; })
               .ok());
}

TEST_CASE("an older store's postings turned down at review get the reason its audit log gave",
          "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const auto job = [](const char* id, const char* status) {
        return QStringLiteral("INSERT INTO job (id, title, occupation, created_at, modified_at, "
                              "status, valid_until) VALUES ('%1', '岗位', '电工', "
                              "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '%2', "
                              "'2027-01-01')")
            .arg(QLatin1String(id), QLatin1String(status));
    };
    const auto audit = [](const char* id, const char* action, const char* detail) {
        return QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, "
                              "detail) VALUES ('2026-01-02T00:00:00.000Z', 'clerk', '%2', 'job', "
                              "'%1', '%3')")
            .arg(QLatin1String(id), QLatin1String(action), QString::fromUtf8(detail));
    };
    makeSchema1(path,
                {job("j-rejected", "withdrawn"), audit("j-rejected", "job_reject", "电话无法接通"),
                 // Turned down, published later, then withdrawn: no longer a rejection.
                 job("j-later", "withdrawn"), audit("j-later", "job_reject", "地址不清"),
                 audit("j-later", "job_republish", "published"),
                 audit("j-later", "job_withdraw", ""), job("j-open", "published"),
                 // Turned down here, changed elsewhere since: not this terminal's to say.
                 job("j-elsewhere", "withdrawn"), audit("j-elsewhere", "job_reject", "材料不全"),
                 QStringLiteral("UPDATE job SET modified_at = '2026-01-05T00:00:00.000Z' "
                                "WHERE id = 'j-elsewhere'")});
    Database db;
    REQUIRE(db.open(path).ok());
    const auto note = [&db](const char* id) {
        return db
            .scalar(QStringLiteral("SELECT review_note FROM job WHERE id = '%1'")
                        .arg(QLatin1String(id)))
            .value()
            .toString();
    };
    CHECK(note("j-rejected") == QStringLiteral("电话无法接通"));
    CHECK(note("j-later").isEmpty());
    CHECK(note("j-open").isEmpty());
    CHECK(note("j-elsewhere").isEmpty());
}
