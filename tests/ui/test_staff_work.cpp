#include "applicationservice.h"
#include "common/datefield.h"
#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "complaintservice.h"
#include "contentservice.h"
#include "demodata.h"
#include "employerrepository.h"
#include "employerservice.h"
#include "jobservice.h"
#include "kioskposting.h"
#include "masking.h"
#include "matching.h"
#include "pixels.h"
#include "places.h"
#include "staff/staffjobeditor.h"
#include "staff/staffpages.h"
#include "staff/staffreferral.h"
#include "staff/staffreport.h"
#include "staff/staffstatsnotice.h"
#include "staff/staffui.h"
#include "staff/staffwindow.h"
#include "staffdesk.h"
#include "stafffixtures.h"
#include "staffgui.h"
#include "statistics.h"
#include "tempterminal.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QWheelEvent>

#include <tuple>

#include <sys/stat.h>

using namespace lingong;
using namespace lingong::test;

namespace {

// A signed-in service window over a fresh store, every list model under the model tester.
struct Desk
{
    TempTerminal t;
    std::unique_ptr<StaffWindow> w;
    StaffAccount admin;

    explicit Desk(Config config = {})
        : t(Mode::Staff, std::move(config))
    {
        SignedInDesk d = openSignedInDesk(t);
        w = std::move(d.window);
        admin = d.admin;
        for (auto* m : w->findChildren<StaffTableModel*>())
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                         m);
    }

    StaffPage* show(const char* key)
    {
        w->showPage(QString::fromLatin1(key));
        REQUIRE(w->currentPage() == QString::fromLatin1(key));
        return w->page(QString::fromLatin1(key));
    }

    QString employer(int i, bool verified)
    {
        EmployerService employers(t->store(), t.clock(), t->audit());
        auto e = employers.registerEmployer(
            employerForm(i, QStringLiteral("广西测试%1劳务有限公司").arg(i)), clerkAccount());
        REQUIRE(e.ok());
        if (verified)
            REQUIRE(employers.verify(e->id, clerkAccount()).ok());
        return e->id;
    }

    // A posting of `employerId`'s posted at this window; returns its id.
    QString postedJob(const QString& employerId,
                      const QString& title = QStringLiteral("小区保洁（日结）"))
    {
        JobService jobs(t->store(), t.clock(), t->audit());
        auto job = jobs.post(jobPosting(employerId, title), clerkAccount());
        REQUIRE(job.ok());
        return job->id;
    }

    // A job seeker registered at this window (seekerForm's); returns their id.
    QString seeker(int i, const QString& name, const QStringList& occupations = {},
                   const QStringList& difficulties = {})
    {
        StaffDesk desk(t->store(), t.clock(), t->audit());
        auto person =
            desk.registerSeeker(seekerForm(i, name, occupations, difficulties), clerkAccount());
        REQUIRE(person.ok());
        return person->id;
    }

    // A posting sent from a self-service kiosk, waiting in the review queue; returns its id.
    QString kioskPosting(const QString& employerId, const QString& title)
    {
        QJsonObject kiosk = jobPosting(employerId, title);
        kiosk.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
        kiosk.insert(QStringLiteral("source"), QStringLiteral("kiosk"));
        const QString id = EntityStore::newId();
        REQUIRE(t->store().save(entities::job(), id, kiosk).ok());
        return id;
    }

    QJsonObject stored(const EntitySpec& spec, const QString& id)
    {
        auto e = t->store().get(spec, id);
        REQUIRE(e.ok());
        REQUIRE(e.value());
        return e.value()->data;
    }
};

QStringList column(const QWidget* root, const char* table, int col)
{
    auto* view = child<QTableView>(root, table);
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, col).data().toString();
    return out;
}

void selectRow(const QWidget* root, const char* table, int row)
{
    auto* view = child<QTableView>(root, table);
    REQUIRE(view->model()->rowCount() > row);
    view->setFocus();
    view->selectRow(row);
}

void chooseData(const QWidget* root, const char* combo, const QString& data)
{
    auto* box = child<QComboBox>(root, combo);
    const int i = box->findData(data);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

// A new posting typed in the jobs page `page` up to its pay: the employer, title, trade (which
// brings its usual pay unit), skills, address and hours.
void typeNewPosting(const QWidget* page, const QString& employer, const QString& title,
                    const QString& trade, const QString& skills, const QString& address,
                    const QString& hours)
{
    click(page, "jobNew");
    chooseData(page, "jobEmployer", employer);
    type(page, "jobTitle", title);
    chooseData(page, "jobOccupation", trade);
    typeText(page, "jobSkills", skills);
    type(page, "jobAddress", address);
    type(page, "jobHours", hours);
}

void check(const QWidget* root, const char* name)
{
    auto* box = child<QCheckBox>(root, name);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    REQUIRE(box->isChecked());
}

} // namespace

TEST_CASE("a mobile already on another person's record is saved, and the clerk is told to ask "
          "whose it is",
          "[ui][staff]")
{
    Desk d;
    const QString mother = d.seeker(3, QStringLiteral("黄秀英"), {QStringLiteral("家政保洁")});
    const QString phone =
        d.stored(entities::seeker(), mother).value(QLatin1String("phone")).toString();
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("韦小兰"));
    type(page, "seekerIdNumber", idNumber(2));
    type(page, "seekerPhone", phone);
    child<QListWidget>(page, "seekerOccupations")->item(0)->setCheckState(Qt::Checked);
    check(page, "seekerConsent");
    click(page, "seekerSave");
    // Saved: a shared phone is common, not an error.
    REQUIRE(d.t.count(QStringLiteral("seeker"), QStringLiteral("phone = '%1'").arg(phone)) == 2);
    const QString said = textOf(page, "seekerMessage");
    CHECK(said.startsWith(QStringLiteral("Registered and saved.")));
    CHECK(said.contains(QStringLiteral("This mobile is on the record of 黄秀英 too")));
    CHECK(child<QLabel>(page, "seekerMessage")->property("tone").toString() ==
          QStringLiteral("warning"));
    // Said once: saving other changes does not say it again.
    type(page, "seekerNotes", QStringLiteral("电话是母亲黄秀英的"));
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage") == QStringLiteral("Changes saved."));
    // A number of the person's own: nothing to ask.
    type(page, "seekerPhone", QStringLiteral("13907719999"));
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage") == QStringLiteral("Changes saved."));
}

TEST_CASE("a seeker registered with no trade wanted is saved, and the clerk is told to ask",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("韦秀兰"));
    type(page, "seekerIdNumber", idNumber(2));
    type(page, "seekerPhone", QStringLiteral("13907711002"));
    check(page, "seekerConsent");
    click(page, "seekerSave");
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);
    CHECK(textOf(page, "seekerMessage").startsWith(QStringLiteral("Registered and saved.")));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("No trade wanted")));
    // With one ticked, saved without a word about it.
    child<QListWidget>(page, "seekerOccupations")->item(0)->setCheckState(Qt::Checked);
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage") == QStringLiteral("Changes saved."));
    // Back at the page after another, the clerk is not told again that something was saved.
    d.show("jobs");
    d.show("seekers");
    CHECK(textOf(page, "seekerMessage").isEmpty());
    CHECK_FALSE(child<QLabel>(page, "seekerMessage")->isVisible());
    // A warning of what is still to do stays.
    child<QListWidget>(page, "seekerOccupations")->item(0)->setCheckState(Qt::Unchecked);
    click(page, "seekerSave");
    REQUIRE(textOf(page, "seekerMessage").contains(QStringLiteral("No trade wanted")));
    d.show("jobs");
    d.show("seekers");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("No trade wanted")));
}

TEST_CASE("register a seeker: an ID number on record is said as soon as it is whole, before the "
          "rest is typed",
          "[ui][staff]")
{
    Desk d;
    const QString known = d.seeker(3, QStringLiteral("韦国强"), {QStringLiteral("家政保洁")});
    REQUIRE(!known.isEmpty());
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("黄桂兰"));
    // Not yet whole: nothing said.
    type(page, "seekerIdNumber", idNumber(3).left(17));
    CHECK(textOf(page, "seekerMessage").isEmpty());
    type(page, "seekerIdNumber", idNumber(3));
    // Under another name: most likely a wrong digit.
    QString said = textOf(page, "seekerMessage");
    CHECK(said.startsWith(QStringLiteral("This ID number is already registered, for 韦国强 (")));
    CHECK(said.endsWith(QStringLiteral("), not 黄桂兰: check the number on the ID card.")));
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);
    // The person's own name (one character off, as 韦国祥 for 韦国强): save opens them.
    type(page, "seekerName", QStringLiteral("韦国祥"));
    said = textOf(page, "seekerMessage");
    CHECK(said.startsWith(QStringLiteral("This ID number is already registered, for 韦国强 (")));
    CHECK(said.endsWith(QStringLiteral("Press Save to open that registration with what you "
                                       "typed.")));
    type(page, "seekerPhone", QStringLiteral("13907719999"));
    click(page, "seekerSave");
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);
    CHECK(textOf(page, "seekerMessage")
              .startsWith(QStringLiteral("This ID number is already registered (for example at a "
                                         "kiosk). That person's registration is open now")));
    click(page, "seekerNew");
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("黄桂兰"));
    type(page, "seekerIdNumber", idNumber(3));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("not 黄桂兰")));
    // A number not on record: the words go.
    type(page, "seekerIdNumber", idNumber(2));
    CHECK(textOf(page, "seekerMessage").isEmpty());
    CHECK_FALSE(child<QLabel>(page, "seekerMessage")->isVisible());
    // Nor is anything said of the record open itself.
    static_cast<StaffSeekersPage*>(page)->openSeeker(known);
    type(page, "seekerIdNumber", idNumber(3));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("already registered")));
}

TEST_CASE("register a seeker: a bad ID number is refused with the form kept, a good one saved",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("韦秀英"));
    type(page, "seekerIdNumber", QStringLiteral("450103198506121234")); // wrong check digit
    type(page, "seekerPhone", QStringLiteral("13907711000"));
    auto* trades = child<QListWidget>(page, "seekerOccupations");
    trades->item(0)->setCheckState(Qt::Checked);
    check(page, "seekerConsent");
    click(page, "seekerSave");

    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("ID number")));
    CHECK(markedInvalid(page, "seekerIdNumber"));
    CHECK(textOf(page, "seekerName") == QStringLiteral("韦秀英"));
    CHECK(textOf(page, "seekerPhone") == QStringLiteral("13907711000"));
    CHECK(trades->item(0)->checkState() == Qt::Checked);
    CHECK(d.t.count(QStringLiteral("seeker")) == 0);

    // Two numbers wrong: one save names both.
    type(page, "seekerPhone", QStringLiteral("1390771100"));
    click(page, "seekerSave");
    CHECK(markedInvalid(page, "seekerIdNumber"));
    CHECK(markedInvalid(page, "seekerPhone"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("ID number")));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Mobile")));
    // Each mark goes as its field is corrected, and its words with it; the message with the
    // last.
    type(page, "seekerPhone", QStringLiteral("13907711000"));
    CHECK_FALSE(markedInvalid(page, "seekerPhone"));
    CHECK(markedInvalid(page, "seekerIdNumber"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("ID number")));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("Mobile")));

    type(page, "seekerIdNumber", idNumber(0));
    CHECK_FALSE(markedInvalid(page, "seekerIdNumber"));
    CHECK(textOf(page, "seekerMessage").isEmpty());
    // No name: the window does not register a person without one.
    type(page, "seekerName", QString());
    click(page, "seekerSave");
    CHECK(markedInvalid(page, "seekerName"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("name")));
    CHECK(d.t.count(QStringLiteral("seeker")) == 0);
    type(page, "seekerName", QStringLiteral("韦秀英"));
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Registered")));
    CHECK(!markedInvalid(page, "seekerIdNumber"));
    REQUIRE(d.t.count(QStringLiteral("seeker")) == 1);
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("consent_at <> ''")) == 1);
    // Listed with the numbers masked, never in full.
    CHECK(column(page, "seekerTable", 0) == QStringList{QStringLiteral("韦秀英")});
    CHECK(column(page, "seekerTable", 1) == QStringList{QStringLiteral("4501**********1235")});
    CHECK(column(page, "seekerTable", 2) == QStringList{QStringLiteral("139****1000")});
    CHECK(child<QLineEdit>(page, "seekerIdNumber")->text().isEmpty());
    CHECK(child<QLineEdit>(page, "seekerIdNumber")
              ->placeholderText()
              .contains(QStringLiteral("****")));
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'seeker_register' AND actor = 'admin'")) == 1);
    CHECK(d.t.count(QStringLiteral("worklog"), QStringLiteral("kind = 'registration'")) == 1);

    // Editing keeps the numbers when their fields stay empty.
    type(page, "seekerNotes", QStringLiteral("会开叉车"));
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("saved")));
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("notes = '会开叉车' AND phone = "
                                                             "'13907711000'")) == 1);

    // An ID number alone, without a name, still finds the person on record.
    click(page, "seekerNew");
    type(page, "seekerIdNumber", idNumber(0));
    type(page, "seekerPhone", QStringLiteral("13907711000"));
    click(page, "seekerSave");
    CHECK_FALSE(markedInvalid(page, "seekerName"));
    CHECK(textOf(page, "seekerName") == QStringLiteral("韦秀英"));
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);
}

TEST_CASE("the seeker form ticks and holds the older-worker box while the ID number shows one",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    auto* list = child<QListWidget>(page, "seekerDifficulties");
    QListWidgetItem* older = nullptr;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("older"))
            older = list->item(i);
    REQUIRE(older);
    const auto tapOlder = [&] {
        // On the box at the left of the item, where a clerk clicks.
        const QRect r = list->visualItemRect(older);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          QPoint(r.left() + 10, r.center().y()));
    };
    const auto held = [&] { return !(older->flags() & Qt::ItemIsUserCheckable); };

    // idNumber(0): a man of 41; idNumber(1): a woman of 56.
    type(page, "seekerIdNumber", idNumber(0));
    CHECK(older->checkState() == Qt::Unchecked);
    CHECK_FALSE(held());
    tapOlder();
    REQUIRE(older->checkState() == Qt::Checked); // the click reaches the box
    tapOlder();
    CHECK(older->checkState() == Qt::Unchecked);
    // A click on the words ticks as well, once; a double click on them ticks once too.
    {
        const QRect r = list->visualItemRect(older);
        const QPoint words(r.right() - 10, r.center().y());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, words);
        CHECK(older->checkState() == Qt::Checked);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, words);
        CHECK(older->checkState() == Qt::Unchecked);
        doubleClick(list->viewport(), words);
        CHECK(older->checkState() == Qt::Checked);
        doubleClick(list->viewport(), QPoint(r.left() + 10, r.center().y()));
        CHECK(older->checkState() == Qt::Unchecked);
    }

    type(page, "seekerIdNumber", idNumber(1));
    CHECK(older->checkState() == Qt::Checked);
    CHECK(held());
    CHECK(older->toolTip().contains(QStringLiteral("women from 40")));
    tapOlder();
    CHECK(older->checkState() == Qt::Checked);
    // A number mistyped, then the man's again: the box is as the clerk left it.
    type(page, "seekerIdNumber", idNumber(0));
    CHECK(older->checkState() == Qt::Unchecked);
    CHECK_FALSE(held());

    // Saved for the woman, the record says so; opened again (the number field empty), the box is
    // held from the birth date on record.
    type(page, "seekerIdNumber", idNumber(1));
    type(page, "seekerName", QStringLiteral("韦桂兰"));
    type(page, "seekerPhone", QStringLiteral("13907711000"));
    check(page, "seekerConsent");
    // A tick box ticked and unticked again quickly is two clicks (consent ticked by mistake).
    {
        auto* consent = child<QAbstractButton>(page, "seekerConsent");
        const QPoint box(8, consent->height() / 2);
        QTest::mouseClick(consent, Qt::LeftButton, {}, box);
        REQUIRE_FALSE(consent->isChecked());
        doubleClick(consent, box);
        CHECK_FALSE(consent->isChecked());
        check(page, "seekerConsent");
    }
    // A double click on 保存 saves once: the clerk is told the person is registered.
    doubleClick(child<QWidget>(page, "seekerSave"));
    REQUIRE(textOf(page, "seekerMessage").contains(QStringLiteral("Registered")));
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("entity = 'seeker'")) == 1);
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("tier = 'priority'")) == 1);
    // The clerk is told why she counts as in difficulty, nothing having been ticked.
    CHECK(textOf(page, "seekerMessage")
              .contains(QStringLiteral("By the birth date in the ID number the person counts as "
                                       "an older worker (women from 40, men from 50), and so as "
                                       "in difficulty")));
    click(page, "seekerNew");
    CHECK(older->checkState() == Qt::Unchecked);
    CHECK_FALSE(held());
    selectRow(page, "seekerTable", 0);
    CHECK(child<QLineEdit>(page, "seekerIdNumber")->text().isEmpty());
    CHECK(older->checkState() == Qt::Checked);
    CHECK(held());
    // Opening it changed nothing: nothing to keep aside.
    click(page, "seekerNew");
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("Unsaved changes")));
    // Her number mistyped on record, corrected to a man of 41: the tick was the number's, not
    // anybody's answer, and goes with it; so on a draft kept aside and brought back.
    selectRow(page, "seekerTable", 0);
    type(page, "seekerIdNumber", idNumber(0));
    CHECK(older->checkState() == Qt::Unchecked);
    CHECK_FALSE(held());
    type(page, "seekerIdNumber", idNumber(1));
    CHECK(held());
    click(page, "seekerNew"); // kept aside
    selectRow(page, "seekerTable", 0);
    REQUIRE(textOf(page, "seekerIdNumber") == idNumber(1));
    CHECK(held());
    type(page, "seekerIdNumber", idNumber(0));
    CHECK(older->checkState() == Qt::Unchecked);
}

TEST_CASE("a hall outside Nanning offers its own city's places, named in the interface's language",
          "[ui][staff]")
{
    Config config;
    config.district = QStringLiteral("柳州市鱼峰区");
    Desk d(config);
    auto* seekers = d.show("seekers");
    auto* wanted = child<QListWidget>(seekers, "seekerDistricts");
    QStringList codes;
    QStringList labels;
    for (int i = 0; i < wanted->count(); ++i) {
        codes << wanted->item(i)->data(Qt::UserRole).toString();
        labels << wanted->item(i)->text();
    }
    CHECK(codes == Places::guangxi().near(config.district, true));
    REQUIRE(codes.size() == 10);
    CHECK(codes.first() == QStringLiteral("柳州市鱼峰区"));
    CHECK(labels.first() == QStringLiteral("Yufeng District, Liuzhou"));
    // A posting can be anywhere in Guangxi: the hall's city first, then the others.
    auto* jobs = d.show("jobs");
    click(jobs, "jobNew");
    auto* place = child<QComboBox>(jobs, "jobDistrict");
    CHECK(place->count() == 111);
    CHECK(place->itemData(0).toString() == QStringLiteral("柳州市鱼峰区"));
    CHECK(place->itemData(9).toString().startsWith(QStringLiteral("柳州市")));
    CHECK(place->itemData(10).toString() == QStringLiteral("南宁市兴宁区"));
    // Read in the interface's language (English here), as the seeker form's are.
    CHECK(place->itemText(0) == QStringLiteral("Yufeng District, Liuzhou"));
    CHECK(place->itemText(10) == QStringLiteral("Xingning District, Nanning"));
}

TEST_CASE("the window marks the people who became older workers overnight, once a day",
          "[ui][staff]")
{
    Desk d;
    // A man who turns 50 tomorrow (the 17th digit odd).
    const QDate today = d.t.clock().today();
    SeekerForm f = seekerForm(0, QStringLiteral("农志刚"));
    f.idNumber = idNumberBornOn(today.addYears(-50).addDays(1), "251");
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    auto man = desk.registerSeeker(f, clerkAccount());
    REQUIRE(man.ok());
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("tier = 'priority'")) == 0);
    // The window stays signed in overnight; at its next minute's turn after midnight, or its next
    // sign-in, he is in the priority tier.
    d.t.clock().advanceMs(24LL * 3600 * 1000);
    d.w->lockNow();
    d.w->startSession(d.admin);
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("tier = 'priority'")) == 1);
    CHECK(d.w->statusBar()->currentMessage().contains(QStringLiteral("older worker")));
}

TEST_CASE("registering an ID number from a kiosk again opens that person", "[ui][staff]")
{
    Desk d;
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    SeekerForm kiosk = seekerForm(1, QStringLiteral("黄桂兰"));
    kiosk.source = QStringLiteral("kiosk");
    auto first = desk.seekers().registerSeeker(kiosk);
    REQUIRE(first.ok());

    auto* page = d.show("seekers");
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("黄桂蓝"));
    type(page, "seekerIdNumber", idNumber(1));
    type(page, "seekerPhone", QStringLiteral("13500001111"));
    check(page, "seekerConsent");
    click(page, "seekerSave");

    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("already registered")));
    CHECK(static_cast<StaffSeekersPage*>(page)->currentId() == first->id);
    // What was typed is kept over the record; the message names what it replaced.
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄桂蓝"));
    CHECK(textOf(page, "seekerPhone") == QStringLiteral("13500001111"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("name \"黄桂兰\"")));
    const QString oldPhone = kiosk.phone;
    CHECK(textOf(page, "seekerMessage")
              .contains(QStringLiteral("mobile \"%1\"").arg(masking::phone(oldPhone))));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(oldPhone));
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'seeker_open_existing'")) == 1);
    // Saving keeps the person's newer details.
    click(page, "seekerSave");
    const auto stored = d.t->store().get(entities::seeker(), first->id).value();
    CHECK(stored->data.value(QLatin1String("name")).toString() == QStringLiteral("黄桂蓝"));
    CHECK(stored->data.value(QLatin1String("phone")).toString() == QStringLiteral("13500001111"));

    // The ID number alone opens the person: no mobile or consent asked for first.
    click(page, "seekerNew");
    type(page, "seekerIdNumber", idNumber(1));
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("already registered")));
    CHECK(static_cast<StaffSeekersPage*>(page)->currentId() == first->id);
    CHECK(textOf(page, "seekerPhone").isEmpty()); // masked on record, nothing typed over it
    CHECK_FALSE(markedInvalid(page, "seekerPhone"));
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);
}

TEST_CASE("a person registered at a kiosk and at the window before they synced is merged with "
          "two presses",
          "[ui][staff]")
{
    Desk d;
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    // The window's own record...
    auto own = desk.registerSeeker(seekerForm(3, QStringLiteral("莫桂芳")), clerkAccount());
    REQUIRE(own.ok());
    REQUIRE_FALSE(own->existing);
    // ...and then the kiosk's record of the same ID number, as a pull brings it in: made the day
    // before, no name, another mobile.
    SeekerForm kiosk = seekerForm(3, QString(), {QStringLiteral("家政保洁")});
    kiosk.source = QStringLiteral("kiosk");
    kiosk.phone = QStringLiteral("13977110001");
    QJsonObject pulled = SeekerService::toData(kiosk);
    pulled.insert(QStringLiteral("consent_at"), QStringLiteral("2026-11-21T02:00:00.000Z"));
    pulled.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-21T02:00:00.000Z"));
    const QString kioskId = EntityStore::newId();
    REQUIRE(d.t->store().save(entities::seeker(), kioskId, pulled).ok());
    const QString ownPhone = own->data.value(QLatin1String("phone")).toString();

    auto* page = d.show("seekers");
    page->refresh();
    auto* list = child<QPushButton>(page, "seekerTwinList");
    REQUIRE(list->isVisible());
    CHECK(list->text() == QLatin1String("Registered twice: 1"));
    click(page, "seekerTwinList");
    CHECK(column(page, "seekerTable", 0).size() == 2);
    // The kiosk's record, the older one, is opened.
    const int row = column(page, "seekerTable", 0).indexOf(QString());
    REQUIRE(row >= 0);
    selectRow(page, "seekerTable", row);
    REQUIRE(static_cast<StaffSeekersPage*>(page)->currentId() == kioskId);
    REQUIRE(child<QLabel>(page, "seekerTwins")->isVisible());
    const QString twins = textOf(page, "seekerTwins");
    CHECK(twins.contains(QStringLiteral("莫桂芳")));
    CHECK(twins.contains(masking::phone(ownPhone)));
    CHECK(twins.contains(QLatin1String("at a service window")));
    CHECK_FALSE(twins.contains(ownPhone));

    // Unsaved typing is not merged away; saved, it stays on this record, whose number is its
    // own although the other record has it too.
    d.t.clock().advanceMs(60'000);
    type(page, "seekerSkills", QStringLiteral("会做饭"));
    click(page, "seekerMerge");
    CHECK(textOf(page, "seekerMessage").contains(QLatin1String("Save the changes first")));
    CHECK(child<QPushButton>(page, "seekerMerge")->text() ==
          QLatin1String("Merge into one record"));
    click(page, "seekerSave");
    REQUIRE(textOf(page, "seekerMessage") == QLatin1String("Changes saved."));

    // One press asks; a double click does not answer.
    auto* merge = child<QPushButton>(page, "seekerMerge");
    doubleClick(merge);
    CHECK(merge->text() == QLatin1String("Press again to merge"));
    CHECK(textOf(page, "seekerMessage").contains(QLatin1String("cannot be undone")));
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 2);
    // A third record arrives meanwhile (the kiosk again): the question is asked again.
    d.t.clock().advanceMs(60'000);
    QJsonObject again = pulled;
    again.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-22T01:00:00.000Z"));
    const QString againId = EntityStore::newId();
    REQUIRE(d.t->store().save(entities::seeker(), againId, again).ok());
    page->refresh();
    CHECK(merge->text() == QLatin1String("Merge into one record"));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QLatin1String("cannot be undone")));
    REQUIRE(QTest::qWaitFor([merge] { return merge->isEnabled(); }, 3000));
    click(page, "seekerMerge");
    CHECK(merge->text() == QLatin1String("Press again to merge"));
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 3);
    REQUIRE(QTest::qWaitFor([merge] { return merge->isEnabled(); }, 3000));
    click(page, "seekerMerge");

    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("deleted = 0")) == 1);
    CHECK(static_cast<StaffSeekersPage*>(page)->currentId() == kioskId);
    CHECK(textOf(page, "seekerMessage").contains(QLatin1String("Merged")));
    CHECK_FALSE(child<QLabel>(page, "seekerTwins")->isVisible());
    CHECK_FALSE(child<QPushButton>(page, "seekerTwinList")->isVisible());
    CHECK(textOf(page, "seekerName") == QStringLiteral("莫桂芳"));
    CHECK(textOf(page, "seekerSkills") == QStringLiteral("会做饭"));
    // Opening a record merged away (from an old list or a link) opens the one it went to.
    static_cast<StaffSeekersPage*>(page)->startNew();
    static_cast<StaffSeekersPage*>(page)->openSeeker(own->id);
    CHECK(static_cast<StaffSeekersPage*>(page)->currentId() == kioskId);
    // The mobile given last (the kiosk's, again) is the one kept.
    const QJsonObject kept = d.stored(entities::seeker(), kioskId);
    CHECK(kept.value(QLatin1String("phone")).toString() == kiosk.phone);
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'seeker_merge' AND instr(detail, '%1') > 0 AND "
                                   "instr(detail, '%2') > 0")
                        .arg(own->id, againId)) == 1);
}

TEST_CASE("an ID number on record under another name opens that person without typing over them",
          "[ui][staff]")
{
    Desk d;
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    auto first = desk.registerSeeker(seekerForm(1, QStringLiteral("黄志明")), clerkAccount());
    REQUIRE(first.ok());

    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("张三"));
    type(page, "seekerIdNumber", idNumber(1));
    type(page, "seekerPhone", QStringLiteral("13900001111"));
    // Saved from the phone field, as Ctrl+S does (the button's click() takes no focus).
    auto* phone = child<QLineEdit>(page, "seekerPhone");
    phone->setFocus();
    REQUIRE(page->window()->focusWidget() == phone);
    child<QPushButton>(page, "seekerSave")->click(); // no consent asked yet: the number on
                                                     // record is found first
    CHECK(page->currentId() == first->id);
    // The next keys typed do not land in that person's record: the focus has left the form.
    CHECK(page->window()->focusWidget() == child<QPushButton>(page, "seekerNew"));
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄志明"));
    CHECK(textOf(page, "seekerPhone").isEmpty()); // the number on record, masked, unchanged
    const QString said = textOf(page, "seekerMessage");
    CHECK(said.contains(QStringLiteral("黄志明")));
    CHECK(said.contains(QStringLiteral("张三")));
    CHECK(said.contains(QStringLiteral("ID card")));
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);

    // Found again later by the mobile: shown as on record, nothing typed over it.
    page->openSeeker(first->id);
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄志明"));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("changes are back")));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("the new registration")));
    // What was typed waits as the new registration, to correct; the clerk is told whose it is,
    // in case the next person is at the window by now.
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName") == QStringLiteral("张三"));
    CHECK(textOf(page, "seekerPhone") == QStringLiteral("13900001111"));
    CHECK(textOf(page, "seekerIdNumber") == idNumber(1));
    CHECK(textOf(page, "seekerMessage") ==
          QStringLiteral("The new registration begun for 张三 and not saved is back. For someone "
                         "else, press New registration again to clear the form."));
    // A double click is one press: the form stays.
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName") == QStringLiteral("张三"));

    // Two-character names differing in the surname are two people too.
    auto wei = desk.registerSeeker(seekerForm(2, QStringLiteral("张伟")), clerkAccount());
    REQUIRE(wei.ok());
    // The next press clears the form, and nothing of it comes back.
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName").isEmpty());
    CHECK(textOf(page, "seekerIdNumber").isEmpty());
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName").isEmpty());
    type(page, "seekerName", QStringLiteral("李伟"));
    type(page, "seekerIdNumber", idNumber(2));
    type(page, "seekerPhone", QStringLiteral("13900002222"));
    click(page, "seekerSave");
    CHECK(page->currentId() == wei->id);
    CHECK(textOf(page, "seekerName") == QStringLiteral("张伟"));
}

TEST_CASE("every choice of a seeker's checklists is in sight, none behind a scroll bar",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("seekers");
    for (const int width : {1366, 1024}) {
        d.w->resize(width, 768);
        QCoreApplication::processEvents();
        for (const char* name : {"seekerOccupations", "seekerDistricts", "seekerDifficulties"}) {
            auto* list = child<QListWidget>(page, name);
            REQUIRE(list->count() > 3);
            for (int i = 0; i < list->count(); ++i) {
                INFO(name << " item " << i << " at width " << width);
                CHECK(list->viewport()->rect().contains(list->visualItemRect(list->item(i))));
            }
        }
    }
}

TEST_CASE(
    "a registration asks for consent first, in sight on a 1366×768 screen, once given, a line "
    "says when",
    "[ui][staff]")
{
    Desk d;
    d.w->resize(1366, 768);
    d.w->show();
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    QCoreApplication::processEvents();
    auto* consent = child<QAbstractButton>(page, "seekerConsent");
    auto* notice = child<QLabel>(page, "seekerConsentNotice");
    QScrollArea* scroll = nullptr;
    for (QWidget* w = consent->parentWidget(); w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea*>(w);
    REQUIRE(scroll);
    const auto inSight = [scroll](const QWidget* w) {
        return scroll->viewport()->rect().contains(
            QRect(w->mapTo(scroll->viewport(), QPoint()), w->size()));
    };
    // The notice is read out and the box ticked before the details are taken down.
    CHECK(inSight(consent));
    CHECK(inSight(notice));
    CHECK(consent->mapTo(page, QPoint()).y() <
          child<QWidget>(page, "seekerName")->mapTo(page, QPoint()).y());
    type(page, "seekerName", QStringLiteral("韦桂兰"));
    type(page, "seekerIdNumber", idNumber(1));
    type(page, "seekerPhone", QStringLiteral("13907711000"));
    child<QListWidget>(page, "seekerOccupations")->item(0)->setCheckState(Qt::Checked);
    check(page, "seekerConsent");
    click(page, "seekerSave");
    REQUIRE(textOf(page, "seekerMessage").contains(QStringLiteral("Registered")));
    // Given: the notice is not read out again; the line says when, and cannot be unticked.
    CHECK(consent->text() == QStringLiteral("Consent given on 2026-11-22 10:00"));
    CHECK(consent->isChecked());
    CHECK_FALSE(consent->isEnabled());
    CHECK_FALSE(notice->isVisible());
    // The next person is asked again.
    click(page, "seekerNew");
    CHECK(consent->text() == QStringLiteral("Consent given"));
    CHECK_FALSE(consent->isChecked());
    CHECK(consent->isEnabled());
    CHECK(notice->isVisible());
}

TEST_CASE("a refused registration names every problem at once, below the form", "[ui][staff]")
{
    Desk d;
    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    QCoreApplication::processEvents();
    QWidget* name = child<QWidget>(page, "seekerName");
    const QPoint at = name->mapTo(d.w.get(), QPoint());
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("韦建华"));
    QString bad = idNumber(3);
    bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    type(page, "seekerIdNumber", bad);
    type(page, "seekerPhone", QStringLiteral("13900001111"));
    click(page, "seekerSave");
    QCoreApplication::processEvents();
    CHECK(markedInvalid(page, "seekerIdNumber"));
    CHECK(markedInvalid(page, "seekerConsent"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("not agreed")));
    CHECK(name->mapTo(d.w.get(), QPoint()) == at);
    CHECK(d.t.count(QStringLiteral("seeker")) == 0);
}

namespace {

void clickRow(const QWidget* root, const char* table, int row)
{
    auto* view = child<QTableView>(root, table);
    const QRect r = view->visualRect(view->model()->index(row, 0));
    REQUIRE(r.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("opening another person keeps unsaved changes for when the clerk comes back",
          "[ui][staff]")
{
    Desk d;
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    REQUIRE(desk.seekers().registerSeeker(seekerForm(1, QStringLiteral("黄桂兰"))).ok());
    REQUIRE(desk.seekers().registerSeeker(seekerForm(2, QStringLiteral("蒙建华"))).ok());
    auto* page = d.show("seekers");
    auto* seekers = static_cast<StaffSeekersPage*>(page);
    page->refresh();
    REQUIRE(column(page, "seekerTable", 0).size() == 2);

    // A new registration half typed, then a person in the list clicked.
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("韦小宝"));
    type(page, "seekerPhone", QStringLiteral("13600003333"));
    type(page, "seekerNotes", QStringLiteral("会砌墙"));
    CHECK(seekers->hasUnsavedChanges());
    clickRow(page, "seekerTable", 0);
    const QString first = seekers->currentId();
    REQUIRE_FALSE(first.isEmpty());
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Unsaved changes are kept")));
    CHECK(textOf(page, "seekerName") != QStringLiteral("韦小宝"));

    // The person's own record is edited and left unsaved too: the second person is opened.
    // The reminder names the person on record, even with another name typed over it.
    const QString firstName =
        d.stored(entities::seeker(), first).value(QLatin1String("name")).toString();
    type(page, "seekerNotes", QStringLiteral("周末可上工"));
    type(page, "seekerName", QStringLiteral("张三"));
    clickRow(page, "seekerTable", 1);
    CHECK(seekers->currentId() != first);
    CHECK(textOf(page, "seekerMessage").contains(firstName));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("张三")));
    CHECK(textOf(page, "seekerNotes") != QStringLiteral("周末可上工"));
    // After New, a click on the row of the person who was open opens them again.
    const QString second = seekers->currentId();
    click(page, "seekerNew");
    CHECK(seekers->currentId().isEmpty());
    CHECK(textOf(page, "seekerName") == QStringLiteral("韦小宝")); // the kept new registration
    clickRow(page, "seekerTable", 1);
    CHECK(seekers->currentId() == second);
    // Both unsaved forms are kept; coming back to either brings it back, saying so when the
    // registration was changed elsewhere meanwhile.
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("the new registration")));
    {
        SeekerForm elsewhere = SeekerService::fromData(d.stored(entities::seeker(), first));
        elsewhere.skills = QStringLiteral("会开叉车");
        REQUIRE(desk.seekers().update(first, elsewhere).ok());
    }
    page->refresh();
    clickRow(page, "seekerTable", 0);
    CHECK(seekers->currentId() == first);
    CHECK(textOf(page, "seekerNotes") == QStringLiteral("周末可上工"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("changed elsewhere")));
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("saved")));
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("notes = '周末可上工'")) == 1);
    CHECK_FALSE(seekers->hasUnsavedChanges());
    // The skills changed elsewhere, which the clerk did not touch, are kept, and said so.
    CHECK(d.stored(entities::seeker(), first).value(QLatin1String("skills")).toString() ==
          QStringLiteral("会开叉车"));
    CHECK(textOf(page, "seekerSkills") == QStringLiteral("会开叉车"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("changed skills meanwhile")));

    // The new registration typed at first is still there; pressing New on an unsaved one asks
    // first, the second press clears it.
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerNotes") == QStringLiteral("会砌墙"));
    CHECK(textOf(page, "seekerName") == QStringLiteral("韦小宝"));
    CHECK(textOf(page, "seekerPhone") == QStringLiteral("13600003333"));
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName") == QStringLiteral("韦小宝"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("not saved")));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    // Typing more after the warning means the clerk is still at it: the next press asks again.
    type(page, "seekerSkills", QStringLiteral("会砌墙"));
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerSkills") == QStringLiteral("会砌墙"));
    // A double click is one press, not two.
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName") == QStringLiteral("韦小宝"));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName").isEmpty());
    CHECK(textOf(page, "seekerPhone").isEmpty());
    CHECK(d.t.count(QStringLiteral("seeker")) == 2);
}

TEST_CASE("what the clerk typed fills the gaps of a kiosk registration it turns out to match",
          "[ui][staff]")
{
    Desk d;
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    SeekerForm kiosk = seekerForm(2, QString()); // kiosks leave the name for the window
    kiosk.source = QStringLiteral("kiosk");
    kiosk.notes.clear();
    auto first = desk.seekers().registerSeeker(kiosk);
    REQUIRE(first.ok());

    auto* page = d.show("seekers");
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("蒙建华"));
    type(page, "seekerIdNumber", idNumber(2));
    type(page, "seekerPhone", QStringLiteral("13500002222"));
    type(page, "seekerNotes", QStringLiteral("能开电动三轮车"));
    check(page, "seekerConsent");
    click(page, "seekerSave");

    REQUIRE(static_cast<StaffSeekersPage*>(page)->currentId() == first->id);
    CHECK(textOf(page, "seekerName") == QStringLiteral("蒙建华"));
    CHECK(textOf(page, "seekerNotes") == QStringLiteral("能开电动三轮车"));
    CHECK(d.t.count(QStringLiteral("seeker")) == 1);
    // Saving now completes the kiosk's registration.
    click(page, "seekerSave");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("saved")));
    const auto stored = d.t->store().get(entities::seeker(), first->id).value();
    CHECK(stored->data.value(QLatin1String("name")).toString() == QStringLiteral("蒙建华"));
    CHECK(stored->data.value(QLatin1String("notes")).toString() ==
          QStringLiteral("能开电动三轮车"));
}

TEST_CASE("a posting with 限男性 is refused with the phrase shown and the fields kept, then fixed",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    auto* page = d.show("jobs");
    click(page, "jobNew");
    chooseData(page, "jobEmployer", employer);
    CHECK(textOf(page, "jobContactName") == QStringLiteral("黄先生")); // from the employer
    type(page, "jobTitle", QStringLiteral("仓库搬运工"));
    chooseData(page, "jobOccupation", QStringLiteral("装卸搬运"));
    // The trade reads in the interface's language (English here); the stored value stays.
    CHECK(child<QComboBox>(page, "jobOccupation")->currentText() == QStringLiteral("Loading"));
    typeText(page, "jobSkills", QStringLiteral("限男性，能吃苦"));

    // Live: shown while typing, before any save.
    auto* editor = child<StaffJobEditor>(page, "jobEditor");
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("\"限男性\"")));
    CHECK(markedInvalid(page, "jobSkills"));
    CHECK(editor->highlightedPhrase() == QStringLiteral("限男性"));
    CHECK(child<QPlainTextEdit>(page, "jobSkills")->extraSelections().size() == 1);

    type(page, "jobAddress", QStringLiteral("五象大道88号"));
    type(page, "jobHours", QStringLiteral("8:00-17:00"));
    type(page, "jobPayMin", QStringLiteral("180"));
    type(page, "jobPayMax", QStringLiteral("220"));
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("\"限男性\"")));
    CHECK(d.t.count(QStringLiteral("job")) == 0);
    // Nothing entered is lost.
    CHECK(textOf(page, "jobTitle") == QStringLiteral("仓库搬运工"));
    CHECK(textOf(page, "jobAddress") == QStringLiteral("五象大道88号"));
    CHECK(textOf(page, "jobPayMax") == QStringLiteral("220"));
    CHECK(textOf(page, "jobSkills") == QStringLiteral("限男性，能吃苦"));

    // Several phrases in several fields are all shown and marked at once.
    typeText(page, "jobSkills", QStringLiteral("男性优先，无乙肝，本地户口"));
    typeText(page, "jobDescription", QStringLiteral("仅招汉族，包吃住"));
    CHECK(editor->highlightedPhrases() ==
          QStringList({QStringLiteral("男性优先"), QStringLiteral("乙肝"),
                       QStringLiteral("本地户口"), QStringLiteral("仅招汉族")}));
    CHECK(child<QPlainTextEdit>(page, "jobSkills")->extraSelections().size() == 3);
    CHECK(child<QPlainTextEdit>(page, "jobDescription")->extraSelections().size() == 1);
    CHECK(markedInvalid(page, "jobSkills"));
    CHECK(markedInvalid(page, "jobDescription"));
    for (const char* phrase : {"\"男性优先\"", "\"乙肝\"", "\"本地户口\"", "\"仅招汉族\""})
        CHECK(textOf(page, "jobMessage").contains(QString::fromUtf8(phrase)));
    click(page, "jobSave");
    CHECK(d.t.count(QStringLiteral("job")) == 0);
    // One phrase in two fields is two places to fix, and the message names both.
    typeText(page, "jobSkills", QStringLiteral("限男性，能吃苦"));
    typeText(page, "jobDescription", QStringLiteral("限男性，包吃住"));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("requirements (Skills required")));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("Description: \"限男性\"")));
    typeText(page, "jobDescription", QStringLiteral("包吃住"));

    typeText(page, "jobSkills", QStringLiteral("男女不限，能吃苦"));
    CHECK(!markedInvalid(page, "jobSkills"));
    CHECK(!markedInvalid(page, "jobDescription"));
    CHECK(editor->highlightedPhrase().isEmpty());
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("published")));
    REQUIRE(d.t.count(QStringLiteral("job"), QStringLiteral("status = 'published'")) == 1);
    CHECK(column(page, "jobTable", 0).contains(QStringLiteral("仓库搬运工")));
    CHECK(column(page, "jobTable", 1).contains(QStringLiteral("Loading")));
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("occupation = '装卸搬运'")) == 1);
    // 下架 is red only while it can be pressed: not on a posting not yet saved.
    const auto redPixels = [page] {
        return countPixels(child<QPushButton>(page, "jobWithdraw"), [](const QColor& c) {
            return c.red() > 130 && c.green() < 90 && c.blue() < 90;
        });
    };
    CHECK(child<QPushButton>(page, "jobWithdraw")->isEnabled());
    CHECK(redPixels() > 0);
    click(page, "jobNew");
    CHECK_FALSE(child<QPushButton>(page, "jobWithdraw")->isEnabled());
    CHECK(redPixels() == 0);
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'job_post'")) == 1);
}

TEST_CASE("a save refused for a discriminatory phrase also names what else is missing",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    auto* page = d.show("jobs");
    click(page, "jobNew");
    chooseData(page, "jobEmployer", employer);
    type(page, "jobTitle", QStringLiteral("仓库搬运工"));
    chooseData(page, "jobOccupation", QStringLiteral("装卸搬运"));
    typeText(page, "jobSkills", QStringLiteral("限男性，能吃苦"));
    type(page, "jobHours", QStringLiteral("8:00-17:00"));
    type(page, "jobPayMin", QStringLiteral("180"));
    type(page, "jobPayMax", QStringLiteral("220"));
    // While typing, the phrase alone: the rest of the form is still being filled in.
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("Also:")));
    // The street (filled in from the employer) is taken out: the refusal names it too, and
    // marks it.
    type(page, "jobAddress", QString());
    click(page, "jobSave");
    const QString message = textOf(page, "jobMessage");
    CHECK(message.contains(QStringLiteral("\"限男性\"")));
    CHECK(message.contains(QStringLiteral("Also: Please fill in: Street and number.")));
    CHECK(markedInvalid(page, "jobSkills"));
    CHECK(markedInvalid(page, "jobAddress"));
    CHECK(d.t.count(QStringLiteral("job")) == 0);
    // Everything else at once, each field marked: not one refusal after another.
    type(page, "jobPayMin", QStringLiteral("300"));
    click(page, "jobSave");
    const QString all = textOf(page, "jobMessage");
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("\"限男性\"")));
    CHECK(all.contains(QStringLiteral("Please fill in: Street and number.")));
    CHECK(all.contains(QStringLiteral("Pay from must not be higher than the maximum pay.")));
    CHECK(markedInvalid(page, "jobAddress"));
    CHECK(markedInvalid(page, "jobPayMin"));
    type(page, "jobPayMin", QStringLiteral("180"));
    // With the street given, the phrase alone stops it.
    type(page, "jobAddress", QStringLiteral("五象大道88号"));
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("\"限男性\"")));
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("Also:")));
    CHECK(d.t.count(QStringLiteral("job")) == 0);
}

// What a restaurant's owner taps in 我要招工: two people, 150 a day paid daily, in the hall's
// district, the address to be asked on the phone.
static KioskPosting restaurantPosting(const QString& starts, const QString& duration)
{
    KioskPosting p;
    p.occupation = QStringLiteral("酒店餐饮");
    p.industry = QStringLiteral("住宿和餐饮业");
    p.district = QStringLiteral("南宁市青秀区");
    p.place = QStringLiteral("shop");
    p.starts = starts;
    p.duration = duration;
    p.hours = QStringLiteral("day");
    p.headcount = 2;
    p.pay = 150;
    p.payUnit = QStringLiteral("day");
    p.settlement = QStringLiteral("daily");
    p.phone = QStringLiteral("13807713456");
    p.surname = QStringLiteral("黄");
    p.honorific = QStringLiteral("mr");
    return p;
}

TEST_CASE("a posting from 我要招工 is published only once the clerk has written in its address",
          "[ui][staff]")
{
    Desk d;
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto posted =
        jobs.postFromKiosk(restaurantPosting(QStringLiteral("in3"), QStringLiteral("long"))
                               .toJob(d.t.clock().today()));
    REQUIRE(posted.ok());
    auto* page = d.show("review");
    selectRow(page, "reviewTable", 0);
    REQUIRE(textOf(page, "jobAddress") == QStringLiteral("店铺或餐馆（详细地址电话告知）"));
    // Said before anything is pressed, among what to check.
    CHECK(textOf(page, "jobMessage")
              .contains(QStringLiteral("the address of the work, to be asked on the phone")));
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("the address is still")));
    // Checked again as the clerk corrects it: complete to be kept, not yet to be published.
    const QString skills = child<QPlainTextEdit>(page, "jobSkills")->toPlainText();
    typeText(page, "jobSkills", QStringLiteral("会端盘"));
    CHECK(textOf(page, "jobMessage")
              .contains(QStringLiteral("to be asked on the phone before it is published")));
    typeText(page, "jobSkills", skills);
    const int queued = d.t.count(QStringLiteral("outbox"));
    const int logged = d.t.count(QStringLiteral("audit_log"));
    click(page, "reviewPublish");
    CHECK(d.stored(entities::job(), posted->id).value(QLatin1String("status")).toString() ==
          QStringLiteral("pending_review"));
    // Refused as it stood: no edit written, logged or queued for the platform.
    CHECK(d.t.count(QStringLiteral("outbox")) == queued);
    CHECK(d.t.count(QStringLiteral("audit_log")) == logged);
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("ask the employer on the phone")));
    CHECK(child<QLineEdit>(page, "jobAddress")->property("invalid").toBool());
    type(page, "jobAddress", QStringLiteral("南宁市青秀区七星路12号老友粉店"));
    click(page, "reviewPublish");
    const QJsonObject job = d.stored(entities::job(), posted->id);
    CHECK(job.value(QLatin1String("status")).toString() == QStringLiteral("published"));
    CHECK(job.value(QLatin1String("location")).toObject().value(QLatin1String("address")) ==
          QStringLiteral("南宁市青秀区七星路12号老友粉店"));
}

TEST_CASE("a kiosk posting whose end moves to the day the work ends says so when published",
          "[ui][staff]")
{
    Desk d;
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto posted =
        jobs.postFromKiosk(restaurantPosting(QStringLiteral("tomorrow"), QStringLiteral("1d"))
                               .toJob(d.t.clock().today()));
    REQUIRE(posted.ok());
    auto* page = d.show("review");
    selectRow(page, "reviewTable", 0);
    // Kept open for its review past the day it is done.
    const QDate shown = child<DateField>(page, "jobUntil")->date();
    REQUIRE(shown > QDate(2026, 11, 23));
    type(page, "jobAddress", QStringLiteral("南宁市青秀区七星路12号老友粉店"));
    // An age limit the employer gave on the phone is pointed out to ask about, not refused.
    typeText(page, "jobSkills", QStringLiteral("年龄45岁以下"));
    CHECK(textOf(page, "jobMessage")
              .contains(QStringLiteral("an age limit (\"45岁以下\"): ask the employer")));
    // Asked once more at 发布, then published at the second press.
    click(page, "reviewPublish");
    CHECK(d.stored(entities::job(), posted->id).value(QLatin1String("status")).toString() ==
          QStringLiteral("pending_review"));
    CHECK(textOf(page, "jobMessage")
              .startsWith(QStringLiteral("Not published yet. Please check: an age limit")));
    CHECK(textOf(page, "jobMessage").endsWith(QStringLiteral("press Checked: publish again.")));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "reviewPublish");
    const QJsonObject job = d.stored(entities::job(), posted->id);
    REQUIRE(job.value(QLatin1String("status")).toString() == QStringLiteral("published"));
    CHECK(job.value(QLatin1String("valid_until")).toString() == QStringLiteral("2026-11-23"));
    CHECK(textOf(page, "reviewStatus")
              .endsWith(QStringLiteral("Open until 23 Nov, when the work ends (not %1).")
                            .arg(shown.toString(QStringLiteral("d MMM")))));
}

TEST_CASE("a review queue longer than the count goes is said to be longer", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    {
        Transaction tx(d.t->database());
        REQUIRE(tx.ok());
        QJsonObject posting = jobPosting(employer, QStringLiteral("仓库理货"));
        posting.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
        posting.insert(QStringLiteral("source"), QStringLiteral("kiosk"));
        for (int i = 0; i < 1001; ++i)
            REQUIRE(d.t->store().save(entities::job(), EntityStore::newId(), posting).ok());
        REQUIRE(tx.commit().ok());
    }
    d.show("review");
    CHECK(child<QListWidget>(d.w.get(), "staffNav")
              ->item(2)
              ->text()
              .endsWith(QStringLiteral("(1000+)")));
}

TEST_CASE("a kiosk posting waits in the review queue until a clerk publishes it", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    d.kioskPosting(employer, QStringLiteral("仓库理货"));
    d.t.clock().advanceMs(60'000);
    const QString id = d.kioskPosting(employer, QStringLiteral("搬家帮工"));

    auto* page = d.show("review");
    CHECK(column(page, "reviewTable", 0) ==
          QStringList{QStringLiteral("搬家帮工"), QStringLiteral("仓库理货")});
    CHECK(
        child<QListWidget>(d.w.get(), "staffNav")->item(2)->text().contains(QStringLiteral("(2)")));
    CHECK(textOf(page, "reviewReasons").contains(QStringLiteral("kiosk")));
    CHECK(textOf(page, "jobTitle") == QStringLiteral("搬家帮工"));
    // Both came from one phone: the clerk checks them in one call.
    CHECK(textOf(page, "reviewReasons")
              .contains(QStringLiteral("From the same phone, also waiting: 仓库理货.")));
    // With the reference its maker was given, to be asked after by.
    CHECK(column(page, "reviewTable", 1).front() ==
          StaffLabels::jobSource(QStringLiteral("kiosk")) + QLatin1Char(' ') +
              JobService::reference(id));
    {
        auto* jobsPage = d.show("jobs");
        type(jobsPage, "jobSearch", JobService::reference(id));
        QTest::keyClick(child(jobsPage, "jobSearch"), Qt::Key_Return);
        CHECK(column(jobsPage, "jobTable", 0) == QStringList{QStringLiteral("搬家帮工")});
        page = d.show("review");
    }

    // The clerk corrects the pay with the employer on the phone, then publishes. What was
    // decided is said in the head of the page, moving neither the list nor the form.
    const auto box = [&d, page](const char* name) {
        QWidget* w = child<QWidget>(page, name);
        return QRect(w->mapTo(d.w.get(), QPoint()), w->size());
    };
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    };
    settle();
    const QRect table = box("reviewTable");
    const QRect title = box("jobTitle");
    type(page, "jobPayMax", QStringLiteral("200"));
    click(page, "reviewPublish");
    settle();
    CHECK(box("reviewTable") == table);
    CHECK(box("jobTitle") == title);
    const QJsonObject job = d.stored(entities::job(), id);
    CHECK(job.value(QLatin1String("status")).toString() == QStringLiteral("published"));
    CHECK(job.value(QLatin1String("pay")).toObject().value(QLatin1String("max")).toDouble() == 200);
    CHECK(!job.value(QLatin1String("published_at")).toString().isEmpty());
    CHECK(column(page, "reviewTable", 0) == QStringList{QStringLiteral("仓库理货")});
    CHECK(textOf(page, "reviewStatus").contains(QStringLiteral("Published")));
    CHECK(textOf(page, "jobTitle") == QStringLiteral("仓库理货"));
    // The other one published, nothing else from that phone waits.
    CHECK_FALSE(textOf(page, "reviewReasons").contains(QStringLiteral("same phone")));
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'review' AND ref_entity = 'job'")) == 1);
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'job_publish'")) == 1);
}

TEST_CASE("a posting turned down at review is listed as such, with the reason on its form",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    const QString id = d.kioskPosting(employer, QStringLiteral("搬家帮工"));
    auto* review = d.show("review");
    REQUIRE(textOf(review, "jobTitle") == QStringLiteral("搬家帮工"));
    type(review, "reviewReason", QStringLiteral("电话无法接通"));
    click(review, "reviewReject");
    CHECK(d.stored(entities::job(), id).value(QLatin1String("status")).toString() ==
          QStringLiteral("withdrawn"));

    auto* jobs = d.show("jobs");
    auto* view = child<QTableView>(jobs, "jobTable");
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(column(jobs, "jobTable", 2) == QStringList{QStringLiteral("Not passed review")});
    view->selectRow(0);
    CHECK(textOf(jobs, "jobFormTitle").contains(QStringLiteral("Not passed review: 电话无法接通")));
    // Put up again, it is a posting like any other.
    click(jobs, "jobPublish");
    CHECK(column(jobs, "jobTable", 2) == QStringList{QStringLiteral("Published")});
    CHECK_FALSE(textOf(jobs, "jobFormTitle").contains(QStringLiteral("电话无法接通")));
}

TEST_CASE("pay under the lowest hourly rate is pointed out for a check and asked about once "
          "before it is published",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    const QString id = d.kioskPosting(employer, QStringLiteral("洗碗工"));
    QJsonObject low = d.stored(entities::job(), id);
    low.insert(QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), 30},
                                                  {QStringLiteral("max"), 40},
                                                  {QStringLiteral("unit"), QStringLiteral("day")}});
    REQUIRE(d.t->store().save(entities::job(), id, low).ok());

    // In review: 30 yuan for a day of 8:00-17:00, 9 hours.
    auto* page = d.show("review");
    REQUIRE(textOf(page, "jobTitle") == QStringLiteral("洗碗工"));
    CHECK(textOf(page, "jobMessage") ==
          QStringLiteral("All required information is there. Please check: the pay works out at "
                         "about 3.3 yuan an hour, under 15: check the amount and the local "
                         "minimum wage."));
    type(page, "jobPayMin", QStringLiteral("150"));
    type(page, "jobPayMax", QStringLiteral("180"));
    CHECK(textOf(page, "jobMessage") == QStringLiteral("All required information is there."));
    // Kept as it was sent, one press does not publish it: the clerk has not looked at it yet.
    type(page, "jobPayMin", QStringLiteral("30"));
    type(page, "jobPayMax", QStringLiteral("40"));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("Please check")));
    click(page, "reviewPublish");
    CHECK(d.stored(entities::job(), id).value(QLatin1String("status")).toString() ==
          QStringLiteral("pending_review"));
    CHECK(textOf(page, "jobMessage") ==
          QStringLiteral("Not published yet. Please check: the pay works out at about 3.3 yuan an "
                         "hour, under 15: check the amount and the local minimum wage. If the pay "
                         "is right, press Checked: publish again."));
    CHECK(markedInvalid(page, "jobPayMax"));
    // The second click of a double click publishes nothing either.
    click(page, "reviewPublish");
    CHECK(d.stored(entities::job(), id).value(QLatin1String("status")).toString() ==
          QStringLiteral("pending_review"));
    // Saving corrections of other fields publishes nothing: not held.
    type(page, "jobTitle", QStringLiteral("洗碗工（日结）"));
    click(page, "reviewSave");
    CHECK(d.stored(entities::job(), id).value(QLatin1String("title")).toString() ==
          QStringLiteral("洗碗工（日结）"));
    // The second press publishes it: the clerk may know better.
    click(page, "reviewPublish");
    CHECK(d.stored(entities::job(), id).value(QLatin1String("status")).toString() ==
          QStringLiteral("published"));
}

TEST_CASE("a day's pay typed under the trade's 元/件 is asked about before the posting is "
          "published",
          "[ui][staff]")
{
    Desk d;
    d.w->show();
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    const QString employer = d.employer(0, true);
    // What the trade pays now: up to 2 yuan a piece.
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    for (const double max : {2.0, 1.5, 2.5}) {
        QJsonObject job = jobPosting(employer, QStringLiteral("物流园装卸工（计件）"),
                                     QStringLiteral("装卸搬运"));
        job.insert(QStringLiteral("pay"),
                   QJsonObject{{QStringLiteral("min"), 1},
                               {QStringLiteral("max"), max},
                               {QStringLiteral("unit"), QStringLiteral("piece")}});
        REQUIRE(jobs.post(job, clerkAccount()).ok());
    }
    auto* page = d.show("jobs");
    typeNewPosting(page, employer, QStringLiteral("仓库装卸（日结）"), QStringLiteral("装卸搬运"),
                   QStringLiteral("力气大"), QStringLiteral("五象大道8号"),
                   QStringLiteral("8:00-17:00"));
    // The trade brought its usual unit, by the piece; the clerk types a day's amount.
    REQUIRE(child<QComboBox>(page, "jobPayUnit")->currentData().toString() ==
            QLatin1String("piece"));
    type(page, "jobPayMin", QStringLiteral("200"));
    type(page, "jobPayMax", QStringLiteral("300"));
    CHECK(textOf(page, "jobMessage")
              .contains(QStringLiteral(
                  "the trade's open jobs paid by the piece pay up to about 2 yuan")));
    click(page, "jobSave");
    // Nothing saved: the pay and its unit are pointed at, the cursor in the pay.
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("title = '仓库装卸（日结）'")) == 0);
    CHECK(textOf(page, "jobMessage")
              .startsWith(QStringLiteral("Not saved yet. Please check: the trade's open jobs paid "
                                         "by the piece pay up to about 2 yuan a piece: check the "
                                         "amount and its unit")));
    CHECK(markedInvalid(page, "jobPayUnit"));
    CHECK(QApplication::focusWidget() == child<QWidget>(page, "jobPayMax"));
    // The unit put right: saved and published at once, by the day.
    chooseData(page, "jobPayUnit", QStringLiteral("day"));
    click(page, "jobSave");
    INFO(textOf(page, "jobMessage").toStdString());
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("title = '仓库装卸（日结）' AND "
                                                          "pay_unit = 'day' AND status = "
                                                          "'published'")) == 1);
}

TEST_CASE("a day's pay typed under 元/小时 is asked about before the posting is published",
          "[ui][staff]")
{
    Desk d;
    d.w->show();
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    const QString employer = d.employer(0, true);
    auto* page = d.show("jobs");
    click(page, "jobNew");
    chooseData(page, "jobEmployer", employer);
    type(page, "jobTitle", QStringLiteral("家庭保洁（日结）"));
    // The trade brings its usual unit, by the hour; the clerk types a day's amount.
    chooseData(page, "jobOccupation", QStringLiteral("家政保洁"));
    REQUIRE(child<QComboBox>(page, "jobPayUnit")->currentData().toString() ==
            QLatin1String("hour"));
    typeText(page, "jobSkills", QStringLiteral("会用清洁工具"));
    type(page, "jobAddress", QStringLiteral("凤岭北路6号"));
    type(page, "jobHours", QStringLiteral("8:00-17:00"));
    type(page, "jobPayMin", QStringLiteral("150"));
    type(page, "jobPayMax", QStringLiteral("180"));
    click(page, "jobSave");
    // Nothing saved, nothing published: the pay is pointed at, the cursor in it.
    CHECK(d.t.count(QStringLiteral("job")) == 0);
    CHECK(textOf(page, "jobMessage")
              .startsWith(QStringLiteral("Not saved yet. Please check: the pay works out at "
                                         "about 180 yuan an hour")));
    CHECK(textOf(page, "jobMessage").endsWith(QStringLiteral("press Save again.")));
    CHECK(markedInvalid(page, "jobPayUnit"));
    CHECK(QApplication::focusWidget() == child<QWidget>(page, "jobPayMax"));
    CHECK(textOf(page, "jobTitle") == QStringLiteral("家庭保洁（日结）"));

    // The unit put right: saved and published at once.
    chooseData(page, "jobPayUnit", QStringLiteral("day"));
    click(page, "jobSave");
    INFO(textOf(page, "jobMessage").toStdString());
    REQUIRE(d.t.count(QStringLiteral("job"), QStringLiteral("status = 'published'")) == 1);
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("pay_unit = 'day'")) == 1);

    // A cleaning posting paid `pay` yuan an hour.
    const auto hourly = [&](const QString& title, const QString& skills, const QString& address,
                            const QString& hours, const QString& pay) {
        chooseData(page, "jobEmployer", employer);
        type(page, "jobTitle", title);
        chooseData(page, "jobOccupation", QStringLiteral("家政保洁"));
        typeText(page, "jobSkills", skills);
        type(page, "jobAddress", address);
        type(page, "jobHours", hours);
        chooseData(page, "jobPayUnit", QStringLiteral("hour"));
        type(page, "jobPayMin", pay);
        type(page, "jobPayMax", pay);
    };
    // Another, where the clerk knows better (a skilled hour does pay so): asked once, saved at
    // the second Save of the same pay.
    click(page, "jobNew");
    hourly(QStringLiteral("钢琴调音"), QStringLiteral("会调音"), QStringLiteral("凤岭北路8号"),
           QStringLiteral("2小时"), QStringLiteral("150"));
    click(page, "jobSave");
    CHECK(d.t.count(QStringLiteral("job")) == 1);
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Not saved yet.")));
    // The second click of a double click is no answer.
    click(page, "jobSave");
    CHECK(d.t.count(QStringLiteral("job")) == 1);
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Not saved yet.")));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "jobSave");
    CHECK(d.t.count(QStringLiteral("job")) == 2);
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Saved and published")));
    // Saved, its other changes are not asked about again.
    type(page, "jobHours", QStringLiteral("3小时"));
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Changes saved.")));

    // Asked about, left with 新建, and the same pay typed for another: asked again.
    click(page, "jobNew");
    hourly(QStringLiteral("家电清洗"), QStringLiteral("会拆洗空调"), QStringLiteral("凤岭北路9号"),
           QStringLiteral("8:00-17:00"), QStringLiteral("200"));
    click(page, "jobSave");
    REQUIRE(textOf(page, "jobMessage").startsWith(QStringLiteral("Not saved yet.")));
    click(page, "jobNew");
    QTest::qWait(QApplication::doubleClickInterval() + 300);
    click(page, "jobNew");
    REQUIRE(textOf(page, "jobTitle").isEmpty());
    hourly(QStringLiteral("家电清洗"), QStringLiteral("会拆洗空调"), QStringLiteral("凤岭北路9号"),
           QStringLiteral("8:00-17:00"), QStringLiteral("200"));
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Not saved yet.")));
    CHECK(d.t.count(QStringLiteral("job")) == 2);
}

TEST_CASE("pay corrected in review into a day's amount under 元/小时 is asked about before it is "
          "published",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    const QString id = d.kioskPosting(employer, QStringLiteral("小区保洁"));
    auto* page = d.show("review");
    REQUIRE(textOf(page, "jobTitle") == QStringLiteral("小区保洁"));
    chooseData(page, "jobPayUnit", QStringLiteral("hour"));
    type(page, "jobPayMin", QStringLiteral("150"));
    type(page, "jobPayMax", QStringLiteral("180"));
    click(page, "reviewPublish");
    CHECK(d.stored(entities::job(), id).value(QLatin1String("status")).toString() ==
          QStringLiteral("pending_review"));
    CHECK(
        textOf(page, "jobMessage").startsWith(QStringLiteral("Not published yet. Please check:")));
    CHECK(textOf(page, "jobMessage").endsWith(QStringLiteral("press Checked: publish again.")));
    CHECK(markedInvalid(page, "jobPayUnit"));
    // Asked once: the clerk knows better, and the corrections are saved, then published.
    click(page, "reviewSave");
    CHECK(d.stored(entities::job(), id)
              .value(QLatin1String("pay"))
              .toObject()
              .value(QLatin1String("unit"))
              .toString() == QLatin1String("hour"));
    click(page, "reviewPublish");
    CHECK(d.stored(entities::job(), id).value(QLatin1String("status")).toString() ==
          QStringLiteral("published"));
}

TEST_CASE("a posting decided at another window does not swap the one being corrected",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    QStringList ids;
    for (const char* title : {"搬家帮工", "仓库理货"}) {
        ids << d.kioskPosting(employer, QString::fromUtf8(title));
    }
    auto* page = d.show("review");
    const QString open = textOf(page, "jobTitle");
    REQUIRE_FALSE(open.isEmpty());
    type(page, "jobPayMax", QStringLiteral("260"));
    // Another window publishes the posting on this clerk's screen.
    const QString openId = d.t->database()
                               .scalar(QStringLiteral("SELECT id FROM job WHERE title = ?"), {open})
                               .value()
                               .toString();
    QJsonObject other = d.stored(entities::job(), openId);
    other.insert(QStringLiteral("status"), QStringLiteral("published"));
    REQUIRE(d.t->store().save(entities::job(), openId, other).ok());
    page->refresh();
    CHECK(textOf(page, "jobTitle") == open); // still the same posting, with the typed pay
    CHECK(textOf(page, "jobPayMax").contains(QStringLiteral("260")));
    CHECK(textOf(page, "reviewStatus").contains(QStringLiteral("another window")));
    CHECK(column(page, "reviewTable", 0).size() == 1);
}

TEST_CASE("match a seeker, record the hire, and find it in the ledger and the audit log",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    QJsonObject posting = jobPosting(employer, QStringLiteral("小区保洁（日结）"));
    posting.insert(QStringLiteral("headcount"), 1);
    auto job = jobs.post(posting, clerkAccount());
    REQUIRE(job.ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    auto seeker = desk.registerSeeker(
        seekerForm(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")}), clerkAccount());
    REQUIRE(seeker.ok());

    auto* seekers = d.show("seekers");
    type(seekers, "seekerLookup", QStringLiteral("蒙美玲"));
    QTest::keyClick(child(seekers, "seekerLookup"), Qt::Key_Return);
    REQUIRE(static_cast<StaffSeekersPage*>(seekers)->currentId() == seeker->id);
    click(seekers, "seekerMatch");

    REQUIRE(d.w->currentPage() == QStringLiteral("matching"));
    auto* matching = d.w->page(QStringLiteral("matching"));
    // The person in a line: trades in the interface's language, nothing left blank.
    const QString cleaning = d.t->reference().displayName(QStringLiteral("家政保洁"));
    CHECK(textOf(matching, "matchSummary")
              .contains(QStringLiteral("wants: ") + cleaning + QStringLiteral(" · ")));
    REQUIRE(column(matching, "matchResults", 1) == QStringList{QStringLiteral("小区保洁（日结）")});
    CHECK(column(matching, "matchResults", 0) == QStringList{QStringLiteral("100")});
    CHECK(column(matching, "matchResults", 5) == QStringList{QStringLiteral("tomorrow")});
    // Why, in words of the interface's language, the trade by its English name.
    CHECK(
        column(matching, "matchResults", 7)
            .front()
            .startsWith(QStringLiteral("first-choice trade (") + cleaning + QStringLiteral("); ")));
    CHECK_FALSE(column(matching, "matchResults", 7).front().contains(QStringLiteral("家政保洁")));
    {
        // Read whole in a tooltip that wraps (a paragraph), not one line past the window's edge;
        // a short cell's tooltip is its text.
        const QAbstractItemModel* m = child<QTableView>(matching, "matchResults")->model();
        const QString why = m->index(0, 7).data().toString();
        REQUIRE(why.size() > StaffTableModel::kPlainToolTip);
        const QString tip = m->index(0, 7).data(Qt::ToolTipRole).toString();
        CHECK(Qt::mightBeRichText(tip));
        CHECK(tip == QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped()));
        CHECK(m->index(0, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("100"));
    }
    // Who is hiring, before a row is chosen.
    CHECK(column(matching, "matchResults", 6).front().endsWith(QStringLiteral("有限公司")));
    // And the places: the posting's and the ones wished for, short (the hall's city), in English.
    CHECK(column(matching, "matchResults", 3) == QStringList{QStringLiteral("Qingxiu")});
    CHECK(textOf(matching, "matchSummary").contains(QStringLiteral(" · in: Qingxiu · ")));
    // Whom to call about the chosen job: the employer's contact, with the number.
    {
        const QJsonObject contact =
            d.stored(entities::job(), job->id).value(QLatin1String("contact")).toObject();
        REQUIRE(!contact.value(QLatin1String("phone")).toString().isEmpty());
        const QString call = textOf(matching, "matchCall");
        CHECK(call.contains(QStringLiteral("广西测试0劳务有限公司")));
        CHECK(call.contains(contact.value(QLatin1String("phone")).toString()));
        CHECK_FALSE(child<QWidget>(matching, "matchRevealPhone")->isVisible());
    }
    // A double click on a result only selects it; the button (or Enter) recommends.
    {
        auto* results = child<QTableView>(matching, "matchResults");
        const QRect row = results->visualRect(results->model()->index(0, 1));
        QSignalSpy doubled(results, &QAbstractItemView::doubleClicked);
        doubleClick(results->viewport(), row.center());
        REQUIRE(doubled.count() == 1); // the double click did reach the list
        CHECK(results->currentIndex().row() == 0);
        CHECK(column(matching, "matchPairings", 2).isEmpty());
        CHECK(d.t.count(QStringLiteral("application")) == 0);
    }
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    CHECK(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Recommended")});
    // Which employer each recommendation went to, and whom to call there.
    CHECK(column(matching, "matchPairings", 1) ==
          QStringList{QStringLiteral("广西测试0劳务有限公司")});
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("Recommended at")));
    CHECK(textOf(matching, "matchCall")
              .startsWith(QStringLiteral("Recommended to 广西测试0劳务有限公司: call ")));

    click(matching, "outcome_interviewed");
    // Recorded: the hint to call about the recommendation has done its work.
    CHECK_FALSE(textOf(matching, "matchCall").startsWith(QStringLiteral("Recommended")));
    d.t.clock().advanceMs(20 * 60'000);
    // A final outcome asks for a second press; another button in between starts over. The
    // buttons keep their places while one waits for its second press.
    const auto outcomeBoxes = [&d, matching] {
        QList<QRect> out;
        for (const char* name :
             {"outcome_interviewed", "outcome_hired", "outcome_not_hired", "outcome_no_show"}) {
            QWidget* w = child<QWidget>(matching, name);
            out << QRect(w->mapTo(d.w.get(), QPoint()), w->size());
        }
        return out;
    };
    QCoreApplication::processEvents();
    const QList<QRect> before = outcomeBoxes();
    // (A double click is one press: its second click is not the second press.)
    doubleClick(child<QWidget>(matching, "outcome_hired"));
    QCoreApplication::processEvents();
    CHECK(textOf(matching, "outcome_hired") == QStringLiteral("Press again: Hired"));
    CHECK(outcomeBoxes() == before);
    {
        auto* hired = child<QPushButton>(matching, "outcome_hired");
        CHECK(hired->width() >= hired->sizeHint().width());
    }
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'hired'")) == 0);
    click(matching, "outcome_not_hired");
    CHECK(textOf(matching, "outcome_hired") == QStringLiteral("Hired"));
    // The one waiting for its second press stands out, and only it.
    CHECK(child<QWidget>(matching, "outcome_not_hired")->property("primary").toBool());
    CHECK_FALSE(child<QWidget>(matching, "outcome_hired")->property("primary").toBool());
    CHECK(textOf(matching, "outcome_not_hired") == QStringLiteral("Press again: Not hired"));
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'not_hired'")) == 0);
    click(matching, "outcome_hired");
    // The page refreshing in between (the store changed elsewhere) keeps the press waiting.
    matching->refresh();
    CHECK(textOf(matching, "outcome_hired") == QStringLiteral("Press again: Hired"));
    click(matching, "outcome_hired");
    CHECK(textOf(matching, "outcome_hired") == QStringLiteral("Hired"));
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("Hired")));
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("filled")));
    // Recorded: the buttons now only correct it, and none is put forward.
    for (const char* name : {"outcome_hired", "outcome_not_hired", "outcome_no_show"})
        CHECK_FALSE(child<QWidget>(matching, name)->property("primary").toBool());
    CHECK(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Hired")});
    CHECK(!column(matching, "matchPairings", 6).front().isEmpty()); // outcome time shown
    // Final: the other outcomes only correct it, with a reason.
    CHECK_FALSE(child<QAbstractButton>(matching, "outcome_interviewed")->isEnabled());
    CHECK(child<QLineEdit>(matching, "outcomeCorrectReason")->isVisible());
    CHECK(d.t.count(QStringLiteral("application"),
                    QStringLiteral("status = 'hired' AND outcome_at <> '' AND "
                                   "interviewed_at <> '' AND recommended_at <> ''")) == 1);
    CHECK(d.stored(entities::job(), job->id).value(QLatin1String("status")).toString() ==
          QStringLiteral("filled"));
    // The filled posting, opened for matching, recommends nobody more.
    static_cast<StaffMatchingPage*>(matching)->openJob(job->id);
    CHECK(column(matching, "matchResults", 1).isEmpty());
    CHECK_FALSE(child<QAbstractButton>(matching, "matchRecommend")->isEnabled());
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("no longer recruiting")));
    CHECK(column(matching, "matchPairings", 1).contains(QStringLiteral("Hired")));

    auto* ledger = d.show("ledger");
    const QStringList kinds = column(ledger, "ledgerTable", 1);
    const QStringList what = column(ledger, "ledgerTable", 4);
    CHECK(kinds.contains(QStringLiteral("Hired")));
    CHECK(kinds.contains(QStringLiteral("Matching")));
    // The ledger is the official record: written in Chinese, whatever the screen speaks.
    CHECK(what.filter(QStringLiteral("“小区保洁（日结）”已到岗")).size() == 1);
    CHECK(textOf(ledger, "ledgerTotals").contains(QStringLiteral("Hired 1")));
    // Each entry says whom it concerns: the person for the hire, the employer for the posting.
    const QStringList whom = column(ledger, "ledgerTable", 2);
    const auto at = [&](const QString& summary) {
        for (qsizetype i = 0; i < what.size(); ++i)
            if (what.at(i).contains(summary))
                return whom.at(i);
        return QStringLiteral("(no entry)");
    };
    CHECK(at(QStringLiteral("“小区保洁（日结）”已到岗")) == QStringLiteral("蒙美玲"));
    {
        const auto posted = kinds.indexOf(QStringLiteral("Job posting"));
        REQUIRE(posted >= 0);
        const QJsonObject e = d.stored(entities::employer(), employer);
        CHECK(whom.at(posted) == e.value(QLatin1String("name")).toString());
    }
    // So does the CSV, in a column of its own, with a person's name masked (a file leaves the
    // store, and a deletion cannot reach it).
    const QString csv = static_cast<StaffLedgerPage*>(ledger)->csv();
    CHECK(csv.contains(
        QStringLiteral("Time,Kind,Who (people's names masked),Clerk,What,Struck out")));
    CHECK(csv.contains(QStringLiteral(",Hired,") + masking::name(QStringLiteral("蒙美玲")) +
                       QLatin1Char(',')));
    CHECK_FALSE(csv.contains(QStringLiteral("蒙美玲")));

    auto* accounts = d.show("accounts");
    const QStringList actions = column(accounts, "auditTable", 2);
    const QStringList who = column(accounts, "auditTable", 1);
    const qsizetype hire = actions.indexOf(QStringLiteral("Hire recorded"));
    REQUIRE(hire >= 0);
    CHECK(who.at(hire) == QStringLiteral("admin"));
    CHECK(actions.contains(QStringLiteral("Recommended")));
    CHECK(actions.contains(QStringLiteral("Interview recorded")));
    // Records and details in words, not the store's names for them.
    const QStringList records = column(accounts, "auditTable", 3);
    CHECK(records.at(hire).startsWith(QStringLiteral("Application ")));
    const qsizetype created = actions.indexOf(QStringLiteral("Account created"));
    REQUIRE(created >= 0);
    CHECK(records.at(created).startsWith(QStringLiteral("Staff account ")));
    CHECK(column(accounts, "auditTable", 4).at(created) == QStringLiteral("admin (Administrator)"));
    for (const QString& r : records)
        CHECK_FALSE(r.contains(QLatin1Char('_')));
    // The application as made (at the window: no number), the step in the window's words; a
    // posting by its title.
    CHECK(records.at(hire) == QStringLiteral("Application recommended at a window"));
    CHECK(column(accounts, "auditTable", 4).at(hire) == QStringLiteral("Interviewed → Hired"));
    // A recommendation names its posting by title, not by its id.
    const qsizetype recommended = actions.indexOf(QStringLiteral("Recommended"));
    REQUIRE(recommended >= 0);
    CHECK(column(accounts, "auditTable", 4).at(recommended) ==
          QStringLiteral("for \"小区保洁（日结）\""));
    for (const QString& detail : column(accounts, "auditTable", 4)) {
        CHECK_FALSE(detail.contains(QStringLiteral("->")));
        CHECK_FALSE(detail.contains(QStringLiteral("published")));
    }
    CHECK(records.contains(QStringLiteral("Job 小区保洁（日结）")));
}

TEST_CASE("a verification that did not pass is recorded with its reason and can be undone",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, false);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto waiting = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(waiting.ok());

    auto* page = d.show("employers");
    static_cast<StaffEmployersPage*>(page)->openEmployer(employer);
    CHECK_FALSE(child<QWidget>(page, "employerVerifyReset")->isVisible());
    click(page, "employerRefuse"); // no reason yet
    CHECK(markedInvalid(page, "employerRefuseNote"));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("why")));
    CHECK(d.stored(entities::employer(), employer).value(QLatin1String("verification")) ==
          QStringLiteral("unverified"));

    type(page, "employerRefuseNote", QStringLiteral("执照名称与登记不符"));
    click(page, "employerRefuse");
    CHECK(EmployerService::isRefused(d.stored(entities::employer(), employer)));
    CHECK(textOf(page, "employerState").contains(QStringLiteral("执照名称与登记不符")));
    CHECK(column(page, "employerTable", 2) == QStringList{QStringLiteral("Not passed")});
    CHECK_FALSE(child<QWidget>(page, "employerRefuse")->isEnabled());
    CHECK(child<QWidget>(page, "employerVerify")->isEnabled());
    CHECK(child<QWidget>(page, "employerVerifyReset")->isVisible());

    // The posting waits in review with the reason beside it.
    auto* review = d.show("review");
    CHECK(column(review, "reviewTable", 0).size() == 1);
    CHECK(textOf(review, "reviewReasons").contains(QStringLiteral("执照名称与登记不符")));

    // Refused in error: undone, the employer is simply not verified again.
    page = d.show("employers");
    static_cast<StaffEmployersPage*>(page)->openEmployer(employer);
    click(page, "employerVerifyReset");
    const QJsonObject reset = d.stored(entities::employer(), employer);
    CHECK(reset.value(QLatin1String("verification")) == QStringLiteral("unverified"));
    CHECK(reset.value(QLatin1String("verification_note")).toString().isEmpty());
    CHECK(textOf(page, "employerState").contains(QStringLiteral("Not verified yet")));
    CHECK_FALSE(child<QWidget>(page, "employerVerifyReset")->isVisible());
    CHECK(child<QWidget>(page, "employerRefuse")->isEnabled());
    CHECK(column(page, "employerTable", 2) == QStringList{QStringLiteral("Not verified")});
}

TEST_CASE("a blacklisted employer cannot publish", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto live = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(live.ok());
    const QString waiting = d.kioskPosting(employer, QStringLiteral("临时搬运"));

    auto* page = d.show("employers");
    static_cast<StaffEmployersPage*>(page)->openEmployer(employer);
    click(page, "employerBlacklist"); // no reason yet
    CHECK(markedInvalid(page, "employerBlacklistReason"));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("why")));
    type(page, "employerBlacklistReason", QStringLiteral("向求职者收取押金"));
    // It cannot be undone here: the first press asks for a second one, and blacklists nothing.
    click(page, "employerBlacklist");
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("only an administrator")));
    CHECK(child<QPushButton>(page, "employerBlacklist")->text() ==
          QStringLiteral("Press again to blacklist"));
    CHECK_FALSE(EmployerService::isBlacklisted(d.stored(entities::employer(), employer)));
    // Left waiting, the second press is no longer taken as meant: the button says so again.
    {
        auto* wait = page->findChild<QTimer*>();
        REQUIRE(wait);
        REQUIRE(wait->isActive());
        wait->setInterval(20);
        wait->start();
        // However busy the machine: until the timer has run, five seconds at most.
        REQUIRE(QTest::qWaitFor([&] { return !wait->isActive(); }, 5000));
        CHECK(child<QPushButton>(page, "employerBlacklist")->text() == QStringLiteral("Blacklist"));
        CHECK_FALSE(child<QWidget>(page, "employerMessage")->isVisible());
        click(page, "employerBlacklist");
        CHECK_FALSE(EmployerService::isBlacklisted(d.stored(entities::employer(), employer)));
        CHECK(child<QPushButton>(page, "employerBlacklist")->text() ==
              QStringLiteral("Press again to blacklist"));
        wait->setInterval(8000);
    }
    // Changing the reason starts over.
    type(page, "employerBlacklistReason", QStringLiteral("向求职者收取押金。"));
    CHECK(child<QPushButton>(page, "employerBlacklist")->text() == QStringLiteral("Blacklist"));
    click(page, "employerBlacklist");
    CHECK_FALSE(EmployerService::isBlacklisted(d.stored(entities::employer(), employer)));
    click(page, "employerBlacklist");
    CHECK(EmployerService::isBlacklisted(d.stored(entities::employer(), employer)));
    CHECK(textOf(page, "employerState").contains(QStringLiteral("向求职者收取押金")));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("2 posting(s) withdrawn")));
    CHECK(d.stored(entities::job(), live->id).value(QLatin1String("status")).toString() ==
          QStringLiteral("withdrawn"));

    // A new posting for it is refused, with the form kept.
    auto* jobsPage = d.show("jobs");
    click(jobsPage, "jobNew");
    chooseData(jobsPage, "jobEmployer", employer);
    type(jobsPage, "jobTitle", QStringLiteral("再发一个"));
    chooseData(jobsPage, "jobOccupation", QStringLiteral("家政保洁"));
    type(jobsPage, "jobAddress", QStringLiteral("民族大道1号"));
    type(jobsPage, "jobHours", QStringLiteral("8:00-12:00"));
    type(jobsPage, "jobPayMin", QStringLiteral("30"));
    type(jobsPage, "jobPayMax", QStringLiteral("35"));
    click(jobsPage, "jobSave");
    CHECK(textOf(jobsPage, "jobMessage").contains(QStringLiteral("blacklisted")));
    CHECK(markedInvalid(jobsPage, "jobEmployer"));
    CHECK(textOf(jobsPage, "jobTitle") == QStringLiteral("再发一个"));
    CHECK(d.t.count(QStringLiteral("job")) == 2);

    // Publishing again, from the list or from review, is refused too.
    static_cast<StaffJobsPage*>(jobsPage)->openJob(live->id);
    click(jobsPage, "jobPublish");
    CHECK(textOf(jobsPage, "jobMessage").contains(QStringLiteral("blacklisted")));
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("status = 'published'")) == 0);
}

TEST_CASE(
    "the lists show their short columns whole without scrolling sideways, the menu its counts",
    "[ui][staff]")
{
    Desk d;
    const QString verified = d.employer(0, true);
    d.employer(1, false);
    d.kioskPosting(verified, QStringLiteral("搬家帮工"));
    REQUIRE(d.t->store()
                .save(entities::job(), EntityStore::newId(),
                      jobPosting(verified, QStringLiteral("小区保洁员")))
                .ok());
    struct List
    {
        const char* page;
        const char* table;
        QList<int> shortColumns;
    };
    for (const List& l :
         {List{"jobs", "jobTable", {1, 2, 3}}, List{"review", "reviewTable", {1, 3}},
          List{"employers", "employerTable", {1, 2, 3}}}) {
        auto* page = d.show(l.page);
        QCoreApplication::processEvents();
        auto* view = child<QTableView>(page, l.table);
        INFO(l.table);
        REQUIRE(view->model()->rowCount() > 0);
        CHECK(view->horizontalHeader()->length() <= view->viewport()->width());
        const QFontMetrics fm(view->font());
        for (int c : l.shortColumns) {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const QString text = view->model()->index(r, c).data().toString();
                INFO("column " << c << ": " << text.toStdString());
                CHECK(view->columnWidth(c) > fm.horizontalAdvance(text));
            }
        }
    }
    auto* nav = child<QListWidget>(d.w.get(), "staffNav");
    for (int i = 0; i < nav->count(); ++i) {
        INFO(nav->item(i)->text().toStdString());
        CHECK(nav->visualItemRect(nav->item(i)).width() >=
              nav->sizeHintForIndex(nav->model()->index(i, 0)).width());
    }
    CHECK(nav->item(2)->text().contains(QStringLiteral("(1)")));
}

namespace {

// Every field of the form holding `field` lies within the pane it scrolls in: none is cut at
// the right edge.
bool formWhole(QWidget* page, const char* field)
{
    QWidget* w = child<QWidget>(page, field);
    QScrollArea* scroll = nullptr;
    for (QWidget* p = w->parentWidget(); p && !scroll; p = p->parentWidget())
        scroll = qobject_cast<QScrollArea*>(p);
    REQUIRE(scroll);
    const int right = scroll->viewport()->width();
    bool whole = true;
    for (QWidget* input : scroll->widget()->findChildren<QWidget*>()) {
        if (!input->isVisible() || input->focusPolicy() == Qt::NoFocus)
            continue;
        const int at = input->mapTo(scroll->viewport(), QPoint(input->width(), 0)).x();
        if (at > right) {
            UNSCOPED_INFO(input->objectName().toStdString() << " ends at " << at << " > " << right);
            whole = false;
        }
    }
    return whole;
}

} // namespace

TEST_CASE("the job list gives the title more room than the employer, and all room it needs",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    const QString title = QStringLiteral("小区保洁员（日结，包午餐，工具齐全）");
    QJsonObject job = jobPosting(employer, title);
    job.insert(QStringLiteral("employer_name"), QStringLiteral("广西测试0劳务有限公司"));
    REQUIRE(d.t->store().save(entities::job(), EntityStore::newId(), job).ok());
    auto* page = d.show("jobs");
    auto* view = child<QTableView>(page, "jobTable");
    REQUIRE(view->model()->rowCount() == 1);
    const QFontMetrics fm(view->font());
    const auto needs = [&](int c) {
        return fm.horizontalAdvance(view->model()->index(0, c).data().toString());
    };

    // At 1366×768 both are cut; the title gets three parts of the room to the employer's two.
    QCoreApplication::processEvents();
    CHECK(view->horizontalHeader()->length() == view->viewport()->width());
    REQUIRE(view->columnWidth(0) < needs(0));
    REQUIRE(view->columnWidth(4) < needs(4));
    CHECK(std::abs(view->columnWidth(0) * 2 - view->columnWidth(4) * 3) <= 4);
    // On a screen too narrow for both, the title keeps seven characters, taken from the
    // employer, which is never narrower than its heading where the title does not need the
    // room; the form beside keeps the room its fields need, and the list scrolls sideways.
    d.w->resize(1100, 768);
    QCoreApplication::processEvents();
    const int seven = 7 * fm.horizontalAdvance(QChar(0x4E2D));
    const int shared = view->columnWidth(0) + view->columnWidth(4);
    const int sliver = view->horizontalHeader()->minimumSectionSize();
    CHECK(view->columnWidth(0) >= std::min(seven, shared - sliver));
    CHECK(view->columnWidth(4) >=
          std::min(view->horizontalHeader()->sectionSizeHint(4), std::max(sliver, shared - seven)));
    CHECK(formWhole(page, "jobTitle"));
    d.w->resize(1366, 768);

    // On a wider screen the employer is whole at its own width and the title takes the rest.
    d.w->resize(1920, 1080);
    QCoreApplication::processEvents();
    CHECK(view->horizontalHeader()->length() == view->viewport()->width());
    CHECK(view->columnWidth(4) > needs(4));
    CHECK(view->columnWidth(4) < needs(4) + 40);
    CHECK(view->columnWidth(0) > needs(0));
}

TEST_CASE("a notice shown until a time of day lists and edits that time as staff type it",
          "[ui][staff]")
{
    Desk d;
    ContentService content(d.t->store(), d.t->audit());
    ContentForm f;
    f.kind = QStringLiteral("urgent");
    f.title = QStringLiteral("明早大厅消防演练");
    f.validUntil = QStringLiteral("2026-11-23 08:30");
    auto id = content.save(QString(), f, clerkAccount());
    REQUIRE(id.ok());
    CHECK(d.stored(entities::content(), id.value()).value(QLatin1String("valid_until")) ==
          QStringLiteral("2026-11-23T08:30:00"));

    auto* page = d.show("content");
    const QStringList titles = column(page, "contentTable", 1);
    const qsizetype row = titles.indexOf(f.title);
    REQUIRE(row >= 0);
    CHECK(column(page, "contentTable", 3).at(row) == QStringLiteral("2026-11-23 08:30"));
    selectRow(page, "contentTable", int(row));
    CHECK(textOf(page, "contentUntil") == QStringLiteral("2026-11-23 08:30"));
    // Saved again untouched, the time stays as it was.
    click(page, "contentSave");
    CHECK(d.stored(entities::content(), id.value()).value(QLatin1String("valid_until")) ==
          QStringLiteral("2026-11-23T08:30:00"));
}

TEST_CASE("content: a notice saved without an end is asked about once, and one whose end has "
          "passed says nobody sees it",
          "[ui][staff]")
{
    Desk d;
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    auto* page = d.show("content");
    auto* content = static_cast<StaffContentPage*>(page);
    const auto notices = [&d](const QString& title) {
        return d.t.count(QStringLiteral("content"),
                         QStringLiteral("kind = 'notice' AND title = '%1'").arg(title));
    };
    // A new item of `kind` begun and given `title`.
    const auto begin = [page, content](const char* kind, const QString& title) {
        content->startNew();
        chooseData(page, "contentKind", QString::fromLatin1(kind));
        type(page, "contentTitle", title);
    };
    const QString deadline = QStringLiteral("12月20日前申报欠薪线索");
    begin("notice", deadline);
    typeText(page, "contentBody", QStringLiteral("被拖欠工资的零工请于12月20日前到一号窗口登记。"));
    click(page, "contentSave");
    // Not saved yet: the clerk is asked, the end's field ready to be typed in.
    CHECK(notices(deadline) == 0);
    CHECK(textOf(page, "contentMessage").startsWith(QStringLiteral("This notice has no end")));
    CHECK(child<QLineEdit>(page, "contentUntil")->hasFocus());
    // The second click of a double click is no answer.
    click(page, "contentSave");
    CHECK(notices(deadline) == 0);
    // Pressed again: shown until it is removed, as the clerk meant.
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "contentSave");
    REQUIRE(notices(deadline) == 1);
    CHECK(textOf(page, "contentMessage").startsWith(QStringLiteral("Saved: ")));
    // Stored so, it is not asked about again when edited.
    typeText(page, "contentBody", QStringLiteral("被拖欠工资的零工请到一号窗口登记。"));
    click(page, "contentSave");
    CHECK(textOf(page, "contentMessage").startsWith(QStringLiteral("Saved: ")));
    CHECK(d.t.count(QStringLiteral("content"),
                    QStringLiteral("body = '被拖欠工资的零工请到一号窗口登记。'")) == 1);

    // With an end already passed (the test clock's day is 22 November): saved, and the clerk
    // told that neither the kiosks nor the wall show it.
    const QString past = QStringLiteral("11月消防检查通知");
    begin("notice", past);
    type(page, "contentUntil", QStringLiteral("2026-11-20"));
    click(page, "contentSave");
    CHECK(notices(past) == 1);
    CHECK(textOf(page, "contentMessage") ==
          QStringLiteral("Saved, but its end (2026-11-20) has passed: the kiosks and the wall "
                         "screen do not show it. Correct the date after \"to\" in Shown from if "
                         "it should be shown."));
    // Put right, it is shown.
    type(page, "contentUntil", QStringLiteral("2026-12-20"));
    click(page, "contentSave");
    CHECK(textOf(page, "contentMessage").startsWith(QStringLiteral("Saved: ")));

    // From the keyboard: Ctrl+S asks, the next Ctrl+S answers, however soon.
    const QString keyed = QStringLiteral("元旦假期服务安排");
    begin("notice", keyed);
    QTest::keyClick(child<QLineEdit>(page, "contentTitle"), Qt::Key_S, Qt::ControlModifier);
    CHECK(notices(keyed) == 0);
    CHECK(textOf(page, "contentMessage").startsWith(QStringLiteral("This notice has no end")));
    QTest::keyClick(child<QLineEdit>(page, "contentUntil"), Qt::Key_S, Qt::ControlModifier);
    CHECK(notices(keyed) == 1);
    // A question left behind is asked again: begun anew, a notice of the same title is asked
    // about.
    begin("notice", QStringLiteral("春节假期服务安排"));
    click(page, "contentSave");
    CHECK(textOf(page, "contentMessage").startsWith(QStringLiteral("This notice has no end")));
    content->startNew(); // (a first press asks before it clears what was typed)
    begin("notice", QStringLiteral("春节假期服务安排"));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "contentSave");
    CHECK(notices(QStringLiteral("春节假期服务安排")) == 0);
    CHECK(textOf(page, "contentMessage").startsWith(QStringLiteral("This notice has no end")));

    // A policy stays until it is replaced: not asked.
    begin("policy", QStringLiteral("零工市场服务指南"));
    click(page, "contentSave");
    CHECK(d.t.count(QStringLiteral("content"), QStringLiteral("title = '零工市场服务指南'")) == 1);
}

TEST_CASE("content: an item with a long title opened leaves the list its width", "[ui][staff]")
{
    Desk d;
    d.w->resize(1366, 768);
    auto* page = d.show("content");
    QCoreApplication::processEvents();
    auto* table = child<QTableView>(page, "contentTable");
    const int width = table->width();
    ContentService content(d.t->store(), d.t->audit());
    ContentForm f;
    f.kind = QStringLiteral("notice");
    f.title = QStringLiteral("关于二〇二六年冬季农民工返乡前工资清欠专项行动暨建筑、家政、物流、"
                             "电商直播等重点行业用工对接服务的通知");
    f.validUntil = QStringLiteral("2026-12-20");
    auto id = content.save(QString(), f, clerkAccount());
    REQUIRE(id.ok());
    page->refresh();
    const QStringList titles = column(page, "contentTable", 1);
    const qsizetype row = titles.indexOf(f.title);
    REQUIRE(row >= 0);
    selectRow(page, "contentTable", int(row));
    // (The form's new height and width reach the splitter over a few rounds of layout.)
    QTest::qWait(100);
    // The title whole above the form, on more than one line; the list as wide as before.
    CHECK(textOf(page, "contentFormTitle") == f.title);
    CHECK(table->width() == width);
}

TEST_CASE("the content form offers the training fields for training, or when they hold something",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("content");
    auto* content = static_cast<StaffContentPage*>(page);
    content->startNew();
    // (Hidden rows hide their fields; shown ones show them when the page is on screen.)
    const auto offered = [page](const char* name) {
        return !child<QWidget>(page, name)->isHidden();
    };
    chooseData(page, "contentKind", QStringLiteral("market"));
    CHECK_FALSE(offered("contentInstitution"));
    CHECK_FALSE(offered("contentCost"));
    CHECK(offered("contentPhone"));
    chooseData(page, "contentKind", QStringLiteral("training"));
    CHECK(offered("contentInstitution"));
    CHECK(offered("contentStart"));
    CHECK(offered("contentCost"));
    // Filled in, they stay in sight under another kind, so nothing saved is out of view.
    type(page, "contentCost", QStringLiteral("免费"));
    chooseData(page, "contentKind", QStringLiteral("market"));
    CHECK(offered("contentCost"));
}

TEST_CASE("an urgent notice is entered with whom to ask and an end after its start", "[ui][staff]")
{
    Desk d;
    auto* page = d.show("content");
    static_cast<StaffContentPage*>(page)->startNew();
    chooseData(page, "contentKind", QStringLiteral("urgent"));
    CHECK_FALSE(child<QWidget>(page, "contentContact")->isHidden());
    CHECK(textOf(page, "contentDatesHint").contains(QStringLiteral("needs an end")));
    // Saved with no title and times without their day: every problem named and marked at once.
    type(page, "contentFrom", QStringLiteral("10:30"));
    type(page, "contentUntil", QStringLiteral("11:00"));
    click(page, "contentSave");
    const QString refusal = textOf(page, "contentMessage");
    CHECK(refusal.startsWith(QStringLiteral("Title is required.")));
    CHECK(refusal.contains(QStringLiteral("Also: Shown from must be a real date")));
    CHECK(refusal.contains(QStringLiteral("Shown until must be a real date")));
    for (const char* field : {"contentTitle", "contentFrom", "contentUntil"}) {
        INFO(field);
        CHECK(markedInvalid(page, field));
    }
    type(page, "contentTitle", QStringLiteral("大厅消防演练，暂停办理业务"));
    type(page, "contentContact", QStringLiteral("一号服务窗口"));
    type(page, "contentFrom", QStringLiteral("2026-11-22 11:00"));
    type(page, "contentUntil", QStringLiteral("2026-11-22 10:30"));
    click(page, "contentSave");
    CHECK(textOf(page, "contentMessage").contains(QStringLiteral("later than")));
    CHECK(d.t.count(QStringLiteral("content"), QStringLiteral("kind = 'urgent'")) == 0);
    // Nothing typed is lost; put right, it is saved with whom to ask.
    CHECK(textOf(page, "contentContact") == QStringLiteral("一号服务窗口"));
    type(page, "contentUntil", QStringLiteral("2026-11-22 11:30"));
    click(page, "contentSave");
    CHECK(d.t.count(QStringLiteral("content"), QStringLiteral("kind = 'urgent'")) == 1);
    const auto rows = ContentService(d.t->store(), d.t->audit()).list(QStringLiteral("urgent"));
    REQUIRE(rows.ok());
    bool found = false;
    for (const StoredEntity& e : rows.value()) {
        if (e.data.value(QLatin1String("title")).toString() ==
            QStringLiteral("大厅消防演练，暂停办理业务")) {
            found = true;
            CHECK(e.data.value(QLatin1String("extra")).toObject().value(QLatin1String("contact")) ==
                  QStringLiteral("一号服务窗口"));
        }
    }
    CHECK(found);
    // One whose end has passed is listed as ended, the others as they are.
    ContentForm ended;
    ended.kind = QStringLiteral("notice");
    ended.title = QStringLiteral("上周停电通知");
    ended.validUntil = QStringLiteral("2026-11-21");
    REQUIRE(ContentService(d.t->store(), d.t->audit()).save(QString(), ended, clerkAccount()).ok());
    static_cast<StaffContentPage*>(page)->refresh();
    const QStringList listed = column(page, "contentTable", 1);
    const QStringList until = column(page, "contentTable", 3);
    REQUIRE(listed.indexOf(ended.title) >= 0);
    CHECK(until.at(listed.indexOf(ended.title)) == QStringLiteral("2026-11-21 (ended)"));
    CHECK_FALSE(until.at(listed.indexOf(QStringLiteral("大厅消防演练，暂停办理业务")))
                    .contains(QStringLiteral("ended")));
    // Another kind: no such row, the usual hint.
    static_cast<StaffContentPage*>(page)->startNew();
    chooseData(page, "contentKind", QStringLiteral("policy"));
    CHECK(child<QWidget>(page, "contentContact")->isHidden());
    CHECK(textOf(page, "contentDatesHint").contains(QStringLiteral("Leave the dates empty")));
}

TEST_CASE("the market's directory entry is filled in from the hall's records, checked and saved",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(1, true);
    d.postedJob(employer);
    d.seeker(1, QStringLiteral("韦小红"), {QStringLiteral("家政保洁")});
    ContentService content(d.t->store(), d.t->audit());
    ContentForm f;
    f.kind = QStringLiteral("market");
    f.title = QStringLiteral("南宁市青秀区零工市场");
    f.extra = QJsonObject{{QStringLiteral("address"), QStringLiteral("民族大道128号")},
                          {QStringLiteral("seeker_scale"), QStringLiteral("日均约300人")}};
    auto id = content.save(QString(), f, clerkAccount());
    REQUIRE(id.ok());

    auto* page = static_cast<StaffContentPage*>(d.show("content"));
    page->openItem(id.value());
    const auto offered = [page](const char* name) {
        return !child<QWidget>(page, name)->isHidden();
    };
    for (const char* name :
         {"contentNature", "contentFillFigures", "contentHours", "contentServices", "contentTrades",
          "contentSeekerScale", "contentPlacements"})
        CHECK(offered(name));
    CHECK(textOf(page, "contentSeekerScale") == QStringLiteral("日均约300人"));
    CHECK_FALSE(page->hasUnsavedWork());

    click(page, "contentFillFigures");
    const DirectoryFigures figures =
        StatisticsService(d.t->database(), d.t->reference()).directory(d.t.clock().today()).value();
    REQUIRE(figures.seekersRegistered == 1);
    REQUIRE(figures.ledgerDays == 1);
    CHECK(textOf(page, "contentTrades") == QStringLiteral("家政保洁"));
    CHECK(textOf(page, "contentSeekerScale") == figures.seekerScaleText());
    CHECK(textOf(page, "contentPlacements") == figures.placementsText());
    // The settings fill what the entry left empty, and change nothing it says.
    CHECK(textOf(page, "contentAddress") == QStringLiteral("民族大道128号"));
    CHECK(textOf(page, "contentPhone") == d.t->config().hotline);
    CHECK(textOf(page, "contentHours") == d.t->config().openingHours);
    CHECK(textOf(page, "contentMessage").contains(QStringLiteral("check them, then save")));
    // Nothing is stored until the clerk saves.
    CHECK(page->hasUnsavedWork());
    CHECK(d.stored(entities::content(), id.value())
              .value(QLatin1String("extra"))
              .toObject()
              .value(QLatin1String("seeker_scale")) == QStringLiteral("日均约300人"));

    chooseData(page, "contentNature", QStringLiteral("公共"));
    click(page, "contentSave");
    const QJsonObject extra =
        d.stored(entities::content(), id.value()).value(QLatin1String("extra")).toObject();
    CHECK(extra.value(QLatin1String("nature")) == QStringLiteral("公共"));
    CHECK(extra.value(QLatin1String("occupations")) == QStringLiteral("家政保洁"));
    CHECK(extra.value(QLatin1String("seeker_scale")) == figures.seekerScaleText());
    CHECK(extra.value(QLatin1String("daily_placements")) == figures.placementsText());
    CHECK(extra.value(QLatin1String("hours")) == d.t->config().openingHours);
    CHECK(extra.value(QLatin1String("phone")) == d.t->config().hotline);
    CHECK_FALSE(page->hasUnsavedWork());

    // A kind of market written elsewhere is kept as it is.
    QJsonObject odd = extra;
    odd.insert(QStringLiteral("nature"), QStringLiteral("公办民营"));
    ContentForm g = ContentService::fromData(d.stored(entities::content(), id.value()));
    g.extra = odd;
    REQUIRE(content.save(id.value(), g, clerkAccount()).ok());
    page->openItem(id.value());
    CHECK(child<QComboBox>(page, "contentNature")->currentText() == QStringLiteral("公办民营"));
    click(page, "contentSave");
    CHECK(d.stored(entities::content(), id.value())
              .value(QLatin1String("extra"))
              .toObject()
              .value(QLatin1String("nature")) == QStringLiteral("公办民营"));

    // Figures the platform wrote as numbers show as digits, and stay numbers when the clerk
    // changes something else.
    QJsonObject numbers = extra;
    numbers.insert(QStringLiteral("seeker_scale"), 300);
    numbers.insert(QStringLiteral("daily_placements"), 80.5);
    ContentForm h = ContentService::fromData(d.stored(entities::content(), id.value()));
    h.extra = numbers;
    REQUIRE(content.save(id.value(), h, clerkAccount()).ok());
    page->openItem(id.value());
    CHECK(textOf(page, "contentSeekerScale") == QStringLiteral("300"));
    CHECK(textOf(page, "contentPlacements") == QStringLiteral("80.5"));
    type(page, "contentTitle", QStringLiteral("（青秀区）"));
    click(page, "contentSave");
    const QJsonObject kept =
        d.stored(entities::content(), id.value()).value(QLatin1String("extra")).toObject();
    CHECK(kept.value(QLatin1String("seeker_scale")) == QJsonValue(300));
    CHECK(kept.value(QLatin1String("daily_placements")) == QJsonValue(80.5));
    CHECK(d.stored(entities::content(), id.value())
              .value(QLatin1String("title"))
              .toString()
              .endsWith(QStringLiteral("（青秀区）")));

    // The directory rows are not offered for a policy, unless they hold something.
    page->startNew();
    chooseData(page, "contentKind", QStringLiteral("policy"));
    CHECK_FALSE(offered("contentNature"));
    CHECK_FALSE(offered("contentPlacements"));
    chooseData(page, "contentKind", QStringLiteral("market"));
    type(page, "contentHours", QStringLiteral("全天"));
    chooseData(page, "contentKind", QStringLiteral("policy"));
    CHECK(offered("contentHours"));
}

TEST_CASE("a combo box marked wrong turns red and keeps its arrow", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    auto* page = d.show("jobs");
    click(page, "jobNew");
    chooseData(page, "jobEmployer", employer);
    auto* trade = child<QComboBox>(page, "jobOccupation");
    trade->setCurrentIndex(-1);
    const QColor normal = trade->palette().color(QPalette::Button);
    type(page, "jobTitle", QStringLiteral("仓库搬运工"));
    type(page, "jobAddress", QStringLiteral("五象大道88号"));
    type(page, "jobHours", QStringLiteral("8:00-17:00"));
    typeText(page, "jobSkills", QStringLiteral("能搬重物"));
    type(page, "jobPayMin", QStringLiteral("180"));
    type(page, "jobPayMax", QStringLiteral("220"));
    click(page, "jobSave");
    INFO(textOf(page, "jobMessage").toStdString());
    REQUIRE(markedInvalid(page, "jobOccupation"));
    CHECK(trade->palette().color(QPalette::Button) != normal);
    chooseData(page, "jobOccupation", QStringLiteral("装卸搬运"));
    click(page, "jobSave");
    CHECK_FALSE(markedInvalid(page, "jobOccupation"));
    CHECK(trade->palette().color(QPalette::Button) == normal);
    CHECK(d.t.count(QStringLiteral("job")) == 1);
}

TEST_CASE("the month's statistics are shown and saved as a report", "[ui][staff]")
{
    Desk d;
    REQUIRE(DemoData(d.t->store()).seed(200).ok());
    auto* page = static_cast<StaffStatisticsPage*>(d.show("statistics"));
    const StatisticsService service(d.t->database(), d.t->reference());
    const QDate today = d.t.clock().today();
    const MonthlyStatistics s = service.month(today, today, d.t.clock().now()).value();
    REQUIRE(s.postings > 0);
    REQUIRE(s.byOccupation.size() > 3);
    REQUIRE(s.prioritySeekersRegistered > 0);
    REQUIRE(s.tieredGuidance + s.tieredRecommendations + s.tieredTraining > 0);
    REQUIRE(s.requests.received > 0);

    const QString summary = textOf(page, "statsSummary");
    INFO(summary.toStdString());
    // (The words' plural forms come from the English translation, which tests do not load.)
    CHECK(summary.contains(QStringLiteral(": %1 seeker").arg(s.seekersRegistered)));
    CHECK(summary.contains(QStringLiteral(" · %1 posting").arg(s.postings)));
    CHECK(summary.contains(QStringLiteral(" · %1 person").arg(s.positions)));
    CHECK(summary.contains(QStringLiteral(" · %1 hire").arg(s.hires)));
    // Days written out ("1 Dec 2026"), not as 12/1/26.
    CHECK(summary.startsWith(QLocale().toString(s.month, QStringLiteral("d MMM yyyy")) +
                             QStringLiteral(" to ")));
    CHECK_FALSE(summary.contains(QLatin1Char('/')));
    // What the seekers did themselves and what the window did, apart.
    CHECK(summary.contains(QStringLiteral(" · %1 application").arg(s.applications)));
    CHECK(summary.contains(QStringLiteral(" · %1 recommendation").arg(s.recommendations)));
    // The help given to people in difficulty, and how requests were answered (S4, T5).
    const QString services = textOf(page, "statsServices");
    INFO(services.toStdString());
    CHECK(services.contains(QStringLiteral(": %1 registered").arg(s.prioritySeekersRegistered)));
    CHECK(services.contains(QStringLiteral("tiered services: guidance %1, job recommendations %2, "
                                           "training %3")
                                .arg(s.tieredGuidance)
                                .arg(s.tieredRecommendations)
                                .arg(s.tieredTraining)));
    CHECK(services.contains(QStringLiteral(": %1 received").arg(s.requests.received)));
    CHECK(services.contains(QStringLiteral(" · %1 closed, %2 of them late")
                                .arg(s.requests.closed)
                                .arg(s.requests.closedLate)));
    CHECK(services.contains(QStringLiteral(" · %1 overdue").arg(s.requests.overdue)));

    // Every trade, highest ratio first, the ranked ones marked; the names read in English here.
    auto* balances = child<QTableWidget>(page, "statsBalances");
    REQUIRE(balances->rowCount() == int(s.byOccupation.size()));
    double previous = 1e9;
    int highest = 0;
    for (int r = 0; r < balances->rowCount(); ++r) {
        const QString ratio = balances->item(r, 3)->text();
        if (!ratio.isEmpty()) {
            CHECK(ratio.toDouble() <= previous);
            previous = ratio.toDouble();
        }
        highest += balances->item(r, 4)->text() == QStringLiteral("highest") ? 1 : 0;
    }
    CHECK(highest == int(s.occupationRanking.highest.size()));
    const QString top = d.t->reference().displayName(s.occupationRanking.highest.front().name);
    CHECK(balances->item(0, 0)->text() == top);
    chooseData(page, "statsBy", QStringLiteral("industry"));
    CHECK(balances->rowCount() == int(s.byIndustry.size()));
    CHECK(balances->horizontalHeaderItem(0)->text() == QStringLiteral("Industry"));
    CHECK(child<QTableWidget>(page, "statsWages")->rowCount() == int(s.wages.size()));
    // L3: the people registered and hired, by gender, age and education.
    auto* people = child<QTableWidget>(page, "statsPeople");
    REQUIRE(people->rowCount() == int(s.profile.size()));
    REQUIRE(people->rowCount() >= 7);
    CHECK(people->item(0, 0)->text() == QStringLiteral("Men"));
    CHECK(people->item(1, 0)->text() == QStringLiteral("Women"));
    for (int r = 0; r < people->rowCount(); ++r) {
        CHECK(people->item(r, 1)->text() == QString::number(s.profile[size_t(r)].seekers));
        CHECK(people->item(r, 2)->text() == QString::number(s.profile[size_t(r)].hires));
    }
    const auto rowOf = [people](const QString& label) {
        for (int r = 0; r < people->rowCount(); ++r) {
            if (people->item(r, 0)->text() == label)
                return r;
        }
        return -1;
    };
    CHECK(rowOf(QStringLiteral("Aged 25 to 34")) >= 0);
    CHECK(rowOf(QStringLiteral("Aged 55 and over")) >= 0);

    // Saved where the clerk chooses (offered beside the store), whole, with the official
    // (stored) trade names.
    const QString offered = page->reportPath(s.month);
    click(page, "statsSave");
    auto* dialog = page->findChild<QFileDialog*>(QStringLiteral("statsSaveDialog"));
    REQUIRE(dialog);
    CHECK(dialog->acceptMode() == QFileDialog::AcceptSave);
    CHECK(dialog->directory().absolutePath() == QFileInfo(offered).absolutePath());
    QTemporaryDir stick;
    const QString path = stick.filePath(QStringLiteral("月报"));
    // Typed into the dialog's file name box, as a clerk would.
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(path);
    QTest::keyClick(name, Qt::Key_Return);
    CHECK_FALSE(QFile::exists(offered));
    CHECK(textOf(page, "statsMessage").contains(QStringLiteral("Report saved")));
    CHECK(textOf(page, "statsMessage").contains(QStringLiteral("月报.csv")));
    QFile file(path + QStringLiteral(".csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(QStringLiteral("Postings,%1\r\n").arg(s.postings)));
    CHECK(text.contains(
        QStringLiteral("\"Applications by seekers (kiosk, online)\",%1\r\n").arg(s.applications)));
    CHECK(text.contains(
        QStringLiteral("Recommendations at the window,%1\r\n").arg(s.recommendations)));
    CHECK(text.contains(QStringLiteral("Seekers in difficulty registered,%1\r\n")
                            .arg(s.prioritySeekersRegistered)));
    CHECK(text.contains(QStringLiteral("Tiered services: job recommendations,%1\r\n")
                            .arg(s.tieredRecommendations)));
    CHECK(text.contains(
        QStringLiteral("Complaints and requests received,%1\r\n").arg(s.requests.received)));
    CHECK(text.contains(QStringLiteral("\"Overdue and not closed (at the end, or now)\",%1\r\n")
                            .arg(s.requests.overdue)));
    for (const TradeBalance& b : s.byOccupation)
        CHECK(
            text.contains(QStringLiteral("%1,%2,%3,").arg(b.name).arg(b.positions).arg(b.seekers)));
    // Industries by their full names in the national classification.
    bool fullName = false;
    for (const TradeBalance& b : s.byIndustry) {
        const QString full = ReferenceData::officialIndustryName(b.name);
        CHECK(text.contains(QStringLiteral("%1,%2,%3,").arg(full).arg(b.positions).arg(b.seekers)));
        fullName = fullName || full != b.name;
    }
    CHECK(fullName);
    // The people by kind, as on the screen.
    for (int r = 0; r < people->rowCount(); ++r)
        CHECK(text.contains(QStringLiteral("\r\n%1,%2,%3\r\n")
                                .arg(people->item(r, 0)->text(), people->item(r, 1)->text(),
                                     people->item(r, 2)->text())));
    // Highest ratio first, each with its place in the ranking, as on the screen; and what the
    // wage averages leave out.
    {
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        const qsizetype head =
            lines.indexOf(QStringLiteral("Trade,People wanted,Seekers,Ratio,Ranking"));
        REQUIRE(head >= 0);
        CHECK(lines.at(head + 1).startsWith(s.occupationRanking.highest.front().name +
                                            QLatin1Char(',')));
        CHECK(lines.at(head + 1).endsWith(QStringLiteral(",highest")));
        int lowest = 0;
        for (qsizetype i = head + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i)
            lowest += lines.at(i).endsWith(QStringLiteral(",lowest")) ? 1 : 0;
        CHECK(lowest == int(s.occupationRanking.lowest.size()));
        CHECK(text.contains(QStringLiteral("Left out of the averages")));
    }

    // An earlier month is shown whole, and may be empty.
    {
        auto* month = child<QComboBox>(page, "statsMonth");
        month->setCurrentIndex(month->count() - 1);
        const MonthlyStatistics old = service.month(month->currentData().toDate()).value();
        CHECK(child<QTableWidget>(page, "statsBalances")->rowCount() == int(old.byIndustry.size()));
        if (old.isEmpty())
            CHECK(textOf(page, "statsMessage").contains(QStringLiteral("Nothing")));
    }

    // Left open into the next month: the new month comes first, the chosen one stays chosen.
    auto* month = child<QComboBox>(page, "statsMonth");
    month->setCurrentIndex(1);
    const QDate chosen = month->currentData().toDate();
    d.t.clock().advanceMs(qint64(40) * 86'400'000);
    page->refresh();
    const QDate now = d.t.clock().today();
    CHECK(month->itemData(0).toDate() == QDate(now.year(), now.month(), 1));
    CHECK(month->count() == 12);
    CHECK(month->currentData().toDate() == chosen);
}

namespace {

// The POSIX record locks this process holds on the file at `path` (/proc/locks). A close() of
// any descriptor of a file drops them all, which is how a store's locks can be lost.
int locksHeldOn(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString inode = QStringLiteral(":%1").arg(quint64(st.st_ino));
    int held = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QStringList f = QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"
        if (f.size() >= 6 && f.at(1) == QLatin1String("POSIX") && f.at(4) == pid &&
            f.at(5).endsWith(inode))
            ++held;
    }
    return held;
}

} // namespace

TEST_CASE("the month's notice for the board is printed on A4 with the ranked trades and the wages",
          "[ui][staff][print]")
{
    QTemporaryDir folder;
    Config config;
    config.pdfFolder = folder.filePath(QStringLiteral("slips"));
    // The window's slips go on a receipt roll; the notice does not.
    config.paper = QStringLiteral("80mm");
    Desk d(config);
    REQUIRE(DemoData(d.t->store()).seed(200).ok());
    auto* page = static_cast<StaffStatisticsPage*>(d.show("statistics"));
    const StatisticsService service(d.t->database(), d.t->reference());
    const QDate today = d.t.clock().today();
    const MonthlyStatistics s = service.month(today, today, d.t.clock().now()).value();
    REQUIRE(s.occupationRanking.highest.size() >= 2);
    REQUIRE_FALSE(s.occupationRanking.lowest.empty());
    REQUIRE_FALSE(s.wages.empty());

    click(page, "statsPrint");
    const QDir slips(config.pdfFolder);
    const QStringList files = slips.entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(QRegularExpression(
              QStringLiteral("^[0-9]{8}-[0-9]{6}-statistics-2026-11-[0-9a-f]{4}\\.pdf$"))
              .match(files.front())
              .hasMatch());
    CHECK(textOf(page, "statsMessage") ==
          QStringLiteral("Notice saved: ") +
              QDir::toNativeSeparators(slips.filePath(files.front())));
    QFile pdf(slips.filePath(files.front()));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    // A4 pages (595 × 842 points), not a strip of roll 80 mm wide.
    const QRegularExpressionMatch box =
        QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
            .match(QString::fromLatin1(bytes));
    REQUIRE(box.hasMatch());
    CHECK(qRound(box.captured(1).toDouble()) == 595);
    CHECK(qRound(box.captured(2).toDouble()) == 842);

    // What it says: the month so far, each ranked trade with its ratio and the numbers it comes
    // from, the wage of every trade that has one and the average over all.
    auto slip = StaffStatsNotice::slip(s, true, d.t->reference(), config,
                                       d.t.clock().now().toOffsetFromUtc(8 * 3600));
    REQUIRE(slip.ok());
    const QString text = slip->toPlainText();
    INFO(text.toStdString());
    // Not over yet: its days are in the heading.
    CHECK(slip->title ==
          QStringLiteral("Gig market supply and demand, 1 November 2026 to 22 November 2026"));
    CHECK(text.contains(
        QStringLiteral("From 1 November 2026 to 22 November 2026; the month is not over yet.")));
    // Each line: its place (equal ratios share one), name, ratio, the numbers it comes from, and
    // a mark when fewer than five registered.
    const auto lines = [&d](const std::vector<TradeBalance>& list) {
        QStringList out;
        for (size_t i = 0; i < list.size(); ++i) {
            size_t first = i;
            while (first > 0 && QString::number(*list[first - 1].ratio, 'f', 2) ==
                                    QString::number(*list[i].ratio, 'f', 2))
                --first;
            out << QStringLiteral("%1. %2: %3 (%4 wanted, %5 registered)%6")
                       .arg(first + 1)
                       .arg(d.t->reference().displayName(list[i].name),
                            QString::number(*list[i].ratio, 'f', 2))
                       .arg(list[i].positions)
                       .arg(list[i].seekers)
                       .arg(list[i].seekers < StaffStatsNotice::kFewSeekers ? QStringLiteral(" *")
                                                                            : QString());
        }
        return out.join(QLatin1Char('\n'));
    };
    CHECK(text.contains(QStringLiteral("Highest ratio, trades: ") +
                        lines(s.occupationRanking.highest) + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("Lowest ratio, trades: ") +
                        lines(s.occupationRanking.lowest) + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("Highest ratio, industries: ") +
                        lines(s.industryRanking.highest) + QLatin1Char('\n')));
    for (const TradeWage& w : s.wages)
        CHECK(text.contains(QStringLiteral("• %1: %2 yuan a day (")
                                .arg(d.t->reference().displayName(w.occupation),
                                     QString::number(w.averagePerDay, 'f', 0))));
    double sum = 0;
    int people = 0;
    for (const TradeWage& w : s.wages) {
        sum += w.averagePerDay * w.positions;
        people += w.positions;
    }
    CHECK(text.contains(QStringLiteral("Daily average wage: %1 yuan a day over the %2 trade")
                            .arg(QString::number(sum / people, 'f', 0))
                            .arg(s.wages.size())));
    CHECK(text.contains(QStringLiteral("Seekers registered: %1 person").arg(s.seekersRegistered)));
    // The hall publishes it: its name and the day, not the clerk who printed it.
    CHECK(text.contains(
        QStringLiteral("Published by %1, 22 November 2026.").arg(d.t->config().hallName)));
    CHECK_FALSE(text.contains(d.admin.label()));
    CHECK(text.contains(d.t->config().hotline));
    // The same average on the page, and in the report.
    CHECK(textOf(page, "statsWageNote")
              .startsWith(QStringLiteral("Over the %1 trade(s) listed: %2 yuan a day.")
                              .arg(s.wages.size())
                              .arg(QString::number(sum / people, 'f', 0))));

    // Ratios equal as printed share their place, though one is 2/3 and the other 0.67.
    MonthlyStatistics close = s;
    close.occupationRanking.highest = {TradeBalance{QStringLiteral("家政保洁"), 1, 2, 3, 2.0 / 3.0},
                                       TradeBalance{QStringLiteral("搬运装卸"), 1, 67, 100, 0.67},
                                       TradeBalance{QStringLiteral("餐饮服务"), 1, 1, 2, 0.5}};
    auto tied = StaffStatsNotice::slip(close, true, d.t->reference(), config,
                                       d.t.clock().now().toOffsetFromUtc(8 * 3600));
    REQUIRE(tied.ok());
    const QString tiedText = tied->toPlainText();
    CHECK(tiedText.contains(QStringLiteral("1. ") +
                            d.t->reference().displayName(QStringLiteral("家政保洁")) +
                            QStringLiteral(": 0.67")));
    CHECK(tiedText.contains(QStringLiteral("1. ") +
                            d.t->reference().displayName(QStringLiteral("搬运装卸")) +
                            QStringLiteral(": 0.67")));
    CHECK(tiedText.contains(QStringLiteral("3. ") +
                            d.t->reference().displayName(QStringLiteral("餐饮服务")) +
                            QStringLiteral(": 0.50")));

    // A month with seekers and no posting has nothing to rank: said once, no list of zeros.
    MonthlyStatistics idle = s;
    idle.postings = 0;
    idle.positions = 0;
    idle.wages.clear();
    auto quiet = StaffStatsNotice::slip(idle, false, d.t->reference(), config,
                                        d.t.clock().now().toOffsetFromUtc(8 * 3600));
    REQUIRE(quiet.ok());
    CHECK(quiet->title == QStringLiteral("Gig market supply and demand, November 2026"));
    CHECK(quiet->toPlainText().contains(QStringLiteral("Postings published: none")));
    CHECK(quiet->toPlainText().contains(QStringLiteral("No jobs were posted in this month")));
    CHECK_FALSE(quiet->toPlainText().contains(QStringLiteral("ratio, trades")));
    CHECK_FALSE(quiet->toPlainText().contains(QStringLiteral("Daily wage:")));

    // A month in which nothing happened has nothing to publish: said, and nothing printed.
    auto* month = child<QComboBox>(page, "statsMonth");
    month->setCurrentIndex(month->count() - 1);
    REQUIRE(textOf(page, "statsMessage").contains(QStringLiteral("Nothing was registered")));
    click(page, "statsPrint");
    CHECK(
        textOf(page, "statsMessage")
            .contains(QStringLiteral("Nothing was registered or posted in December 2025: there is "
                                     "no notice to print.")));
    CHECK(slips.entryList(QDir::Files).size() == 1);
}

TEST_CASE(
    "a sheet a little longer than its page prints smaller on one page, a far longer one keeps "
    "its size",
    "[ui][print]")
{
    // The text as laid out for an A4 sheet printed to PDF, and its size in points.
    const auto laidOut = [](int items) {
        Slip slip;
        slip.hall = QStringLiteral("南宁市青秀区零工市场");
        slip.title = QStringLiteral("零工市场供求信息");
        slip.listHeading = QStringLiteral("各工种日工资");
        for (int i = 0; i < items; ++i)
            slip.list << QStringLiteral("工种%1：每天 180 元（3 个岗位，共 12 人）").arg(i + 1);
        slip.footer = {QStringLiteral("服务热线 0771-12333")};
        QTextDocument doc;
        SlipPrinter::layOut(doc, slip, QStringLiteral("a4"));
        const double normal = doc.defaultFont().pointSizeF();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(SlipPrinter::pageLayout(doc, QStringLiteral("a4")));
        const int before = doc.pageCount();
        SlipPrinter::fitTo(doc, writer, QStringLiteral("a4"));
        return std::tuple{before, doc.pageCount(), normal, doc.defaultFont().pointSizeF()};
    };
    // A few lines too many (however the fonts of the machine run): the same text, smaller, on
    // one page.
    int items = 20;
    while (std::get<0>(laidOut(items)) == 1 && items < 200)
        ++items;
    const auto [before, after, normal, size] = laidOut(items + 2);
    REQUIRE(before == 2);
    CHECK(after == 1);
    CHECK(size < normal);
    CHECK(size >= 8);
    // What fits keeps its size.
    const auto [shortBefore, shortAfter, shortNormal, shortSize] = laidOut(20);
    CHECK(shortBefore == 1);
    CHECK(shortAfter == 1);
    CHECK(shortSize == shortNormal);
    // Far too long for one page even small: left as it is, over its pages.
    const auto [longBefore, longAfter, longNormal, longSize] = laidOut(200);
    CHECK(longAfter == longBefore);
    CHECK(longAfter > 2);
    CHECK(longSize == longNormal);
}

TEST_CASE("the notice's daily average wage over all trades is weighted by the people wanted",
          "[staff][print]")
{
    CHECK_FALSE(StatisticsService::overallDailyWage({}).has_value());
    std::vector<TradeWage> wages(2);
    wages[0].averagePerDay = 200;
    wages[0].positions = 1;
    wages[1].averagePerDay = 300;
    wages[1].positions = 3;
    REQUIRE(StatisticsService::overallDailyWage(wages).has_value());
    CHECK(*StatisticsService::overallDailyWage(wages) == Approx(275));
}

TEST_CASE("the save dialog lists the store's own folder without opening the store's files",
          "[ui][staff]")
{
    Desk d;
    auto* page = static_cast<StaffStatisticsPage*>(d.show("statistics"));
    // The clerk browses to the folder that holds the store, as a save dialog allows.
    const QString shm = d.t.path() + QStringLiteral("-shm");
    REQUIRE(QFile::exists(shm));
    const int held = locksHeldOn(shm);
    REQUIRE(held > 0);
    click(page, "statsSave");
    auto* dialog = page->findChild<QFileDialog*>(QStringLiteral("statsSaveDialog"));
    REQUIRE(dialog);
    auto* model = dialog->findChild<QFileSystemModel*>();
    REQUIRE(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    const QString folder = QFileInfo(d.t.path()).absolutePath();
    dialog->setDirectory(folder);
    REQUIRE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 10000));
    // Every entry shown with its icon and its type, as the dialog draws them; the files it
    // leaves out (not reports) are looked at too.
    const QModelIndex root = model->index(folder);
    REQUIRE(model->rowCount(root) >= 1);
    for (int r = 0; r < model->rowCount(root); ++r) {
        for (int c = 0; c < model->columnCount(root); ++c) {
            (void)model->data(model->index(r, c, root), Qt::DisplayRole);
            (void)model->data(model->index(r, c, root), Qt::DecorationRole);
        }
    }
    QTest::qWait(500);
    // The store keeps its locks: another program opening it meanwhile still sees it in use
    // (and leaves its write-ahead log alone).
    CHECK(locksHeldOn(shm) == held);
    dialog->reject();

    // Nor is a report saved over the store or its log.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = d.t.path() + suffix;
        const qint64 size = QFileInfo(path).size();
        auto* message = child<QLabel>(page, "statsMessage");
        CHECK_FALSE(StaffReport::write(path, QStringLiteral("a,b\r\n"), message, d.t.path()));
        CHECK(message->text().contains(QStringLiteral("store")));
        CHECK(QFileInfo(path).size() == size);
    }
    CHECK(locksHeldOn(shm) == held);
}

TEST_CASE("a main button that cannot be pressed looks grey, not blue", "[ui][staff]")
{
    Desk d;
    auto* matching = d.show("matching");
    auto* hired = child<QPushButton>(matching, "outcome_hired");
    REQUIRE_FALSE(hired->isEnabled()); // no pairing chosen
    const auto blue = [](const QColor& c) { return c.blue() > 140 && c.red() < 120; };
    CHECK(countPixels(hired, blue) == 0);
    // The same button enabled is the window's blue.
    hired->setEnabled(true);
    CHECK(countPixels(hired, blue) > hired->width() * hired->height() / 4);
}

TEST_CASE("the job and employer lists follow the search box as the clerk types, without Enter",
          "[ui][staff]")
{
    Desk d;
    d.postedJob(d.employer(0, true), QStringLiteral("小区保洁（日结）"));
    d.postedJob(d.employer(1, true), QStringLiteral("仓库搬运工"));
    for (const auto& [page, box, table, typed, found] :
         {std::tuple{"jobs", "jobSearch", "jobTable", QStringLiteral("搬运"),
                     QStringLiteral("仓库搬运工")},
          std::tuple{"employers", "employerSearch", "employerTable", QStringLiteral("测试1"),
                     QStringLiteral("广西测试1劳务有限公司")}}) {
        INFO(page);
        auto* p = d.show(page);
        auto* view = child<QTableView>(p, table);
        REQUIRE(view->model()->rowCount() == 2);
        auto* search = child<QLineEdit>(p, box);
        search->setFocus();
        typeInto(search, typed);
        // Not while typing goes on; a moment after it pauses.
        CHECK(view->model()->rowCount() == 2);
        REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; },
                                staffui::kSearchPauseMs * 10));
        QStringList cells;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            cells << view->model()->index(0, c).data().toString();
        CHECK(cells.join(QLatin1Char(' ')).contains(found));
        // Emptied by Backspace: everything again.
        for (qsizetype i = 0; i < typed.size(); ++i)
            QTest::keyClick(search, Qt::Key_Backspace);
        REQUIRE(search->text().isEmpty());
        CHECK(QTest::qWaitFor([&] { return view->model()->rowCount() == 2; },
                              staffui::kSearchPauseMs * 10));
    }
}

TEST_CASE("an employer search that finds nobody says so in the list, and what to do", "[ui][staff]")
{
    Desk d;
    auto* page = d.show("employers");
    auto* view = child<QTableView>(page, "employerTable");
    auto* empty = child<QLabel>(view->viewport(), "employerTableEmpty");
    // None registered yet: the list says how to start.
    REQUIRE(view->model()->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(QStringLiteral("No employer is registered yet")));
    d.employer(0, true);
    page->refresh();
    REQUIRE(view->model()->rowCount() == 1);
    CHECK_FALSE(empty->isVisible());

    type(page, "employerSearch", QStringLiteral("邕宁建筑"));
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 0; },
                            staffui::kSearchPauseMs * 10));
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(QStringLiteral("No employer on record matches \"邕宁建筑\".")));
    // Within the list, not over the header, and as wide as the list.
    CHECK(empty->geometry().top() >= 0);
    CHECK(empty->width() > view->viewport()->width() / 2);
    // Only among those not verified: the clerk is told to look among them all.
    auto* filter = child<QComboBox>(page, "employerFilter");
    filter->setCurrentIndex(filter->findData(int(EmployerRepository::Filter::Unverified)));
    REQUIRE(QTest::qWaitFor([&] { return empty->text().contains(QStringLiteral("All employers")); },
                            2000));
    // Found again: the words go.
    type(page, "employerSearch", QStringLiteral("测试0"));
    filter->setCurrentIndex(filter->findData(int(EmployerRepository::Filter::All)));
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; },
                            staffui::kSearchPauseMs * 10));
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("from the keyboard: Ctrl+F finds, Ctrl+N puts the cursor in a new form", "[ui][staff]")
{
    Desk d;
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    const auto press = [&d](Qt::Key key) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : d.w.get();
        QTest::keyClick(target, key, Qt::ControlModifier);
    };
    const auto focused = [] {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    };

    // Ctrl+F on every page with a search box, wherever the cursor was.
    for (const auto& [page, box, elsewhere] :
         {std::tuple{"employers", "employerName", "employerSearch"},
          std::tuple{"matching", "matchSubject", "matchSearch"},
          std::tuple{"jobs", "jobTitle", "jobSearch"}, std::tuple{"queue", "", "queueNumber"}}) {
        INFO(page);
        auto* p = d.show(page);
        if (*box)
            child<QWidget>(p, box)->setFocus();
        press(Qt::Key_F);
        CHECK(focused() == QLatin1String(elsewhere));
    }

    // Ctrl+N on the jobs page: the cursor in the first field of the new posting.
    auto* jobs = d.show("jobs");
    child<QWidget>(jobs, "jobSearch")->setFocus();
    press(Qt::Key_N);
    CHECK(focused() == QLatin1String("jobEmployer"));

    // Ctrl+N on the complaints page, then typing and Enter: recorded, nothing lost. A refusal's
    // message moves no button.
    auto* complaints = d.show("complaints");
    {
        auto* record = child<QWidget>(complaints, "complaintRecord");
        const QPoint before = record->mapTo(d.w.get(), QPoint());
        click(complaints, "complaintRecord");
        REQUIRE(child<QLabel>(complaints, "complaintMessage")->isVisible());
        CHECK(record->mapTo(d.w.get(), QPoint()) == before);
    }
    child<QWidget>(complaints, "complaintShowClosed")->setFocus();
    press(Qt::Key_N);
    REQUIRE(focused() == QLatin1String("complaintCategory"));
    typeInto(QApplication::focusWidget(), QStringLiteral("工资拖欠"));
    CHECK(textOf(complaints, "complaintCategory") == QStringLiteral("工资拖欠"));
    type(complaints, "complaintPhone", QStringLiteral("13907711234"));
    const int before = d.t.count(QStringLiteral("complaint"));
    QTest::keyClick(child<QWidget>(complaints, "complaintPhone"), Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("complaint")) == before + 1);

    // A second Ctrl+N is asked for on an unsaved new registration; the cursor goes to the form.
    auto* seekers = d.show("seekers");
    press(Qt::Key_N);
    type(seekers, "seekerName", QStringLiteral("韦小宝"));
    child<QWidget>(seekers, "seekerLookup")->setFocus();
    press(Qt::Key_N);
    CHECK(focused() == QLatin1String("seekerName"));
    CHECK(textOf(seekers, "seekerName") == QStringLiteral("韦小宝"));
}

TEST_CASE("a complaint names the employer it is about, and the employer's page counts them",
          "[ui][staff]")
{
    Desk d;
    const QString firm = d.employer(0, true);
    d.employer(1, true);
    auto* complaints = d.show("complaints");
    complaints->refresh();
    auto* about = child<QComboBox>(complaints, "complaintEmployer");
    CHECK(about->count() == 2);
    CHECK(about->currentText().isEmpty()); // nobody, unless the clerk says so
    type(complaints, "complaintCategory", QStringLiteral("工资拖欠"));
    type(complaints, "complaintPhone", QStringLiteral("13907711234"));
    // What happened, in more than one line; Enter starts the next one.
    typeText(complaints, "complaintDescription", QStringLiteral("十月做了12天"));
    QTest::keyClick(child<QWidget>(complaints, "complaintDescription"), Qt::Key_Return);
    typeInto(child<QWidget>(complaints, "complaintDescription"), QStringLiteral("工资未结"));
    CHECK(d.t.count(QStringLiteral("complaint")) == 0);
    // A name that is not on record: refused, marked, everything kept.
    typeInto(about->lineEdit(), QStringLiteral("某某劳务"));
    click(complaints, "complaintRecord");
    CHECK(d.t.count(QStringLiteral("complaint")) == 0);
    CHECK(markedInvalid(complaints, "complaintEmployer"));
    CHECK(textOf(complaints, "complaintMessage").contains(QStringLiteral("Employer")));
    CHECK(textOf(complaints, "complaintCategory") == QStringLiteral("工资拖欠"));
    CHECK(about->currentText() == QStringLiteral("某某劳务"));
    // Chosen from the list: recorded with it.
    about->lineEdit()->clear();
    typeInto(about->lineEdit(), QStringLiteral("广西测试0劳务有限公司"));
    click(complaints, "complaintRecord");
    REQUIRE(d.t.count(QStringLiteral("complaint")) == 1);
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("employer_id = '%1'").arg(firm)) ==
          1);
    CHECK(d.t.count(QStringLiteral("complaint"),
                    QStringLiteral("description = '十月做了12天\n工资未结'")) == 1);
    CHECK(about->currentText().isEmpty());
    CHECK_FALSE(markedInvalid(complaints, "complaintEmployer"));
    CHECK(textOf(complaints, "complaintDetail")
              .contains(QStringLiteral("About employer: 广西测试0劳务有限公司")));
    // A request about nobody in particular.
    type(complaints, "complaintCategory", QStringLiteral("咨询社保"));
    type(complaints, "complaintPhone", QStringLiteral("13907711235"));
    click(complaints, "complaintRecord");
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("employer_id = ''")) == 1);
    // What was said about the one just recorded leaves when the clerk chooses another.
    REQUIRE(textOf(complaints, "complaintMessage").contains(QStringLiteral("Recorded")));
    const int otherRow =
        column(complaints, "complaintTable", 1).indexOf(QStringLiteral("工资拖欠"));
    REQUIRE(otherRow >= 0);
    selectRow(complaints, "complaintTable", otherRow);
    CHECK(textOf(complaints, "complaintMessage").isEmpty());
    CHECK(textOf(complaints, "complaintDetail").contains(QStringLiteral("About employer")));
    // The form below stays where it is whichever is chosen (details of two lines or one).
    auto* recordButton = child<QWidget>(complaints, "complaintRecord");
    QCoreApplication::processEvents();
    const QPoint withEmployer = recordButton->mapTo(d.w.get(), QPoint());
    selectRow(complaints, "complaintTable",
              column(complaints, "complaintTable", 1).indexOf(QStringLiteral("咨询社保")));
    QCoreApplication::processEvents();
    CHECK_FALSE(textOf(complaints, "complaintDetail").contains(QStringLiteral("About employer")));
    CHECK(recordButton->mapTo(d.w.get(), QPoint()) == withEmployer);

    auto* employers = d.show("employers");
    employers->refresh();
    const int row =
        column(employers, "employerTable", 0).indexOf(QStringLiteral("广西测试0劳务有限公司"));
    REQUIRE(row >= 0);
    selectRow(employers, "employerTable", row);
    CHECK(textOf(employers, "employerComplaints") ==
          QStringLiteral("Complaints recorded about it: 1 · 1 still open"));
    const int other =
        column(employers, "employerTable", 0).indexOf(QStringLiteral("广西测试1劳务有限公司"));
    selectRow(employers, "employerTable", other);
    CHECK(textOf(employers, "employerComplaints") ==
          QStringLiteral("No complaint recorded about it."));
}

TEST_CASE("the industry follows the trade until the clerk writes another, and is stored in Chinese",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    auto* page = d.show("jobs");
    click(page, "jobNew");
    auto* industry = child<QComboBox>(page, "jobIndustry");
    chooseData(page, "jobOccupation", QStringLiteral("装卸搬运"));
    CHECK(industry->currentData().toString() == QStringLiteral("交通运输仓储和邮政业"));
    // Changed trade, changed industry: it was the trade's own.
    chooseData(page, "jobOccupation", QStringLiteral("维修安装"));
    CHECK(industry->currentData().toString() == QStringLiteral("居民服务"));
    // The industry reads in the interface's language.
    CHECK(industry->currentText() == QStringLiteral("Household services"));

    // Saved, it is stored by its Chinese name.
    chooseData(page, "jobEmployer", employer);
    type(page, "jobTitle", QStringLiteral("热水器安装"));
    type(page, "jobAddress", QStringLiteral("五象大道88号"));
    type(page, "jobHours", QStringLiteral("8:00-17:00"));
    typeText(page, "jobSkills", QStringLiteral("有电工证"));
    type(page, "jobPayMin", QStringLiteral("180"));
    type(page, "jobPayMax", QStringLiteral("220"));
    click(page, "jobSave");
    INFO(textOf(page, "jobMessage").toStdString());
    REQUIRE(d.t.count(QStringLiteral("job")) == 1);
    const QString id =
        d.t->database().scalar(QStringLiteral("SELECT id FROM job")).value().toString();
    CHECK(d.stored(entities::job(), id).value(QLatin1String("industry")).toString() ==
          QStringLiteral("居民服务"));

    // An industry the clerk wrote stays when the trade changes.
    click(page, "jobNew");
    chooseData(page, "jobOccupation", QStringLiteral("装卸搬运"));
    industry->setEditText(QStringLiteral("批发和零售业"));
    chooseData(page, "jobOccupation", QStringLiteral("维修安装"));
    CHECK(industry->currentText() == QStringLiteral("批发和零售业"));
    // A listed industry typed in the interface's language is stored by its Chinese name.
    industry->setEditText(QStringLiteral("construction"));
    CHECK(page->findChild<StaffJobEditor*>()->industry() == QStringLiteral("建筑业"));
}

TEST_CASE("matching: the chosen job's hours, address and asks are read before it is recommended, "
          "and an age it names that the person is past comes first",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    QJsonObject night = jobPosting(employer, QStringLiteral("仓库夜班保洁"));
    night.insert(QStringLiteral("work_hours"), QStringLiteral("22:00-6:00"));
    night.insert(QStringLiteral("skills"), QStringLiteral("45岁以下，\n能吃苦"));
    auto job = jobs.post(night, clerkAccount());
    REQUIRE(job.ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    // Born 1 January 1960: 66.
    auto older = desk.registerSeeker(
        seekerForm(3, QStringLiteral("韦国强"), {QStringLiteral("家政保洁")}), clerkAccount());
    REQUIRE(older.ok());

    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(older->id);
    REQUIRE(column(matching, "matchResults", 1) == QStringList{QStringLiteral("仓库夜班保洁")});
    CHECK(textOf(matching, "matchWhy")
              .startsWith(QStringLiteral(
                  "Why it fits: the posting says \"45岁以下\", the person is 66: ask the "
                  "employer first")));
    const QString job0 = child<QLabel>(matching, "matchParticulars")->toolTip();
    INFO(job0.toStdString());
    // One line, whatever breaks the words hold.
    CHECK(job0.startsWith(QStringLiteral("The job: hours 22:00-6:00 · at 民族大道1号 · asks: "
                                         "45岁以下， 能吃苦")));
    CHECK(!textOf(matching, "matchParticulars").isEmpty());
    CHECK(!textOf(matching, "matchParticulars").contains(QLatin1Char('\n')));
    // Hours a kiosk left open are said once.
    QJsonObject open = d.stored(entities::job(), job->id);
    open.insert(QStringLiteral("work_hours"), QStringLiteral("工作时间可商量"));
    REQUIRE(d.t->store().save(entities::job(), job->id, open).ok());
    matching->openSeeker(older->id);
    CHECK(child<QLabel>(matching, "matchParticulars")
              ->toolTip()
              .startsWith(QStringLiteral("The job: 工作时间可商量 · at 民族大道1号")));

    // From the posting's side: the person's age.
    matching->openJob(job->id);
    REQUIRE(column(matching, "matchResults", 1).size() == 1);
    CHECK(child<QLabel>(matching, "matchParticulars")
              ->toolTip()
              .startsWith(QStringLiteral("The person: age 66")));
    // Nothing chosen, nothing said.
    child<QTableView>(matching, "matchResults")->clearSelection();
    CHECK(textOf(matching, "matchParticulars").isEmpty());
}

TEST_CASE("a person's wishes read once each, and a wish left open reads as such", "[ui][staff]")
{
    Desk d;
    // As a record may come from elsewhere: a trade twice, no district.
    QJsonObject person{{QStringLiteral("name"), QStringLiteral("谢海军")},
                       {QStringLiteral("id_number"), idNumber(1)},
                       {QStringLiteral("phone"), QStringLiteral("13907715678")},
                       {QStringLiteral("wanted_occupations"),
                        QJsonArray{QStringLiteral("装卸搬运"), QStringLiteral("装卸搬运")}},
                       {QStringLiteral("wanted_districts"), QJsonArray{}},
                       {QStringLiteral("availability"), QStringLiteral("now")},
                       {QStringLiteral("tier"), QStringLiteral("general")}};
    const QString id = EntityStore::newId();
    REQUIRE(d.t->store().save(entities::seeker(), id, person).ok());
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(id);
    const QString summary = textOf(matching, "matchSummary");
    INFO(summary.toStdString());
    const QString loading = d.t->reference().displayName(QStringLiteral("装卸搬运"));
    CHECK(summary.contains(QStringLiteral("wants: ") + loading + QStringLiteral(" · ")));
    CHECK(summary.count(loading) == 1);
    CHECK(summary.contains(QStringLiteral("in: anywhere")));
}

TEST_CASE("the review decisions stay in place and in sight whatever messages appear", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    for (const char* title : {"搬家帮工", "小区保洁员"}) {
        d.kioskPosting(employer, QString::fromUtf8(title));
    }
    auto* page = d.show("review");
    QCoreApplication::processEvents();
    const auto box = [&d, page](const char* name) {
        QWidget* w = child<QWidget>(page, name);
        return QRect(w->mapTo(d.w.get(), QPoint()), w->size());
    };
    const QRect publish = box("reviewPublish");
    const QRect reject = box("reviewReject");
    CHECK(d.w->rect().contains(reject));

    // Refused without a reason: a message appears; nothing moves.
    click(page, "reviewReject");
    QCoreApplication::processEvents();
    CHECK(box("reviewPublish") == publish);
    CHECK(markedInvalid(page, "reviewReason"));
    // Published: a status line appears and the next posting opens; nothing moves either, and
    // the next posting's reason box is not marked for the refusal of the one before.
    click(page, "reviewPublish");
    QCoreApplication::processEvents();
    CHECK_FALSE(markedInvalid(page, "reviewReason"));
    CHECK(box("reviewPublish") == publish);
    CHECK(box("reviewReject") == reject);
    CHECK(child<QWidget>(page, "reviewReject")->isVisible());
}

TEST_CASE("a double click on publish decides one posting, not the next one too", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    for (const char* title : {"搬家帮工", "小区保洁员"}) {
        d.kioskPosting(employer, QString::fromUtf8(title));
    }
    auto* page = d.show("review");
    auto* publish = child<QPushButton>(page, "reviewPublish");
    doubleClick(publish);
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("status = 'published'")) == 1);
    CHECK(column(page, "reviewTable", 0).size() == 1);
    // The next posting is open, its decisions held only for a moment.
    CHECK(!textOf(page, "jobTitle").isEmpty());
    CHECK_FALSE(publish->isEnabled());
    CHECK(QTest::qWaitFor([publish] { return publish->isEnabled(); }, 3000));
    click(page, "reviewPublish");
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("status = 'published'")) == 2);
}

TEST_CASE("messages on the employer and posting forms move no field or button", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, false);
    const auto box = [&d](QWidget* page, const char* name) {
        QWidget* w = child<QWidget>(page, name);
        return QRect(w->mapTo(d.w.get(), QPoint()), w->size());
    };
    // Wrapped labels settle over a few rounds of layout.
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    };

    auto* employers = d.show("employers");
    settle();
    const QRect name = box(employers, "employerName");
    const QRect code = box(employers, "employerCreditCode");
    click(employers, "employerSave"); // nothing typed: refused with a message
    settle();
    CHECK(child<QWidget>(employers, "employerMessage")->isVisible());
    // Below the scrolling form, in sight whatever its scroll.
    {
        QWidget* viewport =
            child<QWidget>(employers, "employerName")->parentWidget()->parentWidget();
        CHECK(box(employers, "employerMessage").top() >=
              viewport->mapTo(d.w.get(), QPoint(0, viewport->height())).y());
        CHECK(d.w->rect().contains(box(employers, "employerMessage")));
    }
    CHECK(box(employers, "employerName") == name);
    CHECK(box(employers, "employerCreditCode") == code);
    static_cast<StaffEmployersPage*>(employers)->openEmployer(employer);
    settle();
    const QRect blacklist = box(employers, "employerBlacklist");
    click(employers, "employerBlacklist"); // no reason: a message appears
    settle();
    CHECK(child<QWidget>(employers, "employerMessage")->isVisible());
    CHECK(box(employers, "employerBlacklist") == blacklist);
    type(employers, "employerBlacklistReason", QStringLiteral("虚假招聘")); // and goes again
    settle();
    CHECK_FALSE(child<QWidget>(employers, "employerMessage")->isVisible());
    CHECK(box(employers, "employerBlacklist") == blacklist);

    // A new posting: choosing the employer names what is still needed, above the buttons.
    auto* jobs = d.show("jobs");
    click(jobs, "jobNew");
    settle();
    const QRect title = box(jobs, "jobTitle");
    const QRect save = box(jobs, "jobSave");
    chooseData(jobs, "jobEmployer", employer);
    settle();
    CHECK(textOf(jobs, "jobMessage")
              .contains(QStringLiteral("Not ready to save yet. Please fill in: ")));
    CHECK(child<QWidget>(jobs, "jobMessage")->isVisible());
    CHECK(box(jobs, "jobTitle") == title);
    CHECK(box(jobs, "jobSave") == save);
    // The message sits between the form and the buttons, in sight.
    CHECK(box(jobs, "jobMessage").top() >=
          child<QWidget>(jobs, "jobEditor")->parentWidget()->mapTo(d.w.get(), QPoint()).y());
    CHECK(box(jobs, "jobMessage").bottom() < save.top());
}

TEST_CASE("registering a credit code already known keeps what was typed and names the employer",
          "[ui][staff]")
{
    Desk d;
    d.employer(0, true); // 广西测试0劳务有限公司, creditCode(0)
    auto* page = d.show("employers");
    click(page, "employerNew");
    type(page, "employerName", QStringLiteral("南宁新来劳务有限公司"));
    type(page, "employerCreditCode", creditCode(0));
    type(page, "employerContactName", QStringLiteral("李经理"));
    type(page, "employerContactPhone", QStringLiteral("13900001111"));
    click(page, "employerSave");
    // Nothing new, nothing lost: the form still holds what was typed, the code is marked, and
    // the message and the list name the employer that has it.
    CHECK(d.t.count(QStringLiteral("employer")) == 1);
    CHECK(textOf(page, "employerName") == QStringLiteral("南宁新来劳务有限公司"));
    CHECK(textOf(page, "employerContactName") == QStringLiteral("李经理"));
    CHECK(textOf(page, "employerContactPhone") == QStringLiteral("13900001111"));
    CHECK(markedInvalid(page, "employerCreditCode"));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("广西测试0劳务有限公司")));
    CHECK(column(page, "employerTable", 0) == QStringList{QStringLiteral("广西测试0劳务有限公司")});

    // The code alone is enough to be told: not first asked for a contact that is not needed.
    click(page, "employerNew");
    for (const char* field : {"employerName", "employerContactName", "employerContactPhone"})
        type(page, field, QString());
    type(page, "employerCreditCode", creditCode(0));
    click(page, "employerSave");
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("already registered")));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("广西测试0劳务有限公司")));
    CHECK_FALSE(markedInvalid(page, "employerContactName"));
    CHECK(d.t.count(QStringLiteral("employer")) == 1);
}

TEST_CASE("a posting changed elsewhere is shown as it now stands unless the clerk is editing it",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer, QStringLiteral("仓库搬运工")), clerkAccount());
    REQUIRE(job.ok());
    auto* page = d.show("jobs");
    page->refresh();
    selectRow(page, "jobTable", 0);
    REQUIRE(textOf(page, "jobTitle") == QStringLiteral("仓库搬运工"));

    // Saved here: refreshing keeps the clerk's confirmation.
    type(page, "jobTitle", QStringLiteral("仓库搬运工（日结）"));
    click(page, "jobSave");
    const QString saved = textOf(page, "jobMessage");
    INFO(saved.toStdString());
    REQUIRE(saved.contains(QStringLiteral("saved")));
    page->refresh();
    CHECK(textOf(page, "jobMessage") == saved);

    // Changed elsewhere while untouched here: shown as it now stands, and said so.
    QJsonObject other = d.stored(entities::job(), job->id);
    other.insert(QStringLiteral("headcount"), 9);
    REQUIRE(d.t->store().save(entities::job(), job->id, other).ok());
    page->refresh();
    CHECK(child<QSpinBox>(page, "jobHeadcount")->value() == 9);
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("changed elsewhere")));

    // Changed elsewhere while the clerk is typing: what the clerk typed stays.
    type(page, "jobTitle", QStringLiteral("仓库理货员"));
    other.insert(QStringLiteral("headcount"), 12);
    REQUIRE(d.t->store().save(entities::job(), job->id, other).ok());
    page->refresh();
    CHECK(textOf(page, "jobTitle") == QStringLiteral("仓库理货员"));
    // Saved: the clerk's title and the headcount changed elsewhere, not the old one on screen.
    CHECK(child<QSpinBox>(page, "jobHeadcount")->value() == 9);
    click(page, "jobSave");
    INFO(textOf(page, "jobMessage").toStdString());
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("changed people wanted meanwhile")));
    const QJsonObject now = d.stored(entities::job(), job->id);
    CHECK(now.value(QLatin1String("title")).toString() == QStringLiteral("仓库理货员"));
    CHECK(now.value(QLatin1String("headcount")).toInt() == 12);
    CHECK(child<QSpinBox>(page, "jobHeadcount")->value() == 12);
    // Both changed the same field: what the clerk typed is saved, and the clerk is told.
    other = now;
    other.insert(QStringLiteral("title"), QStringLiteral("仓库理货（长期）"));
    type(page, "jobTitle", QStringLiteral("仓库理货员（日结）"));
    REQUIRE(d.t->store().save(entities::job(), job->id, other).ok());
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("had also changed title")));
    CHECK(d.stored(entities::job(), job->id).value(QLatin1String("title")).toString() ==
          QStringLiteral("仓库理货员（日结）"));
}

TEST_CASE("a posting published from the review queue says so when its page is back, not that it "
          "changed elsewhere",
          "[ui][staff]")
{
    Desk d;
    // An employer not verified yet: the posting waits for review.
    const QString employer = d.employer(0, false);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer, QStringLiteral("周末洗碗工")), clerkAccount());
    REQUIRE(job.ok());
    auto* page = d.show("jobs");
    page->refresh();
    selectRow(page, "jobTable", 0);
    REQUIRE(textOf(page, "jobTitle") == QStringLiteral("周末洗碗工"));

    auto* review = d.show("review");
    review->refresh();
    selectRow(review, "reviewTable", 0);
    REQUIRE(textOf(review, "jobTitle") == QStringLiteral("周末洗碗工"));
    click(review, "reviewPublish");
    if (d.stored(entities::job(), job->id).value(QLatin1String("status")).toString() !=
        QLatin1String("published"))
        click(review, "reviewPublish"); // a point to check asked about first
    REQUIRE(d.stored(entities::job(), job->id).value(QLatin1String("status")).toString() ==
            QLatin1String("published"));

    page = d.show("jobs");
    CHECK(textOf(page, "jobMessage") ==
          QStringLiteral("This posting is now %1; it is shown as it now stands.")
              .arg(StaffLabels::jobStatus(QStringLiteral("published"))));
    CHECK(textOf(page, "jobTitle") == QStringLiteral("周末洗碗工"));

    // Two postings wait; the clerk saves a third here for review. The queue, opened next,
    // shows that one, not the first in the list.
    for (const char* title : {"仓库搬运工", "食堂帮厨"})
        REQUIRE(jobs.post(jobPosting(employer, QString::fromUtf8(title)), clerkAccount()).ok());
    review = d.show("review");
    review->refresh();
    selectRow(review, "reviewTable", 0);
    // A posting typed and saved here, for the employer not verified: it goes to review. Returns
    // what the page said.
    const auto sendToReview = [&](const QString& title) {
        page = d.show("jobs");
        // No skills typed: the posting says it asks for none.
        typeNewPosting(page, employer, title, QStringLiteral("厨师帮厨"), QString(),
                       QStringLiteral("星光大道168号"), QStringLiteral("10:00-21:00"));
        chooseData(page, "jobPayUnit", QStringLiteral("day"));
        type(page, "jobPayMin", QStringLiteral("180"));
        type(page, "jobPayMax", QStringLiteral("200"));
        click(page, "jobSave");
        return textOf(page, "jobMessage").toStdString();
    };
    INFO(sendToReview(QStringLiteral("周末厨房帮工")));
    REQUIRE(d.t.count(QStringLiteral("job"), QStringLiteral("title = '周末厨房帮工' AND status = "
                                                            "'pending_review'")) == 1);
    CHECK(d.t.count(QStringLiteral("job"),
                    QStringLiteral("title = '周末厨房帮工' AND skills = '无特别要求'")) == 1);
    review = d.show("review");
    CHECK(textOf(review, "jobTitle") == QStringLiteral("周末厨房帮工"));
    CHECK(column(review, "reviewTable", 0).indexOf(QStringLiteral("周末厨房帮工")) != 0);
    // Only once: chosen again in the queue, another posting stays chosen.
    selectRow(review, "reviewTable", 1);
    const QString other = textOf(review, "jobTitle");
    CHECK(other != QStringLiteral("周末厨房帮工"));
    review->refresh();
    CHECK(textOf(review, "jobTitle") == other);

    // Sent to review by a clerk who then signed out: the next one's queue is as it was.
    INFO(sendToReview(QStringLiteral("夜班理货员")));
    REQUIRE(d.t.count(QStringLiteral("job"), QStringLiteral("title = '夜班理货员'")) == 1);
    d.w->signOut();
    d.w->startSession(d.admin);
    review = d.show("review");
    CHECK(textOf(review, "jobTitle") != QStringLiteral("夜班理货员"));
}

TEST_CASE("a registration or employer changed at another window while open is neither shown "
          "stale nor put back by a save",
          "[ui][staff]")
{
    Desk d;
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    auto person = desk.seekers().registerSeeker(seekerForm(1, QStringLiteral("王小明")));
    REQUIRE(person.ok());
    auto* page = d.show("seekers");
    auto* seekers = static_cast<StaffSeekersPage*>(page);
    page->refresh();
    clickRow(page, "seekerTable", 0);
    REQUIRE(seekers->currentId() == person->id);

    // Another window's change arrives while nothing is typed: the form shows it.
    auto elsewhere = [&](const char* key, const QString& value) {
        QJsonObject other = d.stored(entities::seeker(), person->id);
        other.insert(QLatin1String(key), value);
        REQUIRE(d.t->store().save(entities::seeker(), person->id, other).ok());
        page->refresh();
    };
    elsewhere("skills", QStringLiteral("B第二次修改"));
    CHECK(textOf(page, "seekerSkills") == QStringLiteral("B第二次修改"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("changed elsewhere")));

    // One arrives while the clerk types the notes: the form keeps the typing, and the save keeps
    // the other change.
    type(page, "seekerNotes", QStringLiteral("周末可上工"));
    elsewhere("skills", QStringLiteral("会开叉车"));
    CHECK(textOf(page, "seekerNotes") == QStringLiteral("周末可上工"));
    click(page, "seekerSave");
    QJsonObject now = d.stored(entities::seeker(), person->id);
    CHECK(now.value(QLatin1String("skills")).toString() == QStringLiteral("会开叉车"));
    CHECK(now.value(QLatin1String("notes")).toString() == QStringLiteral("周末可上工"));
    CHECK(textOf(page, "seekerSkills") == QStringLiteral("会开叉车"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("changed skills meanwhile")));
    // The change queued for the platform carries both.
    CHECK(d.t.count(QStringLiteral("outbox"),
                    QStringLiteral("entity = 'seeker' AND data LIKE '%会开叉车%' AND data LIKE "
                                   "'%周末可上工%'")) == 1);

    // An employer: the same.
    const QString employer = d.employer(0, true);
    auto* employers = d.show("employers");
    employers->refresh();
    selectRow(employers, "employerTable", 0);
    auto employerElsewhere = [&](const QString& phone) {
        QJsonObject other = d.stored(entities::employer(), employer);
        QJsonObject contact = other.value(QLatin1String("contact")).toObject();
        contact.insert(QStringLiteral("phone"), phone);
        other.insert(QStringLiteral("contact"), contact);
        REQUIRE(d.t->store().save(entities::employer(), employer, other).ok());
        employers->refresh();
    };
    employerElsewhere(QStringLiteral("13800000009"));
    CHECK(textOf(employers, "employerContactPhone") == QStringLiteral("13800000009"));
    type(employers, "employerAddress", QStringLiteral("南宁市青秀区民族大道100号"));
    employerElsewhere(QStringLiteral("13800000010"));
    click(employers, "employerSave");
    const QJsonObject saved = d.stored(entities::employer(), employer);
    CHECK(saved.value(QLatin1String("contact")).toObject().value(QLatin1String("phone")) ==
          QStringLiteral("13800000010"));
    CHECK(saved.value(QLatin1String("address")).toString() ==
          QStringLiteral("南宁市青秀区民族大道100号"));
    CHECK(textOf(employers, "employerMessage").contains(QStringLiteral("changed contact")));
}

TEST_CASE("opening another posting keeps unsaved changes for when the clerk comes back",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    for (const char* title : {"仓库搬运工", "小区保洁员"})
        REQUIRE(jobs.post(jobPosting(employer, QString::fromUtf8(title)), clerkAccount()).ok());
    auto* page = d.show("jobs");
    page->refresh();

    // A new posting half typed, then a click on a posting in the list.
    click(page, "jobNew");
    type(page, "jobTitle", QStringLiteral("贴瓷砖师傅"));
    type(page, "jobPayMin", QStringLiteral("300"));
    selectRow(page, "jobTable", 0);
    const QString first = textOf(page, "jobTitle");
    CHECK(first != QStringLiteral("贴瓷砖师傅"));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("the new posting")));

    // A correction to that one, then the other posting: both kept aside.
    type(page, "jobAddress", QStringLiteral("友爱南路22号"));
    selectRow(page, "jobTable", 1);
    CHECK(textOf(page, "jobAddress") != QStringLiteral("友爱南路22号"));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("\"") + first + QStringLiteral("\"")));
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("address = '友爱南路22号'")) == 0);

    // Back to each: what was typed is there again.
    selectRow(page, "jobTable", 0);
    CHECK(textOf(page, "jobAddress") == QStringLiteral("友爱南路22号"));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("unsaved changes are back")));
    click(page, "jobNew");
    CHECK(textOf(page, "jobTitle") == QStringLiteral("贴瓷砖师傅"));
    CHECK(textOf(page, "jobPayMin") == QStringLiteral("300"));
    CHECK(textOf(page, "jobPayMax").isEmpty());

    // New posting pressed on the unsaved new one: the second press clears it.
    click(page, "jobNew");
    CHECK(textOf(page, "jobTitle") == QStringLiteral("贴瓷砖师傅"));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("press New posting again")));
    click(page, "jobNew"); // the second click of a double click: not a second press
    CHECK(textOf(page, "jobTitle") == QStringLiteral("贴瓷砖师傅"));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "jobNew");
    CHECK(textOf(page, "jobTitle").isEmpty());

    // Saved changes are not kept aside: reopening shows the posting as stored, quietly.
    selectRow(page, "jobTable", 0);
    CHECK(textOf(page, "jobAddress") == QStringLiteral("友爱南路22号"));
    click(page, "jobSave");
    selectRow(page, "jobTable", 1);
    selectRow(page, "jobTable", 0);
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("back")));
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("address = '友爱南路22号'")) == 1);
}

TEST_CASE("corrections typed in review stay with their posting when the clerk looks at another",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    for (const char* title : {"搬家帮工", "仓库理货"}) {
        d.kioskPosting(employer, QString::fromUtf8(title));
    }
    auto* page = d.show("review");
    const QString first = textOf(page, "jobTitle");
    type(page, "jobPayMax", QStringLiteral("260"));
    selectRow(page, "reviewTable", 1);
    CHECK(textOf(page, "jobTitle") != first);
    CHECK_FALSE(textOf(page, "jobPayMax").contains(QStringLiteral("260")));
    selectRow(page, "reviewTable", 0);
    CHECK(textOf(page, "jobTitle") == first);
    CHECK(textOf(page, "jobPayMax") == QStringLiteral("260"));
    // Published with the correction: nothing is kept aside for it any more.
    click(page, "reviewPublish");
    CHECK(d.t.count(QStringLiteral("job"),
                    QStringLiteral("status = 'published' AND pay_max = 260")) == 1);
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("kept")));
}

TEST_CASE("opening another employer keeps unsaved changes, verifying leaves no cursor in a reason",
          "[ui][staff]")
{
    Desk d;
    const QString first = d.employer(0, false);
    const QString second = d.employer(1, false);
    auto* page = static_cast<StaffEmployersPage*>(d.show("employers"));
    page->refresh();

    // A new employer half typed, then another one opened from the list.
    type(page, "employerName", QStringLiteral("南宁鑫达装修工程有限公司"));
    type(page, "employerContactName", QStringLiteral("韦先生"));
    page->openEmployer(first);
    CHECK(textOf(page, "employerName") == QStringLiteral("广西测试0劳务有限公司"));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("the new employer")));
    // A change to that one, then the second: kept aside too, nothing saved.
    type(page, "employerNotes", QStringLiteral("周一来补营业执照"));
    page->openEmployer(second);
    CHECK(textOf(page, "employerNotes").isEmpty());
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("广西测试0劳务有限公司")));
    CHECK(d.stored(entities::employer(), first).value(QLatin1String("notes")).toString().isEmpty());

    page->openEmployer(first);
    CHECK(textOf(page, "employerNotes") == QStringLiteral("周一来补营业执照"));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("unsaved changes are back")));
    // Verifying keeps the typed note in the form, and the cursor leaves the reason fields.
    child<QWidget>(page, "employerVerify")->setFocus();
    click(page, "employerVerify");
    CHECK(EmployerService::isVerified(d.stored(entities::employer(), first)));
    CHECK(textOf(page, "employerNotes") == QStringLiteral("周一来补营业执照"));
    QWidget* focus = page->focusWidget();
    CHECK(focus != child<QWidget>(page, "employerRefuseNote"));
    CHECK(focus != child<QWidget>(page, "employerBlacklistReason"));
    CHECK(focus == child<QWidget>(page, "employerTable"));

    click(page, "employerNew");
    CHECK(textOf(page, "employerName") == QStringLiteral("南宁鑫达装修工程有限公司"));
    CHECK(textOf(page, "employerContactName") == QStringLiteral("韦先生"));
    // New employer pressed on the unsaved new one: asked once, cleared on the second press.
    click(page, "employerNew");
    CHECK(textOf(page, "employerName") == QStringLiteral("南宁鑫达装修工程有限公司"));
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("press New employer again")));
    click(page, "employerNew"); // the second click of a double click: not a second press
    CHECK(textOf(page, "employerName") == QStringLiteral("南宁鑫达装修工程有限公司"));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "employerNew");
    CHECK(textOf(page, "employerName").isEmpty());
    CHECK(d.t.count(QStringLiteral("employer")) == 2);
}

TEST_CASE("seekers for a job: the mobile to call is shown on request, and the showing logged",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(job.ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    const SeekerForm form = seekerForm(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")});
    REQUIRE(desk.registerSeeker(form, clerkAccount()).ok());

    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openJob(job->id);
    REQUIRE(column(matching, "matchResults", 1) == QStringList{QStringLiteral("蒙美玲")});
    const QString masked = textOf(matching, "matchCall");
    CHECK(masked.contains(QStringLiteral("蒙美玲")));
    CHECK(masked.contains(masking::phone(form.phone)));
    CHECK_FALSE(masked.contains(form.phone));
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'seeker_show_phone'")) ==
          0);
    click(matching, "matchRevealPhone");
    CHECK(textOf(matching, "matchCall").contains(form.phone));
    CHECK_FALSE(child<QWidget>(matching, "matchRevealPhone")->isEnabled());
    CHECK(d.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'seeker_show_phone'")) ==
          1);
    auto* accounts = d.show("accounts");
    CHECK(column(accounts, "auditTable", 2).contains(QStringLiteral("Seeker's mobile shown")));
}

// Four postings of one employer, the person's trade, paid 300, 280, 260 and 240 yuan a day:
// starting today, tomorrow, on 3 December and three days ago (still recruiting). Returns the
// last one's id.
static QString postFourStarts(Desk& d)
{
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    const QDate today = d.t.clock().today();
    // Paid differently so that they rank by pay where their fit is the same; the third starts
    // too late for the person, who can start now.
    const std::vector<std::pair<QDate, int>> starts = {
        {today, 300}, {today.addDays(1), 280}, {QDate(2026, 12, 3), 260}};
    for (const auto& [start, pay] : starts) {
        QJsonObject posting = jobPosting(employer);
        posting.insert(QStringLiteral("start_date"), start.toString(Qt::ISODate));
        posting.insert(QStringLiteral("valid_until"), QStringLiteral("2026-12-10"));
        posting.insert(QStringLiteral("pay"),
                       QJsonObject{{QStringLiteral("min"), pay},
                                   {QStringLiteral("max"), pay},
                                   {QStringLiteral("unit"), QStringLiteral("day")}});
        REQUIRE(jobs.post(posting, clerkAccount()).ok());
    }
    // One under way: posted last week, still recruiting.
    QJsonObject older = jobPosting(employer);
    older.insert(QStringLiteral("pay"),
                 QJsonObject{{QStringLiteral("min"), 240},
                             {QStringLiteral("max"), 240},
                             {QStringLiteral("unit"), QStringLiteral("day")}});
    auto posted = jobs.post(older, clerkAccount());
    REQUIRE(posted.ok());
    QJsonObject begun = d.stored(entities::job(), posted->id);
    begun.insert(QStringLiteral("start_date"), today.addDays(-3).toString(Qt::ISODate));
    REQUIRE(d.t->store().save(entities::job(), posted->id, begun).ok());
    return posted->id;
}

TEST_CASE("the jobs found for a person say when each starts and when it pays", "[ui][staff]")
{
    Desk d;
    const QString underWay = postFourStarts(d);
    const QJsonObject begun = d.stored(entities::job(), underWay);
    const QString person = d.seeker(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(person);
    QCoreApplication::processEvents();
    REQUIRE(column(matching, "matchResults", 4).size() == 4);
    CHECK(column(matching, "matchResults", 5) ==
          QStringList{QStringLiteral("today"), QStringLiteral("tomorrow"),
                      QStringLiteral("under way"), QStringLiteral("3 Dec")});
    // The pay says when it is paid, as the posting does.
    const QStringList pay = column(matching, "matchResults", 4);
    CHECK(pay.at(2) ==
          QStringLiteral("240 yuan/day · ") +
              StaffLabels::settlement(begun.value(QLatin1String("settlement")).toString()));
    for (const QString& p : pay)
        CHECK((p.endsWith(QStringLiteral(" · Paid daily")) ||
               p.endsWith(QStringLiteral(" · Paid weekly")) ||
               p.endsWith(QStringLiteral(" · Paid monthly")) ||
               p.endsWith(QStringLiteral(" · Paid on completion"))));
}

TEST_CASE("the jobs found for a person sort by a column's header and back to the best fit",
          "[ui][staff]")
{
    Desk d;
    const QString underWay = postFourStarts(d);
    const QString person = d.seeker(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(person);
    QCoreApplication::processEvents();
    auto* results = child<QTableView>(matching, "matchResults");
    const auto click = [&](int column) {
        QHeaderView* header = results->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                   header->height() / 2));
        QCoreApplication::processEvents();
    };
    const QStringList byFit = column(matching, "matchResults", 5);
    REQUIRE(byFit == QStringList{QStringLiteral("today"), QStringLiteral("tomorrow"),
                                 QStringLiteral("under way"), QStringLiteral("3 Dec")});
    // The job under way chosen: the choice stays with it whatever the order.
    selectRow(matching, "matchResults", 2);
    const auto chosen = [&] { return results->currentIndex().data(Qt::UserRole).toString(); };
    REQUIRE(chosen() == underWay);

    // Pay: the highest first, then the lowest first.
    click(4);
    CHECK(column(matching, "matchResults", 5) ==
          QStringList{QStringLiteral("today"), QStringLiteral("tomorrow"), QStringLiteral("3 Dec"),
                      QStringLiteral("under way")});
    CHECK(results->currentIndex().row() == 3);
    CHECK(chosen() == underWay);
    click(4);
    CHECK(column(matching, "matchResults", 5) ==
          QStringList{QStringLiteral("under way"), QStringLiteral("3 Dec"),
                      QStringLiteral("tomorrow"), QStringLiteral("today")});
    CHECK(chosen() == underWay);
    // A third click: the order they were found in, the best fit first.
    click(4);
    CHECK(column(matching, "matchResults", 5) == byFit);
    CHECK(results->currentIndex().row() == 2);

    // Start: by the date, not by the words for it.
    click(5);
    CHECK(column(matching, "matchResults", 5) ==
          QStringList{QStringLiteral("under way"), QStringLiteral("today"),
                      QStringLiteral("tomorrow"), QStringLiteral("3 Dec")});
    // Fit: the ranking's order, the best first (困难 people first among equals).
    click(0);
    CHECK(column(matching, "matchResults", 5) == byFit);
    click(0);
    CHECK(column(matching, "matchResults", 5) ==
          QStringList{QStringLiteral("3 Dec"), QStringLiteral("under way"),
                      QStringLiteral("tomorrow"), QStringLiteral("today")});
    // The order chosen holds when the list is found again.
    click(5);
    matching->openSeeker(person);
    QCoreApplication::processEvents();
    const QStringList byStart{QStringLiteral("under way"), QStringLiteral("today"),
                              QStringLiteral("tomorrow"), QStringLiteral("3 Dec")};
    CHECK(column(matching, "matchResults", 5) == byStart);
    // Seekers for a job have other columns: the ranking again, there and back.
    REQUIRE(results->horizontalHeader()->sortIndicatorSection() == 5);
    QTest::mouseClick(child<QPushButton>(matching, "matchModeJob"), Qt::LeftButton);
    CHECK(results->horizontalHeader()->sortIndicatorSection() == -1);
    QTest::mouseClick(child<QPushButton>(matching, "matchModeSeeker"), Qt::LeftButton);
    matching->openSeeker(person);
    QCoreApplication::processEvents();
    CHECK(results->horizontalHeader()->sortIndicatorSection() == -1);
    CHECK(column(matching, "matchResults", 5) == byFit);
}

TEST_CASE("the chosen match's reasons are read whole under the results, however narrow the column",
          "[ui][staff]")
{
    Desk d;
    d.w->resize(1366, 768);
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    QJsonObject near = jobPosting(employer, QStringLiteral("兴宁区小区保洁"));
    QJsonObject location = near.value(QLatin1String("location")).toObject();
    location.insert(QStringLiteral("district"), QStringLiteral("南宁市兴宁区"));
    near.insert(QStringLiteral("location"), location);
    REQUIRE(jobs.post(near, clerkAccount()).ok());
    REQUIRE(jobs.post(jobPosting(employer), clerkAccount()).ok());
    const QString person = d.seeker(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(person);
    QCoreApplication::processEvents();
    const QStringList why = column(matching, "matchResults", 7);
    REQUIRE(why.size() == 2);
    auto* line = child<QLabel>(matching, "matchWhy");
    // The first, chosen at once: its reasons whole.
    CHECK(line->text() == QStringLiteral("Why it fits: ") + why.at(0));
    // Another chosen: its own, the job's place and the person's told apart.
    selectRow(matching, "matchResults", 1);
    CHECK(line->text() == QStringLiteral("Why it fits: ") + why.at(1));
    CHECK(line->text().contains(
        QStringLiteral("same city (the job is in Xingning, the person wants Qingxiu)")));
    CHECK(line->fontMetrics().horizontalAdvance(line->text()) <= line->contentsRect().width());
    // Too narrow for them: cut with "…", whole in the tooltip; whole again when there is room.
    d.w->resize(1024, 768);
    QCoreApplication::processEvents();
    CHECK(line->text().endsWith(QChar(0x2026)));
    CHECK(line->toolTip() == QStringLiteral("Why it fits: ") + why.at(1));
    d.w->resize(1366, 768);
    QCoreApplication::processEvents();
    CHECK(line->text() == QStringLiteral("Why it fits: ") + why.at(1));
    // Recommended: nothing is chosen, and the line says so rather than keep the last reasons.
    click(matching, "matchRecommend");
    REQUIRE(d.t.count(QStringLiteral("application")) == 1);
    CHECK(line->text() == QStringLiteral("Choose a row to see why it fits."));
    // One line tall, in sight: the buttons below do not move for it.
    CHECK(line->height() <= line->fontMetrics().height() + 4);
}

TEST_CASE("matching: any open job is looked for by a few words and ranked for the person",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    d.postedJob(employer, QStringLiteral("小区保洁（日结）"));
    // A trade the person did not name, in a district they did not name: not among their best
    // matches, but the one they saw on the wall screen and ask about.
    QJsonObject wanda =
        jobPosting(employer, QStringLiteral("万达广场夜班保安"), QStringLiteral("保安"));
    QJsonObject location = wanda.value(QLatin1String("location")).toObject();
    location.insert(QStringLiteral("district"), QStringLiteral("南宁市西乡塘区"));
    wanda.insert(QStringLiteral("location"), location);
    auto guard = jobs.post(wanda, clerkAccount());
    REQUIRE(guard.ok());
    auto filled = jobs.post(
        jobPosting(employer, QStringLiteral("万达广场停车场保安"), QStringLiteral("保安")),
        clerkAccount());
    REQUIRE(filled.ok());
    REQUIRE(jobs.markFilled(filled->id, clerkAccount()).ok());
    const QString person = d.seeker(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    auto* among = child<QLineEdit>(matching, "matchAmongJobs");
    // Nobody chosen: nothing to look among.
    CHECK_FALSE(among->isEnabled());
    matching->openSeeker(person);
    QCoreApplication::processEvents();
    REQUIRE(among->isEnabled());
    CHECK(column(matching, "matchResults", 1) == QStringList{QStringLiteral("小区保洁（日结）")});

    // Enter: the open jobs with the words, ranked for the person with the reasons, and the
    // keyboard in the list; a filled posting is not among them.
    type(matching, "matchAmongJobs", QStringLiteral("万达"));
    QTest::keyClick(among, Qt::Key_Return);
    CHECK(column(matching, "matchResults", 1) == QStringList{QStringLiteral("万达广场夜班保安")});
    CHECK(textOf(matching, "matchMessage") ==
          QStringLiteral("1 open job(s) with \"万达\", ranked for this person."));
    CHECK(child<QTableView>(matching, "matchResults")->hasFocus());
    CHECK(column(matching, "matchResults", 7).at(0).startsWith(QStringLiteral("other trade (")));
    // Recommended like any match.
    click(matching, "matchRecommend");
    REQUIRE(d.t.count(QStringLiteral("application")) == 1);
    CHECK(column(matching, "matchPairings", 0) == QStringList{QStringLiteral("万达广场夜班保安")});
    CHECK(column(matching, "matchResults", 1).isEmpty());

    // The list follows the words once the clerk pauses, without Enter.
    type(matching, "matchAmongJobs", QStringLiteral("保安"));
    REQUIRE(QTest::qWaitFor(
        [matching] {
            return textOf(matching, "matchMessage") ==
                   QStringLiteral("The open jobs with \"保安\" are all among this person's "
                                  "recommendations below.");
        },
        3000));
    type(matching, "matchAmongJobs", QStringLiteral("木工"));
    REQUIRE(QTest::qWaitFor(
        [matching] {
            return textOf(matching, "matchMessage") ==
                   QStringLiteral("No open job has \"木工\" in its title, trade, place, "
                                  "employer or words.");
        },
        3000));
    CHECK(column(matching, "matchResults", 1).isEmpty());
    CHECK_FALSE(child<QPushButton>(matching, "matchRecommend")->isEnabled());
    // Emptied: the best matches again, the message gone.
    among->clear();
    REQUIRE(QTest::qWaitFor([matching] { return column(matching, "matchResults", 1).size() == 1; },
                            3000));
    CHECK(column(matching, "matchResults", 1) == QStringList{QStringLiteral("小区保洁（日结）")});
    CHECK(textOf(matching, "matchMessage").isEmpty());

    // The next person starts from their own best matches: the words are gone.
    type(matching, "matchAmongJobs", QStringLiteral("保洁"));
    const QString other = d.seeker(3, QStringLiteral("黄志强"), {QStringLiteral("家政保洁")});
    matching->openSeeker(other);
    QCoreApplication::processEvents();
    CHECK(among->text().isEmpty());
    QTest::qWait(500);
    CHECK(column(matching, "matchResults", 1) == QStringList{QStringLiteral("小区保洁（日结）")});

    // Matching for a posting has no such row: it finds people.
    click(matching, "matchModeJob");
    CHECK_FALSE(among->isVisibleTo(matching));
}

TEST_CASE("a job posted by a person hiring for themselves names them among the matches",
          "[ui][staff]")
{
    Desk d;
    // Posted at the kiosk's 我要招工 by 黄女士, no employer on record, published after the call.
    QJsonObject own = jobPosting(QString(), QStringLiteral("家政保洁（日结）"));
    own.remove(QStringLiteral("employer_id"));
    own.insert(QStringLiteral("employer_name"), QString());
    QJsonObject contact = own.value(QLatin1String("contact")).toObject();
    contact.insert(QStringLiteral("name"), QStringLiteral("黄女士"));
    own.insert(QStringLiteral("contact"), contact);
    own.insert(QStringLiteral("status"), QStringLiteral("published"));
    own.insert(QStringLiteral("source"), QStringLiteral("kiosk"));
    REQUIRE(d.t->store().save(entities::job(), EntityStore::newId(), own).ok());
    const QString person = d.seeker(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(person);
    REQUIRE(column(matching, "matchResults", 1) == QStringList{QStringLiteral("家政保洁（日结）")});
    CHECK(column(matching, "matchResults", 6) == QStringList{QStringLiteral("Individual: 黄女士")});
}

TEST_CASE("a double click on Recommend recommends one seeker, not the next one too", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(job.ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    for (int i : {2, 3})
        REQUIRE(desk.registerSeeker(seekerForm(i, QStringLiteral("求职者%1").arg(i),
                                               {QStringLiteral("家政保洁")}),
                                    clerkAccount())
                    .ok());
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openJob(job->id);
    REQUIRE(column(matching, "matchResults", 1).size() == 2);
    auto* recommend = child<QPushButton>(matching, "matchRecommend");
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    recommend->setFocus(Qt::MouseFocusReason);
    doubleClick(recommend);
    CHECK(d.t.count(QStringLiteral("application")) == 1);
    // Nothing is chosen after a recommendation: Enter on the list, however much later, neither
    // recommends the next one unread. The keyboard is in the list, not passed on to the button
    // that shows a mobile.
    auto* results = child<QTableView>(matching, "matchResults");
    CHECK(results->selectionModel()->selectedRows().isEmpty());
    CHECK_FALSE(recommend->isEnabled());
    CHECK(QApplication::focusWidget() == results);
    QTest::qWait(1500);
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 1);
    // Chosen (Space, or an arrow key, or a click), the next one is recommended.
    QTest::keyClick(results, Qt::Key_Space);
    CHECK(recommend->isEnabled());
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 2);
}

TEST_CASE("corrections kept aside for a posting decided at another window are let go",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    QStringList ids;
    for (const char* title : {"搬家帮工", "仓库理货", "超市理货"}) {
        ids << d.kioskPosting(employer, QString::fromUtf8(title));
    }
    auto* page = d.show("review");
    const QString first = textOf(page, "jobTitle");
    type(page, "jobPayMax", QStringLiteral("260"));
    selectRow(page, "reviewTable", 1);
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("kept")));
    // Review has no New posting button: the message does not point to one.
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("New posting")));

    // Another window publishes the first one.
    const QString firstId =
        d.t->database()
            .scalar(QStringLiteral("SELECT id FROM job WHERE title = ?"), {first})
            .value()
            .toString();
    QJsonObject elsewhere = d.stored(entities::job(), firstId);
    elsewhere.insert(QStringLiteral("status"), QStringLiteral("published"));
    REQUIRE(d.t->store().save(entities::job(), firstId, elsewhere).ok());
    page->refresh();
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("kept")));
    selectRow(page, "reviewTable", 1);
    selectRow(page, "reviewTable", 0);
    CHECK_FALSE(textOf(page, "jobMessage").contains(QStringLiteral("kept")));
}

TEST_CASE("after a recommendation the hint names whom to call about it, and the list stays where "
          "the clerk was",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(job.ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    QHash<QString, QString> phoneOf;
    for (int i : {2, 3, 4}) {
        const SeekerForm form =
            seekerForm(i, QStringLiteral("求职者%1").arg(i), {QStringLiteral("家政保洁")});
        REQUIRE(desk.registerSeeker(form, clerkAccount()).ok());
        phoneOf.insert(form.name, form.phone);
    }
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openJob(job->id);
    const QStringList before = column(matching, "matchResults", 1);
    REQUIRE(before.size() == 3);
    auto* results = child<QTableView>(matching, "matchResults");
    results->selectRow(1);
    const QString chosen = before[1];
    CHECK(textOf(matching, "matchCall").contains(chosen));
    QCoreApplication::processEvents();
    const QPoint rowsAt = results->viewport()->mapTo(d.w.get(), QPoint());
    const QPoint buttonAt = child<QWidget>(matching, "matchRecommend")->mapTo(d.w.get(), QPoint());

    click(matching, "matchRecommend");
    REQUIRE(d.t.count(QStringLiteral("application")) == 1);
    // The message that says so moves neither the rows nor the button.
    QCoreApplication::processEvents();
    CHECK(child<QWidget>(matching, "matchMessage")->isVisible());
    CHECK(results->viewport()->mapTo(d.w.get(), QPoint()) == rowsAt);
    CHECK(child<QWidget>(matching, "matchRecommend")->mapTo(d.w.get(), QPoint()) == buttonAt);
    // The one recommended left the list; the next one took its row, where the cursor stays,
    // not chosen.
    const QStringList after = column(matching, "matchResults", 1);
    REQUIRE(after.size() == 2);
    CHECK_FALSE(after.contains(chosen));
    CHECK(results->currentIndex().row() == 1);
    CHECK(results->selectionModel()->selectedRows().isEmpty());
    // The hint still names the person just recommended, says so, and the mobile shown is theirs.
    CHECK(textOf(matching, "matchCall").startsWith(QStringLiteral("Recommended %1:").arg(chosen)));
    CHECK_FALSE(textOf(matching, "matchCall").contains(after[1]));
    click(matching, "matchRevealPhone");
    CHECK(textOf(matching, "matchCall").contains(phoneOf.value(chosen)));
    // Moving down the list names the one chosen.
    results->selectRow(0);
    CHECK(textOf(matching, "matchCall").startsWith(QStringLiteral("Call %1").arg(after[0])));
    CHECK(child<QWidget>(matching, "matchRevealPhone")->isEnabled());
}

TEST_CASE("a posting's matching says how many of those wanted have started, and when it is filled",
          "[ui][staff]")
{
    Desk d;
    const QString job = d.postedJob(d.employer(0, true)); // two wanted
    for (int i : {2, 3, 4})                               // one more than wanted
        d.seeker(i, QStringLiteral("求职者%1").arg(i), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openJob(job);
    const QString base = textOf(matching, "matchSummary");
    CHECK(base.endsWith(QStringLiteral("2 people wanted")));
    const auto hire = [&] {
        selectRow(matching, "matchResults", 0);
        // (Held a moment after the last recommendation.)
        REQUIRE(QTest::qWaitFor(
            [&] { return child<QWidget>(matching, "matchRecommend")->isEnabled(); }, 5000));
        click(matching, "matchRecommend");
        click(matching, "outcome_hired");
        click(matching, "outcome_hired");
    };
    hire();
    CHECK(textOf(matching, "matchSummary") == base + QStringLiteral(" · 1 started"));
    hire();
    REQUIRE(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'hired'")) == 2);
    // The second fills the posting: said so, and nobody more is offered.
    CHECK(d.stored(entities::job(), job).value(QLatin1String("status")).toString() ==
          QStringLiteral("filled"));
    CHECK(textOf(matching, "matchSummary") == base + QStringLiteral(" · 2 started · Filled"));
    CHECK(column(matching, "matchResults", 1).isEmpty());
    CHECK_FALSE(child<QWidget>(matching, "matchRecommend")->isEnabled());
}

TEST_CASE("from the keyboard: matching a person puts the cursor in the list, Enter names the best "
          "match, and recommends it on the next",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    REQUIRE(jobs.post(jobPosting(employer), clerkAccount()).ok());
    REQUIRE(jobs.post(jobPosting(employer, QStringLiteral("酒店客房保洁")), clerkAccount()).ok());
    REQUIRE(jobs.post(jobPosting(employer, QStringLiteral("商场保洁")), clerkAccount()).ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    auto seeker = desk.registerSeeker(
        seekerForm(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")}), clerkAccount());
    REQUIRE(seeker.ok());
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    const auto focused = [] {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    };

    // From the person's record.
    auto* seekers = static_cast<StaffSeekersPage*>(d.show("seekers"));
    seekers->openSeeker(seeker->id);
    click(seekers, "seekerMatch");
    REQUIRE(d.w->currentPage() == QStringLiteral("matching"));
    CHECK(focused() == QStringLiteral("matchResults"));
    const QString best = column(d.w->page(QStringLiteral("matching")), "matchResults", 1).value(0);
    REQUIRE_FALSE(best.isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 0);
    CHECK(textOf(d.w->page(QStringLiteral("matching")), "matchMessage")
              .contains(QStringLiteral("Press Enter again to recommend %1").arg(best)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 1);

    // From a search that finds one person: Enter in the box finds, the next names the best
    // match, the one after recommends it.
    auto* matching = d.show("matching");
    type(matching, "matchSearch", QStringLiteral("蒙美玲"));
    child<QWidget>(matching, "matchSearch")->setFocus();
    QTest::keyClick(child<QWidget>(matching, "matchSearch"), Qt::Key_Return);
    REQUIRE_FALSE(column(matching, "matchResults", 1).isEmpty());
    CHECK(focused() == QStringLiteral("matchResults"));
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 2);
    // The one left moved into the row the cursor is on: ↓ chooses them (nothing below to move
    // to), and the first Enter recommends the one the clerk chose.
    auto* list = child<QTableView>(matching, "matchResults");
    REQUIRE(list->model()->rowCount() == 1);
    REQUIRE(staffui::selectedId(list).isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    REQUIRE_FALSE(staffui::selectedId(list).isEmpty());
    // The hint is about the one chosen now, no longer the one just recommended.
    CHECK(textOf(matching, "matchCall").startsWith(QStringLiteral("Call ")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 3);
}

TEST_CASE("matching: a search that finds two people of one name shows nobody's matches until "
          "the clerk chooses, and an Enter held down recommends nobody",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    REQUIRE(jobs.post(jobPosting(employer), clerkAccount()).ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    auto first = desk.registerSeeker(
        seekerForm(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")}), clerkAccount());
    auto second = desk.registerSeeker(
        seekerForm(3, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")}), clerkAccount());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));

    auto* matching = d.show("matching");
    type(matching, "matchSearch", QStringLiteral("蒙美玲"));
    child<QWidget>(matching, "matchSearch")->setFocus();
    QTest::keyClick(child<QWidget>(matching, "matchSearch"), Qt::Key_Return);
    auto* subject = child<QComboBox>(matching, "matchSubject");
    REQUIRE(subject->count() == 2);
    CHECK(subject->currentIndex() == -1);
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("2 found")));
    CHECK(column(matching, "matchResults", 1).isEmpty());
    CHECK_FALSE(child<QPushButton>(matching, "matchRecommend")->isEnabled());
    CHECK(QApplication::focusWidget() == subject);
    // Enter now chooses nothing and recommends nobody.
    QTest::keyClick(subject, Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application")) == 0);

    // The arrow keys choose; the matches shown are then the chosen person's.
    const int target = subject->findData(second->id);
    REQUIRE(target >= 0);
    for (int i = 0; i <= target; ++i)
        QTest::keyClick(subject, Qt::Key_Down);
    REQUIRE(subject->currentIndex() == target);
    REQUIRE_FALSE(column(matching, "matchResults", 1).isEmpty());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("matchResults"));
    // Chosen: "2 found, choose" is done with.
    CHECK_FALSE(textOf(matching, "matchMessage").contains(QStringLiteral("found")));

    // The Enter of the search, held down, repeats: its repeats recommend nobody.
    QWidget* results = QApplication::focusWidget();
    const auto press = [&](bool repeat) {
        QTest::simulateEvent(results, true, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"),
                             repeat);
        QTest::simulateEvent(results, false, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"),
                             repeat);
        QCoreApplication::processEvents();
    };
    press(false);
    REQUIRE(textOf(matching, "matchMessage").contains(QStringLiteral("Press Enter again")));
    press(true);
    press(true);
    CHECK(d.t.count(QStringLiteral("application")) == 0);
    // A press of its own does.
    press(false);
    CHECK(d.t.count(QStringLiteral("application"),
                    QStringLiteral("seeker_id = '%1'").arg(second->id)) == 1);
}

TEST_CASE("matching: 已到岗 before the job's start day says so before it is recorded",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    QJsonObject later = jobPosting(employer);
    later.insert(QStringLiteral("start_date"), QStringLiteral("2026-11-30"));
    later.insert(QStringLiteral("valid_until"), QStringLiteral("2026-12-10"));
    auto job = jobs.post(later, clerkAccount());
    REQUIRE(job.ok());
    QJsonObject today = jobPosting(employer, QStringLiteral("酒店客房保洁"));
    today.insert(QStringLiteral("start_date"), d.t.clock().today().toString(Qt::ISODate));
    auto now = jobs.post(today, clerkAccount());
    REQUIRE(now.ok());
    d.seeker(3, QStringLiteral("韦春燕"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));

    matching->openJob(job->id);
    click(matching, "matchRecommend");
    // Before the start day 已到岗 is not the button that stands out: the interview is, and
    // after it none.
    CHECK(child<QWidget>(matching, "outcome_interviewed")->property("primary").toBool());
    CHECK_FALSE(child<QWidget>(matching, "outcome_hired")->property("primary").toBool());
    click(matching, "outcome_interviewed");
    for (const char* name : {"outcome_interviewed", "outcome_hired", "outcome_not_hired"})
        CHECK_FALSE(child<QWidget>(matching, name)->property("primary").toBool());
    click(matching, "outcome_hired");
    CHECK(
        textOf(matching, "matchMessage").contains(QStringLiteral("This job starts on 2026-11-30")));
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'hired'")) == 0);
    // Started early after all: the second press records it.
    click(matching, "outcome_hired");
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'hired'")) == 1);

    // An application from a kiosk, opened here before the start day: the interview stands out.
    REQUIRE(ApplicationService(d.t->store(), d.t.clock())
                .apply(job->id, QStringLiteral("13500000009"), QStringLiteral("kiosk"))
                .ok());
    matching->openJob(job->id);
    // (Beside the window's recommendation, a column says where each came from.)
    const auto applied = column(matching, "matchPairings", 2).indexOf(QStringLiteral("Kiosk"));
    REQUIRE(applied >= 0);
    selectRow(matching, "matchPairings", int(applied));
    CHECK(child<QWidget>(matching, "outcome_interviewed")->property("primary").toBool());
    CHECK_FALSE(child<QWidget>(matching, "outcome_hired")->property("primary").toBool());

    // A job that starts today: the first press only asks for the second, and says why.
    matching->openJob(now->id);
    click(matching, "matchRecommend");
    CHECK(child<QWidget>(matching, "outcome_hired")->property("primary").toBool());
    click(matching, "outcome_hired");
    CHECK(textOf(matching, "matchMessage") ==
          QStringLiteral("\"Hired\" closes this recommendation and goes into the work ledger: "
                         "press again to record it."));
    // Left waiting, the press is forgotten, and its question with it.
    auto* waiting = matching->findChild<QTimer*>(QStringLiteral("outcomePending"));
    REQUIRE(waiting);
    const int wait = waiting->interval();
    waiting->setInterval(50);
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(matching, "outcome_hired");
    REQUIRE(textOf(matching, "outcome_hired") == QStringLiteral("Press again: Hired"));
    QTest::qWait(200);
    CHECK(textOf(matching, "outcome_hired") == QStringLiteral("Hired"));
    CHECK(textOf(matching, "matchMessage").isEmpty());
    waiting->setInterval(wait);
    click(matching, "outcome_hired");
    click(matching, "outcome_hired");
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'hired'")) == 2);
}

TEST_CASE("matching: a recommendation made by mistake is withdrawn with two presses, and the "
          "person is a candidate again",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(job.ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    REQUIRE(
        desk.registerSeeker(seekerForm(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")}),
                            clerkAccount())
            .ok());
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openJob(job->id);
    REQUIRE(column(matching, "matchResults", 1).size() == 1);
    auto* withdraw = child<QPushButton>(matching, "outcome_cancelled");
    CHECK_FALSE(withdraw->isEnabled());
    click(matching, "matchRecommend");
    REQUIRE(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'recommended'")) ==
            1);
    CHECK(column(matching, "matchResults", 1).isEmpty());
    REQUIRE(withdraw->isEnabled());

    click(matching, "outcome_cancelled");
    CHECK(withdraw->text().contains(QStringLiteral("Press again")));
    CHECK(textOf(matching, "matchMessage") ==
          QStringLiteral("Withdraw takes back a recommendation made by mistake: press again to "
                         "withdraw it."));
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'recommended'")) == 1);
    click(matching, "outcome_cancelled");
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'cancelled'")) == 1);
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("withdrawn")));
    CHECK(column(matching, "matchResults", 1).size() == 1);
    CHECK(column(matching, "matchPairings", 1) ==
          QStringList{StaffLabels::applicationStatus(QStringLiteral("cancelled"))});
    CHECK_FALSE(withdraw->isEnabled());
    CHECK_FALSE(child<QPushButton>(matching, "outcome_hired")->isEnabled());
    const StatisticsService stats(d.t->database(), d.t->reference());
    CHECK(stats.month(d.t.clock().today()).value().recommendations == 0);
    // Back in the list with nothing chosen: neither a click on 推荐 nor Enter sends them again.
    auto* results = child<QTableView>(matching, "matchResults");
    CHECK(results->selectionModel()->selectedRows().isEmpty());
    CHECK_FALSE(child<QPushButton>(matching, "matchRecommend")->isEnabled());
    // Nor is the person turned down named to call, nor their mobile a click away.
    CHECK(textOf(matching, "matchCall") ==
          QStringLiteral("Call the seeker, then record how it went below."));
    CHECK_FALSE(child<QPushButton>(matching, "matchRevealPhone")->isEnabled());
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'recommended'")) == 0);

    // Chosen again and recommended, then interviewed: no longer withdrawn, an outcome is
    // recorded instead.
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    REQUIRE(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'recommended'")) ==
            1);
    const QStringList statuses = column(matching, "matchPairings", 1);
    REQUIRE(statuses.size() == 2);
    child<QTableView>(matching, "matchPairings")
        ->selectRow(
            int(statuses.indexOf(StaffLabels::applicationStatus(QStringLiteral("recommended")))));
    REQUIRE(withdraw->isEnabled());
    click(matching, "outcome_interviewed");
    CHECK_FALSE(withdraw->isEnabled());
}

TEST_CASE("a date typed that does not exist is refused with a message, never turned into another",
          "[ui][staff]")
{
    Desk d;
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    auto* jobs = d.show("jobs");
    auto* start = child<DateField>(jobs, "jobStart");
    auto* title = child<QWidget>(jobs, "jobTitle");
    const QDate before = start->date();
    REQUIRE(before.isValid());
    // As a clerk does: into the field, everything selected, the date typed in full with dashes.
    const auto typeOver = [&](const QString& text) {
        title->setFocus();
        start->setFocus();
        start->selectAll();
        QTest::keyClicks(start, text);
        QCoreApplication::processEvents();
    };

    // 31 February: refused, said why, and the date held before stays.
    typeOver(QStringLiteral("2027-02-31"));
    INFO(start->text().toStdString());
    CHECK(start->lastRefusal().contains(QStringLiteral("There is no 2027-02-31")));
    CHECK(start->lastRefusal().contains(QStringLiteral("28 days")));
    CHECK(textOf(jobs, "jobMessage").contains(QStringLiteral("There is no 2027-02-31")));
    CHECK(start->date() == before);
    title->setFocus();
    QCoreApplication::processEvents();
    CHECK(start->date() == before);

    // 31 April the same; month 13 too.
    typeOver(QStringLiteral("2027-04-31"));
    INFO(start->lastRefusal().toStdString() << " / " << start->text().toStdString());
    CHECK(start->lastRefusal().contains(QStringLiteral("30 days")));
    CHECK(start->date() == before);
    typeOver(QStringLiteral("2027-13"));
    CHECK(start->lastRefusal().contains(QStringLiteral("There is no month 13")));
    CHECK(start->date() == before);

    // A real date goes in as typed, with or without dashes.
    typeOver(QStringLiteral("2027-03-15"));
    title->setFocus();
    QCoreApplication::processEvents();
    CHECK(start->date() == QDate(2027, 3, 15));
    typeOver(QStringLiteral("20270228"));
    title->setFocus();
    QCoreApplication::processEvents();
    CHECK(start->date() == QDate(2027, 2, 28));
    // A part that fills up moves on by itself; a dash may follow it or not.
    typeOver(QStringLiteral("2027-1231"));
    title->setFocus();
    QCoreApplication::processEvents();
    CHECK(start->date() == QDate(2027, 12, 31));
    typeOver(QStringLiteral("2027-0520"));
    title->setFocus();
    QCoreApplication::processEvents();
    CHECK(start->date() == QDate(2027, 5, 20));

    // Typing over the day alone: 31 in February is refused the same way.
    start->setDate(QDate(2027, 2, 10));
    title->setFocus();
    start->setFocus();
    start->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(start, QStringLiteral("31"));
    QCoreApplication::processEvents();
    CHECK(start->lastRefusal().contains(QStringLiteral("There is no 2027-02-31")));
    CHECK(start->date() == QDate(2027, 2, 10));
    // A click on the month selects it, to type over.
    start->setSelectedSection(QDateTimeEdit::NoSection);
    auto* line = start->findChild<QLineEdit*>();
    REQUIRE(line);
    const int x = line->fontMetrics().horizontalAdvance(QStringLiteral("2027-0"));
    QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(x, line->height() / 2));
    QCoreApplication::processEvents();
    CHECK(line->selectedText() == QStringLiteral("02"));
    QTest::keyClicks(start, QStringLiteral("04"));
    title->setFocus();
    QCoreApplication::processEvents();
    CHECK(start->date() == QDate(2027, 4, 10));
}

TEST_CASE("a district typed in part is suggested whole, and a fragment is not saved", "[ui][staff]")
{
    Desk d;
    auto* page = d.show("employers");
    auto* district = child<QComboBox>(page, "employerDistrict");
    REQUIRE(district->completer());
    // The interface is English here: the places read in English.
    district->completer()->setCompletionPrefix(QStringLiteral("qingx"));
    REQUIRE(district->completer()->completionCount() >= 1);
    CHECK(district->completer()->currentCompletion() ==
          QStringLiteral("Qingxiu District, Nanning"));

    click(page, "employerNew");
    type(page, "employerName", QStringLiteral("南宁市青秀区邕江搬家服务有限公司"));
    type(page, "employerCreditCode", creditCode(2));
    type(page, "employerContactName", QStringLiteral("黄先生"));
    type(page, "employerContactPhone", QStringLiteral("0771-5551234"));
    district->setEditText(QStringLiteral("青秀"));
    click(page, "employerSave");
    CHECK(d.t.count(QStringLiteral("employer")) == 0);
    CHECK(textOf(page, "employerMessage").contains(QStringLiteral("\"青秀\"")));
    CHECK(district->currentText() == QStringLiteral("青秀")); // what was typed stays

    // A place chosen (or typed) as it reads in English is stored by its Chinese name.
    district->setEditText(QStringLiteral("teng county, wuzhou"));
    click(page, "employerSave");
    CHECK(d.t.count(QStringLiteral("employer"), QStringLiteral("district = '梧州市藤县'")) == 1);
    CHECK(district->currentText() == QStringLiteral("Teng County, Wuzhou"));
    CHECK(page->hasUnsavedWork() == false);
}

TEST_CASE("a posting's place reads in English and is kept by its Chinese name", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(job.ok());
    // A record from before 横县 became 横州市.
    QJsonObject old = d.t->store().get(entities::job(), job->id).value()->data;
    old.insert(QStringLiteral("location"),
               QJsonObject{{QStringLiteral("district"), QStringLiteral("南宁市横县")},
                           {QStringLiteral("address"), QStringLiteral("横州镇茉莉花大道8号")}});
    REQUIRE(d.t->store().save(entities::job(), job->id, old).ok());

    auto* page = static_cast<StaffJobsPage*>(d.show("jobs"));
    page->openJob(job->id);
    auto* place = child<QComboBox>(page, "jobDistrict");
    CHECK(place->currentText() == QStringLiteral("Hengzhou City, Nanning"));
    CHECK_FALSE(page->hasUnsavedWork());

    place->setEditText(QStringLiteral("Qingxiu District, Nanning"));
    click(page, "jobSave");
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("district = '南宁市青秀区'")) == 1);
}

TEST_CASE("a recorded outcome keyed wrongly is corrected with a reason, in the ledger and the "
          "monthly count",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    auto job = jobs.post(jobPosting(employer), clerkAccount());
    REQUIRE(job.ok());
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    REQUIRE(
        desk.registerSeeker(seekerForm(2, QStringLiteral("蒙美玲"), {QStringLiteral("家政保洁")}),
                            clerkAccount())
            .ok());
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openJob(job->id);
    click(matching, "matchRecommend");
    REQUIRE(d.t.count(QStringLiteral("application")) == 1);
    auto* reason = child<QLineEdit>(matching, "outcomeCorrectReason");
    CHECK_FALSE(reason->isVisible());

    // 未录用 keyed instead of 已到岗.
    click(matching, "outcome_not_hired");
    click(matching, "outcome_not_hired");
    REQUIRE(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'not_hired'")) == 1);
    const StatisticsService stats(d.t->database(), d.t->reference());
    CHECK(stats.month(d.t.clock().today()).value().hires == 0);

    // The other outcomes now correct it; the reason comes first.
    CHECK(reason->isVisible());
    CHECK(child<QPushButton>(matching, "outcome_hired")->isEnabled());
    CHECK_FALSE(child<QPushButton>(matching, "outcome_not_hired")->isEnabled());
    CHECK_FALSE(child<QPushButton>(matching, "outcome_interviewed")->isEnabled());
    click(matching, "outcome_hired");
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("write down why")));
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'not_hired'")) == 1);
    type(matching, "outcomeCorrectReason", QStringLiteral("按错了，本人已到岗"));
    CHECK(d.w->unsavedPages().contains(QStringLiteral("Matching")));
    click(matching, "outcome_hired");
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'not_hired'")) == 1);
    click(matching, "outcome_hired");
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("status = 'hired'")) == 1);
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("Corrected")));
    CHECK(reason->text().isEmpty());
    CHECK_FALSE(d.w->unsavedPages().contains(QStringLiteral("Matching")));
    CHECK(d.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'match_correct' AND detail LIKE "
                                   "'not_hired->hired: 按错了，本人已到岗'")) == 1);
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'hire' AND summary LIKE '%按错了，本人已到岗%'")) == 1);
    CHECK(stats.month(d.t.clock().today()).value().hires == 1);
    // A correction's first press says it corrects, not that it closes the recommendation.
    type(matching, "outcomeCorrectReason", QStringLiteral("又按错了"));
    click(matching, "outcome_not_hired");
    CHECK(textOf(matching, "matchMessage") ==
          QStringLiteral("\"Not hired\" corrects the outcome recorded, for the reason written: "
                         "press again to record it."));
}

TEST_CASE("matching for a person deleted meanwhile keeps nothing of them on screen", "[ui][staff]")
{
    Desk d;
    d.postedJob(d.employer(0, true));
    const QString person = d.seeker(5, QStringLiteral("黄秀梅"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(person);
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    REQUIRE(column(matching, "matchPairings", 0).size() == 1);

    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    REQUIRE(desk.deleteSeeker(person, QStringLiteral("本人要求删除"), clerkAccount()).ok());
    matching->refresh();
    CHECK(matching->subjectId().isEmpty());
    CHECK_FALSE(textOf(matching, "matchSummary").contains(QStringLiteral("黄")));
    CHECK(column(matching, "matchResults", 1).isEmpty());
    CHECK(column(matching, "matchPairings", 0).isEmpty());
    CHECK_FALSE(child<QWidget>(matching, "outcome_interviewed")->isEnabled());
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("deleted")));
}

TEST_CASE("a recommendation made at matching counts in the person's tiered services at once",
          "[ui][staff]")
{
    Desk d;
    d.postedJob(d.employer(0, true));
    const QString person = d.seeker(5, QStringLiteral("黄秀梅"), {QStringLiteral("家政保洁")},
                                    {QStringLiteral("low_income")});
    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    page->openSeeker(person);
    const QString recommendations = StaffLabels::serviceKind(QStringLiteral("recommendation"));
    REQUIRE(textOf(page, "tierProgress").contains(recommendations + QStringLiteral(" 0/3")));

    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(person);
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    d.show("seekers");
    CHECK(page->currentId() == person);
    CHECK(textOf(page, "tierProgress").contains(recommendations + QStringLiteral(" 1/3")));
}

TEST_CASE("changes typed over a registration can be thrown away, kept aside or not", "[ui][staff]")
{
    Desk d;
    const QString first = d.seeker(1, QStringLiteral("黄秀梅"));
    const QString second = d.seeker(2, QStringLiteral("韦志强"));
    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    click(page, "seekerNew");
    // A new registration half typed: thrown away at once, nothing kept aside for later.
    type(page, "seekerName", QStringLiteral("陈半填"));
    type(page, "seekerPhone", QStringLiteral("13907719999"));
    // The first press only asks; a double click is that one press.
    doubleClick(child<QPushButton>(page, "seekerDiscard"));
    CHECK(textOf(page, "seekerName") == QStringLiteral("陈半填"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Press Discard changes again")));
    // More typed after the question: asked again, still nothing thrown away.
    auto* discard = child<QPushButton>(page, "seekerDiscard");
    REQUIRE(QTest::qWaitFor([discard] { return discard->isEnabled(); }, 3000));
    type(page, "seekerSkills", QStringLiteral("保洁"));
    click(page, "seekerDiscard");
    CHECK(textOf(page, "seekerSkills") == QStringLiteral("保洁"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Press Discard changes again")));
    REQUIRE(QTest::qWaitFor([discard] { return discard->isEnabled(); }, 3000));
    // A save refused in between takes the question off the screen: the next press asks again.
    click(page, "seekerSave");
    REQUIRE_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("Discard changes")));
    click(page, "seekerDiscard");
    CHECK(textOf(page, "seekerName") == QStringLiteral("陈半填"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Press Discard changes again")));
    // Held only as long as a double click lasts: a second press half a second later counts.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    REQUIRE(discard->isEnabled());
    click(page, "seekerDiscard");
    CHECK(textOf(page, "seekerName").isEmpty());
    CHECK(textOf(page, "seekerPhone").isEmpty());
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Changes discarded")));
    CHECK_FALSE(page->hasUnsavedChanges());
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerName").isEmpty());
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("Unsaved changes are kept")));
    page->openSeeker(first);
    type(page, "seekerName", QStringLiteral("黄秀海"));
    // Kept aside while another is open, and back when this one is opened again...
    page->openSeeker(second);
    page->openSeeker(first);
    REQUIRE(textOf(page, "seekerName") == QStringLiteral("黄秀海"));
    // ...until thrown away: then shown as stored, and not back again.
    pressTwice(page, "seekerDiscard");
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("discarded")));
    page->openSeeker(second);
    page->openSeeker(first);
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("changes are back")));
    CHECK(d.stored(entities::seeker(), first).value(QLatin1String("name")).toString() ==
          QStringLiteral("黄秀梅"));
}

TEST_CASE("a ledger entry opens the person, posting or employer it is about", "[ui][staff]")
{
    Desk d;
    const QString job = d.postedJob(d.employer(0, true));
    const QString person = d.seeker(3, QStringLiteral("韦春燕"), {QStringLiteral("家政保洁")});
    auto* matching = static_cast<StaffMatchingPage*>(d.show("matching"));
    matching->openSeeker(person);
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    REQUIRE(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Recommended")});

    auto* ledger = d.show("ledger");
    ledger->refresh();
    // The row of the entry of `kind` whose summary says `what` (entries of one moment come in
    // any order).
    const auto rowOf = [&](const QString& kind, const QString& what) {
        auto* l = d.show("ledger");
        const QStringList kinds = column(l, "ledgerTable", 1);
        const QStringList summaries = column(l, "ledgerTable", 4);
        for (qsizetype i = 0; i < kinds.size(); ++i)
            if (kinds.at(i) == StaffLabels::ledgerKind(kind) && summaries.at(i).contains(what))
                return int(i);
        return -1;
    };
    const auto open = [&](const QString& kind, const QString& what) {
        const int row = rowOf(kind, what);
        REQUIRE(row >= 0);
        auto* l = d.show("ledger");
        selectRow(l, "ledgerTable", row);
        REQUIRE(child<QPushButton>(l, "ledgerOpen")->isEnabled());
        click(l, "ledgerOpen");
    };
    // The day's counts, in the order of the kinds: the person and the employer each under their
    // own registration.
    const QString totals = textOf(ledger, "ledgerTotals");
    INFO(totals.toStdString());
    CHECK(totals.contains(
        QStringLiteral("Job seeker registration 1 · Employer registration 1 · Job posting 1")));
    CHECK(totals.contains(QStringLiteral("Matching 1")));
    // Nobody hired yet: said, not left to be read from its absence.
    CHECK(totals.contains(QStringLiteral("Hired 0")));
    // An employer's registration: the employer.
    open(QStringLiteral("employer_registration"), QStringLiteral("广西测试0劳务有限公司"));
    REQUIRE(d.w->currentPage() == QStringLiteral("employers"));
    CHECK(textOf(d.w->page(QStringLiteral("employers")), "employerName") ==
          QStringLiteral("广西测试0劳务有限公司"));
    // A person's registration: the person's registration.
    open(QStringLiteral("registration"), QStringLiteral("求职人员"));
    REQUIRE(d.w->currentPage() == QStringLiteral("seekers"));
    CHECK(textOf(d.w->page(QStringLiteral("seekers")), "seekerName") == QStringLiteral("韦春燕"));
    // A recommendation: 即时快招 of the person, where its outcome is recorded. The person is named
    // as when found there, told apart from others of the name by the ID's and mobile's ends.
    open(QStringLiteral("match"), QString());
    REQUIRE(d.w->currentPage() == QStringLiteral("matching"));
    const QString subject = child<QComboBox>(matching, "matchSubject")->currentText();
    CHECK(subject.startsWith(QStringLiteral("韦春燕  ")));
    CHECK(subject.contains(QStringLiteral("****")));
    CHECK(subject.endsWith(masking::phone(
        d.stored(entities::seeker(), person).value(QLatin1String("phone")).toString())));
    CHECK(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Recommended")});
    // A posting: the posting.
    open(QStringLiteral("posting"), QString());
    REQUIRE(d.w->currentPage() == QStringLiteral("jobs"));
    CHECK(static_cast<StaffJobsPage*>(d.w->page(QStringLiteral("jobs")))->editor()->jobId() == job);

    // Double-click (or Enter) does the same.
    const int reg = rowOf(QStringLiteral("registration"), QStringLiteral("求职人员"));
    REQUIRE(reg >= 0);
    ledger = d.show("ledger");
    selectRow(ledger, "ledgerTable", reg);
    auto* table = child<QTableView>(ledger, "ledgerTable");
    emit table->activated(table->currentIndex());
    CHECK(d.w->currentPage() == QStringLiteral("seekers"));

    // The person deleted at their own request: said, nothing opened.
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    REQUIRE(desk.deleteSeeker(person, QStringLiteral("本人要求"), clerkAccount()).ok());
    ledger = d.show("ledger");
    ledger->refresh();
    const int gone = rowOf(QStringLiteral("registration"), QStringLiteral("求职人员"));
    REQUIRE(gone >= 0);
    selectRow(ledger, "ledgerTable", gone);
    click(ledger, "ledgerOpen");
    CHECK(d.w->currentPage() == QStringLiteral("ledger"));
    CHECK(textOf(ledger, "ledgerMessage").contains(QStringLiteral("no longer kept")));
    // An entry added by hand leads nowhere: its button is off.
    type(ledger, "ledgerSummary", QStringLiteral("咨询社保补贴"));
    click(ledger, "ledgerAdd");
    const int byHand = rowOf(QStringLiteral("consultation"), QStringLiteral("咨询社保补贴"));
    REQUIRE(byHand >= 0);
    selectRow(ledger, "ledgerTable", byHand);
    CHECK_FALSE(child<QPushButton>(ledger, "ledgerOpen")->isEnabled());
}

TEST_CASE("emptying the seeker search lists everyone again without Find", "[ui][staff]")
{
    Desk d;
    d.seeker(1, QStringLiteral("黄秀梅"));
    d.seeker(2, QStringLiteral("韦志强"));
    auto* page = d.show("seekers");
    page->refresh();
    REQUIRE(column(page, "seekerTable", 0).size() == 2);
    type(page, "seekerLookup", QStringLiteral("韦志强"));
    click(page, "seekerFind");
    REQUIRE(column(page, "seekerTable", 0).size() == 1);
    child<QLineEdit>(page, "seekerLookup")->clear(); // as its clear button does
    CHECK(column(page, "seekerTable", 0).size() == 2);
}

TEST_CASE("emptying the seeker search does not open the only person on record over a new "
          "registration",
          "[ui][staff]")
{
    Desk d;
    d.seeker(1, QStringLiteral("黄秀梅"));
    auto* page = d.show("seekers");
    page->refresh();
    type(page, "seekerName", QStringLiteral("韦建国"));
    type(page, "seekerLookup", QStringLiteral("韦建国"));
    click(page, "seekerFind");
    REQUIRE(column(page, "seekerTable", 0).isEmpty());
    child<QLineEdit>(page, "seekerLookup")->clear();
    CHECK(column(page, "seekerTable", 0) == QStringList{QStringLiteral("黄秀梅")});
    CHECK(textOf(page, "seekerName") == QStringLiteral("韦建国"));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("kept")));
    // Looked up by name, the one person is opened.
    pressTwice(page, "seekerDiscard");
    type(page, "seekerLookup", QStringLiteral("黄秀梅"));
    click(page, "seekerFind");
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
}

TEST_CASE("a number looked up in vain starts the person's registration, never over what was typed",
          "[ui][staff]")
{
    Desk d;
    d.seeker(1, QStringLiteral("黄秀梅"));
    d.seeker(2, QStringLiteral("韦志强"));
    auto* page = d.show("seekers");
    page->refresh();
    // The form is a new, empty registration: a mobile nobody has goes into its field.
    type(page, "seekerLookup", QStringLiteral("13907710000"));
    click(page, "seekerFind");
    CHECK(textOf(page, "seekerPhone") == QStringLiteral("13907710000"));
    CHECK(textOf(page, "seekerMessage") ==
          QStringLiteral("Nobody registered matches \"139****0000\". It is filled in below for a "
                         "new registration."));
    // Mistyped: the number looked up next takes its place.
    type(page, "seekerLookup", QStringLiteral("13907710001"));
    click(page, "seekerFind");
    CHECK(textOf(page, "seekerPhone") == QStringLiteral("13907710001"));
    // A name is not carried: it may be part of one.
    type(page, "seekerLookup", QStringLiteral("韦建"));
    click(page, "seekerFind");
    CHECK(textOf(page, "seekerName").isEmpty());
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("filled in")));
    // Something typed into the form: a number looked up next does not go over it.
    type(page, "seekerName", QStringLiteral("韦建国"));
    type(page, "seekerLookup", QStringLiteral("13907712222"));
    click(page, "seekerFind");
    CHECK(textOf(page, "seekerPhone") == QStringLiteral("13907710001"));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("filled in")));
    pressTwice(page, "seekerDiscard");
    CHECK(textOf(page, "seekerPhone").isEmpty());
    CHECK(textOf(page, "seekerMessage") ==
          QStringLiteral("Changes discarded: the form is empty again."));

    // A number carried alone is no unsaved work: the person found next opens with nothing
    // kept aside, and the next new registration is empty.
    type(page, "seekerLookup", QStringLiteral("13907713333"));
    click(page, "seekerFind");
    REQUIRE(textOf(page, "seekerPhone") == QStringLiteral("13907713333"));
    type(page, "seekerLookup", QStringLiteral("黄秀梅"));
    click(page, "seekerFind");
    REQUIRE(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("kept")));
    CHECK_FALSE(static_cast<StaffSeekersPage*>(page)->hasUnsavedWork());

    // With a person open, the form stays theirs until New registration is pressed.
    const QString id = idNumber(3);
    type(page, "seekerLookup", id);
    click(page, "seekerFind");
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("still shows 黄秀梅")));
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerIdNumber") == id);
    CHECK(textOf(page, "seekerName").isEmpty());
    CHECK(textOf(page, "seekerMessage") ==
          QStringLiteral("\"%1\", looked up before, is filled in.").arg(masking::idNumber(id)));
}

TEST_CASE("an ID or mobile number typed to find a person does not stay on the screen",
          "[ui][staff]")
{
    Desk d;
    const QString first = d.seeker(1, QStringLiteral("黄秀梅"));
    d.seeker(2, QStringLiteral("韦志强"));
    auto* page = d.show("seekers");
    page->refresh();
    auto* box = child<QLineEdit>(page, "seekerLookup");
    // By ID number: the person is listed, the number gone from the box, said in part.
    type(page, "seekerLookup", idNumber(1));
    click(page, "seekerFind");
    REQUIRE(column(page, "seekerTable", 0) == QStringList{QStringLiteral("黄秀梅")});
    CHECK(box->text().isEmpty());
    CHECK(box->placeholderText().contains(masking::idNumber(idNumber(1))));
    CHECK_FALSE(box->placeholderText().contains(idNumber(1)));
    // Nobody found by a number: said masked, and kept to be corrected.
    type(page, "seekerLookup", QStringLiteral("13907719999"));
    click(page, "seekerFind");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("139****9999")));
    CHECK(box->text() == QStringLiteral("13907719999"));
    // The person found before is still open: said, not taken for the one looked for.
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("still shows 黄秀梅")));
    // Then found, the one open: the earlier "nobody matches" goes, and its warning about the form.
    type(page, "seekerLookup", QStringLiteral("黄秀梅"));
    click(page, "seekerFind");
    REQUIRE(column(page, "seekerTable", 0) == QStringList{QStringLiteral("黄秀梅")});
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("139****9999")));
    CHECK_FALSE(textOf(page, "seekerMessage").contains(QStringLiteral("still shows")));
    // A name stays as typed.
    type(page, "seekerLookup", QStringLiteral("韦志强"));
    click(page, "seekerFind");
    CHECK(column(page, "seekerTable", 0) == QStringList{QStringLiteral("韦志强")});
    CHECK(box->text() == QStringLiteral("韦志强"));

    // 即时快招 likewise; and a person opened from their record starts with an empty box.
    auto* matching = d.show("matching");
    type(matching, "matchSearch", seekerForm(2, QString()).phone);
    click(matching, "matchFind");
    CHECK(child<QComboBox>(matching, "matchSubject")
              ->currentText()
              .startsWith(QStringLiteral("韦志强")));
    // Told apart from others of the name by the mobile's last digits too, never the whole.
    CHECK(child<QComboBox>(matching, "matchSubject")
              ->currentText()
              .endsWith(masking::phone(seekerForm(2, QString()).phone)));
    CHECK_FALSE(child<QComboBox>(matching, "matchSubject")
                    ->currentText()
                    .contains(seekerForm(2, QString()).phone));
    CHECK(textOf(matching, "matchSearch").isEmpty());
    static_cast<StaffMatchingPage*>(matching)->openSeeker(first);
    CHECK(child<QComboBox>(matching, "matchSubject")
              ->currentText()
              .startsWith(QStringLiteral("黄秀梅")));
    CHECK(textOf(matching, "matchSearch").isEmpty());
}

TEST_CASE("a double click records one tiered service, not two", "[ui][staff]")
{
    Desk d;
    const QString person = d.seeker(5, QStringLiteral("黄秀梅"), {QStringLiteral("家政保洁")},
                                    {QStringLiteral("low_income")});
    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    page->openSeeker(person);
    auto* guidance = child<QPushButton>(page, "tierGuidance");
    REQUIRE(guidance->isVisible());
    doubleClick(guidance);
    CHECK(d.t.count(QStringLiteral("service_record"), QStringLiteral("kind = 'guidance'")) == 1);
    // Held a moment only.
    REQUIRE(QTest::qWaitFor([guidance] { return guidance->isEnabled(); }, 3000));
    click(page, "tierGuidance");
    CHECK(d.t.count(QStringLiteral("service_record"), QStringLiteral("kind = 'guidance'")) == 2);
}

TEST_CASE("after a tiered service is recorded the keys go to the note, never to the name",
          "[ui][staff]")
{
    Desk d;
    const QString person = d.seeker(5, QStringLiteral("黄秀梅"), {QStringLiteral("家政保洁")},
                                    {QStringLiteral("low_income")});
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    page->openSeeker(person);
    auto* training = child<QPushButton>(page, "tierTraining");
    training->setFocus(Qt::TabFocusReason);
    REQUIRE(training->hasFocus());
    QTest::keyClick(training, Qt::Key_Space);
    CHECK(d.t.count(QStringLiteral("service_record"), QStringLiteral("kind = 'training'")) == 1);
    CHECK(QApplication::focusWidget() == child<QWidget>(page, "tierNote"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("abc"));
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄秀梅"));
    CHECK(textOf(page, "tierNote") == QStringLiteral("abc"));
}

TEST_CASE("the wheel scrolls a form past a choice list or number box, never changing it",
          "[ui][staff]")
{
    Desk d;
    d.w->show();
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    auto* unit = child<QComboBox>(page, "seekerPayUnit");
    const int before = unit->currentIndex();
    REQUIRE(unit->count() > 1);
    const auto wheel = [unit] {
        const QPointF at(unit->width() / 2.0, unit->height() / 2.0);
        QWheelEvent down(at, unit->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(unit, &down);
    };
    child<QWidget>(page, "seekerName")->setFocus();
    REQUIRE_FALSE(unit->hasFocus());
    wheel();
    CHECK(unit->currentIndex() == before);
    // Chosen in, it keeps the focus, and still the wheel scrolls past it; the keys change it.
    unit->setFocus();
    REQUIRE(unit->hasFocus());
    wheel();
    CHECK(unit->currentIndex() == before);
    QTest::keyClick(unit, Qt::Key_Down);
    CHECK(unit->currentIndex() != before);
    // A number box alike.
    auto* pay = child<QDoubleSpinBox>(page, "seekerPay");
    pay->setFocus();
    const double amount = pay->value();
    const QPointF at(pay->width() / 2.0, pay->height() / 2.0);
    QWheelEvent up(at, pay->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(pay, &up);
    CHECK(pay->value() == amount);
}

TEST_CASE("an administrator sets the password of the account chosen in the list, and disables it, "
          "told which",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("accounts");
    type(page, "accountNewUser", QStringLiteral("clerk1"));
    type(page, "accountNewName", QStringLiteral("Li"));
    type(page, "accountNewPassword", QStringLiteral("first pass 1"));
    click(page, "accountCreate");
    REQUIRE(column(page, "accountTable", 0).contains(QStringLiteral("clerk1")));
    page->refresh();
    child<QTableView>(page, "accountTable")->clearSelection();
    QCoreApplication::processEvents();
    const auto where = [&d, page](const char* name) {
        QWidget* w = child<QWidget>(page, name);
        return QRect(w->mapTo(d.w.get(), QPoint()), w->size());
    };
    const QRect button = where("accountReset");

    // No account chosen: said, and the password typed waits for one.
    type(page, "accountResetPassword", QStringLiteral("second pass 2"));
    click(page, "accountReset");
    CHECK(textOf(page, "accountMessage").contains(QStringLiteral("Choose the account")));
    CHECK(textOf(page, "accountResetPassword") == QStringLiteral("second pass 2"));
    // The message moves nothing under the pointer.
    QCoreApplication::processEvents();
    CHECK(where("accountReset") == button);
    click(page, "accountToggle");
    CHECK(textOf(page, "accountMessage").contains(QStringLiteral("Choose the account")));

    // Chosen: named beside the fields, and in what is said.
    const int row = int(column(page, "accountTable", 0).indexOf(QStringLiteral("clerk1")));
    selectRow(page, "accountTable", row);
    CHECK(textOf(page, "accountSelected") == QStringLiteral("Selected (clerk1):"));
    click(page, "accountReset");
    CHECK(textOf(page, "accountMessage") == QStringLiteral("Password set for clerk1."));
    Accounts accounts(d.t->database(), d.t.clock(), d.t->audit());
    CHECK(accounts.login(QStringLiteral("clerk1"), QStringLiteral("second pass 2")).ok());
    click(page, "accountToggle");
    CHECK(textOf(page, "accountMessage") == QStringLiteral("Account clerk1 disabled."));
    CHECK_FALSE(accounts.login(QStringLiteral("clerk1"), QStringLiteral("second pass 2")).ok());
    // The log reads what was done, in words.
    const QStringList actions = column(page, "auditTable", 2);
    CHECK(actions.contains(QStringLiteral("Account disabled")));
    for (const QString& a : actions)
        CHECK_FALSE(a.contains(QLatin1Char('_')));
}

TEST_CASE("a person's data is deleted on request, with a reason and a second press", "[ui][staff]")
{
    Desk d;
    StaffDesk desk(d.t->store(), d.t.clock(), d.t->audit());
    auto person = desk.seekers().registerSeeker(seekerForm(3, QStringLiteral("黄秀梅")));
    REQUIRE(person.ok());
    // She asked at a kiosk to be called back; nobody has yet.
    REQUIRE(ComplaintService(d.t->store(), d.t.clock())
                .requestCallback(seekerForm(3, QString()).phone, QStringLiteral("找工作"))
                .ok());
    auto* page = d.show("seekers");
    auto* seekers = static_cast<StaffSeekersPage*>(page);
    page->refresh();
    click(page, "seekerNew");
    CHECK_FALSE(child<QWidget>(page, "seekerDelete")->isVisible()); // nothing to delete yet
    // A registration begun with their ID number under another name opens them; what was typed
    // waits as the new registration.
    type(page, "seekerName", QStringLiteral("陈志强"));
    type(page, "seekerIdNumber", idNumber(3));
    type(page, "seekerPhone", QStringLiteral("13900003333"));
    click(page, "seekerSave");
    REQUIRE(seekers->currentId() == person->id);
    auto* remove = child<QPushButton>(page, "seekerDelete");
    REQUIRE(remove->isVisible());

    // Without a reason: asked for one, nothing deleted.
    click(page, "seekerDelete");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Say why")));
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("deleted = 1")) == 0);
    // With one: the first press says what will happen, the second (not a double click) does it.
    type(page, "seekerDeleteReason", QStringLiteral("本人要求删除"));
    // The form scrolled just far enough to show the button, at the bottom edge.
    {
        QWidget* w = remove;
        while (w && !qobject_cast<QScrollArea*>(w))
            w = w->parentWidget();
        REQUIRE(w);
        staffui::setMessage(child<QLabel>(page, "seekerMessage"), QString(), staffui::Tone::Info);
        QCoreApplication::processEvents();
        REQUIRE(static_cast<QScrollArea*>(w)->verticalScrollBar()->maximum() > 0);
        static_cast<QScrollArea*>(w)->verticalScrollBar()->setValue(0);
        static_cast<QScrollArea*>(w)->ensureWidgetVisible(remove, 0, 0);
        QCoreApplication::processEvents();
    }
    click(page, "seekerDelete");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("cannot be undone")));
    // However long the warning, the button to press again is in sight, and the cursor waits
    // beside it (not in a field further down the form would scroll to).
    QCoreApplication::processEvents();
    CHECK(remove->visibleRegion().boundingRect().height() == remove->height());
    CHECK(QApplication::focusWidget() == child<QWidget>(page, "seekerDeleteReason"));
    CHECK(
        textOf(page, "seekerMessage")
            .contains(QStringLiteral("1 open request(s) made with their mobile will have no number "
                                     "to call back")));
    CHECK(d.t.count(QStringLiteral("seeker"), QStringLiteral("deleted = 1")) == 0);
    // What cannot be undone holds its button longer than a double click lasts.
    QTest::qWait(QApplication::doubleClickInterval() + 100);
    CHECK_FALSE(remove->isEnabled());
    REQUIRE(QTest::qWaitFor([remove] { return remove->isEnabled(); }, 3000));
    click(page, "seekerDelete");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("Deleted")));
    CHECK(d.t.count(
              QStringLiteral("seeker"),
              QStringLiteral("deleted = 1 AND name = '' AND phone = '' AND id_number = ''")) == 1);
    CHECK(seekers->currentId().isEmpty());
    CHECK(column(page, "seekerTable", 0).isEmpty());
    // The empty form that follows is shown from its head, consent first.
    {
        QWidget* w = remove;
        while (w && !qobject_cast<QScrollArea*>(w))
            w = w->parentWidget();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        CHECK(static_cast<QScrollArea*>(w)->verticalScrollBar()->value() == 0);
    }
    CHECK(d.t.count(QStringLiteral("outbox"),
                    QStringLiteral("entity = 'seeker' AND op = 'delete'")) == 1);
    // Nothing typed with their ID number is left to be saved again.
    CHECK(textOf(page, "seekerIdNumber").isEmpty());
    CHECK(textOf(page, "seekerName").isEmpty());
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "seekerNew");
    CHECK(textOf(page, "seekerIdNumber").isEmpty());

    // The audit log reads it in words.
    CHECK(column(d.show("accounts"), "auditTable", 2)
              .contains(QStringLiteral("Seeker's data deleted on request")));

    // The call-back stays on the list, without the number, which nobody can show any more.
    auto* requests = d.show("complaints");
    requests->refresh();
    REQUIRE(column(requests, "complaintTable", 2).size() == 1);
    CHECK(column(requests, "complaintTable", 2).contains(QStringLiteral("(removed)")));
    selectRow(requests, "complaintTable", 0);
    CHECK(textOf(requests, "complaintDetail").contains(QStringLiteral("No phone number")));
    CHECK_FALSE(child<QPushButton>(requests, "complaintRevealPhone")->isEnabled());
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("phone = ''")) == 1);
}

TEST_CASE("tabbing into a list opens nobody, and an arrow key chooses", "[ui][staff]")
{
    Desk d;
    d.seeker(1, QStringLiteral("黄小明"));
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    auto* page = d.show("seekers");
    page->refresh();
    click(page, "seekerNew");
    type(page, "seekerName", QStringLiteral("新来的人"));
    auto* table = child<QTableView>(page, "seekerTable");
    REQUIRE(table->model()->rowCount() == 1);
    table->selectionModel()->clearCurrentIndex();
    // Shift+Tab from the form lands in the list.
    table->setFocus(Qt::BacktabFocusReason);
    QCoreApplication::processEvents();
    REQUIRE(table->hasFocus());
    CHECK(table->selectionModel()->selectedRows().isEmpty());
    CHECK(textOf(page, "seekerName") == QStringLiteral("新来的人"));
    CHECK(textOf(page, "seekerIdNumber").isEmpty());
    // Down chooses the first row, which opens.
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(textOf(page, "seekerName") == QStringLiteral("黄小明"));
}

TEST_CASE("after signing in the keys go to the page shown, never to a hidden form", "[ui][staff]")
{
    Desk d;
    d.w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.w.get()));
    d.w->signOut();
    d.w->startSession(d.admin);
    QCoreApplication::processEvents();
    REQUIRE(d.w->currentPage() == QStringLiteral("seekers"));
    QWidget* focused = QApplication::focusWidget();
    REQUIRE(focused);
    CHECK(focused->isVisible());
    CHECK(d.w->page(QStringLiteral("seekers"))->isAncestorOf(focused));
    QTest::keyClicks(focused, QStringLiteral("abc"));
    CHECK(textOf(d.w->page(QStringLiteral("employers")), "employerName").isEmpty());
    CHECK_FALSE(d.w->page(QStringLiteral("employers"))->hasUnsavedWork());
    // Another page shown takes the keyboard along.
    auto* jobs = d.show("jobs");
    REQUIRE(QApplication::focusWidget());
    CHECK(jobs->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("a refused employer names every problem at once, each unmarked as it is corrected",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("employers");
    click(page, "employerNew");
    type(page, "employerName", QStringLiteral("南宁新来劳务有限公司"));
    type(page, "employerCreditCode", QStringLiteral("91450100000000000X"));
    type(page, "employerContactPhone", QStringLiteral("12345"));
    child<QComboBox>(page, "employerDistrict")->setEditText(QStringLiteral("青秀"));
    click(page, "employerSave");
    CHECK(d.t.count(QStringLiteral("employer")) == 0);
    const QString message = textOf(page, "employerMessage");
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("credit code")));
    CHECK(message.contains(QStringLiteral("Contact name")));
    CHECK(message.contains(QStringLiteral("\"青秀\"")));
    for (const char* field :
         {"employerCreditCode", "employerContactName", "employerContactPhone", "employerDistrict"})
        CHECK(markedInvalid(page, field));
    // What was typed stays; each field corrected loses its mark, the message goes with the last.
    CHECK(textOf(page, "employerName") == QStringLiteral("南宁新来劳务有限公司"));
    type(page, "employerCreditCode", creditCode(3));
    CHECK_FALSE(markedInvalid(page, "employerCreditCode"));
    CHECK(markedInvalid(page, "employerContactName"));
    type(page, "employerContactName", QStringLiteral("李经理"));
    type(page, "employerContactPhone", QStringLiteral("13900001111"));
    CHECK_FALSE(textOf(page, "employerMessage").isEmpty());
    child<QComboBox>(page, "employerDistrict")->setEditText(QStringLiteral("南宁市青秀区"));
    CHECK_FALSE(markedInvalid(page, "employerDistrict"));
    CHECK(textOf(page, "employerMessage").isEmpty());
    click(page, "employerSave");
    CHECK(d.t.count(QStringLiteral("employer")) == 1);
}

TEST_CASE("on a 1280×720 screen in English the posting form is whole beside its list",
          "[ui][staff]")
{
    Desk d;
    d.kioskPosting(d.employer(0, true), QStringLiteral("搬家帮工")); // one waiting for review
    d.kioskPosting(d.employer(1, true), QStringLiteral("小区绿化带除草及落叶清扫临时工"));
    d.w->resize(1280, 720);
    auto* jobs = d.show("jobs");
    // The lists beside the forms are narrow: their titles still show seven characters.
    for (const char* name : {"jobTable", "reviewTable"}) {
        INFO(name);
        auto* table = d.w->findChild<QTableView*>(QString::fromLatin1(name));
        REQUIRE(table);
        d.show(std::string(name) == "jobTable" ? "jobs" : "review");
        QCoreApplication::processEvents();
        // As the cell draws it: within its margins, elided.
        const int margins =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        const QString title = QStringLiteral("小区绿化带除草及落叶清扫临时工");
        const QString shown =
            table->fontMetrics().elidedText(title, Qt::ElideRight, table->columnWidth(0) - margins);
        INFO(shown.toStdString());
        CHECK(shown.startsWith(title.left(7)));
    }
    jobs = d.show("jobs");
    click(jobs, "jobNew");
    QCoreApplication::processEvents();
    CHECK(formWhole(jobs, "jobTitle"));
    auto* review = d.show("review");
    // The form grows with the posting shown; the splitter makes room at the next layout pass.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    REQUIRE(child<QWidget>(review, "jobTitle")->isVisible());
    CHECK(formWhole(review, "jobTitle"));
    for (const char* page : {"seekers", "employers"}) {
        INFO(page);
        auto* p = d.show(page);
        QCoreApplication::processEvents();
        CHECK(formWhole(p, std::string(page) == "seekers" ? "seekerName" : "employerName"));
    }
}

TEST_CASE("a pay unit the clerk chose stays when the trade changes, one the trade gave follows it",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("jobs");
    const auto unit = [page] {
        return child<QComboBox>(page, "jobPayUnit")->currentData().toString();
    };
    click(page, "jobNew");
    chooseData(page, "jobOccupation", QStringLiteral("家政保洁"));
    CHECK(unit() == QStringLiteral("hour"));
    chooseData(page, "jobOccupation", QStringLiteral("装卸搬运"));
    CHECK(unit() == QStringLiteral("piece"));
    // Chosen by the clerk: kept.
    chooseData(page, "jobPayUnit", QStringLiteral("month"));
    chooseData(page, "jobOccupation", QStringLiteral("家政保洁"));
    CHECK(unit() == QStringLiteral("month"));
}

TEST_CASE("a posting's empty fields are named all at once, in the form's order", "[ui][staff]")
{
    Desk d;
    auto* page = d.show("jobs");
    click(page, "jobNew");
    type(page, "jobTitle", QStringLiteral("仓库搬运工"));
    // While typing: what is still missing, all of it.
    const QString live = textOf(page, "jobMessage");
    INFO(live.toStdString());
    CHECK(live.startsWith(QStringLiteral("Not ready to save yet. Please fill in: ")));
    const qsizetype hours = live.indexOf(QStringLiteral("Working hours"));
    const qsizetype most = live.indexOf(QStringLiteral("Pay to"));
    CHECK(live.indexOf(QStringLiteral("Street and number")) < hours);
    CHECK(hours < most);
    CHECK(most > 0);
    // Saved: each of them marked, nothing stored, what was typed kept.
    click(page, "jobSave");
    CHECK(d.t.count(QStringLiteral("job")) == 0);
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Please fill in: ")));
    for (const char* field : {"jobAddress", "jobHours", "jobPayMin", "jobPayMax"})
        CHECK(markedInvalid(page, field));
    CHECK(textOf(page, "jobTitle") == QStringLiteral("仓库搬运工"));
}

namespace {

// Ticks or unticks a checklist's item by a click on its box.
void tick(const QWidget* root, const char* list, const QString& code)
{
    auto* view = child<QListWidget>(root, list);
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < view->count() && !item; ++i)
        if (view->item(i)->data(Qt::UserRole).toString() == code)
            item = view->item(i);
    REQUIRE(item);
    const Qt::CheckState before = item->checkState();
    const QRect rect = view->visualItemRect(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      QPoint(rect.left() + rect.height() / 2, rect.center().y()));
    REQUIRE(item->checkState() != before);
}

} // namespace

TEST_CASE("the trade a clerk ticks first is the seeker's first choice, said under the list",
          "[ui][staff]")
{
    Desk d;
    auto* page = d.show("seekers");
    click(page, "seekerNew");
    const auto name = [&d](const char* trade) {
        return d.t->reference().displayName(QString::fromUtf8(trade));
    };
    CHECK(textOf(page, "seekerFirstChoice").contains(QStringLiteral("Tick first")));
    // 普工 is listed after 建筑搬运, but ticked first.
    tick(page, "seekerOccupations", QStringLiteral("普工"));
    tick(page, "seekerOccupations", QStringLiteral("建筑搬运"));
    CHECK(textOf(page, "seekerFirstChoice").contains(name("普工")));
    CHECK_FALSE(textOf(page, "seekerFirstChoice").contains(name("建筑搬运")));
    type(page, "seekerName", QStringLiteral("陆小红"));
    type(page, "seekerIdNumber", idNumber(0));
    type(page, "seekerPhone", QStringLiteral("13907711000"));
    check(page, "seekerConsent");
    click(page, "seekerSave");
    REQUIRE(d.t.count(QStringLiteral("seeker")) == 1);
    auto stored = SeekerService(d.t->store(), d.t.clock()).findByIdNumber(idNumber(0));
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->data.value(QLatin1String("wanted_occupations")).toArray() ==
          QJsonArray{QStringLiteral("普工"), QStringLiteral("建筑搬运")});
    // Opened again: the same first choice. Unticked, the next one takes its place.
    click(page, "seekerNew");
    selectRow(page, "seekerTable", 0);
    CHECK(textOf(page, "seekerFirstChoice").contains(name("普工")));
    tick(page, "seekerOccupations", QStringLiteral("普工"));
    CHECK(textOf(page, "seekerFirstChoice").contains(name("建筑搬运")));
}

TEST_CASE("guidance on registration and insurance is recorded for anybody on record, with when",
          "[ui][staff]")
{
    Desk d;
    const QString person = d.seeker(6, QStringLiteral("韦海军"), {QStringLiteral("外卖快递")});
    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    // A new registration has nobody to guide yet.
    page->startNew();
    CHECK_FALSE(child<QPushButton>(page, "guideInjury")->isVisible());

    page->openSeeker(person);
    auto* injury = child<QPushButton>(page, "guideInjury");
    REQUIRE(injury->isVisible());
    // A woman of 56, in the priority tier: her career guidance is the tiered service's.
    CHECK_FALSE(child<QPushButton>(page, "guideCareer")->isVisible());
    CHECK(child<QPushButton>(page, "tierGuidance")->isVisible());
    const QString before = textOf(page, "guidanceGiven");
    CHECK(before.count(QStringLiteral("not yet")) == 3);

    doubleClick(injury);
    CHECK(d.t.count(QStringLiteral("service_record"),
                    QStringLiteral("kind = 'injury_guidance' AND seeker_id = '%1'").arg(person)) ==
          1);
    CHECK(textOf(page, "seekerMessage") == QStringLiteral("Recorded: Occupational-injury cover "
                                                          "guidance."));
    const QString after = textOf(page, "guidanceGiven");
    CHECK(after.count(QStringLiteral("not yet")) == 2);
    CHECK(after.contains(QStringLiteral("Occupational-injury cover guidance: given ") +
                         staffui::localTime(Clock::toWire(d.t.clock().now()))));
    // Held a moment only.
    REQUIRE(QTest::qWaitFor([injury] { return injury->isEnabled(); }, 3000));
    click(page, "guideRegistration");
    CHECK(textOf(page, "guidanceGiven").count(QStringLiteral("not yet")) == 1);
    // Pressed again the same day, it records nothing and says when it was given.
    auto* registration = child<QPushButton>(page, "guideRegistration");
    REQUIRE(QTest::qWaitFor([registration] { return registration->isEnabled(); }, 3000));
    click(page, "guideRegistration");
    CHECK(textOf(page, "seekerMessage").contains(QStringLiteral("today already")));
    CHECK(d.t.count(QStringLiteral("service_record"),
                    QStringLiteral("kind = 'registration_guidance'")) == 1);
    // Deleted at another window meanwhile: nobody left to guide.
    REQUIRE(d.t->store().remove(entities::seeker(), person).ok());
    page->refresh();
    CHECK_FALSE(injury->isVisible());

    // The month's statistics say so.
    d.show("statistics");
    CHECK(textOf(d.w->page(QStringLiteral("statistics")), "statsServices")
              .contains(QStringLiteral("0 to others) · guidance on employment registration 1, "
                                       "pension insurance 0, occupational-injury cover 1")));
}

TEST_CASE("career guidance is recorded for a job seeker not in difficulty too, and counted",
          "[ui][staff]")
{
    Desk d;
    // A man of 41 with no difficulty: no tiered service.
    const QString person = d.seeker(0, QStringLiteral("黄志明"), {QStringLiteral("电工")});
    auto* page = static_cast<StaffSeekersPage*>(d.show("seekers"));
    page->openSeeker(person);
    CHECK_FALSE(child<QWidget>(page, "tierGuidance")->isVisible());
    auto* career = child<QPushButton>(page, "guideCareer");
    REQUIRE(career->isVisible());
    CHECK(textOf(page, "guidanceGiven").contains(QStringLiteral("Career guidance: not yet")));
    click(page, "guideCareer");
    CHECK(textOf(page, "seekerMessage") == QStringLiteral("Recorded: Career guidance."));
    CHECK(d.t.count(QStringLiteral("service_record"),
                    QStringLiteral("kind = 'career_guidance' AND seeker_id = '%1'").arg(person)) ==
          1);
    // A consultation in the ledger, naming the record.
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("kind = 'consultation' AND ref_entity = 'service_record' AND "
                                   "ref_id IN (SELECT id FROM service_record WHERE kind = "
                                   "'career_guidance')")) == 1);
    CHECK(textOf(page, "guidanceGiven").contains(QStringLiteral("Career guidance: given ")));
    d.show("statistics");
    CHECK(textOf(d.w->page(QStringLiteral("statistics")), "statsServices")
              .contains(QStringLiteral(
                  "Career guidance 1 in all (0 to people in difficulty, 1 to others) · ")));
}

TEST_CASE("content: changes not yet saved come back when their item is opened again, and removing "
          "takes a second press",
          "[ui][staff]")
{
    Desk d;
    ContentService content(d.t->store(), d.t->audit());
    QStringList ids;
    for (const char* title : {"零工市场免费服务承诺", "职业技能培训补贴"}) {
        ContentForm f;
        f.kind = QStringLiteral("policy");
        f.title = QString::fromUtf8(title);
        auto id = content.save(QString(), f, clerkAccount());
        REQUIRE(id.ok());
        ids << id.value();
    }
    auto* page = static_cast<StaffContentPage*>(d.show("content"));
    page->openItem(ids[0]);
    typeInto(child<QPlainTextEdit>(page, "contentBody"), QStringLiteral("免费"));
    page->openItem(ids[1]);
    CHECK(textOf(page, "contentTitle") == QStringLiteral("职业技能培训补贴"));
    CHECK(page->hasUnsavedWork());
    page->openItem(ids[0]);
    CHECK(child<QPlainTextEdit>(page, "contentBody")->toPlainText() == QStringLiteral("免费"));
    CHECK(textOf(page, "contentMessage") == QStringLiteral("Your changes not yet saved are back."));
    click(page, "contentSave");
    CHECK(d.stored(entities::content(), ids[0]).value(QLatin1String("body")).toString() ==
          QStringLiteral("免费"));
    CHECK_FALSE(page->hasUnsavedWork());

    // A new item begun, another opened, then New again: the new one is back.
    page->startNew();
    type(page, "contentTitle", QStringLiteral("新就业形态职业伤害保障"));
    page->openItem(ids[1]);
    page->startNew();
    CHECK(textOf(page, "contentTitle") == QStringLiteral("新就业形态职业伤害保障"));
    // New again on it: the first press asks, the second clears.
    page->startNew();
    CHECK(textOf(page, "contentTitle") == QStringLiteral("新就业形态职业伤害保障"));
    CHECK(textOf(page, "contentMessage").contains(QStringLiteral("Press New again")));
    page->startNew();
    CHECK(textOf(page, "contentTitle").isEmpty());
    CHECK_FALSE(page->hasUnsavedWork());

    // 放弃修改 shows the item as stored, and nothing comes back later.
    page->openItem(ids[1]);
    type(page, "contentTitle", QStringLiteral("（已停办）"));
    // The first press asks; the second throws the change away.
    click(page, "contentDiscard");
    CHECK(textOf(page, "contentTitle") == QStringLiteral("（已停办）"));
    CHECK(textOf(page, "contentMessage").contains(QStringLiteral("Press Discard changes again")));
    auto* discard = child<QPushButton>(page, "contentDiscard");
    REQUIRE(QTest::qWaitFor([discard] { return discard->isEnabled(); }, 3000));
    click(page, "contentDiscard");
    CHECK(textOf(page, "contentTitle") == QStringLiteral("职业技能培训补贴"));
    CHECK(textOf(page, "contentMessage") ==
          QStringLiteral("Changes discarded: the item is shown as stored."));
    page->openItem(ids[0]);
    page->openItem(ids[1]);
    CHECK(textOf(page, "contentTitle") == QStringLiteral("职业技能培训补贴"));
    CHECK_FALSE(page->hasUnsavedWork());

    // Changes kept aside for an item removed elsewhere meanwhile are let go.
    type(page, "contentTitle", QStringLiteral("（草稿）"));
    page->openItem(ids[0]);
    REQUIRE(page->hasUnsavedWork());
    REQUIRE(content.remove(ids[1], clerkAccount()).ok());
    page->refresh();
    CHECK_FALSE(page->hasUnsavedWork());

    // Typing over an item removed at another window meanwhile, then discarding: not the removed
    // item's words left on screen as if stored, but an empty new item.
    {
        ContentForm f;
        f.kind = QStringLiteral("policy");
        f.title = QStringLiteral("零工市场服务时间");
        auto gone = content.save(QString(), f, clerkAccount());
        REQUIRE(gone.ok());
        page->refresh();
        page->openItem(gone.value());
        type(page, "contentTitle", QStringLiteral("（改了一半）"));
        REQUIRE(content.remove(gone.value(), clerkAccount()).ok());
        pressTwice(page, "contentDiscard");
        CHECK(textOf(page, "contentTitle").isEmpty());
        CHECK(textOf(page, "contentMessage") ==
              QStringLiteral("Changes discarded: the form is empty again."));
        CHECK_FALSE(page->hasUnsavedWork());
        page->refresh();
    }

    // Removing: the first press asks, the second removes.
    page->openItem(ids[0]);
    auto* remove = child<QPushButton>(page, "contentRemove");
    doubleClick(remove);
    CHECK(d.t.count(QStringLiteral("content"),
                    QStringLiteral("id = '%1' AND deleted = 0").arg(ids[0])) == 1);
    CHECK(textOf(page, "contentMessage").contains(QStringLiteral("Press again to remove")));
    REQUIRE(QTest::qWaitFor([remove] { return remove->isEnabled(); }, 3000));
    click(page, "contentRemove");
    CHECK(d.t.count(QStringLiteral("content"),
                    QStringLiteral("id = '%1' AND deleted = 0").arg(ids[0])) == 0);
    // The save and remove buttons stay in sight, outside the scrolling form.
    for (const char* name : {"contentSave", "contentRemove"}) {
        bool inScroll = false;
        for (QWidget* w = child<QWidget>(page, name); w; w = w->parentWidget())
            inScroll = inScroll || qobject_cast<QScrollArea*>(w);
        CHECK_FALSE(inScroll);
    }
}

TEST_CASE("matching: after a hire the clerk records whether the work was paid for, and the month "
          "counts it",
          "[ui][staff]")
{
    Desk d;
    const QString job = d.postedJob(d.employer(0, true));
    const QString person = d.seeker(3, QStringLiteral("韦春燕"), {QStringLiteral("家政保洁")});
    auto* matching = d.show("matching");
    static_cast<StaffMatchingPage*>(matching)->openSeeker(person);
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    REQUIRE(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Recommended")});
    auto* settled = child<QPushButton>(matching, "paySettled");
    auto* unsettled = child<QPushButton>(matching, "payUnsettled");
    // Before the person has started work there is no pay to ask about.
    CHECK_FALSE(settled->isVisible());
    click(matching, "outcome_hired");
    click(matching, "outcome_hired");
    REQUIRE(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Hired")});
    REQUIRE(settled->isVisible());
    CHECK(textOf(matching, "payState") == QStringLiteral("Pay: not followed up yet"));

    // Days later the person says the employer has not paid.
    d.t.clock().advanceMs(3 * 24 * 3600'000LL);
    click(matching, "payUnsettled");
    CHECK(
        textOf(matching, "matchMessage").contains(QStringLiteral("complaint about unpaid wages")));
    // Something still to do, said as a warning: it stays when the clerk moves on.
    CHECK(child<QLabel>(matching, "matchMessage")->property("tone").toString() ==
          QStringLiteral("warning"));
    // The person wants the hall to act: the complaint is taken down with what the placement says.
    REQUIRE(child<QPushButton>(matching, "payComplaint")->isVisible());
    click(matching, "payComplaint");
    REQUIRE(d.w->currentPage() == QStringLiteral("complaints"));
    auto* complaints = d.w->page(QStringLiteral("complaints"));
    CHECK(textOf(complaints, "complaintCategory") == QStringLiteral("Unpaid wages"));
    CHECK(textOf(complaints, "complaintPhone") == d.t->store()
                                                      .get(entities::seeker(), person)
                                                      .value()
                                                      ->data.value(QLatin1String("phone"))
                                                      .toString());
    CHECK(textOf(complaints, "complaintDescription").contains(QStringLiteral("小区保洁（日结）")));
    CHECK(child<QComboBox>(complaints, "complaintEmployer")->currentText() ==
          QStringLiteral("广西测试0劳务有限公司"));
    const QString placement =
        d.t->database().scalar(QStringLiteral("SELECT id FROM application")).value().toString();
    click(complaints, "complaintRecord");
    CHECK(d.t.count(QStringLiteral("complaint"),
                    QStringLiteral("kind = 'complaint' AND category = 'Unpaid wages' AND "
                                   "employer_id <> '' AND application_id = '%1'")
                        .arg(placement)) == 1);
    const QString complaint =
        d.t->database().scalar(QStringLiteral("SELECT id FROM complaint")).value().toString();
    // Asked again while another complaint is being typed: the one open about these wages is
    // shown, not taken down twice, and what is typed stays.
    typeText(complaints, "complaintDescription", QStringLiteral("另一件事"));
    d.show("matching");
    CHECK(textOf(matching, "payState").contains(QStringLiteral("; complaint open, due ")));
    CHECK(child<QPushButton>(matching, "payComplaint")->text() ==
          QStringLiteral("Show the complaint"));
    click(matching, "payComplaint");
    REQUIRE(d.w->currentPage() == QStringLiteral("complaints"));
    CHECK(textOf(complaints, "complaintDescription") == QStringLiteral("另一件事"));
    CHECK(staffui::selectedId(child<QTableView>(complaints, "complaintTable")) == complaint);
    CHECK(textOf(complaints, "complaintMessage")
              .startsWith(QStringLiteral("A complaint about these wages is open already")));
    child<QPlainTextEdit>(complaints, "complaintDescription")->clear();
    CHECK(d.t.count(QStringLiteral("complaint")) == 1);
    d.show("matching");
    CHECK(textOf(matching, "payState").startsWith(QStringLiteral("Pay: NOT settled (recorded ")));
    CHECK_FALSE(unsettled->isEnabled());
    CHECK(column(matching, "matchPairings", 7) == QStringList{QStringLiteral("Pay not settled")});
    CHECK(d.t.count(QStringLiteral("application"), QStringLiteral("pay_settled = 'unsettled'")) ==
          1);
    auto* stats = d.show("statistics");
    CHECK(textOf(stats, "statsSummary")
              .contains(QStringLiteral("(of these hires, followed up: 0 paid, 1 not paid)")));
    // The employer's page says it too, beside the complaints.
    auto* employers = d.show("employers");
    employers->refresh();
    const int row =
        column(employers, "employerTable", 0).indexOf(QStringLiteral("广西测试0劳务有限公司"));
    REQUIRE(row >= 0);
    selectRow(employers, "employerTable", row);
    CHECK(
        textOf(employers, "employerComplaints")
            .endsWith(QStringLiteral("People it took on who were not paid, when followed up: 1")));
    CHECK(textOf(matching, "matchMessage").contains(QStringLiteral("unpaid wages")));

    // Then paid after all.
    d.show("matching");
    REQUIRE(settled->isVisible());
    click(matching, "paySettled");
    CHECK(textOf(matching, "matchMessage") ==
          QStringLiteral("Recorded: the work is finished and paid for."));
    CHECK(textOf(matching, "payState").startsWith(QStringLiteral("Pay: settled (recorded ")));
    CHECK_FALSE(settled->isEnabled());
    CHECK(unsettled->isEnabled());
    d.show("statistics");
    CHECK(textOf(stats, "statsSummary")
              .contains(QStringLiteral("(of these hires, followed up: 1 paid, 0 not paid)")));
    // Back at the employer's page, it is up to date.
    d.show("employers");
    CHECK_FALSE(textOf(employers, "employerComplaints").contains(QStringLiteral("not paid")));
    // The ledger names the employer too: many postings share a title.
    CHECK(d.t.count(QStringLiteral("worklog"),
                    QStringLiteral("summary LIKE '%广西测试0劳务有限公司%工资已结清%'")) == 1);
}

TEST_CASE("the ledger lists the hires whose pay is owed a follow-up, and opens one in matching",
          "[ui][staff]")
{
    Desk d;
    Matching matching(d.t->store(), d.t->audit());
    const QString employer = d.employer(0, true);
    const QString job = d.postedJob(employer);
    const QString later = d.postedJob(employer, QStringLiteral("食堂帮厨"));
    const auto hire = [&](const QString& person, const QString& at) {
        auto app = matching.recommend(person, at, clerkAccount());
        REQUIRE(app.ok());
        REQUIRE(matching.recordOutcome(app.value(), QStringLiteral("hired"), clerkAccount()).ok());
        return app.value();
    };
    const QString early = d.seeker(1, QStringLiteral("黄秀梅"), {QStringLiteral("家政保洁")});
    const QString followed = d.seeker(2, QStringLiteral("韦志强"), {QStringLiteral("家政保洁")});
    const QString recent = d.seeker(3, QStringLiteral("韦春燕"), {QStringLiteral("家政保洁")});
    hire(early, job);
    REQUIRE(matching.recordPay(hire(followed, job), true, clerkAccount()).ok());
    d.t.clock().advanceMs(4LL * 24 * 3600 * 1000);
    hire(recent, later); // today: not owed yet

    auto* ledger = d.show("ledger");
    click(ledger, "ledgerFollowUps");
    auto* dialog = ledger->findChild<QDialog*>(QStringLiteral("followUpsDialog"));
    REQUIRE(dialog);
    // Only the hire of four days ago not followed up.
    CHECK(column(dialog, "followUpsTable", 0) == QStringList{QStringLiteral("黄秀梅")});
    CHECK(column(dialog, "followUpsTable", 3) ==
          QStringList{QStringLiteral("广西测试0劳务有限公司")});
    CHECK(textOf(dialog, "followUpsHint")
              .startsWith(QStringLiteral("Hires of 3 or more day(s) ago")));
    CHECK_FALSE(child<QPushButton>(dialog, "followUpsOpen")->isEnabled());
    selectRow(dialog, "followUpsTable", 0);
    click(dialog, "followUpsOpen");
    REQUIRE(d.w->currentPage() == QStringLiteral("matching"));
    auto* page = d.w->page(QStringLiteral("matching"));
    CHECK(
        child<QComboBox>(page, "matchSubject")->currentText().startsWith(QStringLiteral("黄秀梅")));
    CHECK(column(page, "matchPairings", 2) == QStringList{QStringLiteral("Hired")});

    // Followed up there: no longer owed.
    const QString owed = ApplicationRepository(d.t->store())
                             .followUpsOwed(Clock::toWire(d.t.clock().now()))
                             .value()
                             .front()
                             .id;
    REQUIRE(matching.recordPay(owed, false, clerkAccount()).ok());
    ledger = d.show("ledger");
    click(ledger, "ledgerFollowUps");
    dialog = ledger->findChildren<QDialog*>(QStringLiteral("followUpsDialog")).last();
    CHECK(column(dialog, "followUpsTable", 0).isEmpty());
    CHECK(textOf(dialog, "followUpsHint") ==
          QStringLiteral("Every hire of 3 or more day(s) ago has had its pay followed up."));
}

TEST_CASE("complaints: the placements not paid at every employer are listed, and one chosen is "
          "taken down as a complaint",
          "[ui][staff]")
{
    Desk d;
    Matching matching(d.t->store(), d.t->audit());
    const auto hire = [&](const QString& job, const QString& person, const char* pay) {
        auto app = matching.recommend(person, job, clerkAccount());
        REQUIRE(app.ok());
        REQUIRE(matching.recordOutcome(app.value(), QStringLiteral("hired"), clerkAccount()).ok());
        if (QString::fromLatin1(pay) != QLatin1String("none"))
            REQUIRE(matching
                        .recordPay(app.value(), QString::fromLatin1(pay) == QLatin1String("paid"),
                                   clerkAccount())
                        .ok());
    };
    const QString first = d.postedJob(d.employer(0, true));
    const QString second = d.postedJob(d.employer(1, true), QStringLiteral("仓库搬运工"));
    auto* complaints = d.show("complaints");
    auto* button = child<QPushButton>(complaints, "complaintUnpaid");
    CHECK_FALSE(button->isVisible());

    hire(first, d.seeker(3, QStringLiteral("韦春燕"), {QStringLiteral("家政保洁")}), "unpaid");
    d.t.clock().advanceMs(3600'000);
    hire(first, d.seeker(4, QStringLiteral("黄丽"), {QStringLiteral("家政保洁")}), "paid");
    hire(second, d.seeker(5, QStringLiteral("陆强"), {QStringLiteral("家政保洁")}), "unpaid");
    hire(second, d.seeker(6, QStringLiteral("莫军"), {QStringLiteral("家政保洁")}), "none");
    d.show("ledger");
    d.show("complaints");
    REQUIRE(button->isVisible());
    CHECK(button->text().contains(QStringLiteral("(2)")));

    click(complaints, "complaintUnpaid");
    QPointer<QDialog> dialog = complaints->findChild<QDialog*>(QStringLiteral("unpaidDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QStringList people = column(dialog, "unpaidTable", 0);
    CHECK(people == QStringList{QStringLiteral("陆强"), QStringLiteral("韦春燕")});
    CHECK(column(dialog, "unpaidTable", 3) == QStringList{QStringLiteral("广西测试1劳务有限公司"),
                                                          QStringLiteral("广西测试0劳务有限公司")});
    auto* record = child<QPushButton>(dialog, "unpaidRecord");
    CHECK_FALSE(record->isEnabled()); // nobody chosen yet
    selectRow(dialog, "unpaidTable", 0);
    REQUIRE(record->isEnabled());
    click(dialog, "unpaidRecord");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
    CHECK(textOf(complaints, "complaintCategory") == QStringLiteral("Unpaid wages"));
    CHECK(textOf(complaints, "complaintDescription").contains(QStringLiteral("仓库搬运工")));
    CHECK(child<QComboBox>(complaints, "complaintEmployer")->currentText() ==
          QStringLiteral("广西测试1劳务有限公司"));
    click(complaints, "complaintRecord");
    const QString luQiang =
        d.t->database().scalar(QStringLiteral("SELECT id FROM complaint")).value().toString();
    REQUIRE(d.t.count(QStringLiteral("complaint"), QStringLiteral("application_id <> ''")) == 1);

    // The list says which placement has a complaint open; that one is shown, not recorded again.
    const auto reopen = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        REQUIRE(complaints->findChild<QDialog*>(QStringLiteral("unpaidDialog")) == nullptr);
        click(complaints, "complaintUnpaid");
        dialog = complaints->findChild<QDialog*>(QStringLiteral("unpaidDialog"));
        REQUIRE(dialog);
    };
    reopen();
    REQUIRE(column(dialog, "unpaidTable", 0) == people);
    CHECK(
        column(dialog, "unpaidTable", 6).at(0).startsWith(QStringLiteral("complaint open, due ")));
    CHECK(column(dialog, "unpaidTable", 6).at(1).isEmpty());
    record = child<QPushButton>(dialog, "unpaidRecord");
    selectRow(dialog, "unpaidTable", 1);
    CHECK(record->text() == QStringLiteral("Record the complaint…"));
    selectRow(dialog, "unpaidTable", 0);
    CHECK(record->text() == QStringLiteral("Show the complaint"));
    type(complaints, "complaintCategory", QStringLiteral("咨询社保"));
    click(dialog, "unpaidRecord");
    CHECK(staffui::selectedId(child<QTableView>(complaints, "complaintTable")) == luQiang);
    CHECK(textOf(complaints, "complaintCategory") == QStringLiteral("咨询社保"));
    CHECK(d.t.count(QStringLiteral("complaint")) == 1);

    // Another placement while something else is being typed: what is typed stays.
    type(complaints, "complaintPhone", QStringLiteral("13900000009"));
    reopen();
    selectRow(dialog, "unpaidTable", 1);
    click(dialog, "unpaidRecord");
    CHECK(textOf(complaints, "complaintMessage").contains(QStringLiteral("record or clear it")));
    CHECK(textOf(complaints, "complaintCategory") == QStringLiteral("咨询社保"));

    // Filled in from a placement, then emptied and used for another matter: not about it.
    for (const char* field : {"complaintCategory", "complaintPhone"})
        child<QLineEdit>(complaints, field)->clear();
    reopen();
    selectRow(dialog, "unpaidTable", 1);
    click(dialog, "unpaidRecord");
    REQUIRE(textOf(complaints, "complaintDescription").contains(QStringLiteral("韦春燕")));
    child<QLineEdit>(complaints, "complaintPhone")->clear();
    child<QPlainTextEdit>(complaints, "complaintDescription")->clear();
    child<QComboBox>(complaints, "complaintEmployer")->setCurrentIndex(-1);
    child<QComboBox>(complaints, "complaintEmployer")->clearEditText();
    type(complaints, "complaintCategory", QStringLiteral("咨询"));
    type(complaints, "complaintPhone", QStringLiteral("13900000009"));
    click(complaints, "complaintRecord");
    CHECK(d.t.count(QStringLiteral("complaint")) == 2);
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("application_id <> ''")) == 1);
}

TEST_CASE("complaints: the form says which placement a complaint is about, and is unlinked "
          "when it is not",
          "[ui][staff]")
{
    Desk d;
    Matching matching(d.t->store(), d.t->audit());
    const QString job = d.postedJob(d.employer(0, true));
    QStringList placements;
    for (const auto& [i, name] :
         {std::pair{3, QStringLiteral("韦春燕")}, std::pair{4, QStringLiteral("黄丽")}}) {
        auto app = matching.recommend(d.seeker(i, name, {QStringLiteral("家政保洁")}), job,
                                      clerkAccount());
        REQUIRE(app.ok());
        REQUIRE(matching.recordOutcome(app.value(), QStringLiteral("hired"), clerkAccount()).ok());
        REQUIRE(matching.recordPay(app.value(), false, clerkAccount()).ok());
        placements << app.value();
    }
    auto* page = static_cast<StaffComplaintsPage*>(d.show("complaints"));
    auto* row = child<QLabel>(page, "complaintPlacement");
    CHECK_FALSE(row->isVisible());
    page->startUnpaidWages(placements[0]);
    REQUIRE(row->isVisible());
    CHECK(row->text().startsWith(QStringLiteral("Placement: 韦春燕, started ")));
    // Beside the button that records it, on its line.
    CHECK(row->mapTo(page, QPoint()).y() <
          child<QWidget>(page, "complaintRecord")->mapTo(page, QPoint()).y() +
              child<QWidget>(page, "complaintRecord")->height());

    // Not about it after all (the person means another matter): unlinked, and recorded so.
    click(page, "complaintUnlink");
    CHECK_FALSE(row->isVisible());
    click(page, "complaintRecord");
    REQUIRE(d.t.count(QStringLiteral("complaint")) == 1);
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("application_id = ''")) == 1);

    // Turned into a call-back request: no longer about the wages.
    page->startUnpaidWages(placements[0]);
    REQUIRE(row->isVisible());
    chooseData(page, "complaintKind", QStringLiteral("callback"));
    CHECK_FALSE(row->isVisible());
    child<QLineEdit>(page, "complaintPhone")->clear();
    child<QPlainTextEdit>(page, "complaintDescription")->clear();
    child<QComboBox>(page, "complaintEmployer")->setCurrentIndex(-1);
    child<QComboBox>(page, "complaintEmployer")->clearEditText();
    chooseData(page, "complaintKind", QStringLiteral("complaint"));

    // The hire corrected at another window while the complaint was taken down: the clerk is
    // told, nothing typed is lost, and a second press records it without the placement.
    page->startUnpaidWages(placements[1]);
    REQUIRE(row->isVisible());
    REQUIRE(matching
                .correctOutcome(placements[1], QStringLiteral("no_show"),
                                QStringLiteral("没来上班"), clerkAccount())
                .ok());
    typeText(page, "complaintDescription", QStringLiteral("黄丽说干了两天没拿到钱"));
    click(page, "complaintRecord");
    CHECK(d.t.count(QStringLiteral("complaint")) == 1);
    CHECK(textOf(page, "complaintMessage")
              .startsWith(QStringLiteral("The person is no longer recorded as having started")));
    CHECK(textOf(page, "complaintMessage").contains(QStringLiteral("press Record again")));
    CHECK_FALSE(row->isVisible());
    CHECK(textOf(page, "complaintDescription") == QStringLiteral("黄丽说干了两天没拿到钱"));
    click(page, "complaintRecord");
    CHECK(d.t.count(QStringLiteral("complaint")) == 2);
    CHECK(d.t.count(QStringLiteral("complaint"), QStringLiteral("application_id = ''")) == 2);

    // One recorded from the placement says so when chosen.
    page->startUnpaidWages(placements[0]);
    click(page, "complaintRecord");
    const QString linked =
        d.t->database()
            .scalar(QStringLiteral("SELECT id FROM complaint WHERE application_id <> ''"))
            .value()
            .toString();
    REQUIRE_FALSE(linked.isEmpty());
    REQUIRE(staffui::selectId(child<QTableView>(page, "complaintTable"), linked));
    CHECK(textOf(page, "complaintDetail")
              .contains(QStringLiteral("About the wages of a placement made by the hall.")));
}

TEST_CASE("matching: the referral letter of a recommendation is printed, and only while it is "
          "open",
          "[ui][staff][print]")
{
    QTemporaryDir folder;
    Config config;
    config.pdfFolder = folder.filePath(QStringLiteral("slips"));
    Desk d(config);
    const QString job = d.postedJob(d.employer(0, true));
    const QString person = d.seeker(3, QStringLiteral("韦春燕"), {QStringLiteral("家政保洁")});
    auto* matching = d.show("matching");
    static_cast<StaffMatchingPage*>(matching)->openSeeker(person);
    auto* print = child<QPushButton>(matching, "matchPrintReferral");
    // Nobody recommended yet: nothing to print.
    CHECK_FALSE(print->isEnabled());
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    REQUIRE(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Recommended")});
    REQUIRE(print->isEnabled());
    // The other search, nothing chosen in it yet: nothing to print either.
    click(matching, "matchModeJob");
    CHECK_FALSE(print->isEnabled());
    click(matching, "matchModeSeeker");
    static_cast<StaffMatchingPage*>(matching)->openSeeker(person);
    REQUIRE(print->isEnabled());
    click(matching, "matchPrintReferral");

    // One PDF in the folder, whole, and the page says where.
    const QDir slips(config.pdfFolder);
    const QStringList files = slips.entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(QRegularExpression(QStringLiteral("^[0-9]{8}-[0-9]{6}-referral-[0-9a-f]{4}\\.pdf$"))
              .match(files.front())
              .hasMatch());
    QFile pdf(slips.filePath(files.front()));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    CHECK(textOf(matching, "matchMessage") ==
          QStringLiteral("Referral letter saved: ") +
              QDir::toNativeSeparators(slips.filePath(files.front())));

    // What it says: who is sent where, whom to ask for, how to report back.
    const QString pairing = staffui::selectedId(child<QTableView>(matching, "matchPairings"));
    auto slip = StaffReferral::slip(d.t.terminal(), pairing, d.admin);
    REQUIRE(slip.ok());
    const QString text = slip->toPlainText();
    for (const QString& part :
         {QStringLiteral("Person: 韦春燕"), QStringLiteral("Job: 小区保洁（日结）"),
          QStringLiteral("Employer: 广西测试0劳务有限公司"),
          QStringLiteral("Place of work: ") +
              Places::guangxi().displayName(QStringLiteral("南宁市青秀区")) +
              QStringLiteral(" 民族大道1号"),
          QStringLiteral("Start: 2026-11-23"), QStringLiteral("Ask for: 李女士 13800000000"),
          QStringLiteral("Pay: 150-180 ") + StaffLabels::payUnit(QStringLiteral("day")),
          d.t->config().hotline, d.t->config().address, d.t->config().hallName}) {
        INFO(text.toStdString());
        CHECK(text.contains(part));
    }
    CHECK(slip->toHtml().contains(QStringLiteral("韦春燕")));
    // Two people of one name are told apart by the ID number, in part.
    CHECK(text.contains(QStringLiteral("ID number: ") + masking::idNumber(idNumber(3))));
    CHECK_FALSE(text.contains(idNumber(3)));

    // Once the outcome is recorded there is nobody to send.
    click(matching, "outcome_hired");
    click(matching, "outcome_hired");
    REQUIRE(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Hired")});
    CHECK_FALSE(print->isEnabled());
    auto closed = StaffReferral::slip(d.t.terminal(), pairing, d.admin);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().message.contains(QStringLiteral("Hired")));
    CHECK(slips.entryList(QDir::Files).size() == 1);
    (void)job;
}

TEST_CASE("the ledger names a person who hires with no employer on record, masked in the CSV",
          "[ui][staff]")
{
    Desk d;
    JobService jobs(d.t->store(), d.t.clock(), d.t->audit());
    QJsonObject job = jobPosting(d.employer(0, true), QStringLiteral("帮忙搬家（日结）"));
    job.insert(QStringLiteral("employer_id"), QString());
    job.insert(QStringLiteral("employer_name"), QString());
    job.insert(QStringLiteral("contact"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("王建国")},
                           {QStringLiteral("phone"), QStringLiteral("13907715678")}});
    auto posted = jobs.post(job, clerkAccount());
    INFO((posted.ok() ? QString() : posted.error().message).toStdString());
    REQUIRE(posted.ok());
    auto* ledger = d.show("ledger");
    const QStringList kinds = column(ledger, "ledgerTable", 1);
    const auto row = kinds.indexOf(QStringLiteral("Job posting"));
    REQUIRE(row >= 0);
    CHECK(column(ledger, "ledgerTable", 2).at(row) == QStringLiteral("Individual: 王建国"));
    const QString csv = static_cast<StaffLedgerPage*>(ledger)->csv();
    CHECK(csv.contains(QStringLiteral(",Individual: ") + masking::name(QStringLiteral("王建国")) +
                       QLatin1Char(',')));
    CHECK_FALSE(csv.contains(QStringLiteral("王建国")));

    // A household hiring is a person too; a company is not masked.
    EmployerService employers(d.t->store(), d.t.clock(), d.t->audit());
    EmployerForm home = employerForm(7, QStringLiteral("韦秀英家"));
    home.kind = QStringLiteral("household");
    home.creditCode.clear();
    auto household = employers.registerEmployer(home, clerkAccount());
    INFO((household.ok() ? QString() : household.error().message).toStdString());
    REQUIRE(household.ok());
    ledger->refresh();
    const QStringList whom = column(ledger, "ledgerTable", 2);
    CHECK(whom.contains(QStringLiteral("韦秀英家")));
    const QString again = static_cast<StaffLedgerPage*>(ledger)->csv();
    CHECK(again.contains(QStringLiteral(",Employer registration,") +
                         masking::name(QStringLiteral("韦秀英家")) + QLatin1Char(',')));
    CHECK(again.contains(QStringLiteral(",Employer registration,广西测试0劳务有限公司,")));
}

TEST_CASE("an age limit in a posting is asked about once before it is saved", "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    auto* page = d.show("jobs");
    typeNewPosting(page, employer, QStringLiteral("洗碗工（日结）"), QStringLiteral("酒店餐饮"),
                   QStringLiteral("限45岁以下，能吃苦"), QStringLiteral("民族大道1号"),
                   QStringLiteral("10:00-14:00"));
    chooseData(page, "jobPayUnit", QStringLiteral("day"));
    type(page, "jobPayMin", QStringLiteral("150"));
    type(page, "jobPayMax", QStringLiteral("150"));
    // Asked, nothing saved; a double click is no answer.
    doubleClick(child<QWidget>(page, "jobSave"));
    CHECK(d.t.count(QStringLiteral("job")) == 0);
    CHECK(textOf(page, "jobMessage") ==
          QStringLiteral("Not saved yet. Please check: an age limit (\"45岁以下\"): ask the "
                         "employer whether the work needs it, as older workers are served first "
                         "here. If the work needs it, press Save again."));
    // The clerk has asked: the next press saves and publishes it.
    QTest::qWait(QApplication::doubleClickInterval() + 250);
    click(page, "jobSave");
    CHECK(d.t.count(QStringLiteral("job"), QStringLiteral("status = 'published'")) == 1);
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Saved and published")));
    // Saved with it, another change is not asked about again.
    type(page, "jobHours", QStringLiteral("10:00-15:00"));
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage") == QStringLiteral("Changes saved."));
    // Another limit typed is.
    typeText(page, "jobSkills", QStringLiteral("限40岁以下，能吃苦"));
    click(page, "jobSave");
    CHECK(textOf(page, "jobMessage").startsWith(QStringLiteral("Not saved yet.")));
    CHECK(textOf(page, "jobMessage").contains(QStringLiteral("40岁以下")));
}

TEST_CASE("a posting saved while the list is searched for something else is listed all the same",
          "[ui][staff]")
{
    Desk d;
    const QString employer = d.employer(0, true);
    d.postedJob(employer, QStringLiteral("洗碗工（日结）"));
    d.postedJob(employer, QStringLiteral("小区保洁（日结）"));
    auto* page = d.show("jobs");
    type(page, "jobSearch", QStringLiteral("洗碗"));
    QTest::keyClick(child<QLineEdit>(page, "jobSearch"), Qt::Key_Return);
    REQUIRE(column(page, "jobTable", 0) == QStringList{QStringLiteral("洗碗工（日结）")});
    typeNewPosting(page, employer, QStringLiteral("餐厅服务员（日结）"), QStringLiteral("酒店餐饮"),
                   QStringLiteral("会点菜"), QStringLiteral("民族大道1号"),
                   QStringLiteral("10:00-14:00"));
    chooseData(page, "jobPayUnit", QStringLiteral("day"));
    type(page, "jobPayMin", QStringLiteral("150"));
    type(page, "jobPayMax", QStringLiteral("180"));
    click(page, "jobSave");
    INFO(textOf(page, "jobMessage").toStdString());
    REQUIRE(d.t.count(QStringLiteral("job"), QStringLiteral("title = '餐厅服务员（日结）'")) == 1);
    // The search is cleared, the list holds every posting, the new one chosen in it.
    CHECK(textOf(page, "jobSearch").isEmpty());
    const QStringList titles = column(page, "jobTable", 0);
    CHECK(titles.size() == 3);
    const auto row = titles.indexOf(QStringLiteral("餐厅服务员（日结）"));
    REQUIRE(row >= 0);
    CHECK(child<QTableView>(page, "jobTable")->currentIndex().row() == row);
    CHECK(textOf(page, "jobMessage")
              .endsWith(QStringLiteral(
                  " The list shows every posting again, so that this one is in it.")));
    // A posting the search finds keeps the search.
    type(page, "jobSearch", QStringLiteral("餐厅"));
    QTest::keyClick(child<QLineEdit>(page, "jobSearch"), Qt::Key_Return);
    type(page, "jobHours", QStringLiteral("10:00-15:00"));
    click(page, "jobSave");
    CHECK(textOf(page, "jobSearch") == QStringLiteral("餐厅"));
    CHECK(textOf(page, "jobMessage") == QStringLiteral("Changes saved."));
}

TEST_CASE("matching: a referral letter with no printer says so, and is saved as a PDF only where "
          "the clerk chooses",
          "[ui][staff][print]")
{
    Config config;
    config.printer = QStringLiteral("no-such-printer");
    Desk d(config);
    d.postedJob(d.employer(0, true));
    const QString person = d.seeker(3, QStringLiteral("韦春燕"), {QStringLiteral("家政保洁")});
    auto* matching = d.show("matching");
    static_cast<StaffMatchingPage*>(matching)->openSeeker(person);
    selectRow(matching, "matchResults", 0);
    click(matching, "matchRecommend");
    click(matching, "matchPrintReferral");
    const QString said = textOf(matching, "matchMessage");
    CHECK(said.startsWith(QStringLiteral("The referral letter is not printed: The printer "
                                         "no-such-printer is not found on this computer.")));
    CHECK(said.endsWith(QStringLiteral(" Choose where to save it as a PDF instead, to print "
                                       "elsewhere or send on, or cancel.")));
    // The recommendation itself stands.
    CHECK(column(matching, "matchPairings", 2) == QStringList{QStringLiteral("Recommended")});
    auto* dialog = matching->findChild<QFileDialog*>(QStringLiteral("slipSaveDialog"));
    REQUIRE(dialog);
    // Offered where the reports (CSV) are; a person's letter named with the time it was
    // printed, so that the next person's does not replace it.
    CHECK(dialog->directory().absolutePath() ==
          QFileInfo(d.t->database().path()).absoluteDir().filePath(QStringLiteral("reports")));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->text() ==
          d.t.clock().now().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd-HHmmss")) +
              QStringLiteral("-referral.pdf"));
    // Cancelled: the message stays, nothing is written.
    dialog->reject();
    QCoreApplication::processEvents();
    CHECK(textOf(matching, "matchMessage").endsWith(QStringLiteral("or cancel.")));

    // Chosen: the letter, whole, where the clerk said, on A4.
    click(matching, "matchPrintReferral");
    dialog = matching->findChild<QFileDialog*>(QStringLiteral("slipSaveDialog"));
    REQUIRE(dialog);
    QTemporaryDir stick;
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(stick.filePath(QStringLiteral("推荐信")));
    QTest::keyClick(name, Qt::Key_Return);
    const QString path = stick.filePath(QStringLiteral("推荐信.pdf"));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("/MediaBox [0 0 595")); // A4
    CHECK(textOf(matching, "matchMessage") ==
          QStringLiteral("Saved as a PDF: ") + QDir::toNativeSeparators(path));
    CHECK(QDir(stick.path()).entryList(QDir::Files).size() == 1);
    // The next sheet or report is offered in the folder chosen, a CSV too.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    click(matching, "matchPrintReferral");
    dialog = matching->findChild<QFileDialog*>(QStringLiteral("slipSaveDialog"));
    REQUIRE(dialog);
    CHECK(dialog->directory().absolutePath() == QDir(stick.path()).absolutePath());
    // Never over the store itself.
    const qint64 storeSize = QFileInfo(d.t->database().path()).size();
    name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    name->setText(d.t->database().path());
    // The dialog asks whether to replace the file that is there: answered yes.
    QTimer::singleShot(200, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(name, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(textOf(matching, "matchMessage")
              .contains(QStringLiteral("belongs to this window's store of records")));
    CHECK(QFileInfo(d.t->database().path()).size() == storeSize);
    CHECK(d.t.count(QStringLiteral("application")) == 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* ledger = d.show("ledger");
    click(ledger, "ledgerSave");
    auto* report = ledger->findChild<QFileDialog*>(QStringLiteral("ledgerSaveDialog"));
    REQUIRE(report);
    CHECK(report->directory().absolutePath() == QDir(stick.path()).absolutePath());
    report->reject();
}
