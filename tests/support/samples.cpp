#include "samples.h"

#include "catchqt.h"

#include <QJsonArray>

namespace lingong::test {

QJsonObject sampleJob()
{
    return QJsonObject{
        {QStringLiteral("title"), QStringLiteral("小区保洁（日结）")},
        {QStringLiteral("occupation"), QStringLiteral("家政保洁")},
        {QStringLiteral("industry"), QStringLiteral("居民服务")},
        {QStringLiteral("skills"), QStringLiteral("能吃苦，有保洁经验优先")},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("district"), QStringLiteral("南宁市青秀区")},
                     {QStringLiteral("address"), QStringLiteral("民族大道1号")}}},
        {QStringLiteral("work_hours"), QStringLiteral("8:00-17:00，共3天")},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), 150},
                                            {QStringLiteral("max"), 180},
                                            {QStringLiteral("unit"), QStringLiteral("day")}}},
        {QStringLiteral("settlement"), QStringLiteral("daily")},
        {QStringLiteral("form"), QStringLiteral("temporary")},
        {QStringLiteral("headcount"), 5},
        {QStringLiteral("start_date"), QStringLiteral("2026-11-23")},
        {QStringLiteral("valid_until"), QStringLiteral("2026-11-30")},
        {QStringLiteral("employer_id"), QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001")},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("李女士")},
                     {QStringLiteral("phone"), QStringLiteral("13800000000")}}},
        {QStringLiteral("public_welfare"), false},
        {QStringLiteral("status"), QStringLiteral("published")},
        {QStringLiteral("description"), QStringLiteral("打扫楼道")},
    };
}

// One representative, complete-enough record per synced entity.
QJsonObject sampleFor(const QString& entity)
{
    if (entity == QLatin1String("job"))
        return sampleJob();
    if (entity == QLatin1String("employer"))
        return {{QStringLiteral("name"), QStringLiteral("广西邕城建筑劳务有限公司")},
                {QStringLiteral("credit_code"), QStringLiteral("91450100MA5KXXXX0X")},
                {QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("黄先生")},
                             {QStringLiteral("phone"), QStringLiteral("0771-5551234")}}},
                {QStringLiteral("verification"), QStringLiteral("verified")},
                {QStringLiteral("blacklisted"), false}};
    if (entity == QLatin1String("seeker"))
        return {{QStringLiteral("name"), QStringLiteral("韦秀英")},
                {QStringLiteral("id_number"), QStringLiteral("45010319700101002X")},
                {QStringLiteral("phone"), QStringLiteral("13907710000")},
                {QStringLiteral("wanted_occupations"),
                 QJsonArray{QStringLiteral("家政保洁"), QStringLiteral("养老护工")}},
                {QStringLiteral("difficulties"), QJsonArray{QStringLiteral("older")}},
                {QStringLiteral("expected_pay"),
                 QJsonObject{{QStringLiteral("min"), 150},
                             {QStringLiteral("unit"), QStringLiteral("day")}}},
                {QStringLiteral("business_interest"), true},
                {QStringLiteral("tier"), QStringLiteral("priority")}};
    if (entity == QLatin1String("application"))
        return {{QStringLiteral("job_id"), QStringLiteral("j1")},
                {QStringLiteral("phone"), QStringLiteral("13800000000")},
                {QStringLiteral("confirmation_no"), QStringLiteral("A0042")},
                {QStringLiteral("status"), QStringLiteral("applied")}};
    if (entity == QLatin1String("content"))
        return {{QStringLiteral("kind"), QStringLiteral("policy")},
                {QStringLiteral("title"), QStringLiteral("社保补贴")},
                {QStringLiteral("extra"),
                 QJsonObject{{QStringLiteral("phone"), QStringLiteral("12333")}}},
                {QStringLiteral("sort_order"), 3}};
    if (entity == QLatin1String("worklog"))
        return {{QStringLiteral("at"), QStringLiteral("2026-11-22T02:00:00.000Z")},
                {QStringLiteral("day"), QStringLiteral("2026-11-22")},
                {QStringLiteral("kind"), QStringLiteral("consultation")},
                {QStringLiteral("summary"), QStringLiteral("政策咨询")}};
    if (entity == QLatin1String("complaint"))
        return {{QStringLiteral("kind"), QStringLiteral("callback")},
                {QStringLiteral("category"), QStringLiteral("wages")},
                {QStringLiteral("owner"), QStringLiteral("window")},
                {QStringLiteral("deadline"), QStringLiteral("2026-11-27")},
                {QStringLiteral("status"), QStringLiteral("open")},
                {QStringLiteral("employer_id"), QStringLiteral("e1")}};
    return {{QStringLiteral("seeker_id"), QStringLiteral("s1")},
            {QStringLiteral("kind"), QStringLiteral("guidance")},
            {QStringLiteral("at"), QStringLiteral("2026-11-22T02:00:00.000Z")}};
}

QString saveSampleJob(EntityStore& store, const QString& title, QString id)
{
    if (id.isEmpty())
        id = EntityStore::newId();
    QJsonObject job = sampleJob();
    job.insert(QStringLiteral("title"), title);
    REQUIRE(store.save(entities::job(), id, job).ok());
    return id;
}

} // namespace lingong::test
