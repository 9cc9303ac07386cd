#include "employerservice.h"
#include "jobservice.h"
#include "stafffixtures.h"
#include "tempterminal.h"

using namespace lingong;
using namespace lingong::test;

TEST_CASE("employers register with a checked credit code and are unique by it", "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());

    EmployerForm bad = employerForm(0, QStringLiteral("广西邕城建筑劳务有限公司"));
    bad.creditCode = QStringLiteral("91450100MA5K3XLP2A"); // wrong check character
    auto refused = employers.registerEmployer(bad, clerkAccount());
    REQUIRE(!refused.ok());
    CHECK(refused.error().field == QStringLiteral("credit_code"));
    CHECK(t.count(QStringLiteral("employer")) == 0);

    EmployerForm noCode = bad;
    noCode.creditCode.clear();
    CHECK(employers.registerEmployer(noCode, clerkAccount()).error().field ==
          QStringLiteral("credit_code"));

    auto saved = employers.registerEmployer(
        employerForm(0, QStringLiteral("广西邕城建筑劳务有限公司")), clerkAccount());
    REQUIRE(saved.ok());
    CHECK(!saved->existing);
    CHECK(saved->data.value(QLatin1String("verification")).toString() ==
          QStringLiteral("unverified"));
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'registration'")) == 1);
    CHECK(t.count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'employer_register' AND actor = 'li'")) == 1);

    // The same code, typed in lower case, finds the registered employer.
    EmployerForm again = employerForm(0, QStringLiteral("另一个名字"));
    again.creditCode = creditCode(0).toLower();
    auto twin = employers.registerEmployer(again, clerkAccount());
    REQUIRE(twin.ok());
    CHECK(twin->existing);
    CHECK(twin->id == saved->id);
    CHECK(t.count(QStringLiteral("employer")) == 1);

    // A household employer has no credit code.
    EmployerForm household = employerForm(1, QStringLiteral("黄家（家庭雇主）"));
    household.kind = QStringLiteral("household");
    household.creditCode = QStringLiteral("whatever");
    auto home = employers.registerEmployer(household, clerkAccount());
    REQUIRE(home.ok());
    CHECK(home->data.value(QLatin1String("credit_code")).toString().isEmpty());
}

TEST_CASE("verification checks the credit code and holds only for the code checked", "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    auto e = employers.registerEmployer(employerForm(1, QStringLiteral("广西五象物业服务有限公司")),
                                        clerkAccount());
    REQUIRE(e.ok());
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());
    auto verified = employers.get(e->id);
    REQUIRE(verified.ok());
    CHECK(EmployerService::isVerified(verified.value()->data));
    CHECK(!verified.value()->data.value(QLatin1String("verified_at")).toString().isEmpty());
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'employer_verify'")) == 1);

    // Another code: the verification no longer holds.
    EmployerForm changed = EmployerService::fromData(verified.value()->data);
    changed.creditCode = creditCode(2);
    auto updated = employers.update(e->id, changed, clerkAccount());
    REQUIRE(updated.ok());
    CHECK(!EmployerService::isVerified(updated->data));

    // A stored code that does not pass the check cannot be verified (e.g. one that came by sync).
    QJsonObject raw = updated->data;
    raw.insert(QStringLiteral("credit_code"), QStringLiteral("91450100MA5K3XLP2A"));
    REQUIRE(t->store().save(entities::employer(), e->id, raw).ok());
    auto refused = employers.verify(e->id, clerkAccount());
    REQUIRE(!refused.ok());
    CHECK(refused.error().field == QStringLiteral("credit_code"));
}

TEST_CASE("a verification that did not pass keeps its reason, both outcomes can be undone",
          "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    JobService jobs(t->store(), t.clock(), t->audit());
    auto e = employers.registerEmployer(employerForm(1, QStringLiteral("广西五象物业服务有限公司")),
                                        clerkAccount());
    REQUIRE(e.ok());

    auto blank = employers.refuseVerification(e->id, QStringLiteral(" "), clerkAccount());
    REQUIRE(!blank.ok());
    CHECK(blank.error().field == QStringLiteral("verification_note"));
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action LIKE 'employer_verify%'")) ==
          0);

    // A posting a reviewer published before the check.
    auto early = jobs.post(jobPosting(e->id), clerkAccount());
    REQUIRE(early.ok());
    REQUIRE(jobs.publish(early->id, clerkAccount()).ok());

    const QString why = QStringLiteral("营业执照上的名称与登记的不一致");
    auto refusal = employers.refuseVerification(e->id, why, clerkAccount());
    REQUIRE(refusal.ok());
    // It is no longer shown to seekers: back in review.
    CHECK(refusal.value() == 1);
    const QJsonObject back = jobs.get(early->id).value()->data;
    CHECK(back.value(QLatin1String("status")).toString() == QStringLiteral("pending_review"));
    CHECK(back.value(QLatin1String("published_at")).toString().isEmpty());
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'job_back_to_review'")) ==
          1);
    auto refused = employers.get(e->id);
    REQUIRE(refused.ok());
    const QJsonObject r = refused.value()->data;
    CHECK(EmployerService::isRefused(r));
    CHECK(!EmployerService::isVerified(r));
    CHECK(r.value(QLatin1String("verification_note")).toString() == why);
    CHECK(!r.value(QLatin1String("verified_at")).toString().isEmpty());
    CHECK(t.count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'employer_verify_refuse' AND actor = 'li'")) == 1);
    CHECK(t.count(QStringLiteral("worklog"),
                  QStringLiteral("kind = 'review' AND summary = "
                                 "'用工单位核验未通过：广西五象物业服务有限公司（%1）'")
                      .arg(why)) == 1);

    // Its postings wait in review, with the reason beside them.
    auto waiting = jobs.post(jobPosting(e->id), clerkAccount());
    REQUIRE(waiting.ok());
    CHECK(waiting->data.value(QLatin1String("status")).toString() ==
          QStringLiteral("pending_review"));
    const QStringList reasons = jobs.reviewReasons(waiting->data);
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.first().contains(why));
    CHECK(employers.search(QString(), EmployerRepository::Filter::Unverified).value().size() == 1);

    // Papers put right: verification clears the reason.
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());
    auto verified = employers.get(e->id).value()->data;
    CHECK(EmployerService::isVerified(verified));
    CHECK(verified.value(QLatin1String("verification_note")).toString().isEmpty());

    // A verification made in error is undone: the next posting waits for review again, the one
    // already published stays published.
    auto live = jobs.post(jobPosting(e->id), clerkAccount());
    REQUIRE(live.ok());
    CHECK(live->data.value(QLatin1String("status")).toString() == QStringLiteral("published"));
    REQUIRE(employers.resetVerification(e->id, clerkAccount()).ok());
    auto reset = employers.get(e->id).value()->data;
    CHECK(reset.value(QLatin1String("verification")).toString() == QStringLiteral("unverified"));
    CHECK(reset.value(QLatin1String("verified_at")).toString().isEmpty());
    CHECK(jobs.get(live->id).value()->data.value(QLatin1String("status")).toString() ==
          QStringLiteral("published"));
    CHECK(jobs.post(jobPosting(e->id), clerkAccount())
              ->data.value(QLatin1String("status"))
              .toString() == QStringLiteral("pending_review"));
    CHECK(t.count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'employer_verify_reset'")) == 1);

    // A refusal holds for the code that was checked, like a verification.
    REQUIRE(employers.refuseVerification(e->id, why, clerkAccount()).ok());
    EmployerForm corrected = EmployerService::fromData(reset);
    corrected.creditCode = creditCode(2);
    auto updated = employers.update(e->id, corrected, clerkAccount());
    REQUIRE(updated.ok());
    CHECK(updated->data.value(QLatin1String("verification")).toString() ==
          QStringLiteral("unverified"));
    CHECK(updated->data.value(QLatin1String("verification_note")).toString().isEmpty());

    // A refusal without a reason (from before reasons were kept, or by sync) reads whole.
    {
        QJsonObject bare = employers.get(e->id).value()->data;
        bare.insert(QStringLiteral("verification"), QStringLiteral("rejected"));
        bare.insert(QStringLiteral("verification_note"), QString());
        REQUIRE(t->store().save(entities::employer(), e->id, bare).ok());
        const QStringList why = jobs.reviewReasons(waiting->data);
        REQUIRE(why.size() == 1);
        CHECK(why.first() == QStringLiteral("the employer's verification did not pass"));
    }

    // Nothing about the verification changes while the employer is blacklisted.
    REQUIRE(employers.blacklist(e->id, QStringLiteral("收取求职者押金"), clerkAccount()).ok());
    CHECK(employers.refuseVerification(e->id, why, clerkAccount()).error().code ==
          QStringLiteral("blacklisted"));
}

TEST_CASE("blacklisting needs a reason, withdraws the employer's postings and blocks publishing",
          "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    JobService jobs(t->store(), t.clock(), t->audit());
    auto e = employers.registerEmployer(
        employerForm(0, QStringLiteral("广西桂鑫人力资源服务有限公司")), clerkAccount());
    REQUIRE(e.ok());
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());
    auto live = jobs.post(jobPosting(e->id), clerkAccount());
    REQUIRE(live.ok());
    CHECK(live->data.value(QLatin1String("status")).toString() == QStringLiteral("published"));

    CHECK(employers.blacklist(e->id, QStringLiteral("  "), clerkAccount()).error().field ==
          QStringLiteral("blacklist_reason"));
    auto withdrawn = employers.blacklist(e->id, QStringLiteral("收取求职者押金"), clerkAccount());
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn.value() == 1);
    auto job = jobs.get(live->id);
    CHECK(job.value()->data.value(QLatin1String("status")).toString() ==
          QStringLiteral("withdrawn"));
    auto stored = employers.get(e->id);
    CHECK(EmployerService::isBlacklisted(stored.value()->data));
    CHECK(stored.value()->data.value(QLatin1String("blacklist_reason")).toString() ==
          QStringLiteral("收取求职者押金"));

    // Cannot post, publish or be verified while blacklisted.
    auto post = jobs.post(jobPosting(e->id), clerkAccount());
    REQUIRE(!post.ok());
    CHECK(post.error().code == QStringLiteral("blacklisted"));
    CHECK(post.error().message.contains(QStringLiteral("收取求职者押金")));
    CHECK(jobs.publish(live->id, clerkAccount()).error().code == QStringLiteral("blacklisted"));
    CHECK(!employers.verify(e->id, clerkAccount()).ok());
    CHECK(employers.search(QString(), EmployerRepository::Filter::Blacklisted).value().size() == 1);

    // Only an administrator lifts it.
    CHECK(employers.liftBlacklist(e->id, clerkAccount()).error().code ==
          QStringLiteral("forbidden"));
    REQUIRE(employers.liftBlacklist(e->id, adminAccount()).ok());
    CHECK(jobs.publish(live->id, clerkAccount()).ok());
    CHECK(t.count(QStringLiteral("audit_log"),
                  QStringLiteral("action IN ('employer_blacklist', 'employer_unblacklist')")) == 2);
}

TEST_CASE("employer search matches name, code and phone", "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    REQUIRE(employers
                .registerEmployer(employerForm(0, QStringLiteral("广西邕城建筑劳务有限公司")),
                                  clerkAccount())
                .ok());
    EmployerForm other = employerForm(1, QStringLiteral("南宁绿城家政服务有限公司"));
    other.contactPhone = QStringLiteral("13977110000");
    REQUIRE(employers.registerEmployer(other, clerkAccount()).ok());
    CHECK(employers.search(QStringLiteral("家政")).value().size() == 1);
    CHECK(employers.search(creditCode(0).left(10).toLower()).value().size() == 1);
    CHECK(employers.search(QStringLiteral("1397711")).value().size() == 1);
    CHECK(employers.search(QString()).value().size() == 2);
    CHECK(employers.search(QString(), EmployerRepository::Filter::Unverified).value().size() == 2);
}

TEST_CASE("the ledger is written in Chinese whatever language the screen speaks", "[employers]")
{
    // No translation is installed here: every message the services return is English.
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    JobService jobs(t->store(), t.clock(), t->audit());
    auto e = employers.registerEmployer(
        employerForm(0, QStringLiteral("广西桂鑫人力资源服务有限公司")), clerkAccount());
    REQUIRE(e.ok());
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());
    REQUIRE(jobs.post(jobPosting(e->id), clerkAccount()).ok());
    REQUIRE(jobs.post(jobPosting(e->id), clerkAccount()).ok());
    CHECK(employers.blacklist(e->id, QString(), clerkAccount())
              .error()
              .message.startsWith(QStringLiteral("Please")));
    REQUIRE(employers.blacklist(e->id, QStringLiteral("收取求职者押金"), clerkAccount()).ok());

    const auto summary = [&t](const char* kind) {
        auto q = t->database().exec(
            QStringLiteral("SELECT group_concat(summary, '|') FROM worklog WHERE kind = '%1'")
                .arg(QLatin1String(kind)));
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toString();
    };
    CHECK(summary("registration") == QStringLiteral("用工单位登记：广西桂鑫人力资源服务有限公司"));
    CHECK(summary("review") == QStringLiteral("用工单位核验通过：广西桂鑫人力资源服务有限公司"));
    CHECK(summary("other") ==
          QStringLiteral(
              "用工单位列入黑名单：广西桂鑫人力资源服务有限公司（收取求职者押金），下架岗位2个"));
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("summary LIKE '%Employer%' OR "
                                                            "summary LIKE '%Job %'")) == 0);
}

TEST_CASE("employers are listed in dictionary (pinyin) order", "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    int i = 0;
    for (const char* name : {"兴宁区南湖个体工商户（蒙师傅）", "南宁绿城家政服务有限公司",
                             "宾阳县横州个体工商户（蓝师傅）", "广西五象物业服务有限公司"}) {
        EmployerForm f = employerForm(i, QString::fromUtf8(name));
        f.creditCode = creditCode(i);
        REQUIRE(employers.registerEmployer(f, clerkAccount()).ok());
        ++i;
    }
    QStringList names;
    const auto listed = employers.search(QString());
    REQUIRE(listed.ok());
    for (const StoredEntity& e : listed.value())
        names << e.data.value(QLatin1String("name")).toString();
    CHECK(names == QStringList{QStringLiteral("宾阳县横州个体工商户（蓝师傅）"),
                               QStringLiteral("广西五象物业服务有限公司"),
                               QStringLiteral("南宁绿城家政服务有限公司"),
                               QStringLiteral("兴宁区南湖个体工商户（蒙师傅）")});
    CHECK(employers.search(QString(), EmployerRepository::Filter::All, 2).value().size() == 2);
}

TEST_CASE("an employer's district is a whole district name, or none", "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    EmployerForm form = employerForm(2, QStringLiteral("南宁市青秀区邕江搬家服务有限公司"));
    form.district = QStringLiteral("青秀");
    auto fragment = employers.registerEmployer(form, clerkAccount());
    REQUIRE_FALSE(fragment.ok());
    CHECK(fragment.error().field == QStringLiteral("district"));
    CHECK(t.count(QStringLiteral("employer")) == 0);
    form.district = QString();
    CHECK(employers.registerEmployer(form, clerkAccount()).ok());
}

TEST_CASE("a code changed on a form opened before another window verified the employer is not "
          "saved as verified",
          "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    auto e = employers.registerEmployer(employerForm(0, QStringLiteral("广西邕城建筑劳务有限公司")),
                                        clerkAccount());
    REQUIRE(e.ok());
    const QJsonObject opened = employers.get(e->id).value()->data; // the form opened here
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());         // another window checks code X
    EmployerForm typed = employerForm(0, QStringLiteral("广西邕城建筑劳务有限公司"));
    typed.creditCode = creditCode(7); // code Y typed here: nobody checked it
    auto saved = employers.update(e->id, typed, clerkAccount(), opened);
    REQUIRE(saved.ok());
    CHECK(saved->data.value(QLatin1String("credit_code")).toString() == creditCode(7));
    CHECK_FALSE(EmployerService::isVerified(saved->data));
    // Saved with the code that was checked, the verification made meanwhile stays.
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());
    typed.address = QStringLiteral("南宁市青秀区民族大道2号");
    REQUIRE(employers.update(e->id, typed, clerkAccount(), opened).ok());
    CHECK(EmployerService::isVerified(employers.get(e->id).value()->data));
}

TEST_CASE(
    "pay that works out under the lowest hourly rate, or far above gig pay, is a point to check",
    "[employers]")
{
    auto with = [](double min, double max, const char* unit) {
        QJsonObject job;
        job.insert(QStringLiteral("pay"),
                   QJsonObject{{QStringLiteral("min"), min},
                               {QStringLiteral("max"), max},
                               {QStringLiteral("unit"), QString::fromLatin1(unit)}});
        return job;
    };
    // From the lowest amount: 30 yuan a day is 3.75 an hour.
    const QStringList day = JobService::payCautions(with(30, 200, "day"), 15);
    REQUIRE(day.size() == 1);
    CHECK(day.front().contains(QStringLiteral("about 3.8 yuan an hour, under 15")));
    CHECK(JobService::payCautions(with(120, 150, "day"), 15).isEmpty()); // 15 an hour
    CHECK(JobService::payCautions(with(14, 16, "hour"), 15).size() == 1);
    CHECK(JobService::payCautions(with(14, 16, "hour"), 14).isEmpty());
    // 2,500 a month of 21.75 days of 8 hours is 14.4 an hour.
    CHECK(JobService::payCautions(with(2500, 3000, "month"), 15).size() == 1);
    CHECK(JobService::payCautions(with(3000, 3500, "month"), 15).isEmpty());
    // Only the best amount given: that one.
    CHECK(JobService::payCautions(with(0, 100, "day"), 15).size() == 1);
    // Piece and project pay have no hourly rate to judge.
    CHECK(JobService::payCautions(with(1, 2, "piece"), 15).isEmpty());
    CHECK(JobService::payCautions(with(100, 200, "project"), 15).isEmpty());
    CHECK(JobService::payCautions(QJsonObject(), 15).isEmpty());
    // A day of the hours the posting names: 20 yuan for a morning of 4 hours is 5 an hour.
    QJsonObject morning = with(20, 20, "day");
    morning.insert(QStringLiteral("work_hours"), QStringLiteral("8:00-12:00"));
    const QStringList half = JobService::payCautions(morning, 15);
    REQUIRE(half.size() == 1);
    CHECK(half.front().contains(QStringLiteral("about 5 yuan an hour")));
    morning.insert(QStringLiteral("pay"), with(60, 80, "day").value(QLatin1String("pay")));
    CHECK(JobService::payCautions(morning, 15).isEmpty()); // 15 an hour
    // Far above gig pay: an amount a day typed against 元/小时, say.
    const QStringList high = JobService::payCautions(with(180, 200, "hour"), 15);
    REQUIRE(high.size() == 1);
    CHECK(high.front().contains(QStringLiteral("about 200 yuan an hour: check the amount and "
                                               "its unit")));
    CHECK(JobService::payCautions(with(500, 600, "day"), 15).isEmpty()); // 75 an hour
    CHECK(JobService::payCautions(with(800, 800, "day"), 15).size() == 1);
    CHECK(JobService::payCautions(with(6000, 9000, "month"), 15).isEmpty());
    CHECK(JobService::payCautions(with(20000, 20000, "month"), 15).size() == 1);
}

TEST_CASE("pay by the piece or the job far from what the trade's open postings pay is a point to "
          "check",
          "[employers]")
{
    TempTerminal t;
    EmployerService employers(t->store(), t.clock(), t->audit());
    JobService jobs(t->store(), t.clock(), t->audit());
    auto e = employers.registerEmployer(employerForm(1, QStringLiteral("广西五象物流有限公司")),
                                        clerkAccount());
    REQUIRE(e.ok());
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());
    const QString trade = QStringLiteral("装卸搬运");
    const auto posting = [&](double min, double max, const char* unit) {
        QJsonObject job = jobPosting(e->id, QStringLiteral("物流园装卸工（计件）"), trade);
        job.insert(QStringLiteral("pay"),
                   QJsonObject{{QStringLiteral("min"), min},
                               {QStringLiteral("max"), max},
                               {QStringLiteral("unit"), QString::fromLatin1(unit)}});
        return job;
    };
    const auto post = [&](double min, double max, const char* unit) {
        auto saved = jobs.post(posting(min, max, unit), clerkAccount());
        REQUIRE(saved.ok());
        return saved->id;
    };
    // Two postings are too few to say what the trade pays.
    post(1, 2, "piece");
    const QString second = post(1, 1.5, "piece");
    CHECK(jobs.usualPayCautions(posting(200, 300, "piece"), QString()).isEmpty());
    const QString third = post(1.5, 2.5, "piece");
    // Their median highest amount is 2 yuan a piece: 10 or more, or 0.4 or less, is asked about.
    const QStringList day = jobs.usualPayCautions(posting(200, 300, "piece"), QString());
    REQUIRE(day.size() == 1);
    CHECK(day.front() == QStringLiteral("the trade's open jobs paid by the piece pay up to about 2 "
                                        "yuan a piece: check the amount and its unit"));
    CHECK(jobs.usualPayCautions(posting(5, 10, "piece"), QString()).size() == 1);
    CHECK(jobs.usualPayCautions(posting(5, 9.9, "piece"), QString()).isEmpty());
    CHECK(jobs.usualPayCautions(posting(1, 2, "piece"), QString()).isEmpty());
    CHECK(jobs.usualPayCautions(posting(0.4, 0.41, "piece"), QString()).isEmpty());
    CHECK(jobs.usualPayCautions(posting(0.3, 0.4, "piece"), QString()).size() == 1);
    // By the project, and amounts under a yuan in cents.
    const QString project = post(0.05, 0.05, "project");
    post(0.04, 0.04, "project");
    post(0.06, 0.06, "project");
    const QStringList cents = jobs.usualPayCautions(posting(1, 2, "project"), QString());
    REQUIRE(cents.size() == 1);
    CHECK(cents.front() == QStringLiteral("the trade's open jobs paid by the project pay up to "
                                          "about 0.05 yuan a project: check the amount and its "
                                          "unit"));
    REQUIRE(jobs.withdraw(project, clerkAccount()).ok());
    // Another unit, or another trade, is not weighed against them.
    CHECK(jobs.usualPayCautions(posting(200, 300, "project"), QString()).isEmpty());
    QJsonObject other = posting(200, 300, "piece");
    other.insert(QStringLiteral("occupation"), QStringLiteral("家电维修"));
    CHECK(jobs.usualPayCautions(other, QString()).isEmpty());
    // A posting being edited is not weighed against itself: with it left out, two remain.
    CHECK(jobs.usualPayCautions(posting(200, 300, "piece"), third).isEmpty());
    // Only open postings count: one withdrawn leaves two.
    REQUIRE(jobs.withdraw(second, clerkAccount()).ok());
    CHECK(jobs.usualPayCautions(posting(200, 300, "piece"), QString()).isEmpty());
}
