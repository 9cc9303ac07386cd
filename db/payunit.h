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

// The hours a day that a posting's working time names as clock ranges ("8:00-12:00",
// "10:00-14:00，17:00-21:00", "8点-17点", "20:00–次日6:00"), summed; 0 when it names none, or
// implausibly many (over 16).
double workHoursPerDay(const QString& workHours);

// What a day of a posting's work brings for `amount`: by the hour for the hours its working
// time names (else the standard 8), otherwise as payPerDay(). What the kiosk's cards say a day
// comes to, its order by pay, and matching all count a day so.
inline double jobPayPerDay(double amount, const QString& unit, const QString& workHours)
{
    if (unit == QLatin1String("hour"))
        if (const double hours = workHoursPerDay(workHours); hours > 0)
            return amount * hours;
    return payPerDay(amount, unit);
}

} // namespace lingong
