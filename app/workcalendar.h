#pragma once

#include <QDate>
#include <QSet>

namespace lingong {

// The hall's working days, for the time limits of 限时办结 (T5): Monday to Friday, less the
// public holidays, plus the weekend days worked in their place (调休), as the State Council
// announces them each year and the hall's configuration lists them (hall.holidays,
// hall.working_weekends).
class WorkCalendar final
{
public:
    WorkCalendar() = default;
    WorkCalendar(QSet<QDate> holidays, QSet<QDate> workingWeekends)
        : m_holidays(std::move(holidays))
        , m_workingWeekends(std::move(workingWeekends))
    {}

    bool isWorkingDay(const QDate& day) const;
    // The `n`th working day after `day` (n >= 1).
    QDate addWorkingDays(QDate day, int n) const;

    // The calendar in use in this process: the configuration's, once installed at start;
    // Monday to Friday before.
    static const WorkCalendar& current();
    static void install(WorkCalendar calendar);

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingWeekends;
};

} // namespace lingong
