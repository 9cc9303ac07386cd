#include "config.h"
#include "options.h"

#include "catchqt.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lingong;

TEST_CASE("a missing optional config file gives the defaults silently", "[app][config]")
{
    const ConfigLoad c = ConfigLoader::load(QStringLiteral("/nonexistent/lingong.json"), false);
    CHECK(c.problems.isEmpty());
    CHECK(c.config.idleTimeoutSec == 90);
    CHECK(c.config.hallName.endsWith(QStringLiteral("零工市场")));
    const ConfigLoad required =
        ConfigLoader::load(QStringLiteral("/nonexistent/lingong.json"), true);
    REQUIRE(required.problems.size() == 1);
    CHECK(required.problems.front().contains(QStringLiteral("/nonexistent/lingong.json")));
}

TEST_CASE("a hall of its own without its address, hotline or hours does not show the demo "
          "hall's",
          "[app][config]")
{
    const ConfigLoad c = ConfigLoader::parse(
        R"({"hall": {"name": "柳州市柳北区零工市场", "district": "柳州市柳北区"}})");
    CHECK(c.config.address == QStringLiteral("柳州市柳北区"));
    CHECK(c.config.hotline == QStringLiteral("12333"));
    REQUIRE(c.problems.size() == 3);
    CHECK(c.problems.at(0).contains(QStringLiteral("hall.address")));
    CHECK(c.problems.at(1).contains(QStringLiteral("hall.hotline")));
    CHECK(c.problems.at(2).contains(QStringLiteral("hall.opening_hours")));
    for (const QString& p : c.problems)
        CHECK_FALSE(p.contains(QStringLiteral("南宁")));
    // All three given: nothing to say.
    const ConfigLoad whole = ConfigLoader::parse(
        R"({"hall": {"name": "柳州市柳北区零工市场", "district": "柳州市柳北区",
                     "address": "柳州市柳北区跃进路1号", "hotline": "0772-12333",
                     "opening_hours": "周一至周五 8:00-17:30"}})");
    CHECK(whole.problems.isEmpty());
    CHECK(whole.config.hotline == QStringLiteral("0772-12333"));
    // The demo hall (no hall section) keeps its own.
    const ConfigLoad demo = ConfigLoader::parse(R"({"kiosk": {"idle_timeout_s": 60}})");
    CHECK(demo.problems.isEmpty());
    CHECK(demo.config.address == Config().address);
    // One set up to sync is a hall's own: that it shows the demo hall is said.
    const ConfigLoad synced = ConfigLoader::parse(
        R"({"hall": {"device_id": "wall-01"}, "sync": {"url": "http://192.168.1.10:8470"}})");
    REQUIRE(synced.problems.size() == 1);
    CHECK(synced.problems.front().contains(QStringLiteral("hall.name")));
    CHECK(synced.problems.front().contains(Config().hallName));
    CHECK(synced.problems.front().contains(QStringLiteral("address and telephone")));
    // Its own address given, the demo's name and telephone; both given, only the name.
    const ConfigLoad addressed = ConfigLoader::parse(
        R"({"hall": {"address": "柳州市柳北区跃进路1号"}, "sync": {"url": "http://192.168.1.10:8470"}})");
    REQUIRE(addressed.problems.size() == 1);
    CHECK(addressed.problems.front().contains(QStringLiteral("with its telephone,")));
    const ConfigLoad named = ConfigLoader::parse(
        R"({"hall": {"address": "柳州市柳北区跃进路1号", "hotline": "0772-12333"},
            "sync": {"url": "http://192.168.1.10:8470"}})");
    REQUIRE(named.problems.size() == 1);
    CHECK(named.problems.front().contains(QStringLiteral("demo hall's name")));
    CHECK_FALSE(named.problems.front().contains(QStringLiteral("telephone")));
}

TEST_CASE("config values are read from their sections", "[app][config]")
{
    const ConfigLoad c = ConfigLoader::parse(R"({
        "hall": {"name": "横州市零工市场", "hotline": "0771-7212333",
                 "address": "横州市横州镇茉莉花大道1号", "opening_hours": "周一至周五 8:00-17:30"},
        "sync": {"url": "https://platform.example.cn/lg", "token": "t0k", "interval_s": 30},
        "kiosk": {"idle_timeout_s": 120, "staff_pin": "9753"},
        "staff": {"lowest_hourly_pay": 18},
        "display": {"stale_after_min": 15, "playlist": [{"page": "jobs", "seconds": 20}]}
    })");
    CHECK(c.problems.isEmpty());
    CHECK(c.config.hallName == QStringLiteral("横州市零工市场"));
    CHECK(c.config.hotline == QStringLiteral("0771-7212333"));
    CHECK(c.config.platformUrl == QUrl(QStringLiteral("https://platform.example.cn/lg")));
    CHECK(c.config.platformToken == QStringLiteral("t0k"));
    CHECK(c.config.syncIntervalSec == 30);
    CHECK(c.config.idleTimeoutSec == 120);
    CHECK(c.config.staffPin == QStringLiteral("9753"));
    CHECK(c.config.staleAfterMinutes == 15);
    CHECK(c.config.lowestHourlyPay == 18);
    CHECK(Config().lowestHourlyPay == 15);
    CHECK(c.config.playlist.size() == 1);
}

TEST_CASE("bad config values are reported by name and the defaults kept", "[app][config]")
{
    const ConfigLoad c = ConfigLoader::parse(R"({
        "hall": {"name": "", "hotline": 12333},
        "sync": {"url": "ftp://x", "interval_s": 1, "pinned_sha256": "xyz"},
        "kiosk": {"idle_timeout_s": "soon"},
        "staff": {"lock_minutes": 2.5, "lowest_hourly_pay": 0},
        "display": {"playlist": "all"}
    })");
    const Config defaults;
    CHECK(c.config.hallName == defaults.hallName);
    CHECK(c.config.hotline == defaults.hotline);
    CHECK(c.config.platformUrl.isEmpty());
    CHECK(c.config.syncIntervalSec == defaults.syncIntervalSec);
    CHECK(c.config.idleTimeoutSec == defaults.idleTimeoutSec);
    CHECK(c.config.staffLockMinutes == defaults.staffLockMinutes);
    CHECK(c.config.lowestHourlyPay == defaults.lowestHourlyPay);
    CHECK(c.config.playlist.isEmpty());
    // A pin that is no SHA-256 is kept: it refuses every certificate rather than trust any.
    CHECK(c.config.pinnedCertSha256 == QStringLiteral("xyz"));
    const QString all = c.problems.join(QLatin1Char('\n'));
    for (const char* name : {"hall.name", "hall.hotline", "sync.url", "sync.interval_s",
                             "sync.pinned_sha256", "kiosk.idle_timeout_s", "staff.lock_minutes",
                             "staff.lowest_hourly_pay", "display.playlist"}) {
        INFO(name);
        CHECK(all.contains(QLatin1String(name)));
    }
    CHECK(c.problems.size() == 9);
    // A pin spelled with colons and in lower case is one.
    const QString pin = QStringLiteral("ab:").repeated(31) + QStringLiteral("ab");
    CHECK(ConfigLoader::parse(
              QStringLiteral(R"({"sync": {"pinned_sha256": "%1"}})").arg(pin).toUtf8())
              .problems.isEmpty());
}

TEST_CASE("a config file that is not JSON falls back to the defaults", "[app][config]")
{
    const ConfigLoad c = ConfigLoader::parse("{ hall: ");
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems.front().contains(QStringLiteral("JSON")));
    CHECK(c.config.idleTimeoutSec == 90);
    const ConfigLoad wrongSection = ConfigLoader::parse(R"({"kiosk": [1,2]})");
    CHECK(wrongSection.problems.size() == 1);
}

TEST_CASE("command-line options", "[app][options]")
{
    const QString exe = QStringLiteral("lingong");
    auto defaults = OptionParser::parse({exe});
    REQUIRE(defaults.ok());
    CHECK(defaults->mode == Mode::Kiosk);
    CHECK(defaults->lang == QStringLiteral("zh_CN"));
    CHECK(!defaults->windowed);
    CHECK(!defaults->seedDemo.has_value());

    auto full = OptionParser::parse(
        {exe, QStringLiteral("--mode"), QStringLiteral("display"), QStringLiteral("--db"),
         QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--lang"), QStringLiteral("en"),
         QStringLiteral("--windowed"), QStringLiteral("--seed-demo"), QStringLiteral("5000"),
         QStringLiteral("--size"), QStringLiteral("1080x1920")});
    REQUIRE(full.ok());
    CHECK(full->mode == Mode::Display);
    CHECK(full->dbPath == QStringLiteral("/tmp/x.sqlite"));
    CHECK(full->lang == QStringLiteral("en"));
    CHECK(full->windowed);
    CHECK(full->seedDemo == 5000);
    CHECK(full->size == QSize(1080, 1920));

    auto bare =
        OptionParser::parse({exe, QStringLiteral("--seed-demo"), QStringLiteral("--windowed")});
    REQUIRE(bare.ok());
    CHECK(bare->seedDemo == OptionParser::kDefaultDemoJobs);
    CHECK(bare->windowed);

    // A kiosk's empty store gets the demo set only when the kiosk stands alone: one that syncs
    // waits for the platform's jobs.
    CHECK(OptionParser::demoJobsToSeed(*defaults, false, 0) == OptionParser::kDefaultDemoJobs);
    CHECK_FALSE(OptionParser::demoJobsToSeed(*defaults, true, 0).has_value());
    CHECK_FALSE(OptionParser::demoJobsToSeed(*defaults, false, 12).has_value());
    CHECK(OptionParser::demoJobsToSeed(*full, true, 12) == 5000);
    auto staff = OptionParser::parse({exe, QStringLiteral("--mode"), QStringLiteral("staff")});
    REQUIRE(staff.ok());
    CHECK_FALSE(OptionParser::demoJobsToSeed(*staff, false, 0).has_value());
    auto syncNow = OptionParser::parse({exe, QStringLiteral("--sync-now")});
    REQUIRE(syncNow.ok());
    CHECK_FALSE(OptionParser::demoJobsToSeed(*syncNow, false, 0).has_value());

    auto badMode = OptionParser::parse({exe, QStringLiteral("--mode"), QStringLiteral("tv")});
    REQUIRE(!badMode.ok());
    CHECK(badMode.error().field == QStringLiteral("mode"));
    CHECK(!OptionParser::parse({exe, QStringLiteral("--lang"), QStringLiteral("fr")}).ok());
    CHECK(!OptionParser::parse({exe, QStringLiteral("--size"), QStringLiteral("big")}).ok());
    CHECK(!OptionParser::parse({exe, QStringLiteral("--seed-demo"), QStringLiteral("-5")}).ok());
    CHECK(!OptionParser::parse({exe, QStringLiteral("--no-such-option")}).ok());

    const QString help = defaults->helpText;
    for (const char* opt :
         {"--mode", "--db", "--lang", "--windowed", "--seed-demo", "--version", "--config",
          "--screenshots", "--size", "--listen", "--tokens", "--help"}) {
        INFO(opt);
        CHECK(help.contains(QLatin1String(opt)));
    }
}

TEST_CASE("holidays and weekends worked are read as dates and spans, mistakes said",
          "[app][config]")
{
    const ConfigLoad c = ConfigLoader::parse(R"({"hall": {
        "holidays": ["2027-01-01", "2027-02-06/2027-02-08", "2027-02-30", "2027-05-05/2027-05-01",
                     7],
        "working_weekends": ["2027-02-20", "2027-02-22"]}})");
    CHECK(c.config.holidays ==
          QList<QDate>{QDate(2027, 1, 1), QDate(2027, 2, 6), QDate(2027, 2, 7), QDate(2027, 2, 8)});
    CHECK(c.config.workingWeekends == QList<QDate>{QDate(2027, 2, 20)});
    const QString all = c.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    REQUIRE(c.problems.size() == 4);
    CHECK(all.contains(QStringLiteral("\"2027-02-30\"")));
    CHECK(all.contains(QStringLiteral("\"2027-05-05/2027-05-01\"")));
    CHECK(all.contains(QStringLiteral("\"7\"")));
    CHECK(all.contains(QStringLiteral("2027-02-22"))); // a Monday is no weekend
    CHECK(ConfigLoader::parse(R"({"hall": {"holidays": "2027-01-01"}})").problems.size() == 1);
}

TEST_CASE("printing: the printer, the paper and a PDF folder beside the file", "[app][config]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lingong.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"printing": {"printer": "Kiosk-Thermal", "paper": "80MM", "pdf_folder": "slips"}})");
    f.close();
    const ConfigLoad c = ConfigLoader::load(path, true);
    CHECK(c.problems.isEmpty());
    CHECK(c.config.printer == QStringLiteral("Kiosk-Thermal"));
    CHECK(c.config.paper == QStringLiteral("80mm"));
    CHECK(c.config.pdfFolder == dir.filePath(QStringLiteral("slips")));
    // Unset: the system's default printer on A4, no folder.
    CHECK(Config().printer.isEmpty());
    CHECK(Config().paper == QStringLiteral("a4"));
    CHECK(Config().pdfFolder.isEmpty());

    const ConfigLoad bad = ConfigLoader::parse(R"({"printing": {"paper": "letter"}})");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems.front().contains(QStringLiteral("printing.paper")));
    CHECK(bad.config.paper == QStringLiteral("a4"));
    CHECK(ConfigLoader::parse(R"({"printing": 3})").problems.size() == 1);
}
