#include "displayfeed.h"

#include "contentrepository.h"

#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDisplayFeed, "lingong.display")

namespace lingong {

namespace {

const QTimeZone kHallZone(8 * 3600);

enum class Bound
{
    Start,
    End
};

// A validity bound as an instant: a date means the start of that hall-local day (Start) or the
// start of the next one (End, so the whole day is included).
std::optional<QDateTime> parseBound(const QString& text, Bound bound)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(bound == Bound::Start ? d : d.addDays(1), QTime(0, 0), kHallZone).toUTC();
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), kHallZone); // no offset given: hall time
    return t.toUTC();
}

QString text(const StoredEntity& e, const char* key)
{
    return e.data.value(QLatin1String(key)).toString();
}

} // namespace

QDateTime DisplaySnapshot::dataTime() const
{
    if (!syncs)
        return loadedAt;
    if (!lastSync.isValid())
        return {};
    return std::min(lastSync, loadedAt);
}

DisplayFeed::DisplayFeed(Terminal& terminal)
    : m_terminal(terminal)
    , m_statistics(terminal.database(), terminal.reference())
{}

bool DisplayFeed::isCurrent(const StoredEntity& content, const QDateTime& now)
{
    const auto from = parseBound(text(content, "valid_from"), Bound::Start);
    const auto until = parseBound(text(content, "valid_until"), Bound::End);
    return (!from || now >= *from) && (!until || now < *until) &&
           !ContentRepository::hasStarted(content.data, now.toTimeZone(kHallZone).date());
}

std::optional<QDateTime> DisplayFeed::urgentEnd(const StoredEntity& urgent)
{
    return parseBound(text(urgent, "valid_until"), Bound::End);
}

std::optional<QDateTime> DisplayFeed::urgentStart(const StoredEntity& urgent)
{
    return parseBound(text(urgent, "valid_from"), Bound::Start);
}

std::vector<StoredEntity> DisplayFeed::activeUrgent(const std::vector<StoredEntity>& urgent,
                                                    const QDateTime& now)
{
    std::vector<StoredEntity> out;
    for (const StoredEntity& e : urgent) {
        if (urgentEnd(e) && isCurrent(e, now))
            out.push_back(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const StoredEntity& a, const StoredEntity& b) {
        return text(a, "created_at") > text(b, "created_at");
    });
    return out;
}

Result<std::vector<StoredEntity>> DisplayFeed::unexpiredUrgent(const Database& db,
                                                               const QDateTime& now,
                                                               std::vector<StoredEntity>* undated)
{
    auto urgent = StatsRepository(db).contentOfKind(QStringLiteral("urgent"));
    if (!urgent.ok())
        return urgent.error();
    std::vector<StoredEntity> out;
    for (StoredEntity& e : urgent.value()) {
        const auto end = urgentEnd(e);
        if (!end) {
            if (undated && isCurrent(e, now))
                undated->push_back(std::move(e));
        } else if (*end > now) {
            out.push_back(std::move(e));
        }
    }
    return out;
}

QString DisplayFeed::urgentAsk(const StoredEntity& urgent)
{
    const QJsonObject extra = urgent.data.value(QLatin1String("extra")).toObject();
    QStringList ask;
    for (const char* key : {"contact", "phone"}) {
        const QString v = extra.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty() && !(ask.size() == 1 && ask.front().contains(v)))
            ask << v;
    }
    return ask.join(QLatin1Char(' '));
}

Result<MonthlyStatistics> DisplayFeed::publishedStatistics(const QDate& today) const
{
    // A month's first days say little (one seeker makes a trade's ratio): the whole month
    // before is shown through the 10th, where it has figures.
    if (today.day() <= kWholeMonthBeforeUntilDay) {
        auto before = m_statistics.month(today.addMonths(-1));
        if (!before.ok() || !before->isEmpty())
            return before;
    }
    auto current = m_statistics.month(today, today);
    if (!current.ok() || !current->isEmpty())
        return current;
    return m_statistics.month(today.addMonths(-1));
}

Result<DisplaySnapshot> DisplayFeed::load(bool withStatistics) const
{
    DisplaySnapshot s;
    const Clock& clock = m_terminal.clock();
    s.loadedAt = clock.now();
    const QDate today = clock.today();

    auto newest = m_terminal.jobs().newestPublished(today, kNewestJobs);
    if (!newest.ok())
        return newest.error();
    s.newestJobs = std::move(newest.value());

    JobQuery q;
    q.today = today;
    q.publicWelfare = true;
    q.limit = kWelfareJobs;
    auto welfare = m_terminal.jobs().search(q);
    if (!welfare.ok())
        return welfare.error();
    s.welfareJobs = std::move(welfare.value().jobs);

    auto trades = m_terminal.jobs().openCountsByOccupation(today);
    if (!trades.ok())
        return trades.error();
    s.openByTrade = std::move(trades.value());
    // Every open posting is counted, however many: the wall says the real number.
    s.openJobs = 0;
    for (const OccupationCount& c : s.openByTrade)
        s.openJobs += c.jobs;
    std::stable_sort(s.openByTrade.begin(), s.openByTrade.end(),
                     [](const OccupationCount& a, const OccupationCount& b) {
                         return a.positions > b.positions;
                     });

    if (withStatistics) {
        auto stats = publishedStatistics(today);
        if (!stats.ok())
            return stats.error();
        s.statistics = std::move(stats.value());
    }

    const StatsRepository repo(m_terminal.database());
    const auto current = [&](const QString& kind,
                             std::vector<StoredEntity>& into) -> std::optional<Error> {
        auto rows = repo.contentOfKind(kind);
        if (!rows.ok())
            return rows.error();
        for (StoredEntity& e : rows.value()) {
            if (isCurrent(e, s.loadedAt))
                into.push_back(std::move(e));
        }
        return std::nullopt;
    };
    for (const auto& [kind, into] :
         std::initializer_list<std::pair<const char*, std::vector<StoredEntity>*>>{
             {"policy", &s.policies},
             {"training", &s.trainings},
             {"institution", &s.trainings},
             {"notice", &s.notices},
             {"rights", &s.rights}}) {
        if (auto err = current(QLatin1String(kind), *into))
            return *err;
    }
    std::vector<StoredEntity> market;
    if (auto err = current(QStringLiteral("market"), market))
        return *err;
    if (!market.empty())
        s.market = market.front();

    auto urgent = unexpiredUrgent(m_terminal.database(), s.loadedAt, &s.notices);
    if (!urgent.ok())
        return urgent.error();
    s.urgent = std::move(urgent.value());

    if (!m_terminal.config().platformUrl.isEmpty()) {
        auto last = m_terminal.syncState().value(QLatin1String(kLastSyncKey));
        if (!last.ok())
            return last.error();
        s.syncs = true;
        s.lastSync = Clock::fromWire(last.value());
    } else {
        // The newest posting through its index (a scan of every job's time would read the whole
        // table each minute); content is a short list.
        auto changed = m_terminal.database().scalar(QStringLiteral(
            "SELECT max(m) FROM (SELECT max(max(published_at, created_at)) AS m FROM job "
            "WHERE deleted = 0 UNION ALL SELECT max(modified_at) FROM content)"));
        if (!changed.ok())
            return changed.error();
        if (!changed.value().toString().isEmpty())
            s.lastChange = Clock::fromWire(changed.value().toString());
    }
    return s;
}

} // namespace lingong
