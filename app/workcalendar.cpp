#include "workcalendar.h"

namespace lingong {

namespace {

WorkCalendar& installed()
{
    static WorkCalendar calendar;
    return calendar;
}

} // namespace

bool WorkCalendar::isWorkingDay(const QDate& day) const
{
    if (m_workingWeekends.contains(day))
        return true;
    return day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate WorkCalendar::addWorkingDays(QDate day, int n) const
{
    // A year of holidays in a row cannot happen; the bound keeps a wrong list from looping.
    for (int guard = 0; n > 0 && guard < 400; ++guard) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --n;
    }
    return day;
}

const WorkCalendar& WorkCalendar::current()
{
    return installed();
}

void WorkCalendar::install(WorkCalendar calendar)
{
    installed() = std::move(calendar);
}

} // namespace lingong
