#include "staffstatsnotice.h"

#include "referencedata.h"

#include <QLocale>

namespace lingong {

Result<Slip> StaffStatsNotice::slip(const MonthlyStatistics& s, bool toDate,
                                    const ReferenceData& reference, const Config& config,
                                    const QDateTime& printedAt)
{
    const QLocale locale;
    const QString monthName = locale.toString(s.month, tr("MMMM yyyy", "month format"));
    if (s.isEmpty())
        return makeError(QStringLiteral("notice.empty"),
                         tr("Nothing was registered or posted in %1: there is no notice to print.")
                             .arg(monthName));
    const QString day = tr("d MMMM yyyy", "date format");
    const QString from = locale.toString(s.month, day);
    const QString through = locale.toString(s.through, day);
    Slip slip;
    slip.kind = QStringLiteral("statistics-") + s.month.toString(QStringLiteral("yyyy-MM"));
    slip.hall = config.hallName;
    // A month not over says so where the eye falls first: its days are in the heading.
    slip.title = toDate ? tr("Gig market supply and demand, %1 to %2").arg(from, through)
                        : tr("Gig market supply and demand, %1").arg(monthName);
    slip.printedAt = printedAt;
    slip.lead = (toDate ? tr("From %1 to %2; the month is not over yet.") : tr("From %1 to %2."))
                    .arg(from, through);

    // Industries by their names in full (GB/T 4754) where the interface reads Chinese.
    const auto industryName = [&reference](const QString& name) {
        if (name.isEmpty())
            return tr("industry unknown");
        const QString shown = reference.displayName(name);
        return shown != name ? shown : ReferenceData::officialIndustryName(name);
    };
    // One line a trade: its place (shared by equal ratios), name, ratio, and the two numbers it
    // comes from; a ratio of few seekers is marked, as one person more or less moves it far.
    bool fewMarked = false;
    const auto ranked = [&](const std::vector<TradeBalance>& list, bool industries) {
        QStringList lines;
        int place = 0;
        for (int i = 0; i < int(list.size()); ++i) {
            const TradeBalance& b = list[size_t(i)];
            // Equal as printed (to two places): two lines reading 0.67 share their place.
            const auto shown = [&locale](const TradeBalance& t) {
                return t.ratio ? locale.toString(*t.ratio, 'f', 2) : QString();
            };
            if (i == 0 || shown(list[size_t(i - 1)]) != shown(b))
                place = i + 1;
            const bool few = b.seekers < kFewSeekers;
            fewMarked = fewMarked || few;
            lines << tr("%1. %2: %3 (%4 wanted, %5 registered)")
                             .arg(place)
                             .arg(industries ? industryName(b.name) : reference.displayName(b.name),
                                  b.ratio ? locale.toString(*b.ratio, 'f', 2) : QString())
                             .arg(b.positions)
                             .arg(b.seekers) +
                         (few ? QStringLiteral(" *") : QString());
        }
        return lines.join(QLatin1Char('\n'));
    };
    const std::optional<double> overall = StatisticsService::overallDailyWage(s.wages);
    slip.rows = {
        {tr("Seekers registered"), tr("%n person(s)", nullptr, s.seekersRegistered)},
        {tr("Postings published"), s.postings == 0
                                       ? tr("none")
                                       : tr("%n posting(s)", nullptr, s.postings) + tr(", ") +
                                             tr("%n person(s) wanted", nullptr, s.positions)},
        {tr("Hired through the hall"), tr("%n person(s)", nullptr, s.hires)},
    };
    if (s.postings == 0) {
        // Every trade would rank lowest at 0: the notice says what there is instead.
        slip.closing << tr("No jobs were posted in this month, so there is no ratio of jobs to "
                           "seekers to rank.");
    } else {
        QStringList noSeekers;
        for (const TradeBalance& b : s.occupationRanking.noSeekers)
            noSeekers << tr("%1 (%2 wanted)").arg(reference.displayName(b.name)).arg(b.positions);
        slip.rows.insert(
            slip.rows.end(),
            {
                {tr("Highest ratio, trades"), ranked(s.occupationRanking.highest, false)},
                {tr("Lowest ratio, trades"), ranked(s.occupationRanking.lowest, false)},
                {tr("Highest ratio, industries"), ranked(s.industryRanking.highest, true)},
                {tr("Lowest ratio, industries"), ranked(s.industryRanking.lowest, true)},
                {tr("Wanted, nobody registered"),
                 noSeekers.join(tr(", ", "between the items of a list"))},
                {tr("Daily average wage"), overall ? tr("%1 yuan a day over the %n trade(s) below",
                                                        nullptr, int(s.wages.size()))
                                                         .arg(locale.toString(*overall, 'f', 0))
                                                   : QString()},
            });
    }
    if (!s.wages.empty()) {
        slip.listHeading = tr("Daily average wage by trade");
        for (const TradeWage& w : s.wages)
            slip.list << tr("%1: %2 yuan a day (%n posting(s))", nullptr, w.postings)
                             .arg(reference.displayName(w.occupation),
                                  locale.toString(w.averagePerDay, 'f', 0));
    }
    if (s.postings > 0)
        slip.closing << tr("Ratio (jobs per seeker) = people wanted in the postings published in "
                           "the month ÷ seekers registered in the month, by the first trade each "
                           "seeker wants; above 1, more people are wanted than have registered.");
    if (fewMarked)
        slip.closing << tr("* Fewer than %1 seekers registered: one person more or less changes "
                           "this ratio a great deal.")
                            .arg(kFewSeekers);
    if (!s.wages.empty())
        slip.closing << tr("Daily wage: the middle of a posting's pay; hourly pay for the hours a "
                           "day the posting names (8 when it names none), monthly pay as 21.75 "
                           "days a month; weighted by the people wanted. Left out: %1 paid by the "
                           "piece, %2 by the project, %3 with no pay stated.")
                            .arg(s.wageExcludedPiece)
                            .arg(s.wageExcludedProject)
                            .arg(s.wageExcludedUnstated);
    slip.closing
        << tr("Questions about these figures: %1.").arg(config.hotline)
        << tr("Published by %1, %2.").arg(config.hallName, locale.toString(printedAt.date(), day));
    // A notice of the hall, not of the clerk who printed it.
    slip.footer = Slip::hallFooter(config, printedAt);
    return slip;
}

} // namespace lingong
