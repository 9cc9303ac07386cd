#include "staffstatsnotice.h"

#include "referencedata.h"

#include <QLocale>

namespace lingong {

namespace {

QString ratioText(double ratio)
{
    return QLocale().toString(ratio, 'f', 2);
}

} // namespace

std::optional<double> StaffStatsNotice::overallDailyWage(const std::vector<TradeWage>& wages)
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

Result<Slip> StaffStatsNotice::slip(const MonthlyStatistics& s, bool toDate,
                                    const ReferenceData& reference, const Config& config,
                                    const QDateTime& printedAt, const QString& clerk)
{
    if (s.isEmpty())
        return makeError(QStringLiteral("notice.empty"),
                         tr("Nothing was registered or posted in this month: there is no notice "
                            "to print."));
    const QLocale locale;
    const QString day = tr("d MMMM yyyy", "date format");
    Slip slip;
    slip.kind = QStringLiteral("statistics-") + s.month.toString(QStringLiteral("yyyy-MM"));
    slip.hall = config.hallName;
    slip.title = tr("Gig market supply and demand, %1")
                     .arg(locale.toString(s.month, tr("MMMM yyyy", "month format")));
    slip.printedAt = printedAt;
    slip.lead = (toDate ? tr("From %1 to %2; the month is not over yet.") : tr("From %1 to %2."))
                    .arg(locale.toString(s.month, day), locale.toString(s.through, day));

    // One line a trade: its place, name, ratio, and the two numbers it comes from.
    const auto ranked = [&reference](const std::vector<TradeBalance>& list) {
        QStringList lines;
        for (int i = 0; i < int(list.size()); ++i) {
            const TradeBalance& b = list[size_t(i)];
            lines << tr("%1. %2: %3 (%4 wanted, %5 registered)")
                         .arg(i + 1)
                         .arg(b.name.isEmpty() ? tr("industry unknown")
                                               : reference.displayName(b.name),
                              b.ratio ? ratioText(*b.ratio) : QString())
                         .arg(b.positions)
                         .arg(b.seekers);
        }
        return lines.join(QLatin1Char('\n'));
    };
    QStringList noSeekers;
    for (const TradeBalance& b : s.occupationRanking.noSeekers)
        noSeekers << tr("%1 (%2 wanted)").arg(reference.displayName(b.name)).arg(b.positions);
    const std::optional<double> overall = overallDailyWage(s.wages);
    slip.rows = {
        {tr("Seekers registered"), tr("%n person(s)", nullptr, s.seekersRegistered)},
        {tr("Postings published"), tr("%n posting(s)", nullptr, s.postings) + tr(", ") +
                                       tr("%n person(s) wanted", nullptr, s.positions)},
        {tr("Hired through the hall"), tr("%n person(s)", nullptr, s.hires)},
        {tr("Highest ratio, trades"), ranked(s.occupationRanking.highest)},
        {tr("Lowest ratio, trades"), ranked(s.occupationRanking.lowest)},
        {tr("Highest ratio, industries"), ranked(s.industryRanking.highest)},
        {tr("Lowest ratio, industries"), ranked(s.industryRanking.lowest)},
        {tr("Wanted, nobody registered"), noSeekers.join(tr(", ", "between the items of a list"))},
        {tr("Daily average wage"),
         overall ? tr("%1 yuan a day, all trades").arg(locale.toString(*overall, 'f', 0))
                 : QString()},
    };
    if (!s.wages.empty()) {
        slip.listHeading = tr("Daily average wage by trade");
        for (const TradeWage& w : s.wages)
            slip.list << tr("%1: %2 yuan a day (%n posting(s))", nullptr, w.postings)
                             .arg(reference.displayName(w.occupation),
                                  locale.toString(w.averagePerDay, 'f', 0));
    }
    slip.closing = {
        tr("Ratio (jobs per seeker) = people wanted in the postings published in the month ÷ "
           "seekers registered in the month, by the first trade each seeker wants; above 1, "
           "more people are wanted than have registered."),
        tr("Daily wage: the middle of a posting's pay, hourly pay counted as 8 hours a day and "
           "monthly pay as 21.75 days a month, weighted by the people wanted. Left out: %1 "
           "paid by the piece, %2 by the project, %3 with no pay stated.")
            .arg(s.wageExcludedPiece)
            .arg(s.wageExcludedProject)
            .arg(s.wageExcludedUnstated),
        tr("Questions about these figures: %1.").arg(config.hotline),
    };
    slip.footer = Slip::hallFooter(config, printedAt, clerk);
    return slip;
}

} // namespace lingong
