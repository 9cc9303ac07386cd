#include "discrimination.h"
#include "jobservice.h"
#include "jobvalidation.h"
#include "kioskposting.h"
#include "matching.h"
#include "referencedata.h"
#include "stafffixtures.h"
#include "tempterminal.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace lingong;
using namespace lingong::test;

namespace {

// What a person taps for a cleaner, two days' work from tomorrow.
KioskPosting cleaner()
{
    KioskPosting p;
    p.occupation = QStringLiteral("家政保洁");
    p.industry = QStringLiteral("居民服务");
    p.district = QStringLiteral("南宁市青秀区");
    p.place = QStringLiteral("home");
    p.starts = QStringLiteral("tomorrow");
    p.duration = QStringLiteral("3d");
    p.hours = QStringLiteral("day");
    p.headcount = 2;
    p.pay = 160;
    p.payUnit = QStringLiteral("day");
    p.settlement = QStringLiteral("daily");
    p.offers = {QStringLiteral("tools"), QStringLiteral("meals")};
    p.phone = QStringLiteral("13907715678");
    p.surname = QStringLiteral("韦");
    p.honorific = QStringLiteral("ms");
    return p;
}

QString at(const QJsonObject& job, const char* key, const char* sub = nullptr)
{
    const QJsonValue v = job.value(QLatin1String(key));
    return sub ? v.toObject().value(QLatin1String(sub)).toString() : v.toString();
}

} // namespace

TEST_CASE("a kiosk posting reads as the hall writes postings", "[kioskposting]")
{
    const QDate today(2026, 11, 22); // a Sunday
    const QJsonObject job = cleaner().toJob(today);
    CHECK(at(job, "title") == QStringLiteral("家政保洁（日结）"));
    CHECK(at(job, "occupation") == QStringLiteral("家政保洁"));
    CHECK(at(job, "industry") == QStringLiteral("居民服务"));
    CHECK(at(job, "skills") == QStringLiteral("无特别要求"));
    CHECK(at(job, "location", "district") == QStringLiteral("南宁市青秀区"));
    CHECK(at(job, "location", "address") == QStringLiteral("居民家中（详细地址电话告知）"));
    CHECK(at(job, "work_hours") == QStringLiteral("8:00-17:00，共2至3天"));
    CHECK(job.value(QLatin1String("pay")).toObject().value(QLatin1String("min")).toInt() == 160);
    CHECK(job.value(QLatin1String("pay")).toObject().value(QLatin1String("max")).toInt() == 160);
    CHECK(at(job, "pay", "unit") == QStringLiteral("day"));
    CHECK(job.value(QLatin1String("headcount")).toInt() == 2);
    CHECK(at(job, "start_date") == QStringLiteral("2026-11-23"));
    // Open for applications until the last of the three days.
    CHECK(at(job, "valid_until") == QStringLiteral("2026-11-25"));
    CHECK(at(job, "form") == QStringLiteral("temporary"));
    CHECK(at(job, "contact", "name") == QStringLiteral("韦女士"));
    CHECK(at(job, "contact", "phone") == QStringLiteral("13907715678"));
    CHECK(at(job, "employer_id").isEmpty());
    CHECK(at(job, "status") == QStringLiteral("pending_review"));
    CHECK(at(job, "source") == QStringLiteral("kiosk"));
    // In the order of the list, not of the taps.
    // Under 工作内容 it says what the work is, then what the employer gives.
    CHECK(at(job, "description") ==
          QStringLiteral("家政保洁的活，在居民家中干，共2至3天。招工方提供：管饭、提供工具。"));
    // The person hiring is the contact: there is no employer, nor an employer's name that the
    // clerk could not correct.
    CHECK_FALSE(job.contains(QLatin1String("employer_name")));

    KioskPosting p = cleaner();
    p.hours = QStringLiteral("evening");
    CHECK(at(p.toJob(today), "form") == QStringLiteral("part_time"));
    p.hours = QStringLiteral("day");
    p.duration = QStringLiteral("long");
    p.starts = QStringLiteral("next_week");
    const QJsonObject longer = p.toJob(today);
    // Over a month is still work for a set time; on a farm it is for the season.
    CHECK(at(longer, "form") == QStringLiteral("temporary"));
    {
        KioskPosting farm = p;
        farm.place = QStringLiteral("farm");
        CHECK(at(farm.toJob(today), "form") == QStringLiteral("seasonal"));
        farm.hours = QStringLiteral("morning");
        CHECK(at(farm.toJob(today), "form") == QStringLiteral("part_time"));
    }
    CHECK(at(longer, "start_date") == QStringLiteral("2026-11-23"));
    // A week of applications at most: the clerk may keep it open longer.
    CHECK(at(longer, "valid_until") == QStringLiteral("2026-11-29"));
    CHECK(at(longer, "work_hours") == QStringLiteral("8:00-17:00，1个月以上"));
    CHECK(p.startDate(QDate(2026, 11, 23)) == QDate(2026, 11, 30)); // Monday: the next one
    // Any of the next six days can be chosen.
    for (int n = 3; n <= 6; ++n) {
        KioskPosting in = p;
        in.starts = QStringLiteral("in%1").arg(n);
        CHECK(in.startDate(today) == today.addDays(n));
        CHECK(at(in.toJob(today), "start_date") == today.addDays(n).toString(Qt::ISODate));
    }
    // Work of one day today stays open two days, for the clerk to phone and publish it.
    p.duration = QStringLiteral("1d");
    p.starts = QStringLiteral("today");
    CHECK(at(p.toJob(today), "valid_until") == QStringLiteral("2026-11-24"));
    // Mornings paid by the month are not taken as 非全日制 (settled within 15 days at most).
    p.hours = QStringLiteral("morning");
    CHECK(at(p.toJob(today), "form") == QStringLiteral("part_time"));
    p.settlement = QStringLiteral("monthly");
    CHECK(at(p.toJob(today), "form") == QStringLiteral("temporary"));
    p.settlement = QStringLiteral("daily");
    p.payUnit = QStringLiteral("month");
    CHECK(at(p.toJob(today), "form") == QStringLiteral("temporary"));
    p.payUnit = QStringLiteral("day");
    // A restaurant's lunch and supper: seven hours a day, a day's work.
    p.hours = QStringLiteral("split");
    CHECK(at(p.toJob(today), "work_hours")
              .startsWith(QStringLiteral("中午11:00-14:00，晚上17:00-21:00")));
    CHECK(Matching::hoursPerDay(at(p.toJob(today), "work_hours")) == 7);
    CHECK(at(p.toJob(today), "form") == QStringLiteral("temporary"));
    p.hours = QStringLiteral("day");
    p.asks = {QStringLiteral("heavy"), QStringLiteral("experience")};
    CHECK(at(p.toJob(today), "skills") == QStringLiteral("有相关工作经验，能干重体力活"));
    // Named by the job chosen among the trade's, else by the trade.
    p.jobName = QStringLiteral("开荒保洁");
    CHECK(at(p.toJob(today), "title") == QStringLiteral("开荒保洁（日结）"));
    p.jobName = QStringLiteral("洗碗工"); // not one of 家政保洁's
    CHECK(at(p.toJob(today), "title") == QStringLiteral("家政保洁（日结）"));
    p.jobName.clear();
    CHECK(KioskPosting::jobNames(QStringLiteral("酒店餐饮")).contains(QStringLiteral("洗碗工")));
    CHECK(KioskPosting::jobNames(QStringLiteral("没有这个工种")).isEmpty());
    p.asks = {QStringLiteral("health_cert"), QStringLiteral("no_experience")};
    CHECK(at(p.toJob(today), "skills") == QStringLiteral("不需要经验，可边干边学，持健康证"));

    p.surname.clear();
    CHECK(at(p.toJob(today), "contact", "name") == QStringLiteral("负责人"));
    p.surname = QStringLiteral("欧阳"); // not offered: never stored as a name
    CHECK(p.contactName() == QStringLiteral("负责人"));
    p.surname = QStringLiteral("王");
    p.honorific = QStringLiteral("mr");
    CHECK(p.contactName() == QStringLiteral("王先生"));
}

TEST_CASE("every answer a kiosk offers makes a posting that passes the checks", "[kioskposting]")
{
    TempTerminal t(Mode::Kiosk);
    const ReferenceData reference(t->database());
    auto occupations = reference.occupations();
    REQUIRE(occupations.ok());
    // The checks of a posting saved: every J1 field, the hall's trade and industry lists, a
    // place in full and the discrimination rules.
    JobService jobs(t->store(), t.clock(), t->audit());
    const QDate today = t.clock().today();
    KioskPosting p = cleaner();
    int checked = 0;
    const auto passes = [&](const KioskPosting& posting) {
        const QJsonObject job = posting.toJob(today);
        const Status st = jobs.check(job);
        INFO(QJsonDocument(job).toJson().toStdString());
        CHECK(st.ok());
        ++checked;
    };
    for (const Occupation& o : occupations.value()) {
        p.occupation = o.name;
        p.industry = o.industry;
        p.jobName.clear();
        passes(p);
        // Every shipped trade offers its common jobs, and each names a posting that passes.
        const QStringList names = KioskPosting::jobNames(o.name);
        INFO(o.name.toStdString());
        CHECK(names.size() >= 2);
        for (const QString& name : names) {
            p.jobName = name;
            passes(p);
            CHECK(at(p.toJob(today), "title").startsWith(name + QStringLiteral("（")));
            // Shown by its English name on an English screen, as stored on a Chinese one.
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
            const QString english = KioskPosting::jobNameShown(o.name, name);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            const QString chinese = KioskPosting::jobNameShown(o.name, name);
            QLocale::setDefault(before);
            INFO(name.toStdString());
            CHECK(english.contains(QRegularExpression(QStringLiteral("^[A-Z][A-Za-z' -]+$"))));
            CHECK(chinese == name);
        }
    }
    p = cleaner();
    for (const auto* list : {&KioskPosting::placeChoices(), &KioskPosting::startChoices(),
                             &KioskPosting::durationChoices(), &KioskPosting::hourChoices()}) {
        for (const KioskPosting::Choice& c : *list) {
            KioskPosting q = p;
            const QString key = QLatin1String(c.key);
            if (list == &KioskPosting::placeChoices())
                q.place = key;
            else if (list == &KioskPosting::startChoices())
                q.starts = key;
            else if (list == &KioskPosting::durationChoices())
                q.duration = key;
            else
                q.hours = key;
            passes(q);
            CHECK(!KioskPosting::label(*list, key).isEmpty());
        }
    }
    // Everything asked and offered at once: no phrase of theirs reads as discrimination (J2).
    for (const KioskPosting::Choice& c : KioskPosting::askChoices())
        p.asks << QLatin1String(c.key);
    for (const KioskPosting::Choice& c : KioskPosting::offerChoices())
        p.offers << QLatin1String(c.key);
    passes(p);
    for (const QString& surname : KioskPosting::surnames()) {
        p.surname = surname;
        CHECK(p.contactName() == surname + QStringLiteral("女士"));
    }
    CHECK(KioskPosting::surnames().size() == 69);
    const QStringList& names = KioskPosting::surnames();
    CHECK(QSet<QString>(names.begin(), names.end()).size() == 69);
    CHECK(KioskPosting::surnames().contains(QStringLiteral("覃")));
    CHECK(checked > 20);
}

TEST_CASE("a kiosk posting is found at the window by its six-digit reference, and only it",
          "[kioskposting][jobs]")
{
    // Six digits from the id, the same every time.
    CHECK(JobService::reference(QStringLiteral("0001e240-0000-4000-8000-000000000000")) ==
          QStringLiteral("123456"));
    CHECK(JobService::reference(QStringLiteral("ffffffff-0000-4000-8000-000000000000")) ==
          QStringLiteral("967295"));
    CHECK(JobService::reference(QStringLiteral("00000007-0000-4000-8000-000000000000")) ==
          QStringLiteral("000007"));
    CHECK(JobService::reference(QStringLiteral("not an id")).isEmpty());

    TempTerminal t(Mode::Staff);
    JobService jobs(t->store(), t.clock(), t->audit());
    auto saved = jobs.postFromKiosk(cleaner().toJob(t.clock().today()));
    REQUIRE(saved.ok());
    const QString reference = JobService::reference(saved->id);
    REQUIRE(reference.size() == 6);
    // A posting made at the window whose id gives the same digits is not what was asked after.
    QJsonObject staffPosting = saved->data;
    staffPosting.insert(QStringLiteral("source"), QStringLiteral("staff"));
    QString sameDigits = saved->id;
    sameDigits.replace(9, 4, QStringLiteral("1111"));
    REQUIRE(JobService::reference(sameDigits) == reference);
    REQUIRE(t->store().save(entities::job(), sameDigits, staffPosting).ok());

    auto found = jobs.list(reference, {});
    REQUIRE(found.ok());
    REQUIRE(found->jobs.size() == 1);
    CHECK(found->jobs.front().id == saved->id);
    CHECK(found->total == 1);
    // With a status asked for, only in that status.
    CHECK(jobs.list(reference, {QStringLiteral("published")})->jobs.empty());
    CHECK(jobs.list(reference, {QStringLiteral("pending_review")})->jobs.size() == 1);
    // Other digits find no posting by reference.
    QString other = reference;
    other[0] = other[0] == u'9' ? u'8' : QChar(other[0].unicode() + 1);
    auto others = jobs.list(other, {});
    REQUIRE(others.ok());
    for (const StoredEntity& e : others->jobs)
        CHECK(e.id != saved->id);
}

TEST_CASE("a kiosk posting is stored waiting for review, queued for sync and in the ledger",
          "[kioskposting][jobs]")
{
    TempTerminal t(Mode::Kiosk);
    JobService jobs(t->store(), t.clock(), t->audit());
    auto saved = jobs.postFromKiosk(cleaner().toJob(t.clock().today()));
    REQUIRE(saved.ok());
    auto got = jobs.get(saved->id);
    REQUIRE(got.ok());
    REQUIRE(got.value());
    const QJsonObject& d = got.value()->data;
    CHECK(at(d, "status") == QStringLiteral("pending_review"));
    CHECK(at(d, "source") == QStringLiteral("kiosk"));
    CHECK(at(d, "employer_name").isEmpty());
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'job'")) == 1);
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'posting'")) == 1);
    CHECK(t.count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'job_post' AND actor = 'kiosk'")) == 1);
    auto queue = jobs.reviewQueue();
    REQUIRE(queue.ok());
    REQUIRE(queue->jobs.size() == 1);
    CHECK(queue->jobs.front().id == saved->id);
    const QStringList reasons = jobs.reviewReasons(d);
    CHECK(reasons.contains(QStringLiteral("posted at a self-service kiosk")));
    CHECK(reasons.contains(QStringLiteral("employer not registered here")));

    // Published, it ends with the work: a day's work today is open today only, not for the
    // days kept for its review.
    KioskPosting today = cleaner();
    today.starts = QStringLiteral("today");
    today.duration = QStringLiteral("1d");
    auto short_ = jobs.postFromKiosk(today.toJob(t.clock().today()));
    REQUIRE(short_.ok());
    CHECK(at(short_->data, "valid_until") == QStringLiteral("2026-11-24"));
    // Not before the clerk has asked for the address on the phone and written it in.
    CHECK(KioskPosting::addressToAsk(short_->data));
    auto early = jobs.publish(short_->id, clerkAccount());
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("location.address"));
    CHECK(early.error().message.startsWith(QStringLiteral("Address: ask the employer")));
    CHECK(at(jobs.get(short_->id).value()->data, "status") == QStringLiteral("pending_review"));
    const auto withAddress = [&](const QString& id) {
        QJsonObject form = jobs.get(id).value()->data;
        QJsonObject location = form.value(QLatin1String("location")).toObject();
        location.insert(QStringLiteral("address"), QStringLiteral("南宁市青秀区民族大道100号"));
        form.insert(QStringLiteral("location"), location);
        CHECK_FALSE(KioskPosting::addressToAsk(form));
        REQUIRE(jobs.edit(id, form, clerkAccount()).ok());
    };
    withAddress(short_->id);
    auto out = jobs.publish(short_->id, clerkAccount());
    REQUIRE(out.ok());
    CHECK(at(out->data, "valid_until") == QStringLiteral("2026-11-22"));
    // Edited at the window first, it still knows when the work ends; working hours rewritten by
    // the clerk leave the end the clerk gave.
    auto again = jobs.postFromKiosk(today.toJob(t.clock().today()));
    REQUIRE(again.ok());
    QJsonObject form = again->data;
    form.insert(QStringLiteral("title"), QStringLiteral("写字楼保洁（日结）"));
    REQUIRE(jobs.edit(again->id, form, clerkAccount()).ok());
    withAddress(again->id);
    auto edited = jobs.publish(again->id, clerkAccount());
    REQUIRE(edited.ok());
    CHECK(at(edited->data, "valid_until") == QStringLiteral("2026-11-22"));
    auto third = jobs.postFromKiosk(today.toJob(t.clock().today()));
    REQUIRE(third.ok());
    form = third->data;
    form.insert(QStringLiteral("work_hours"), QStringLiteral("每天8:00-12:00，做到月底"));
    REQUIRE(jobs.edit(third->id, form, clerkAccount()).ok());
    withAddress(third->id);
    auto rewritten = jobs.publish(third->id, clerkAccount());
    REQUIRE(rewritten.ok());
    CHECK(at(rewritten->data, "valid_until") == QStringLiteral("2026-11-24"));
    CHECK(KioskPosting::workEnds(cleaner().toJob(QDate(2026, 11, 22))) == QDate(2026, 11, 25));

    // Whatever it is sent as, a kiosk's posting waits and names no employer.
    QJsonObject live = cleaner().toJob(t.clock().today());
    live.insert(QStringLiteral("status"), QStringLiteral("published"));
    live.insert(QStringLiteral("employer_id"),
                QStringLiteral("3f1a0000-0000-4000-8000-000000000001"));
    auto second = jobs.postFromKiosk(live);
    REQUIRE(second.ok());
    CHECK(at(second->data, "status") == QStringLiteral("pending_review"));
    CHECK(at(second->data, "employer_id").isEmpty());

    // A number that is neither a mobile nor a landline with its area code: nothing is stored.
    KioskPosting bad = cleaner();
    bad.phone = QStringLiteral("12345");
    const int outbox = t.count(QStringLiteral("outbox"));
    const int ledger = t.count(QStringLiteral("worklog"));
    auto refused = jobs.postFromKiosk(bad.toJob(t.clock().today()));
    REQUIRE(!refused.ok());
    CHECK(refused.error().field == QStringLiteral("contact.phone"));
    CHECK(t.count(QStringLiteral("outbox")) == outbox);
    CHECK(t.count(QStringLiteral("worklog")) == ledger);
}
