#include "staffdesk.h"
#include "stafffixtures.h"
#include "statistics.h"
#include "tempterminal.h"
#include "tieredservice.h"

using namespace lingong;
using namespace lingong::test;

TEST_CASE("tiered service progress 1/3/1 is recorded and counted per person", "[tiered]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    TieredService tiered(t->store(), t->audit());
    auto s =
        desk.registerSeeker(seekerForm(3, QStringLiteral("卢国庆"), {},
                                       {QStringLiteral("older"), QStringLiteral("low_income")}),
                            clerkAccount());
    REQUIRE(s.ok());
    CHECK(s->data.value(QLatin1String("tier")).toString() == QStringLiteral("priority"));

    auto none = tiered.progress(s->id);
    REQUIRE(none.ok());
    CHECK(none->guidance == 0);
    CHECK(!none->complete());

    REQUIRE(
        tiered.record(s->id, QStringLiteral("guidance"), QStringLiteral("职业规划"), clerkAccount())
            .ok());
    for (int i = 0; i < 3; ++i)
        REQUIRE(
            tiered.record(s->id, QStringLiteral("recommendation"), QString(), clerkAccount()).ok());
    CHECK(!tiered.progress(s->id).value().complete());
    REQUIRE(tiered
                .record(s->id, QStringLiteral("training"), QStringLiteral("育婴员培训班"),
                        clerkAccount())
                .ok());
    const TierProgress p = tiered.progress(s->id).value();
    CHECK(p.guidance == 1);
    CHECK(p.recommendations == 3);
    CHECK(p.training == 1);
    CHECK(p.complete());
    CHECK(tiered.records(s->id).value().size() == 5);

    // Guidance and training are business of their own in the ledger; recommendations are logged
    // by the match that made them.
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'consultation'")) == 1);
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'training'")) == 1);
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action LIKE 'service_%'")) == 5);
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'service_record'")) == 5);

    CHECK(tiered.record(s->id, QStringLiteral("lunch"), QString(), clerkAccount()).error().field ==
          QStringLiteral("kind"));
    CHECK(
        tiered
            .record(QStringLiteral("nobody"), QStringLiteral("guidance"), QString(), clerkAccount())
            .error()
            .code == QStringLiteral("not_found"));
}

TEST_CASE("guidance on registration and insurance is recorded for anybody, logged and counted",
          "[tiered]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    TieredService services(t->store(), t->audit());
    auto s = desk.registerSeeker(seekerForm(4, QStringLiteral("黄美玲")), clerkAccount());
    REQUIRE(s.ok());
    CHECK(s->data.value(QLatin1String("tier")).toString() == QStringLiteral("normal"));
    CHECK(services.lastGiven(s->id).value().empty());

    REQUIRE(
        services.record(s->id, QStringLiteral("registration_guidance"), QString(), clerkAccount())
            .ok());
    t.clock().advanceMs(3600 * 1000);
    const QString later = Clock::toWire(t.clock().now());
    REQUIRE(
        services.record(s->id, QStringLiteral("injury_guidance"), QString(), clerkAccount()).ok());
    // The same guidance again on the same day is a second press, refused with when it was given.
    auto again =
        services.record(s->id, QStringLiteral("registration_guidance"), QString(), clerkAccount());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("duplicate"));
    CHECK(again.error().message.contains(QStringLiteral("10:00")));
    // On a later visit it is given again.
    t.clock().advanceMs(24 * 3600 * 1000);
    const QString nextDay = Clock::toWire(t.clock().now());
    REQUIRE(
        services.record(s->id, QStringLiteral("registration_guidance"), QString(), clerkAccount())
            .ok());

    // The last time each was given; the pension insurance not yet.
    const std::map<QString, QString> last = services.lastGiven(s->id).value();
    CHECK(last.size() == 2);
    CHECK(last.at(QStringLiteral("registration_guidance")) == nextDay);
    CHECK(last.at(QStringLiteral("injury_guidance")) == later);
    // Not part of the tiered package.
    CHECK(services.progress(s->id).value().guidance == 0);

    // Each is a consultation in the ledger, in Chinese, and an audit row.
    CHECK(t.count(QStringLiteral("worklog"),
                  QStringLiteral("kind = 'consultation' AND summary = '就业登记指引'")) == 2);
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'consultation' AND summary = "
                                                            "'新就业形态职业伤害保障参保指引'")) ==
          1);
    CHECK(t.count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'service_registration_guidance'")) == 2);
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'service_record'")) == 3);

    // The month's statistics count them.
    const MonthlyStatistics m =
        StatisticsService(t->database(), t->reference()).month(t.clock().today()).value();
    CHECK(m.registrationGuidance == 2);
    CHECK(m.pensionGuidance == 0);
    CHECK(m.injuryGuidance == 1);
    CHECK(m.tieredGuidance == 0);
}
