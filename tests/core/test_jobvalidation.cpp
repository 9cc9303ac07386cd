#include "catchqt.h"
#include "jobvalidation.h"
#include "validation.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace lingong;

namespace {

const QDate kToday(2026, 11, 22);

QJsonObject validJob()
{
    return QJsonDocument::fromJson(R"({
      "title": "小区保洁（日结）", "occupation": "家政保洁", "industry": "居民服务",
      "skills": "能吃苦，有保洁经验优先",
      "location": {"district": "南宁市青秀区", "address": "民族大道100号"},
      "work_hours": "8:00-17:00，共3天",
      "pay": {"min": 150, "max": 180, "unit": "day"},
      "settlement": "daily", "form": "temporary", "headcount": 5,
      "start_date": "2026-11-23", "valid_until": "2026-11-30", "employer_id": "emp-1",
      "contact": {"name": "李女士", "phone": "13800000000"},
      "public_welfare": false, "status": "published", "description": "男女不限，包午餐"
    })")
        .object();
}

QJsonObject with(QJsonObject job, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            job.remove(path);
        else
            job.insert(path, value);
        return job;
    }
    const QString head = path.left(dot);
    job.insert(head, with(job.value(head).toObject(), path.mid(dot + 1), value));
    return job;
}

QString refusedField(const QJsonObject& job)
{
    const Status s = validateJob(job, kToday);
    if (s.ok())
        return QStringLiteral("<accepted>");
    CHECK(s.error().code == QStringLiteral("invalid"));
    CHECK_FALSE(s.error().message.isEmpty());
    return s.error().field;
}

} // namespace

TEST_CASE("A complete job posting is accepted", "[jobvalidation]")
{
    CHECK(validateJob(validJob(), kToday).ok());
    CHECK(validateJob(
              with(validJob(), QStringLiteral("contact.phone"), QStringLiteral("0771-5551234")),
              kToday)
              .ok());
}

TEST_CASE("Every J1 field is required", "[jobvalidation]")
{
    for (const char* field : {"title",
                              "occupation",
                              "industry",
                              "skills",
                              "location",
                              "location.district",
                              "location.address",
                              "work_hours",
                              "pay",
                              "pay.min",
                              "pay.max",
                              "pay.unit",
                              "settlement",
                              "form",
                              "headcount",
                              "start_date",
                              "valid_until",
                              "employer_id",
                              "contact",
                              "contact.name",
                              "contact.phone",
                              "public_welfare",
                              "status",
                              "description"}) {
        INFO(field);
        const QString f = QString::fromLatin1(field);
        const QString refused =
            refusedField(with(validJob(), f, QJsonValue(QJsonValue::Undefined)));
        CHECK(refused == f);
    }
}

TEST_CASE("Job values must be sane", "[jobvalidation]")
{
    const auto job = validJob();
    CHECK(refusedField(with(job, QStringLiteral("pay.min"), 200)) == QStringLiteral("pay.min"));
    CHECK(refusedField(with(job, QStringLiteral("pay.min"), -5)) == QStringLiteral("pay.min"));
    CHECK(refusedField(with(job, QStringLiteral("pay.max"), 0)) == QStringLiteral("pay.max"));
    CHECK(refusedField(with(job, QStringLiteral("pay.unit"), QStringLiteral("week"))) ==
          QStringLiteral("pay.unit"));
    CHECK(refusedField(with(job, QStringLiteral("headcount"), 0)) == QStringLiteral("headcount"));
    CHECK(refusedField(with(job, QStringLiteral("headcount"), 2.5)) == QStringLiteral("headcount"));
    // Too many is refused with the range in the message, not "at least 1".
    const Status many = validateJob(with(job, QStringLiteral("headcount"), 12345), kToday);
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().field == QStringLiteral("headcount"));
    CHECK(many.error().message.contains(QStringLiteral("1 to 10000")));
    CHECK(validateJob(with(job, QStringLiteral("headcount"), 10000), kToday).ok());
    CHECK(refusedField(with(job, QStringLiteral("headcount"), QStringLiteral("5"))) ==
          QStringLiteral("headcount"));
    CHECK(refusedField(with(job, QStringLiteral("start_date"), QStringLiteral("2026-02-30"))) ==
          QStringLiteral("start_date"));
    CHECK(refusedField(with(job, QStringLiteral("valid_until"), QStringLiteral("2026-11-22"))) ==
          QStringLiteral("valid_until"));
    CHECK(refusedField(with(job, QStringLiteral("valid_until"), QStringLiteral("soon"))) ==
          QStringLiteral("valid_until"));
    CHECK(refusedField(with(job, QStringLiteral("settlement"), QStringLiteral("yearly"))) ==
          QStringLiteral("settlement"));
    CHECK(refusedField(with(job, QStringLiteral("form"), QStringLiteral("full_time"))) ==
          QStringLiteral("form"));
    CHECK(refusedField(with(job, QStringLiteral("status"), QStringLiteral("draft"))) ==
          QStringLiteral("status"));
    CHECK(refusedField(with(job, QStringLiteral("contact.phone"), QStringLiteral("12345"))) ==
          QStringLiteral("contact.phone"));
    CHECK(refusedField(with(job, QStringLiteral("title"), QStringLiteral("  "))) ==
          QStringLiteral("title"));
    CHECK(refusedField(with(job, QStringLiteral("public_welfare"), QStringLiteral("no"))) ==
          QStringLiteral("public_welfare"));
    // A new posting must not already be expired; an old published one synced later may be.
    auto past = with(with(job, QStringLiteral("start_date"), QStringLiteral("2026-11-01")),
                     QStringLiteral("valid_until"), QStringLiteral("2026-11-10"));
    CHECK(validateJob(past, kToday).ok());
    CHECK(refusedField(with(past, QStringLiteral("status"), QStringLiteral("pending_review"))) ==
          QStringLiteral("valid_until"));
    // The employer need not be known to the receiver.
    CHECK(validateJob(with(job, QStringLiteral("employer_id"), QStringLiteral("unknown-employer")),
                      kToday)
              .ok());
}

TEST_CASE("Discriminatory job text is refused with the field and phrase", "[jobvalidation]")
{
    const auto job = validJob();
    for (const char* field : {"title", "skills", "description", "work_hours"}) {
        INFO(field);
        const QString f = QString::fromLatin1(field);
        const Status s = validateJob(with(job, f, QStringLiteral("装卸工，限男性")), kToday);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == f);
        CHECK(s.error().detail == QStringLiteral("限男性"));
        CHECK(s.error().message.contains(QStringLiteral("限男性")));
    }
    const Status s = validateJob(
        with(job, QStringLiteral("description"), QStringLiteral("乙肝携带者勿扰")), kToday);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().detail.contains(QStringLiteral("乙肝")));
}

TEST_CASE("A posting's place is a whole district, and its trade and industry are on the lists",
          "[jobvalidation]")
{
    for (const char* whole : {"南宁市青秀区", "南宁市横州市", "防城港市东兴市", "南宁市隆安县",
                              "广西—东盟经济技术开发区", "藤县", "容县", "横县"})
        CHECK(validation::checkDistrict(QString::fromUtf8(whole), QStringLiteral("d")).ok());
    for (const char* fragment : {"青秀", "X", "南宁", "区", "民族大道与竹溪大道交汇处", ""}) {
        INFO(fragment);
        const auto refused =
            validation::checkDistrict(QString::fromUtf8(fragment), QStringLiteral("d"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("d"));
    }
    CHECK(validation::checkDistrict(QStringLiteral("青秀"), QStringLiteral("d"))
              .error()
              .message.contains(QStringLiteral("\"青秀\"")));
    // A posting the platform sends is not held to it: one stored before stays changeable.
    const auto job = validJob();
    CHECK(refusedField(with(job, QStringLiteral("location.district"), QStringLiteral("青秀"))) ==
          QStringLiteral("<accepted>"));

    const QStringList trades{QStringLiteral("家政保洁"), QStringLiteral("保安")};
    const QStringList industries{QStringLiteral("居民服务"), QStringLiteral("建筑业")};
    CHECK(validateJob(job, kToday, &trades, &industries).ok());
    const Status industry =
        validateJob(with(job, QStringLiteral("industry"), QStringLiteral("养老")), kToday, &trades,
                    &industries);
    REQUIRE_FALSE(industry.ok());
    CHECK(industry.error().field == QStringLiteral("industry"));
    // Without the lists (a platform's posting) any industry named goes.
    CHECK(validateJob(with(job, QStringLiteral("industry"), QStringLiteral("养老")), kToday).ok());
}

TEST_CASE("Every refusal of a posting is found at once, one for each field", "[jobvalidation]")
{
    CHECK(jobProblems(validJob(), kToday).empty());
    QJsonObject job = with(validJob(), QStringLiteral("pay.min"), 300);
    job = with(job, QStringLiteral("pay.max"), 250);
    job = with(job, QStringLiteral("location.address"), QString());
    job = with(job, QStringLiteral("contact.phone"), QStringLiteral("1380771"));
    job = with(job, QStringLiteral("skills"), QStringLiteral("限男性"));
    job = with(job, QStringLiteral("valid_until"), QStringLiteral("2026-02-30"));
    const QStringList industries{QStringLiteral("建筑业")};
    job = with(job, QStringLiteral("industry"), QStringLiteral("随便写的"));
    QStringList fields;
    for (const Error& e : jobProblems(job, kToday, nullptr, &industries))
        fields << e.field;
    // In the form's order, the phrase last; the first is validateJob's own.
    CHECK(fields == QStringList{QStringLiteral("industry"), QStringLiteral("location.address"),
                                QStringLiteral("pay.min"), QStringLiteral("valid_until"),
                                QStringLiteral("contact.phone"), QStringLiteral("skills")});
    CHECK(validateJob(job, kToday, nullptr, &industries).error().field ==
          QStringLiteral("industry"));
    // Pay from above pay to only once both are amounts; a date against the start only once
    // it is a date.
    QJsonObject blank = with(validJob(), QStringLiteral("pay.max"), QJsonValue());
    blank = with(blank, QStringLiteral("pay.min"), 300);
    fields.clear();
    for (const Error& e : jobProblems(blank, kToday))
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("pay.max")});
}
