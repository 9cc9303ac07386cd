#include "demodata.h"
#include "tempterminal.h"

using namespace lingong;
using namespace lingong::test;

namespace {

QJsonObject job(const QString& title, const QString& occupation, const QString& district,
                double payMax, const QString& unit, const QString& start, const QString& until,
                const QString& status = QStringLiteral("published"))
{
    return QJsonObject{
        {QStringLiteral("title"), title},
        {QStringLiteral("occupation"), occupation},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("district"), district}}},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), payMax / 2},
                                            {QStringLiteral("max"), payMax},
                                            {QStringLiteral("unit"), unit}}},
        {QStringLiteral("settlement"),
         unit == QLatin1String("month") ? QStringLiteral("monthly") : QStringLiteral("daily")},
        {QStringLiteral("form"), QStringLiteral("temporary")},
        {QStringLiteral("headcount"), 2},
        {QStringLiteral("start_date"), start},
        {QStringLiteral("valid_until"), until},
        {QStringLiteral("status"), status},
    };
}

QStringList titles(const JobPage& page)
{
    QStringList out;
    for (const StoredEntity& e : page.jobs)
        out << e.data.value(QLatin1String("title")).toString();
    return out;
}

} // namespace

TEST_CASE("job queries filter, sort and page open postings", "[db][jobs]")
{
    TempTerminal t;
    EntityStore& s = t->store();
    const auto add = [&](const QJsonObject& o) {
        REQUIRE(s.save(entities::job(), EntityStore::newId(), o).ok());
        t.clock().advanceMs(60'000); // later saves are newer
    };
    add(job(QStringLiteral("A"), QStringLiteral("电工"), QStringLiteral("南宁市青秀区"), 300,
            QStringLiteral("day"), QStringLiteral("2026-11-25"), QStringLiteral("2026-12-01")));
    add(job(QStringLiteral("B"), QStringLiteral("家政保洁"), QStringLiteral("南宁市江南区"), 35,
            QStringLiteral("hour"), QStringLiteral("2026-11-23"), QStringLiteral("2026-11-30")));
    add(job(QStringLiteral("C"), QStringLiteral("保安"), QStringLiteral("南宁市青秀区"), 4350,
            QStringLiteral("month"), QStringLiteral("2026-11-24"), QStringLiteral("2026-12-31")));
    add(job(QStringLiteral("expired"), QStringLiteral("电工"), QStringLiteral("南宁市青秀区"), 300,
            QStringLiteral("day"), QStringLiteral("2026-11-01"), QStringLiteral("2026-11-21")));
    add(job(QStringLiteral("pending"), QStringLiteral("电工"), QStringLiteral("南宁市青秀区"), 300,
            QStringLiteral("day"), QStringLiteral("2026-11-25"), QStringLiteral("2026-12-01"),
            QStringLiteral("pending_review")));

    JobQuery q;
    q.today = QDate(2026, 11, 22);
    auto all = t->jobs().search(q);
    REQUIRE(all.ok());
    CHECK(titles(all.value()) ==
          QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")});
    CHECK(all->total == 3);
    CHECK(!all->totalCapped);

    q.districts = {QStringLiteral("南宁市青秀区")};
    CHECK(titles(t->jobs().search(q).value()) ==
          QStringList{QStringLiteral("C"), QStringLiteral("A")});
    q.districts.clear();

    // Highest pay per day: 300/day, 4350/21.75 = 200/day, 35*8 = 280/day.
    q.sort = JobQuery::Sort::HighestPay;
    CHECK(titles(t->jobs().search(q).value()) ==
          QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    q.sort = JobQuery::Sort::SoonestStart;
    CHECK(titles(t->jobs().search(q).value()) ==
          QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")});

    q.limit = 2;
    q.offset = 2;
    auto page2 = t->jobs().search(q);
    CHECK(titles(page2.value()) == QStringList{QStringLiteral("A")});
    CHECK(page2->total == 3);

    q = JobQuery{};
    q.today = QDate(2026, 11, 22);
    q.countCap = 2;
    auto capped = t->jobs().search(q);
    CHECK(capped->total == 2);
    CHECK(capped->totalCapped);

    q = JobQuery{};
    q.openOnly = false;
    q.statuses = {QStringLiteral("pending_review")};
    CHECK(titles(t->jobs().search(q).value()) == QStringList{QStringLiteral("pending")});

    auto counts = t->jobs().openCountsByOccupation(QDate(2026, 11, 22));
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 3);
    for (const OccupationCount& c : counts.value()) {
        CHECK(c.jobs == 1);
        CHECK(c.positions == 2);
    }
}

TEST_CASE("postings past valid-until expire through the store so the change syncs", "[db][jobs]")
{
    TempTerminal t;
    const QString id = EntityStore::newId();
    REQUIRE(t->store()
                .save(entities::job(), id,
                      job(QStringLiteral("X"), QStringLiteral("电工"),
                          QStringLiteral("南宁市青秀区"), 300, QStringLiteral("day"),
                          QStringLiteral("2026-11-20"), QStringLiteral("2026-11-23")))
                .ok());
    auto none = t->jobs().expirePast(t->store(), QDate(2026, 11, 23));
    REQUIRE(none.ok());
    CHECK(none.value() == 0);
    auto one = t->jobs().expirePast(t->store(), QDate(2026, 11, 24));
    REQUIRE(one.ok());
    CHECK(one.value() == 1);
    CHECK(t->store()
              .get(entities::job(), id)
              .value()
              ->data.value(QLatin1String("status"))
              .toString() == QStringLiteral("expired"));
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'job'")) == 2);
}

TEST_CASE("reference lists load once from the shipped data and stay editable", "[db][reference]")
{
    TempTerminal t;
    auto occupations = t->reference().occupations();
    REQUIRE(occupations.ok());
    QStringList names;
    for (const Occupation& o : occupations.value()) {
        names << o.name;
        CHECK(!o.nameEn.isEmpty());
        CHECK(!o.industry.isEmpty());
        CHECK(!o.icon.isEmpty()); // every shipped trade has its picture
        if (o.name == QStringLiteral("木工"))
            CHECK(o.icon == QStringLiteral("🪚"));
        if (o.name == QStringLiteral("厨师帮厨"))
            CHECK(o.icon == QStringLiteral("🧑‍🍳")); // one emoji of three code points
    }
    // The J5 trades, traditional and new.
    for (const char* trade :
         {"建筑搬运", "维修安装", "家政保洁", "酒店餐饮", "外卖快递", "网络直播", "创意设计"})
        CHECK(names.contains(QString::fromUtf8(trade)));
    auto industries = t->reference().industries();
    REQUIRE(industries.ok());
    CHECK(industries->size() >= 10);

    REQUIRE(t->database()
                .exec(QStringLiteral("UPDATE occupation SET active = 0 WHERE name = '普工'"))
                .ok());
    REQUIRE(t->reference().ensureLoaded().ok()); // does not reload over edits
    CHECK(t->reference().occupations()->size() == occupations->size() - 1);
}

TEST_CASE("an industry's full name is the national classification's", "[db][reference]")
{
    CHECK(ReferenceData::officialIndustryName(QStringLiteral("居民服务")) ==
          QStringLiteral("居民服务、修理和其他服务业"));
    CHECK(ReferenceData::officialIndustryName(QStringLiteral("农林牧渔业")) ==
          QStringLiteral("农、林、牧、渔业"));
    CHECK(ReferenceData::officialIndustryName(QStringLiteral("建筑业")) ==
          QStringLiteral("建筑业"));
    // One the list does not know (synced from the platform) stays as it is.
    CHECK(ReferenceData::officialIndustryName(QStringLiteral("教育")) == QStringLiteral("教育"));
}

TEST_CASE("a trade or an industry reads in the interface's language", "[db][reference]")
{
    TempTerminal t;
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
    CHECK(t->reference().displayName(QStringLiteral("电工")) == QStringLiteral("Electrician"));
    CHECK(t->reference().displayName(QStringLiteral("建筑业")) == QStringLiteral("Construction"));
    // A trade the list does not know (synced from the platform) keeps its stored name.
    CHECK(t->reference().displayName(QStringLiteral("无人机飞手")) == QStringLiteral("无人机飞手"));
    CHECK(t->reference().displayName(QString()).isEmpty());

    // A store made by an older program gets the shipped English names on the next start, and
    // keeps the hall's own edits to the lists.
    REQUIRE(t->database()
                .exec(QStringLiteral("UPDATE occupation SET name_en = 'Housekeeping & cleaning', "
                                     "active = 0 WHERE name = '家政保洁'"))
                .ok());
    ReferenceData reopened(t->database());
    REQUIRE(reopened.ensureLoaded().ok());
    CHECK(reopened.displayName(QStringLiteral("家政保洁")) == QStringLiteral("Cleaning"));
    CHECK(t.count(QStringLiteral("occupation"), QStringLiteral("active = 0")) == 1);
    QLocale::setDefault(
        QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    CHECK(t->reference().displayName(QStringLiteral("电工")) == QStringLiteral("电工"));
    QLocale::setDefault(before);
}

TEST_CASE("the audit log records who did what, newest first", "[db][audit]")
{
    TempTerminal t;
    REQUIRE(t->audit()
                .append(QStringLiteral("clerk1"), QStringLiteral("job.publish"),
                        QStringLiteral("job"), QStringLiteral("j1"))
                .ok());
    t.clock().advanceMs(1000);
    REQUIRE(t->audit()
                .append(QStringLiteral("admin"), QStringLiteral("employer.blacklist"),
                        QStringLiteral("employer"), QStringLiteral("e1"),
                        QStringLiteral("fake agency"))
                .ok());
    auto rows = t->audit().recent(10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).actor == QStringLiteral("admin"));
    CHECK(rows->at(0).detail == QStringLiteral("fake agency"));
    CHECK(rows->at(1).action == QStringLiteral("job.publish"));
    CHECK(rows->at(1).at == QStringLiteral("2026-11-22T02:00:00.000Z"));
}

TEST_CASE("the device id is made once and kept", "[db][sync]")
{
    TempTerminal t(Mode::Kiosk);
    const QString id = t->store().deviceId();
    CHECK(id.startsWith(QStringLiteral("kiosk-")));
    auto again = t->syncState().deviceId(QStringLiteral("staff"));
    REQUIRE(again.ok());
    CHECK(again.value() == id);
}
