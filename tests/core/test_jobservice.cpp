#include "employerservice.h"
#include "jobservice.h"
#include "stafffixtures.h"
#include "tempterminal.h"

using namespace lingong;
using namespace lingong::test;

namespace {

struct Fixture
{
    TempTerminal t;
    EmployerService employers{t->store(), t.clock(), t->audit()};
    JobService jobs{t->store(), t.clock(), t->audit()};

    QString employer(int i, bool verified)
    {
        auto e = employers.registerEmployer(
            employerForm(i, QStringLiteral("广西测试%1有限公司").arg(i)), clerkAccount());
        REQUIRE(e.ok());
        if (verified)
            REQUIRE(employers.verify(e->id, clerkAccount()).ok());
        return e->id;
    }

    QString status(const QString& id)
    {
        auto j = jobs.get(id);
        REQUIRE(j.ok());
        REQUIRE(j.value());
        return j.value()->data.value(QLatin1String("status")).toString();
    }
};

} // namespace

TEST_CASE("a posting for a verified employer goes live, for an unverified one waits", "[jobs]")
{
    Fixture f;
    const QString verified = f.employer(0, true);
    const QString unverified = f.employer(1, false);

    auto live = f.jobs.post(jobPosting(verified), clerkAccount());
    REQUIRE(live.ok());
    CHECK(f.status(live->id) == QStringLiteral("published"));
    CHECK(!live->data.value(QLatin1String("published_at")).toString().isEmpty());
    CHECK(live->data.value(QLatin1String("source")).toString() == QStringLiteral("staff"));
    CHECK(live->data.value(QLatin1String("employer_name")).toString() ==
          QStringLiteral("广西测试0有限公司"));
    CHECK(f.t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'job'")) == 1);
    CHECK(f.t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'posting'")) == 1);
    CHECK(f.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'job_post'")) == 1);

    auto waiting = f.jobs.post(jobPosting(unverified), clerkAccount());
    REQUIRE(waiting.ok());
    CHECK(f.status(waiting->id) == QStringLiteral("pending_review"));
    CHECK(f.jobs.reviewReasons(waiting->data).contains(QStringLiteral("employer not verified")));
    auto queue = f.jobs.reviewQueue();
    REQUIRE(queue.ok());
    REQUIRE(queue->jobs.size() == 1);
    CHECK(queue->jobs.front().id == waiting->id);

    // No employer at all (an individual hiring at the window) also waits for review.
    auto none = f.jobs.post(jobPosting(QString()), clerkAccount());
    REQUIRE(none.ok());
    CHECK(f.status(none->id) == QStringLiteral("pending_review"));
}

TEST_CASE("a discriminatory posting is refused with the phrase and nothing is written", "[jobs]")
{
    Fixture f;
    const QString employer = f.employer(0, true);
    QJsonObject job = jobPosting(employer);
    job.insert(QStringLiteral("skills"), QStringLiteral("限男性，能吃苦"));
    auto refused = f.jobs.post(job, clerkAccount());
    REQUIRE(!refused.ok());
    CHECK(refused.error().field == QStringLiteral("skills"));
    CHECK(refused.error().detail == QStringLiteral("限男性"));
    CHECK(f.jobs.check(job).error().detail == QStringLiteral("限男性"));
    CHECK(f.t.count(QStringLiteral("job")) == 0);
    CHECK(f.t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'posting'")) == 0);

    job.insert(QStringLiteral("skills"), QStringLiteral("男女不限，能吃苦"));
    CHECK(f.jobs.check(job).ok());
    REQUIRE(f.jobs.post(job, clerkAccount()).ok());
}

TEST_CASE("review: publish a kiosk posting, or refuse it with a reason", "[jobs]")
{
    Fixture f;
    const QString employer = f.employer(0, true);
    QJsonObject kiosk = jobPosting(employer, QStringLiteral("搬家帮工"));
    kiosk.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
    kiosk.insert(QStringLiteral("source"), QStringLiteral("kiosk"));
    const QString a = EntityStore::newId();
    const QString b = EntityStore::newId();
    REQUIRE(f.t->store().save(entities::job(), a, kiosk).ok());
    REQUIRE(f.t->store().save(entities::job(), b, kiosk).ok());
    CHECK(f.jobs.reviewReasons(kiosk).contains(QStringLiteral("posted at a self-service kiosk")));
    CHECK(f.jobs.reviewQueue().value().jobs.size() == 2);

    auto published = f.jobs.publish(a, clerkAccount());
    REQUIRE(published.ok());
    CHECK(f.status(a) == QStringLiteral("published"));
    CHECK(published->data.value(QLatin1String("source")).toString() == QStringLiteral("kiosk"));
    CHECK(f.t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'review'")) == 2);

    CHECK(f.jobs.reject(b, QString(), clerkAccount()).error().field == QStringLiteral("reason"));
    REQUIRE(f.jobs.reject(b, QStringLiteral("电话无法接通"), clerkAccount()).ok());
    CHECK(f.status(b) == QStringLiteral("withdrawn"));
    // Why it did not pass stays with the posting, for every window to see, until its status
    // changes again.
    const auto note = [&f](const QString& id) {
        return f.jobs.get(id).value()->data.value(QLatin1String("review_note")).toString();
    };
    CHECK(note(b) == QStringLiteral("电话无法接通"));
    CHECK(note(a).isEmpty());
    // Mended at a window, its status unchanged: the reason stays, whatever the form carries.
    for (const bool withBase : {false, true}) {
        const QJsonObject base = f.jobs.get(b).value()->data;
        QJsonObject form = base;
        form.insert(QStringLiteral("title"), withBase ? QStringLiteral("搬家帮工（日结）")
                                                      : QStringLiteral("搬家帮工（两天）"));
        form.insert(QStringLiteral("review_note"), QString());
        REQUIRE(f.jobs.edit(b, form, clerkAccount(), withBase ? base : QJsonObject{}).ok());
        CHECK(f.jobs.get(b).value()->data.value(QLatin1String("title")) ==
              form.value(QLatin1String("title")));
        CHECK(f.status(b) == QStringLiteral("withdrawn"));
        CHECK(note(b) == QStringLiteral("电话无法接通"));
    }
    CHECK(f.jobs.reviewQueue().value().jobs.empty());
    CHECK(f.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action IN ('job_publish', 'job_reject')")) == 2);
    // The reason is in the audit log too, not only in the ledger.
    CHECK(f.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'job_reject' AND detail = '电话无法接通'")) == 1);
    REQUIRE(f.jobs.publish(b, clerkAccount()).ok());
    CHECK(note(b).isEmpty());
    // Withdrawn by staff, not turned down: no note.
    REQUIRE(f.jobs.withdraw(b, clerkAccount()).ok());
    CHECK(f.status(b) == QStringLiteral("withdrawn"));
    CHECK(note(b).isEmpty());
}

TEST_CASE("staff find postings by their contact's phone, however it was written", "[jobs]")
{
    Fixture f;
    const QString employer = f.employer(0, true);
    QJsonObject kiosk = jobPosting(employer, QStringLiteral("搬家帮工"));
    kiosk.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
    kiosk.insert(QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("覃先生")},
                             {QStringLiteral("phone"), QStringLiteral("07715551234")}});
    const QString id = EntityStore::newId();
    REQUIRE(f.t->store().save(entities::job(), id, kiosk).ok());
    QJsonObject other = jobPosting(employer, QStringLiteral("仓库理货"));
    other.insert(QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("黄先生")},
                             {QStringLiteral("phone"), QStringLiteral("13907715678")}});
    REQUIRE(f.t->store().save(entities::job(), EntityStore::newId(), other).ok());
    const auto found = [&f](const QString& text) {
        QStringList titles;
        const auto page = f.jobs.list(text, {}, 0, 20);
        REQUIRE(page.ok());
        for (const StoredEntity& e : page.value().jobs)
            titles << e.data.value(QLatin1String("title")).toString();
        return titles;
    };
    for (const char* typed : {"07715551234", "0771-5551234", " 0771 555 1234 "}) {
        INFO(typed);
        CHECK(found(QString::fromLatin1(typed)) == QStringList{QStringLiteral("搬家帮工")});
    }
    for (const char* typed : {"+86 139 0771 5678", "0086 13907715678", "8613907715678"}) {
        INFO(typed);
        CHECK(found(QString::fromLatin1(typed)) == QStringList{QStringLiteral("仓库理货")});
    }
    for (const char* typed : {"(0771) 5551234", "+86 771 5551234"}) {
        INFO(typed);
        CHECK(found(QString::fromLatin1(typed)) == QStringList{QStringLiteral("搬家帮工")});
    }
    CHECK(found(QStringLiteral("13800000000")).isEmpty());
    // A number no contact has is looked for in the words: a phone in a description.
    QJsonObject third = jobPosting(employer, QStringLiteral("小区保洁"));
    third.insert(QStringLiteral("description"), QStringLiteral("物业值班电话0771-5559999"));
    REQUIRE(f.t->store().save(entities::job(), EntityStore::newId(), third).ok());
    CHECK(found(QStringLiteral("0771-5559999")) == QStringList{QStringLiteral("小区保洁")});
    // Words are searched as before.
    CHECK(found(QStringLiteral("搬家")) == QStringList{QStringLiteral("搬家帮工")});
}

TEST_CASE("withdraw, fill and edit follow the status rules", "[jobs]")
{
    Fixture f;
    const QString employer = f.employer(0, true);
    auto job = f.jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(job.ok());

    QJsonObject changed = job->data;
    changed.insert(QStringLiteral("headcount"), 8);
    changed.insert(QStringLiteral("status"), QStringLiteral("withdrawn")); // ignored by edit
    auto edited = f.jobs.edit(job->id, changed, clerkAccount());
    REQUIRE(edited.ok());
    CHECK(edited->data.value(QLatin1String("headcount")).toInt() == 8);
    CHECK(f.status(job->id) == QStringLiteral("published"));
    changed.insert(QStringLiteral("description"), QStringLiteral("只招本地户口"));
    auto bad = f.jobs.edit(job->id, changed, clerkAccount());
    REQUIRE(!bad.ok());
    CHECK(bad.error().field == QStringLiteral("description"));

    REQUIRE(f.jobs.markFilled(job->id, clerkAccount()).ok());
    CHECK(f.status(job->id) == QStringLiteral("filled"));
    CHECK(!f.jobs.withdraw(job->id, clerkAccount()).ok());
    CHECK(!f.jobs.markFilled(job->id, clerkAccount()).ok());

    auto other = f.jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(f.jobs.withdraw(other->id, clerkAccount()).ok());
    CHECK(f.status(other->id) == QStringLiteral("withdrawn"));
    // A withdrawn posting can go live again.
    REQUIRE(f.jobs.publish(other->id, clerkAccount()).ok());
    CHECK(f.status(other->id) == QStringLiteral("published"));
}

TEST_CASE("postings past valid-until expire by themselves", "[jobs]")
{
    Fixture f;
    const QString employer = f.employer(0, true);
    auto job = f.jobs.post(jobPosting(employer), clerkAccount()); // valid until 2026-11-30
    REQUIRE(job.ok());
    CHECK(f.jobs.expireDue().value() == 0);
    f.t.clock().advanceMs(qint64(9) * 86'400'000); // 2026-12-01 in Nanning
    CHECK(f.jobs.expireDue().value() == 1);
    CHECK(f.status(job->id) == QStringLiteral("expired"));
    CHECK(f.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'job_expire' AND actor = 'system'")) == 1);
    // An expired posting cannot be published without new dates.
    QJsonObject pending = jobPosting(employer);
    pending.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
    const QString id = EntityStore::newId();
    REQUIRE(f.t->store().save(entities::job(), id, pending).ok());
    auto late = f.jobs.publish(id, clerkAccount());
    REQUIRE(!late.ok());
    CHECK(late.error().field == QStringLiteral("valid_until"));
}

TEST_CASE("a withdrawn posting put up again is logged as such, not as a review, and an "
          "unverified employer's goes back to the review queue",
          "[jobs]")
{
    Fixture f;
    const auto reviews = [&] {
        return f.t.count(QStringLiteral("worklog"),
                         QStringLiteral("kind = 'review' AND ref_entity = 'job'"));
    };
    // A verified employer's: live again at once.
    auto verified = f.jobs.post(jobPosting(f.employer(0, true)), clerkAccount());
    REQUIRE(verified.ok());
    REQUIRE(f.jobs.withdraw(verified->id, clerkAccount()).ok());
    f.t.clock().advanceMs(60'000);
    auto again = f.jobs.publish(verified->id, clerkAccount());
    REQUIRE(again.ok());
    CHECK(f.status(verified->id) == QStringLiteral("published"));
    CHECK(again->data.value(QLatin1String("published_at")).toString() ==
          Clock::toWire(f.t.clock().now()));
    CHECK(reviews() == 0);
    // Posted, withdrawn, put up again: three postings in the ledger, no review.
    CHECK(f.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'posting' AND ref_id = '%1'").arg(verified->id)) == 3);

    // An unverified employer's, published by a reviewer, withdrawn, then put up again: it waits.
    const QString unverified = f.employer(1, false);
    auto waiting = f.jobs.post(jobPosting(unverified), clerkAccount());
    REQUIRE(waiting.ok());
    REQUIRE(f.status(waiting->id) == QStringLiteral("pending_review"));
    REQUIRE(f.jobs.publish(waiting->id, clerkAccount()).ok());
    CHECK(reviews() == 1);
    REQUIRE(f.jobs.withdraw(waiting->id, clerkAccount()).ok());
    auto back = f.jobs.publish(waiting->id, clerkAccount());
    REQUIRE(back.ok());
    CHECK(f.status(waiting->id) == QStringLiteral("pending_review"));
    CHECK(back->data.value(QLatin1String("published_at")).toString().isEmpty());
    CHECK(reviews() == 1);
    CHECK(f.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'job_republish'")) == 2);
    // The review queue has it again; a reviewer's publish is a review.
    REQUIRE(f.jobs.publish(waiting->id, clerkAccount()).ok());
    CHECK(f.status(waiting->id) == QStringLiteral("published"));
    CHECK(reviews() == 2);
}

TEST_CASE("a posting's trade and industry come from the hall's lists", "[jobs]")
{
    Fixture f;
    const QString employer = f.employer(0, true);
    QJsonObject typed = jobPosting(employer);
    typed.insert(QStringLiteral("industry"), QStringLiteral("养老"));
    auto refused = f.jobs.post(typed, clerkAccount());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("industry"));
    typed.insert(QStringLiteral("industry"), QStringLiteral("居民服务"));
    typed.insert(QStringLiteral("occupation"), QStringLiteral("养老陪护"));
    refused = f.jobs.post(typed, clerkAccount());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("occupation"));
    // And its place is a whole district.
    typed = jobPosting(employer);
    typed.insert(QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("district"), QStringLiteral("X")},
                             {QStringLiteral("address"), QStringLiteral("民族大道100号")}});
    refused = f.jobs.post(typed, clerkAccount());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("location.district"));
    CHECK(f.t.count(QStringLiteral("job")) == 0);
}

TEST_CASE("a posting approved after waiting in review comes first in the seekers' newest list",
          "[jobs][search]")
{
    Fixture f;
    const QString verified = f.employer(0, true);
    const QString unverified = f.employer(1, false);
    auto newest = [&f](bool inMemory) {
        JobQuery q;
        if (inMemory) {
            q.today = f.t.clock().today();
        } else { // the same list, sorted by SQLite
            q.openOnly = false;
            q.statuses = {QStringLiteral("published")};
        }
        const auto page = f.t->jobs().search(q);
        REQUIRE(page.ok());
        QStringList out;
        for (const StoredEntity& e : page->jobs)
            out << e.data.value(QLatin1String("title")).toString();
        return out;
    };

    auto waiting =
        f.jobs.post(jobPosting(unverified, QStringLiteral("仓库分拣（周末）")), clerkAccount());
    REQUIRE(waiting.ok());
    REQUIRE(f.status(waiting->id) == QStringLiteral("pending_review"));
    f.t.clock().advanceMs(qint64(3600) * 1000);
    auto cleaning =
        f.jobs.post(jobPosting(verified, QStringLiteral("小区保洁（日结）")), clerkAccount());
    REQUIRE(cleaning.ok());
    f.t.clock().advanceMs(qint64(3600) * 1000);
    REQUIRE(f.jobs.post(jobPosting(verified, QStringLiteral("搬家帮工")), clerkAccount()).ok());
    const QStringList before{QStringLiteral("搬家帮工"), QStringLiteral("小区保洁（日结）")};
    CHECK(newest(true) == before);
    CHECK(newest(false) == before);

    // Approved an hour later, it was written first but is the newest the seekers can see.
    f.t.clock().advanceMs(qint64(3600) * 1000);
    REQUIRE(f.jobs.publish(waiting->id, clerkAccount()).ok());
    const QStringList after{QStringLiteral("仓库分拣（周末）"), QStringLiteral("搬家帮工"),
                            QStringLiteral("小区保洁（日结）")};
    CHECK(newest(true) == after);
    CHECK(newest(false) == after);

    // The platform publishes a posting again: only its publication time changes, and it moves.
    f.t.clock().advanceMs(qint64(3600) * 1000);
    QJsonObject again = f.jobs.get(cleaning->id).value()->data;
    again.insert(QStringLiteral("published_at"), Clock::toWire(f.t.clock().now()));
    REQUIRE(f.t->store()
                .applyRemote(entities::job(), cleaning->id, QStringLiteral("upsert"), again, 7,
                             Clock::toWire(f.t.clock().now()), QStringLiteral("hub"))
                .ok());
    const QStringList republished{QStringLiteral("小区保洁（日结）"),
                                  QStringLiteral("仓库分拣（周末）"), QStringLiteral("搬家帮工")};
    CHECK(newest(true) == republished);
    CHECK(newest(false) == republished);
}

TEST_CASE("an upper age limit in a posting is pointed out for the clerk to ask about, a lowest "
          "age is not",
          "[app][jobs]")
{
    const auto cautions = [](const char* field, const char* text) {
        QJsonObject job;
        job.insert(QString::fromLatin1(field), QString::fromUtf8(text));
        return JobService::ageCautions(job);
    };
    for (const auto& [field, text, phrase] :
         std::initializer_list<std::tuple<const char*, const char*, const char*>>{
             {"description", "年龄45岁以下，身体健康。", "45岁以下"},
             {"skills", "年龄18-45岁", "年龄18-45岁"},
             {"skills", "18～45周岁，能吃苦", "18～45周岁"},
             {"description", "不超过50周岁", "不超过50周岁"},
             {"description", "45周岁以内优先", "45周岁以内优先"},
             {"description", "45周岁（含）以下", "45周岁（含）以下"},
             {"description", "50歲以下", "50歲以下"},
             {"description", "35岁以上的不要", "35岁以上的不要"},
             {"description", "年龄20以上，45以下", "年龄20以上，45以下"},
             {"description", "年龄20岁以上45岁以下", "年龄20岁以上45岁以下"},
             {"title", "夜班保安（55岁及以下）", "55岁及以下"},
             {"description", "年龄在20至40岁之间", "年龄在20至40岁"},
             {"skills", "年龄18-45", "年龄18-45"},
             {"description", "年龄：18至50周岁", "年龄：18至50周岁"},
             {"description", "50岁以上勿扰", "50岁以上勿扰"},
             {"description", "超过45岁不要", "超过45岁不要"},
             {"description", "45岁内", "45岁内"},
             {"description", "４５岁以下", "４５岁以下"},
             {"description", "年龄45以下", "年龄45以下"},
             {"skills", "年龄：50以内", "年龄：50以内"}}) {
        INFO(text);
        const QStringList found = cautions(field, text);
        REQUIRE(found.size() == 1);
        CHECK(found.front().contains(QStringLiteral("\"%1\"").arg(QString::fromUtf8(phrase))));
    }
    for (const char* text :
         {"年满18周岁", "18岁以上", "男女不限，年龄不限", "工作8小时，日结", "每天12-14点午休",
          "已满16周岁，有健康证", "未满18周岁勿扰", "不满16周岁不招", "16周岁以下禁止", "8-12点",
          "工作18-20天", "30-45元/小时",
          // A lowest age, put the other way round.
          "30岁以下勿扰", "20岁以下的不要", "年龄45以下不要", "25岁以下者免谈",
          // Words that only begin like a refusal.
          "超过45岁不要紧，身体好就行", "45岁以上不要求学历",
          // The ages of the people cared for.
          "护理60-80岁老人", "照看3-6岁儿童"}) {
        INFO(text);
        CHECK(cautions("description", text).isEmpty());
    }
    // The same limit written in two fields is said once.
    QJsonObject twice;
    twice.insert(QStringLiteral("skills"), QStringLiteral("45岁以下"));
    twice.insert(QStringLiteral("description"), QStringLiteral("限45岁以下"));
    CHECK(JobService::ageCautions(twice).size() == 1);
    // The oldest age each lets in, for matching.
    QJsonObject limits;
    limits.insert(QStringLiteral("skills"), QStringLiteral("年龄18-45，50岁以上勿扰"));
    std::vector<JobService::AgeLimit> found = JobService::ageLimits(limits);
    REQUIRE(found.size() == 2);
    CHECK(found[0].oldest == 45);
    // 以上 takes its own number in: 50 is refused, 49 the oldest let in.
    CHECK(found[1].oldest == 49);
    CHECK(found[1].phrase == QStringLiteral("50岁以上勿扰"));
    CHECK_FALSE(found[0].preferred);
    CHECK(found[0].gender.isEmpty());
    // A preference, and limits said of one sex only.
    limits.insert(QStringLiteral("skills"), QStringLiteral("18-45岁者优先"));
    found = JobService::ageLimits(limits);
    REQUIRE(found.size() == 1);
    CHECK(found[0].preferred);
    CHECK(found[0].phrase == QStringLiteral("18-45岁者优先"));
    limits.insert(QStringLiteral("skills"), QStringLiteral("男55岁以下，女性：50岁以下"));
    found = JobService::ageLimits(limits);
    REQUIRE(found.size() == 2);
    CHECK(found[0].gender == QStringLiteral("male"));
    CHECK(found[0].oldest == 55);
    CHECK(found[1].gender == QStringLiteral("female"));
    CHECK(found[1].oldest == 50);
    limits.insert(QStringLiteral("skills"), QStringLiteral("男女不限，45岁以下"));
    found = JobService::ageLimits(limits);
    REQUIRE(found.size() == 1);
    CHECK(found[0].gender.isEmpty());
}
