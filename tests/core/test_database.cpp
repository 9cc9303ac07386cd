#include "tempterminal.h"

#include <QFile>
#include <QSqlQuery>

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
}
