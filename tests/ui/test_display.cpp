#include "common/storeproblemscreen.h"
#include "demodata.h"
#include "display/displaychrome.h"
#include "display/displayjobmodel.h"
#include "display/displaypageview.h"
#include "display/displayscene.h"
#include "display/displaywindow.h"
#include "kiosk/kiosktext.h"
#include "samples.h"
#include "tempterminal.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTimeZone>
#include <QTranslator>

#include <memory>
#include <set>

using namespace lingong;
using namespace lingong::test;

namespace {

QDateTime local(int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 11, 22), QTime(hour, minute, second), QTimeZone(8 * 3600));
}

Config withPlaylist(const char* json)
{
    Config c;
    c.playlist = QJsonDocument::fromJson(json).array();
    return c;
}

// A display window over a temporary store, shown offscreen at `size`.
struct Wall
{
    explicit Wall(Config config = {}, int demoJobs = 120, QSize size = QSize(1920, 1080))
        : t(Mode::Display, std::move(config))
    {
        if (demoJobs > 0)
            REQUIRE(DemoData(t->store()).seed(demoJobs).ok());
        w = std::make_unique<DisplayWindow>(t.terminal());
        w->resize(size);
        w->show();
        REQUIRE(settled());
    }

    // Waits until no read is running or queued.
    bool settled(int ms = 10'000)
    {
        return QTest::qWaitFor([&] { return w->hasData() && !w->isLoading(); }, ms);
    }

    bool shows(const QString& text) const
    {
        for (const QString& s : w->pageView()->visibleText()) {
            if (s.contains(text))
                return true;
        }
        return false;
    }

    QString status() const { return w->statusBar()->visibleText().join(QLatin1Char('|')); }

    TempTerminal t;
    std::unique_ptr<DisplayWindow> w;
};

QString newestOpenTitle(TempTerminal& t)
{
    JobQuery q;
    q.today = t->clock().today();
    q.limit = 1;
    auto page = t->jobs().search(q);
    REQUIRE(page.ok());
    REQUIRE(!page->jobs.empty());
    return page->jobs.front().data.value(QLatin1String("title")).toString();
}

bool titled(const QStringList& texts, PageKind kind)
{
    const QString title = DisplayPageView::pageTitle(kind);
    for (const QString& s : texts) {
        if (s.startsWith(title))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the loop walks every page that has something to show", "[ui][display]")
{
    Wall wall;
    CHECK(wall.w->ticker()->isScrolling());
    wall.w->setAnimated(false);
    CHECK(!wall.w->ticker()->isScrolling());
    std::set<PageKind> seen;
    for (int i = 0; i < 40; ++i) {
        const QStringList texts = wall.w->pageView()->visibleText();
        INFO(Playlist::pageName(wall.w->currentPage()).toStdString());
        CHECK(texts.size() > 2); // never a blank page
        CHECK(titled(texts, wall.w->currentPage()));
        seen.insert(wall.w->currentPage());
        wall.w->showNextPage();
    }
    CHECK(seen.size() == 10); // the demo hall has something for every page

    wall.w->showPage(PageKind::Jobs);
    CHECK(wall.shows(newestOpenTitle(wall.t)));
    CHECK(wall.w->ticker()->visibleText().join(QLatin1Char(' ')).contains(newestOpenTitle(wall.t)));
    CHECK(wall.status().contains(QStringLiteral("Data updated at 10:00")));
    const QString header = wall.w->header()->visibleText().join(QLatin1Char('|'));
    CHECK(header.contains(wall.t->config().hallName));
    CHECK(header.contains(QStringLiteral("10:00")));
    CHECK(header.contains(QStringLiteral("Guangxi Gig Market")));
}

TEST_CASE("the job table goes through a model", "[ui][display]")
{
    Wall wall;
    DisplayJobModel* model = wall.w->pageView()->jobModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == DisplayFeed::kNewestJobs);
    const QJsonObject first = model->job(0).data;
    CHECK(model->data(model->index(0, DisplayJobModel::Title)).toString() ==
          first.value(QLatin1String("title")).toString());
    CHECK(model->data(model->index(0, DisplayJobModel::Pay))
              .toString()
              .contains(QStringLiteral("yuan/")));
    CHECK(model->headerData(DisplayJobModel::Pay, Qt::Horizontal).toString() ==
          QStringLiteral("Pay"));
}

TEST_CASE("an empty store loops standing content and never goes blank", "[ui][display]")
{
    Wall wall(Config{}, 0);
    wall.w->setAnimated(false);
    std::set<PageKind> seen;
    for (int i = 0; i < 12; ++i) {
        const PageKind page = wall.w->currentPage();
        INFO(Playlist::pageName(page).toStdString());
        CHECK((page == PageKind::Jobs || page == PageKind::Market || page == PageKind::Qr));
        CHECK(wall.w->pageView()->visibleText().size() > 2);
        seen.insert(page);
        wall.w->showNextPage();
    }
    // No jobs is said in words, with where to go instead.
    CHECK(seen.count(PageKind::Jobs) == 1);
    wall.w->showPage(PageKind::Jobs);
    CHECK(wall.shows(QStringLiteral("No open jobs on the list right now")));
    CHECK(wall.shows(wall.t->config().hotline));
    CHECK(wall.w->ticker()->isHidden()); // no jobs to scroll
    CHECK(wall.status().contains(QStringLiteral("Data updated at 10:00")));

    // A wall that syncs and has had nothing from the platform for days: its empty list is not
    // "no jobs", and people are sent to the window for today's.
    Config syncing;
    syncing.platformUrl = QUrl(QStringLiteral("https://platform.example.cn/lg"));
    syncing.staleAfterMinutes = 30;
    Wall cut(syncing, 0);
    cut.w->setAnimated(false);
    REQUIRE(cut.t->syncState()
                .setValue(QLatin1String(DisplayFeed::kLastSyncKey),
                          Clock::toWire(local(10).addDays(-40)))
                .ok());
    cut.w->reload();
    REQUIRE(cut.settled());
    cut.w->tick();
    REQUIRE(cut.w->statusBar()->isStale());
    cut.w->showPage(PageKind::Jobs);
    CHECK(cut.shows(QStringLiteral("Today's jobs cannot be shown on this screen right now")));
    CHECK(cut.shows(QStringLiteral("Please ask at the service window which jobs are open today")));
    CHECK_FALSE(cut.shows(QStringLiteral("No open jobs")));
    CHECK_FALSE(cut.shows(QStringLiteral("0 open jobs")));
    // Fresh data again: the list is the hall's, and an empty one says so.
    REQUIRE(cut.t->syncState()
                .setValue(QLatin1String(DisplayFeed::kLastSyncKey), Clock::toWire(local(9, 59)))
                .ok());
    cut.w->reload();
    REQUIRE(cut.settled());
    cut.w->tick();
    REQUIRE_FALSE(cut.w->statusBar()->isStale());
    CHECK(cut.shows(QStringLiteral("No open jobs on the list right now")));

    // A playlist of pages that are all empty: the market page stands in.
    Wall empty(withPlaylist(R"([{"page": "welfare"}, {"page": "ratio"}])"), 0);
    empty.w->showNextPage();
    CHECK(empty.w->currentEntry() == -1);
    CHECK(empty.w->currentPage() == PageKind::Market);
    CHECK(empty.shows(empty.t->config().hotline));
}

TEST_CASE("time windows choose the pages by the terminal's clock", "[ui][display]")
{
    Wall wall(withPlaylist(R"([
        {"page": "jobs", "seconds": 10, "screens": 2, "from": "06:00", "to": "09:00",
         "exclusive": true},
        {"page": "trades"},
        {"page": "market"}
    ])"));
    wall.w->setAnimated(false);
    wall.t.clock().set(local(7, 15));
    std::set<PageKind> morning;
    for (int i = 0; i < 8; ++i) {
        wall.w->showNextPage();
        morning.insert(wall.w->currentPage());
    }
    CHECK(morning == std::set<PageKind>{PageKind::Jobs});

    wall.t.clock().set(local(9, 0));
    std::set<PageKind> day;
    for (int i = 0; i < 6; ++i) {
        wall.w->showNextPage();
        day.insert(wall.w->currentPage());
    }
    CHECK(day == std::set<PageKind>{PageKind::Trades, PageKind::Market});
}

TEST_CASE("an urgent notice takes over the screen until it expires", "[ui][display]")
{
    Wall wall;
    CHECK(!wall.w->urgentShown());
    // Entered at the staff window (here: saved through the store while the wall runs).
    REQUIRE(
        wall.t->store()
            .save(entities::content(), EntityStore::newId(),
                  QJsonObject{
                      {QStringLiteral("kind"), QStringLiteral("urgent")},
                      {QStringLiteral("title"), QStringLiteral("Lift out of order")},
                      {QStringLiteral("body"), QStringLiteral("Use the east stairs.")},
                      {QStringLiteral("extra"),
                       QJsonObject{{QStringLiteral("contact"), QStringLiteral("Window 3")},
                                   {QStringLiteral("phone"), QStringLiteral("0771-5550000")}}},
                      {QStringLiteral("valid_from"), QStringLiteral("2026-11-22T10:30:00+08:00")},
                      {QStringLiteral("valid_until"), QStringLiteral("2026-11-22T11:00:00+08:00")}})
            .ok());
    // The store watcher notices the write and the wall reads it without a restart.
    const auto arrived = [&] {
        for (const StoredEntity& e : wall.w->snapshot()->urgent) {
            if (e.data.value(QLatin1String("title")).toString() ==
                QLatin1String("Lift out of order"))
                return true;
        }
        return false;
    };
    REQUIRE(QTest::qWaitFor(arrived, 10'000));
    wall.w->tick();

    wall.t.clock().set(local(10, 29, 59));
    wall.w->tick();
    CHECK(!wall.w->urgentShown());

    // The page on screen has the rest of its time when the notice has gone.
    const int pageLeft = wall.w->pageMsLeft();
    REQUIRE(pageLeft > 0);
    wall.t.clock().set(local(10, 30));
    wall.w->tick();
    REQUIRE(wall.w->urgentShown());
    CHECK(wall.w->pageMsLeft() == -1);
    const QString urgent = wall.w->urgentView()->visibleText().join(QLatin1Char('|'));
    CHECK(urgent.contains(QStringLiteral("Urgent notice")));
    CHECK(urgent.contains(QStringLiteral("Lift out of order")));
    CHECK(urgent.contains(QStringLiteral("Use the east stairs.")));
    CHECK(urgent.contains(QStringLiteral("11:00")));
    CHECK(urgent.contains(QStringLiteral("Window 3")));
    CHECK(urgent.contains(QStringLiteral("0771-5550000")));
    CHECK(wall.w->pageView()->isHidden());
    CHECK(wall.w->ticker()->isHidden());

    // Its loop waits underneath: a reading of the store brings no page of its own.
    const PageKind page = wall.w->currentPage();
    wall.w->reload();
    REQUIRE(wall.settled());
    wall.t.clock().set(local(10, 59, 59));
    wall.w->tick();
    CHECK(wall.w->urgentShown());
    CHECK(wall.w->pageMsLeft() == -1);
    CHECK(wall.w->currentPage() == page);

    wall.t.clock().set(local(11, 0));
    wall.w->reload(); // the wall reads the store again as it does every few minutes
    REQUIRE(wall.settled());
    wall.w->tick();
    CHECK(!wall.w->urgentShown());
    CHECK(!wall.w->pageView()->isHidden());
    CHECK(wall.w->currentPage() == page);
    CHECK(wall.w->pageMsLeft() > 0);
    CHECK(wall.w->pageMsLeft() <= pageLeft);
    CHECK(!wall.w->statusBar()->isStale());
    CHECK(!wall.w->ticker()->isHidden());

    // One given only a day runs through that day, and says so; the phone number the window's
    // form stores as `extra.phone` is not said twice when the contact gives it too.
    REQUIRE(wall.t->store()
                .save(entities::content(), EntityStore::newId(),
                      QJsonObject{
                          {QStringLiteral("kind"), QStringLiteral("urgent")},
                          {QStringLiteral("title"), QStringLiteral("Hall closes early")},
                          {QStringLiteral("body"), QStringLiteral("Closed at 15:00.")},
                          {QStringLiteral("extra"),
                           QJsonObject{{QStringLiteral("contact"),
                                        QStringLiteral("Window 1, 0771-5551234")},
                                       {QStringLiteral("phone"), QStringLiteral("0771-5551234")}}},
                          {QStringLiteral("valid_until"), QStringLiteral("2026-11-22")}})
                .ok());
    wall.w->reload();
    REQUIRE(wall.settled());
    wall.w->tick();
    REQUIRE(wall.w->urgentShown());
    const QString allDay = wall.w->urgentView()->visibleText().join(QLatin1Char('|'));
    CHECK(allDay.contains(QStringLiteral("Until ") + DisplayFormat::monthDay(QDate(2026, 11, 22))));
    CHECK_FALSE(allDay.contains(QStringLiteral("00:00")));
    CHECK(allDay.contains(QStringLiteral("0771-5551234")));
    CHECK(allDay.count(QStringLiteral("0771-5551234")) == 1);
    wall.t.clock().set(local(23, 59));
    wall.w->tick();
    CHECK(wall.w->urgentShown());
    // Running all day, it takes turns with the loop: the hall's jobs are still shown. (The lift
    // notice above, of half an hour, held the wall throughout, at :59 of a minute too.)
    wall.t.clock().set(local(23, 59, DisplayWindow::kLongUrgentShowSec + 5));
    wall.w->tick();
    CHECK_FALSE(wall.w->urgentShown());
    CHECK(!wall.w->pageView()->isHidden());
    wall.t.clock().set(local(23, 59, DisplayWindow::kLongUrgentShowSec - 1));
    wall.w->tick();
    CHECK(wall.w->urgentShown());

    // Two running all day take a turn each: one minute's, then the next one's.
    REQUIRE(wall.t->store()
                .save(entities::content(), EntityStore::newId(),
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("urgent")},
                                  {QStringLiteral("title"), QStringLiteral("Lift out all day")},
                                  {QStringLiteral("valid_from"), QStringLiteral("2026-11-22")},
                                  {QStringLiteral("valid_until"), QStringLiteral("2026-11-22")}})
                .ok());
    wall.w->reload();
    REQUIRE(wall.settled());
    QSet<QString> seen;
    for (int minute = 50; minute < 52; ++minute) {
        wall.t.clock().set(local(23, minute, 5));
        wall.w->tick();
        REQUIRE(wall.w->urgentShown());
        seen.insert(wall.w->urgentView()->visibleText().join(QLatin1Char('|')));
    }
    CHECK(seen.size() == 2);
}

TEST_CASE("a wall started on an empty store reads the wage figures again once jobs arrive",
          "[ui][display]")
{
    Wall wall(Config{}, 0);
    REQUIRE(wall.w->snapshot()->statistics);
    REQUIRE(wall.w->snapshot()->statistics->wages.empty());
    // The first sync brings the hall's jobs.
    REQUIRE(DemoData(wall.t->store()).seed(120).ok());
    wall.w->reload();
    // Within seconds, not the minute the figures otherwise keep.
    CHECK(QTest::qWaitFor(
        [&] {
            const auto& s = wall.w->snapshot()->statistics;
            return s && !s->wages.empty();
        },
        DisplayWindow::kStatisticsMaxAgeMs / 4));
}

TEST_CASE("a job written by another connection shows within seconds, and goes when withdrawn",
          "[ui][display]")
{
    Wall wall(Config{}, 60);
    wall.w->setAnimated(false);
    wall.w->showPage(PageKind::Jobs);
    const QString title = QStringLiteral("水果市场夜班装卸");
    CHECK(!wall.shows(title));

    // Another process (say the staff window) writes the same file. A connection of its own and
    // plain SQL: nothing in this process learns of it except through SQLite.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(wall.t.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO job(id, title, occupation, industry, district, pay_min, pay_max, "
            "pay_unit, pay_day, headcount, valid_until, status, created_at, modified_at) "
            "VALUES('0f0f0f0f-0000-4000-8000-000000000001', ?, '装卸搬运', "
            "'交通运输仓储和邮政业', '南宁市江南区', 200, 260, 'day', 260, 4, '2026-12-01', "
            "'published', ?, ?)")));
        const QString now = Clock::toWire(wall.t.clock().now().addSecs(60));
        q.addBindValue(title);
        q.addBindValue(now);
        q.addBindValue(now);
        REQUIRE(q.exec());
    }
    CHECK(QTest::qWaitFor([&] { return wall.shows(title); }, 10'000));
    CHECK(wall.w->ticker()->visibleText().join(QLatin1Char(' ')).contains(title));

    {
        QSqlDatabase other = QSqlDatabase::database(QStringLiteral("other-writer"));
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("UPDATE job SET status = 'withdrawn' "
                                      "WHERE id = '0f0f0f0f-0000-4000-8000-000000000001'")));
    }
    CHECK(QTest::qWaitFor([&] { return !wall.shows(title); }, 10'000));
    CHECK(!wall.w->ticker()->visibleText().join(QLatin1Char(' ')).contains(title));
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
}

TEST_CASE("a failing store keeps the last good content with a discreet warning", "[ui][display]")
{
    Wall wall;
    wall.w->setAnimated(false);
    wall.w->showPage(PageKind::Jobs);
    const QStringList before = wall.w->pageView()->visibleText();
    CHECK(!wall.w->statusBar()->isStale());
    CHECK(wall.w->statusBar()->warning().isEmpty());

    wall.t->database().setFaultInjector([](const QString&) -> std::optional<Error> {
        return makeError(QStringLiteral("database"), QStringLiteral("disk I/O error"));
    });
    wall.w->reload();
    REQUIRE(wall.settled());
    CHECK(wall.w->pageView()->visibleText() == before);
    CHECK(!wall.w->statusBar()->warning().isEmpty());
    CHECK(!wall.w->statusBar()->isStale()); // the data is only seconds old

    // Still failing half an hour later: now the screen says plainly that it is out of date.
    wall.t.clock().advanceMs(31 * 60 * 1000);
    wall.w->tick();
    CHECK(wall.w->statusBar()->isStale());
    // (The plural forms come from the English translation, which tests do not load.)
    CHECK(wall.status().contains(QStringLiteral("not updated for 31 minute")));
    CHECK(wall.status().contains(QStringLiteral("10:00")));
    CHECK(wall.w->pageView()->visibleText() == before);
    wall.w->showNextPage(); // and the loop goes on
    CHECK(wall.w->pageView()->visibleText().size() > 2);

    wall.t->database().setFaultInjector({});
    wall.w->reload();
    REQUIRE(wall.settled());
    CHECK(wall.w->statusBar()->warning().isEmpty());
    CHECK(!wall.w->statusBar()->isStale());
    CHECK(wall.status().contains(QStringLiteral("Data updated at 10:31")));
}

TEST_CASE("a wall of its own notes for staff a week with no new job or notice", "[ui][display]")
{
    Wall wall(Config{}, 30); // the demo written at 10:00
    wall.w->setAnimated(false);
    // Read again three hours later, with nothing new: all as it should be.
    wall.t.clock().set(local(13, 0));
    wall.w->reload();
    REQUIRE(wall.settled());
    CHECK(wall.status().contains(QStringLiteral("Data updated at 13:00")));
    CHECK(wall.w->statusBar()->warning().isEmpty());

    // Eight days on, still nothing new: noted in the small line (the store is read well, and
    // what the wall shows is what it holds), not in the band the public reads.
    wall.t.clock().set(local(10, 0).addDays(8));
    wall.w->reload();
    REQUIRE(wall.settled());
    CHECK(!wall.w->statusBar()->isStale());
    CHECK(
        wall.w->statusBar()->warning().contains(QStringLiteral("No new job or notice for 8 day")));
    CHECK(wall.w->statusBar()->warning().contains(QStringLiteral("22 November 10:00")));
    // Settings to check as well: both are said.
    wall.t.terminal().setStartupProblems({QStringLiteral("Setting hall.name is not set")});
    wall.w->tick();
    CHECK(wall.w->statusBar()->warning().contains(QStringLiteral("Settings to check")));
    CHECK(wall.w->statusBar()->warning().contains(QStringLiteral("No new job or notice")));
    wall.t.terminal().setStartupProblems({});

    // A clerk publishes a posting: the note goes.
    QJsonObject job = sampleJob();
    job.insert(QStringLiteral("start_date"), wall.t.clock().today().toString(Qt::ISODate));
    job.insert(QStringLiteral("valid_until"),
               wall.t.clock().today().addDays(3).toString(Qt::ISODate));
    REQUIRE(wall.t->store().save(entities::job(), EntityStore::newId(), job).ok());
    wall.w->reload();
    REQUIRE(wall.settled());
    CHECK(wall.w->statusBar()->warning().isEmpty());
}

TEST_CASE("a wall started with settings to check says so where staff look", "[ui][display]")
{
    Wall wall(Config{}, 10);
    wall.w->setAnimated(false);
    CHECK(wall.w->statusBar()->warning().isEmpty());
    wall.t.terminal().setStartupProblems({QStringLiteral("Setting hall.name is not set")});
    wall.w->tick();
    CHECK(wall.w->statusBar()->warning().contains(QStringLiteral("Settings to check")));
    CHECK(!wall.w->statusBar()->isStale());
}

TEST_CASE("a syncing display says plainly when it has no fresh data from the platform",
          "[ui][display]")
{
    Config config;
    config.platformUrl = QUrl(QStringLiteral("https://platform.example.cn/lg"));
    config.staleAfterMinutes = 30;
    Wall never(config);
    CHECK(never.w->statusBar()->isStale());
    CHECK(never.status().contains(QStringLiteral("Not yet synchronised")));

    Wall synced(config);
    REQUIRE(synced.t->syncState()
                .setValue(QLatin1String(DisplayFeed::kLastSyncKey), Clock::toWire(local(9, 50)))
                .ok());
    synced.w->reload();
    REQUIRE(synced.settled());
    CHECK(!synced.w->statusBar()->isStale());
    CHECK(synced.status().contains(QStringLiteral("Data updated at 09:50")));
    CHECK(!synced.status().contains(QStringLiteral("Offline")));

    // Amber in the line: the pill that says what is wrong with the link.
    const auto amber = [&synced] {
        const QImage line = synced.w->statusBar()->grab().toImage();
        int n = 0;
        for (int y = 0; y < line.height(); ++y)
            for (int x = 0; x < line.width(); ++x)
                n += line.pixelColor(x, y) == QColor(0xFF, 0xB3, 0x00);
        return n;
    };
    CHECK(amber() == 0);
    // The sync engine lost the platform: the line says so before the data time, in warning
    // colours.
    REQUIRE(synced.t->syncState().setValue(QStringLiteral("online"), QStringLiteral("0")).ok());
    synced.w->tick();
    CHECK(synced.status().contains(QStringLiteral("Offline|Data updated at 09:50")));
    CHECK(!synced.w->statusBar()->isStale());
    CHECK(amber() > 1000);
    REQUIRE(synced.t->syncState().setValue(QStringLiteral("online"), QStringLiteral("1")).ok());
    synced.w->tick();
    CHECK(!synced.status().contains(QStringLiteral("Offline")));
    CHECK(amber() == 0);
    // Refused (a token, an address): the rounds stop until someone acts, and the line says so.
    REQUIRE(synced.t->syncState()
                .setValue(QStringLiteral("waiting_for_staff"), QStringLiteral("1"))
                .ok());
    synced.w->tick();
    CHECK(synced.status().contains(QStringLiteral("Not syncing: staff needed")));
    REQUIRE(synced.t->syncState()
                .setValue(QStringLiteral("waiting_for_staff"), QStringLiteral("0"))
                .ok());
    synced.w->tick();
    CHECK(!synced.status().contains(QStringLiteral("Not syncing")));

    const int normalHeight = synced.w->statusBar()->height();
    synced.t.clock().set(local(10, 21));
    synced.w->tick();
    CHECK(synced.w->statusBar()->isStale());
    // Said large enough to read across the hall: a taller band, larger type than the line's.
    CHECK(synced.w->statusBar()->height() >= normalHeight * 3 / 2);
    CHECK(synced.w->statusBar()->scene().largestFontPx() >= 40);
    CHECK(synced.w->statusBar()->geometry().bottom() <= synced.w->rect().bottom());
    // In the ticker's place: the ticker's jobs are as old.
    CHECK(synced.w->ticker()->isHidden());
    // Stopped for want of staff: the band says that too, in place of the line that said it.
    REQUIRE(synced.t->syncState()
                .setValue(QStringLiteral("waiting_for_staff"), QStringLiteral("1"))
                .ok());
    synced.w->tick();
    CHECK(synced.w->statusBar()->isStale());
    // First, not after the sentence's full stop.
    CHECK(synced.status().contains(QStringLiteral("Not syncing: staff needed · Out of date")));

    // Weeks without the platform: said in days, from a day named; a year ago, with its year.
    synced.t.clock().set(local(9, 50).addDays(13));
    synced.w->tick();
    CHECK(synced.status().contains(QStringLiteral("not updated for 13 day")));
    CHECK(synced.status().contains(QStringLiteral("(since 22 November 09:50)")));
    synced.t.clock().set(local(9, 50).addDays(400));
    synced.w->tick();
    CHECK(synced.status().contains(QStringLiteral("not updated for 400 day")));
    CHECK(synced.status().contains(QStringLiteral("2026")));
    synced.t.clock().set(local(10, 0).addSecs(5 * 3600));
    synced.w->tick();
    CHECK(synced.status().contains(QStringLiteral("not updated for 5 hour")));

    // The platform's clock disagrees with this one by more than five minutes: the band says
    // first that the dates on the wall may be wrong, even while the data is fresh.
    synced.t.clock().set(local(9, 55));
    REQUIRE(synced.t->syncState()
                .setValue(QStringLiteral("waiting_for_staff"), QStringLiteral("0"))
                .ok());
    REQUIRE(synced.t->syncState()
                .setValue(QLatin1String(SyncState::kClockSkew), QString::number(-3 * 86400))
                .ok());
    synced.w->tick();
    CHECK(synced.w->statusBar()->isStale());
    CHECK(synced.status().startsWith(
        QStringLiteral("This screen's clock is 3 day(s) behind the platform's")));
    REQUIRE(synced.t->syncState().setValue(QLatin1String(SyncState::kClockSkew), {}).ok());
    synced.w->tick();
    CHECK_FALSE(synced.w->statusBar()->isStale());
}

TEST_CASE("pages scale from 720p to 4K and portrait and stay inside their boxes", "[ui][display]")
{
    Wall wall;
    wall.w->setAnimated(false);
    for (const QSize size :
         {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160), QSize(1080, 1920)}) {
        wall.w->resize(size);
        QCoreApplication::processEvents();
        const DisplayMetrics m = DisplayMetrics::forSize(size);
        for (int k = 0; k <= int(PageKind::Qr); ++k) {
            const auto kind = PageKind(k);
            wall.w->showPage(kind);
            const DisplayScene& scene = wall.w->pageView()->scene();
            INFO(size.width() << "x" << size.height() << " "
                              << Playlist::pageName(kind).toStdString());
            const QRectF box = QRectF(wall.w->pageView()->rect()).adjusted(-1, -1, 1, 1);
            CHECK(box.contains(scene.bounds()));
            // Titles: 60 px at 1080p (>= 48), scaled with the screen.
            CHECK(scene.largestFontPx() >= int(48 * m.unit));
        }
        CHECK(QRectF(wall.w->rect()).contains(wall.w->header()->geometry()));
        CHECK(QRectF(wall.w->rect()).contains(wall.w->statusBar()->geometry()));
    }
    wall.w->resize(1920, 1080);
    QCoreApplication::processEvents();
    wall.w->showPage(PageKind::Jobs);
    CHECK(wall.w->pageView()->scene().largestFontPx() >= 48);
}

TEST_CASE("the trades page says when it shows only the trades wanting most people", "[ui][display]")
{
    Wall wall(Config{}, 400);
    wall.w->setAnimated(false);
    wall.w->showPage(PageKind::Trades);
    const QStringList texts = wall.w->pageView()->visibleText();
    INFO(texts.join(QLatin1Char('|')).toStdString());
    int bars = 0;
    for (const QString& t : texts)
        bars += t.contains(QStringLiteral(" people · ")) ? 1 : 0;
    const QRegularExpression subtitle(QStringLiteral("^(\\d+) trades hiring"));
    int trades = -1;
    QString line;
    for (const QString& t : texts) {
        if (const auto m = subtitle.match(t); m.hasMatch()) {
            trades = m.captured(1).toInt();
            line = t;
        }
    }
    REQUIRE(bars > 0);
    REQUIRE(trades > bars); // the demo hall has more trades than one screen holds
    CHECK(line.endsWith(QStringLiteral("; the %1 wanting most people are shown").arg(bars)));
}

TEST_CASE("in English the trades are named in English, and a tall screen keeps subtitles whole",
          "[ui][display]")
{
    Wall wall(Config{}, 400);
    wall.w->setAnimated(false);
    const ReferenceData& reference = wall.t->reference();
    REQUIRE(reference.displayName(QStringLiteral("家政保洁")) == QStringLiteral("Cleaning"));

    DisplayJobModel* model = wall.w->pageView()->jobModel();
    const QString stored = model->job(0).data.value(QLatin1String("occupation")).toString();
    CHECK(model->data(model->index(0, DisplayJobModel::Occupation)).toString() ==
          reference.displayName(stored));
    CHECK(reference.displayName(stored) != stored);

    const auto hasChinese = [](const QString& s) {
        for (const QChar c : s)
            if (c.script() == QChar::Script_Han)
                return true;
        return false;
    };
    for (const PageKind page : {PageKind::Trades, PageKind::Wages, PageKind::Ratio}) {
        wall.w->showPage(page);
        const QStringList texts = wall.w->pageView()->visibleText();
        INFO(texts.join(QLatin1Char('|')).toStdString());
        REQUIRE(texts.size() > 4);
        // Below the header (hall name, dates) no trade or industry is left in Chinese.
        for (const QString& t : texts)
            CHECK_FALSE(hasChinese(t));
    }

    // On a tall screen the subtitle has its own line under the title.
    wall.w->resize(1080, 1920);
    wall.settled();
    wall.w->showPage(PageKind::Welfare);
    const QStringList texts = wall.w->pageView()->visibleText();
    INFO(texts.join(QLatin1Char('|')).toStdString());
    // One line, whole: not wrapped small beside the title nor cut.
    CHECK(
        texts.contains(QStringLiteral("For people who find work hard to get; ask at the window")));
}

TEST_CASE("the page dots light the page shown, wherever it is in the loop", "[ui][display]")
{
    Wall wall;
    wall.w->setAnimated(false);
    const auto& entries = wall.w->playlist().entries();
    REQUIRE(entries.size() > 3);
    // The pages that play now, in loop order.
    std::vector<int> playing;
    const int start = wall.w->currentEntry();
    for (int n = 0; n < int(entries.size()); ++n) {
        if (std::find(playing.begin(), playing.end(), wall.w->currentEntry()) == playing.end())
            playing.push_back(wall.w->currentEntry());
        while (wall.w->currentScreen() + 1 < wall.w->currentScreens())
            wall.w->showNextPage();
        wall.w->showNextPage();
    }
    REQUIRE(std::find(playing.begin(), playing.end(), start) != playing.end());
    std::sort(playing.begin(), playing.end());
    REQUIRE(playing.size() > 3);
    for (size_t k = 0; k < playing.size(); ++k) {
        const int i = playing[k];
        INFO(Playlist::pageName(entries[size_t(i)].kind).toStdString());
        // The first entry of its kind (a playlist may hold a kind twice).
        int first = 0;
        while (entries[size_t(first)].kind != entries[size_t(i)].kind)
            ++first;
        wall.w->showPage(entries[size_t(i)].kind);
        const auto at = std::find(playing.begin(), playing.end(), first);
        REQUIRE(at != playing.end());
        CHECK(wall.w->statusBar()->progressIndex() == int(at - playing.begin()));
        CHECK(wall.w->statusBar()->progressCount() == int(playing.size()));
    }
}

TEST_CASE("the page dots count only the pages that play", "[ui][display]")
{
    // An empty store: the job pages have nothing to show and are skipped.
    Wall wall(Config{}, 0);
    wall.w->setAnimated(false);
    const int entries = int(wall.w->playlist().entries().size());
    std::set<int> seen;
    for (int n = 0; n < 3 * entries; ++n) {
        wall.w->showNextPage();
        seen.insert(wall.w->currentEntry());
        if (wall.w->currentEntry() >= 0)
            CHECK(wall.w->statusBar()->progressCount() < entries);
    }
    seen.erase(-1);
    CHECK(wall.w->statusBar()->progressCount() == int(seen.size()));
}

TEST_CASE(
    "pay, wages, settlement, counts and the hall's rules are shown whole in either orientation",
    "[ui][display]")
{
    // The tests run in English, whose pay units and words are the longer ones.
    Wall wall(Config{}, 400);
    wall.w->setAnimated(false);
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        wall.w->resize(size);
        QCoreApplication::processEvents();
        for (const PageKind kind : {PageKind::Jobs, PageKind::Welfare, PageKind::Wages,
                                    PageKind::Trades, PageKind::Market}) {
            wall.w->showPage(kind);
            const QStringList texts = wall.w->pageView()->visibleText();
            INFO(size.width() << "x" << size.height() << " "
                              << Playlist::pageName(kind).toStdString() << ": "
                              << texts.join(QLatin1Char('|')).toStdString());
            REQUIRE(texts.size() > 10);
            for (const QString& text : texts)
                CHECK_FALSE(text.contains(QChar(u'…')));
        }
    }
}

TEST_CASE("the picture shifts a few pixels every two minutes", "[ui][display]")
{
    Wall wall;
    const DisplayMetrics m = DisplayMetrics::forSize(QSize(1920, 1080));
    std::set<std::pair<int, int>> shifts;
    for (int i = 0; i < 9; ++i) {
        wall.t.clock().advanceMs(DisplayWindow::kShiftPeriodSec * 1000);
        wall.w->tick();
        const QPoint s = wall.w->pixelShift();
        CHECK(s == DisplayWindow::pixelShiftAt(wall.t.clock().now(), m));
        CHECK(std::abs(s.x()) <= 4);
        CHECK(std::abs(s.y()) <= 4);
        shifts.insert({s.x(), s.y()});
    }
    CHECK(shifts.size() == 9); // every position of the walk
    // The header moves with it.
    const QPoint before = wall.w->header()->pos();
    const QPoint shiftBefore = wall.w->pixelShift();
    wall.t.clock().advanceMs(DisplayWindow::kShiftPeriodSec * 1000);
    wall.w->tick();
    CHECK(wall.w->header()->pos() - before == wall.w->pixelShift() - shiftBefore);
}

TEST_CASE("screenshots render every page with content", "[ui][display]")
{
    Wall wall;
    QTemporaryDir dir;
    REQUIRE(wall.w->saveScreenshots(dir.path()) == 0);
    for (const char* name : {"display-jobs.png", "display-trades.png", "display-ratio.png",
                             "display-wages.png", "display-market.png", "display-qr.png"}) {
        INFO(name);
        CHECK(QFileInfo(QDir(dir.path()).filePath(QLatin1String(name))).size() > 10'000);
    }
}

TEST_CASE("in English a count of one reads as one: 1 person, 2 people", "[ui][display]")
{
    QTranslator plurals;
    REQUIRE(plurals.load(QStringLiteral(":/i18n/lingong_en.qm")));
    QCoreApplication::installTranslator(&plurals);
    CHECK(DisplayFormat::headcount(1) == QStringLiteral("1 person"));
    CHECK(DisplayFormat::headcount(12) == QStringLiteral("12 people"));
    CHECK(DisplayPageView::tr("%n item(s)", nullptr, 1) == QStringLiteral("1 item"));
    CHECK(DisplayPageView::tr("%n item(s)", nullptr, 5) == QStringLiteral("5 items"));
    QCoreApplication::removeTranslator(&plurals);
    // Without it, the source text.
    CHECK(DisplayFormat::headcount(1) == QStringLiteral("1 people"));
}

TEST_CASE("pay reads as it was posted, on the wall and at the kiosk", "[ui][display]")
{
    CHECK(DisplayFormat::pay(1.5, 2.25, QStringLiteral("piece")) ==
          QStringLiteral("1.5–2.25 yuan/piece"));
    CHECK(DisplayFormat::pay(180, 220, QStringLiteral("day")) ==
          QStringLiteral("180–220 yuan/day"));
    CHECK(DisplayFormat::pay(18.5, 18.5, QStringLiteral("hour")) ==
          QStringLiteral("18.5 yuan/hour"));
    CHECK(DisplayFormat::pay(6800, 7100, QStringLiteral("month")) ==
          QStringLiteral("6800–7100 yuan/month"));
    const QJsonObject job{
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), 1.5},
                                            {QStringLiteral("max"), 2.25},
                                            {QStringLiteral("unit"), QStringLiteral("piece")}}}};
    CHECK(KioskText::pay(job).startsWith(QStringLiteral("1.5–2.25 ")));
}

TEST_CASE("pay by the hour or the month says what a day comes to", "[ui][kiosk]")
{
    const auto job = [](double lo, double hi, const char* unit, const char* hours) {
        return QJsonObject{{QStringLiteral("pay"),
                            QJsonObject{{QStringLiteral("min"), lo},
                                        {QStringLiteral("max"), hi},
                                        {QStringLiteral("unit"), QString::fromLatin1(unit)}}},
                           {QStringLiteral("work_hours"), QString::fromUtf8(hours)}};
    };
    CHECK(KioskText::payPerDay(job(36, 37, "hour", "8:00-12:00")) ==
          QStringLiteral("4 hours a day: about 144–148 yuan a day"));
    // Two spells of work, and a rate to the jiao: never rounded up.
    CHECK(KioskText::payPerDay(job(22.5, 22.5, "hour", "8:00-12:00，14:30-18:00")) ==
          QStringLiteral("7.5 hours a day: about 168 yuan a day"));
    CHECK(KioskText::payWithDay(job(25, 30, "hour", "9点-13点")) ==
          QStringLiteral("25–30 yuan/hour (4 hours a day: about 100–120 yuan a day)"));
    // Hours not named, or pay not by the hour: nothing is guessed.
    CHECK(KioskText::payPerDay(job(25, 30, "hour", "")).isEmpty());
    CHECK(KioskText::payPerDay(job(25, 30, "hour", "白天")).isEmpty());
    CHECK(KioskText::payPerDay(job(180, 220, "day", "8:00-17:00")).isEmpty());
    CHECK(KioskText::payWithDay(job(180, 220, "day", "8:00-17:00")) ==
          QStringLiteral("180–220 yuan/day"));
    CHECK(KioskText::payPerDay(job(0, 0, "hour", "8:00-12:00")).isEmpty());
    // On a job card, in a few words.
    CHECK(KioskText::payPerDayShort(job(36, 37, "hour", "8:00-12:00")) ==
          QStringLiteral("about 144–148 yuan a day"));
    CHECK(KioskText::payPerDayShort(job(180, 220, "day", "8:00-17:00")).isEmpty());
    CHECK(KioskText::payPerDayShort(job(25, 30, "hour", "")).isEmpty());
    // A month's pay over the 21.75 paid days of the law's daily wage (月计薪天数), as the order
    // by pay counts it; never
    // rounded up. By the piece: nothing to tell.
    CHECK(KioskText::payPerDay(job(4500, 0, "month", "8:00-17:00")) ==
          QStringLiteral(
              "about 206 yuan a day, a month's pay over the 21.75 paid days the law counts"));
    CHECK(KioskText::payPerDayShort(job(3800, 4500, "month", "")) ==
          QStringLiteral("about 174–206 yuan a day"));
    CHECK(KioskText::payPerDay(job(2, 3, "piece", "8:00-17:00")).isEmpty());
    // Both ends coming to one day's pay: one figure.
    CHECK(KioskText::payPerDayShort(job(3050, 3060, "month", "")) ==
          QStringLiteral("about 140 yuan a day"));
}

TEST_CASE("a ranking with tied trades shows every one of them, and nothing lies on anything else",
          "[ui][display]")
{
    Wall wall(Config{}, 0);
    wall.w->setAnimated(false);
    auto occupations = wall.t->reference().occupations();
    REQUIRE(occupations.ok());
    REQUIRE(occupations->size() >= 12);
    // Twelve trades with seekers this month; two of them with jobs too: ten tied at 0.
    QStringList unasked;
    for (int i = 0; i < 12; ++i) {
        const QString trade = (*occupations)[size_t(i)].name;
        const QJsonObject seeker{{QStringLiteral("name"), QStringLiteral("求职者%1").arg(i)},
                                 {QStringLiteral("wanted_occupations"), QJsonArray{trade}}};
        REQUIRE(wall.t->store().save(entities::seeker(), EntityStore::newId(), seeker).ok());
        if (i < 2) {
            QJsonObject job = sampleJob();
            job.insert(QStringLiteral("occupation"), trade);
            REQUIRE(wall.t->store().save(entities::job(), EntityStore::newId(), job).ok());
        } else {
            unasked << wall.t->reference().displayName(trade);
        }
    }
    // A wall started now reads the month's figures at once.
    wall.w = std::make_unique<DisplayWindow>(wall.t.terminal());
    wall.w->setAnimated(false);
    wall.w->show();
    REQUIRE(wall.settled());
    REQUIRE(wall.w->snapshot()->statistics);
    CHECK(wall.w->snapshot()->statistics->occupationRanking.lowest.size() == 10);

    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1080, 1920)}) {
        wall.w->resize(size);
        QCoreApplication::processEvents();
        wall.w->showPage(PageKind::Ratio);
        const DisplayScene& scene = wall.w->pageView()->scene();
        const auto boxes = scene.textBoxes();
        const QString all = scene.texts().join(QLatin1Char('|'));
        INFO(size.width() << "x" << size.height() << ": " << all.toStdString());
        // Each trade tied at 0 is named, in its row or in the line that names the rest.
        for (const QString& name : unasked)
            CHECK(all.contains(name));
        // What 0 means is said, whole: those trades may have open jobs posted before.
        CHECK(all.contains(QStringLiteral("0.00: no new job")));
        CHECK_FALSE(all.contains(QChar(u'…')));
        // Equal ratios share their place: every row of both lists is first (the two with jobs
        // are tied too), and no trade is second because of the order it happened to come in.
        CHECK(scene.texts().count(QStringLiteral("1")) >= 4);
        for (int place = 2; place <= 10; ++place)
            CHECK_FALSE(scene.texts().contains(QString::number(place)));
        for (size_t i = 0; i < boxes.size(); ++i)
            for (size_t j = i + 1; j < boxes.size(); ++j) {
                INFO(boxes[i].first.toStdString() << " / " << boxes[j].first.toStdString());
                const QRectF both = boxes[i].second.intersected(boxes[j].second);
                CHECK((both.width() < 1 || both.height() < 1));
            }
    }
}

TEST_CASE("the wall places ratios of ten or more as the printed notice does", "[ui][display]")
{
    Wall wall(Config{}, 0);
    wall.w->setAnimated(false);
    auto occupations = wall.t->reference().occupations();
    REQUIRE(occupations.ok());
    // 37 places for 3 seekers (12.33), 86 for 7 (12.29): to one decimal both read 12.3.
    const auto trade = [&](int i, int seekers, int places) {
        const QString name = (*occupations)[size_t(i)].name;
        for (int s = 0; s < seekers; ++s)
            REQUIRE(wall.t->store()
                        .save(entities::seeker(), EntityStore::newId(),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("求职者")},
                                          {QStringLiteral("wanted_occupations"), QJsonArray{name}}})
                        .ok());
        QJsonObject job = sampleJob();
        job.insert(QStringLiteral("occupation"), name);
        job.insert(QStringLiteral("headcount"), places);
        REQUIRE(wall.t->store().save(entities::job(), EntityStore::newId(), job).ok());
    };
    trade(0, 3, 37);
    trade(1, 7, 86);
    // Eight more, from 1 to 8 jobs a seeker: the two lead the list of the most.
    for (int i = 0; i < 8; ++i)
        trade(2 + i, 1, 1 + i);
    wall.w = std::make_unique<DisplayWindow>(wall.t.terminal());
    wall.w->setAnimated(false);
    wall.w->show();
    REQUIRE(wall.settled());
    REQUIRE(wall.w->snapshot()->statistics);
    wall.w->showPage(PageKind::Ratio);
    const QStringList texts = wall.w->pageView()->scene().texts();
    INFO(texts.join(QLatin1Char('|')).toStdString());
    // Given to two decimals, as printed, and placed first and second, not tied.
    const auto at = [&](const char* ratio) { return texts.indexOf(QString::fromLatin1(ratio)); };
    REQUIRE(at("12.33") > 0);
    REQUIRE(at("12.29") > at("12.33"));
    CHECK(texts.mid(0, at("12.33")).contains(QStringLiteral("1")));
    CHECK(texts.mid(at("12.33"), at("12.29") - at("12.33")).contains(QStringLiteral("2")));
}

TEST_CASE("a notice's long title is shown whole beside other notices", "[ui][display]")
{
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        INFO(size.width() << "x" << size.height());
        Wall wall(Config{}, 0, size);
        wall.w->setAnimated(false);
        // Over 50 characters, what it is about at the end.
        const QString title =
            QStringLiteral("关于二〇二六年冬季农民工返乡前工资清欠专项行动暨建筑、"
                           "家政、物流、电商直播等重点行业用工对接服务的通知");
        REQUIRE(title.size() >= 50);
        const std::vector<std::pair<QString, QString>> notices{
            {title, QStringLiteral("请有需要的零工到一号窗口登记。")},
            {QStringLiteral("北门维修"), QStringLiteral("今天北门维修，请从南门进出大厅。")}};
        QStringList ids;
        for (const auto& [t, body] : notices) {
            ids << EntityStore::newId();
            REQUIRE(wall.t->store()
                        .save(entities::content(), ids.back(),
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("notice")},
                                          {QStringLiteral("title"), t},
                                          {QStringLiteral("body"), body}})
                        .ok());
        }
        REQUIRE(QTest::qWaitFor([&] { return wall.w->snapshot()->notices.size() == 2; }, 10'000));
        wall.w->showPage(PageKind::Notices);
        const QStringList shown = wall.w->pageView()->visibleText();
        // On several lines, none cut short.
        CHECK(shown.join(QString()).contains(title));
        for (const QString& line : shown)
            CHECK_FALSE(line.endsWith(QChar(0x2026)));
        // Both cards on the one screen, the other whole as well.
        CHECK(wall.shows(QStringLiteral("请有需要的零工到一号窗口登记")));
        CHECK(wall.shows(QStringLiteral("今天北门维修，请从南门进出大厅。")));
    }
}

TEST_CASE("cards on the wall take larger type where their whole text leaves room", "[ui][display]")
{
    Wall wall(Config{}, 0);
    wall.w->setAnimated(false);
    const auto post = [&wall](const QString& id, const QString& title, const QString& body) {
        REQUIRE(wall.t->store()
                    .save(entities::content(), id,
                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("notice")},
                                      {QStringLiteral("title"), title},
                                      {QStringLiteral("body"), body}})
                    .ok());
        REQUIRE(QTest::qWaitFor(
            [&] {
                for (const StoredEntity& e : wall.w->snapshot()->notices) {
                    if (e.id == id && e.data.value(QLatin1String("body")).toString() == body)
                        return true;
                }
                return false;
            },
            10'000));
        wall.w->showPage(PageKind::Notices);
    };
    // The height of the first line of a text on the page: its font's.
    const auto lineOf = [&wall](const QString& start) {
        for (const auto& [text, box] : wall.w->pageView()->scene().textBoxes()) {
            if (text.startsWith(start))
                return box.height();
        }
        FAIL("not shown: " << start.toStdString());
        return 0.0;
    };
    const QString shortBody = QStringLiteral("今天北门维修，请从南门进出大厅。");
    const QString a = EntityStore::newId();
    post(a, QStringLiteral("北门维修"), shortBody);
    const double lone = lineOf(shortBody);
    CHECK(wall.shows(shortBody));

    // Beside a card whose text needs all the room: both at the usual size, alike.
    QString longBody;
    for (int i = 0; i < 9; ++i)
        longBody += QStringLiteral("本市场每周三上午举办专场招聘会，欢迎求职者和用工单位参加。");
    const QString b = EntityStore::newId();
    post(b, QStringLiteral("招聘会安排"), longBody);
    const double usual = lineOf(shortBody);
    CHECK(lineOf(QStringLiteral("本市场每周三")) == Approx(usual));
    CHECK(usual ==
          Approx(QFontMetricsF(DisplayMetrics::forSize(wall.w->size()).font(36)).height()));
    // Alone, a card's type is larger than that (42 px at least), larger still where it fits.
    CHECK(lone > QFontMetricsF(DisplayMetrics::forSize(wall.w->size()).font(42)).height() + 1);

    // Two short texts: both larger than the usual, at one size.
    const QString shorter = QStringLiteral("本市场每周三上午举办专场招聘会。");
    post(b, QStringLiteral("招聘会安排"), shorter);
    CHECK(lineOf(shortBody) > usual + 1);
    CHECK(lineOf(shorter) == Approx(lineOf(shortBody)));
    CHECK(wall.shows(shorter));
    CHECK(wall.shows(shortBody));
}

TEST_CASE("a paragraph on the wall never ends on a line of one or two characters", "[ui][display]")
{
    const QString text = QStringLiteral(
        "打零工、做小时工、自己接活干，没有固定用人单位的，就是“灵活就业人员”。其中的就业困难人员"
        "自己缴纳社会保险费的，可按规定申请社会保险补贴，补贴期限最长不超过3年。请携带身份证到窗口"
        "咨询办理。");
    const QFont font = DisplayMetrics::forSize(QSize(1920, 1080)).font(30);
    // The widths at which the text, broken where it may be, leaves one or two characters alone.
    int orphaned = 0;
    for (int width = 300; width <= 1200; width += 3) {
        QTextLayout plain(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        plain.setTextOption(option);
        plain.beginLayout();
        int lines = 0;
        int lastLength = 0;
        for (QTextLine line = plain.createLine(); line.isValid(); line = plain.createLine()) {
            line.setLineWidth(width);
            ++lines;
            lastLength = line.textLength();
        }
        plain.endLayout();
        if (lines < 2 || lastLength > 2)
            continue;
        ++orphaned;
        DisplayScene scene;
        scene.paragraph(QRectF(0, 0, width, 4000), text, font, Qt::white);
        const QStringList shown = scene.texts();
        INFO("width " << width << ": " << shown.join(QLatin1Char('|')).toStdString());
        CHECK(shown.size() == lines); // no line more for it
        CHECK(shown.back().size() > 2);
        CHECK(shown.join(QString()) == text); // nothing lost
        CHECK(DisplayScene::lineCount(text, font, width) == lines);
    }
    CHECK(orphaned > 3);
}

TEST_CASE("a place given at length is cut on the job list, never the pay or the headcount",
          "[ui][display]")
{
    Wall wall(Config{}, 40);
    wall.w->setAnimated(false);
    QJsonObject job = sampleJob();
    job.insert(QStringLiteral("title"), QStringLiteral("夜班保安"));
    job.insert(QStringLiteral("location"),
               QJsonObject{{QStringLiteral("district"),
                            QStringLiteral("南宁市青秀区民族大道与竹溪大道交汇处东南角")},
                           {QStringLiteral("address"), QStringLiteral("民族大道100号")}});
    wall.t.clock().advanceMs(60'000); // the newest job, first on the list
    REQUIRE(wall.t->store().save(entities::job(), EntityStore::newId(), job).ok());
    wall.w = std::make_unique<DisplayWindow>(wall.t.terminal());
    wall.w->setAnimated(false);
    wall.w->show();
    REQUIRE(wall.settled());
    DisplayJobModel* model = wall.w->pageView()->jobModel();
    REQUIRE(model->data(model->index(0, DisplayJobModel::Title)).toString() ==
            QStringLiteral("夜班保安"));
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1080, 1920)}) {
        wall.w->resize(size);
        QCoreApplication::processEvents();
        wall.w->showPage(PageKind::Jobs);
        const QString all = wall.w->pageView()->scene().texts().join(QLatin1Char('|'));
        INFO(size.width() << "x" << size.height() << ": " << all.toStdString());
        CHECK_FALSE(all.contains(QStringLiteral("竹溪大道交汇处东南角")));
        CHECK(all.contains(QStringLiteral("青秀区民族")));
        // Every job on the screen keeps its pay and headcount whole.
        for (int row = 0; row < 5; ++row) {
            CHECK(all.contains(model->data(model->index(row, DisplayJobModel::Pay)).toString()));
            CHECK(all.contains(
                model->data(model->index(row, DisplayJobModel::Headcount)).toString()));
        }
    }
}

TEST_CASE("the newest jobs are those published last, and every open job is counted",
          "[ui][display]")
{
    Wall wall(Config{}, 1300);
    wall.w->setAnimated(false);
    // A posting written days ago that waited in review is approved now.
    const QString waited =
        wall.t->database()
            .scalar(QStringLiteral("SELECT id FROM job WHERE status = 'pending_review' AND "
                                   "deleted = 0 AND valid_until >= ? ORDER BY created_at LIMIT 1"),
                    {wall.t.clock().today().toString(Qt::ISODate)})
            .value()
            .toString();
    REQUIRE(!waited.isEmpty());
    auto job = wall.t->store().get(entities::job(), waited);
    REQUIRE(job.ok());
    REQUIRE(job.value());
    // (A minute after the demo's last posting, which was written and published at its start.)
    wall.t.clock().advanceMs(60 * 1000);
    QJsonObject approved = job.value()->data;
    approved.insert(QStringLiteral("status"), QStringLiteral("published"));
    approved.insert(QStringLiteral("published_at"), Clock::toWire(wall.t.clock().now()));
    REQUIRE(wall.t->store().save(entities::job(), waited, approved).ok());

    wall.w = std::make_unique<DisplayWindow>(wall.t.terminal());
    wall.w->setAnimated(false);
    wall.w->show();
    REQUIRE(wall.settled());
    DisplayJobModel* model = wall.w->pageView()->jobModel();
    CHECK(model->job(0).id == waited);

    const int open =
        wall.t->database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM job WHERE status = 'published' AND "
                                   "deleted = 0 AND valid_until >= ?"),
                    {wall.t.clock().today().toString(Qt::ISODate)})
            .value()
            .toInt();
    REQUIRE(open > 1000);
    wall.w->showPage(PageKind::Jobs);
    // Only the newest go round: the heading says how many of them, and where to see the rest;
    // the last of them is on the last screen.
    const QString heading = wall.w->pageView()->visibleText().join(QLatin1Char('|'));
    const QRegularExpression said(
        QStringLiteral("%1 open jobs · the newest (\\d+) here, all of them at the kiosk · screen "
                       "1 of (\\d+)")
            .arg(open));
    const QRegularExpressionMatch m = said.match(heading);
    REQUIRE(m.hasMatch());
    const int shown = m.captured(1).toInt();
    const int screens = m.captured(2).toInt();
    CHECK(shown > 0);
    CHECK(shown < open);
    REQUIRE(shown <= model->rowCount());
    wall.w->pageView()->showPage(PageKind::Jobs, screens - 1, screens);
    CHECK(wall.shows(model->job(shown - 1).data.value(QLatin1String("title")).toString()));
}

TEST_CASE("early in a month the figures of the last one are named by month and year",
          "[ui][display]")
{
    Wall wall(Config{}, 200);
    wall.w->setAnimated(false);
    wall.w->showPage(PageKind::Ratio);
    CHECK(wall.shows(QStringLiteral("1 November to 22 November")));

    // 1 December, 08:00: nothing yet this month, so the wall shows November's figures.
    wall.t.clock().set(QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone(8 * 3600)));
    wall.w = std::make_unique<DisplayWindow>(wall.t.terminal());
    wall.w->setAnimated(false);
    wall.w->show();
    REQUIRE(wall.settled());
    REQUIRE(wall.w->snapshot()->statistics);
    REQUIRE(wall.w->snapshot()->statistics->month == QDate(2026, 11, 1));
    for (const PageKind page : {PageKind::Ratio, PageKind::Wages}) {
        wall.w->showPage(page);
        CHECK(wall.shows(QStringLiteral("November 2026")));
        CHECK_FALSE(wall.shows(QStringLiteral("to 30 November")));
    }
}

TEST_CASE("a hall name too long for one line takes two in the header, shown whole", "[ui][display]")
{
    Config config;
    config.hallName = QStringLiteral("南宁市广西—东盟经济技术开发区人力资源服务产业园零工市场");
    Wall wall(config, 40);
    wall.w->setAnimated(false);
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        wall.w->resize(size);
        QCoreApplication::processEvents();
        const QStringList texts = wall.w->header()->visibleText();
        INFO(size.width() << "x" << size.height() << ": "
                          << texts.join(QLatin1Char('|')).toStdString());
        CHECK(texts.join(QString()).contains(config.hallName));
        CHECK_FALSE(texts.join(QString()).contains(QChar(0x2026)));
        // Nothing lies on anything else.
        const auto boxes = wall.w->header()->scene().textBoxes();
        for (size_t i = 0; i < boxes.size(); ++i)
            for (size_t j = i + 1; j < boxes.size(); ++j)
                CHECK_FALSE(boxes[i].second.intersects(boxes[j].second));
    }
}

TEST_CASE("the hall's hotline, address and opening hours are shown whole, however long",
          "[ui][display]")
{
    Config config;
    config.hallName = QStringLiteral("南宁市广西—东盟经济技术开发区零工市场");
    config.hotline = QStringLiteral("0771-12333 / 0771-6307788");
    config.address = QStringLiteral(
        "南宁市广西—东盟经济技术开发区那历大道188号东盟人力资源服务产业园综合服务大楼一楼东侧大厅");
    config.openingHours =
        QStringLiteral("周一至周五 8:00-12:00，14:30-17:30；周六 8:00-12:00（法定节假日除外）");
    Wall wall(config, 40);
    wall.w->setAnimated(false);
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1080, 1920)}) {
        wall.w->resize(size);
        QCoreApplication::processEvents();
        wall.w->showPage(PageKind::Market);
        const QStringList texts = wall.w->pageView()->scene().texts();
        // Lines break at spaces, which go with the break.
        const QString joined = texts.join(QString()).remove(QLatin1Char(' '));
        INFO(size.width() << "x" << size.height() << ": "
                          << texts.join(QLatin1Char('|')).toStdString());
        CHECK(texts.contains(config.hotline));
        CHECK(joined.contains(config.address));
        CHECK(joined.contains(QString(config.openingHours).remove(QLatin1Char(' '))));
    }
}

TEST_CASE("the market's page shows the telephone and hours written in its entry, else the settings",
          "[ui][display]")
{
    Wall wall(Config{}, 40);
    wall.w->setAnimated(false);
    auto market = wall.t->database().scalar(
        QStringLiteral("SELECT id FROM content WHERE kind = 'market' AND deleted = 0"));
    REQUIRE(market.ok());
    const QString id = market.value().toString();
    QJsonObject data = wall.t->store().get(entities::content(), id).value()->data;
    QJsonObject extra = data.value(QLatin1String("extra")).toObject();
    extra.insert(QStringLiteral("phone"), QStringLiteral("0771-5550000"));
    extra.insert(QStringLiteral("hours"), QStringLiteral("周一至周日 8:00-20:00"));
    extra.remove(QStringLiteral("address"));
    data.insert(QStringLiteral("extra"), extra);
    REQUIRE(wall.t->store().save(entities::content(), id, data).ok());
    wall.w->reload();
    REQUIRE(wall.settled());
    wall.w->showPage(PageKind::Market);
    const QStringList texts = wall.w->pageView()->scene().texts();
    const QString joined = texts.join(QString()).remove(QLatin1Char(' '));
    INFO(texts.join(QLatin1Char('|')).toStdString());
    CHECK(texts.contains(QStringLiteral("0771-5550000")));
    CHECK_FALSE(texts.contains(wall.t->config().hotline));
    CHECK(joined.contains(QStringLiteral("周一至周日8:00-20:00")));
    CHECK(joined.contains(QString(wall.t->config().address).remove(QLatin1Char(' '))));
}

TEST_CASE("the wages page shows every trade with a wage, on more screens when one is too few",
          "[ui][display]")
{
    Wall wall(Config{}, 400);
    wall.w->setAnimated(false);
    const auto stats = wall.w->snapshot()->statistics;
    REQUIRE(stats);
    // The demo month has more trades with a daily wage than one screen's twelve.
    REQUIRE(stats->wages.size() > 12);
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        INFO(size.width() << "x" << size.height());
        wall.w->resize(size);
        QCoreApplication::processEvents();
        wall.w->showPage(PageKind::Wages);
        CHECK(wall.w->currentScreens() == 2);
        QStringList seen;
        for (int screen = 0; screen < wall.w->currentScreens(); ++screen) {
            if (screen > 0)
                wall.w->showNextPage();
            REQUIRE(wall.w->currentScreen() == screen);
            CHECK(wall.shows(QStringLiteral("screen %1 of 2").arg(screen + 1)));
            seen << wall.w->pageView()->visibleText();
        }
        // Each trade once, the lowest paid too.
        for (const TradeWage& w : stats->wages)
            CHECK(seen.count(wall.t->reference().displayName(w.occupation)) == 1);
    }
}

TEST_CASE("a wages page held to one screen says which trades it shows", "[ui][display]")
{
    Wall wall(withPlaylist(R"([{"page": "wages", "screens": 1}])"), 400);
    wall.w->setAnimated(false);
    const auto stats = wall.w->snapshot()->statistics;
    REQUIRE(stats);
    REQUIRE(stats->wages.size() > 12);
    wall.w->showPage(PageKind::Wages);
    CHECK(wall.w->currentScreens() == 1);
    CHECK(wall.shows(
        QStringLiteral("the 12 best paid of %1 trades are shown").arg(stats->wages.size())));
}

TEST_CASE("a wall or kiosk whose store does not open says so, and comes back once it does",
          "[ui][display]")
{
    QTemporaryDir dir;
    // A file where the store's folder should be: the store cannot be made.
    const QString folder = dir.filePath(QStringLiteral("data"));
    {
        QFile blocker(folder);
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    const QString path = folder + QStringLiteral("/wall.sqlite");
    ManualClock clock(testNow());
    Config config;
    config.hallName = QStringLiteral("横州市零工市场");
    config.hotline = QStringLiteral("0771-7212333");
    Terminal terminal(config, clock);
    const Status first = terminal.open(path, Mode::Display);
    REQUIRE_FALSE(first.ok());

    StoreProblemScreen screen(terminal, path, Mode::Display, first.error().message);
    screen.resize(1920, 1080);
    screen.show();
    QSignalSpy opened(&screen, &StoreProblemScreen::opened);
    const auto text = [&screen](const char* name) {
        auto* l = screen.findChild<QLabel*>(QLatin1String(name));
        REQUIRE(l);
        CHECK(l->isVisible());
        return l->text();
    };
    CHECK(text("storeProblemHall") == config.hallName);
    CHECK(text("storeProblemTitle") == QStringLiteral("Information cannot be shown right now"));
    CHECK(text("storeProblemAdvice").contains(config.hotline));
    CHECK(text("storeProblemDetail").contains(folder));
    // Readable across the hall.
    CHECK(screen.findChild<QLabel*>(QStringLiteral("storeProblemTitle"))->font().pixelSize() >= 80);

    screen.retryNow();
    CHECK(opened.count() == 0);
    CHECK(text("storeProblemDetail").contains(folder));

    // Put right: the next attempt opens the store, and says so once.
    REQUIRE(QFile::remove(folder));
    REQUIRE(QDir().mkpath(folder));
    screen.retryNow();
    CHECK(opened.count() == 1);
    CHECK(terminal.store().countLive(entities::job()).ok());

    // A kiosk says that it is out of service.
    StoreProblemScreen kiosk(terminal, path, Mode::Kiosk, first.error().message);
    CHECK(kiosk.findChild<QLabel*>(QStringLiteral("storeProblemTitle"))->text() ==
          QStringLiteral("This self-service terminal is out of service"));
}
