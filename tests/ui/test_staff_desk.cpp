#include "applicationservice.h"
#include "chineseinterface.h"
#include "common/stafflabels.h"
#include "complaintservice.h"
#include "employerservice.h"
#include "jobservice.h"
#include "requestchecklist.h"
#include "staff/staffnotice.h"
#include "staff/staffpages.h"
#include "staff/staffwindow.h"
#include "staffdesk.h"
#include "stafffixtures.h"
#include "staffgui.h"
#include "syncdesk.h"
#include "tempterminal.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTime>
#include <QTimer>
#include <QTranslator>

using namespace lingong;
using namespace lingong::test;

namespace {

struct Window
{
    TempTerminal t;
    std::unique_ptr<StaffWindow> w;

    explicit Window(Config config = {})
        : t(Mode::Staff, std::move(config))
    {
        Accounts accounts(t->database(), t.clock(), t->audit());
        auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Wang"),
                                               QStringLiteral("correct horse"));
        REQUIRE(admin.ok());
        w = std::make_unique<StaffWindow>(t.terminal());
        w->resize(1366, 768);
        w->show();
        w->startSession(admin.value());
    }

    StaffPage* show(const char* key)
    {
        w->showPage(QString::fromLatin1(key));
        return w->page(QString::fromLatin1(key));
    }
};

QAbstractItemModel* modelOf(const QWidget* root, const char* table)
{
    return child<QTableView>(root, table)->model();
}

QString cell(const QWidget* root, const char* table, int row, int col)
{
    return modelOf(root, table)->index(row, col).data().toString();
}

} // namespace

TEST_CASE("an application made at a kiosk shows up in the queue by itself", "[ui][staff]")
{
    Window d;
    EmployerService employers(d.t->store(), d.t.clock(), d.t->audit());
    auto e = employers.registerEmployer(employerForm(0, QStringLiteral("广西邕城家政服务有限公司")),
                                        clerkAccount());
    REQUIRE(e.ok());
    REQUIRE(employers.verify(e->id, clerkAccount()).ok());
    auto job = JobService(d.t->store(), d.t.clock(), d.t->audit())
                   .post(jobPosting(e->id, QStringLiteral("家庭保洁")), clerkAccount());
    REQUIRE(job.ok());
    auto seeker = StaffDesk(d.t->store(), d.t.clock(), d.t->audit())
                      .registerSeeker(seekerForm(0, QStringLiteral("黄秀英")), clerkAccount());
    REQUIRE(seeker.ok());

    auto* page = d.show("queue");
    REQUIRE(modelOf(page, "queueTable")->rowCount() == 0);

    // A kiosk is another process on the same store file.
    ManualClock kioskClock(d.t.clock().now());
    Terminal kiosk(Config{}, kioskClock);
    REQUIRE(kiosk.open(d.t.path(), Mode::Kiosk).ok());
    auto receipt =
        ApplicationService(kiosk.store(), kioskClock).apply(job->id, QStringLiteral("13500000009"));
    REQUIRE(receipt.ok());

    REQUIRE(QTest::qWaitFor([&] { return modelOf(page, "queueTable")->rowCount() == 1; }, 5000));
    CHECK(cell(page, "queueTable", 0, 0) == receipt->confirmationNo);
    CHECK(cell(page, "queueTable", 0, 2) == QStringLiteral("家庭保洁"));
    CHECK(cell(page, "queueTable", 0, 3) == QStringLiteral("135****0009"));
    CHECK(
        child<QListWidget>(d.w.get(), "staffNav")->item(5)->text().contains(QStringLiteral("(1)")));

    // The person comes to the window with the number.
    type(page, "queueNumber", receipt->confirmationNo);
    QTest::keyClick(child(page, "queueNumber"), Qt::Key_Return);
    CHECK(textOf(page, "queueDetail").contains(receipt->confirmationNo));
    CHECK_FALSE(textOf(page, "queueDetail").contains(QStringLiteral("13500000009")));
    click(page, "queueRevealPhone");
    CHECK(textOf(page, "queueDetail").contains(QStringLiteral("13500000009")));
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'application_show_phone'")) == 1);
    click(page, "queueLink");
    CHECK(textOf(page, "queueMessage").contains(QStringLiteral("Nobody is registered")));
    // Not passed on to the employer yet: recommending is the step that stands out, not 已到岗.
    CHECK(child<QWidget>(page, "outcome_recommended")->property("primary").toBool());
    CHECK_FALSE(child<QWidget>(page, "outcome_hired")->property("primary").toBool());
    click(page, "outcome_recommended");
    CHECK(textOf(page, "queueMessage").contains(QStringLiteral("Recommended")));
    CHECK(modelOf(page, "queueTable")->rowCount() == 0); // handled: out of the queue
    type(page, "queueNumber", receipt->confirmationNo);
    click(page, "queueFind");
    CHECK(textOf(page, "queueMessage").contains(QStringLiteral("already handled")));
    CHECK(d.t.count(QStringLiteral("application"),
                    QStringLiteral("status = 'recommended' AND recommended_at <> ''")) == 1);
}

TEST_CASE("every outcome button of the queue is in sight at 1366×768, in Chinese too",
          "[ui][staff]")
{
    {
        const ChineseInterface zh;
        Window d;
        auto* page = d.show("queue");
        QCoreApplication::processEvents();
        const auto buttons =
            page->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^outcome_")));
        CHECK(buttons.size() == 6);
        for (const QPushButton* b : buttons) {
            INFO(b->objectName().toStdString() << " " << b->text().toStdString());
            CHECK(b->isVisible());
            const QRect r(b->mapTo(d.w.get(), QPoint()), b->size());
            CHECK(d.w->rect().contains(r));
            // Its words whole.
            CHECK(b->width() >= b->sizeHint().width());
        }
    }
}

TEST_CASE("requests show owner and deadline, overdue ones stand out, closing needs a note",
          "[ui][staff]")
{
    Window d;
    ComplaintService complaints(d.t->store(), d.t.clock());
    auto callback =
        complaints.requestCallback(QStringLiteral("13900000001"), QStringLiteral("工资结算"));
    REQUIRE(callback.ok());
    auto* page = d.show("complaints");
    REQUIRE(modelOf(page, "complaintTable")->rowCount() == 1);
    CHECK(cell(page, "complaintTable", 0, 3) == QStringLiteral("duty window"));
    CHECK(cell(page, "complaintTable", 0, 2) == QStringLiteral("139****0001"));
    CHECK(!cell(page, "complaintTable", 0, 4).isEmpty());
    CHECK(cell(page, "complaintTable", 0, 5) == QStringLiteral("Open"));

    // A call-back is due the next working day at 18:00; three days later it is overdue.
    d.t.clock().advanceMs(qint64(3) * 86'400'000);
    page->refresh();
    CHECK(cell(page, "complaintTable", 0, 5) == QStringLiteral("Overdue"));
    CHECK(modelOf(page, "complaintTable")->index(0, 0).data(Qt::BackgroundRole).isValid());

    child<QTableView>(page, "complaintTable")->selectRow(0);
    // The number is masked until the clerk asks for it to call back; that is logged.
    CHECK_FALSE(textOf(page, "complaintDetail").contains(QStringLiteral("13900000001")));
    click(page, "complaintRevealPhone");
    CHECK(textOf(page, "complaintDetail").contains(QStringLiteral("13900000001")));
    // 一次性告知: whoever calls back has the whole list of what the person is to have ready.
    CHECK(child<QLabel>(page, "complaintChecklist")->isVisibleTo(page));
    for (const QString& item : RequestChecklist::items(QStringLiteral("拖欠工资")))
        CHECK(textOf(page, "complaintChecklist").contains(item));
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'complaint_show_phone'")) == 1);
    click(page, "complaintTakeOver");
    CHECK(cell(page, "complaintTable", 0, 3) == QStringLiteral("Wang")); // the name, not "admin"
    click(page, "complaintClose");
    CHECK(markedInvalid(page, "complaintResolution"));
    CHECK(textOf(page, "complaintMessage").contains(QStringLiteral("resolved")));
    typeText(page, "complaintResolution", QStringLiteral("已回电，工资当天结清"));
    // Typing the note takes the mark and the message away: they are no longer true.
    CHECK_FALSE(markedInvalid(page, "complaintResolution"));
    CHECK_FALSE(child<QLabel>(page, "complaintMessage")->isVisible());
    click(page, "complaintClose");
    CHECK(textOf(page, "complaintMessage").contains(QStringLiteral("Closed")));
    CHECK(modelOf(page, "complaintTable")->rowCount() == 0); // open ones only by default
    CHECK_FALSE(child<QLabel>(page, "complaintChecklist")->isVisibleTo(page));

    // One recorded at the window is chosen with the list of its own matter.
    type(page, "complaintCategory", QStringLiteral("黑中介收取介绍费"));
    type(page, "complaintPhone", QStringLiteral("13900000002"));
    click(page, "complaintRecord");
    CHECK(child<QLabel>(page, "complaintChecklist")->isVisibleTo(page));
    CHECK(textOf(page, "complaintChecklist")
              .contains(RequestChecklist::items(QStringLiteral("中介乱收费")).at(1)));
    CHECK_FALSE(textOf(page, "complaintChecklist")
                    .contains(RequestChecklist::items(QStringLiteral("拖欠工资")).at(2)));
    CHECK(d.t.count(QStringLiteral("complaint"),
                    QStringLiteral("status = 'closed' AND resolution <> ''")) == 1);
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'complaint_close'")) ==
          1);
}

TEST_CASE("a resolution typed for one complaint stays with it when another is chosen",
          "[ui][staff]")
{
    Window d;
    ComplaintService complaints(d.t->store(), d.t.clock());
    REQUIRE(complaints.requestCallback(QStringLiteral("13900000001"), QStringLiteral("中介乱收费"))
                .ok());
    REQUIRE(
        complaints.requestCallback(QStringLiteral("13900000002"), QStringLiteral("拖欠工资")).ok());
    auto* page = d.show("complaints");
    REQUIRE(modelOf(page, "complaintTable")->rowCount() == 2);
    auto* table = child<QTableView>(page, "complaintTable");
    const auto rowOf = [&](const char* phoneEnd) {
        for (int r = 0; r < 2; ++r) {
            if (cell(page, "complaintTable", r, 2).endsWith(QLatin1String(phoneEnd)))
                return r;
        }
        FAIL("no such row");
        return -1;
    };
    const auto resolution = [&] {
        return child<QPlainTextEdit>(page, "complaintResolution")->toPlainText();
    };

    table->selectRow(rowOf("0001"));
    typeText(page, "complaintResolution", QStringLiteral("已联系中介退费"));
    // The clerk turns to the other one: its box is empty, and closing it without a note is
    // refused rather than recording the first one's resolution.
    table->selectRow(rowOf("0002"));
    CHECK(resolution().isEmpty());
    click(page, "complaintClose");
    CHECK(markedInvalid(page, "complaintResolution"));
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("status = 'closed'")) == 0);
    // Back to the first: the note is still there, the message about the other one is gone.
    table->selectRow(rowOf("0001"));
    CHECK(resolution() == QStringLiteral("已联系中介退费"));
    CHECK_FALSE(markedInvalid(page, "complaintResolution"));
    CHECK_FALSE(child<QLabel>(page, "complaintMessage")->isVisible());
    click(page, "complaintClose");
    CHECK(d.t.count(QStringLiteral("complaint"),
                    QStringLiteral("status = 'closed' AND category = '中介乱收费' AND "
                                   "resolution = '已联系中介退费'")) == 1);
    CHECK(d.t.count(QStringLiteral("complaint"),
                    QStringLiteral("status = 'open' AND category = '拖欠工资'")) == 1);
    // The one left shows an empty box.
    REQUIRE(modelOf(page, "complaintTable")->rowCount() == 1);
    table->selectRow(0);
    CHECK(resolution().isEmpty());
}

TEST_CASE("the ledger filters by day and kind and takes consultations by hand", "[ui][staff]")
{
    Window d;
    auto* page = d.show("ledger");
    click(page, "ledgerAdd");
    CHECK(markedInvalid(page, "ledgerSummary"));
    type(page, "ledgerSummary", QStringLiteral("咨询灵活就业社保补贴"));
    click(page, "ledgerAdd");
    CHECK(textOf(page, "ledgerMessage").contains(QStringLiteral("Added")));
    auto* kind = child<QComboBox>(page, "ledgerNewKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("enquiry")));
    type(page, "ledgerSummary", QStringLiteral("电话询问培训时间"));
    click(page, "ledgerAdd");
    REQUIRE(modelOf(page, "ledgerTable")->rowCount() == 2);
    CHECK(cell(page, "ledgerTable", 0, 3) == QStringLiteral("Wang")); // the name, not "admin"

    auto* filter = child<QComboBox>(page, "ledgerKind");
    filter->setCurrentIndex(filter->findData(QStringLiteral("consultation")));
    REQUIRE(modelOf(page, "ledgerTable")->rowCount() == 1);
    CHECK(cell(page, "ledgerTable", 0, 4) == QStringLiteral("咨询灵活就业社保补贴"));
    filter->setCurrentIndex(0);
    child<QDateEdit>(page, "ledgerDay")->setDate(QDate(2026, 11, 21));
    CHECK(modelOf(page, "ledgerTable")->rowCount() == 0);
    CHECK(textOf(page, "ledgerTotals").contains(QStringLiteral("No entries")));
    click(page, "ledgerToday");
    CHECK(modelOf(page, "ledgerTable")->rowCount() == 2);

    // Written down while another day is shown: it goes under today, and the window says so.
    child<QDateEdit>(page, "ledgerDay")->setDate(QDate(2026, 11, 20));
    type(page, "ledgerSummary", QStringLiteral("补记：接待用工单位来访"));
    click(page, "ledgerAdd");
    CHECK(textOf(page, "ledgerMessage").contains(QStringLiteral("today's ledger (2026-11-22)")));
    CHECK(child<QDateEdit>(page, "ledgerDay")->date() == QDate(2026, 11, 22));
    CHECK(modelOf(page, "ledgerTable")->rowCount() == 3);

    // The first of them was typed in error: struck out with a reason, it stays, marked.
    auto* table = child<QTableView>(page, "ledgerTable");
    // Entries made in the same second are listed in no set order: find it by what it says.
    const auto rowOf = [&](const QString& start) {
        for (int i = 0; i < modelOf(page, "ledgerTable")->rowCount(); ++i)
            if (cell(page, "ledgerTable", i, 4).startsWith(start))
                return i;
        return -1;
    };
    const int row = rowOf(QStringLiteral("咨询灵活就业社保补贴"));
    REQUIRE(row >= 0);
    table->selectRow(row);
    CHECK(child<QWidget>(page, "ledgerStrike")->isEnabled());
    click(page, "ledgerStrike");
    CHECK(textOf(page, "ledgerMessage").contains(QStringLiteral("why")));
    type(page, "ledgerStrikeReason", QStringLiteral("类别选错"));
    click(page, "ledgerStrike");
    CHECK(textOf(page, "ledgerMessage").contains(QStringLiteral("Struck out")));
    CHECK(modelOf(page, "ledgerTable")->rowCount() == 3);
    const int struck = rowOf(QStringLiteral("咨询灵活就业社保补贴"));
    REQUIRE(struck >= 0);
    CHECK(cell(page, "ledgerTable", struck, 4) ==
          QStringLiteral("咨询灵活就业社保补贴 (struck out: 类别选错)"));
    CHECK(modelOf(page, "ledgerTable")
              ->data(modelOf(page, "ledgerTable")->index(struck, 3), Qt::FontRole)
              .value<QFont>()
              .strikeOut());
    CHECK_FALSE(textOf(page, "ledgerTotals").contains(QStringLiteral("Consultation")));
    CHECK_FALSE(child<QWidget>(page, "ledgerStrike")->isEnabled()); // struck out already
}

TEST_CASE("the audit log has the most room on its page at 1366×768, in Chinese too", "[ui][staff]")
{
    {
        const ChineseInterface zh;
        Window d;
        auto* page = d.show("accounts");
        QCoreApplication::processEvents();
        const auto* log = child<QTableView>(page, "auditTable");
        const auto* accounts = child<QTableView>(page, "accountTable");
        CHECK(log->height() > accounts->height());
        // Ten lines of the log at least.
        CHECK(log->viewport()->height() >= 10 * log->verticalHeader()->defaultSectionSize());
        // The forms above it whole: every field and button at its full height, inside the page.
        for (const char* name :
             {"accountNewUser", "accountNewName", "accountNewRole", "accountNewPassword",
              "accountCreate", "accountResetPassword", "accountReset", "accountToggle",
              "accountCurrent", "accountFresh", "accountChangeOwn"}) {
            const auto* w = child<QWidget>(page, name);
            INFO(name);
            CHECK(w->isVisible());
            CHECK(w->height() >= w->minimumSizeHint().height());
            CHECK(w->width() >= w->minimumSizeHint().width());
            CHECK(page->rect().contains(QRect(w->mapTo(page, QPoint()), w->size())));
        }
    }
}

TEST_CASE("lists in a sentence are joined in the interface's language", "[ui][staff]")
{
    const QStringList items{QStringLiteral("Older worker"), QStringLiteral("Low-income family")};
    CHECK(StaffLabels::joinList(items) == QStringLiteral("Older worker, Low-income family"));
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/lingong_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    CHECK(StaffLabels::joinList({QStringLiteral("年龄偏大"), QStringLiteral("低收入家庭")}) ==
          QStringLiteral("年龄偏大、低收入家庭"));
    QCoreApplication::removeTranslator(&chinese);
    CHECK(StaffLabels::joinList({QStringLiteral("a")}) == QStringLiteral("a"));
}

TEST_CASE("a record's fields are shown in words, personal numbers masked", "[ui][staff]")
{
    const QString seeker = QStringLiteral("seeker");
    CHECK(StaffLabels::fieldValue(seeker, QStringLiteral("phone"), QStringLiteral("13812345678")) ==
          QStringLiteral("138****5678"));
    CHECK(StaffLabels::fieldValue(seeker, QStringLiteral("id_number"),
                                  QStringLiteral("450103199001011234")) ==
          QStringLiteral("4501**********1234"));
    CHECK(StaffLabels::fieldValue(seeker, QStringLiteral("name"), QStringLiteral("黄小明")) ==
          QStringLiteral("黄**"));
    CHECK(StaffLabels::fieldValue(
              seeker, QStringLiteral("difficulties"),
              QJsonArray{QStringLiteral("older"), QStringLiteral("low_income")}) ==
          QStringLiteral("Older worker, Low-income family"));
    CHECK(StaffLabels::fieldValue(seeker, QStringLiteral("wanted_districts"), QJsonArray{}) ==
          QStringLiteral("(none)"));
    CHECK(StaffLabels::fieldValue(seeker, QStringLiteral("name"), QJsonValue()) ==
          QStringLiteral("(none)"));
    CHECK(StaffLabels::fieldValue(seeker, QStringLiteral("expected_pay"),
                                  QJsonObject{{QStringLiteral("min"), 180},
                                              {QStringLiteral("unit"), QStringLiteral("day")}}) ==
          QStringLiteral("180 yuan/day"));
    const QString job = QStringLiteral("job");
    CHECK(StaffLabels::fieldValue(job, QStringLiteral("status"), QStringLiteral("withdrawn")) ==
          QStringLiteral("Withdrawn"));
    CHECK(StaffLabels::fieldValue(job, QStringLiteral("public_welfare"), true) ==
          QStringLiteral("Yes"));
    // A ledger entry's kind: a registration by itself names neither a seeker's nor an
    // employer's.
    const QString worklog = QStringLiteral("worklog");
    CHECK(
        StaffLabels::fieldValue(worklog, QStringLiteral("kind"), QStringLiteral("registration")) ==
        QStringLiteral("Registration"));
    CHECK(StaffLabels::fieldValue(worklog, QStringLiteral("kind"), QStringLiteral("hire")) ==
          QStringLiteral("Hired"));
    CHECK(StaffLabels::fieldValue(
              job, QStringLiteral("location"),
              QJsonObject{{QStringLiteral("district"), QStringLiteral("南宁市青秀区")},
                          {QStringLiteral("address"), QStringLiteral("民族大道1号")}}) ==
          QStringLiteral("Qingxiu District, Nanning 民族大道1号"));
    // An application's times in the hall's time, not as stored.
    const QString application = QStringLiteral("application");
    CHECK(StaffLabels::fieldValue(application, QStringLiteral("recommended_at"),
                                  QStringLiteral("2026-12-05T01:30:00Z")) ==
          QStringLiteral("2026-12-05 09:30"));
    // Which fields differ in an application two windows changed: named, none left as "other".
    const QJsonObject here{
        {QStringLiteral("status"), QStringLiteral("recommended")},
        {QStringLiteral("recommended_at"), QStringLiteral("2026-12-05T01:30:00Z")},
        {QStringLiteral("staff"), QStringLiteral("admin")}};
    const QJsonObject there{{QStringLiteral("status"), QStringLiteral("applied")}};
    CHECK(SyncDesk::differences(here, there) == QStringList{QStringLiteral("status"),
                                                            QStringLiteral("recommended at"),
                                                            QStringLiteral("clerk")});
    CHECK(SyncDesk::differingFields(here, there) == QStringList{QStringLiteral("status"),
                                                                QStringLiteral("recommended_at"),
                                                                QStringLiteral("staff")});
    // A place the list does not know reads as typed.
    CHECK(StaffLabels::fieldValue(
              job, QStringLiteral("location"),
              QJsonObject{{QStringLiteral("district"), QStringLiteral("某某市新区")},
                          {QStringLiteral("address"), QStringLiteral("民族大道1号")}}) ==
          QStringLiteral("某某市新区 民族大道1号"));
    // A long description is shown by its start.
    const QString shown =
        StaffLabels::fieldValue(job, QStringLiteral("description"), QString(200, QChar(u'搬')));
    CHECK(shown.size() == 80);
    CHECK(shown.endsWith(QChar(0x2026)));
}

TEST_CASE("the status-bar clock turns with the minute", "[ui][staff]")
{
    Window win;
    auto* timer = win.w->findChild<QTimer*>(QStringLiteral("staffMinuteTimer"));
    REQUIRE(timer != nullptr);
    const auto toNextMinute = [] {
        return 60'000 - QTime::currentTime().msecsSinceStartOfDay() % 60'000;
    };
    CHECK(timer->isActive());
    CHECK(timer->remainingTime() <= toNextMinute() + 100);

    // When it fires, the clock shows the time and the next turn is again the next minute's.
    win.t.clock().advanceMs(5 * 60'000);
    const QString shown = win.t.clock().localNow().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    timer->start(1);
    QTest::qWait(30);
    CHECK(textOf(win.w.get(), "staffClock") == shown);
    CHECK(timer->isActive());
    CHECK(timer->remainingTime() <= toNextMinute() + 100);
    CHECK(timer->remainingTime() > 0);
}

TEST_CASE("the ledger shows a whole month with its totals and saves it for the record",
          "[ui][staff]")
{
    Window d;
    auto* page = d.show("ledger");
    // One entry on the 20th, two today (the 22nd), one struck out; one on 1 December.
    d.t.clock().set(d.t.clock().now().addDays(-2));
    type(page, "ledgerSummary", QStringLiteral("咨询技能补贴申领"));
    click(page, "ledgerAdd");
    d.t.clock().set(d.t.clock().now().addDays(2));
    click(page, "ledgerToday");
    auto* newKind = child<QComboBox>(page, "ledgerNewKind");
    newKind->setCurrentIndex(newKind->findData(QStringLiteral("enquiry")));
    type(page, "ledgerSummary", QStringLiteral("接待用工单位来访"));
    click(page, "ledgerAdd");
    newKind->setCurrentIndex(newKind->findData(QStringLiteral("consultation")));
    type(page, "ledgerSummary", QStringLiteral("类别选错的一条"));
    click(page, "ledgerAdd");
    auto* table = child<QTableView>(page, "ledgerTable");
    REQUIRE(modelOf(page, "ledgerTable")->rowCount() == 2);
    for (int row = 0; row < 2; ++row)
        if (cell(page, "ledgerTable", row, 4) == QStringLiteral("类别选错的一条"))
            table->selectRow(row);
    type(page, "ledgerStrikeReason", QStringLiteral("误记"));
    click(page, "ledgerStrike");
    d.t.clock().set(d.t.clock().now().addDays(9));
    type(page, "ledgerSummary", QStringLiteral("十二月的一条"));
    click(page, "ledgerAdd");

    // November as a whole: its three entries, the struck one listed and not counted.
    child<QDateEdit>(page, "ledgerDay")->setDate(QDate(2026, 11, 22));
    REQUIRE(modelOf(page, "ledgerTable")->rowCount() == 2);
    auto* period = child<QComboBox>(page, "ledgerPeriod");
    period->setCurrentIndex(period->findData(QStringLiteral("month")));
    CHECK(modelOf(page, "ledgerTable")->rowCount() == 3);
    const QString totals = textOf(page, "ledgerTotals");
    INFO(totals.toStdString());
    CHECK(totals.startsWith(QStringLiteral("2 ")));
    CHECK(totals.contains(QStringLiteral(" in 2026-11: ")));
    // The times carry the day.
    CHECK(cell(page, "ledgerTable", 2, 0).startsWith(QStringLiteral("11-20")));

    // Saved where the clerk chooses: every entry of the month, oldest first, with the totals.
    const QString offered = static_cast<StaffLedgerPage*>(page)->reportPath();
    CHECK(offered.endsWith(QStringLiteral("reports/ledger-2026-11.csv")));
    click(page, "ledgerSave");
    auto* dialog = page->findChild<QFileDialog*>(QStringLiteral("ledgerSaveDialog"));
    REQUIRE(dialog);
    CHECK(dialog->directory().absolutePath() == QFileInfo(offered).absolutePath());
    QTemporaryDir stick;
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(stick.filePath(QStringLiteral("台账")));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(textOf(page, "ledgerMessage").contains(QStringLiteral("Report saved")));
    QFile file(stick.filePath(QStringLiteral("台账.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(QStringLiteral("From,2026-11-01\r\nTo,2026-11-30\r\n")));
    CHECK(text.contains(QStringLiteral("Entries (struck-out ones not counted),2\r\n")));
    const qsizetype first = text.indexOf(QStringLiteral("咨询技能补贴申领"));
    const qsizetype later = text.indexOf(QStringLiteral("接待用工单位来访"));
    CHECK(first > 0);
    CHECK(later > first);
    CHECK(text.contains(QStringLiteral("2026-11-20 ")));
    CHECK(text.contains(QStringLiteral(",类别选错的一条,误记\r\n")));
    CHECK_FALSE(text.contains(QStringLiteral("十二月的一条")));
    CHECK(text.contains(QStringLiteral("Kind,All kinds\r\n")));

    // One kind chosen: the line says how many of it among the month's, and the report holds its
    // entries alone, under a name of its own.
    auto* filter = child<QComboBox>(page, "ledgerKind");
    filter->setCurrentIndex(filter->findData(QStringLiteral("consultation")));
    CHECK(modelOf(page, "ledgerTable")->rowCount() == 2);
    CHECK(textOf(page, "ledgerTotals")
              .startsWith(QStringLiteral("Consultation: 1 of the 2 entry(ies) in 2026-11 (")));
    const QString kindPath = static_cast<StaffLedgerPage*>(page)->reportPath();
    CHECK(kindPath.endsWith(QStringLiteral("reports/ledger-2026-11-consultation.csv")));
    // The first dialog, closed, is gone before the second opens.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE_FALSE(page->findChild<QFileDialog*>(QStringLiteral("ledgerSaveDialog")));
    click(page, "ledgerSave");
    dialog = page->findChild<QFileDialog*>(QStringLiteral("ledgerSaveDialog"));
    REQUIRE(dialog);
    name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(stick.filePath(QStringLiteral("咨询")));
    QTest::keyClick(name, Qt::Key_Return);
    QFile kindFile(stick.filePath(QStringLiteral("咨询.csv")));
    REQUIRE(kindFile.open(QIODevice::ReadOnly));
    const QString kindText = QString::fromUtf8(kindFile.readAll().mid(3));
    CHECK(kindText.contains(QStringLiteral("Kind,Consultation\r\n")));
    CHECK(kindText.contains(
        QStringLiteral("Entries of all kinds (struck-out ones not counted),2\r\n")));
    CHECK(kindText.contains(QStringLiteral("咨询技能补贴申领")));
    CHECK(kindText.contains(QStringLiteral("类别选错的一条")));
    CHECK_FALSE(kindText.contains(QStringLiteral("接待用工单位来访")));
    // A day with none of the kind says so, beside the day's own count.
    child<QComboBox>(page, "ledgerPeriod")->setCurrentIndex(0);
    filter->setCurrentIndex(filter->findData(QStringLiteral("enquiry")));
    child<QDateEdit>(page, "ledgerDay")->setDate(QDate(2026, 11, 20));
    CHECK(textOf(page, "ledgerTotals")
              .startsWith(QStringLiteral("Enquiry: 0 of the 1 entry(ies) on this day (")));
}

TEST_CASE("the audit log's details read in the interface's language", "[ui][staff]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/lingong_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    // A posting filled or withdrawn says why, not the status it took.
    CHECK(StaffLabels::auditDetail(QStringLiteral("job_filled"),
                                   QStringLiteral("headcount reached")) ==
          QStringLiteral("已招满"));
    CHECK(
        StaffLabels::auditDetail(QStringLiteral("job_withdraw"),
                                 QStringLiteral("employer blacklisted")) ==
        StaffLabels::auditDetail(QStringLiteral("other"), QStringLiteral("employer blacklisted")));
    // A wrong password: the tries in a row, not the code logged.
    CHECK(StaffLabels::auditDetail(QStringLiteral("login_failed"), QStringLiteral("failures=2")) ==
          QStringLiteral("连续输错2次"));
    CHECK(StaffLabels::auditDetail(QStringLiteral("account_locked"),
                                   QStringLiteral("failures=5")) == QStringLiteral("连续输错5次"));
    CHECK(StaffLabels::auditDetail(QStringLiteral("job_publish"), QStringLiteral("published")) ==
          StaffLabels::jobStatus(QStringLiteral("published")));
    CHECK(StaffLabels::auditDetail(QStringLiteral("match_hired"),
                                   QStringLiteral("interviewed->hired")) ==
          StaffLabels::applicationStatus(QStringLiteral("interviewed")) + QStringLiteral(" → ") +
              StaffLabels::applicationStatus(QStringLiteral("hired")));
    // A request's deadline in hall time, as the clerk set it.
    CHECK(StaffLabels::fieldValue(QStringLiteral("complaint"), QStringLiteral("deadline"),
                                  QStringLiteral("2026-12-05T10:00:00Z")) ==
          QStringLiteral("2026-12-05 18:00"));
    QCoreApplication::removeTranslator(&chinese);
}

TEST_CASE("the list of what to have ready is printed for the person at the window",
          "[ui][staff][print]")
{
    QTemporaryDir folder;
    Config config;
    config.pdfFolder = folder.path();
    Window d(config);
    ComplaintService complaints(d.t->store(), d.t.clock());
    auto request =
        complaints.requestCallback(QStringLiteral("13900000001"), QStringLiteral("拖欠工资"));
    REQUIRE(request.ok());
    auto* page = d.show("complaints");
    child<QTableView>(page, "complaintTable")->selectRow(0);
    REQUIRE(child<QWidget>(page, "complaintPrintNotice")->isVisibleTo(page));
    click(page, "complaintPrintNotice");
    const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(files.front().contains(QStringLiteral("-notice-")));
    CHECK(textOf(page, "complaintMessage") ==
          QStringLiteral("The list is saved: ") + files.front());

    // On it: the matter, when it is due, every item, and nobody's phone number.
    auto slip =
        StaffNotice::slip(d.t.terminal(), request.value(), StaffAccount{}, QStringLiteral("duty"));
    REQUIRE(slip.ok());
    const QString text = slip->toPlainText();
    CHECK(text.contains(QStringLiteral("Matter: ") +
                        RequestChecklist::label(QStringLiteral("拖欠工资"))));
    CHECK(text.contains(QStringLiteral("Answer due by: 2026-11-23 18:00")));
    CHECK(text.contains(QStringLiteral("Responsible: duty")));
    for (const QString& item : RequestChecklist::items(QStringLiteral("拖欠工资")))
        CHECK(text.contains(QStringLiteral("• ") + item));
    CHECK_FALSE(text.contains(QStringLiteral("13900000001")));

    // Closed: nothing more to bring, nothing to print.
    typeText(page, "complaintResolution", QStringLiteral("已回电，工资当天结清"));
    click(page, "complaintClose");
    CHECK_FALSE(child<QWidget>(page, "complaintPrintNotice")->isVisibleTo(page));
    CHECK_FALSE(StaffNotice::slip(d.t.terminal(), request.value(), StaffAccount{}, QString()).ok());
}
