#include "demodata.h"
#include "entityspec.h"
#include "jobservice.h"
#include "jobvalidation.h"
#include "referencedata.h"
#include "requestchecklist.h"
#include "staffdesk.h"
#include "statistics.h"
#include "tempterminal.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <map>
#include <set>

using namespace lingong;
using namespace lingong::test;

namespace {

// A fingerprint of everything in the synced tables except per-store bookkeeping (modified_at is
// the import time, the hash key is random per store).
QByteArray fingerprint(TempTerminal& t)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const EntitySpec* spec : entities::all()) {
        auto rows = t->database().exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                           .arg(EntityStore::selectColumns(*spec), spec->table));
        REQUIRE(rows.ok());
        while (rows.value().next()) {
            const StoredEntity e = EntityStore::fromRow(*spec, rows.value());
            h.addData(e.id.toUtf8());
            h.addData(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
        }
    }
    return h.result().toHex();
}

// The jobs the generator makes, not the postings of the demo's kiosk (seedActivity).
const QString kGenerated = QStringLiteral("source <> 'kiosk'");

} // namespace

TEST_CASE("demo data is deterministic and tops up exactly", "[app][demo]")
{
    TempTerminal a;
    TempTerminal b;
    TempTerminal c;
    REQUIRE(DemoData(a->store()).seed(300).ok());
    REQUIRE(DemoData(b->store()).seed(300).ok());
    CHECK(fingerprint(a) == fingerprint(b));

    // 120 then up to 300 gives the same store as 300 at once.
    REQUIRE(DemoData(c->store()).seed(120).ok());
    CHECK(c.count(QStringLiteral("job"), kGenerated) == 120);
    REQUIRE(DemoData(c->store()).seed(300).ok());
    CHECK(c.count(QStringLiteral("job"), kGenerated) == 300);
    CHECK(fingerprint(c) == fingerprint(a));

    // Seeding again is a no-op; demo rows never reach the outbox.
    REQUIRE(DemoData(a->store()).seed(300).ok());
    CHECK(a.count(QStringLiteral("job"), kGenerated) == 300);
    CHECK(a.count(QStringLiteral("outbox")) == 0);
    // Two postings made at the kiosk wait for review, once however often the demo is seeded.
    CHECK(a.count(QStringLiteral("job"), QStringLiteral("source = 'kiosk' AND status = "
                                                        "'pending_review'")) == 2);
}

TEST_CASE("demo data of more than one batch has every job once, also topped up", "[app][demo]")
{
    // Batches of 20,000: the next one is generated while one is written.
    TempTerminal a;
    std::vector<int> steps;
    REQUIRE(DemoData(a->store()).seed(20500, [&](int done) { steps.push_back(done); }).ok());
    CHECK(steps == std::vector<int>{20000, 20500});
    CHECK(a.count(QStringLiteral("job"), kGenerated) == 20500);
    // Seeded into a store without jobs, the job indexes were made at the end: the same ones as
    // a new store's, and whole.
    auto jobIndexes = [](TempTerminal& t) {
        QStringList out;
        auto r = t->database().exec(
            QStringLiteral("SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_schema WHERE "
                           "type = 'index' AND tbl_name = 'job' ORDER BY name"));
        while (r.value().next())
            out << r.value().value(0).toString();
        return out;
    };
    TempTerminal fresh;
    CHECK(jobIndexes(a) == jobIndexes(fresh));
    CHECK(a->database().scalar(QStringLiteral("PRAGMA integrity_check")).value().toString() ==
          QStringLiteral("ok"));

    TempTerminal b;
    REQUIRE(DemoData(b->store()).seed(19990).ok());
    steps.clear();
    REQUIRE(DemoData(b->store()).seed(20500, [&](int done) { steps.push_back(done); }).ok());
    CHECK(steps == std::vector<int>{20500});
    CHECK(b.count(QStringLiteral("job"), kGenerated) == 20500);
    CHECK(fingerprint(b) == fingerprint(a));
}

TEST_CASE("demo data looks like a Nanning hall", "[app][demo]")
{
    TempTerminal t;
    REQUIRE(DemoData(t->store()).seed(500).ok());
    // Every job names a known occupation and its industry, a Nanning district and a sane pay,
    // and an employer unless it was posted at the kiosk by the person hiring.
    auto bad = t->database().scalar(QStringLiteral(
        "SELECT COUNT(*) FROM job j LEFT JOIN occupation o ON o.name = j.occupation "
        "WHERE o.name IS NULL OR o.industry <> j.industry OR j.district NOT LIKE '南宁市%' "
        "OR j.pay_min <= 0 OR j.pay_min > j.pay_max OR j.headcount < 1 OR j.valid_until < "
        "j.start_date "
        "OR j.title = '' OR (j.employer_name = '' AND j.source <> 'kiosk')"));
    REQUIRE(bad.ok());
    CHECK(bad.value().toInt() == 0);
    // Most are open today, every trade of the list is represented, and the J5 new kinds are there.
    auto open = t->database().scalar(QStringLiteral(
        "SELECT COUNT(*) FROM job WHERE status = 'published' AND valid_until >= '2026-11-22'"));
    CHECK(open.value().toInt() > 350);
    // A few withdrawn, as in a hall.
    CHECK(t.count(QStringLiteral("job"), QStringLiteral("status = 'withdrawn'")) * 100 <= 5 * 500);
    auto trades =
        t->database().scalar(QStringLiteral("SELECT COUNT(DISTINCT occupation) FROM job"));
    auto listed = t->database().scalar(QStringLiteral("SELECT COUNT(*) FROM occupation"));
    CHECK(trades.value().toInt() == listed.value().toInt());
    CHECK(t.count(QStringLiteral("job"),
                  QStringLiteral("occupation IN ('外卖快递','网络直播','创意设计')")) > 0);
    // Day-paid work pays 100-400 yuan a day, monthly work 3,000-10,000 yuan.
    CHECK(t.count(QStringLiteral("job"),
                  QStringLiteral("pay_unit = 'day' AND (pay_min < 100 OR pay_max > 400)")) == 0);
    CHECK(t.count(QStringLiteral("job"),
                  QStringLiteral("pay_unit = 'month' AND (pay_min < 3000 OR pay_max > 10000)")) ==
          0);
    // Content for every kiosk page, and the market's own directory entry (L4).
    for (const char* kind : {"policy", "training", "institution", "business", "rights", "market"})
        CHECK(t.count(QStringLiteral("content"),
                      QStringLiteral("kind = '%1'").arg(QLatin1String(kind))) > 0);
    CHECK(t.count(QStringLiteral("seeker")) > 0);
    CHECK(t.count(QStringLiteral("seeker"), QStringLiteral("id_hash = '' OR consent_at = ''")) ==
          0);
    // Enterprises carry valid credit codes, so a clerk can verify them.
    auto codes = t->database().exec(
        QStringLiteral("SELECT credit_code FROM employer WHERE kind = 'enterprise'"));
    REQUIRE(codes.ok());
    int checked = 0;
    while (codes.value().next()) {
        INFO(codes.value().value(0).toString().toStdString());
        CHECK(validation::checkCreditCode(codes.value().value(0).toString()).ok());
        ++checked;
    }
    CHECK(checked > 40);
    // No two employers share a name: a clerk picking one from a list can tell them apart.
    CHECK(t.count(QStringLiteral("employer")) ==
          t->database()
              .scalar(QStringLiteral("SELECT COUNT(DISTINCT name) FROM employer"))
              .value()
              .toInt());
    // Weeks of work at the window: matches in every state, kiosk applications with their
    // confirmation numbers, call-back requests with owners and deadlines, and the ledger.
    for (const char* status :
         {"applied", "recommended", "interviewed", "hired", "not_hired", "no_show"})
        CHECK(t.count(QStringLiteral("application"),
                      QStringLiteral("status = '%1'").arg(QLatin1String(status))) > 0);
    CHECK(t.count(QStringLiteral("application"),
                  QStringLiteral("channel = 'kiosk' AND length(confirmation_no) = 6")) > 0);
    CHECK(t.count(QStringLiteral("application"),
                  QStringLiteral("job_id NOT IN (SELECT id FROM job) OR seeker_id NOT IN "
                                 "(SELECT id FROM seeker)")) == 0);
    CHECK(t.count(QStringLiteral("complaint"), QStringLiteral("status = 'open'")) > 0);
    CHECK(t.count(QStringLiteral("complaint"), QStringLiteral("owner = '' OR deadline = ''")) == 0);
    // The complaints about an employer name one on record; the call-backs nobody.
    CHECK(t.count(
              QStringLiteral("complaint"),
              QStringLiteral("kind = 'complaint' AND employer_id IN (SELECT id FROM employer)")) ==
          t.count(QStringLiteral("complaint"), QStringLiteral("kind = 'complaint'")));
    CHECK(t.count(QStringLiteral("complaint"),
                  QStringLiteral("kind = 'callback' AND employer_id <> ''")) == 0);
    CHECK(t.count(QStringLiteral("worklog")) > 50);
    // The ledger holds what the services would have logged: each registration, guidance and
    // training referral, and request, so that a month's ledger agrees with its statistics.
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'registration'")) ==
          t.count(QStringLiteral("seeker")));
    CHECK(t.count(QStringLiteral("worklog"),
                  QStringLiteral("kind = 'registration' AND ref_id NOT IN (SELECT id FROM seeker "
                                 "s WHERE substr(s.created_at, 1, 10) <= worklog.day)")) == 0);
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'consultation' AND "
                                                            "ref_entity = 'service_record'")) ==
          t.count(QStringLiteral("service_record"),
                  QStringLiteral("kind IN ('guidance', 'registration_guidance', "
                                 "'pension_guidance', 'injury_guidance')")));
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'training'")) ==
          t.count(QStringLiteral("service_record"), QStringLiteral("kind = 'training'")));
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'complaint'")) ==
          t.count(QStringLiteral("complaint")));
    // A posting waits for review for a reason the review page can give the clerk.
    {
        JobService jobs(t->store(), t.clock(), t->audit());
        auto queue = jobs.reviewQueue();
        REQUIRE(queue.ok());
        REQUIRE_FALSE(queue->jobs.empty());
        for (const StoredEntity& e : queue->jobs) {
            INFO(e.data.value(QLatin1String("title")).toString().toStdString());
            CHECK_FALSE(jobs.reviewReasons(e.data).isEmpty());
        }
    }
    // Requests of a matter the kiosk and the window name are spelled as they spell it (拖欠工资,
    // not 工资拖欠), so that one matter is not counted as two.
    {
        auto categories = t->database().exec(QStringLiteral("SELECT category FROM complaint"));
        REQUIRE(categories.ok());
        int named = 0;
        while (categories.value().next()) {
            const QString category = categories.value().value(0).toString();
            for (const QString& known : RequestChecklist::categories()) {
                if (RequestChecklist::items(category) == RequestChecklist::items(known) &&
                    known != QStringLiteral("其他问题")) {
                    INFO(category.toStdString());
                    CHECK(category == known);
                    ++named;
                }
            }
        }
        CHECK(named >= 3);
    }
    {
        // A month's registrations in the ledger are the seekers its statistics count.
        const QDate today = t.clock().today();
        const StatisticsService stats(t->database(), t->reference());
        auto month = stats.month(today, today);
        REQUIRE(month.ok());
        REQUIRE(month->seekersRegistered > 0);
        auto logged = StaffDesk(t->store(), t.clock(), t->audit()).ledgerCountsOfMonth(today);
        REQUIRE(logged.ok());
        CHECK(logged->at(QStringLiteral("registration")) == month->seekersRegistered);
        // Their schooling is on record for nearly all, 初中 the most common, as in a real hall.
        std::map<QString, int> schooling;
        for (const ProfileRow& row : month->profile)
            if (row.dimension == QLatin1String("education"))
                schooling[row.value] += row.seekers;
        CHECK(schooling[QString()] * 10 < month->seekersRegistered);
        for (const auto& [level, n] : schooling)
            CHECK(n <= schooling[QStringLiteral("初中")]);
        CHECK(schooling.size() >= 5);
    }
    // The older workers by their ID numbers (women from 40, men from 50) are in difficulty, and
    // only they (or people with another difficulty) are.
    CHECK(t.count(QStringLiteral("seeker"), QStringLiteral("tier = 'priority'")) > 0);
    auto olderByAge = t->database().exec(
        QStringLiteral("SELECT id_number, difficulties FROM seeker WHERE deleted = 0"));
    REQUIRE(olderByAge.ok());
    while (olderByAge.value().next()) {
        const QString number = olderByAge.value().value(0).toString();
        auto id = validation::checkIdNumber(number, t.clock().today());
        REQUIRE(id.ok());
        INFO(number.toStdString());
        CHECK(olderByAge.value().value(1).toString().contains(QStringLiteral("older")) ==
              validation::isOlderWorker(id.value(), t.clock().today()));
    }
    // The tiered package under way for some of them: for people in difficulty only, in the
    // package's order, none in the future.
    CHECK(t.count(QStringLiteral("service_record")) > 20);
    const QString tiered = QStringLiteral("kind IN ('guidance', 'recommendation', 'training')");
    CHECK(t.count(QStringLiteral("service_record"),
                  tiered + QStringLiteral(" AND seeker_id NOT IN (SELECT id FROM seeker WHERE "
                                          "tier = 'priority')")) == 0);
    CHECK(t.count(QStringLiteral("service_record"),
                  QStringLiteral("at > '%1'").arg(Clock::toWire(t.clock().now()))) == 0);
    for (const char* kind : {"guidance", "recommendation", "training", "registration_guidance",
                             "pension_guidance", "injury_guidance"})
        CHECK(t.count(QStringLiteral("service_record"),
                      QStringLiteral("kind = '%1'").arg(QLatin1String(kind))) > 0);
    // Guidance on registration and insurance (S3) for people of every tier, on occupational-injury
    // cover only for those who want delivery work.
    CHECK(t.count(QStringLiteral("service_record"),
                  QStringLiteral("kind = 'registration_guidance' AND seeker_id IN (SELECT id FROM "
                                 "seeker WHERE tier = 'normal')")) > 0);
    CHECK(t.count(QStringLiteral("service_record"),
                  QStringLiteral("kind = 'injury_guidance' AND seeker_id NOT IN (SELECT id FROM "
                                 "seeker WHERE wanted_occupations LIKE '%外卖快递%')")) == 0);
    // None of it is queued for the platform.
    CHECK(t.count(QStringLiteral("outbox")) == 0);
}

TEST_CASE("demo job seekers' given names go with the gender their ID number gives", "[app][demo]")
{
    TempTerminal t;
    REQUIRE(DemoData(t->store()).seed(20).ok());
    REQUIRE(t.count(QStringLiteral("seeker"), QStringLiteral("gender = 'female'")) > 100);
    REQUIRE(t.count(QStringLiteral("seeker"), QStringLiteral("gender = 'male'")) > 100);
    for (const char* man : {"志强", "海军", "建华", "国庆", "文斌", "永福"})
        CHECK(t.count(QStringLiteral("seeker"),
                      QStringLiteral("gender = 'female' AND name LIKE '%%1'")
                          .arg(QString::fromUtf8(man))) == 0);
    for (const char* woman : {"秀英", "桂兰", "美玲", "春梅", "丽娟", "金凤"})
        CHECK(
            t.count(QStringLiteral("seeker"), QStringLiteral("gender = 'male' AND name LIKE '%%1'")
                                                  .arg(QString::fromUtf8(woman))) == 0);
    // Few people share a whole name.
    auto most = t->database().scalar(
        QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM seeker GROUP BY name)"));
    REQUIRE(most.ok());
    CHECK(most.value().toInt() <= 8);
}

TEST_CASE("demo shops are named for their owner, who takes the calls, and post no public jobs",
          "[app][demo]")
{
    TempTerminal t;
    REQUIRE(DemoData(t->store()).seed(600).ok());
    QSqlQuery q(t->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, name, contact_name, kind FROM employer")));
    static const QRegularExpression shop(QStringLiteral("^\\S+?[区县市](\\S+?)记服务部$"));
    std::set<QString> shops;
    int enterprises = 0;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString contact = q.value(2).toString();
        INFO(name.toStdString() << " / " << contact.toStdString());
        CHECK_FALSE(name.contains(QStringLiteral("（")));
        if (q.value(3).toString() != QLatin1String("individual")) {
            ++enterprises;
            continue;
        }
        shops.insert(q.value(0).toString());
        const auto m = shop.match(name);
        REQUIRE(m.hasMatch());
        // The owner of 江南谢记 is 谢师傅.
        CHECK(m.captured(1).endsWith(contact.chopped(2)));
        CHECK(contact.endsWith(QStringLiteral("师傅")));
    }
    CHECK(shops.size() >= 5);
    CHECK(enterprises > int(shops.size()));
    REQUIRE(q.exec(QStringLiteral("SELECT employer_id FROM job WHERE public_welfare = 1")));
    int welfare = 0;
    while (q.next()) {
        ++welfare;
        CHECK(shops.count(q.value(0).toString()) == 0);
    }
    CHECK(welfare > 5);
}

TEST_CASE("demo postings make sense to someone who knows Nanning", "[app][demo]")
{
    TempTerminal t;
    REQUIRE(DemoData(t->store()).seed(600).ok());
    const QString today = t.clock().today().toString(Qt::ISODate);
    QSqlQuery q(t->database().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT j.title, j.occupation, j.district, j.address, j.settlement, j.status, "
        "j.start_date, j.public_welfare, j.headcount, e.name, e.verification FROM job j JOIN "
        "employer e ON e.id = j.employer_id")));
    static const QRegularExpression place(QStringLiteral("^(南宁市.+?[区县市])(.+?)\\d+号$"));
    std::map<QString, std::set<QString>> districtsOfStreet;
    int callOuts = 0;
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString title = q.value(0).toString();
        const QString occupation = q.value(1).toString();
        const QString district = q.value(2).toString();
        const QString status = q.value(5).toString();
        const QString employer = q.value(9).toString();
        INFO(title.toStdString() << " / " << employer.toStdString() << " / "
                                 << q.value(3).toString().toStdString());
        // The address is in the job's district, on a street of that district; work done at
        // customers' homes names the district it covers.
        if (q.value(3).toString().endsWith(QStringLiteral("按单上门"))) {
            CHECK(q.value(3).toString().startsWith(district));
            ++callOuts;
        } else {
            const auto m = place.match(q.value(3).toString());
            REQUIRE(m.hasMatch());
            CHECK(m.captured(1) == district);
            districtsOfStreet[m.captured(2)].insert(district);
        }
        // A title that says 日结 is paid daily.
        if (title.contains(QStringLiteral("日结")))
            CHECK(q.value(4).toString() == QStringLiteral("daily"));
        // Live postings start today or later, and only from verified employers (J3).
        if (status == QStringLiteral("published")) {
            CHECK(q.value(6).toString() >= today);
            CHECK(q.value(10).toString() == QStringLiteral("verified"));
        }
        // 公益性岗位 are greening, cleaning and guarding.
        if (q.value(7).toInt() != 0)
            CHECK(QStringList{QStringLiteral("绿化养护"), QStringLiteral("家政保洁"),
                              QStringLiteral("保安")}
                      .contains(occupation));
        // Nannies and carers come one or two at a time, from a household-services company or
        // a care home.
        if (occupation == QStringLiteral("育婴护理") || occupation == QStringLiteral("养老护工")) {
            CHECK(q.value(8).toInt() <= 4);
            CHECK((employer.contains(QStringLiteral("家政")) ||
                   employer.contains(QStringLiteral("养老"))));
        }
        if (occupation == QStringLiteral("农业采收"))
            CHECK(employer.contains(QStringLiteral("农业")));
    }
    CHECK(rows == 600);
    // Every city street belongs to one district. (Streets in county towns are named with their
    // town in front, and the common names, 人民路 and the like, recur from town to town; Wuming
    // and Long'an both have a 城厢镇.)
    int cityStreets = 0;
    for (const auto& [street, districts] : districtsOfStreet) {
        if (street.contains(QStringLiteral("镇")))
            continue;
        INFO(street.toStdString());
        CHECK(districts.size() == 1);
        ++cityStreets;
    }
    CHECK(cityStreets >= 15);
    CHECK(callOuts > 0);
    // How long the work lasts is its own, and a posting takes people on until its last day at the
    // latest (nobody is hired for a day's work a week after it was done); many close before.
    REQUIRE(q.exec(QStringLiteral("SELECT description, start_date, valid_until FROM job WHERE "
                                  "description LIKE '%用工周期约%天%'")));
    static const QRegularExpression days(QStringLiteral("用工周期约(\\d+)天"));
    int lasting = 0;
    int longer = 0;
    int shorter = 0;
    while (q.next()) {
        const auto m = days.match(q.value(0).toString());
        REQUIRE(m.hasMatch());
        ++lasting;
        const int span = int(QDate::fromString(q.value(1).toString(), Qt::ISODate)
                                 .daysTo(QDate::fromString(q.value(2).toString(), Qt::ISODate))) +
                         1;
        if (span > m.captured(1).toInt())
            ++longer;
        else if (span < m.captured(1).toInt())
            ++shorter;
    }
    REQUIRE(lasting > 100);
    // (Open past its work only when the work began before today and is still listed.)
    CHECK(longer * 10 < lasting);
    CHECK(shorter * 5 > lasting);
}

TEST_CASE("every demo posting passes the checks the platform applies", "[app][demo]")
{
    TempTerminal t;
    REQUIRE(DemoData(t->store()).seed(300).ok());
    QSqlQuery ids(t->database().connection());
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM job WHERE status IN ('published', "
                                    "'pending_review')")));
    int checked = 0;
    while (ids.next()) {
        auto job = t->store().get(entities::job(), ids.value(0).toString());
        REQUIRE(job.ok());
        REQUIRE(job.value());
        const Status st =
            validateJob(job.value()->data, t.clock().today(), &ReferenceData::occupationNames());
        INFO(job.value()->data.value(QLatin1String("title")).toString().toStdString());
        CHECK(st.ok());
        if (!st.ok())
            FAIL_CHECK(st.error().message.toStdString());
        ++checked;
    }
    CHECK(checked > 200);
}

TEST_CASE(
    "demo registrations, applications, requests and the ledger fall in opening hours, none ahead",
    "[app][demo]")
{
    TempTerminal t;
    REQUIRE(DemoData(t->store()).seed(300).ok());
    const QDateTime now = t.clock().now();
    const auto rows = [&t](const EntitySpec& spec) {
        std::vector<QJsonObject> out;
        auto q = t->database().exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                        .arg(EntityStore::selectColumns(spec), spec.table));
        REQUIRE(q.ok());
        while (q.value().next())
            out.push_back(EntityStore::fromRow(spec, q.value()).data);
        return out;
    };
    std::set<QString> minutes;
    std::set<QDate> days;
    const auto inHours = [&](const QJsonObject& d, const char* key, const QTime& latest) {
        const QString wire = d.value(QLatin1String(key)).toString();
        if (wire.isEmpty())
            return;
        const QDateTime at = Clock::fromWire(wire);
        INFO(key << " " << wire.toStdString());
        CHECK(at <= now);
        const QDateTime local = at.toOffsetFromUtc(8 * 3600);
        CHECK(local.time() >= QTime(7, 30));
        CHECK(local.time() <= latest);
        // The hall opens Monday to Saturday.
        CHECK(local.date().dayOfWeek() != Qt::Sunday);
        minutes.insert(local.time().toString(QStringLiteral("HH:mm")));
        days.insert(local.date());
    };
    for (const QJsonObject& d : rows(entities::seeker()))
        inHours(d, "created_at", QTime(17, 30));
    // The steps after an application follow it within the afternoon.
    for (const QJsonObject& d : rows(entities::application())) {
        inHours(d, "applied_at", QTime(17, 30));
        inHours(d, "outcome_at", QTime(17, 30));
    }
    for (const QJsonObject& d : rows(entities::complaint()))
        inHours(d, "created_at", QTime(17, 30));
    // Postings too, those of the kiosk and the generated ones.
    for (const QJsonObject& d : rows(entities::job()))
        inHours(d, "created_at", QTime(17, 30));
    // Guidance is given in the minutes after a registration at the window.
    for (const QJsonObject& d : rows(entities::serviceRecord()))
        inHours(d, "at", QTime(18, 30));
    for (const QJsonObject& d : rows(entities::worklog()))
        inHours(d, "at", QTime(18, 30));
    // Spread over the day and over the two months, not all at the moment of seeding.
    CHECK(minutes.size() > 100);
    CHECK(days.size() > 50);
}
