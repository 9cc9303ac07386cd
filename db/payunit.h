#pragma once

#include <QString>

namespace lingong {

// Pay normalised to one working day, shared by sorting (db) and statistics (app).
// hour × 8 standard hours; day as is; month ÷ 21.75 legal working days; piece × 100 pieces
// (a typical day's output for the piece-rate trades in the demo set); project pay has no daily
// equivalent and returns 0 so it sorts last and stays out of wage averages.
inline constexpr double kStandardHoursPerDay = 8.0;
inline constexpr double kWorkingDaysPerMonth = 21.75;
inline constexpr double kPiecesPerDay = 100.0;

inline double payPerDay(double amount, const QString& unit)
{
    if (unit == QLatin1String("day"))
        return amount;
    if (unit == QLatin1String("hour"))
        return amount * kStandardHoursPerDay;
    if (unit == QLatin1String("month"))
        return amount / kWorkingDaysPerMonth;
    if (unit == QLatin1String("piece"))
        return amount * kPiecesPerDay;
    return 0.0;
}

} // namespace lingong
