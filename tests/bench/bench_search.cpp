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

QJsonObject describe(const JobQuery& q, const JobPage& page)
{
    static const char* const sorts[] = {"newest", "highest_pay", "soonest_start"};
    QJsonObject o{{QStringLiteral("sort"), QLatin1String(sorts[int(q.sort)])},
                  {QStringLiteral("plan"), page.orderedScan   ? QStringLiteral("ordered_scan")
                                           : page.fromTrigram ? QStringLiteral("trigram")
                                                              : QStringLiteral("index")},
                  {QStringLiteral("total"), page.totalCapped ? QStringLiteral("%1+").arg(page.total)
                                                             : QString::number(page.total)}};
    if (!q.text.isEmpty())
        o.insert(QStringLiteral("text"), q.text);
    QStringList filters = q.districts + q.payUnits + q.settlements;
    if (!filters.isEmpty())
        o.insert(QStringLiteral("filters"), filters.join(QLatin1Char(',')));
    if (q.offset)
        o.insert(QStringLiteral("offset"), q.offset);
    return o;
}

QJsonObject runSearch(const BenchArgs& args)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC));
    Terminal terminal(Config{}, clock);
    const QString path = QDir(args.workDir).filePath(QStringLiteral("bench-search.sqlite"));
    if (!args.keep)
        QFile::remove(path);
    if (Status st = terminal.open(path, Mode::Staff); !st.ok())
        return {{QStringLiteral("error"), st.error().message}};

    QJsonObject result{{QStringLiteral("jobs"), args.jobs}};
    DemoData demo(terminal.store());
    auto have = terminal.store().countWhereEquals(entities::job(), QStringLiteral("source"),
                                                  QStringLiteral("demo"));
    if (!have.ok())
        return {{QStringLiteral("error"), have.error().message}};
    if (!args.keep || have.value() != args.jobs) {
        if (have.value() != 0) {
            return {{QStringLiteral("error"),
                     QStringLiteral("%1 holds %2 demo jobs, not %3: run without --keep")
                         .arg(path)
                         .arg(have.value())
                         .arg(args.jobs)}};
        }
        QElapsedTimer timer;
        timer.start();
        if (Status st = demo.seed(args.jobs); !st.ok())
            return {{QStringLiteral("error"), st.error().message}};
        const double seedSec = double(timer.nsecsElapsed()) / 1e9;
        result.insert(QStringLiteral("seed_seconds"), seedSec);
        result.insert(QStringLiteral("seed_jobs_per_second"), double(args.jobs) / seedSec);
    }

    // The first open list reads every open posting's keys into memory (OpenJobIndex).
    {
        JobQuery first;
        first.today = clock.today();
        QElapsedTimer timer;
        timer.start();
        auto page = terminal.jobs().search(first);
        if (!page.ok())
            return {{QStringLiteral("error"), page.error().message}};
        result.insert(QStringLiteral("first_list_ms"), double(timer.nsecsElapsed()) / 1e6);
    }

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
    // Each query class reports its percentiles and its three slowest queries (to see which plan
    // a slow one took).
    auto measure = [&](const std::function<JobQuery(int)>& make, int rounds) {
        std::vector<double> ms;
        std::vector<std::pair<double, QJsonObject>> slow;
        for (int r = 0; r < rounds; ++r) {
            const JobQuery q = make(r);
            QElapsedTimer t;
            t.start();
            auto page = terminal.jobs().search(q);
            const double took = double(t.nsecsElapsed()) / 1e6;
            ms.push_back(took);
            if (!page.ok())
                return QJsonObject{{QStringLiteral("error"), page.error().message}};
            slow.emplace_back(took, describe(q, page.value()));
        }
        std::sort(slow.begin(), slow.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        QJsonArray slowest;
        for (size_t i = 0; i < std::min<size_t>(3, slow.size()); ++i) {
            QJsonObject o = slow[i].second;
            o.insert(QStringLiteral("ms"), slow[i].first);
            slowest.append(o);
        }
        QJsonObject out = percentiles(ms);
        out.insert(QStringLiteral("slowest"), slowest);
        return out;
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
    // What each choice of a kiosk list's filter would show (one grouped query a filter opened).
    auto choices = [&] {
        static const char* const columns[] = {"district", "pay_unit", "settlement", "form"};
        std::vector<double> ms;
        for (int r = 0; r < 40; ++r) {
            JobQuery q;
            q.today = today;
            if (r % 2)
                q.settlements = {QStringLiteral("daily")};
            if (r % 3 == 0)
                q.districts = {districts[r % districts.size()]};
            QElapsedTimer t;
            t.start();
            (void)terminal.jobs().openCountsBy(q, QLatin1String(columns[r % 4]));
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return percentiles(ms);
    }();
    queries.insert(QStringLiteral("filter_choice_counts"), choices);

    result.insert(QStringLiteral("database_bytes"),
                  QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size());
    result.insert(QStringLiteral("queries"), queries);
    result.insert(QStringLiteral("peak_rss_kb"), peakRssKb());
    return result;
}

const Register reg("search", &runSearch);

} // namespace

} // namespace lingong::bench
