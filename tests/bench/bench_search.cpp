// Search section: a fresh store of N demo jobs, then latency of the kiosk's and the window's
// queries (first page of 20 plus a total capped at 1000).

#include "bench.h"

#include "clock.h"
#include "demodata.h"
#include "terminal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace lingong::bench {

namespace {

QJsonObject percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) {
        if (ms.empty())
            return 0.0;
        const size_t i = std::min(ms.size() - 1, size_t(p * double(ms.size() - 1) + 0.5));
        return ms[i];
    };
    return QJsonObject{{QStringLiteral("count"), qint64(ms.size())},
                       {QStringLiteral("p50_ms"), at(0.50)},
                       {QStringLiteral("p95_ms"), at(0.95)},
                       {QStringLiteral("p99_ms"), at(0.99)},
                       {QStringLiteral("max_ms"), ms.empty() ? 0.0 : ms.back()}};
}

QJsonObject runSearch(const BenchArgs& args)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC));
    Terminal terminal(Config{}, clock);
    const QString path = QDir(args.workDir).filePath(QStringLiteral("bench-search.sqlite"));
    QFile::remove(path);
    if (Status st = terminal.open(path, Mode::Staff); !st.ok())
        return {{QStringLiteral("error"), st.error().message}};

    DemoData demo(terminal.store());
    QElapsedTimer timer;
    timer.start();
    if (Status st = demo.seed(args.jobs); !st.ok())
        return {{QStringLiteral("error"), st.error().message}};
    const double seedSec = double(timer.nsecsElapsed()) / 1e9;

    const QStringList byLength[4] = {
        {QStringLiteral("工"), QStringLiteral("洁"), QStringLiteral("电"), QStringLiteral("宁"),
         QStringLiteral("厨"), QStringLiteral("搬"), QStringLiteral("a"), QStringLiteral("鑫")},
        {QStringLiteral("保洁"), QStringLiteral("电工"), QStringLiteral("日结"),
         QStringLiteral("南宁"), QStringLiteral("快递"), QStringLiteral("装修"),
         QStringLiteral("司机"), QStringLiteral("直播")},
        {QStringLiteral("青秀区"), QStringLiteral("家政保"), QStringLiteral("服务员"),
         QStringLiteral("搬运工"), QStringLiteral("水电工"), QStringLiteral("外卖骑"),
         QStringLiteral("钢筋工"), QStringLiteral("收银员")},
        {QStringLiteral("家政保洁"), QStringLiteral("建筑搬运"), QStringLiteral("酒店餐饮"),
         QStringLiteral("外卖快递"), QStringLiteral("西乡塘区"), QStringLiteral("维修安装"),
         QStringLiteral("网络直播"), QStringLiteral("创意设计")}};

    const QDate today = clock.today();
    auto measure = [&](const std::function<JobQuery(int)>& make, int rounds) {
        std::vector<double> ms;
        for (int r = 0; r < rounds; ++r) {
            const JobQuery q = make(r);
            QElapsedTimer t;
            t.start();
            auto page = terminal.jobs().search(q);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!page.ok())
                return QJsonObject{{QStringLiteral("error"), page.error().message}};
        }
        return percentiles(ms);
    };

    QJsonObject queries;
    for (int len = 1; len <= 4; ++len) {
        const QStringList& words = byLength[len - 1];
        queries.insert(QStringLiteral("text_len_%1").arg(len),
                       measure(
                           [&](int r) {
                               JobQuery q;
                               q.text = words[r % words.size()];
                               q.today = today;
                               q.sort = JobQuery::Sort(r % 3);
                               return q;
                           },
                           200));
    }
    const QStringList districts = DemoData::districts();
    const QStringList units{QStringLiteral("day"), QStringLiteral("hour"), QStringLiteral("piece"),
                            QStringLiteral("month")};
    queries.insert(QStringLiteral("filter_only"),
                   measure(
                       [&](int r) {
                           JobQuery q;
                           q.today = today;
                           q.districts = {districts[r % districts.size()]};
                           if (r % 2)
                               q.payUnits = {units[r % units.size()]};
                           if (r % 5 == 0)
                               q.settlements = {QStringLiteral("daily")};
                           q.sort = JobQuery::Sort(r % 3);
                           q.offset = (r % 4) * 20;
                           return q;
                       },
                       200));
    auto counts = [&] {
        std::vector<double> ms;
        for (int r = 0; r < 50; ++r) {
            QElapsedTimer t;
            t.start();
            (void)terminal.jobs().openCountsByOccupation(today);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return percentiles(ms);
    }();
    queries.insert(QStringLiteral("trade_counts"), counts);

    return QJsonObject{{QStringLiteral("jobs"), args.jobs},
                       {QStringLiteral("seed_seconds"), seedSec},
                       {QStringLiteral("seed_jobs_per_second"), double(args.jobs) / seedSec},
                       {QStringLiteral("database_bytes"),
                        QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()},
                       {QStringLiteral("queries"), queries},
                       {QStringLiteral("peak_rss_kb"), peakRssKb()}};
}

const Register reg("search", &runSearch);

} // namespace

} // namespace lingong::bench
