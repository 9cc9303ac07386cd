#include "complaintrepository.h"
#include "contentservice.h"
#include "displayfeed.h"
#include "employerservice.h"
#include "ledger.h"
#include "staffdesk.h"
#include "stafffixtures.h"
#include "tempterminal.h"

using namespace lingong;
using namespace lingong::test;

TEST_CASE("registering an ID number twice opens the person registered first", "[desk]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    SeekerForm kiosk = seekerForm(0, QString());
    kiosk.source = QStringLiteral("kiosk");
    auto first = desk.seekers().registerSeeker(kiosk);
    REQUIRE(first.ok());

    auto again = desk.registerSeeker(seekerForm(0, QStringLiteral("黄秀英")), clerkAccount());
    REQUIRE(again.ok());
    CHECK(again->existing);
    CHECK(again->id == first->id);
    CHECK(t.count(QStringLiteral("seeker")) == 1);
    CHECK(t.count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'seeker_open_existing' AND actor = 'li'")) == 1);

    SeekerForm edit = SeekerService::fromData(again->data);
    edit.name = QStringLiteral("黄秀英");
    auto updated = desk.updateSeeker(again->id, edit, clerkAccount());
    REQUIRE(updated.ok());
    CHECK(updated->data.value(QLatin1String("name")).toString() == QStringLiteral("黄秀英"));
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'seeker_update'")) == 1);
}

TEST_CASE("a deleted person leaves a request's details: name, ID numbers and mobiles", "[desk]")
{
    const auto without = [](const char* text, const char* name = "韦秀英") {
        return StaffDesk::withoutPerson(QString::fromUtf8(text), QString::fromUtf8(name));
    };
    CHECK(without("韦秀英：老板没给工钱，韦秀英的工友也没拿到") ==
          QStringLiteral("（姓名已删除）：老板没给工钱，（姓名已删除）的工友也没拿到"));
    // ID numbers, new with X in either case and old of 15 digits, and mobiles however written.
    CHECK(without("身份证450103198904250577，另一个45010319890425057x，旧证450103890425057") ==
          QStringLiteral(
              "身份证（身份证号已删除），另一个（身份证号已删除），旧证（身份证号已删除）"));
    CHECK(without("本人13539056612，家属 +86 138-0013-8000，或8613800138000") ==
          QStringLiteral("本人（电话已删除），家属 （电话已删除），或（电话已删除）"));
    // Typed full-width, or written right after letters.
    CHECK(without("电话１３５３９０５６６１２，ID450103198904250577") ==
          QStringLiteral("电话（电话已删除），ID（身份证号已删除）"));
    // What is no ID number or mobile stays: amounts, dates, landlines, longer digit runs.
    CHECK(without("欠3200元，2026年11月5日起，老板座机0771-5551234，单号123456789012345678901") ==
          QStringLiteral(
              "欠3200元，2026年11月5日起，老板座机0771-5551234，单号123456789012345678901"));
    // A one-character name is no name to find.
    CHECK(without("黄说没给钱", "黄") == QStringLiteral("黄说没给钱"));
}

TEST_CASE("complaints close only with a note, and closing is logged", "[desk]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    // The matter is typed at the window: the refusal asks for words, not for a choice.
    auto blank = desk.recordComplaint(QStringLiteral("complaint"), QStringLiteral("  "),
                                      QStringLiteral("13900000000"), QString(), clerkAccount());
    REQUIRE(!blank.ok());
    CHECK(blank.error().field == QStringLiteral("category"));
    CHECK(blank.error().message.startsWith(QStringLiteral("Please write")));
    CHECK(t.count(QStringLiteral("complaint")) == 0);
    auto id = desk.recordComplaint(QStringLiteral("complaint"), QStringLiteral("拖欠工资"),
                                   QStringLiteral("13900000000"),
                                   QStringLiteral("工地拖欠三天工资"), clerkAccount());
    REQUIRE(id.ok());
    REQUIRE(desk.takeOverComplaint(id.value(), adminAccount()).ok());
    auto refused = desk.closeComplaint(id.value(), QStringLiteral(" "), adminAccount());
    REQUIRE(!refused.ok());
    CHECK(refused.error().field == QStringLiteral("resolution"));
    REQUIRE(
        desk.closeComplaint(id.value(), QStringLiteral("已协调用工单位当日结清"), adminAccount())
            .ok());
    CHECK(!desk.closeComplaint(id.value(), QStringLiteral("again"), adminAccount()).ok());
    auto stored = t->store().get(entities::complaint(), id.value());
    CHECK(stored.value()->data.value(QLatin1String("owner")).toString() == QStringLiteral("admin"));
    CHECK(stored.value()->data.value(QLatin1String("status")).toString() ==
          QStringLiteral("closed"));
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'complaint'")) == 2);
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action LIKE 'complaint_%'")) == 3);
}

TEST_CASE("a complaint can name the employer it is about, and the employer's count follows",
          "[desk]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    EmployerService employers(t->store(), t.clock(), t->audit());
    auto firm = employers.registerEmployer(employerForm(0, QStringLiteral("南宁某装修公司")),
                                           clerkAccount());
    REQUIRE(firm.ok());
    const QString firmId = firm->id;
    ComplaintRepository complaints(t->store());
    CHECK(complaints.aboutEmployer(firmId)->all == 0);

    // One not on record is refused, with the field named and nothing stored.
    auto unknown = desk.recordComplaint(QStringLiteral("complaint"), QStringLiteral("拖欠工资"),
                                        QStringLiteral("13900000000"), QString(), clerkAccount(),
                                        QStringLiteral("no-such-employer"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("employer_id"));
    CHECK(unknown.error().message.startsWith(QStringLiteral("Employer:")));
    CHECK(t.count(QStringLiteral("complaint")) == 0);

    auto first =
        desk.recordComplaint(QStringLiteral("complaint"), QStringLiteral("拖欠工资"),
                             QStringLiteral("13900000000"), QString(), clerkAccount(), firmId);
    auto second =
        desk.recordComplaint(QStringLiteral("report"), QStringLiteral("虚假招聘"),
                             QStringLiteral("13900000001"), QString(), clerkAccount(), firmId);
    auto nobody = desk.recordComplaint(QStringLiteral("request"), QStringLiteral("咨询"),
                                       QStringLiteral("13900000002"), QString(), clerkAccount());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(nobody.ok());
    CHECK(t.count(QStringLiteral("complaint"), QStringLiteral("employer_id = '%1'").arg(firmId)) ==
          2);
    CHECK(t.count(QStringLiteral("complaint"), QStringLiteral("employer_id = ''")) == 1);
    // It travels with the complaint to the platform.
    CHECK(t.count(QStringLiteral("outbox"),
                  QStringLiteral("entity = 'complaint' AND data LIKE '%\"employer_id\":\"%1\"%'")
                      .arg(firmId)) == 2);
    CHECK(complaints.aboutEmployer(firmId)->all == 2);
    CHECK(complaints.aboutEmployer(firmId)->open == 2);
    REQUIRE(desk.closeComplaint(first.value(), QStringLiteral("已协调结清"), clerkAccount()).ok());
    CHECK(complaints.aboutEmployer(firmId)->all == 2);
    CHECK(complaints.aboutEmployer(firmId)->open == 1);
    CHECK(complaints.aboutEmployer(QString())->all == 0);
}

TEST_CASE("the ledger takes hand-written entries and filters by day and kind", "[desk]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    CHECK(desk.addLedgerEntry(QStringLiteral("consultation"), QString(), clerkAccount())
              .error()
              .field == QStringLiteral("summary"));
    CHECK(desk.addLedgerEntry(QStringLiteral("hire"), QStringLiteral("x"), clerkAccount())
              .error()
              .field == QStringLiteral("kind"));
    // No phone or ID numbers in the ledger, however they are spaced; amounts and years are fine.
    for (const char* text : {"张三 13800138000 咨询", "回电 138 0013 8000", "0771-5551234 来电",
                             "身份证450102195803142511", "编号 45010219580314251X"}) {
        INFO(text);
        const auto refused = desk.addLedgerEntry(QStringLiteral("consultation"),
                                                 QString::fromUtf8(text), clerkAccount());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("summary"));
        CHECK(refused.error().message.contains(QStringLiteral("phone and ID numbers")));
    }
    CHECK(t.count(QStringLiteral("worklog")) == 0);
    // Nor the name of a registered seeker; a word that is only part of a name is fine.
    REQUIRE(desk.registerSeeker(seekerForm(1, QStringLiteral("黄志明")), clerkAccount()).ok());
    const auto named = desk.addLedgerEntry(QStringLiteral("consultation"),
                                           QStringLiteral("黄志明咨询社保补贴"), clerkAccount());
    REQUIRE_FALSE(named.ok());
    CHECK(named.error().field == QStringLiteral("summary"));
    CHECK(named.error().message.contains(QStringLiteral("\"黄志明\"")));
    const qint64 before = t.count(QStringLiteral("worklog"));
    REQUIRE(desk.addLedgerEntry(QStringLiteral("consultation"), QStringLiteral("志明社区来电咨询"),
                                clerkAccount())
                .ok());
    // Two-character names are too often ordinary words (高峰, 林业) to be refused.
    REQUIRE(desk.registerSeeker(seekerForm(2, QStringLiteral("高峰")), clerkAccount()).ok());
    REQUIRE(desk.addLedgerEntry(QStringLiteral("consultation"), QStringLiteral("早高峰时段咨询"),
                                clerkAccount())
                .ok());
    CHECK(t.count(QStringLiteral("worklog")) == before + 3); // two entries, one registration
    REQUIRE(desk.addLedgerEntry(QStringLiteral("consultation"),
                                QStringLiteral("咨询2026年灵活就业社保补贴，每月最高500元"),
                                clerkAccount())
                .ok());
    REQUIRE(desk.addLedgerEntry(QStringLiteral("consultation"),
                                QStringLiteral("咨询月薪3000-5000的岗位，约2026-12-01复查"),
                                clerkAccount())
                .ok());
    REQUIRE(desk.addLedgerEntry(QStringLiteral("consultation"), QStringLiteral("咨询社保补贴"),
                                clerkAccount())
                .ok());
    REQUIRE(desk.addLedgerEntry(QStringLiteral("enquiry"), QStringLiteral("电话询问培训时间"),
                                clerkAccount())
                .ok());
    t.clock().advanceMs(qint64(86'400'000));
    REQUIRE(
        desk.addLedgerEntry(QStringLiteral("enquiry"), QStringLiteral("询问岗位"), clerkAccount())
            .ok());
    const QDate day1(2026, 11, 22);
    CHECK(desk.ledger(day1, QString()).value().size() == 8); // with two seekers' registrations
    CHECK(desk.ledger(day1, QStringLiteral("enquiry")).value().size() == 1);
    CHECK(desk.ledger(day1.addDays(1), QString()).value().size() == 1);
    CHECK(desk.ledger(QDate(), QStringLiteral("enquiry")).value().size() == 2);
    CHECK(desk.ledgerCounts(day1).value().at(QStringLiteral("consultation")) == 5);
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'ledger_add'")) == 7);
}

TEST_CASE("content is checked, saved, edited and removed with audit rows", "[desk]")
{
    TempTerminal t;
    ContentService content(t->store(), t->audit());
    ContentForm f;
    f.kind = QStringLiteral("notice");
    f.title = QStringLiteral("春节期间服务时间调整");
    f.body = QStringLiteral("2月9日至2月17日暂停现场服务。");
    f.validFrom = QStringLiteral("2027-02-01");
    f.validUntil = QStringLiteral("2027-01-31");
    CHECK(content.save(QString(), f, clerkAccount()).error().field ==
          QStringLiteral("valid_until"));
    f.validUntil = QStringLiteral("2027-02-17");
    f.kind = QStringLiteral("rumour");
    CHECK(content.save(QString(), f, clerkAccount()).error().field == QStringLiteral("kind"));
    f.kind = QStringLiteral("notice");
    auto id = content.save(QString(), f, clerkAccount());
    REQUIRE(id.ok());
    f.title = QStringLiteral("春节服务时间");
    f.extra = QJsonObject{{QStringLiteral("phone"), QStringLiteral("0771-12333")}};
    REQUIRE(content.save(id.value(), f, clerkAccount()).ok());
    auto listed = content.list(QStringLiteral("notice"));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().data.value(QLatin1String("title")).toString() ==
          QStringLiteral("春节服务时间"));
    CHECK(ContentService::fromData(listed->front().data).extra.value(QLatin1String("phone")) ==
          QStringLiteral("0771-12333"));
    REQUIRE(content.remove(id.value(), clerkAccount()).ok());
    CHECK(content.list(QStringLiteral("notice")).value().empty());
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action LIKE 'content_%'")) == 3);
}

TEST_CASE("every problem of an information form is found at once, a field once", "[desk]")
{
    TempTerminal t;
    ContentService content(t->store(), t->audit());
    ContentForm f;
    f.kind = QStringLiteral("urgent");
    f.validFrom = QStringLiteral("10:30");
    f.validUntil = QStringLiteral("11:00");
    QStringList fields;
    for (const Error& e : content.checkAll(f))
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("title"), QStringLiteral("valid_from"),
                                QStringLiteral("valid_until")});
    f.title = QStringLiteral("电梯停用");
    f.validFrom = QStringLiteral("2026-11-22 10:30");
    f.validUntil = QStringLiteral("2026-11-22 11:00");
    CHECK(content.checkAll(f).empty());
}

TEST_CASE("an urgent notice needs an end, which may carry a time of day", "[desk][display]")
{
    TempTerminal t;
    ContentService content(t->store(), t->audit());
    ContentForm f;
    f.kind = QStringLiteral("urgent");
    f.title = QStringLiteral("今日停水，请注意");
    f.validFrom = QStringLiteral("2026-11-22");
    auto noEnd = content.save(QString(), f, clerkAccount());
    REQUIRE_FALSE(noEnd.ok());
    CHECK(noEnd.error().field == QStringLiteral("valid_until"));
    f.validUntil = QStringLiteral("2026-11-22 25:00");
    CHECK(content.save(QString(), f, clerkAccount()).error().field ==
          QStringLiteral("valid_until"));
    // An end before its start, or at it, would never show: refused, on either side of a day.
    for (const auto& [from, until] :
         {std::pair{"2026-11-22 11:00", "2026-11-22 10:30"},
          std::pair{"2026-11-22 11:00", "2026-11-22 11:00"},
          std::pair{"2026-11-23", "2026-11-22 23:00"}, std::pair{"2026-11-23", "2026-11-22"}}) {
        INFO(from << " - " << until);
        ContentForm wrong = f;
        wrong.validFrom = QString::fromLatin1(from);
        wrong.validUntil = QString::fromLatin1(until);
        auto refused = content.save(QString(), wrong, clerkAccount());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("valid_until"));
        CHECK(refused.error().message.contains(QStringLiteral("later than")));
    }
    // Within one day, or from a time to the end of its day, is fine.
    ContentForm sameDay = f;
    sameDay.validFrom = QStringLiteral("2026-11-22 15:00");
    sameDay.validUntil = QStringLiteral("2026-11-22");
    CHECK(content.check(sameDay).ok());
    f.validUntil = QStringLiteral("2026-11-22 16:30");
    auto id = content.save(QString(), f, clerkAccount());
    REQUIRE(id.ok());
    const auto stored = t->store().get(entities::content(), id.value()).value();
    CHECK(stored->data.value(QLatin1String("valid_until")).toString() ==
          QStringLiteral("2026-11-22T16:30:00"));
    // The wall takes it as hall time: 16:30 in Nanning is 08:30 UTC.
    CHECK(DisplayFeed::urgentEnd(*stored) == QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC));
}

TEST_CASE("a shown-until bound reads in the hall's time as staff type it", "[desk][display]")
{
    CHECK(ContentService::boundText(QStringLiteral("2026-11-23")) == QStringLiteral("2026-11-23"));
    CHECK(ContentService::boundText(QStringLiteral("2026-11-23T08:30:00")) ==
          QStringLiteral("2026-11-23 08:30"));
    CHECK(ContentService::boundText(QStringLiteral("2026-11-23T08:30:45")) ==
          QStringLiteral("2026-11-23 08:30:45"));
    // From the platform, in UTC: 23:30Z is 07:30 the next morning in Nanning.
    CHECK(ContentService::boundText(QStringLiteral("2026-11-22T23:30:00Z")) ==
          QStringLiteral("2026-11-23 07:30"));
    CHECK(ContentService::boundText(QStringLiteral("2026-11-23T07:30:00+08:00")) ==
          QStringLiteral("2026-11-23 07:30"));
    CHECK(ContentService::boundText(QString()).isEmpty());
}

TEST_CASE("an entry added by hand in error is struck out with a reason, and leaves the counts",
          "[desk]")
{
    TempTerminal t;
    StaffDesk desk(t->store(), t.clock(), t->audit());
    auto entry = desk.addLedgerEntry(QStringLiteral("consultation"),
                                     QStringLiteral("咨询灵活就业社保补贴"), clerkAccount());
    REQUIRE(entry.ok());
    auto other = desk.addLedgerEntry(QStringLiteral("enquiry"), QStringLiteral("电话询问培训时间"),
                                     clerkAccount());
    REQUIRE(other.ok());
    const QDate today = t.clock().today();
    REQUIRE(desk.ledgerCounts(today).value().at(QStringLiteral("consultation")) == 1);

    CHECK(
        desk.strikeLedgerEntry(entry.value(), QStringLiteral(" "), clerkAccount()).error().field ==
        QStringLiteral("struck_reason"));
    // Another clerk may not; the one who added it, or an administrator, may.
    StaffAccount someoneElse = clerkAccount();
    someoneElse.username = QStringLiteral("zhao");
    CHECK(desk.strikeLedgerEntry(entry.value(), QStringLiteral("类别选错"), someoneElse)
              .error()
              .code == QStringLiteral("forbidden"));
    REQUIRE(desk.strikeLedgerEntry(entry.value(), QStringLiteral("类别选错"), clerkAccount()).ok());
    const auto counts = desk.ledgerCounts(today).value();
    CHECK(counts.count(QStringLiteral("consultation")) == 0);
    CHECK(counts.at(QStringLiteral("enquiry")) == 1);
    // Still listed, with the reason and who struck it.
    auto listed = desk.ledger(today, QString());
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    const auto it = std::find_if(listed->begin(), listed->end(),
                                 [&](const StoredEntity& e) { return e.id == entry.value(); });
    REQUIRE(it != listed->end());
    CHECK(it->data.value(QLatin1String("struck_reason")).toString() == QStringLiteral("类别选错"));
    CHECK(it->data.value(QLatin1String("struck_by")).toString() == QStringLiteral("li"));
    CHECK(it->data.value(QLatin1String("summary")).toString() ==
          QStringLiteral("咨询灵活就业社保补贴"));
    CHECK(desk.strikeLedgerEntry(entry.value(), QStringLiteral("再划一次"), adminAccount())
              .error()
              .code == QStringLiteral("invalid"));
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'ledger_strike'")) == 1);
    // An administrator may strike out a clerk's entry.
    CHECK(desk.strikeLedgerEntry(other.value(), QStringLiteral("重复登记"), adminAccount()).ok());

    // What a service wrote is corrected through its action, not struck out here.
    auto service = Ledger(t->store())
                       .record(QStringLiteral("hire"), QStringLiteral("到岗"), QStringLiteral("li"),
                               QStringLiteral("application"), EntityStore::newId());
    REQUIRE(service.ok());
    CHECK(
        desk.strikeLedgerEntry(service.value(), QStringLiteral("x"), adminAccount()).error().code ==
        QStringLiteral("invalid"));
}

TEST_CASE("the market has one entry of its own", "[staff][content]")
{
    TempTerminal t;
    ContentService content(t->store(), t->audit());
    ContentForm market;
    market.kind = QStringLiteral("market");
    market.title = QStringLiteral("南宁市青秀区零工市场");
    auto first = content.save(QString(), market, clerkAccount());
    REQUIRE(first.ok());
    // Changed, it stays the one.
    market.body = QStringLiteral("公益性零工市场");
    REQUIRE(content.save(first.value(), market, clerkAccount()).ok());

    ContentForm second = market;
    second.title = QStringLiteral("青秀区零工驿站");
    auto refused = content.save(QString(), second, clerkAccount());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("kind"));
    CHECK(refused.error().message.contains(market.title));
    // Nor may another item become a second one.
    ContentForm notice = second;
    notice.kind = QStringLiteral("notice");
    auto id = content.save(QString(), notice, clerkAccount());
    REQUIRE(id.ok());
    CHECK_FALSE(content.save(id.value(), second, clerkAccount()).ok());
    CHECK(content.list(QStringLiteral("market")).value().size() == 1);
    // Two made at two windows before they synced: each can still be edited.
    const QString other = EntityStore::newId();
    QJsonObject twin{{QStringLiteral("kind"), QStringLiteral("market")},
                     {QStringLiteral("title"), QStringLiteral("青秀区零工驿站")},
                     {QStringLiteral("created_at"), QStringLiteral("2026-11-22T01:00:00.000Z")}};
    REQUIRE(t->store().save(entities::content(), other, twin).ok());
    market.body = QStringLiteral("公益性零工市场，免费服务");
    CHECK(content.save(first.value(), market, clerkAccount()).ok());
    REQUIRE(content.remove(other, clerkAccount()).ok());
    // Once the entry is removed, another may take its place.
    REQUIRE(content.remove(first.value(), clerkAccount()).ok());
    CHECK(content.save(id.value(), second, clerkAccount()).ok());
}

TEST_CASE("content is listed with urgent notices first and the market's entry last",
          "[staff][content]")
{
    TempTerminal t;
    ContentService content(t->store(), t->audit());
    for (const char* kind : {"business", "market", "rights", "policy", "urgent", "training",
                             "institution", "notice"}) {
        ContentForm f;
        f.kind = QLatin1String(kind);
        f.title = QStringLiteral("item ") + f.kind;
        // (An urgent notice says until when it takes over the wall.)
        if (f.kind == QLatin1String("urgent"))
            f.validUntil = QStringLiteral("2026-11-23 08:30");
        REQUIRE(content.save(QString(), f, clerkAccount()).ok());
    }
    auto listed = content.list();
    REQUIRE(listed.ok());
    QStringList kinds;
    for (const StoredEntity& e : listed.value())
        kinds << e.data.value(QLatin1String("kind")).toString();
    CHECK(kinds == QStringList{QStringLiteral("urgent"), QStringLiteral("notice"),
                               QStringLiteral("policy"), QStringLiteral("training"),
                               QStringLiteral("institution"), QStringLiteral("business"),
                               QStringLiteral("rights"), QStringLiteral("market")});
}
