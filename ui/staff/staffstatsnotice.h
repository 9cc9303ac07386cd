#pragma once

#include "common/slip.h"
#include "statistics.h"

#include <QCoreApplication>

namespace lingong {

class ReferenceData;

// 供求信息公示 (L2): the month's figures for the hall's notice board, printed at the window: the
// trades and industries with the highest and lowest 求人倍率, those wanting people that nobody
// registered for, and the daily average wage by trade, with how each figure is counted.
class StaffStatsNotice final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffStatsNotice)

public:
    // The notice of `stats`; `toDate`: the month is not over (its figures run to stats.through).
    // Refused for a month in which nothing was registered or posted.
    static Result<Slip> slip(const MonthlyStatistics& stats, bool toDate,
                             const ReferenceData& reference, const Config& config,
                             const QDateTime& printedAt);

    // A ratio from fewer seekers than this is marked: one person more or less moves it far.
    static constexpr int kFewSeekers = 5;
};

} // namespace lingong
