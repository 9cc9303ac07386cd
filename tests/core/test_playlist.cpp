#include "config.h"
#include "demodata.h"
#include "displayfeed.h"
#include "playlist.h"
#include "tempterminal.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace lingong;
using namespace lingong::test;

namespace {

QJsonArray array(const char* json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    REQUIRE(doc.isArray());
    return doc.array();
}

std::vector<PageKind> kinds(const Playlist& p)
{
    std::vector<PageKind> out;
    for (const PlaylistEntry& e : p.entries())
        out.push_back(e.kind);
    return out;
}

const auto everything = [](const PlaylistEntry&) { return true; };

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(8 * 3600)).toUTC();
}

QString saveContent(TempTerminal& t, const QString& kind, const QString& title, const QString& from,
                    const QString& until)
{
    const QString id = EntityStore::newId();
    t.clock().advanceMs(1000); // newer items sort first among equal sort orders
    REQUIRE(t->store()
                .save(entities::content(), id,
                      QJsonObject{{QStringLiteral("kind"), kind},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("body"), QStringLiteral("text")},
                                  {QStringLiteral("valid_from"), from},
                                  {QStringLiteral("valid_until"), until}})
                .ok());
    return id;
}

QStringList titles(const std::vector<StoredEntity>& list)
{
    QStringList out;
    for (const StoredEntity& e : list)
        out << e.data.value(QLatin1String("title")).toString();
    return out;
}

} // namespace

TEST_CASE("an empty playlist is the built-in loop of every page", "[app][playlist]")
{
    const PlaylistParse p = Playlist::parse({});
    CHECK(p.problems.isEmpty());
    REQUIRE(p.playlist.entries().size() == 10);
    CHECK(p.playlist.entries().front().kind == PageKind::Jobs);
    for (const PlaylistEntry& e : p.playlist.entries()) {
        CHECK(!e.hasWindow());
        CHECK(e.seconds >= 5);
        // Names round-trip.
        CHECK(Playlist::pageFromName(Playlist::pageName(e.kind)) == e.kind);
    }
}

TEST_CASE("playlist entries are read with their durations and windows", "[app][playlist]")
{
    const PlaylistParse p = Playlist::parse(array(R"([
        {"page": "jobs", "seconds": 25, "screens": 4, "from": "06:00", "to": "09:00",
         "exclusive": true},
        {"page": "ratio"},
        {"page": "market", "seconds": 30, "from": "22:00", "to": "06:30"}
    ])"));
    CHECK(p.problems.isEmpty());
    REQUIRE(p.playlist.entries().size() == 3);
    const PlaylistEntry& jobs = p.playlist.entries()[0];
    CHECK(jobs.kind == PageKind::Jobs);
    CHECK(jobs.seconds == 25);
    CHECK(jobs.maxScreens == 4);
    CHECK(jobs.from == QTime(6, 0));
    CHECK(jobs.to == QTime(9, 0));
    CHECK(jobs.exclusive);
    const PlaylistEntry& ratio = p.playlist.entries()[1];
    CHECK(ratio.seconds == Playlist::defaultSeconds(PageKind::Ratio));
    CHECK(ratio.maxScreens == Playlist::defaultScreens(PageKind::Ratio));
    CHECK(!ratio.hasWindow());
    const PlaylistEntry& market = p.playlist.entries()[2];
    CHECK(market.windowOpenAt(QTime(23, 0)));
    CHECK(market.windowOpenAt(QTime(6, 29)));
    CHECK(!market.windowOpenAt(QTime(6, 30)));
    CHECK(!market.windowOpenAt(QTime(12, 0)));
}

TEST_CASE("bad playlist values are reported by name and defaults used", "[app][playlist]")
{
    const PlaylistParse p = Playlist::parse(array(R"([
        {"page": "jobs", "seconds": 2},
        {"page": "wages", "seconds": "long", "screens": 0},
        {"page": "weather"},
        "policy",
        {"seconds": 10},
        {"page": "policy", "from": "6 am", "to": "09:00"},
        {"page": "training", "from": "08:00"},
        {"page": "notices", "from": "08:00", "to": "08:00", "exclusive": "yes"},
        {"page": "qr", "exclusive": true, "secs": 9}
    ])"));
    const QString all = p.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    // Left out: the unknown page, the bare string, the entry without a page.
    CHECK(kinds(p.playlist) == std::vector<PageKind>{PageKind::Jobs, PageKind::Wages,
                                                     PageKind::Policy, PageKind::Training,
                                                     PageKind::Notices, PageKind::Qr});
    for (const char* setting :
         {"display.playlist[0].seconds", "display.playlist[1].seconds",
          "display.playlist[1].screens", "display.playlist[2]", "weather", "display.playlist[3]",
          "display.playlist[4]", "display.playlist[5].from", "display.playlist[6].to",
          "display.playlist[7].to", "display.playlist[7].exclusive",
          "display.playlist[8].exclusive", "display.playlist[8].secs"}) {
        INFO(setting);
        CHECK(all.contains(QLatin1String(setting)));
    }
    CHECK(p.problems.size() == 12);
    const auto& e = p.playlist.entries();
    CHECK(e[0].seconds == Playlist::defaultSeconds(PageKind::Jobs));
    CHECK(e[1].seconds == Playlist::defaultSeconds(PageKind::Wages));
    CHECK(e[1].maxScreens == Playlist::defaultScreens(PageKind::Wages));
    CHECK(!e[2].hasWindow()); // a bad window: plays all day rather than never
    CHECK(!e[3].hasWindow());
    CHECK(!e[4].hasWindow());
    CHECK(!e[4].exclusive);
    CHECK(!e[5].exclusive);
}

TEST_CASE("a playlist with nothing usable falls back to the built-in loop", "[app][playlist]")
{
    const PlaylistParse p = Playlist::parse(array(R"([{"page": "tv"}, 3])"));
    CHECK(p.problems.size() == 3);
    CHECK(p.playlist.entries().size() == Playlist::defaultLoop().entries().size());
}

TEST_CASE("the config loader reports playlist problems", "[app][playlist][config]")
{
    const ConfigLoad c = ConfigLoader::parse(
        R"({"display": {"playlist": [{"page": "jobs"}, {"page": "radio", "seconds": 10}]}})");
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems.front().contains(QStringLiteral("radio")));
    CHECK(c.config.playlist.size() == 2); // kept raw; the display parses it
}

TEST_CASE("time windows select pages by the hall's time of day", "[app][playlist]")
{
    const Playlist p = Playlist::parse(array(R"([
        {"page": "jobs", "from": "06:00", "to": "09:00", "exclusive": true},
        {"page": "jobs"},
        {"page": "trades"},
        {"page": "qr", "from": "12:00", "to": "14:00"},
        {"page": "market"}
    ])"))
                           .playlist;
    // Morning rush: only the exclusive jobs entry.
    CHECK(p.eligibleAt(QTime(6, 0)) == std::vector<int>{0});
    CHECK(p.eligibleAt(QTime(8, 59)) == std::vector<int>{0});
    // Daytime: everything without a window; the QR page only at noon.
    CHECK(p.eligibleAt(QTime(9, 0)) == std::vector<int>{1, 2, 4});
    CHECK(p.eligibleAt(QTime(12, 30)) == std::vector<int>{1, 2, 3, 4});

    // next() walks eligible entries in order, wrapping, skipping empty pages.
    CHECK(p.next(-1, QTime(7, 0), everything) == 0);
    CHECK(p.next(0, QTime(7, 0), everything) == 0); // the only one: stays
    CHECK(p.next(0, QTime(9, 5), everything) == 1);
    CHECK(p.next(2, QTime(9, 5), everything) == 4);
    CHECK(p.next(2, QTime(12, 5), everything) == 3);
    CHECK(p.next(4, QTime(12, 5), everything) == 1);
    const auto noJobs = [](const PlaylistEntry& e) { return e.kind != PageKind::Jobs; };
    CHECK(p.next(4, QTime(10, 0), noJobs) == 2);
    // Nothing to show in the morning window when the jobs page is empty: the caller falls back.
    CHECK(p.next(-1, QTime(7, 0), noJobs) == -1);
}

TEST_CASE("content validity and urgent notices follow the clock", "[app][display]")
{
    TempTerminal t(Mode::Display);
    // Dates are whole hall-local days; times are instants.
    saveContent(t, QStringLiteral("policy"), QStringLiteral("today only"),
                QStringLiteral("2026-11-22"), QStringLiteral("2026-11-22"));
    saveContent(t, QStringLiteral("policy"), QStringLiteral("tomorrow"),
                QStringLiteral("2026-11-23"), QString());
    saveContent(t, QStringLiteral("policy"), QStringLiteral("ended"), QString(),
                QStringLiteral("2026-11-21"));
    saveContent(t, QStringLiteral("policy"), QStringLiteral("bad dates count as open"),
                QStringLiteral("soon"), QStringLiteral("later"));
    saveContent(t, QStringLiteral("urgent"), QStringLiteral("water cut"),
                QStringLiteral("2026-11-22T10:30:00+08:00"),
                QStringLiteral("2026-11-22T12:00:00+08:00"));
    saveContent(t, QStringLiteral("urgent"), QStringLiteral("no end"), QString(), QString());
    saveContent(t, QStringLiteral("urgent"), QStringLiteral("over"), QString(),
                QStringLiteral("2026-11-22T09:00:00+08:00"));

    DisplayFeed feed(t.terminal());
    auto s = feed.load(false);
    REQUIRE(s.ok());
    CHECK(titles(s->policies) ==
          QStringList{QStringLiteral("bad dates count as open"), QStringLiteral("today only")});
    // An urgent notice without an end never takes over; it is an ordinary notice.
    CHECK(titles(s->notices) == QStringList{QStringLiteral("no end")});
    CHECK(titles(s->urgent) == QStringList{QStringLiteral("water cut")});

    CHECK(DisplayFeed::activeUrgent(s->urgent, local(22, 10, 29)).empty());
    CHECK(titles(DisplayFeed::activeUrgent(s->urgent, local(22, 10, 30))) ==
          QStringList{QStringLiteral("water cut")});
    CHECK(titles(DisplayFeed::activeUrgent(s->urgent, local(22, 11, 59))) ==
          QStringList{QStringLiteral("water cut")});
    CHECK(DisplayFeed::activeUrgent(s->urgent, local(22, 12, 0)).empty());

    const StoredEntity& cut = s->urgent.front();
    CHECK(DisplayFeed::urgentEnd(cut) == local(22, 12, 0));
    const StoredEntity& today = s->policies.back();
    CHECK(DisplayFeed::isCurrent(today, local(22, 23, 59)));
    CHECK(!DisplayFeed::isCurrent(today, local(23, 0, 0)));
    CHECK(!DisplayFeed::isCurrent(today, local(21, 23, 59)));
}

TEST_CASE("a display feed reads jobs, trades, statistics and content", "[app][display]")
{
    TempTerminal t(Mode::Display);
    REQUIRE(DemoData(t->store()).seed(200).ok());
    DisplayFeed feed(t.terminal());
    auto s = feed.load(true);
    REQUIRE(s.ok());
    CHECK(s->loadedAt == testNow());
    CHECK(s->dataTime() == testNow());
    CHECK(!s->syncs);
    CHECK(int(s->newestJobs.size()) == DisplayFeed::kNewestJobs);
    CHECK(s->openJobs > DisplayFeed::kNewestJobs);
    // Newest first, all open.
    for (size_t i = 1; i < s->newestJobs.size(); ++i) {
        CHECK(s->newestJobs[i - 1].data.value(QLatin1String("created_at")).toString() >=
              s->newestJobs[i].data.value(QLatin1String("created_at")).toString());
        CHECK(s->newestJobs[i].data.value(QLatin1String("status")).toString() ==
              QStringLiteral("published"));
    }
    for (const StoredEntity& j : s->welfareJobs)
        CHECK(j.data.value(QLatin1String("public_welfare")).toBool());
    REQUIRE(!s->openByTrade.empty());
    for (size_t i = 1; i < s->openByTrade.size(); ++i)
        CHECK(s->openByTrade[i - 1].positions >= s->openByTrade[i].positions);
    REQUIRE(s->statistics);
    CHECK(s->statistics->postings > 0);
    CHECK(s->statistics->seekersRegistered > 0);
    CHECK(!s->policies.empty());
    CHECK(!s->trainings.empty());
    CHECK(!s->rights.empty());
    REQUIRE(s->market);
    CHECK(s->market->data.value(QLatin1String("kind")).toString() == QStringLiteral("market"));

    CHECK(!feed.load(false)->statistics);
}

TEST_CASE("a syncing display dates its data by the last successful sync", "[app][display]")
{
    Config config;
    config.platformUrl = QUrl(QStringLiteral("https://platform.example.cn/lg"));
    TempTerminal t(Mode::Display, config);
    DisplayFeed feed(t.terminal());
    auto never = feed.load(false);
    REQUIRE(never.ok());
    CHECK(never->syncs);
    CHECK(!never->dataTime().isValid());

    const QDateTime synced = testNow().addSecs(-40 * 60);
    REQUIRE(t->syncState()
                .setValue(QLatin1String(DisplayFeed::kLastSyncKey), Clock::toWire(synced))
                .ok());
    auto later = feed.load(false);
    REQUIRE(later.ok());
    CHECK(later->dataTime() == synced);
}
