#include "demodata.h"
#include "hub/hubdemo.h"
#include "hub/hubserver.h"
#include "hub/hubtokens.h"
#include "kioskposting.h"
#include "loopbackhub.h"
#include "samples.h"
#include "tempterminal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace lingong;
using namespace lingong::test;

namespace {

const QByteArray kStaff = QByteArrayLiteral("staff-token-0123456789");
const QByteArray kKiosk = QByteArrayLiteral("kiosk-token-0123456789");
const QByteArray kOtherKiosk = QByteArrayLiteral("kiosk-token-9876543210");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject validJob(const QString& status = QStringLiteral("published"))
{
    QJsonObject job = sampleJob();
    // An employer the hub has never heard of: that alone must not reject the job.
    job.insert(QStringLiteral("employer_id"), uuid());
    job.insert(QStringLiteral("status"), status);
    return job;
}

QJsonObject change(const QString& entity, const QString& id, const QJsonObject& data,
                   qint64 baseSeq = 0, const QString& changeId = uuid())
{
    return QJsonObject{{QStringLiteral("change_id"), changeId},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("base_seq"), baseSeq},
                       {QStringLiteral("modified_at"), QStringLiteral("2026-11-22T02:00:00.000Z")},
                       {QStringLiteral("origin"), QStringLiteral("test-device")},
                       {QStringLiteral("data"), data}};
}

QJsonObject seekerData(const QString& name)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("phone"), QStringLiteral("13900000000")}};
}

QByteArray pushBody(const QJsonArray& changes)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("test-device")},
                                     {QStringLiteral("changes"), changes}})
        .toJson(QJsonDocument::Compact);
}

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray contentType;
    QString errorCode() const
    {
        return body.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
};

// A hub on 127.0.0.1, a free port, over a fresh store; tokens: kStaff (staff), kKiosk and
// kOtherKiosk (public).
class TestHub
{
public:
    TestHub()
        : m_loopback(QStringLiteral("%1 staff desk-01\n%2 public kiosk-01\n%3 public kiosk-02\n")
                         .arg(QString::fromLatin1(kStaff), QString::fromLatin1(kKiosk),
                              QString::fromLatin1(kOtherKiosk)))
    {}

    HubServer& hub() { return m_loopback.hub(); }
    HubStore& store() { return m_loopback.store(); }
    TempTerminal& terminal() { return m_loopback.terminal(); }

    QUrl url(const QString& pathAndQuery) const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_loopback.port()).arg(pathAndQuery));
    }

    QNetworkReply* send(QNetworkAccessManager& nam, const QByteArray& verb, const QString& path,
                        const QByteArray& token, const QByteArray& body = {})
    {
        QNetworkRequest request(url(path));
        if (!token.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        return nam.sendCustomRequest(request, verb, body);
    }

    static Answer answer(QNetworkReply* reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        REQUIRE(reply->isFinished());
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }

    Answer call(const QByteArray& verb, const QString& path, const QByteArray& token,
                const QByteArray& body = {})
    {
        return answer(send(m_nam, verb, path, token, body));
    }
    Answer push(const QByteArray& token, const QJsonArray& changes)
    {
        return call("POST", QStringLiteral("/api/v1/changes"), token, pushBody(changes));
    }
    Answer pull(const QByteArray& token, qint64 after, int limit)
    {
        return call("GET",
                    QStringLiteral("/api/v1/changes?after=%1&limit=%2").arg(after).arg(limit),
                    token);
    }
    int changeCount()
    {
        auto n = store().changeCount();
        REQUIRE(n.ok());
        return n.value();
    }

private:
    LoopbackHub m_loopback;
    QNetworkAccessManager m_nam;
};

QJsonObject result(const Answer& a, int i)
{
    return a.body.value(QLatin1String("results")).toArray().at(i).toObject();
}

QString statusOf(const Answer& a, int i)
{
    return result(a, i).value(QLatin1String("status")).toString();
}

qint64 seqOf(const Answer& a, int i)
{
    return result(a, i).value(QLatin1String("seq")).toInteger();
}

QJsonArray changesOf(const Answer& a)
{
    return a.body.value(QLatin1String("changes")).toArray();
}

} // namespace

TEST_CASE("hub health answers without a token, changes need a known token", "[hub]")
{
    TestHub t;
    const Answer health = t.call("GET", QStringLiteral("/api/v1/health"), {});
    CHECK(health.status == 200);
    CHECK(health.contentType.startsWith("application/json"));
    CHECK(health.body.value(QLatin1String("status")).toString() == QLatin1String("ok"));
    CHECK(health.body.value(QLatin1String("seq")).toInteger() == 0);
    CHECK(health.body.value(QLatin1String("time")).toString() ==
          QLatin1String("2026-11-22T02:00:00.000Z"));

    for (const QByteArray& token :
         {QByteArray(), QByteArrayLiteral("not-a-token"), kStaff + QByteArrayLiteral("x")}) {
        const Answer pull = t.call("GET", QStringLiteral("/api/v1/changes"), token);
        CHECK(pull.status == 401);
        CHECK(pull.errorCode() == QLatin1String("unauthorized"));
        CHECK(!pull.body.value(QLatin1String("error"))
                   .toObject()
                   .value(QLatin1String("message"))
                   .toString()
                   .isEmpty());
        const Answer push = t.push(
            token, {change(QStringLiteral("seeker"), uuid(), seekerData(QStringLiteral("张三")))});
        CHECK(push.status == 401);
    }
    CHECK(t.changeCount() == 0);
    CHECK(t.call("GET", QStringLiteral("/api/v1/changes"), kStaff).status == 200);
}

TEST_CASE("hub push is idempotent by change_id", "[hub]")
{
    TestHub t;
    const QJsonArray batch{
        change(QStringLiteral("job"), uuid(), validJob()),
        change(QStringLiteral("seeker"), uuid(), seekerData(QStringLiteral("张三"))),
        change(QStringLiteral("employer"), uuid(),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("南宁某物业公司")}}),
    };
    const Answer first = t.push(kStaff, batch);
    REQUIRE(first.status == 200);
    CHECK(first.contentType.startsWith("application/json"));
    REQUIRE(first.body.value(QLatin1String("results")).toArray().size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(statusOf(first, i) == QLatin1String("applied"));
        CHECK(result(first, i).value(QLatin1String("change_id")) ==
              batch.at(i).toObject().value(QLatin1String("change_id")));
    }
    CHECK(seqOf(first, 0) == 1);
    CHECK(seqOf(first, 1) == 2);
    CHECK(seqOf(first, 2) == 3);
    CHECK(t.changeCount() == 3);

    const Answer again = t.push(kStaff, batch);
    REQUIRE(again.status == 200);
    for (int i = 0; i < 3; ++i) {
        CHECK(statusOf(again, i) == QLatin1String("duplicate"));
        CHECK(seqOf(again, i) == seqOf(first, i));
    }
    CHECK(t.changeCount() == 3);
    CHECK(t.call("GET", QStringLiteral("/api/v1/health"), {})
              .body.value(QLatin1String("seq"))
              .toInteger() == 3);

    // The same change twice in one batch is applied once.
    const QJsonObject c =
        change(QStringLiteral("seeker"), uuid(), seekerData(QStringLiteral("李四")));
    const Answer twice = t.push(kStaff, {c, c});
    CHECK(statusOf(twice, 0) == QLatin1String("applied"));
    CHECK(statusOf(twice, 1) == QLatin1String("duplicate"));
    CHECK(seqOf(twice, 1) == seqOf(twice, 0));
    CHECK(t.changeCount() == 4);
}

TEST_CASE("hub supersedes a change made on a stale base_seq", "[hub]")
{
    TestHub t;
    const QString jobId = uuid();
    const Answer created = t.push(kStaff, {change(QStringLiteral("job"), jobId, validJob())});
    REQUIRE(statusOf(created, 0) == QLatin1String("applied"));
    const qint64 seq1 = seqOf(created, 0);

    QJsonObject edited = validJob();
    edited.insert(QStringLiteral("headcount"), 8);
    const QJsonObject stale = change(QStringLiteral("job"), jobId, edited, 0);
    const Answer lost = t.push(kStaff, {stale});
    CHECK(statusOf(lost, 0) == QLatin1String("superseded"));
    CHECK(seqOf(lost, 0) == seq1);
    CHECK(t.changeCount() == 1);

    const Answer won = t.push(kStaff, {change(QStringLiteral("job"), jobId, edited, seq1)});
    CHECK(statusOf(won, 0) == QLatin1String("applied"));
    CHECK(t.changeCount() == 2);

    // Sent again, the lost change keeps its answer, although its base_seq is still stale.
    const Answer resent = t.push(kStaff, {stale});
    CHECK(statusOf(resent, 0) == QLatin1String("superseded"));
    CHECK(seqOf(resent, 0) == seq1);
    CHECK(t.changeCount() == 2);

    // A delete on the current seq is applied and travels without data.
    QJsonObject del = change(QStringLiteral("job"), jobId, {}, seqOf(won, 0));
    del.insert(QStringLiteral("op"), QStringLiteral("delete"));
    del.remove(QStringLiteral("data"));
    CHECK(statusOf(t.push(kStaff, {del}), 0) == QLatin1String("applied"));
    const QJsonArray all = changesOf(t.pull(kStaff, 0, 10));
    REQUIRE(all.size() == 3);
    CHECK(all.at(2).toObject().value(QLatin1String("op")).toString() == QLatin1String("delete"));
    CHECK(!all.at(2).toObject().contains(QLatin1String("data")));
    CHECK(all.at(1)
              .toObject()
              .value(QLatin1String("data"))
              .toObject()
              .value(QLatin1String("headcount")) == 8);
}

TEST_CASE("hub rejects bad envelopes and jobs that fail J1 or J2", "[hub]")
{
    TestHub t;
    QJsonObject upperId = change(QStringLiteral("seeker"), uuid().toUpper(), seekerData({}));
    QJsonObject unknownEntity = change(QStringLiteral("salary"), uuid(), {});
    QJsonObject badOp = change(QStringLiteral("seeker"), uuid(), seekerData({}));
    badOp.insert(QStringLiteral("op"), QStringLiteral("patch"));
    QJsonObject noData = change(QStringLiteral("seeker"), uuid(), {});
    noData.remove(QStringLiteral("data"));
    QJsonObject negativeBase = change(QStringLiteral("seeker"), uuid(), seekerData({}), -1);
    QJsonObject textBase = change(QStringLiteral("seeker"), uuid(), seekerData({}));
    textBase.insert(QStringLiteral("base_seq"), QStringLiteral("3"));
    QJsonObject upperChangeId =
        change(QStringLiteral("seeker"), uuid(), seekerData({}), 0, uuid().toUpper());
    QJsonObject noTitle = validJob();
    noTitle.remove(QStringLiteral("title"));
    QJsonObject men = validJob();
    men.insert(QStringLiteral("skills"), QStringLiteral("限男性，能吃苦"));
    const QJsonObject noTitleChange = change(QStringLiteral("job"), uuid(), noTitle);

    const QJsonArray batch{upperId,
                           unknownEntity,
                           badOp,
                           noData,
                           negativeBase,
                           textBase,
                           upperChangeId,
                           noTitleChange,
                           change(QStringLiteral("job"), uuid(), men),
                           change(QStringLiteral("job"), uuid(), validJob())};
    const Answer a = t.push(kStaff, batch);
    REQUIRE(a.status == 200);
    REQUIRE(a.body.value(QLatin1String("results")).toArray().size() == batch.size());
    const char* const fields[] = {"id", "entity", "op", "data", "base_seq", "base_seq"};
    for (int i = 0; i < 6; ++i) {
        INFO(i);
        CHECK(statusOf(a, i) == QLatin1String("rejected"));
        CHECK(!result(a, i).contains(QLatin1String("seq")));
        const QJsonObject error = result(a, i).value(QLatin1String("error")).toObject();
        CHECK(error.value(QLatin1String("field")).toString() == QLatin1String(fields[i]));
        CHECK(!error.value(QLatin1String("message")).toString().isEmpty());
    }
    CHECK(statusOf(a, 6) == QLatin1String("rejected"));

    const QJsonObject titleError = result(a, 7).value(QLatin1String("error")).toObject();
    CHECK(statusOf(a, 7) == QLatin1String("rejected"));
    CHECK(titleError.value(QLatin1String("code")).toString() == QLatin1String("invalid"));
    CHECK(titleError.value(QLatin1String("field")).toString() == QLatin1String("title"));

    const QJsonObject menError = result(a, 8).value(QLatin1String("error")).toObject();
    CHECK(statusOf(a, 8) == QLatin1String("rejected"));
    CHECK(menError.value(QLatin1String("field")).toString() == QLatin1String("skills"));
    CHECK(menError.value(QLatin1String("message")).toString().contains(QStringLiteral("限男性")));
    CHECK(menError.value(QLatin1String("detail")).toString().contains(QStringLiteral("限男")));

    CHECK(statusOf(a, 9) == QLatin1String("applied"));
    CHECK(t.changeCount() == 1);

    // A rejected change sent again is rejected again with the same error, and stays out.
    const Answer again = t.push(kStaff, {noTitleChange});
    CHECK(statusOf(again, 0) == QLatin1String("rejected"));
    CHECK(result(again, 0).value(QLatin1String("error")).toObject() == titleError);
    CHECK(t.changeCount() == 1);

    // Present but empty is not enough for what J1 asks of every posting, and the trade comes
    // from the trade list.
    const std::pair<const char*, QJsonValue> wrong[] = {
        {"skills", QString()},
        {"skills", QStringLiteral("   ")},
        {"industry", QString()},
        {"occupation", QStringLiteral("火箭工程师")},
    };
    for (const auto& [field, value] : wrong) {
        INFO(field << " = '" << value.toString().toStdString() << "'");
        QJsonObject job = validJob();
        job.insert(QLatin1String(field), value);
        const Answer refused = t.push(kStaff, {change(QStringLiteral("job"), uuid(), job)});
        CHECK(statusOf(refused, 0) == QLatin1String("rejected"));
        CHECK(result(refused, 0)
                  .value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("field"))
                  .toString() == QLatin1String(field));
    }
    CHECK(t.changeCount() == 1);

    // Closing a posting always goes through, even one written before a rule was added: else
    // other devices would go on showing a filled or withdrawn job.
    QJsonObject old = validJob();
    old.insert(QStringLiteral("industry"), QString());
    for (const char* status : {"filled", "withdrawn", "expired"}) {
        INFO(status);
        old.insert(QStringLiteral("status"), QLatin1String(status));
        CHECK(statusOf(t.push(kStaff, {change(QStringLiteral("job"), uuid(), old)}), 0) ==
              QLatin1String("applied"));
    }
    old.insert(QStringLiteral("status"), QStringLiteral("archived"));
    CHECK(statusOf(t.push(kStaff, {change(QStringLiteral("job"), uuid(), old)}), 0) ==
          QLatin1String("rejected"));
}

TEST_CASE("the hub checks a posting's trade against the trades its store offers", "[hub]")
{
    TestHub t;
    // The hub's store follows a hall's list (README "Configuration", lists): one trade left out,
    // one added.
    Database& db = t.terminal()->database();
    REQUIRE(db.exec(QStringLiteral("UPDATE occupation SET active = 0 WHERE name = ?"),
                    {sampleJob().value(QStringLiteral("occupation")).toString()})
                .ok());
    REQUIRE(db.exec(QStringLiteral("INSERT INTO occupation(name, industry) VALUES('无人机飞手', "
                                   "'农林牧渔业')"))
                .ok());
    const Answer left = t.push(kStaff, {change(QStringLiteral("job"), uuid(), validJob())});
    CHECK(statusOf(left, 0) == QLatin1String("rejected"));
    CHECK(result(left, 0)
              .value(QLatin1String("error"))
              .toObject()
              .value(QLatin1String("field"))
              .toString() == QLatin1String("occupation"));
    QJsonObject drone = validJob();
    drone.insert(QStringLiteral("occupation"), QStringLiteral("无人机飞手"));
    drone.insert(QStringLiteral("industry"), QStringLiteral("农林牧渔业"));
    CHECK(statusOf(t.push(kStaff, {change(QStringLiteral("job"), uuid(), drone)}), 0) ==
          QLatin1String("applied"));
}

TEST_CASE("hub public tokens change only records their own device sent, and none once deleted",
          "[hub]")
{
    TestHub t;
    auto code = [](const Answer& a) {
        return result(a, 0)
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    };
    // A seeker registered at a window, an application and a posting made at kiosk-01.
    const QString seeker = uuid();
    const Answer registered = t.push(
        kStaff, {change(QStringLiteral("seeker"), seeker, seekerData(QStringLiteral("王小明")))});
    REQUIRE(statusOf(registered, 0) == QLatin1String("applied"));
    const qint64 seekerSeq = seqOf(registered, 0);
    const QString application = uuid();
    const QJsonObject applied{{QStringLiteral("job_id"), uuid()},
                              {QStringLiteral("phone"), QStringLiteral("13900000000")},
                              {QStringLiteral("status"), QStringLiteral("applied")}};
    const Answer made =
        t.push(kKiosk, {change(QStringLiteral("application"), application, applied)});
    REQUIRE(statusOf(made, 0) == QLatin1String("applied"));
    const QString posting = uuid();
    const Answer posted = t.push(kKiosk, {change(QStringLiteral("job"), posting,
                                                 validJob(QStringLiteral("pending_review")))});
    REQUIRE(statusOf(posted, 0) == QLatin1String("applied"));
    const int before = t.changeCount();

    // Another kiosk (or a wall screen) may not write over any of them, even knowing their seq.
    QJsonObject hired = applied;
    hired.insert(QStringLiteral("status"), QStringLiteral("hired"));
    QJsonObject retitled = validJob(QStringLiteral("pending_review"));
    retitled.insert(QStringLiteral("title"), QStringLiteral("篡改的标题"));
    for (const Answer& a :
         {t.push(kKiosk, {change(QStringLiteral("seeker"), seeker,
                                 seekerData(QStringLiteral("被篡改")), seekerSeq)}),
          t.push(kOtherKiosk,
                 {change(QStringLiteral("application"), application, hired, seqOf(made, 0))}),
          t.push(kOtherKiosk,
                 {change(QStringLiteral("job"), posting, retitled, seqOf(posted, 0))})}) {
        CHECK(statusOf(a, 0) == QLatin1String("rejected"));
        CHECK(code(a) == QLatin1String("forbidden"));
    }
    CHECK(t.changeCount() == before);
    // The kiosk that sent them may.
    const Answer corrected =
        t.push(kKiosk, {change(QStringLiteral("application"), application, hired, seqOf(made, 0))});
    CHECK(statusOf(corrected, 0) == QLatin1String("applied"));

    // A kiosk's request is a call back: what it is about is named at a window.
    const QJsonObject request{{QStringLiteral("kind"), QStringLiteral("callback")},
                              {QStringLiteral("category"), QStringLiteral("找工作")},
                              {QStringLiteral("phone"), QStringLiteral("13900000000")},
                              {QStringLiteral("status"), QStringLiteral("open")},
                              {QStringLiteral("employer_id"), QString()},
                              {QStringLiteral("application_id"), QString()}};
    CHECK(statusOf(t.push(kKiosk, {change(QStringLiteral("complaint"), uuid(), request)}), 0) ==
          QLatin1String("applied"));
    for (const char* field : {"employer_id", "application_id"}) {
        QJsonObject named = request;
        named.insert(QString::fromLatin1(field), uuid());
        const Answer a = t.push(kKiosk, {change(QStringLiteral("complaint"), uuid(), named)});
        CHECK(statusOf(a, 0) == QLatin1String("rejected"));
        CHECK(code(a) == QLatin1String("forbidden"));
        CHECK(statusOf(t.push(kStaff, {change(QStringLiteral("complaint"), uuid(), named)}), 0) ==
              QLatin1String("applied"));
    }

    // A seeker deleted at a window (data removed, or merged away) is not brought back by an
    // upsert over the deletion, from a window either.
    QJsonObject removal = change(QStringLiteral("seeker"), seeker, QJsonObject{}, seekerSeq);
    removal.insert(QStringLiteral("op"), QStringLiteral("delete"));
    removal.remove(QStringLiteral("data"));
    const Answer removed = t.push(kStaff, {removal});
    REQUIRE(statusOf(removed, 0) == QLatin1String("applied"));
    const Answer back =
        t.push(kStaff, {change(QStringLiteral("seeker"), seeker,
                               seekerData(QStringLiteral("王小明")), seqOf(removed, 0))});
    CHECK(statusOf(back, 0) == QLatin1String("rejected"));
    CHECK(code(back) == QLatin1String("forbidden"));
}

TEST_CASE("hub takes a posting made at a kiosk's 我要招工 from a public token", "[hub]")
{
    TestHub t;
    KioskPosting p;
    p.occupation = QStringLiteral("泥瓦工");
    p.industry = QStringLiteral("建筑业");
    p.district = QStringLiteral("南宁市西乡塘区");
    p.place = QStringLiteral("site");
    p.starts = QStringLiteral("today");
    p.duration = QStringLiteral("1w");
    p.hours = QStringLiteral("day");
    p.headcount = 3;
    p.pay = 280;
    p.payUnit = QStringLiteral("day");
    p.settlement = QStringLiteral("weekly");
    p.asks = {QStringLiteral("experience")};
    p.phone = QStringLiteral("07715551234");
    p.surname = QStringLiteral("覃");
    p.honorific = QStringLiteral("mr");
    const QString id = uuid();
    const QJsonObject job = p.toJob(t.terminal().clock().today());
    const Answer posted = t.push(kKiosk, {change(QStringLiteral("job"), id, job)});
    CHECK(statusOf(posted, 0) == QLatin1String("applied"));
    // While it waits for review, public devices are sent it without whom to call; staff are
    // sent it whole.
    const auto sent = [&t](const QByteArray& token) {
        const QJsonArray changes = changesOf(t.pull(token, 0, 100));
        REQUIRE(changes.size() >= 1);
        return changes.last().toObject().value(QLatin1String("data")).toObject();
    };
    CHECK_FALSE(sent(kKiosk).contains(QLatin1String("contact")));
    CHECK(sent(kKiosk).value(QLatin1String("title")) == job.value(QLatin1String("title")));
    CHECK(sent(kStaff).value(QLatin1String("contact")) == job.value(QLatin1String("contact")));
    // Published, it goes out whole.
    QJsonObject published = job;
    published.insert(QStringLiteral("status"), QStringLiteral("published"));
    const Answer publishing =
        t.push(kStaff, {change(QStringLiteral("job"), id, published, seqOf(posted, 0))});
    REQUIRE(statusOf(publishing, 0) == QLatin1String("applied"));
    CHECK(sent(kKiosk).value(QLatin1String("contact")) == job.value(QLatin1String("contact")));

    // Turned down at review: why goes to staff only, and whom to call to no public device.
    QJsonObject rejected = job;
    rejected.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
    rejected.insert(QStringLiteral("review_note"), QStringLiteral("电话无法接通"));
    REQUIRE(statusOf(
                t.push(kStaff, {change(QStringLiteral("job"), id, rejected, seqOf(publishing, 0))}),
                0) == QLatin1String("applied"));
    CHECK_FALSE(sent(kKiosk).contains(QLatin1String("review_note")));
    CHECK_FALSE(sent(kKiosk).contains(QLatin1String("contact")));
    CHECK(sent(kStaff).value(QLatin1String("review_note")).toString() ==
          QStringLiteral("电话无法接通"));
    // Published by a terminal that left a note on it: the note still stays with staff.
    QJsonObject leftOver = published;
    leftOver.insert(QStringLiteral("review_note"), QStringLiteral("电话无法接通"));
    const QJsonArray staffSaw = changesOf(t.pull(kStaff, 0, 100));
    REQUIRE(
        statusOf(
            t.push(kStaff,
                   {change(QStringLiteral("job"), id, leftOver,
                           staffSaw.last().toObject().value(QLatin1String("seq")).toInteger())}),
            0) == QLatin1String("applied"));
    CHECK_FALSE(sent(kKiosk).contains(QLatin1String("review_note")));
    CHECK(sent(kKiosk).value(QLatin1String("contact")) == job.value(QLatin1String("contact")));
}

TEST_CASE("hub public tokens push only what a kiosk may and never pull personal data", "[hub]")
{
    TestHub t;
    const QString pendingJob = uuid();
    const QJsonArray fromKiosk{
        change(QStringLiteral("employer"), uuid(),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("某公司")}}),
        change(QStringLiteral("seeker"), uuid(), seekerData(QStringLiteral("王五"))),
        change(QStringLiteral("application"), uuid(),
               QJsonObject{{QStringLiteral("job_id"), uuid()},
                           {QStringLiteral("phone"), QStringLiteral("13900000000")}}),
        change(QStringLiteral("job"), uuid(), validJob(QStringLiteral("published"))),
        change(QStringLiteral("job"), pendingJob, validJob(QStringLiteral("pending_review"))),
        change(QStringLiteral("content"), uuid(),
               QJsonObject{{QStringLiteral("title"), QStringLiteral("政策")}}),
        change(QStringLiteral("service_record"), uuid(), QJsonObject{}),
    };
    const Answer a = t.push(kKiosk, fromKiosk);
    REQUIRE(a.status == 200);
    const QString expected[] = {QStringLiteral("rejected"), QStringLiteral("applied"),
                                QStringLiteral("applied"),  QStringLiteral("rejected"),
                                QStringLiteral("applied"),  QStringLiteral("rejected"),
                                QStringLiteral("rejected")};
    for (int i = 0; i < 7; ++i) {
        INFO(i);
        CHECK(statusOf(a, i) == expected[i]);
        if (expected[i] == QLatin1String("rejected"))
            CHECK(result(a, i)
                      .value(QLatin1String("error"))
                      .toObject()
                      .value(QLatin1String("code"))
                      .toString() == QLatin1String("forbidden"));
    }
    CHECK(t.changeCount() == 3);

    // A kiosk registers seekers; it neither merges (merged_ids) nor deletes them. A service
    // window may.
    {
        QJsonObject merging = seekerData(QStringLiteral("王五"));
        merging.insert(QStringLiteral("merged_ids"), QJsonArray{uuid()});
        QJsonObject removal = change(QStringLiteral("seeker"), uuid(), QJsonObject{});
        removal.insert(QStringLiteral("op"), QStringLiteral("delete"));
        removal.remove(QStringLiteral("data"));
        const QJsonArray seekers{change(QStringLiteral("seeker"), uuid(), merging), removal};
        const Answer kiosk = t.push(kKiosk, seekers);
        REQUIRE(kiosk.status == 200);
        for (int i = 0; i < 2; ++i) {
            INFO(i);
            CHECK(statusOf(kiosk, i) == QLatin1String("rejected"));
        }
        const Answer staff = t.push(kStaff, {change(QStringLiteral("seeker"), uuid(), merging)});
        CHECK(statusOf(staff, 0) == QLatin1String("applied"));
    }

    // Once staff published the job, the kiosk cannot put it back under review.
    const Answer published =
        t.push(kStaff, {change(QStringLiteral("job"), pendingJob, validJob(), seqOf(a, 4))});
    REQUIRE(statusOf(published, 0) == QLatin1String("applied"));
    const Answer demote =
        t.push(kKiosk, {change(QStringLiteral("job"), pendingJob,
                               validJob(QStringLiteral("pending_review")), seqOf(published, 0))});
    CHECK(statusOf(demote, 0) == QLatin1String("rejected"));

    const QJsonArray kioskSees = changesOf(t.pull(kKiosk, 0, 100));
    REQUIRE(kioskSees.size() == 2);
    for (const QJsonValue& c : kioskSees)
        CHECK(c.toObject().value(QLatin1String("entity")).toString() == QLatin1String("job"));
    const QJsonArray staffSees = changesOf(t.pull(kStaff, 0, 100));
    CHECK(staffSees.size() == 5); // with the service window's merged seeker
    QSet<QString> kinds;
    for (const QJsonValue& c : staffSees)
        kinds.insert(c.toObject().value(QLatin1String("entity")).toString());
    CHECK(kinds.contains(QStringLiteral("seeker")));
    CHECK(kinds.contains(QStringLiteral("application")));
}

TEST_CASE("hub sends public devices an employer's name and standing, not its private details",
          "[hub]")
{
    TestHub t;
    const QJsonObject employer{
        {QStringLiteral("name"), QStringLiteral("黄某某（个人）")},
        {QStringLiteral("kind"), QStringLiteral("individual")},
        {QStringLiteral("district"), QStringLiteral("青秀区")},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("黄某某")},
                     {QStringLiteral("phone"), QStringLiteral("13912345678")}}},
        {QStringLiteral("address"), QStringLiteral("某小区3栋2单元")},
        {QStringLiteral("notes"), QStringLiteral("内部备注")},
        {QStringLiteral("blacklisted"), true},
        {QStringLiteral("blacklist_reason"), QStringLiteral("拖欠工资")},
    };
    REQUIRE(statusOf(t.push(kStaff, {change(QStringLiteral("employer"), uuid(), employer)}), 0) ==
            QLatin1String("applied"));

    const QJsonArray kioskSees = changesOf(t.pull(kKiosk, 0, 100));
    REQUIRE(kioskSees.size() == 1);
    const QJsonObject sent = kioskSees.at(0).toObject().value(QLatin1String("data")).toObject();
    CHECK(sent.value(QLatin1String("name")).toString() == QStringLiteral("黄某某（个人）"));
    CHECK(sent.value(QLatin1String("blacklisted")).toBool());
    CHECK(sent.value(QLatin1String("district")).toString() == QStringLiteral("青秀区"));
    for (const char* key : {"contact", "address", "notes", "blacklist_reason"}) {
        INFO(key);
        CHECK_FALSE(sent.contains(QLatin1String(key)));
    }
    const QJsonObject staffGets =
        changesOf(t.pull(kStaff, 0, 100)).at(0).toObject().value(QLatin1String("data")).toObject();
    CHECK(staffGets == employer);
}

TEST_CASE("hub pull pages by seq and moves past what a public token may not see", "[hub]")
{
    TestHub t;
    // Log: 1 seeker, 2 job, 3 seeker, 4 seeker, 5 employer, 6 application, 7 content, 8 job,
    // 9 seeker, 10 complaint, 11 worklog.
    const QStringList kinds{
        QStringLiteral("seeker"),    QStringLiteral("job"),      QStringLiteral("seeker"),
        QStringLiteral("seeker"),    QStringLiteral("employer"), QStringLiteral("application"),
        QStringLiteral("content"),   QStringLiteral("job"),      QStringLiteral("seeker"),
        QStringLiteral("complaint"), QStringLiteral("worklog")};
    QJsonArray batch;
    for (const QString& kind : kinds)
        batch.append(change(kind, uuid(),
                            kind == QLatin1String("job")
                                ? validJob()
                                : QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}));
    const Answer pushed = t.push(kStaff, batch);
    for (int i = 0; i < kinds.size(); ++i)
        REQUIRE(seqOf(pushed, i) == i + 1);

    // Public, limit 2: [2, 5] more; [7, 8] then nothing visible after 8 → next jumps to 11.
    Answer p = t.pull(kKiosk, 0, 2);
    REQUIRE(p.status == 200);
    QJsonArray c = changesOf(p);
    REQUIRE(c.size() == 2);
    CHECK(c.at(0).toObject().value(QLatin1String("seq")).toInteger() == 2);
    CHECK(c.at(1).toObject().value(QLatin1String("seq")).toInteger() == 5);
    CHECK(p.body.value(QLatin1String("more")).toBool());
    CHECK(p.body.value(QLatin1String("next")).toInteger() == 5);

    p = t.pull(kKiosk, 5, 2);
    c = changesOf(p);
    REQUIRE(c.size() == 2);
    CHECK(c.at(0).toObject().value(QLatin1String("seq")).toInteger() == 7);
    CHECK(c.at(1).toObject().value(QLatin1String("seq")).toInteger() == 8);
    CHECK_FALSE(p.body.value(QLatin1String("more")).toBool());
    CHECK(p.body.value(QLatin1String("next")).toInteger() == 11);

    p = t.pull(kKiosk, 11, 2);
    CHECK(changesOf(p).isEmpty());
    CHECK_FALSE(p.body.value(QLatin1String("more")).toBool());
    CHECK(p.body.value(QLatin1String("next")).toInteger() == 11);

    // A cursor in a run of hidden rows, with nothing visible after it, also moves to the end.
    p = t.pull(kKiosk, 8, 500);
    CHECK(changesOf(p).isEmpty());
    CHECK(p.body.value(QLatin1String("next")).toInteger() == 11);

    // An envelope comes back whole, with its seq.
    const QJsonObject first = changesOf(t.pull(kKiosk, 0, 1)).at(0).toObject();
    CHECK(first.value(QLatin1String("change_id")) ==
          batch.at(1).toObject().value(QLatin1String("change_id")));
    CHECK(first.value(QLatin1String("id")) == batch.at(1).toObject().value(QLatin1String("id")));
    CHECK(first.value(QLatin1String("op")).toString() == QLatin1String("upsert"));
    CHECK(first.value(QLatin1String("base_seq")).toInteger() == 0);
    CHECK(first.value(QLatin1String("origin")).toString() == QLatin1String("test-device"));
    CHECK(first.value(QLatin1String("modified_at")).toString() ==
          QLatin1String("2026-11-22T02:00:00.000Z"));
    CHECK(first.value(QLatin1String("data")).toObject() ==
          batch.at(1).toObject().value(QLatin1String("data")).toObject());

    // Staff walk every change, 4 at a time.
    qint64 after = 0;
    QList<qint64> seen;
    for (int guard = 0; guard < 10; ++guard) {
        const Answer page = t.pull(kStaff, after, 4);
        for (const QJsonValue& v : changesOf(page))
            seen << v.toObject().value(QLatin1String("seq")).toInteger();
        after = page.body.value(QLatin1String("next")).toInteger();
        if (!page.body.value(QLatin1String("more")).toBool())
            break;
    }
    CHECK(seen == QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    CHECK(after == 11);

    // Default limit, and a limit above the maximum served as the maximum.
    CHECK(changesOf(t.call("GET", QStringLiteral("/api/v1/changes"), kStaff)).size() == 11);
    CHECK(t.pull(kStaff, 0, 5000).status == 200);
}

TEST_CASE("hub answers bad requests with JSON errors", "[hub]")
{
    TestHub t;
    SECTION("a body over 4 MiB")
    {
        QByteArray body = "{\"changes\": [], \"pad\": \"";
        body += QByteArray(5 * 1024 * 1024, 'x');
        body += "\"}";
        const Answer a = t.call("POST", QStringLiteral("/api/v1/changes"), kStaff, body);
        CHECK(a.status == 413);
        CHECK(a.errorCode() == QLatin1String("too_large"));
    }
    SECTION("more than 500 changes")
    {
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(change(QStringLiteral("seeker"), uuid(), seekerData({})));
        const Answer a = t.push(kStaff, many);
        CHECK(a.status == 413);
        CHECK(a.errorCode() == QLatin1String("too_large"));
    }
    SECTION("malformed JSON")
    {
        for (const QByteArray& body : {QByteArrayLiteral("{\"changes\": ["),
                                       QByteArrayLiteral("[]"), QByteArrayLiteral("{}")}) {
            const Answer a = t.call("POST", QStringLiteral("/api/v1/changes"), kStaff, body);
            CHECK(a.status == 400);
            CHECK(a.errorCode() == QLatin1String("bad_request"));
            CHECK(a.contentType.startsWith("application/json"));
        }
    }
    SECTION("bad pull parameters")
    {
        for (const QString& query :
             {QStringLiteral("limit=abc"), QStringLiteral("limit=0"), QStringLiteral("limit=-5"),
              QStringLiteral("after=x"), QStringLiteral("after=-1"), QStringLiteral("limit=1.5")}) {
            INFO(query.toStdString());
            const Answer a = t.call("GET", QStringLiteral("/api/v1/changes?") + query, kStaff);
            CHECK(a.status == 400);
            CHECK(a.errorCode() == QLatin1String("bad_request"));
        }
    }
    SECTION("unknown path and wrong method")
    {
        for (const QString& path : {QStringLiteral("/api/v1/nothing"), QStringLiteral("/"),
                                    QStringLiteral("/api/v1/changes/extra")}) {
            const Answer a = t.call("GET", path, kStaff);
            CHECK(a.status == 404);
            CHECK(a.errorCode() == QLatin1String("not_found"));
            CHECK(a.contentType.startsWith("application/json"));
        }
        const Answer del = t.call("DELETE", QStringLiteral("/api/v1/changes"), kStaff);
        CHECK(del.status == 405);
        CHECK(del.errorCode() == QLatin1String("method_not_allowed"));
        const Answer postHealth = t.call("POST", QStringLiteral("/api/v1/health"), {}, "{}");
        CHECK(postHealth.status == 405);
        CHECK(postHealth.errorCode() == QLatin1String("method_not_allowed"));
    }
    SECTION("a database failure")
    {
        t.terminal()->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
            if (sql.contains(QLatin1String("hub_change")))
                return makeError(QStringLiteral("database"), QStringLiteral("disk I/O error"));
            return std::nullopt;
        });
        const Answer a = t.push(kStaff, {change(QStringLiteral("seeker"), uuid(), seekerData({}))});
        CHECK(a.status == 500);
        CHECK(a.errorCode() == QLatin1String("internal"));
        CHECK(t.call("GET", QStringLiteral("/api/v1/changes"), kStaff).status == 500);
        CHECK(t.call("GET", QStringLiteral("/api/v1/health"), {}).status == 500);
        t.terminal()->database().setFaultInjector({});
        CHECK(t.changeCount() == 0);
        auto receipts = t.store().receiptCount();
        REQUIRE(receipts.ok());
        CHECK(receipts.value() == 0);
    }
}

TEST_CASE("hub takes concurrent pushes from several clients, each change exactly once", "[hub]")
{
    TestHub t;
    constexpr int kClients = 4;
    constexpr int kPerClient = 50;
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    std::vector<QNetworkReply*> replies;
    QSet<QString> sent;
    for (int c = 0; c < kClients; ++c) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        // Ten pushes of five changes per client, all in flight at once; every push is sent twice
        // (a client that lost the answer), the second copy racing the first.
        for (int p = 0; p < kPerClient / 5; ++p) {
            QJsonArray batch;
            for (int i = 0; i < 5; ++i) {
                const QJsonObject ch =
                    change(QStringLiteral("seeker"), uuid(),
                           seekerData(QStringLiteral("客户%1-%2").arg(c).arg(i)));
                sent.insert(ch.value(QLatin1String("change_id")).toString());
                batch.append(ch);
            }
            const QByteArray body = pushBody(batch);
            for (int copy = 0; copy < 2; ++copy)
                replies.push_back(
                    t.send(*nams.back(), "POST", QStringLiteral("/api/v1/changes"), kStaff, body));
        }
    }
    QMap<QString, qint64> seqByChange;
    int applied = 0;
    int duplicates = 0;
    for (QNetworkReply* reply : replies) {
        const Answer a = TestHub::answer(reply);
        REQUIRE(a.status == 200);
        for (const QJsonValue& v : a.body.value(QLatin1String("results")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QLatin1String("change_id")).toString();
            const qint64 seq = r.value(QLatin1String("seq")).toInteger();
            const QString status = r.value(QLatin1String("status")).toString();
            applied += status == QLatin1String("applied") ? 1 : 0;
            duplicates += status == QLatin1String("duplicate") ? 1 : 0;
            if (seqByChange.contains(id))
                CHECK(seqByChange.value(id) == seq);
            seqByChange.insert(id, seq);
        }
    }
    CHECK(applied == kClients * kPerClient);
    CHECK(duplicates == kClients * kPerClient);
    CHECK(t.changeCount() == kClients * kPerClient);

    QSet<QString> pulled;
    QSet<qint64> seqs;
    const QJsonArray all = changesOf(t.pull(kStaff, 0, 1000));
    for (const QJsonValue& v : all) {
        pulled.insert(v.toObject().value(QLatin1String("change_id")).toString());
        seqs.insert(v.toObject().value(QLatin1String("seq")).toInteger());
    }
    CHECK(all.size() == kClients * kPerClient);
    CHECK(pulled == sent);
    CHECK(seqs.size() == kClients * kPerClient);
    for (auto it = seqByChange.cbegin(); it != seqByChange.cend(); ++it)
        CHECK(seqs.contains(it.value()));
}

TEST_CASE("hub token file: one token per device, bad lines named", "[hub]")
{
    auto ok = HubTokens::parse(QStringLiteral("# hall tokens\n"
                                              "\n"
                                              "aaaa-1111 staff desk-01\n"
                                              "   bbbb-2222\tpublic   kiosk-01  \n"
                                              "# the wall screen\n"
                                              "cccc-3333 public display-01 # by the door\n"
                                              "dd#d-4444 public kiosk-02\t# a # in a token\n"));
    REQUIRE(ok.ok());
    CHECK(ok.value().size() == 4);
    REQUIRE(ok.value().find(QStringLiteral("cccc-3333")));
    CHECK(ok.value().find(QStringLiteral("cccc-3333"))->deviceId == QLatin1String("display-01"));
    REQUIRE(ok.value().find(QStringLiteral("dd#d-4444")));
    CHECK(ok.value().find(QStringLiteral("dd#d-4444"))->deviceId == QLatin1String("kiosk-02"));
    const HubToken* desk = ok.value().find(QStringLiteral("aaaa-1111"));
    REQUIRE(desk);
    CHECK(desk->scope == HubToken::Scope::Staff);
    CHECK(desk->deviceId == QLatin1String("desk-01"));
    const HubToken* kiosk = ok.value().find(QStringLiteral("bbbb-2222"));
    REQUIRE(kiosk);
    CHECK(kiosk->scope == HubToken::Scope::Public);
    CHECK(kiosk->deviceId == QLatin1String("kiosk-01"));
    CHECK(ok.value().find(QStringLiteral("aaaa-111")) == nullptr);
    CHECK(ok.value().find(QString()) == nullptr);

    const auto fails = [](const QString& text, const QString& needle) {
        auto r = HubTokens::parse(text);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(needle));
    };
    fails(QStringLiteral("aaaa staff desk\nbbbb admin desk-2\n"), QStringLiteral("line 2"));
    fails(QStringLiteral("# c\n\naaaa staff\n"), QStringLiteral("line 3"));
    fails(QStringLiteral("aaaa staff desk extra\n"), QStringLiteral("line 1"));
    fails(QStringLiteral("aaaa staff desk\nbbbb public kiosk\naaaa public kiosk-2\n"),
          QStringLiteral("line 3"));

    QTemporaryDir dir;
    auto missing = HubTokens::load(dir.filePath(QStringLiteral("none.txt")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("none.txt")));
}

TEST_CASE("hub demo seeding publishes jobs and their employers as platform changes", "[hub]")
{
    TestHub t;
    DemoData demo(t.terminal()->store());
    auto added = seedHubDemo(t.store(), demo, 30);
    REQUIRE(added.ok());
    QSet<QString> employers;
    for (int i = 0; i < 30; ++i)
        employers.insert(demo.job(i).value(QLatin1String("employer_id")).toString());
    CHECK(added.value() == 30 + employers.size());
    CHECK(t.changeCount() == added.value());

    const QJsonArray log = changesOf(t.pull(kKiosk, 0, 1000));
    REQUIRE(log.size() == added.value());
    QSet<QString> jobIds;
    QSet<QString> employerIds;
    for (const QJsonValue& v : log) {
        const QJsonObject c = v.toObject();
        CHECK(c.value(QLatin1String("origin")).toString() == QLatin1String("platform"));
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("job")) {
            // Every employer a job names came earlier in the log.
            CHECK(employerIds.contains(c.value(QLatin1String("data"))
                                           .toObject()
                                           .value(QLatin1String("employer_id"))
                                           .toString()));
            jobIds.insert(c.value(QLatin1String("id")).toString());
        } else {
            employerIds.insert(c.value(QLatin1String("id")).toString());
        }
    }
    CHECK(jobIds.size() == 30);
    CHECK(jobIds.contains(DemoData::jobId(29)));
    CHECK(employerIds == employers);

    // Topping up adds only the new jobs (and employers not yet published).
    auto again = seedHubDemo(t.store(), demo, 30);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    auto more = seedHubDemo(t.store(), demo, 35);
    REQUIRE(more.ok());
    CHECK(more.value() >= 5);
    CHECK(t.changeCount() == added.value() + more.value());
}

TEST_CASE("lingong --mode hub needs a token file and seeds its log", "[hub]")
{
    const auto run = [](const QStringList& args, QString* out) {
        QProcess p;
        p.start(QStringLiteral(LINGONG_EXE),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        REQUIRE(p.waitForFinished(30000));
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
    QString out;
    CHECK(run({QStringLiteral("--help")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("--tokens")));
    CHECK(out.contains(QStringLiteral("--listen")));
    CHECK(out.contains(QStringLiteral("--seed-demo")));

    CHECK(run({QStringLiteral("--mode"), QStringLiteral("hub"), QStringLiteral("--db"), db},
              &out) == 2);
    CHECK(out.contains(QStringLiteral("--tokens")));

    QFile bad(dir.filePath(QStringLiteral("bad-tokens")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("good-token staff desk-01\nbroken line\n");
    bad.close();
    CHECK(run({QStringLiteral("--mode"), QStringLiteral("hub"), QStringLiteral("--db"), db,
               QStringLiteral("--tokens"), bad.fileName()},
              &out) == 2);
    CHECK(out.contains(QStringLiteral("line 2")));

    QFile tokens(dir.filePath(QStringLiteral("tokens")));
    REQUIRE(tokens.open(QIODevice::WriteOnly));
    tokens.write("# test\nkiosk-token public kiosk-01\n");
    tokens.close();
    QProcess hub;
    hub.start(QStringLiteral(LINGONG_EXE),
              {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--mode"),
               QStringLiteral("hub"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
               QStringLiteral("--db"), db, QStringLiteral("--tokens"), tokens.fileName(),
               QStringLiteral("--seed-demo"), QStringLiteral("12")});
    REQUIRE(hub.waitForStarted());
    QString printed;
    const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch m;
    for (int i = 0; i < 150 && !m.hasMatch(); ++i) {
        hub.waitForReadyRead(200);
        printed += QString::fromUtf8(hub.readAllStandardOutput());
        m = re.match(printed);
    }
    INFO(printed.toStdString());
    REQUIRE(m.hasMatch());
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/changes?limit=1000").arg(m.captured(1))));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer kiosk-token"));
    const Answer a = TestHub::answer(nam.get(request));
    hub.terminate();
    hub.waitForFinished(5000);
    REQUIRE(a.status == 200);
    int jobs = 0;
    for (const QJsonValue& v : changesOf(a))
        jobs += v.toObject().value(QLatin1String("entity")).toString() == QLatin1String("job");
    CHECK(jobs == 12);
}

namespace {

// Collects what the hub writes to the log while it lives.
class HubLog
{
public:
    HubLog() { s_previous = qInstallMessageHandler(&HubLog::handle); }
    ~HubLog() { qInstallMessageHandler(s_previous); }
    QStringList lines() const
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        if (QByteArrayView(context.category) != QByteArrayView("lingong.hub"))
            return;
        QMutexLocker lock(&s_mutex);
        s_lines << message;
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

} // namespace

TEST_CASE("hub logs refused tokens, unknown paths and changes it does not apply, with reasons",
          "[hub]")
{
    HubLog log;
    TestHub t;
    CHECK(t.call("GET", QStringLiteral("/api/v1/changes"), QByteArrayLiteral("nope")).status ==
          401);
    CHECK(t.call("GET", QStringLiteral("/api/v1/api/v1/changes"), kStaff).status == 404);
    QJsonObject men = validJob();
    men.insert(QStringLiteral("skills"), QStringLiteral("限男性，能吃苦"));
    const QString id = uuid();
    REQUIRE(t.push(kStaff, {change(QStringLiteral("job"), id, men)}).status == 200);
    const QString good = uuid();
    const QJsonObject posted = change(QStringLiteral("job"), good, validJob());
    REQUIRE(t.push(kStaff, {posted}).status == 200);
    // The same change again, and one made on no version of the posting at all.
    REQUIRE(t.push(kStaff, {posted, change(QStringLiteral("job"), good, validJob())}).status ==
            200);
    const QStringList lines = log.lines();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.filter(QStringLiteral("(401)")).size() == 1);
    CHECK(lines.filter(QStringLiteral("/api/v1/api/v1/changes")).size() == 1);
    const QStringList refused = lines.filter(id);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().contains(QStringLiteral("refused: ")));
    CHECK(refused.first().contains(QStringLiteral("限男性")));
    CHECK(lines
              .filter(QStringLiteral("1 changes: 0 applied, 0 received before, 0 superseded, "
                                     "1 refused"))
              .size() == 1);
    // What became of each change not applied is said: nothing ends in a bare colon.
    CHECK(lines.filter(QStringLiteral("received before as no. ")).size() == 1);
    CHECK(lines.filter(QStringLiteral("superseded by no. ")).size() == 1);
    CHECK(lines
              .filter(QStringLiteral("2 changes: 0 applied, 1 received before, 1 superseded, "
                                     "0 refused"))
              .size() == 1);
    for (const QString& line : lines)
        CHECK_FALSE(line.endsWith(QLatin1Char(':')));
    // The test terminal calls itself test-device but holds desk-01's token: said once, not on
    // every push.
    CHECK(lines
              .filter(QStringLiteral("token of desk-01 from a terminal that calls itself "
                                     "test-device"))
              .size() == 1);
}

TEST_CASE("hub: a seeker deleted leaves no data in the log, and a mobile taken out of an "
          "application none in its history, a merge touches nobody else's",
          "[hub]")
{
    TestHub t;
    const QString twin = uuid();
    const QString kept = uuid();
    const QString application = uuid();
    const QJsonObject person{{QStringLiteral("name"), QStringLiteral("韦秀英")},
                             {QStringLiteral("phone"), QStringLiteral("13900001111")}};
    QJsonObject applied{{QStringLiteral("job_id"), uuid()},
                        {QStringLiteral("seeker_id"), kept},
                        {QStringLiteral("phone"), QStringLiteral("13900001111")}};
    const Answer first =
        t.push(kStaff, {change(QStringLiteral("seeker"), twin, person),
                        change(QStringLiteral("seeker"), kept, person),
                        change(QStringLiteral("application"), application, applied)});
    REQUIRE(statusOf(first, 2) == QLatin1String("applied"));
    auto countWhere = [&t](const QString& where) {
        return t.terminal().count(QStringLiteral("hub_change"), where);
    };
    // The twin merged away: its versions keep no data; the record kept and the application made
    // with the same mobile are untouched.
    QJsonObject removal = change(QStringLiteral("seeker"), twin, QJsonObject{}, seqOf(first, 0));
    removal.insert(QStringLiteral("op"), QStringLiteral("delete"));
    removal.remove(QStringLiteral("data"));
    REQUIRE(statusOf(t.push(kStaff, {removal}), 0) == QLatin1String("applied"));
    CHECK(countWhere(QStringLiteral("entity_id = '%1' AND data LIKE '%韦秀英%'").arg(twin)) == 0);
    CHECK(countWhere(QStringLiteral("entity_id = '%1' AND data LIKE '%韦秀英%'").arg(kept)) == 1);
    CHECK(countWhere(QStringLiteral("entity = 'application' AND data LIKE '%13900001111%'")) == 1);
    // The mobile taken out of the application (its person deleted): gone from every version.
    applied.insert(QStringLiteral("phone"), QString());
    REQUIRE(statusOf(t.push(kStaff, {change(QStringLiteral("application"), application, applied,
                                            seqOf(first, 2))}),
                     0) == QLatin1String("applied"));
    CHECK(countWhere(QStringLiteral("entity = 'application' AND data LIKE '%13900001111%'")) == 0);
    CHECK(countWhere(QStringLiteral("entity = 'application'")) == 2);
}
