#include "applicationservice.h"
#include "complaintrepository.h"
#include "employerservice.h"
#include "jobservice.h"
#include "kioskqueries.h"
#include "ledger.h"
#include "matching.h"
#include "staffdesk.h"
#include "stafffixtures.h"
#include "statistics.h"
#include "tempterminal.h"
#include "tieredservice.h"

using namespace lingong;
using namespace lingong::test;

namespace {

const QDate kToday(2026, 11, 22);

QJsonObject seeker(const QStringList& trades, const QStringList& districts, double expectDay,
                   const QString& availability = QStringLiteral("now"),
                   const QString& tier = QStringLiteral("normal"),
                   const QString& created = QStringLiteral("2026-11-01T00:00:00.000Z"))
{
    return QJsonObject{
        {QStringLiteral("wanted_occupations"), QJsonArray::fromStringList(trades)},
        {QStringLiteral("wanted_districts"), QJsonArray::fromStringList(districts)},
        {QStringLiteral("expected_pay"),
         QJsonObject{{QStringLiteral("min"), expectDay},
                     {QStringLiteral("unit"), QStringLiteral("day")}}},
        {QStringLiteral("availability"), availability},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("created_at"), created},
    };
}

QJsonObject job(const QString& occupation, const QString& district, double payMax,
                const QString& unit = QStringLiteral("day"),
                const QString& start = QStringLiteral("2026-11-23"))
{
    return QJsonObject{
        {QStringLiteral("occupation"), occupation},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("district"), district}}},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), payMax},
                                            {QStringLiteral("max"), payMax},
                                            {QStringLiteral("unit"), unit}}},
        {QStringLiteral("start_date"), start},
        {QStringLiteral("valid_until"), QStringLiteral("2026-12-31")},
        {QStringLiteral("form"), QStringLiteral("temporary")},
    };
}

StoredEntity entity(const QString& id, const QJsonObject& data)
{
    StoredEntity e;
    e.id = id;
    e.data = data;
    return e;
}

QStringList ids(const std::vector<RankedSeeker>& ranked)
{
    QStringList out;
    for (const RankedSeeker& r : ranked)
        out << r.seeker.id;
    return out;
}

QStringList ids(const std::vector<RankedJob>& ranked)
{
    QStringList out;
    for (const RankedJob& r : ranked)
        out << r.job.id;
    return out;
}

const QString kQingxiu = QStringLiteral("南宁市青秀区");
const QString kJiangnan = QStringLiteral("南宁市江南区");
const QString kLiuzhou = QStringLiteral("柳州市城中区");
const QString kCleaning = QStringLiteral("家政保洁");
const QString kBuilding = QStringLiteral("建筑搬运");

} // namespace

TEST_CASE("a match scores trade, district, pay and availability with reasons", "[matching]")
{
    const QJsonObject s = seeker({kCleaning}, {kQingxiu}, 150);
    const MatchScore full = Matching::score(s, job(kCleaning, kQingxiu, 180), kToday);
    CHECK(full.points == 100);
    REQUIRE(full.reasons.size() == 4);
    CHECK(full.reasons.at(0).contains(kCleaning));
    // Places read in the language of the interface (English here).
    CHECK(full.reasons.at(1) == QStringLiteral("district wanted (Qingxiu District, Nanning)"));
    // The job's best pay, said as such, and the start as day and month.
    CHECK(full.reasons.at(2) == QStringLiteral("pay up to 180 yuan/day, expects 150"));
    CHECK(full.reasons.at(3) == QStringLiteral("start 23 Nov suits"));

    CHECK(Matching::score(s, job(kBuilding, kQingxiu, 180), kToday).points == 60);
    // The first trade of several is the one wanted most: another scores a little less.
    const QJsonObject two = seeker({kBuilding, kCleaning}, {kQingxiu}, 150);
    const MatchScore first = Matching::score(two, job(kBuilding, kQingxiu, 180), kToday);
    CHECK(first.points == 100);
    CHECK(first.reasons.at(0) == QStringLiteral("first-choice trade (%1)").arg(kBuilding));
    const MatchScore second = Matching::score(two, job(kCleaning, kQingxiu, 180), kToday);
    CHECK(second.points == 95);
    CHECK(second.reasons.at(0) == QStringLiteral("trade wanted (%1)").arg(kCleaning));
    CHECK(full.reasons.at(0) == QStringLiteral("first-choice trade (%1)").arg(kCleaning));
    const MatchScore near = Matching::score(s, job(kCleaning, kJiangnan, 180), kToday);
    CHECK(near.points == 85); // same city
    // Which place is whose; the city, being the same, unsaid.
    CHECK(near.reasons.at(1) ==
          QStringLiteral("same city (the job is in Jiangnan, the person wants Qingxiu)"));
    {
        // In Chinese: 江南区, not 南宁市江南区.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const MatchScore zh = Matching::score(s, job(kCleaning, kJiangnan, 180), kToday);
        // A place wanted in another city keeps its city.
        const MatchScore two = Matching::score(seeker({kCleaning}, {kQingxiu, kLiuzhou}, 150),
                                               job(kCleaning, kJiangnan, 180), kToday);
        QLocale::setDefault(before);
        CHECK(zh.reasons.at(1) ==
              QStringLiteral("same city (the job is in 江南区, the person wants 青秀区)"));
        CHECK(two.reasons.at(1) == QStringLiteral("same city (the job is in 江南区, the person "
                                                  "wants 青秀区, 柳州市城中区)"));
    }
    CHECK(Matching::score(s, job(kCleaning, kLiuzhou, 180), kToday).points == 75);
    // A county of the same city is not near its districts, nor near another county.
    const MatchScore county =
        Matching::score(s, job(kCleaning, QStringLiteral("南宁市横州市"), 180), kToday);
    CHECK(county.points == 75);
    CHECK(county.reasons.at(1).startsWith(QStringLiteral("far away")));
    CHECK(Matching::score(seeker({kCleaning}, {QStringLiteral("南宁市马山县")}, 150),
                          job(kCleaning, QStringLiteral("南宁市上林县"), 180), kToday)
              .points == 75);
    CHECK(Matching::score(seeker({kCleaning}, {QStringLiteral("南宁市横州市")}, 150),
                          job(kCleaning, kQingxiu, 180), kToday)
              .points == 75);
    CHECK(Matching::score(s, job(kCleaning, kQingxiu, 135), kToday).points == 90); // 10 % below
    // A shortfall counts by how far it goes.
    CHECK(Matching::score(s, job(kCleaning, kQingxiu, 115), kToday).points == 85); // 23 % below
    const MatchScore far = Matching::score(s, job(kCleaning, kQingxiu, 100), kToday);
    CHECK(far.points == 80); // a third below
    CHECK(far.reasons.at(2) == QStringLiteral("pay far below expectation (100 < 150 yuan/day)"));
    // Hourly pay compares per day: 20 yuan × 8 h = 160 yuan.
    CHECK(Matching::score(s, job(kCleaning, kQingxiu, 20, QStringLiteral("hour")), kToday).points ==
          100);
    // ...or by the hours the posting names: a morning's work at 30 yuan is 120 yuan.
    QJsonObject morning = job(kCleaning, kQingxiu, 30, QStringLiteral("hour"));
    morning.insert(QStringLiteral("work_hours"), QStringLiteral("8:00-12:00，共5天"));
    const MatchScore half = Matching::score(s, morning, kToday);
    CHECK(half.points == 85);
    CHECK(half.reasons.at(2) == QStringLiteral("pay below expectation (120 < 150 yuan/day)"));
    // Starts in three weeks: "now" does not suit, "later" does.
    const QJsonObject late =
        job(kCleaning, kQingxiu, 180, QStringLiteral("day"), QStringLiteral("2026-12-13"));
    CHECK(Matching::score(s, late, kToday).points == 85);
    CHECK(
        Matching::score(seeker({kCleaning}, {kQingxiu}, 150, QStringLiteral("later")), late, kToday)
            .points == 100);
    // Said nothing: half marks for trade and district, full for pay.
    CHECK(Matching::score(seeker({}, {}, 0), job(kCleaning, kQingxiu, 180), kToday).points ==
          20 + 12 + 20 + 15);
}

TEST_CASE("a person past the upper age a posting names is put behind, the reason said first",
          "[matching]")
{
    const QDate today(2026, 11, 22);
    QJsonObject older = seeker({kBuilding}, {kQingxiu}, 180);
    older.insert(QStringLiteral("birth_date"), QStringLiteral("1968-05-01")); // 58
    QJsonObject limited = job(kBuilding, kQingxiu, 220);
    limited.insert(QStringLiteral("skills"), QStringLiteral("45岁以下，能扛100斤"));
    const QJsonObject open = job(kBuilding, kQingxiu, 200);

    const MatchScore full = Matching::score(older, open, today);
    const MatchScore past = Matching::score(older, limited, today);
    CHECK(full.points == 100);
    CHECK(past.points == 100 - kPastAgeLimit);
    REQUIRE(!past.reasons.isEmpty());
    CHECK(
        past.reasons.front() ==
        QStringLiteral("the posting says \"45岁以下\", the person is 58: ask the employer first"));
    // The better paid job with the limit goes after the one without.
    const std::vector<RankedJob> ranked = Matching::rankJobs(
        older, {entity(QStringLiteral("limited"), limited), entity(QStringLiteral("open"), open)},
        today, 10);
    CHECK(ids(ranked) == QStringList{QStringLiteral("open"), QStringLiteral("limited")});

    // On the day of the birthday the person is of that age; the day before, not yet.
    QJsonObject turning = older;
    turning.insert(QStringLiteral("birth_date"), QStringLiteral("1981-11-22"));
    CHECK(Matching::score(turning, limited, today).points == 100);
    turning.insert(QStringLiteral("birth_date"), QStringLiteral("1980-11-22")); // 46 today
    CHECK(Matching::score(turning, limited, today).points == 100 - kPastAgeLimit);
    turning.insert(QStringLiteral("birth_date"), QStringLiteral("1980-11-23")); // 45 until tomorrow
    CHECK(Matching::score(turning, limited, today).points == 100);
    // No birth date on record: nothing said.
    CHECK(Matching::score(seeker({kBuilding}, {kQingxiu}, 180), limited, today).points == 100);
    // A preference is no limit; a limit said of the other sex is not the person's.
    limited.insert(QStringLiteral("skills"), QStringLiteral("45岁以下优先"));
    CHECK(Matching::score(older, limited, today).points == 100);
    limited.insert(QStringLiteral("skills"), QStringLiteral("男60岁以下，女50岁以下"));
    older.insert(QStringLiteral("gender"), QStringLiteral("male"));
    CHECK(Matching::score(older, limited, today).points == 100);
    older.insert(QStringLiteral("gender"), QStringLiteral("female"));
    CHECK(Matching::score(older, limited, today).points == 100 - kPastAgeLimit);
    limited.insert(QStringLiteral("skills"), QStringLiteral("45岁以下，能扛100斤"));
    older.remove(QStringLiteral("gender"));

    // People for the job: the person past the limit after another.
    QJsonObject younger = seeker({kBuilding}, {kQingxiu}, 180);
    younger.insert(QStringLiteral("birth_date"), QStringLiteral("1990-03-01"));
    const std::vector<RankedSeeker> people = Matching::rankSeekers(
        limited,
        {entity(QStringLiteral("older"), older), entity(QStringLiteral("younger"), younger)}, today,
        10);
    CHECK(ids(people) == QStringList{QStringLiteral("younger"), QStringLiteral("older")});
}

TEST_CASE("a posting's hours a day are read from its working time", "[matching]")
{
    CHECK(Matching::hoursPerDay(QStringLiteral("8:00-12:00，共5天")) == 4);
    CHECK(Matching::hoursPerDay(QStringLiteral("10:00-14:00，17:00-21:00")) == 8);
    CHECK(Matching::hoursPerDay(QStringLiteral("8点-18点")) == 10);
    CHECK(Matching::hoursPerDay(QStringLiteral("8:30～17:30")) == 9);
    CHECK(Matching::hoursPerDay(QStringLiteral("夜班 22:00-6:00")) == 8);
    // The next morning said in words.
    CHECK(Matching::hoursPerDay(QStringLiteral("20:00–次日6:00")) == 10);
    CHECK(Matching::hoursPerDay(QStringLiteral("夜班21:00至第二天凌晨5:30")) == 8.5);
    // No clock times, or implausibly many hours: none read.
    CHECK(Matching::hoursPerDay(QStringLiteral("工期1-2天，时间灵活")) == 0);
    CHECK(Matching::hoursPerDay(QString()) == 0);
    CHECK(Matching::hoursPerDay(QStringLiteral("0:00-23:00")) == 0);
}

TEST_CASE("jobs for a seeker: best fit first, then better pay", "[matching]")
{
    const QJsonObject s = seeker({kCleaning}, {kQingxiu}, 150);
    const std::vector<StoredEntity> jobs{
        entity(QStringLiteral("other-trade"), job(kBuilding, kQingxiu, 300)),
        entity(QStringLiteral("perfect-low"), job(kCleaning, kQingxiu, 160)),
        entity(QStringLiteral("far"), job(kCleaning, kLiuzhou, 200)),
        entity(QStringLiteral("perfect-high"), job(kCleaning, kQingxiu, 200)),
    };
    const auto ranked = Matching::rankJobs(s, jobs, kToday, 10);
    CHECK(ids(ranked) == QStringList{QStringLiteral("perfect-high"), QStringLiteral("perfect-low"),
                                     QStringLiteral("far"), QStringLiteral("other-trade")});
    CHECK(Matching::rankJobs(s, jobs, kToday, 2).size() == 2);

    // Pay by the piece is not a day's pay: an appliance fitted for 120 yuan is not 100 of them a
    // day, nor 2 yuan a carton 2 yuan a day. Neither outranks a day's wage that meets the
    // expectation, nor falls below one that does not.
    const QJsonObject fitter = job(kCleaning, kQingxiu, 120, QStringLiteral("piece"));
    const MatchScore piece = Matching::score(s, fitter, kToday);
    CHECK(piece.points == 90);
    CHECK(piece.reasons.at(2) == QStringLiteral("pay by the piece, up to 120 yuan each"));
    const std::vector<StoredEntity> byPiece{
        entity(QStringLiteral("fitter"), fitter),
        entity(QStringLiteral("cartons"), job(kCleaning, kQingxiu, 2, QStringLiteral("piece"))),
        entity(QStringLiteral("day-low"), job(kCleaning, kQingxiu, 100)),
        entity(QStringLiteral("day-enough"), job(kCleaning, kQingxiu, 160)),
    };
    CHECK(ids(Matching::rankJobs(s, byPiece, kToday, 10)) ==
          QStringList{QStringLiteral("day-enough"), QStringLiteral("fitter"),
                      QStringLiteral("cartons"), QStringLiteral("day-low")});
    // A person who expects pay by the piece is judged against pay by the piece.
    QJsonObject pieceworker = s;
    pieceworker.insert(
        QStringLiteral("expected_pay"),
        QJsonObject{{QStringLiteral("min"), 3}, {QStringLiteral("unit"), QStringLiteral("piece")}});
    const MatchScore enough = Matching::score(pieceworker, fitter, kToday);
    CHECK(enough.points == 100);
    CHECK(enough.reasons.at(2) ==
          QStringLiteral("pay by the piece, up to 120 yuan each, expects 3"));
    const MatchScore low =
        Matching::score(pieceworker, job(kCleaning, kQingxiu, 2, QStringLiteral("piece")), kToday);
    CHECK(low.points == 80);
    CHECK(low.reasons.at(2) ==
          QStringLiteral("pay by the piece below expectation (2 < 3 yuan each)"));
    const MatchScore byDay = Matching::score(pieceworker, job(kCleaning, kQingxiu, 100), kToday);
    CHECK(byDay.points == 90);
    CHECK(byDay.reasons.at(2) == QStringLiteral("expects pay by the piece"));

    // Alike in fit and pay: published last first, one without a publication time by its writing.
    auto at = [](const QString& written, const QString& published) {
        QJsonObject j = job(kCleaning, kQingxiu, 180);
        j.insert(QStringLiteral("created_at"), written);
        j.insert(QStringLiteral("published_at"), published);
        return j;
    };
    const std::vector<StoredEntity> alike{
        entity(QStringLiteral("written-last"), at(QStringLiteral("2026-11-20T09:00:00.000Z"),
                                                  QStringLiteral("2026-11-20T09:00:00.000Z"))),
        entity(QStringLiteral("approved-late"), at(QStringLiteral("2026-11-18T09:00:00.000Z"),
                                                   QStringLiteral("2026-11-21T10:00:00.000Z"))),
        entity(QStringLiteral("never-published"),
               at(QStringLiteral("2026-11-20T12:00:00.000Z"), QString())),
    };
    CHECK(ids(Matching::rankJobs(s, alike, kToday, 10)) ==
          QStringList{QStringLiteral("approved-late"), QStringLiteral("never-published"),
                      QStringLiteral("written-last")});
}

TEST_CASE("jobs for a seeker who named no district: work near the hall first, before pay",
          "[matching]")
{
    const QJsonObject s = seeker({kCleaning}, {}, 150);
    const QString mashan = QStringLiteral("南宁市马山县");
    const std::vector<StoredEntity> jobs{
        entity(QStringLiteral("county-best-paid"), job(kCleaning, mashan, 260)),
        entity(QStringLiteral("other-city"), job(kCleaning, kLiuzhou, 240)),
        entity(QStringLiteral("same-city"), job(kCleaning, kJiangnan, 220)),
        entity(QStringLiteral("hall"), job(kCleaning, kQingxiu, 180)),
    };
    // All fit alike: the hall's district, the city's other districts, then the rest by pay.
    for (const RankedJob& r : Matching::rankJobs(s, jobs, kToday, 10, kQingxiu))
        REQUIRE(r.score.points == Matching::rankJobs(s, jobs, kToday, 10).front().score.points);
    CHECK(ids(Matching::rankJobs(s, jobs, kToday, 10, kQingxiu)) ==
          QStringList{QStringLiteral("hall"), QStringLiteral("same-city"),
                      QStringLiteral("county-best-paid"), QStringLiteral("other-city")});
    // No hall district known: by pay, as before.
    CHECK(ids(Matching::rankJobs(s, jobs, kToday, 10)).front() ==
          QStringLiteral("county-best-paid"));
    // A person who named a district is ranked by it, not by the hall's.
    const QJsonObject wantsMashan = seeker({kCleaning}, {mashan}, 150);
    CHECK(ids(Matching::rankJobs(wantsMashan, jobs, kToday, 10, kQingxiu)).front() ==
          QStringLiteral("county-best-paid"));
}

TEST_CASE("a few jobs suggested: the best of each trade in the order named, then the rest",
          "[matching]")
{
    // Day work in the second trade pays what is expected; the first choice pays by the piece.
    const QJsonObject s = seeker({kBuilding, kCleaning}, {kQingxiu}, 200);
    const std::vector<StoredEntity> jobs{
        entity(QStringLiteral("clean-1"), job(kCleaning, kQingxiu, 220)),
        entity(QStringLiteral("clean-2"), job(kCleaning, kQingxiu, 210)),
        entity(QStringLiteral("clean-3"), job(kCleaning, kQingxiu, 200)),
        entity(QStringLiteral("carry-1"), job(kBuilding, kQingxiu, 2, QStringLiteral("piece"))),
        entity(QStringLiteral("carry-2"), job(kBuilding, kQingxiu, 1, QStringLiteral("piece"))),
    };
    const auto ranked = Matching::rankJobs(s, jobs, kToday, 10);
    REQUIRE(ids(ranked).mid(0, 3) == QStringList{QStringLiteral("clean-1"),
                                                 QStringLiteral("clean-2"),
                                                 QStringLiteral("clean-3")});
    CHECK(ids(Matching::suggestions(ranked, {kBuilding, kCleaning}, 3)) ==
          QStringList{QStringLiteral("carry-1"), QStringLiteral("clean-1"),
                      QStringLiteral("clean-2")});
    CHECK(ids(Matching::suggestions(ranked, {kCleaning, kBuilding}, 3)) ==
          QStringList{QStringLiteral("clean-1"), QStringLiteral("carry-1"),
                      QStringLiteral("clean-2")});
    // No trade named: as ranked; fewer than asked for: all.
    CHECK(ids(Matching::suggestions(ranked, {}, 2)) ==
          QStringList{QStringLiteral("clean-1"), QStringLiteral("clean-2")});
    CHECK(Matching::suggestions(ranked, {kBuilding}, 9).size() == 5);
}

TEST_CASE("seekers for a job: 困难 first among comparable candidates only", "[matching]")
{
    const QJsonObject j = job(kCleaning, kQingxiu, 180);
    const QString priority = QStringLiteral("priority");
    const std::vector<StoredEntity> seekers{
        // 100 points, normal tier.
        entity(QStringLiteral("best-normal"), seeker({kCleaning}, {kQingxiu}, 150)),
        // 90 points (pay a little low), normal.
        entity(QStringLiteral("ninety-normal"), seeker({kCleaning}, {kQingxiu}, 200)),
        // 85 points (same city), 困难: same band (8x) as nobody else here.
        entity(QStringLiteral("eighty-five-priority"),
               seeker({kCleaning}, {kJiangnan}, 150, QStringLiteral("now"), priority)),
        // 90 points, 困难, registered later than ninety-normal.
        entity(QStringLiteral("ninety-priority"),
               seeker({kCleaning}, {kQingxiu}, 200, QStringLiteral("now"), priority,
                      QStringLiteral("2026-11-20T00:00:00.000Z"))),
        // 60 points, other trade, 困难: far below, stays below.
        entity(QStringLiteral("other-trade-priority"),
               seeker({kBuilding}, {kQingxiu}, 150, QStringLiteral("now"), priority)),
        // 88 points? No: 85 + pay 10 ... a normal one in the 8x band.
        entity(QStringLiteral("eighty-normal"),
               seeker({kCleaning}, {kQingxiu}, 150, QStringLiteral("this_week"))),
    };
    // eighty-normal: trade 40 + district 25 + pay 20 + this_week starting tomorrow 15 = 100.
    CHECK(Matching::score(seekers[5].data, j, kToday).points == 100);
    const auto ranked = Matching::rankSeekers(j, seekers, kToday, 10);
    // Band 10: the two normal 100s, earliest registered first (same time: by id).
    // Band 9: the 困难 90 before the normal 90 although registered later.
    // Band 8: the 困难 85. Band 6: the other trade.
    CHECK(ids(ranked) == QStringList{QStringLiteral("best-normal"), QStringLiteral("eighty-normal"),
                                     QStringLiteral("ninety-priority"),
                                     QStringLiteral("ninety-normal"),
                                     QStringLiteral("eighty-five-priority"),
                                     QStringLiteral("other-trade-priority")});
    CHECK(ranked.at(2).priority);
    CHECK(!ranked.at(3).priority);

    // Equal scores: 困难 first; among equals, who has waited longest.
    const std::vector<StoredEntity> equal{
        entity(QStringLiteral("n-early"),
               seeker({kCleaning}, {kQingxiu}, 150, QStringLiteral("now"), QStringLiteral("normal"),
                      QStringLiteral("2026-10-01T00:00:00.000Z"))),
        entity(QStringLiteral("p-late"),
               seeker({kCleaning}, {kQingxiu}, 150, QStringLiteral("now"), priority,
                      QStringLiteral("2026-11-21T00:00:00.000Z"))),
        entity(QStringLiteral("p-early"),
               seeker({kCleaning}, {kQingxiu}, 150, QStringLiteral("now"), priority,
                      QStringLiteral("2026-09-01T00:00:00.000Z"))),
    };
    CHECK(ids(Matching::rankSeekers(j, equal, kToday, 10)) ==
          QStringList{QStringLiteral("p-early"), QStringLiteral("p-late"),
                      QStringLiteral("n-early")});

    // For one job, a trade ticked second counts as the first: 困难 still comes first.
    const std::vector<StoredEntity> order{
        entity(QStringLiteral("normal-first-choice"),
               seeker({kCleaning}, {kQingxiu}, 150, QStringLiteral("now"), QStringLiteral("normal"),
                      QStringLiteral("2026-10-01T00:00:00.000Z"))),
        entity(QStringLiteral("priority-second-choice"),
               seeker({kBuilding, kCleaning}, {kQingxiu}, 150, QStringLiteral("now"), priority,
                      QStringLiteral("2026-11-21T00:00:00.000Z"))),
    };
    const auto byOrder = Matching::rankSeekers(j, order, kToday, 10);
    CHECK(ids(byOrder) == QStringList{QStringLiteral("priority-second-choice"),
                                      QStringLiteral("normal-first-choice")});
    CHECK(byOrder.at(0).score.points == 100);
    CHECK(byOrder.at(0).score.reasons.at(0) == QStringLiteral("trade wanted (%1)").arg(kCleaning));
}

namespace {

struct Desk
{
    TempTerminal t;
    EmployerService employers{t->store(), t.clock(), t->audit()};
    JobService jobs{t->store(), t.clock(), t->audit()};
    StaffDesk desk{t->store(), t.clock(), t->audit()};
    Matching matching{t->store(), t->audit()};

    QString publishedJob(int headcount = 2)
    {
        auto e = employers.registerEmployer(
            employerForm(0, QStringLiteral("广西邕城家政服务有限公司")), clerkAccount());
        REQUIRE(e.ok());
        REQUIRE(employers.verify(e->id, clerkAccount()).ok());
        QJsonObject j = jobPosting(e->id);
        j.insert(QStringLiteral("headcount"), headcount);
        auto posted = jobs.post(j, clerkAccount());
        REQUIRE(posted.ok());
        return posted->id;
    }

    QString registered(int i, const QStringList& difficulties = {})
    {
        auto s = desk.registerSeeker(
            seekerForm(i, QStringLiteral("测试%1").arg(i), {kCleaning}, difficulties),
            clerkAccount());
        REQUIRE(s.ok());
        return s->id;
    }

    QJsonObject application(const QString& id)
    {
        auto a = t->store().get(entities::application(), id);
        REQUIRE(a.ok());
        REQUIRE(a.value());
        return a.value()->data;
    }
};

} // namespace

TEST_CASE("recommend, interview and hire with times, ledger and audit", "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob(1);
    const QString seekerId = d.registered(0);

    auto suggestions = d.matching.jobsForSeeker(seekerId);
    REQUIRE(suggestions.ok());
    REQUIRE(!suggestions->empty());
    CHECK(suggestions->front().job.id == jobId);
    auto candidates = d.matching.seekersForJob(jobId);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 1);

    auto app = d.matching.recommend(seekerId, jobId, clerkAccount());
    REQUIRE(app.ok());
    CHECK(d.application(app.value()).value(QLatin1String("status")).toString() ==
          QStringLiteral("recommended"));
    CHECK(!d.application(app.value()).value(QLatin1String("recommended_at")).toString().isEmpty());
    CHECK(d.matching.recommend(seekerId, jobId, clerkAccount()).error().code ==
          QStringLiteral("duplicate"));
    CHECK(d.matching.seekersForJob(jobId).value().empty()); // already paired
    // The job is now among the person's pairings, no longer among the jobs offered.
    const auto offered = d.matching.jobsForSeeker(seekerId).value();
    CHECK(offered.size() == suggestions->size() - 1);
    CHECK(std::none_of(offered.begin(), offered.end(),
                       [&](const RankedJob& r) { return r.job.id == jobId; }));

    d.t.clock().advanceMs(30 * 60'000);
    REQUIRE(
        d.matching.recordOutcome(app.value(), QStringLiteral("interviewed"), clerkAccount()).ok());
    d.t.clock().advanceMs(30 * 60'000);
    auto hired = d.matching.recordOutcome(app.value(), QStringLiteral("hired"), clerkAccount());
    REQUIRE(hired.ok());
    CHECK(hired->jobFilled); // headcount 1 reached
    const QJsonObject a = d.application(app.value());
    CHECK(a.value(QLatin1String("status")).toString() == QStringLiteral("hired"));
    CHECK(a.value(QLatin1String("recommended_at")).toString() <
          a.value(QLatin1String("interviewed_at")).toString());
    CHECK(a.value(QLatin1String("interviewed_at")).toString() <
          a.value(QLatin1String("outcome_at")).toString());
    CHECK(a.value(QLatin1String("staff")).toString() == QStringLiteral("li"));
    CHECK(d.jobs.get(jobId).value()->data.value(QLatin1String("status")).toString() ==
          QStringLiteral("filled"));

    // The ledger counts one pairing and one hire; the interview is its progress.
    const auto counted = d.desk.ledgerCounts(kToday).value();
    CHECK(counted.at(QStringLiteral("match")) == 1);
    CHECK(counted.at(QStringLiteral("progress")) == 1);
    CHECK(counted.at(QStringLiteral("hire")) == 1);
    // Each names the posting and, as many postings share a title, its employer.
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("ref_id = '%1' AND summary LIKE '%小区保洁（日结）%' AND "
                                   "summary LIKE '%（用工单位：广西邕城家政服务有限公司）'")
                        .arg(app.value())) == 3);
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action IN ('match_recommend', 'match_interviewed', "
                                   "'match_hired') AND actor = 'li'")) == 3);
    // A final outcome is final.
    auto again = d.matching.recordOutcome(app.value(), QStringLiteral("no_show"), clerkAccount());
    REQUIRE(!again.ok());
    CHECK(again.error().field == QStringLiteral("status"));
}

TEST_CASE("kiosk applications wait in the queue and a recommendation takes them up", "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob();
    const QString seekerId = d.registered(1);
    const QString phone = seekerForm(1, QString()).phone;
    ApplicationService kiosk(d.t->store(), d.t.clock());
    auto receipt = kiosk.apply(jobId, phone);
    REQUIRE(receipt.ok());
    CHECK(receipt->seekerId == seekerId);

    auto queue = d.matching.queue();
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->front().data.value(QLatin1String("confirmation_no")).toString() ==
          receipt->confirmationNo);

    auto app = d.matching.recommend(seekerId, jobId, clerkAccount());
    REQUIRE(app.ok());
    CHECK(app.value() == receipt->id); // the same pairing, not a second one
    CHECK(d.matching.queue().value().empty());
    CHECK(d.t.count(QStringLiteral("application")) == 1);

    // An application by a phone nobody registered is linked by hand.
    auto stranger = kiosk.apply(jobId, QStringLiteral("13500000001"));
    REQUIRE(stranger.ok());
    CHECK(stranger->seekerId.isEmpty());
    const QString other = d.registered(2);
    REQUIRE(d.matching.linkSeeker(stranger->id, other, clerkAccount()).ok());
    CHECK(d.application(stranger->id).value(QLatin1String("seeker_id")).toString() == other);
    REQUIRE(d.matching.recordOutcome(stranger->id, QStringLiteral("no_show"), clerkAccount()).ok());
    CHECK(!d.application(stranger->id).value(QLatin1String("outcome_at")).toString().isEmpty());
}

TEST_CASE("jobs applied for at a kiosk before registering are the person's once registered",
          "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob();
    ApplicationService kiosk(d.t->store(), d.t.clock());
    // Applied by mobile, nobody registered with it yet.
    auto receipt = kiosk.apply(jobId, seekerForm(1, QString()).phone);
    REQUIRE(receipt.ok());
    REQUIRE(receipt->seekerId.isEmpty());
    const QString seekerId = d.registered(1, {});
    // Among the person's pairings at the window, and no longer offered to them.
    const auto pairings = d.matching.forSeeker(seekerId).value();
    REQUIRE(pairings.size() == 1);
    CHECK(pairings.front().id == receipt->id);
    const auto offered = d.matching.jobsForSeeker(seekerId).value();
    CHECK(std::none_of(offered.begin(), offered.end(),
                       [&](const RankedJob& r) { return r.job.id == jobId; }));
    // Nor is the person offered to the job: they are its applicant already.
    CHECK_FALSE(ids(d.matching.seekersForJob(jobId).value()).contains(seekerId));
    // Recommended, that application is taken up, and linked to the person.
    auto taken = d.matching.recommend(seekerId, jobId, clerkAccount());
    REQUIRE(taken.ok());
    CHECK(taken.value() == receipt->id);
    CHECK(d.application(receipt->id).value(QLatin1String("seeker_id")).toString() == seekerId);
    CHECK(d.t.count(QStringLiteral("application")) == 1);

    // A mobile two records share is neither's (as when applying).
    const QString shared = seekerForm(2, QString()).phone;
    auto theirs = kiosk.apply(jobId, shared);
    REQUIRE(theirs.ok());
    QStringList sharing;
    for (int i : {2, 3}) {
        SeekerForm f = seekerForm(i, QStringLiteral("测试%1").arg(i), {kCleaning});
        f.phone = shared;
        auto s = d.desk.registerSeeker(f, clerkAccount());
        REQUIRE(s.ok());
        sharing << s->id;
    }
    for (const QString& id : sharing) {
        CHECK(d.matching.forSeeker(id).value().empty());
        CHECK(ids(d.matching.jobsForSeeker(id).value()).contains(jobId));
    }
}

TEST_CASE("a recommendation to a 困难 seeker counts towards the tiered service", "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob();
    const QString normal = d.registered(0);
    const QString hard = d.registered(3, {QStringLiteral("older")});
    TieredService tiered(d.t->store(), d.t->audit());
    REQUIRE(d.matching.recommend(normal, jobId, clerkAccount()).ok());
    REQUIRE(d.matching.recommend(hard, jobId, clerkAccount()).ok());
    CHECK(tiered.progress(normal).value().recommendations == 0);
    CHECK(tiered.progress(hard).value().recommendations == 1);
}

TEST_CASE("a recommendation made by mistake is withdrawn and no longer counts", "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob(2);
    const QString hard = d.registered(3, {QStringLiteral("older")});
    const StatisticsService stats(d.t->database(), d.t->reference());
    TieredService tiered(d.t->store(), d.t->audit());

    auto app = d.matching.recommend(hard, jobId, clerkAccount());
    REQUIRE(app.ok());
    REQUIRE(tiered.progress(hard).value().recommendations == 1);
    REQUIRE(stats.month(kToday)->recommendations == 1);
    REQUIRE(stats.month(kToday)->tieredRecommendations == 1);

    const QString madeAt =
        d.application(app.value()).value(QLatin1String("recommended_at")).toString();
    REQUIRE(!madeAt.isEmpty());
    d.t.clock().advanceMs(10 * 60'000);
    auto withdrawn = d.matching.withdrawRecommendation(app.value(), clerkAccount());
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn.value() == QStringLiteral("cancelled"));
    const QJsonObject a = d.application(app.value());
    CHECK(a.value(QLatin1String("status")).toString() == QStringLiteral("cancelled"));
    // When it was made and when it was taken back, for the window's list.
    CHECK(a.value(QLatin1String("recommended_at")).toString() == madeAt);
    CHECK(a.value(QLatin1String("outcome_at")).toString() == Clock::toWire(d.t.clock().now()));
    // Neither the month's figures nor the person's tiered services count it any more.
    CHECK(stats.month(kToday)->recommendations == 0);
    CHECK(stats.month(kToday)->tieredRecommendations == 0);
    CHECK(tiered.progress(hard).value().recommendations == 0);
    // In the ledger as a correction; the recommendation it takes back is struck out, listed but
    // no longer counted among the day's pairings.
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'correction' AND ref_id = '%1'").arg(app.value())) == 1);
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'match' AND ref_id = '%1' AND struck_reason = '%2'")
                        .arg(app.value(), QStringLiteral("推荐已撤回"))) == 1);
    CHECK(d.desk.ledgerCounts(kToday).value().count(QStringLiteral("match")) == 0);
    CHECK(d.desk.ledgerCounts(kToday).value().at(QStringLiteral("correction")) == 1);
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'match_withdraw'")) == 1);
    // The person is a candidate again, and can be recommended afresh.
    CHECK(ids(d.matching.seekersForJob(jobId).value()).contains(hard));
    auto again = d.matching.recommend(hard, jobId, clerkAccount());
    REQUIRE(again.ok());
    CHECK(again.value() != app.value());
    CHECK(tiered.progress(hard).value().recommendations == 1);
    CHECK(d.desk.ledgerCounts(kToday).value().at(QStringLiteral("match")) == 1);

    // Only a recommendation with nothing after it: an interview is real.
    REQUIRE(d.matching.recordOutcome(again.value(), QStringLiteral("interviewed"), clerkAccount())
                .ok());
    auto late = d.matching.withdrawRecommendation(again.value(), clerkAccount());
    REQUIRE(!late.ok());
    CHECK(late.error().field == QStringLiteral("status"));
    CHECK(d.application(again.value()).value(QLatin1String("status")).toString() ==
          QStringLiteral("interviewed"));
}

TEST_CASE("a kiosk application taken up by mistake goes back to the queue when withdrawn",
          "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob();
    const QString seekerId = d.registered(1);
    ApplicationService kiosk(d.t->store(), d.t.clock());
    auto receipt = kiosk.apply(jobId, seekerForm(1, QString()).phone);
    REQUIRE(receipt.ok());
    REQUIRE(d.matching.recommend(seekerId, jobId, clerkAccount()).ok());
    REQUIRE(d.matching.queue().value().empty());

    auto withdrawn = d.matching.withdrawRecommendation(receipt->id, clerkAccount());
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn.value() == QStringLiteral("applied"));
    CHECK(d.application(receipt->id).value(QLatin1String("outcome_at")).toString().isEmpty());
    CHECK(d.application(receipt->id).value(QLatin1String("recommended_at")).toString().isEmpty());
    auto queue = d.matching.queue();
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->front().id == receipt->id);
    CHECK(queue->front().data.value(QLatin1String("confirmation_no")).toString() ==
          receipt->confirmationNo);
    const StatisticsService stats(d.t->database(), d.t->reference());
    CHECK(stats.month(kToday)->recommendations == 0);
}

TEST_CASE("a recorded outcome is corrected only to another outcome, and only with a reason",
          "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob(1);
    const QString seekerId = d.registered(0);
    auto app = d.matching.recommend(seekerId, jobId, clerkAccount());
    REQUIRE(app.ok());
    // Nothing recorded yet: there is nothing to correct.
    CHECK(d.matching
              .correctOutcome(app.value(), QStringLiteral("hired"), QStringLiteral("x"),
                              clerkAccount())
              .error()
              .field == QStringLiteral("status"));
    REQUIRE(d.matching.recordOutcome(app.value(), QStringLiteral("no_show"), clerkAccount()).ok());
    CHECK(d.matching
              .correctOutcome(app.value(), QStringLiteral("hired"), QStringLiteral("  "),
                              clerkAccount())
              .error()
              .field == QStringLiteral("reason"));
    CHECK(d.matching
              .correctOutcome(app.value(), QStringLiteral("interviewed"), QStringLiteral("来过了"),
                              clerkAccount())
              .error()
              .field == QStringLiteral("status"));
    CHECK(d.application(app.value()).value(QLatin1String("status")).toString() ==
          QStringLiteral("no_show"));
    REQUIRE(d.matching
                .correctOutcome(app.value(), QStringLiteral("not_hired"), QStringLiteral("来过了"),
                                clerkAccount())
                .ok());
    CHECK(d.application(app.value()).value(QLatin1String("status")).toString() ==
          QStringLiteral("not_hired"));
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'match_correct'")) == 1);
}

TEST_CASE("a corrected hire keeps its day, and the posting follows: filled, or recruiting again",
          "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob(1);
    auto app = d.matching.recommend(d.registered(0), jobId, clerkAccount());
    REQUIRE(app.ok());
    const auto jobStatus = [&] {
        return d.t->store()
            .get(entities::job(), jobId)
            .value()
            ->data.value(QLatin1String("status"))
            .toString();
    };
    // 已到岗 keyed by mistake fills the one place.
    auto hired = d.matching.recordOutcome(app.value(), QStringLiteral("hired"), clerkAccount());
    REQUIRE(hired.ok());
    CHECK(hired->jobFilled);
    CHECK(jobStatus() == QStringLiteral("filled"));
    const QString outcomeAt =
        d.application(app.value()).value(QLatin1String("outcome_at")).toString();

    // Corrected days later: the place is open again; the outcome keeps its day.
    d.t.clock().advanceMs(3 * 24 * 3600'000LL);
    auto corrected = d.matching.correctOutcome(app.value(), QStringLiteral("no_show"),
                                               QStringLiteral("按错了"), clerkAccount());
    REQUIRE(corrected.ok());
    CHECK(corrected->jobReopened);
    CHECK(jobStatus() == QStringLiteral("published"));
    CHECK(d.application(app.value()).value(QLatin1String("outcome_at")).toString() == outcomeAt);
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'job_reopen'")) == 1);
    // In the ledger the hire is struck out, saying why, and leaves its day's count of 已到岗.
    const auto hireEntry = [&](const QString& struck) {
        return d.t.count(QStringLiteral("worklog"),
                         QStringLiteral("kind = 'hire' AND ref_id = '%1' AND struck_reason = '%2'")
                             .arg(app.value(), struck));
    };
    CHECK(hireEntry(QStringLiteral("已更正为未到场：按错了")) == 1);
    CHECK(d.desk.ledgerCounts(kToday).value().count(QStringLiteral("hire")) == 0);
    // The correction is filed under the outcome's day too, as the statistics count it there.
    CHECK(d.desk.ledgerCounts(kToday).value().at(QStringLiteral("correction")) == 1);
    const auto onTheDay = [&](const char* kind) {
        return d.desk.ledgerCounts(d.t.clock().today()).value().count(QLatin1String(kind));
    };
    CHECK(onTheDay("correction") == 0);

    // And back: the hire fills it again, and counts on its day again.
    auto again = d.matching.correctOutcome(app.value(), QStringLiteral("hired"),
                                           QStringLiteral("核实后确已到岗"), clerkAccount());
    REQUIRE(again.ok());
    CHECK(again->jobFilled);
    CHECK(jobStatus() == QStringLiteral("filled"));
    CHECK(hireEntry(QString()) == 1);
    const auto then = d.desk.ledgerCounts(kToday).value();
    CHECK(then.at(QStringLiteral("hire")) == 1);
    CHECK(then.count(QStringLiteral("correction")) == 0); // the first correction is struck too
    CHECK(onTheDay("hire") == 0);
    CHECK(onTheDay("correction") == 0);
    // The pairing itself stays counted throughout.
    CHECK(then.at(QStringLiteral("match")) == 1);
}

TEST_CASE("a correction strikes out the outcome's entry even as logged before outcomes had a kind "
          "of their own",
          "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob(2);
    auto app = d.matching.recommend(d.registered(0), jobId, clerkAccount());
    REQUIRE(app.ok());
    d.t.clock().advanceMs(60'000);
    // An older terminal logged 未录用 as a pairing.
    QJsonObject a = d.application(app.value());
    a.insert(QStringLiteral("status"), QStringLiteral("not_hired"));
    a.insert(QStringLiteral("outcome_at"), Clock::toWire(d.t.clock().now()));
    REQUIRE(d.t->store().save(entities::application(), app.value(), a).ok());
    REQUIRE(Ledger(d.t->store())
                .record(QStringLiteral("match"), QStringLiteral("未录用：“小区保洁（日结）”"),
                        QStringLiteral("li"), QStringLiteral("application"), app.value())
                .ok());
    REQUIRE(d.desk.ledgerCounts(kToday).value().at(QStringLiteral("match")) == 2);
    d.t.clock().advanceMs(60'000);
    REQUIRE(d.matching
                .correctOutcome(app.value(), QStringLiteral("hired"),
                                QStringLiteral("核实后已到岗"), clerkAccount())
                .ok());
    // The old outcome is struck, the recommendation before it is not: one pairing, one hire.
    const auto counted = d.desk.ledgerCounts(kToday).value();
    CHECK(counted.at(QStringLiteral("match")) == 1);
    CHECK(counted.at(QStringLiteral("hire")) == 1);
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("summary LIKE '未录用%' AND struck_reason <> ''")) == 1);
}

TEST_CASE("after a hire the pay is followed up: paid, or not settled, in the ledger, a corrected "
          "hire takes it away",
          "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob(2);
    auto app = d.matching.recommend(d.registered(0), jobId, clerkAccount());
    REQUIRE(app.ok());
    const auto pay = [&] {
        return d.application(app.value()).value(QLatin1String("pay_settled")).toString();
    };
    const auto ledger = [&](const char* words) {
        return d.t.count(
            QStringLiteral("worklog"),
            QStringLiteral("kind = 'followup' AND ref_id = '%1' AND summary LIKE '%%2%'")
                .arg(app.value(), QString::fromUtf8(words)));
    };
    // Nobody has started work yet: nothing to follow up.
    const Status early = d.matching.recordPay(app.value(), false, clerkAccount());
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("status"));
    CHECK(pay().isEmpty());

    REQUIRE(d.matching.recordOutcome(app.value(), QStringLiteral("hired"), clerkAccount()).ok());
    d.t.clock().advanceMs(2 * 24 * 3600'000LL);
    REQUIRE(d.matching.recordPay(app.value(), false, clerkAccount()).ok());
    CHECK(pay() == QStringLiteral("unsettled"));
    CHECK(d.application(app.value()).value(QLatin1String("pay_checked_at")).toString() ==
          Clock::toWire(d.t.clock().now()));
    CHECK(ledger("工资未结清") == 1);
    // Said again: nothing more recorded.
    REQUIRE(d.matching.recordPay(app.value(), false, clerkAccount()).ok());
    CHECK(ledger("工资未结清") == 1);
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'match_pay'")) == 1);
    // Paid a week later after all.
    d.t.clock().advanceMs(7 * 24 * 3600'000LL);
    REQUIRE(d.matching.recordPay(app.value(), true, clerkAccount()).ok());
    CHECK(pay() == QStringLiteral("settled"));
    CHECK(ledger("工资已结清") == 1);
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'match_pay'")) == 2);
    // The change goes to the platform with the application.
    CHECK(d.t.count(QStringLiteral("outbox"),
                    QStringLiteral("entity = 'application' AND entity_id = '%1' AND data LIKE "
                                   "'%\"pay_settled\":\"settled\"%'")
                        .arg(app.value())) >= 1);

    // The hire was keyed by mistake: there was no work, and no pay to follow.
    REQUIRE(d.matching
                .correctOutcome(app.value(), QStringLiteral("no_show"), QStringLiteral("按错了"),
                                clerkAccount())
                .ok());
    CHECK(pay().isEmpty());
    CHECK(d.application(app.value()).value(QLatin1String("pay_checked_at")).toString().isEmpty());
    CHECK_FALSE(d.matching.recordPay(app.value(), true, clerkAccount()).ok());
    // Its follow-ups leave the ledger's counts with it, struck out and still listed.
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'followup' AND struck_reason = ''")) == 0);
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'followup' AND struck_reason LIKE '已更正为%'")) == 2);
}

TEST_CASE("a complaint about unpaid wages names its placement, which must be a hire on record",
          "[matching]")
{
    Desk d;
    const QString jobId = d.publishedJob(2);
    auto app = d.matching.recommend(d.registered(0), jobId, clerkAccount());
    REQUIRE(app.ok());
    const auto complain = [&](const QString& placement) {
        return d.desk.recordComplaint(QStringLiteral("complaint"), QStringLiteral("拖欠工资"),
                                      QStringLiteral("13900000000"), QString(), clerkAccount(),
                                      QString(), placement);
    };
    ComplaintRepository complaints(d.t->store());
    // Only recommended: nobody has worked, so no wages are owed under it.
    auto early = complain(app.value());
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("application_id"));
    CHECK_FALSE(complain(QStringLiteral("no-such-placement")).ok());
    CHECK(d.t.count(QStringLiteral("complaint")) == 0);

    REQUIRE(d.matching.recordOutcome(app.value(), QStringLiteral("hired"), clerkAccount()).ok());
    REQUIRE(d.matching.recordPay(app.value(), false, clerkAccount()).ok());
    CHECK(complaints.aboutPlacement(app.value())->empty());
    auto first = complain(app.value());
    REQUIRE(first.ok());
    auto other = d.desk.recordComplaint(QStringLiteral("complaint"), QStringLiteral("虚假招聘"),
                                        QStringLiteral("13900000001"), QString(), clerkAccount());
    REQUIRE(other.ok());
    auto about = complaints.aboutPlacement(app.value());
    REQUIRE(about->size() == 1);
    CHECK(about->front().id == first.value());
    // One open at a time, and only a complaint.
    auto twice = complain(app.value());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == QStringLiteral("application_id"));
    auto callback = d.desk.recordComplaint(QStringLiteral("callback"), QStringLiteral("拖欠工资"),
                                           QStringLiteral("13900000000"), QString(), clerkAccount(),
                                           QString(), app.value());
    REQUIRE_FALSE(callback.ok());
    CHECK(callback.error().field == QStringLiteral("application_id"));
    CHECK(d.t.count(QStringLiteral("complaint")) == 2);
    // It travels with the complaint to the platform.
    CHECK(
        d.t.count(QStringLiteral("outbox"),
                  QStringLiteral("entity = 'complaint' AND data LIKE '%\"application_id\":\"%1\"%'")
                      .arg(app.value())) == 1);
    // Closed, then the person comes back: the open one comes first.
    d.t.clock().advanceMs(3600'000);
    REQUIRE(d.desk.closeComplaint(first.value(), QStringLiteral("已协调"), clerkAccount()).ok());
    d.t.clock().advanceMs(3600'000);
    auto again = complain(app.value());
    REQUIRE(again.ok());
    about = complaints.aboutPlacement(app.value());
    REQUIRE(about->size() == 2);
    CHECK(about->front().id == again.value());
    CHECK(about->back().id == first.value());
    CHECK(complaints.aboutPlacement(QString())->empty());

    // The person's data deleted at their request: the complaints about their wages lose the
    // number they were made with too (a relative's here), not only those made with their own.
    const QString person = d.application(app.value()).value(QLatin1String("seeker_id")).toString();
    REQUIRE(d.desk.deleteSeeker(person, QStringLiteral("本人要求删除"), clerkAccount()).ok());
    CHECK(d.t.count(QStringLiteral("complaint"),
                    QStringLiteral("application_id = '%1' AND phone = ''").arg(app.value())) == 2);
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("phone = '13900000001'")) == 1);
}

TEST_CASE("a county under its earlier name is the same place for filters and matching",
          "[matching][places]")
{
    Desk d;
    const QString jobId = d.publishedJob();
    // A record from before 横县 became 横州市, as another terminal still sends it.
    auto job = d.t->store().get(entities::job(), jobId);
    REQUIRE(job.ok());
    REQUIRE(job.value());
    QJsonObject old = job.value()->data;
    QJsonObject location = old.value(QLatin1String("location")).toObject();
    location.insert(QStringLiteral("district"), QStringLiteral("南宁市横县"));
    old.insert(QStringLiteral("location"), location);
    REQUIRE(d.t->store().save(entities::job(), jobId, old).ok());
    const QString hengzhou = QStringLiteral("南宁市横州市");

    // The kiosk's district choices name it once, by its name now.
    auto districts = KioskQueries(d.t->database()).openDistricts(d.t.clock().today());
    REQUIRE(districts.ok());
    CHECK(districts.value() == QStringList{hengzhou});

    // A kiosk filter's choice of places counts it under its name now; chosen by its earlier
    // name, the other filters' choices count it too.
    {
        JobQuery q;
        q.today = d.t.clock().today();
        auto byPlace = d.t->jobs().openCountsBy(q, QStringLiteral("district"));
        REQUIRE(byPlace.ok());
        CHECK(byPlace.value() == QHash<QString, int>{{hengzhou, 1}});
        q.districts = {QStringLiteral("横县")};
        auto byUnit = d.t->jobs().openCountsBy(q, QStringLiteral("pay_unit"));
        REQUIRE(byUnit.ok());
        CHECK(byUnit.value().size() == 1);
        CHECK(byUnit.value().cbegin().value() == 1);
        CHECK_FALSE(d.t->jobs().openCountsBy(q, QStringLiteral("title")).ok());
    }

    // Chosen by either name, the job is found, open (in memory) and among all postings.
    for (const QString& place : {hengzhou, QStringLiteral("横县")}) {
        for (const bool open : {true, false}) {
            JobQuery q;
            q.today = d.t.clock().today();
            q.openOnly = open;
            q.districts = {place};
            auto found = d.t->jobs().search(q);
            REQUIRE(found.ok());
            INFO(place.toStdString() << (open ? " open" : " all"));
            REQUIRE(found->jobs.size() == 1);
            CHECK(found->jobs.front().id == jobId);
        }
    }

    // A person who wants work in 横州市, in another trade, is offered the job and found for it.
    SeekerForm f = seekerForm(3, QStringLiteral("横州人"), {QStringLiteral("水电安装")});
    f.wantedDistricts = {hengzhou};
    auto seeker = d.desk.registerSeeker(f, clerkAccount());
    REQUIRE(seeker.ok());
    auto offered = d.matching.jobsForSeeker(seeker->id);
    REQUIRE(offered.ok());
    CHECK(std::any_of(offered->begin(), offered->end(),
                      [&](const RankedJob& r) { return r.job.id == jobId; }));
    auto found = d.matching.seekersForJob(jobId);
    REQUIRE(found.ok());
    CHECK(std::any_of(found->begin(), found->end(),
                      [&](const RankedSeeker& r) { return r.seeker.id == seeker->id; }));
}
