#include "statistics.h"

#include "clock.h"
#include "matching.h"
#include "payunit.h"
#include "seekerservice.h"

#include <QTimeZone>

#include <algorithm>
#include <map>
#include <tuple>

namespace lingong {

namespace {

// Start of a hall-local day as a stored (UTC wire) timestamp.
QString localMidnightWire(const QDate& day)
{
    return Clock::toWire(QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)));
}

struct Tally
{
    int postings = 0;
    int positions = 0;
    int seekers = 0;
};

std::vector<TradeBalance> balances(const std::map<QString, Tally>& tallies)
{
    std::vector<TradeBalance> out;
    for (const auto& [name, t] : tallies) {
        if (t.positions == 0 && t.seekers == 0)
            continue;
        TradeBalance b{name, t.postings, t.positions, t.seekers, std::nullopt};
        if (t.seekers > 0)
            b.ratio = double(t.positions) / double(t.seekers);
        out.push_back(std::move(b));
    }
    return out;
}

} // namespace

int DirectoryFigures::daysCounted() const
{
    return ledgerDays > 0 ? ledgerDays : int(from.daysTo(through) + 1);
}

double DirectoryFigures::dailyPlacements() const
{
    const int days = daysCounted();
    return days > 0 ? double(hires) / days : 0.0;
}

QString DirectoryFigures::periodText() const
{
    // A date as the entry writes it (2026年12月5日): the year, month and day go in as numbers.
    const auto date = [](const QDate& d) {
        return ledgerText(QT_TR_NOOP("%1-%2-%3")).arg(d.year()).arg(d.month()).arg(d.day());
    };
    return ledgerText(QT_TR_NOOP("%1 to %2")).arg(date(from), date(through));
}

QString DirectoryFigures::tradesText() const
{
    QStringList names;
    for (const TradeBalance& t : mainTrades) {
        if (!t.name.isEmpty())
            names << t.name;
    }
    QString text = names.join(ledgerText(QT_TR_NOOP(", ")));
    if (moreTrades && !names.isEmpty())
        text += ledgerText(QT_TR_NOOP(" and others"));
    return text;
}

QString DirectoryFigures::seekerScaleText() const
{
    return ledgerText(QT_TR_N_NOOP("%n seeker(s), registered %1"), seekersRegistered)
        .arg(periodText());
}

QString DirectoryFigures::placementsText() const
{
    // Never a thousands separator: the entry is read as written. One decimal; under one a day,
    // two significant digits, so that a hall that placed anybody never reads as placing nobody.
    const double value = dailyPlacements();
    const QString perDay =
        value > 0 && value < 1 ? QString::number(value, 'g', 2) : QString::number(value, 'f', 1);
    const QString how =
        ledgerDays > 0 ? ledgerText(QT_TR_N_NOOP("%1 hired over %n day(s) at work, %2"), ledgerDays)
                       : ledgerText(QT_TR_N_NOOP("%1 hired over %n day(s), %2"), daysCounted());
    return ledgerText(QT_TR_NOOP("%1 a day (%2)"))
        .arg(perDay, how.arg(QString::number(hires), periodText()));
}

StatisticsService::StatisticsService(const Database& db, const ReferenceData& reference)
    : m_repo(db)
    , m_reference(reference)
{}

std::optional<double> StatisticsService::dailyWage(double payMin, double payMax,
                                                   const QString& unit, double hoursPerDay)
{
    if (unit != QLatin1String("hour") && unit != QLatin1String("day") &&
        unit != QLatin1String("month"))
        return std::nullopt;
    double amount = 0;
    if (payMin > 0 && payMax > 0)
        amount = (payMin + payMax) / 2.0;
    else
        amount = std::max(payMin, payMax);
    if (amount <= 0)
        return std::nullopt;
    if (unit == QLatin1String("hour") && hoursPerDay > 0)
        return amount * hoursPerDay;
    return payPerDay(amount, unit);
}

std::optional<double> StatisticsService::overallDailyWage(const std::vector<TradeWage>& wages)
{
    double sum = 0;
    int positions = 0;
    for (const TradeWage& w : wages) {
        sum += w.averagePerDay * w.positions;
        positions += w.positions;
    }
    if (positions == 0)
        return std::nullopt;
    return sum / positions;
}

Result<DirectoryFigures> StatisticsService::directory(const QDate& through) const
{
    DirectoryFigures d;
    d.through = through;
    d.from = QDate(through.year(), through.month(), 1).addMonths(-(DirectoryFigures::kMonths - 1));
    const QString from = localMidnightWire(d.from);
    const QString to = localMidnightWire(through.addDays(1));
    auto seekers = m_repo.seekersRegistered(from, to);
    if (!seekers.ok())
        return seekers.error();
    for (const SeekerGroup& g : seekers.value())
        d.seekersRegistered += g.seekers;
    auto hires = m_repo.hires(from, to);
    if (!hires.ok())
        return hires.error();
    d.hires = hires.value();
    auto days = m_repo.ledgerDays(d.from, through);
    if (!days.ok())
        return days.error();
    d.ledgerDays = days.value();
    auto postings = m_repo.postingsPublished(from, to);
    if (!postings.ok())
        return postings.error();
    std::map<QString, Tally> byOccupation;
    for (const PostingGroup& g : postings.value()) {
        Tally& t = byOccupation[g.occupation];
        t.postings += g.postings;
        t.positions += g.positions;
    }
    std::vector<TradeBalance> trades = balances(byOccupation);
    std::sort(trades.begin(), trades.end(), [](const TradeBalance& a, const TradeBalance& b) {
        return a.positions != b.positions ? a.positions > b.positions : a.name < b.name;
    });
    // A trade with as many people wanted as the last one taken is taken too, up to kMostTrades:
    // a published list does not leave out one of two equal trades, nor runs on.
    size_t taken = std::min(trades.size(), size_t(DirectoryFigures::kTrades));
    while (taken > 0 && taken < trades.size() && taken < size_t(DirectoryFigures::kMostTrades) &&
           trades[taken].positions == trades[taken - 1].positions)
        ++taken;
    d.moreTrades = taken < trades.size() && taken > 0 &&
                   trades[taken].positions == trades[taken - 1].positions;
    trades.resize(taken);
    d.mainTrades = std::move(trades);
    return d;
}

Ranking StatisticsService::rank(const std::vector<TradeBalance>& trades, int n)
{
    Ranking out;
    std::vector<TradeBalance> rated;
    for (const TradeBalance& t : trades) {
        if (t.ratio)
            rated.push_back(t);
        else if (t.positions > 0)
            out.noSeekers.push_back(t);
    }
    std::sort(rated.begin(), rated.end(), [](const TradeBalance& a, const TradeBalance& b) {
        if (*a.ratio != *b.ratio)
            return *a.ratio > *b.ratio;
        if (a.positions != b.positions)
            return a.positions > b.positions;
        return a.name < b.name;
    });
    std::sort(out.noSeekers.begin(), out.noSeekers.end(),
              [](const TradeBalance& a, const TradeBalance& b) {
                  return a.positions != b.positions ? a.positions > b.positions : a.name < b.name;
              });
    const int total = int(rated.size());
    n = std::max(0, n);
    int top = total >= 2 * n ? n : (total + 1) / 2;
    int bottom = total >= 2 * n ? n : total / 2;
    // A trade nobody asked for (ratio 0) is never among the highest, however few trades were.
    const int asked = int(std::count_if(rated.begin(), rated.end(),
                                        [](const TradeBalance& t) { return *t.ratio > 0; }));
    top = std::min(top, asked);
    // Equal ratios at the edge of a list join it, without reaching into the other list.
    while (top > 0 && top < total - bottom && *rated[top].ratio == *rated[top - 1].ratio)
        ++top;
    while (bottom > 0 && bottom < total - top &&
           *rated[total - 1 - bottom].ratio == *rated[total - bottom].ratio)
        ++bottom;
    out.highest.assign(rated.begin(), rated.begin() + top);
    out.lowest.assign(rated.rbegin(), rated.rbegin() + bottom);
    return out;
}

QStringList StatisticsService::ageBands()
{
    return {QStringLiteral("16-24"), QStringLiteral("25-34"), QStringLiteral("35-44"),
            QStringLiteral("45-54"), QStringLiteral("55+")};
}

QString StatisticsService::ageBand(int age)
{
    if (age < 0)
        return {};
    // Nobody under 16 is of working age: such a record is counted apart, for a look at it.
    if (age < 16)
        return QStringLiteral("-15");
    const int index = age <= 24 ? 0 : age <= 34 ? 1 : age <= 44 ? 2 : age <= 54 ? 3 : 4;
    return ageBands().at(index);
}

std::vector<ProfileRow> StatisticsService::profileRows(const std::vector<PersonGroup>& seekers,
                                                       const std::vector<PersonGroup>& hires)
{
    // dimension -> value -> (seekers, hires)
    std::map<QString, std::map<QString, std::pair<int, int>>> counts;
    const auto add = [&counts](const std::vector<PersonGroup>& groups, bool hired) {
        for (const PersonGroup& g : groups) {
            const QString gender =
                g.gender == QLatin1String("male") || g.gender == QLatin1String("female")
                    ? g.gender
                    : QString();
            for (const auto& [dimension, value] :
                 {std::pair{QStringLiteral("gender"), gender},
                  std::pair{QStringLiteral("age"), ageBand(g.age)},
                  std::pair{QStringLiteral("education"), g.education.trimmed()}}) {
                auto& c = counts[dimension][value];
                (hired ? c.second : c.first) += g.people;
            }
        }
    };
    add(seekers, false);
    add(hires, true);

    std::vector<ProfileRow> out;
    const auto row = [&](const QString& dimension, const QString& value, bool always) {
        const auto& values = counts[dimension];
        const auto it = values.find(value);
        const std::pair<int, int> c = it == values.end() ? std::pair{0, 0} : it->second;
        if (always || c.first > 0 || c.second > 0)
            out.push_back({dimension, value, c.first, c.second});
    };
    const QString gender = QStringLiteral("gender");
    row(gender, QStringLiteral("male"), true);
    row(gender, QStringLiteral("female"), true);
    row(gender, QString(), false);
    const QString age = QStringLiteral("age");
    row(age, QStringLiteral("-15"), false);
    for (const QString& band : ageBands())
        row(age, band, true);
    row(age, QString(), false);
    // From the least schooling up, as the registration form lists them; any other after.
    const QString education = QStringLiteral("education");
    const QStringList& levels = SeekerService::educationLevels();
    for (const QString& level : levels)
        row(education, level, true);
    for (const auto& [value, c] : counts[education]) {
        if (!value.isEmpty() && !levels.contains(value))
            row(education, value, false);
    }
    row(education, QString(), false);
    return out;
}

Result<MonthlyStatistics> StatisticsService::month(const QDate& day, const QDate& through,
                                                   const QDateTime& asOf) const
{
    MonthlyStatistics s;
    s.month = QDate(day.year(), day.month(), 1);
    const QDate lastDay = s.month.addMonths(1).addDays(-1);
    s.through = through.isValid() ? std::clamp(through, s.month, lastDay) : lastDay;
    const QString from = localMidnightWire(s.month);
    const QString to = localMidnightWire(s.through.addDays(1));

    // Trades no longer offered keep their industry for the records that name them.
    auto trades = m_reference.industryOfEveryTrade();
    if (!trades.ok())
        return trades.error();
    const std::map<QString, QString>& industryOf = trades.value();
    const auto industryFor = [&](const QString& occupation) {
        const auto it = industryOf.find(occupation);
        return it == industryOf.end() ? QString() : it->second;
    };

    auto postings = m_repo.postingsPublished(from, to);
    if (!postings.ok())
        return postings.error();
    auto seekers = m_repo.seekersRegistered(from, to);
    if (!seekers.ok())
        return seekers.error();
    auto applications = m_repo.selfApplications(from, to);
    if (!applications.ok())
        return applications.error();
    auto recommendations = m_repo.recommendations(from, to);
    if (!recommendations.ok())
        return recommendations.error();
    auto hires = m_repo.hires(from, to);
    if (!hires.ok())
        return hires.error();
    s.applications = applications.value();
    s.recommendations = recommendations.value();
    s.hires = hires.value();
    auto byPay = m_repo.hiresByPay(from, to);
    if (!byPay.ok())
        return byPay.error();
    std::tie(s.hiresPaid, s.hiresUnpaid) = byPay.value();
    auto priority = m_repo.prioritySeekersRegistered(from, to);
    if (!priority.ok())
        return priority.error();
    s.prioritySeekersRegistered = priority.value();
    auto tiered = m_repo.tieredServices(from, to);
    if (!tiered.ok())
        return tiered.error();
    const auto given = [&](const char* kind) {
        const auto it = tiered.value().find(QLatin1String(kind));
        return it == tiered.value().end() ? 0 : it->second;
    };
    s.tieredGuidance = given("guidance");
    s.tieredRecommendations = given("recommendation");
    s.tieredTraining = given("training");
    s.careerGuidance = given("career_guidance");
    s.registrationGuidance = given("registration_guidance");
    s.pensionGuidance = given("pension_guidance");
    s.injuryGuidance = given("injury_guidance");
    const QString end = asOf.isValid() ? std::min(Clock::toWire(asOf), to) : to;
    auto requests = m_repo.requests(from, to, end);
    if (!requests.ok())
        return requests.error();
    s.requests = requests.value();

    std::map<QString, Tally> byOccupation;
    std::map<QString, Tally> byIndustry;
    struct WageSum
    {
        double weighted = 0;
        int postings = 0;
        int positions = 0;
    };
    std::map<QString, WageSum> wageSums;
    for (const PostingGroup& g : postings.value()) {
        s.postings += g.postings;
        s.positions += g.positions;
        Tally& o = byOccupation[g.occupation];
        o.postings += g.postings;
        o.positions += g.positions;
        const QString industry = g.industry.isEmpty() ? industryFor(g.occupation) : g.industry;
        Tally& i = byIndustry[industry];
        i.postings += g.postings;
        i.positions += g.positions;

        if (const auto wage =
                dailyWage(g.payMin, g.payMax, g.payUnit, Matching::hoursPerDay(g.workHours))) {
            WageSum& w = wageSums[g.occupation];
            w.weighted += *wage * g.positions;
            w.postings += g.postings;
            w.positions += g.positions;
        } else if (g.payUnit == QLatin1String("piece")) {
            s.wageExcludedPiece += g.postings;
        } else if (g.payUnit == QLatin1String("project")) {
            s.wageExcludedProject += g.postings;
        } else {
            s.wageExcludedUnstated += g.postings;
        }
    }
    for (const SeekerGroup& g : seekers.value()) {
        s.seekersRegistered += g.seekers;
        if (g.occupation.isEmpty())
            continue;
        byOccupation[g.occupation].seekers += g.seekers;
        byIndustry[industryFor(g.occupation)].seekers += g.seekers;
    }

    auto seekerProfiles = m_repo.seekerProfiles(from, to);
    if (!seekerProfiles.ok())
        return seekerProfiles.error();
    auto hireProfiles = m_repo.hireProfiles(from, to);
    if (!hireProfiles.ok())
        return hireProfiles.error();
    s.profile = profileRows(seekerProfiles.value(), hireProfiles.value());

    s.byOccupation = balances(byOccupation);
    s.byIndustry = balances(byIndustry);
    s.occupationRanking = rank(s.byOccupation, kRankingSize);
    s.industryRanking = rank(s.byIndustry, kRankingSize);

    for (const auto& [occupation, w] : wageSums) {
        if (w.positions > 0)
            s.wages.push_back({occupation, w.weighted / w.positions, w.postings, w.positions});
    }
    std::sort(s.wages.begin(), s.wages.end(), [](const TradeWage& a, const TradeWage& b) {
        if (a.averagePerDay != b.averagePerDay)
            return a.averagePerDay > b.averagePerDay;
        return a.occupation < b.occupation;
    });
    return s;
}

} // namespace lingong
