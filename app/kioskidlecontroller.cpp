#include "kioskidlecontroller.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKioskIdle, "lingong.kiosk.idle")

namespace lingong {

KioskIdleController::KioskIdleController(const Clock& clock, int timeoutSec, int countdownSec,
                                         QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeoutSec(std::max(5, timeoutSec))
    , m_countdownSec(std::max(1, countdownSec))
    , m_lastActivity(clock.now())
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &KioskIdleController::check);
    m_timer.start();
}

void KioskIdleController::activity()
{
    m_lastActivity = m_clock.now();
    if (m_secondsLeft > 0) {
        m_secondsLeft = 0;
        emit cancelled();
    }
}

void KioskIdleController::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_lastActivity = m_clock.now();
    if (!enabled && m_secondsLeft > 0) {
        m_secondsLeft = 0;
        emit cancelled();
    }
}

void KioskIdleController::check()
{
    if (!m_enabled)
        return;
    const qint64 idleMs = m_lastActivity.msecsTo(m_clock.now());
    // Asked afresh until a countdown begins; that one runs out as it began.
    const bool patient = m_secondsLeft > 0 ? m_patientCountdown : m_inProgress && m_inProgress();
    const qint64 timeoutMs = qint64(m_timeoutSec) * 1000;
    const qint64 endMs =
        timeoutMs + qint64(patient ? patientCountdownSec() : m_countdownSec) * 1000;
    if (idleMs < timeoutMs)
        return;
    if (idleMs < endMs) {
        // Whole seconds left, rounded up: the first tick says 10, the last 1.
        const int left = int((endMs - idleMs + 999) / 1000);
        if (m_secondsLeft == 0)
            m_patientCountdown = patient;
        if (left != m_secondsLeft) {
            m_secondsLeft = left;
            emit countdown(left);
        }
        return;
    }
    qCInfo(lcKioskIdle) << "idle for" << idleMs / 1000 << "s: resetting the kiosk";
    m_secondsLeft = 0;
    m_lastActivity = m_clock.now();
    emit expired();
}

} // namespace lingong
