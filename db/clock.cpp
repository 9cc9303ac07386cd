#include "clock.h"

#include <QMutexLocker>
#include <QTimeZone>

namespace lingong {

QString Clock::toWire(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Clock::fromWire(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime& t)
{
    QMutexLocker lock(&m_mutex);
    m_now = t.toUTC();
}

void ManualClock::advanceMs(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(ms);
}

} // namespace lingong
