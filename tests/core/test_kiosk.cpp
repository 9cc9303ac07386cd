#include "demodata.h"
#include "kioskidlecontroller.h"
#include "kioskqueries.h"
#include "tempterminal.h"

#include <QSignalSpy>

using namespace lingong;
using namespace lingong::test;

TEST_CASE("kiosk idle controller counts down by the injected clock", "[app][kiosk]")
{
    ManualClock clock(testNow());
    KioskIdleController idle(clock, 90);
    QSignalSpy countdown(&idle, &KioskIdleController::countdown);
    QSignalSpy cancelled(&idle, &KioskIdleController::cancelled);
    QSignalSpy expired(&idle, &KioskIdleController::expired);

    clock.advanceMs(89'999);
    idle.check();
    CHECK(countdown.isEmpty());
    clock.advanceMs(1);
    idle.check();
    REQUIRE(countdown.size() == 1);
    CHECK(countdown.last().at(0).toInt() == 10);
    idle.check(); // same second: no repeat
    CHECK(countdown.size() == 1);
    clock.advanceMs(4'500);
    idle.check();
    CHECK(countdown.last().at(0).toInt() == 6);
    CHECK(idle.isCountingDown());

    idle.activity();
    CHECK(cancelled.size() == 1);
    CHECK_FALSE(idle.isCountingDown());
    clock.advanceMs(99'999);
    idle.check();
    CHECK(expired.isEmpty());
    clock.advanceMs(1);
    idle.check();
    CHECK(expired.size() == 1);
    CHECK_FALSE(idle.isCountingDown());
    // It starts counting afresh after expiring.
    idle.check();
    CHECK(expired.size() == 1);

    // Disabled (attract screen): nothing happens however long it waits.
    idle.setEnabled(false);
    clock.advanceMs(3'600'000);
    idle.check();
    CHECK(expired.size() == 1);
    // Enabling restarts the wait from now.
    const qsizetype shown = countdown.size();
    idle.setEnabled(true);
    clock.advanceMs(89'000);
    idle.check();
    CHECK(countdown.size() == shown);
    clock.advanceMs(1'000);
    idle.check();
    CHECK(countdown.size() == shown + 1);
}

TEST_CASE("kiosk idle controller covers answers at the usual time and wipes them only later",
          "[app][kiosk]")
{
    ManualClock clock(testNow());
    KioskIdleController idle(clock, 90);
    CHECK(idle.patientCountdownSec() == 90 + KioskIdleController::kPatientExtraSec);
    bool answering = true;
    idle.setPatience([&answering] { return answering; });
    QSignalSpy countdown(&idle, &KioskIdleController::countdown);
    QSignalSpy expired(&idle, &KioskIdleController::expired);
    // The countdown at the usual time...
    clock.advanceMs(89'999);
    idle.check();
    CHECK(countdown.isEmpty());
    clock.advanceMs(1);
    idle.check();
    REQUIRE(countdown.size() == 1);
    // ...lasting the wait again and thirty seconds, not ten.
    CHECK(countdown.last().at(0).toInt() == 120);
    clock.advanceMs(119'999);
    idle.check();
    CHECK(expired.isEmpty());
    CHECK(countdown.last().at(0).toInt() == 1);
    clock.advanceMs(1);
    idle.check();
    CHECK(expired.size() == 1);
    // A countdown keeps the length it began with, whatever the page says meanwhile.
    clock.advanceMs(90'000);
    idle.check();
    REQUIRE(countdown.last().at(0).toInt() == 120);
    answering = false;
    clock.advanceMs(110'000);
    idle.check();
    CHECK(expired.size() == 1);
    CHECK(countdown.last().at(0).toInt() == 10);
    clock.advanceMs(10'000);
    idle.check();
    CHECK(expired.size() == 2);
    // Once the answers are done with (or wiped), the usual countdown again.
    clock.advanceMs(90'000);
    idle.check();
    CHECK(countdown.last().at(0).toInt() == KioskIdleController::kDefaultCountdownSec);
    // A countdown set longer than the patient one is kept.
    KioskIdleController slow(clock, 5, 60);
    CHECK(slow.patientCountdownSec() == 60);
}

TEST_CASE("kiosk queries: content by kind and districts with open jobs", "[db][kiosk]")
{
    TempTerminal t(Mode::Kiosk);
    REQUIRE(DemoData(t->store()).seed(60).ok());
    KioskQueries q(t->database());
    const QDate today = t->clock().today();

    auto training = q.content(QStringLiteral("training"), today);
    REQUIRE(training.ok());
    CHECK(int(training.value().size()) ==
          t.count(QStringLiteral("content"), QStringLiteral("kind = 'training' AND deleted = 0")));
    for (size_t i = 1; i < training.value().size(); ++i)
        CHECK(training.value()[i - 1].data.value(QLatin1String("sort_order")).toInt() <=
              training.value()[i].data.value(QLatin1String("sort_order")).toInt());

    // An item past its end date is not shown; a removed one neither.
    const QString id = training.value().front().id;
    QJsonObject old = training.value().front().data;
    old.insert(QStringLiteral("valid_until"), today.addDays(-1).toString(Qt::ISODate));
    REQUIRE(t->store().save(entities::content(), id, old).ok());
    CHECK(q.content(QStringLiteral("training"), today).value().size() ==
          training.value().size() - 1);
    REQUIRE(t->store().remove(entities::content(), training.value().back().id).ok());
    CHECK(q.content(QStringLiteral("training"), today).value().size() ==
          training.value().size() - 2);
    // A course that began yesterday is no longer offered, though nobody took it down; one that
    // begins today still is, and so is one whose start is written in words.
    const QString course = training.value()[1].id;
    const auto startOn = [&](const QString& start) {
        QJsonObject d = training.value()[1].data;
        QJsonObject extra = d.value(QLatin1String("extra")).toObject();
        extra.insert(QStringLiteral("start"), start);
        d.insert(QStringLiteral("extra"), extra);
        REQUIRE(t->store().save(entities::content(), course, d).ok());
        return q.content(QStringLiteral("training"), today).value().size();
    };
    CHECK(startOn(today.toString(Qt::ISODate)) == training.value().size() - 2);
    CHECK(startOn(today.addDays(-1).toString(Qt::ISODate)) == training.value().size() - 3);
    CHECK(startOn(QStringLiteral("每月初开班")) == training.value().size() - 2);
    // A notice that began yesterday (a three-day job fair) stays until its end date.
    {
        QJsonObject fair{
            {QStringLiteral("kind"), QStringLiteral("notice")},
            {QStringLiteral("title"), QStringLiteral("专场招聘会")},
            {QStringLiteral("valid_until"), today.addDays(1).toString(Qt::ISODate)},
            {QStringLiteral("extra"),
             QJsonObject{{QStringLiteral("start"), today.addDays(-1).toString(Qt::ISODate)}}}};
        const auto before = q.content(QStringLiteral("notice"), today).value().size();
        REQUIRE(t->store().save(entities::content(), EntityStore::newId(), fair).ok());
        CHECK(q.content(QStringLiteral("notice"), today).value().size() == before + 1);
    }

    const QString open = QStringLiteral("deleted = 0 AND status = 'published' AND valid_until >= "
                                        "'%1'")
                             .arg(today.toString(Qt::ISODate));
    auto districts = q.openDistricts(today);
    REQUIRE(districts.ok());
    auto expected = t->database().exec(
        QStringLiteral("SELECT COUNT(DISTINCT district) FROM job WHERE %1").arg(open));
    REQUIRE(expected.ok());
    REQUIRE(expected.value().next());
    CHECK(districts.value().size() == expected.value().value(0).toInt());
    QStringList sorted = districts.value();
    sorted.sort();
    CHECK(sorted == districts.value());

    auto welfare = q.openDistricts(today, {}, true);
    REQUIRE(welfare.ok());
    for (const QString& d : welfare.value()) {
        CHECK(t.count(QStringLiteral("job"),
                      open + QStringLiteral(" AND public_welfare = 1 AND district = '%1'").arg(d)) >
              0);
    }
}
