#pragma once

#include <QDate>
#include <QDateTime>
#include <QMutex>

namespace lingong {

// The time source every service asks. Production code uses SystemClock; tests and screenshot
// runs inject a ManualClock. Implementations are thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    // The hall's calendar day. Guangxi is UTC+8 all year; the hall's dates follow local time.
    QDate today() const { return localNow().date(); }
    QDateTime localNow() const { return now().toOffsetFromUtc(8 * 3600); }

    // RFC 3339 UTC with milliseconds, as the sync protocol wants it.
    static QString toWire(const QDateTime& t);
    static QDateTime fromWire(const QString& s);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC())
    {}
    QDateTime now() const override;
    void set(const QDateTime& t);
    void advanceMs(qint64 ms);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace lingong
