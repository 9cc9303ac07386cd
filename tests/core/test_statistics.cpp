#include "displayfeed.h"
#include "staffdesk.h"
#include "stafffixtures.h"
#include "statistics.h"
#include "tempterminal.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace lingong;
using namespace lingong::test;

namespace {

// Hall-local (UTC+8) time as stored.
QString at(int month, int day, int hour = 10, int minute = 0, int year = 2026)
{
    return Clock::toWire(
        QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600)));
}

struct JobSpec
{
    const char* occupation;
    const char* industry;
    const char* unit;
    double payMin;
    double payMax;
    int headcount;
    const char* status;
    QString createdAt;
};

QJsonObject jobData(const JobSpec& j)
{
    return QJsonObject{
        {QStringLiteral("title"), QString::fromUtf8(j.occupation) + QStringLiteral(" job")},
        {QStringLiteral("occupation"), QString::fromUtf8(j.occupation)},
        {QStringLiteral("industry"), QString::fromUtf8(j.industry)},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), j.payMin},
                                            {QStringLiteral("max"), j.payMax},
                                            {QStringLiteral("unit"), QLatin1String(j.unit)}}},
        {QStringLiteral("headcount"), j.headcount},
        {QStringLiteral("start_date"), QStringLiteral("2026-11-01")},
        {QStringLiteral("valid_until"), QStringLiteral("2026-12-31")},
        {QStringLiteral("status"), QLatin1String(j.status)},
        {QStringLiteral("created_at"), j.createdAt},
    };
}

QString addJob(TempTerminal& t, const JobSpec& j)
{
    const QString id = EntityStore::newId();
    REQUIRE(t->store().save(entities::job(), id, jobData(j)).ok());
    return id;
}

QString addSeeker(TempTerminal& t, QStringList wanted, const QString& createdAt)
{
    const QString id = EntityStore::newId();
    REQUIRE(t->store()
                .save(entities::seeker(), id,
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("S")},
                                  {QStringLiteral("wanted_occupations"),
                                   QJsonArray::fromStringList(wanted)},
                                  {QStringLiteral("created_at"), createdAt}})
                .ok());
    return id;
}

// A kiosk application unless `channel` says otherwise.
void addApplication(TempTerminal& t, const char* status, const QString& createdAt,
                    const QString& outcomeAt = {}, const char* channel = "kiosk",
                    const QString& recommendedAt = {})
{
    REQUIRE(t->store()
                .save(entities::application(), EntityStore::newId(),
                      QJsonObject{{QStringLiteral("job_id"), QStringLiteral("j")},
                                  {QStringLiteral("seeker_id"), QStringLiteral("s")},
                                  {QStringLiteral("status"), QLatin1String(status)},
                                  {QStringLiteral("channel"), QLatin1String(channel)},
                                  {QStringLiteral("recommended_at"), recommendedAt},
                                  {QStringLiteral("outcome_at"), outcomeAt},
                                  {QStringLiteral("created_at"), createdAt}})
                .ok());
}

// `merged` merged into `kept`, as SeekerService::merge leaves them: deleted, and listed in the
// record kept.
void mergeInto(TempTerminal& t, const QString& kept, const QString& merged)
{
    auto row = t->store().get(entities::seeker(), kept);
    REQUIRE(row.ok());
    REQUIRE(row.value());
    QJsonObject data = row.value()->data;
    data.insert(QStringLiteral("merged_ids"), QJsonArray{merged});
    REQUIRE(t->store().save(entities::seeker(), kept, data).ok());
    REQUIRE(t->store().remove(entities::seeker(), merged).ok());
}

QStringList names(const std::vector<TradeBalance>& list)
{
    QStringList out;
    for (const TradeBalance& b : list)
        out << b.name;
    return out;
}

const TradeBalance* find(const std::vector<TradeBalance>& list, const QString& name)
{
    for (const TradeBalance& b : list) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

// The November 2026 fixture, computed by hand in the test below.
void novemberFixture(TempTerminal& t)
{
    addJob(t, {"电工", "建筑业", "day", 200, 300, 2, "published", at(11, 3)});
    addJob(t, {"电工", "", "day", 0, 300, 1, "filled", at(11, 10)});
    addJob(t, {"家政保洁", "", "hour", 25, 35, 3, "expired", at(11, 15)});
    addJob(t, {"保安", "租赁和商务服务业", "month", 4350, 4350, 4, "published", at(11, 1, 0, 0)});
    addJob(t, {"装卸搬运", "交通运输仓储和邮政业", "piece", 1, 2, 5, "published", at(11, 12)});
    addJob(t, {"创意设计", "信息技术服务业", "project", 500, 3000, 1, "published", at(11, 13)});
    addJob(t, {"普工", "制造业", "day", 0, 0, 2, "published", at(11, 14)});
    // Not demand in November: pending review, withdrawn at the window before it was published,
    // October (one minute before midnight), deleted.
    addJob(t, {"电工", "建筑业", "day", 200, 300, 9, "pending_review", at(11, 4)});
    {
        QJsonObject d = jobData({"电工", "建筑业", "day", 200, 300, 7, "withdrawn", at(11, 5)});
        d.insert(QStringLiteral("source"), QStringLiteral("staff"));
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), d).ok());
    }
    addJob(t, {"电工", "建筑业", "day", 200, 300, 8, "published", at(10, 31, 23, 59)});
    const QString gone = addJob(t, {"电工", "建筑业", "day", 200, 300, 6, "published", at(11, 6)});
    REQUIRE(t->store().remove(entities::job(), gone).ok());

    addSeeker(t, {u("电工"), u("木工")}, at(11, 2)); // counts under 电工 only
    const QString twice = addSeeker(t, {u("电工")}, at(11, 2));
    addSeeker(t, {u("家政保洁")}, at(11, 3));
    addSeeker(t, {u("家政保洁")}, at(11, 4));
    addSeeker(t, {u("家政保洁")}, at(11, 20));
    addSeeker(t, {u("木工")}, at(11, 5));
    addSeeker(t, {}, at(11, 6));
    addSeeker(t, {u("电工")}, at(10, 30)); // October
    // The same person registered again, merged into the first record: once.
    mergeInto(t, twice, addSeeker(t, {u("保安")}, at(11, 7)));

    addApplication(t, "applied", at(11, 5));
    addApplication(t, "hired", at(11, 6), at(11, 7));
    addApplication(t, "hired", at(10, 30), at(11, 2)); // matched in October, hired in November
    addApplication(t, "cancelled", at(11, 8));
    addApplication(t, "hired", at(11, 9), at(12, 1));
    // Recommendations at the window: two of people the clerk matched (one cancelled), one of a
    // kiosk application, and one made in October.
    addApplication(t, "recommended", at(11, 10), {}, "staff", at(11, 10));
    addApplication(t, "cancelled", at(11, 10), {}, "staff", at(11, 10));
    addApplication(t, "interviewed", at(11, 11), {}, "kiosk", at(11, 12));
    addApplication(t, "recommended", at(10, 20), {}, "staff", at(10, 20));
}

} // namespace

TEST_CASE("daily wage normalises hour, day and month pay and leaves piece and project out",
          "[app][statistics]")
{
    CHECK(StatisticsService::dailyWage(20, 30, QStringLiteral("hour")) == Approx(200.0));
    CHECK(StatisticsService::dailyWage(20, 30, QStringLiteral("hour"), 4) == Approx(100.0));
    CHECK(StatisticsService::dailyWage(180, 220, QStringLiteral("day"), 4) == Approx(200.0));
    CHECK(StatisticsService::dailyWage(180, 220, QStringLiteral("day")) == Approx(200.0));
    CHECK(StatisticsService::dailyWage(4350, 4350, QStringLiteral("month")) == Approx(200.0));
    CHECK(StatisticsService::dailyWage(0, 300, QStringLiteral("day")) == Approx(300.0));
    CHECK(StatisticsService::dailyWage(250, 0, QStringLiteral("day")) == Approx(250.0));
    CHECK(!StatisticsService::dailyWage(1, 2, QStringLiteral("piece")));
    CHECK(!StatisticsService::dailyWage(500, 3000, QStringLiteral("project")));
    CHECK(!StatisticsService::dailyWage(0, 0, QStringLiteral("day")));
    CHECK(!StatisticsService::dailyWage(100, 200, QStringLiteral("week")));
}

TEST_CASE("rankings take the highest and lowest n and list trades without seekers apart",
          "[app][statistics]")
{
    std::vector<TradeBalance> trades;
    for (int i = 0; i < 12; ++i) {
        const int seekers = 10;
        trades.push_back({QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')), 1, i * 5, seekers,
                          double(i * 5) / seekers});
    }
    trades.push_back({QStringLiteral("none-a"), 1, 3, 0, std::nullopt});
    trades.push_back({QStringLiteral("none-b"), 2, 8, 0, std::nullopt});
    trades.push_back({QStringLiteral("empty"), 0, 0, 0, std::nullopt}); // neither: not listed

    const Ranking r = StatisticsService::rank(trades, 5);
    CHECK(names(r.highest) == QStringList{QStringLiteral("t11"), QStringLiteral("t10"),
                                          QStringLiteral("t09"), QStringLiteral("t08"),
                                          QStringLiteral("t07")});
    CHECK(names(r.lowest) == QStringList{QStringLiteral("t00"), QStringLiteral("t01"),
                                         QStringLiteral("t02"), QStringLiteral("t03"),
                                         QStringLiteral("t04")});
    CHECK(names(r.noSeekers) == QStringList{QStringLiteral("none-b"), QStringLiteral("none-a")});

    // Fewer than 2n rated trades: split, the larger half on top, nobody in both lists.
    const std::vector<TradeBalance> three(trades.begin(), trades.begin() + 3);
    const Ranking small = StatisticsService::rank(three, 5);
    CHECK(names(small.highest) == QStringList{QStringLiteral("t02"), QStringLiteral("t01")});
    CHECK(names(small.lowest) == QStringList{QStringLiteral("t00")});
    const Ranking one = StatisticsService::rank({trades[4]}, 5);
    CHECK(names(one.highest) == QStringList{QStringLiteral("t04")});
    CHECK(one.lowest.empty());

    // Ties: more positions first, then by name.
    const std::vector<TradeBalance> tied{{QStringLiteral("b"), 1, 2, 2, 1.0},
                                         {QStringLiteral("a"), 1, 2, 2, 1.0},
                                         {QStringLiteral("c"), 1, 4, 4, 1.0}};
    CHECK(names(StatisticsService::rank(tied, 3).highest) ==
          QStringList{QStringLiteral("c"), QStringLiteral("a")});

    // A trade tied with the last of a list joins it; never one already in the other list.
    std::vector<TradeBalance> edge;
    const double ratios[] = {3.0, 2.5, 2.0, 2.0, 2.0, 1.5, 1.0, 0.5, 0.5, 0.2};
    for (int i = 0; i < 10; ++i)
        edge.push_back({QStringLiteral("e%1").arg(i), 1, 10 - i, 1, ratios[i]});
    const Ranking wide = StatisticsService::rank(edge, 3);
    CHECK(names(wide.highest) == QStringList{QStringLiteral("e0"), QStringLiteral("e1"),
                                             QStringLiteral("e2"), QStringLiteral("e3"),
                                             QStringLiteral("e4")});
    CHECK(names(wide.lowest) ==
          QStringList{QStringLiteral("e9"), QStringLiteral("e8"), QStringLiteral("e7")});
    const Ranking lowTie = StatisticsService::rank(edge, 2);
    CHECK(names(lowTie.highest) == QStringList{QStringLiteral("e0"), QStringLiteral("e1")});
    CHECK(names(lowTie.lowest) ==
          QStringList{QStringLiteral("e9"), QStringLiteral("e8"), QStringLiteral("e7")});
    // Every trade equal: the lists meet in the middle and share nobody.
    std::vector<TradeBalance> flat;
    for (int i = 0; i < 6; ++i)
        flat.push_back({QStringLiteral("f%1").arg(i), 1, 2, 2, 1.0});
    const Ranking level = StatisticsService::rank(flat, 2);
    CHECK(level.highest.size() + level.lowest.size() == 6);
    for (const TradeBalance& h : level.highest)
        CHECK_FALSE(names(level.lowest).contains(h.name));
    // A month without postings: every trade is at 0, all of them lowest, none highest.
    std::vector<TradeBalance> unasked;
    for (int i = 0; i < 8; ++i)
        unasked.push_back({QStringLiteral("u%1").arg(i), 1, 0, 3 + i, 0.0});
    const Ranking idle = StatisticsService::rank(unasked, 3);
    CHECK(idle.highest.empty());
    CHECK(idle.lowest.size() == 8);
    // Two trades asked for among zeros: only those two can be highest.
    unasked[5].positions = 2;
    unasked[5].ratio = 2.0 / 8;
    unasked[6].positions = 1;
    unasked[6].ratio = 1.0 / 9;
    const Ranking few = StatisticsService::rank(unasked, 3);
    CHECK(names(few.highest) == QStringList{QStringLiteral("u5"), QStringLiteral("u6")});
    CHECK(few.lowest.size() == 6);
    for (const TradeBalance& l : few.lowest)
        CHECK(*l.ratio == 0.0);
}

TEST_CASE("monthly statistics on a hand-computed month", "[app][statistics]")
{
    TempTerminal t;
    novemberFixture(t);
    const StatisticsService stats(t->database(), t->reference());
    auto r = stats.month(QDate(2026, 11, 22));
    REQUIRE(r.ok());
    const MonthlyStatistics& s = r.value();
    CHECK(s.month == QDate(2026, 11, 1));
    CHECK(s.through == QDate(2026, 11, 30));

    // Seven postings went public in November: 2 + 1 + 3 + 4 + 5 + 1 + 2 positions.
    CHECK(s.postings == 7);
    CHECK(s.positions == 18);
    CHECK(s.seekersRegistered == 7);
    // Applications the seekers made: 5th, 6th, 9th and 11th (the cancelled one not); made at the
    // window: the 10th and the kiosk application taken up on the 12th.
    CHECK(s.applications == 4);
    CHECK(s.recommendations == 2);
    CHECK(s.hires == 2);

    // Occupations: 电工 3 positions / 2 seekers; 家政保洁 3 / 3; 木工 0 / 1 (the second choice
    // of the first seeker does not count); 保安 4 / 0 has no ratio.
    const TradeBalance* electrician = find(s.byOccupation, u("电工"));
    REQUIRE(electrician);
    CHECK(electrician->postings == 2);
    CHECK(electrician->positions == 3);
    CHECK(electrician->seekers == 2);
    CHECK(*electrician->ratio == Approx(1.5));
    REQUIRE(find(s.byOccupation, u("木工")));
    CHECK(*find(s.byOccupation, u("木工"))->ratio == Approx(0.0));
    REQUIRE(find(s.byOccupation, u("保安")));
    CHECK(!find(s.byOccupation, u("保安"))->ratio);
    CHECK(s.byOccupation.size() == 7);

    CHECK(names(s.occupationRanking.highest) == QStringList{u("电工"), u("家政保洁")});
    CHECK(names(s.occupationRanking.lowest) == QStringList{u("木工")});
    CHECK(names(s.occupationRanking.noSeekers) ==
          QStringList{u("装卸搬运"), u("保安"), u("普工"), u("创意设计")});

    // Industries: a posting without one takes its occupation's (家政保洁 → 居民服务, the second
    // 电工 → 建筑业); seekers follow their first choice's industry (木工 → 建筑业).
    const TradeBalance* building = find(s.byIndustry, u("建筑业"));
    REQUIRE(building);
    CHECK(building->positions == 3);
    CHECK(building->seekers == 3);
    CHECK(*building->ratio == Approx(1.0));
    const TradeBalance* household = find(s.byIndustry, u("居民服务"));
    REQUIRE(household);
    CHECK(household->positions == 3);
    CHECK(household->seekers == 3);
    // Both 1.0 with 3 positions: by name.
    CHECK(names(s.industryRanking.highest) == QStringList{u("居民服务")});
    CHECK(names(s.industryRanking.lowest) == QStringList{u("建筑业")});
    CHECK(s.industryRanking.noSeekers.size() == 4);

    // Wages: 电工 (250 × 2 + 300 × 1) / 3; 家政保洁 30 × 8; 保安 4350 / 21.75.
    REQUIRE(s.wages.size() == 3);
    CHECK(s.wages[0].occupation == u("电工"));
    CHECK(s.wages[0].averagePerDay == Approx(800.0 / 3.0));
    CHECK(s.wages[0].positions == 3);
    CHECK(s.wages[1].occupation == u("家政保洁"));
    CHECK(s.wages[1].averagePerDay == Approx(240.0));
    CHECK(s.wages[2].occupation == u("保安"));
    CHECK(s.wages[2].averagePerDay == Approx(200.0));
    CHECK(s.wageExcludedPiece == 1);
    CHECK(s.wageExcludedProject == 1);
    CHECK(s.wageExcludedUnstated == 1);
}

TEST_CASE("month to date, empty months and the published month", "[app][statistics]")
{
    TempTerminal t;
    novemberFixture(t);
    const StatisticsService stats(t->database(), t->reference());

    // Up to 9 November: the 电工 posting of the 3rd and the 保安 one of the 1st at 00:00.
    auto early = stats.month(QDate(2026, 11, 22), QDate(2026, 11, 9));
    REQUIRE(early.ok());
    CHECK(early->through == QDate(2026, 11, 9));
    CHECK(early->postings == 2);
    CHECK(early->positions == 6);
    CHECK(early->seekersRegistered == 6);

    // October holds one posting (23:59 on the 31st), one seeker, one application and one
    // recommendation.
    auto october = stats.month(QDate(2026, 10, 1));
    REQUIRE(october.ok());
    CHECK(october->postings == 1);
    CHECK(october->positions == 8);
    CHECK(october->seekersRegistered == 1);
    CHECK(october->applications == 1);
    CHECK(october->recommendations == 1);
    CHECK(october->hires == 0);

    // An empty month: zeros and empty lists, never a division by zero.
    auto december = stats.month(QDate(2026, 12, 15));
    REQUIRE(december.ok());
    CHECK(december->isEmpty());
    CHECK(december->positions == 0);
    CHECK(december->byOccupation.empty());
    CHECK(december->occupationRanking.highest.empty());
    CHECK(december->occupationRanking.lowest.empty());
    CHECK(december->occupationRanking.noSeekers.empty());
    CHECK(december->wages.empty());
    CHECK(december->hires == 1); // the hire recorded on 1 December

    // The wall publishes the whole month before through the 10th, then the month to date; the
    // month before also while the new one is empty.
    DisplayFeed feed(t.terminal());
    auto nov = feed.publishedStatistics(QDate(2026, 11, 22));
    REQUIRE(nov.ok());
    CHECK(nov->month == QDate(2026, 11, 1));
    CHECK(nov->through == QDate(2026, 11, 22));
    auto dec1 = feed.publishedStatistics(QDate(2026, 12, 1));
    REQUIRE(dec1.ok());
    CHECK(dec1->month == QDate(2026, 11, 1));
    CHECK(dec1->through == QDate(2026, 11, 30));
    addJob(t, {"电工", "建筑业", "day", 200, 300, 1, "published", at(12, 1, 8)});
    for (const int day : {1, 10}) {
        auto early = feed.publishedStatistics(QDate(2026, 12, day));
        REQUIRE(early.ok());
        CHECK(early->month == QDate(2026, 11, 1));
        CHECK(early->through == QDate(2026, 11, 30));
    }
    auto dec11 = feed.publishedStatistics(QDate(2026, 12, 11));
    REQUIRE(dec11.ok());
    CHECK(dec11->month == QDate(2026, 12, 1));
    CHECK(dec11->through == QDate(2026, 12, 11));
    CHECK(dec11->postings == 1);
    // Early in January: December whole, with its posting of the 1st.
    auto jan3 = feed.publishedStatistics(QDate(2027, 1, 3));
    REQUIRE(jan3.ok());
    CHECK(jan3->month == QDate(2026, 12, 1));
}

namespace {

void addPrioritySeeker(TempTerminal& t, const QString& createdAt, const char* tier)
{
    REQUIRE(t->store()
                .save(entities::seeker(), EntityStore::newId(),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("S")},
                                  {QStringLiteral("tier"), QLatin1String(tier)},
                                  {QStringLiteral("created_at"), createdAt}})
                .ok());
}

QString addService(TempTerminal& t, const char* kind, const QString& when)
{
    const QString id = EntityStore::newId();
    REQUIRE(t->store()
                .save(entities::serviceRecord(), id,
                      QJsonObject{{QStringLiteral("seeker_id"), QStringLiteral("s")},
                                  {QStringLiteral("kind"), QLatin1String(kind)},
                                  {QStringLiteral("at"), when}})
                .ok());
    return id;
}

QString addRequest(TempTerminal& t, const QString& createdAt, const QString& deadline,
                   const QString& closedAt = {})
{
    const QString id = EntityStore::newId();
    REQUIRE(t->store()
                .save(entities::complaint(), id,
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("complaint")},
                                  {QStringLiteral("category"), QStringLiteral("工资")},
                                  {QStringLiteral("phone"), QStringLiteral("13977110000")},
                                  {QStringLiteral("deadline"), deadline},
                                  {QStringLiteral("status"), closedAt.isEmpty()
                                                                 ? QStringLiteral("open")
                                                                 : QStringLiteral("closed")},
                                  {QStringLiteral("closed_at"), closedAt},
                                  {QStringLiteral("created_at"), createdAt}})
                .ok());
    return id;
}

} // namespace

TEST_CASE("the month counts seekers in difficulty, tiered services and how requests were answered",
          "[app][statistics]")
{
    TempTerminal t;
    addPrioritySeeker(t, at(11, 2), "priority");
    addPrioritySeeker(t, at(11, 3), "priority");
    addPrioritySeeker(t, at(11, 3), "normal");
    addPrioritySeeker(t, at(10, 31, 23, 59), "priority"); // October

    addService(t, "guidance", at(11, 1, 0, 0));
    addService(t, "recommendation", at(11, 5));
    addService(t, "recommendation", at(11, 6));
    addService(t, "recommendation", at(11, 30, 23, 59));
    addService(t, "training", at(12, 1, 0, 0)); // December
    const QString undone = addService(t, "training", at(11, 7));
    REQUIRE(t->store().remove(entities::serviceRecord(), undone).ok());

    // Requests, all due at 18:00 on the day given.
    // a: made and closed in time in November.
    addRequest(t, at(11, 2), at(11, 3, 18), at(11, 3, 9));
    // b: made in November, closed late in November.
    addRequest(t, at(11, 10), at(11, 11, 18), at(11, 13, 9));
    // c: made in October, closed late in November: closed in November, overdue in October.
    addRequest(t, at(10, 28), at(10, 29, 18), at(11, 4, 9));
    // d: made in November, still open, due on the 20th: overdue.
    addRequest(t, at(11, 18), at(11, 20, 18));
    // e: made in November, due 1 December, open: not overdue in November.
    addRequest(t, at(11, 27), at(12, 1, 18));
    // f: due in November, closed late in December: overdue at the end of November.
    addRequest(t, at(11, 24), at(11, 25, 18), at(12, 2, 9));
    // h: made and closed in November, with no deadline on record (one from elsewhere): closed,
    // never late, never overdue.
    addRequest(t, at(11, 8), QString(), at(11, 9));
    // g: deleted.
    const QString gone = addRequest(t, at(11, 5), at(11, 6, 18));
    REQUIRE(t->store().remove(entities::complaint(), gone).ok());

    const StatisticsService stats(t->database(), t->reference());
    auto nov = stats.month(QDate(2026, 11, 1));
    REQUIRE(nov.ok());
    CHECK(nov->prioritySeekersRegistered == 2);
    CHECK(nov->seekersRegistered == 3);
    CHECK(nov->tieredGuidance == 1);
    CHECK(nov->tieredRecommendations == 3);
    CHECK(nov->tieredTraining == 0);
    CHECK(nov->requests.received == 6);   // a b d e f h
    CHECK(nov->requests.closed == 4);     // a b c h
    CHECK(nov->requests.closedLate == 2); // b c
    CHECK(nov->requests.overdue == 2);    // d f

    auto oct = stats.month(QDate(2026, 10, 1));
    REQUIRE(oct.ok());
    CHECK(oct->prioritySeekersRegistered == 1);
    CHECK(oct->requests.received == 1);
    CHECK(oct->requests.closed == 0);
    CHECK(oct->requests.overdue == 1); // c, closed only in November

    auto dec = stats.month(QDate(2026, 12, 1));
    REQUIRE(dec.ok());
    CHECK(dec->tieredTraining == 1);
    CHECK(dec->requests.closed == 1); // f
    CHECK(dec->requests.closedLate == 1);
    CHECK(dec->requests.overdue == 2); // d and e, still open

    // Month to date, as of the 20th at noon: d is due that evening, not overdue yet; f not made.
    const QDateTime noon(QDate(2026, 11, 20), QTime(12, 0), QTimeZone(8 * 3600));
    auto toDate = stats.month(QDate(2026, 11, 1), QDate(2026, 11, 20), noon.toUTC());
    REQUIRE(toDate.ok());
    CHECK(toDate->requests.received == 4); // a b d h
    CHECK(toDate->requests.overdue == 0);
    auto evening = stats.month(QDate(2026, 11, 1), QDate(2026, 11, 20), noon.addSecs(7 * 3600));
    REQUIRE(evening.ok());
    CHECK(evening->requests.overdue == 1);
}

TEST_CASE("statistics of an empty store", "[app][statistics]")
{
    TempTerminal t;
    const StatisticsService stats(t->database(), t->reference());
    auto r = stats.month(QDate(2026, 11, 22));
    REQUIRE(r.ok());
    CHECK(r->isEmpty());
    CHECK(r->applications == 0);
    CHECK(r->recommendations == 0);
    CHECK(r->wages.empty());
}

TEST_CASE("a store failure reaches the caller as an error", "[app][statistics]")
{
    TempTerminal t;
    t->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
        if (sql.contains(QLatin1String("FROM seeker")))
            return makeError(QStringLiteral("database"), QStringLiteral("disk I/O error"));
        return std::nullopt;
    });
    const StatisticsService stats(t->database(), t->reference());
    auto r = stats.month(QDate(2026, 11, 22));
    REQUIRE(!r.ok());
    CHECK(r.error().code == QStringLiteral("database"));
    t->database().setFaultInjector({});
}

TEST_CASE("a posting counts in the month it was published, not the month it was sent in",
          "[app][statistics]")
{
    TempTerminal t;
    const StatisticsService stats(t->database(), t->reference());
    // Sent in from a kiosk on 28 November, approved at the window on 2 December.
    QJsonObject late = jobData({"电工", "建筑业", "day", 200, 300, 3, "published", at(11, 28)});
    late.insert(QStringLiteral("published_at"), at(12, 2));
    REQUIRE(t->store().save(entities::job(), EntityStore::newId(), late).ok());
    // Published the day it was entered.
    addJob(t, {"保安", "租赁和商务服务业", "day", 150, 150, 2, "published", at(11, 20)});

    auto november = stats.month(QDate(2026, 11, 1));
    REQUIRE(november.ok());
    CHECK(november->postings == 1);
    CHECK(november->positions == 2);
    auto december = stats.month(QDate(2026, 12, 1), QDate(2026, 12, 5));
    REQUIRE(december.ok());
    CHECK(december->postings == 1);
    CHECK(december->positions == 3);
}

namespace {

void addLedgerEntry(TempTerminal& t, const char* day, const QString& struckAt = {},
                    const QString& staff = QStringLiteral("clerk"), const QString& refEntity = {})
{
    REQUIRE(t->store()
                .save(entities::worklog(), EntityStore::newId(),
                      QJsonObject{{QStringLiteral("at"), at(1, 1)},
                                  {QStringLiteral("day"), QLatin1String(day)},
                                  {QStringLiteral("kind"), QStringLiteral("other")},
                                  {QStringLiteral("staff"), staff},
                                  {QStringLiteral("summary"), QStringLiteral("entry")},
                                  {QStringLiteral("struck_reason"),
                                   struckAt.isEmpty() ? QString() : QStringLiteral("wrong")},
                                  {QStringLiteral("struck_at"), struckAt},
                                  {QStringLiteral("ref_entity"), refEntity}})
                .ok());
}

} // namespace

TEST_CASE("the directory entry's figures cover the last twelve months of the hall's records",
          "[app][statistics]")
{
    TempTerminal t;
    // Twelve months up to 22 November 2026: from 1 December 2025.
    addJob(t, {"保安", "", "month", 4000, 4000, 4, "published", at(12, 1, 0, 0, 2025)});
    addJob(t, {"电工", "", "day", 200, 300, 2, "published", at(11, 3)});
    addJob(t, {"电工", "", "day", 200, 300, 1, "filled", at(11, 10)});
    addJob(t, {"家政保洁", "", "hour", 25, 35, 3, "expired", at(1, 15)});
    addJob(t, {"水电安装", "", "day", 250, 300, 3, "published", at(6, 1)});
    addJob(t, {"装卸搬运", "", "piece", 1, 2, 2, "published", at(7, 1)});
    addJob(t, {"木工", "", "day", 250, 300, 1, "published", at(8, 1)});
    // Not counted: before the twelve months, waiting for review, deleted.
    addJob(t, {"普工", "", "day", 150, 200, 9, "published", at(11, 30, 23, 59, 2025)});
    addJob(t, {"木工", "", "day", 250, 300, 9, "pending_review", at(8, 2)});
    const QString gone = addJob(t, {"木工", "", "day", 250, 300, 9, "published", at(8, 3)});
    REQUIRE(t->store().remove(entities::job(), gone).ok());

    addSeeker(t, {u("电工")}, at(12, 5, 10, 0, 2025));
    addSeeker(t, {}, at(3, 1));
    const QString kept = addSeeker(t, {u("保安")}, at(11, 22, 9, 0));
    addSeeker(t, {u("保安")}, at(11, 30, 10, 0, 2025)); // before
    mergeInto(t, kept, addSeeker(t, {u("保安")}, at(5, 1)));

    addApplication(t, "hired", at(1, 1), at(1, 2));
    addApplication(t, "hired", at(4, 1), at(4, 2));
    addApplication(t, "hired", at(9, 1), at(9, 3));
    addApplication(t, "hired", at(11, 20), at(11, 22, 8, 0));
    addApplication(t, "hired", at(11, 1, 10, 0, 2025), at(11, 28, 10, 0, 2025)); // before
    addApplication(t, "interviewed", at(10, 1), at(10, 2));

    const StatisticsService service(t->database(), t->reference());
    const QDate today(2026, 11, 22);
    {
        // Without a ledger the calendar days count: 1 Dec 2025 to 22 Nov 2026 is 357 days.
        const DirectoryFigures d = service.directory(today).value();
        CHECK(d.from == QDate(2025, 12, 1));
        CHECK(d.through == today);
        CHECK(d.seekersRegistered == 3);
        CHECK(d.hires == 4);
        CHECK(d.ledgerDays == 0);
        CHECK(d.daysCounted() == 357);
        CHECK(d.placementsText() ==
              u("0.011人（2025年12月1日至2026年11月22日到岗4人，按357天计）"));
    }

    // The ledger's days at work: three (two entries on one day); a day whose only entry was
    // struck out, a day with only a kiosk's entry, and a day before the twelve months, are not
    // among them.
    addLedgerEntry(t, "2026-01-02");
    addLedgerEntry(t, "2026-01-02");
    addLedgerEntry(t, "2026-04-02");
    addLedgerEntry(t, "2026-11-22");
    addLedgerEntry(t, "2026-09-03", at(9, 3, 12, 0));
    addLedgerEntry(t, "2025-11-30");
    addLedgerEntry(t, "2026-06-07", {}, QString()); // a kiosk's, with nobody at work
    const DirectoryFigures d = service.directory(today).value();
    CHECK(d.ledgerDays == 3);
    // A hire corrected away was struck out by the correction, not by hand: the clerk was at work
    // that day all the same.
    addLedgerEntry(t, "2026-07-08", at(7, 9, 12, 0), QStringLiteral("clerk"),
                   QStringLiteral("application"));
    CHECK(service.directory(today).value().ledgerDays == 4);
    CHECK(d.dailyPlacements() == Approx(4.0 / 3.0));
    // Most people wanted first; equal ones by name; five at most (木工 with one is left out).
    CHECK(names(d.mainTrades) ==
          QStringList{u("保安"), u("家政保洁"), u("水电安装"), u("电工"), u("装卸搬运")});
    CHECK(d.mainTrades.front().positions == 4);
    // Published in Chinese, whatever the clerk's screen speaks.
    CHECK(d.tradesText() == u("保安、家政保洁、水电安装、电工、装卸搬运"));
    {
        // A trade with as many people wanted as the fifth joins the list.
        addJob(t, {"木工", "", "day", 250, 300, 1, "published", at(8, 5)});
        const DirectoryFigures tied = service.directory(today).value();
        CHECK(names(tied.mainTrades) == QStringList{u("保安"), u("家政保洁"), u("水电安装"),
                                                    u("电工"), u("木工"), u("装卸搬运")});
        CHECK_FALSE(tied.moreTrades);
        // Up to eight; more tied than that are said to be there.
        for (const char* trade : {"普工", "保洁员", "厨师帮厨", "绿化养护"})
            addJob(t, {trade, "", "day", 150, 200, 2, "published", at(8, 6)});
        const DirectoryFigures many = service.directory(today).value();
        CHECK(many.mainTrades.size() == 8);
        CHECK(many.moreTrades);
        CHECK(many.tradesText().endsWith(u("等")));
        CHECK(many.tradesText().count(u("、")) == 7);
    }
    CHECK(d.seekerScaleText() == u("3人（2025年12月1日至2026年11月22日登记）"));
    CHECK(d.placementsText() ==
          u("1.3人（2025年12月1日至2026年11月22日到岗4人，按有台账记录的3个工作日计）"));
}

TEST_CASE("a person whose data was deleted at their request still counts in the month they "
          "registered",
          "[app][statistics]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    const StatisticsService service(t->database(), t->reference());
    auto a =
        desk.registerSeeker(seekerForm(1, QStringLiteral("黄美玲"), {u("保安")}), clerkAccount());
    auto b = desk.registerSeeker(
        seekerForm(2, QStringLiteral("蒙丽娟"), {u("家政保洁")}, {QStringLiteral("low_income")}),
        clerkAccount());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const QDate today = t.clock().today();
    const MonthlyStatistics before = service.month(today).value();
    REQUIRE(before.seekersRegistered == 2);
    REQUIRE(before.prioritySeekersRegistered >= 1);

    // Lists that name nobody, or the record itself, merge nothing away.
    for (const auto& [id, list] :
         {std::pair{a->id, QJsonArray{QJsonValue(), 12}}, std::pair{b->id, QJsonArray{b->id}}}) {
        QJsonObject data = t->store().get(entities::seeker(), id).value()->data;
        data.insert(QStringLiteral("merged_ids"), list);
        REQUIRE(t->store().save(entities::seeker(), id, data).ok());
    }
    REQUIRE(desk.deleteSeeker(b->id, QStringLiteral("本人申请删除"), clerkAccount()).ok());
    REQUIRE(t.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);
    const MonthlyStatistics after = service.month(today).value();
    CHECK(after.seekersRegistered == 2);
    CHECK(after.prioritySeekersRegistered == before.prioritySeekersRegistered);
    CHECK(find(after.byOccupation, u("家政保洁"))->seekers == 1);
    CHECK(service.directory(today).value().seekersRegistered == 2);
    // As the ledger says: two registrations.
    CHECK(desk.ledgerCountsOfMonth(today).value().at(QStringLiteral("registration")) == 2);
}

TEST_CASE("a posting published in a month and withdrawn later still counts in that month, one "
          "turned down at review never does",
          "[app][statistics]")
{
    TempTerminal t;
    const auto add = [&t](const char* status, const QString& publishedAt, const char* reviewNote,
                          const char* source = "staff") {
        QJsonObject d = jobData({"电工", "", "day", 200, 200, 2, status, at(11, 2)});
        d.insert(QStringLiteral("published_at"), publishedAt);
        d.insert(QStringLiteral("review_note"), QString::fromUtf8(reviewNote));
        d.insert(QStringLiteral("source"), QLatin1String(source));
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), d).ok());
    };
    add("published", at(11, 3), "");
    add("withdrawn", at(11, 4), "");                 // taken down in December: November's demand
    add("withdrawn", QString(), "");                 // withdrawn before it was ever published
    add("withdrawn", QString(), "联系电话无法接通"); // turned down at review
    add("withdrawn", QString(), "", "kiosk");        // a kiosk's, withdrawn while waiting
    // The platform's, which names no time of publishing: public from the month it came.
    add("withdrawn", QString(), "", "");
    const StatisticsService stats(t->database(), t->reference());
    auto r = stats.month(QDate(2026, 11, 1));
    REQUIRE(r.ok());
    CHECK(r->postings == 3);
    CHECK(r->positions == 6);
}

TEST_CASE("hourly pay counts for the hours a posting names, 8 when it names none",
          "[app][statistics]")
{
    TempTerminal t;
    const auto add = [&t](const char* occupation, double pay, const char* hours, int headcount) {
        QJsonObject d =
            jobData({occupation, "", "hour", pay, pay, headcount, "published", at(11, 3)});
        d.insert(QStringLiteral("work_hours"), QString::fromUtf8(hours));
        REQUIRE(t->store().save(entities::job(), EntityStore::newId(), d).ok());
    };
    add("家政保洁", 30, "8:00-12:00", 1);              // a morning: 120
    add("家政保洁", 30, "8:00-12:00，14:00-18:00", 1); // 240
    add("普工", 20, "8:00-20:00", 2);                  // 12 hours: 240
    add("保安", 25, "按排班", 1);                      // no hours named: 8, 200
    const StatisticsService stats(t->database(), t->reference());
    auto r = stats.month(QDate(2026, 11, 1));
    REQUIRE(r.ok());
    const auto wage = [&r](const char* occupation) {
        for (const TradeWage& w : r->wages)
            if (w.occupation == QString::fromUtf8(occupation))
                return w.averagePerDay;
        return -1.0;
    };
    CHECK(wage("家政保洁") == Approx(180.0));
    CHECK(wage("普工") == Approx(240.0));
    CHECK(wage("保安") == Approx(200.0));
}

TEST_CASE("the month's hires whose pay was followed up as settled and as not settled",
          "[app][statistics]")
{
    TempTerminal t;
    const auto hire = [&t](const char* status, const QString& outcomeAt, const char* pay) {
        REQUIRE(t->store()
                    .save(entities::application(), EntityStore::newId(),
                          QJsonObject{{QStringLiteral("job_id"), QStringLiteral("j")},
                                      {QStringLiteral("seeker_id"), QStringLiteral("s")},
                                      {QStringLiteral("status"), QLatin1String(status)},
                                      {QStringLiteral("channel"), QStringLiteral("staff")},
                                      {QStringLiteral("outcome_at"), outcomeAt},
                                      {QStringLiteral("created_at"), at(11, 1)},
                                      {QStringLiteral("pay_settled"), QLatin1String(pay)},
                                      {QStringLiteral("pay_checked_at"), at(12, 2)}})
                    .ok());
    };
    hire("hired", at(11, 3), "settled");
    hire("hired", at(11, 4), "settled");
    hire("hired", at(11, 5), "unsettled");
    hire("hired", at(11, 6), "");          // not asked yet
    hire("hired", at(12, 1), "unsettled"); // a December hire
    hire("not_hired", at(11, 7), "");
    const StatisticsService stats(t->database(), t->reference());
    auto r = stats.month(QDate(2026, 11, 1));
    REQUIRE(r.ok());
    CHECK(r->hires == 4);
    CHECK(r->hiresPaid == 2);
    CHECK(r->hiresUnpaid == 1);
}

TEST_CASE("the month's seekers and hires by gender, age and education", "[app][statistics]")
{
    TempTerminal t;
    const auto person = [&t](const char* gender, const char* birth, const char* education,
                             const QString& createdAt) {
        const QString id = EntityStore::newId();
        REQUIRE(t->store()
                    .save(entities::seeker(), id,
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("S")},
                                      {QStringLiteral("gender"), QLatin1String(gender)},
                                      {QStringLiteral("birth_date"), QLatin1String(birth)},
                                      {QStringLiteral("education"), u(education)},
                                      {QStringLiteral("created_at"), createdAt}})
                    .ok());
        return id;
    };
    // Registered at 01:00 hall time on 10 November (9 November in UTC): 25 that day.
    person("male", "2001-11-10", "大专", at(11, 10, 1, 0));
    person("female", "2001-11-11", "技校", at(11, 10)); // 25 tomorrow
    const QString older = person("female", "1971-05-01", "初中", at(11, 10));
    person("male", "1980-01-01", "小学", at(11, 10));
    person("", "", "", at(11, 10));                       // data deleted at the person's request
    person("male", "1990-01-01", "小学", at(10, 31, 23)); // October
    // Registered twice and merged; the record merged away keeps no personal data.
    const QString kept = person("male", "1985-06-01", "高中/中专", at(11, 11));
    const QString merged = person("", "", "", at(11, 12));
    mergeInto(t, kept, merged);
    person("female", "2012-03-01", "小学", at(11, 13)); // a child's ID number, entered by mistake
    const auto hire = [&t](const QString& seeker, const QString& outcomeAt) {
        REQUIRE(t->store()
                    .save(entities::application(), EntityStore::newId(),
                          QJsonObject{{QStringLiteral("job_id"), QStringLiteral("j")},
                                      {QStringLiteral("seeker_id"), seeker},
                                      {QStringLiteral("status"), QStringLiteral("hired")},
                                      {QStringLiteral("channel"), QStringLiteral("staff")},
                                      {QStringLiteral("outcome_at"), outcomeAt},
                                      {QStringLiteral("created_at"), at(11, 12)}})
                    .ok());
    };
    hire(older, at(11, 15));
    hire(QString(), at(11, 16)); // a kiosk application of somebody not registered
    hire(older, at(12, 1));      // December
    hire(merged, at(11, 18));    // made on a terminal that has not heard of the merge yet

    const StatisticsService service(t->database(), t->reference());
    const MonthlyStatistics s = service.month(QDate(2026, 11, 1)).value();
    REQUIRE(s.seekersRegistered == 7);
    REQUIRE(s.hires == 3);
    QStringList rows;
    for (const ProfileRow& p : s.profile)
        rows << QStringLiteral("%1 %2 %3 %4").arg(p.dimension, p.value).arg(p.seekers).arg(p.hires);
    CHECK(rows == QStringList{
                      QStringLiteral("gender male 3 1"),
                      QStringLiteral("gender female 3 1"),
                      QStringLiteral("gender  1 1"),
                      QStringLiteral("age -15 1 0"),
                      QStringLiteral("age 16-24 1 0"),
                      QStringLiteral("age 25-34 1 0"),
                      QStringLiteral("age 35-44 1 1"),
                      QStringLiteral("age 45-54 1 0"),
                      QStringLiteral("age 55+ 1 1"),
                      QStringLiteral("age  1 1"),
                      u("education 小学 2 0"),
                      u("education 初中 1 1"),
                      u("education 高中/中专 1 1"),
                      u("education 大专 1 0"),
                      u("education 本科及以上 0 0"),
                      u("education 技校 1 0"),
                      QStringLiteral("education  1 1"),
                  });
    // Every dimension adds up to the month's totals.
    for (const char* dimension : {"gender", "age", "education"}) {
        int seekers = 0;
        int hires = 0;
        for (const ProfileRow& p : s.profile) {
            if (p.dimension == QLatin1String(dimension)) {
                seekers += p.seekers;
                hires += p.hires;
            }
        }
        CHECK(seekers == s.seekersRegistered);
        CHECK(hires == s.hires);
    }

    // A month with nobody still lists every gender, age band and level of education, at zero.
    const MonthlyStatistics empty = service.month(QDate(2026, 9, 1)).value();
    CHECK(empty.profile.size() == 12);
    for (const ProfileRow& p : empty.profile)
        CHECK(p.seekers + p.hires == 0);
}
