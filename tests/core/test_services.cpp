#include "applicationservice.h"
#include "complaintservice.h"
#include "config.h"
#include "editmerge.h"
#include "masking.h"
#include "seekerservice.h"
#include "syncdesk.h"
#include "tempterminal.h"
#include "workcalendar.h"

#include <QJsonArray>
#include <QScopeGuard>

using namespace lingong;
using namespace lingong::test;

namespace {

// A valid 18-character ID number: area, birth date and a serial, with its MOD 11-2 check.
QString idNumber(const QString& area, const QString& birth, const QString& serial)
{
    const QString body = area + birth + serial;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QString::fromLatin1("10X98765432").at(sum % 11);
}

// A Nanning ID number of someone `years` old `days` days from now (born that many years and
// days before `today`).
QString bornYearsAgo(const QDate& today, int years, int days, const QString& serial)
{
    return idNumber(QStringLiteral("450102"),
                    today.addYears(-years).addDays(days).toString(QStringLiteral("yyyyMMdd")),
                    serial);
}

SeekerForm form(const QString& id, const QString& phone, const QString& name = {})
{
    SeekerForm f;
    f.idNumber = id;
    f.phone = phone;
    f.name = name;
    f.wantedOccupations = {QStringLiteral("家政保洁")};
    f.consent = true;
    f.source = QStringLiteral("kiosk");
    return f;
}

QJsonObject openJob(const QString& title, const QString& validUntil = QStringLiteral("2026-11-30"),
                    const QString& status = QStringLiteral("published"))
{
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("occupation"), QStringLiteral("家政保洁")},
                       {QStringLiteral("start_date"), QStringLiteral("2026-11-23")},
                       {QStringLiteral("valid_until"), validUntil},
                       {QStringLiteral("status"), status}};
}

} // namespace

TEST_CASE("Masking hides the middle of ID numbers, phones and given names", "[services]")
{
    CHECK(masking::idNumber(QStringLiteral("45010219900307123x")) ==
          QStringLiteral("4501**********123X"));
    CHECK(masking::idNumber(QStringLiteral("4501123X")) == QStringLiteral("4501**********123X"));
    CHECK(masking::idNumber(QStringLiteral("123")) == QStringLiteral("***"));
    CHECK(masking::phone(QStringLiteral("13800000000")) == QStringLiteral("138****0000"));
    CHECK(masking::phone(QStringLiteral("0771-5551234")) == QStringLiteral("0771-***1234"));
    // Keyed without the dash, as on a kiosk: the area code stays readable.
    CHECK(masking::phone(QStringLiteral("07715551234")) == QStringLiteral("0771-***1234"));
    CHECK(masking::phone(QStringLiteral("02012345678")) == QStringLiteral("020-****5678"));
    CHECK(masking::name(QStringLiteral("黄小明")) == QStringLiteral("黄**"));
}

TEST_CASE("Seeker registration needs consent and valid numbers, and never makes a twin",
          "[services][seekers]")
{
    TempTerminal t;
    SeekerService seekers(t->store(), t.clock());
    const QString id =
        idNumber(QStringLiteral("450102"), QStringLiteral("19700315"), QStringLiteral("123"));

    SeekerForm f = form(id, QStringLiteral("13907710001"), QStringLiteral("黄秀英"));
    f.consent = false;
    auto refused = seekers.registerSeeker(f);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("consent"));
    CHECK(t.count(QStringLiteral("seeker")) == 0);
    CHECK(t.count(QStringLiteral("outbox")) == 0);

    f.consent = true;
    f.idNumber =
        id.left(17) + (id.endsWith(QLatin1Char('1')) ? QStringLiteral("2") : QStringLiteral("1"));
    auto badId = seekers.registerSeeker(f);
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.error().field == QStringLiteral("id_number"));
    // A child's number is real but may not be registered for work.
    const QDate today = t.clock().today();
    f.idNumber = idNumber(QStringLiteral("450102"),
                          today.addYears(-16).addDays(1).toString(QStringLiteral("yyyyMMdd")),
                          QStringLiteral("123"));
    auto child = seekers.registerSeeker(f);
    REQUIRE_FALSE(child.ok());
    CHECK(child.error().field == QStringLiteral("id_number"));
    CHECK(child.error().message.contains(QStringLiteral("under 16")));
    f.idNumber = id;
    f.phone = QStringLiteral("1230000");
    auto badPhone = seekers.registerSeeker(f);
    REQUIRE_FALSE(badPhone.ok());
    CHECK(badPhone.error().field == QStringLiteral("phone"));
    CHECK(t.count(QStringLiteral("seeker")) == 0);

    f.phone = QStringLiteral("+86 139-0771-0001");
    f.difficulties = {QStringLiteral("older")};
    auto saved = seekers.registerSeeker(f);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->existing);
    CHECK(saved->data.value(QLatin1String("phone")).toString() == QStringLiteral("13907710001"));
    CHECK(saved->data.value(QLatin1String("gender")).toString() == QStringLiteral("male"));
    CHECK(saved->data.value(QLatin1String("birth_date")).toString() ==
          QStringLiteral("1970-03-15"));
    CHECK(saved->data.value(QLatin1String("tier")).toString() == QStringLiteral("priority"));
    CHECK_FALSE(saved->data.value(QLatin1String("consent_at")).toString().isEmpty());
    CHECK(t.count(QStringLiteral("seeker")) == 1);
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'seeker'")) == 1);
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'registration'")) == 1);
    // The store can find the person by the number without searching it in clear.
    CHECK(t->database()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM seeker WHERE id_hash <> '' AND "
                                     "id_hash <> id_number"))
              .value()
              .toInt() == 1);

    // The same person registering again (here with a lower-case check letter if it has one)
    // gets the existing record.
    SeekerForm again = form(id.toLower(), QStringLiteral("13907710002"));
    auto twin = seekers.registerSeeker(again);
    REQUIRE(twin.ok());
    CHECK(twin->existing);
    CHECK(twin->id == saved->id);
    CHECK(t.count(QStringLiteral("seeker")) == 1);
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'seeker'")) == 1);
}

TEST_CASE("Older workers (women from 40, men from 50 by the ID number) are in the priority tier "
          "whether or not it was ticked",
          "[services]")
{
    TempTerminal t;
    SeekerService seekers(t->store(), t->clock());
    const QDate today = t->clock().today();
    const auto born = [&today](int years, int days, const QString& serial) {
        return bornYearsAgo(today, years, days, serial);
    };
    struct Case
    {
        QString id;
        bool older;
    };
    // The 17th digit: odd for a man, even for a woman.
    const Case cases[] = {
        {born(40, 0, QStringLiteral("242")), true},  // a woman on her 40th birthday
        {born(40, 1, QStringLiteral("242")), false}, // the day before
        {born(50, 0, QStringLiteral("251")), true},  // a man on his 50th
        {born(50, 1, QStringLiteral("251")), false}, // the day before
        {born(45, 0, QStringLiteral("253")), false}, // a man of 45
        {born(45, 0, QStringLiteral("244")), true},  // a woman of 45
    };
    int n = 0;
    for (const Case& c : cases) {
        INFO(c.id.toStdString());
        auto saved = seekers.registerSeeker(
            form(c.id, QStringLiteral("1390771%1").arg(2000 + ++n, 4, 10, QLatin1Char('0'))));
        REQUIRE(saved.ok());
        const QJsonArray hard = saved->data.value(QLatin1String("difficulties")).toArray();
        CHECK(hard.contains(QStringLiteral("older")) == c.older);
        CHECK(saved->data.value(QLatin1String("tier")).toString() ==
              (c.older ? QStringLiteral("priority") : QStringLiteral("normal")));
    }

    // A younger man may say it himself; it is kept.
    SeekerForm self = form(born(46, 0, QStringLiteral("255")), QStringLiteral("13907713001"));
    self.difficulties = {QStringLiteral("older")};
    auto kept = seekers.registerSeeker(self);
    REQUIRE(kept.ok());
    CHECK(kept->data.value(QLatin1String("difficulties")).toArray() ==
          QJsonArray{QStringLiteral("older")});

    // A record saved without it (before the rule, or by another terminal) gets it at the next
    // save, along with the other answers.
    SeekerForm plain = form(born(55, 0, QStringLiteral("257")), QStringLiteral("13907713002"));
    plain.difficulties = {QStringLiteral("low_income")};
    auto first = seekers.registerSeeker(plain);
    REQUIRE(first.ok());
    QJsonObject bare = first->data;
    bare.insert(QStringLiteral("difficulties"), QJsonArray{QStringLiteral("low_income")});
    REQUIRE(t->store().save(entities::seeker(), first->id, bare).ok());
    auto edited = seekers.update(first->id, plain);
    REQUIRE(edited.ok());
    CHECK(edited->data.value(QLatin1String("difficulties")).toArray() ==
          QJsonArray{QStringLiteral("low_income"), QStringLiteral("older")});
}

TEST_CASE("People who become older workers after registering are marked once, the day they do",
          "[services]")
{
    TempTerminal t;
    SeekerService seekers(t->store(), t->clock());
    const QDate today = t->clock().today();
    const auto born = [&today](int years, int days, const QString& serial) {
        return bornYearsAgo(today, years, days, serial);
    };
    // A man who turns 50 tomorrow, a woman who turns 40 in two days, and a woman of 45.
    auto man = seekers.registerSeeker(
        form(born(50, 1, QStringLiteral("251")), QStringLiteral("13907714001")));
    auto woman = seekers.registerSeeker(
        form(born(40, 2, QStringLiteral("242")), QStringLiteral("13907714002")));
    auto older = seekers.registerSeeker(
        form(born(45, 0, QStringLiteral("244")), QStringLiteral("13907714003")));
    REQUIRE(man.ok());
    REQUIRE(woman.ok());
    REQUIRE(older.ok());
    const auto tierOf = [&](const QString& id) {
        return t->store()
            .get(entities::seeker(), id)
            .value()
            ->data.value(QLatin1String("tier"))
            .toString();
    };
    CHECK(tierOf(man->id) == QStringLiteral("normal"));
    CHECK(seekers.markOlderByAge().value() == 0);
    const int changes = t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'seeker'"));

    t.clock().advanceMs(24LL * 3600 * 1000);
    CHECK(seekers.markOlderByAge().value() == 1);
    CHECK(tierOf(man->id) == QStringLiteral("priority"));
    CHECK(t->store()
              .get(entities::seeker(), man->id)
              .value()
              ->data.value(QLatin1String("difficulties")) == QJsonArray{QStringLiteral("older")});
    CHECK(tierOf(woman->id) == QStringLiteral("normal"));
    // The change syncs, once.
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'seeker'")) == changes + 1);
    CHECK(seekers.markOlderByAge().value() == 0);

    t.clock().advanceMs(24LL * 3600 * 1000);
    CHECK(seekers.markOlderByAge().value() == 1);
    CHECK(tierOf(woman->id) == QStringLiteral("priority"));
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'seeker'")) == changes + 2);
}

TEST_CASE("Staff look seekers up by full ID number, mobile, its last digits or part of a name",
          "[services][seekers][search]")
{
    TempTerminal t;
    SeekerService seekers(t->store(), t.clock());
    const QString a =
        idNumber(QStringLiteral("450103"), QStringLiteral("19851201"), QStringLiteral("002"));
    const QString b =
        idNumber(QStringLiteral("452123"), QStringLiteral("19920708"), QStringLiteral("441"));
    REQUIRE(seekers.registerSeeker(form(a, QStringLiteral("13877110000"), QStringLiteral("韦丽华")))
                .ok());
    REQUIRE(seekers.registerSeeker(form(b, QStringLiteral("18977120000"), QStringLiteral("覃华")))
                .ok());

    auto byId = seekers.lookup(b);
    REQUIRE(byId.ok());
    REQUIRE(byId->size() == 1);
    CHECK(byId->front().data.value(QLatin1String("name")).toString() == QStringLiteral("覃华"));

    auto byPhone = seekers.lookup(QStringLiteral("138 7711 0000"));
    REQUIRE(byPhone.ok());
    REQUIRE(byPhone->size() == 1);
    CHECK(byPhone->front().data.value(QLatin1String("name")).toString() ==
          QStringLiteral("韦丽华"));

    // The last four or more digits of a mobile, as people say it (尾号).
    auto byEnding = seekers.lookup(QStringLiteral("0000"));
    REQUIRE(byEnding.ok());
    CHECK(byEnding->size() == 2);
    auto byLonger = seekers.lookup(QStringLiteral("7110000"));
    REQUIRE(byLonger.ok());
    REQUIRE(byLonger->size() == 1);
    CHECK(byLonger->front().data.value(QLatin1String("name")).toString() ==
          QStringLiteral("韦丽华"));
    CHECK(seekers.lookup(QStringLiteral("1000")).value().empty()); // the end, not the middle
    CHECK(seekers.lookup(QStringLiteral("000")).value().empty());  // too short to mean a phone

    auto byName = seekers.lookup(QStringLiteral("华"));
    REQUIRE(byName.ok());
    CHECK(byName->size() == 2);
    auto one = seekers.lookup(QStringLiteral("丽"));
    REQUIRE(one.ok());
    CHECK(one->size() == 1);
    auto none = seekers.lookup(
        idNumber(QStringLiteral("450103"), QStringLiteral("19851201"), QStringLiteral("003")));
    REQUIRE(none.ok());
    CHECK(none->empty());

    // Editing cannot give one person another's number.
    const QString aId = seekers.lookup(a).value().front().id;
    SeekerForm edit = form(b, QStringLiteral("13877110000"), QStringLiteral("韦丽华"));
    auto clash = seekers.update(aId, edit);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().field == QStringLiteral("id_number"));
    edit.idNumber = a;
    edit.skills = QStringLiteral("会开电动三轮车");
    auto updated = seekers.update(aId, edit);
    REQUIRE(updated.ok());
    CHECK(updated->data.value(QLatin1String("skills")).toString() ==
          QStringLiteral("会开电动三轮车"));
    CHECK(updated->data.value(QLatin1String("source")).toString() == QStringLiteral("kiosk"));
}

TEST_CASE("Applying from a kiosk stores one application with a confirmation number",
          "[services][applications]")
{
    TempTerminal t(Mode::Kiosk);
    const QString jobId = EntityStore::newId();
    REQUIRE(t->store().save(entities::job(), jobId, openJob(QStringLiteral("小区保洁"))).ok());
    const QString oldJob = EntityStore::newId();
    REQUIRE(t->store()
                .save(entities::job(), oldJob,
                      openJob(QStringLiteral("过期岗位"), QStringLiteral("2026-11-21")))
                .ok());
    SeekerService seekers(t->store(), t.clock());
    const auto person = seekers.registerSeeker(
        form(idNumber(QStringLiteral("450102"), QStringLiteral("19680101"), QStringLiteral("551")),
             QStringLiteral("13607710009")));
    REQUIRE(person.ok());
    const int outboxBefore = t.count(QStringLiteral("outbox"));

    ApplicationService apps(t->store(), t.clock());
    auto bad = apps.apply(jobId, QStringLiteral("1360771000"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("phone"));
    CHECK_FALSE(bad.error().message.isEmpty());
    auto closed = apps.apply(oldJob, QStringLiteral("13607710009"));
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().field == QStringLiteral("job"));
    CHECK(t.count(QStringLiteral("application")) == 0);

    auto receipt = apps.apply(jobId, QStringLiteral("13607710009"));
    REQUIRE(receipt.ok());
    CHECK(receipt->confirmationNo.size() == 6);
    CHECK(receipt->seekerId == person->id);
    CHECK_FALSE(receipt->existing);
    CHECK(t.count(QStringLiteral("application")) == 1);
    CHECK(t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'application'")) == 1);
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'application'")) == 1);
    CHECK(t.count(QStringLiteral("outbox")) == outboxBefore + 2); // application + ledger entry

    auto again = apps.apply(jobId, QStringLiteral("136 0771 0009"));
    REQUIRE(again.ok());
    CHECK(again->existing);
    CHECK(again->confirmationNo == receipt->confirmationNo);
    CHECK(t.count(QStringLiteral("application")) == 1);

    auto found = apps.findByConfirmation(receipt->confirmationNo);
    REQUIRE(found.ok());
    REQUIRE(found.value());
    CHECK(found.value()->data.value(QLatin1String("job_id")).toString() == jobId);
    CHECK(found.value()->data.value(QLatin1String("status")).toString() ==
          QStringLiteral("applied"));
}

TEST_CASE("Requests have an owner and a working-day deadline, closing needs a note",
          "[services][complaints]")
{
    TempTerminal t;
    ComplaintService complaints(t->store(), t.clock());
    // The suite's "now" is Sunday 2026-11-22 10:00 in Nanning.
    REQUIRE(t.clock().now().toOffsetFromUtc(8 * 3600).date().dayOfWeek() == 7);

    auto bad = complaints.requestCallback(QStringLiteral("12345"), QStringLiteral("工资拖欠"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("phone"));
    auto noCategory = complaints.requestCallback(QStringLiteral("13800000000"), QString());
    REQUIRE_FALSE(noCategory.ok());
    CHECK(noCategory.error().field == QStringLiteral("category"));

    auto id = complaints.requestCallback(QStringLiteral("13800000000"), QStringLiteral("工资拖欠"));
    REQUIRE(id.ok());
    auto stored = t->store().get(entities::complaint(), id.value());
    REQUIRE(stored.ok());
    const QJsonObject c = stored.value()->data;
    CHECK(c.value(QLatin1String("owner")).toString() == QStringLiteral("duty"));
    CHECK(c.value(QLatin1String("kind")).toString() == QStringLiteral("callback"));
    // Next working day (Monday 23rd) at 18:00 Nanning time = 10:00 UTC.
    CHECK(c.value(QLatin1String("deadline")).toString() ==
          QStringLiteral("2026-11-23T10:00:00.000Z"));
    CHECK(t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'complaint'")) == 1);

    // A complaint gets five working days: Friday 27th.
    CHECK(ComplaintService::deadlineFor(QStringLiteral("complaint"), t.clock().now()) ==
          QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));

    CHECK_FALSE(ComplaintService::isOverdue(c, t.clock().now()));
    CHECK(ComplaintService::isOverdue(c, t.clock().now().addDays(2)));

    REQUIRE(complaints.takeOver(id.value(), QStringLiteral("clerk-li")).ok());
    auto noNote = complaints.close(id.value(), QStringLiteral("  "));
    REQUIRE_FALSE(noNote.ok());
    CHECK(noNote.error().field == QStringLiteral("resolution"));
    REQUIRE(complaints.close(id.value(), QStringLiteral("已回电，已协调用工单位补发工资")).ok());
    const QJsonObject closed = t->store().get(entities::complaint(), id.value()).value()->data;
    CHECK(closed.value(QLatin1String("status")).toString() == QStringLiteral("closed"));
    CHECK(closed.value(QLatin1String("owner")).toString() == QStringLiteral("clerk-li"));
    CHECK_FALSE(ComplaintService::isOverdue(closed, t.clock().now().addDays(30)));
}

TEST_CASE("a save over a record changed elsewhere keeps their change wherever nothing was typed",
          "[services]")
{
    const QJsonObject base{{QStringLiteral("title"), QStringLiteral("保洁")},
                           {QStringLiteral("headcount"), 5},
                           {QStringLiteral("pay"), QJsonObject{{QStringLiteral("max"), 150}}},
                           {QStringLiteral("notes"), QStringLiteral("旧")},
                           {QStringLiteral("skills"), QStringLiteral("能吃苦")}};
    QJsonObject mine = base;
    mine.insert(QStringLiteral("title"), QStringLiteral("小区保洁")); // typed here only
    mine.insert(QStringLiteral("notes"), QStringLiteral("这里写的")); // typed on both
    mine.insert(QStringLiteral("pay"), QJsonObject{{QStringLiteral("max"), 150.0}}); // the same
    mine.remove(QStringLiteral("skills"));                                           // cleared here
    QJsonObject latest = base;
    latest.insert(QStringLiteral("headcount"), 7); // changed there only
    latest.insert(QStringLiteral("notes"), QStringLiteral("那边写的"));
    latest.insert(QStringLiteral("district"), QStringLiteral("南宁市青秀区")); // added there

    const EditMerge m = mergeEdit(base, mine, latest);
    CHECK(m.data.value(QLatin1String("title")).toString() == QStringLiteral("小区保洁"));
    CHECK(m.data.value(QLatin1String("headcount")).toInt() == 7);
    CHECK(m.data.value(QLatin1String("notes")).toString() == QStringLiteral("这里写的"));
    CHECK(m.data.value(QLatin1String("district")).toString() == QStringLiteral("南宁市青秀区"));
    CHECK_FALSE(m.data.contains(QLatin1String("skills")));
    CHECK(m.keptTheirs == QStringList{QStringLiteral("district"), QStringLiteral("headcount")});
    CHECK(m.overTheirs == QStringList{QStringLiteral("notes")});

    // Changed the same way on both sides: nothing to tell.
    latest.insert(QStringLiteral("notes"), QStringLiteral("这里写的"));
    CHECK(mergeEdit(base, mine, latest).overTheirs.isEmpty());
    // Nothing changed elsewhere: the form is saved as typed.
    CHECK(mergeEdit(base, mine, base).data == mine);
}

TEST_CASE("time limits count the hall's working days: holidays off, weekends worked in their "
          "place on",
          "[app][complaint]")
{
    // The National Day week: 1 to 7 October off, Sunday 27 September and Saturday 10 October
    // worked instead, as the configuration lists them.
    const ConfigLoad config = ConfigLoader::parse(R"({"hall": {
        "holidays": ["2026-10-01/2026-10-07"],
        "working_weekends": ["2026-09-27", "2026-10-10"]}})");
    REQUIRE(config.problems.isEmpty());
    REQUIRE(config.config.holidays.size() == 7);
    WorkCalendar::install(WorkCalendar(
        QSet<QDate>(config.config.holidays.begin(), config.config.holidays.end()),
        QSet<QDate>(config.config.workingWeekends.begin(), config.config.workingWeekends.end())));
    const auto restore = qScopeGuard([] { WorkCalendar::install(WorkCalendar()); });

    // Made on Wednesday 30 September at 10:00 in Nanning.
    const QDateTime made(QDate(2026, 9, 30), QTime(2, 0), Qt::UTC);
    // A call-back: the next working day is Thursday 8 October, not the holiday's 1st.
    CHECK(ComplaintService::deadlineFor(QStringLiteral("callback"), made) ==
          QDateTime(QDate(2026, 10, 8), QTime(10, 0), Qt::UTC));
    // A complaint: 8, 9, Saturday 10 (worked), 12, 13 October.
    CHECK(ComplaintService::deadlineFor(QStringLiteral("complaint"), made) ==
          QDateTime(QDate(2026, 10, 13), QTime(10, 0), Qt::UTC));
    // Made on Saturday 26 September: Sunday 27 is worked.
    CHECK(ComplaintService::deadlineFor(QStringLiteral("callback"),
                                        QDateTime(QDate(2026, 9, 26), QTime(2, 0), Qt::UTC)) ==
          QDateTime(QDate(2026, 9, 27), QTime(10, 0), Qt::UTC));

    // Without the configuration, Monday to Friday.
    WorkCalendar::install(WorkCalendar());
    CHECK(ComplaintService::deadlineFor(QStringLiteral("callback"), made) ==
          QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC));
}

TEST_CASE("what a clerk typed to find someone is shown back masked when it is a number",
          "[services]")
{
    CHECK(masking::lookupText(QStringLiteral("450103198506121235")) ==
          QStringLiteral("4501**********1235"));
    CHECK(masking::lookupText(QStringLiteral(" 13907719999 ")) == QStringLiteral("139****9999"));
    CHECK(masking::lookupText(QStringLiteral("0771-5551234")) == QStringLiteral("0771-***1234"));
    // A name, or the last four digits of a mobile, as typed.
    CHECK(masking::lookupText(QStringLiteral("黄秀梅")) == QStringLiteral("黄秀梅"));
    CHECK(masking::lookupText(QStringLiteral("1234")) == QStringLiteral("1234"));
    CHECK_FALSE(masking::isNumberLookup(QStringLiteral("1234")));
    CHECK(masking::isNumberLookup(QStringLiteral("450103198506121235")));
}

TEST_CASE("an application recommended at a window is named as such, one from a kiosk by its number",
          "[services]")
{
    CHECK(SyncDesk::recordLabel(
              QStringLiteral("application"),
              QJsonObject{{QStringLiteral("confirmation_no"), QStringLiteral("K-0042")}}) ==
          QStringLiteral("No. K-0042"));
    CHECK(SyncDesk::recordLabel(QStringLiteral("application"), QJsonObject{}) ==
          QStringLiteral("recommended at a window"));
}
