// Display section: the wall screen's loop rendered offscreen at 1920×1080 over a demo store.
// Each sample is one page switch (the playlist's next screenful laid out) plus a full-window
// render into an image, as the screen would paint it. Reports p50/p99 of that frame time and the
// resident memory before and after 10,000 switches (goals: p99 <= 16 ms, growth <= 2 MB).

#include "bench.h"

#include "demodata.h"
#include "display/displaywindow.h"
#include "displayfeed.h"
#include "terminal.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QTimeZone>

#include <algorithm>

namespace lingong::bench {

namespace {

constexpr int kWarmUp = 300;
constexpr int kSwitches = 10'000;
constexpr int kStoreJobs = 20'000; // the loop shows at most 60 jobs; a bigger store adds nothing

double at(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5))];
}

QJsonObject runDisplay(const BenchArgs& args)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc()));
    Terminal terminal(Config{}, clock);
    const QString path = QDir(args.workDir).filePath(QStringLiteral("bench-display.sqlite"));
    QFile::remove(path);
    if (Status st = terminal.open(path, Mode::Display); !st.ok())
        return {{QStringLiteral("error"), st.error().message}};
    const int jobs = std::min(args.jobs, kStoreJobs);
    if (Status st = DemoData(terminal.store()).seed(jobs); !st.ok())
        return {{QStringLiteral("error"), st.error().message}};

    // One full read of the store, as the screen's reader thread does it.
    QElapsedTimer timer;
    timer.start();
    auto snapshot = DisplayFeed(terminal).load(true);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!snapshot.ok())
        return {{QStringLiteral("error"), snapshot.error().message}};

    DisplayWindow window(terminal);
    window.resize(1920, 1080);
    window.setAnimated(false);
    window.show();
    timer.restart();
    while ((!window.hasData() || window.isLoading()) && timer.elapsed() < 60'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!window.hasData())
        return {{QStringLiteral("error"), QStringLiteral("the display never read the store")}};

    QImage frame(window.size(), QImage::Format_ARGB32_Premultiplied);
    const auto step = [&] {
        window.showNextPage();
        window.render(&frame);
    };
    for (int i = 0; i < kWarmUp; ++i)
        step();
    QApplication::processEvents();
    const qint64 rssBefore = currentRssKb();

    std::vector<double> ms;
    ms.reserve(kSwitches);
    for (int i = 0; i < kSwitches; ++i) {
        timer.restart();
        step();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (i % 500 == 499)
            QApplication::processEvents(); // what the event loop would do between switches
    }
    QApplication::processEvents();
    const qint64 rssAfter = currentRssKb();

    std::sort(ms.begin(), ms.end());
    const double p99 = at(ms, 0.99);
    const qint64 growth = rssAfter - rssBefore;
    return QJsonObject{
        {QStringLiteral("store_jobs"), jobs},
        {QStringLiteral("load_ms"), loadMs},
        {QStringLiteral("size"), QStringLiteral("1920x1080")},
        {QStringLiteral("switches"), kSwitches},
        {QStringLiteral("frame_p50_ms"), at(ms, 0.50)},
        {QStringLiteral("frame_p95_ms"), at(ms, 0.95)},
        {QStringLiteral("frame_p99_ms"), p99},
        {QStringLiteral("frame_max_ms"), ms.empty() ? 0.0 : ms.back()},
        {QStringLiteral("rss_before_kb"), rssBefore},
        {QStringLiteral("rss_after_kb"), rssAfter},
        {QStringLiteral("rss_growth_kb"), growth},
        {QStringLiteral("goal_p99_met"), p99 <= 16.0},
        {QStringLiteral("goal_rss_met"), growth <= 2048},
    };
}

const Register reg("display", &runDisplay);

} // namespace

} // namespace lingong::bench
