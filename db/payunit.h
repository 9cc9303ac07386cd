#pragma once

#include <QString>

namespace lingong {

// Pay normalised to one working day, shared by sorting (db), matching and statistics (app).
// hour × 8 standard hours; day as is; month ÷ 21.75 legal working days. Pay by the piece and by
// the project has no daily equivalent (a piece may be a carton carried for 2 yuan or an
// appliance fitted for 100): 0, so that it sorts after the pay a day can be told of, is not
// weighed against a seeker's daily wage, and stays out of wage averages.
inline constexpr double kStandardHoursPerDay = 8.0;
inline constexpr double kWorkingDaysPerMonth = 21.75;

inline double payPerDay(double amount, const QString& unit)
{
    if (unit == QLatin1String("day"))
        return amount;
    if (unit == QLatin1String("hour"))
        return amount * kStandardHoursPerDay;
    if (unit == QLatin1String("month"))
        return amount / kWorkingDaysPerMonth;
    return 0.0;
}

} // namespace lingong
