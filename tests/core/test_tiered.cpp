#include "staffdesk.h"
#include "stafffixtures.h"
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
