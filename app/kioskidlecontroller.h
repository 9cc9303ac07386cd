#pragma once

#include "clock.h"

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace lingong {

// Decides when a kiosk left alone should wipe itself (requirements: kiosk idle behaviour).
//
// Time comes from the injectable Clock, never from wall-clock timers, so tests drive it with a
// ManualClock and call check(). A QTimer calls check() a few times a second in production.
//
// After `timeoutSec` without activity() the countdown starts: countdown(secondsLeft) is emitted
// once for each whole second left (10, 9, ... 1). Activity during the countdown emits
// cancelled(). When the countdown runs out, expired() is emitted once and the controller starts
// counting afresh from that moment. While disabled nothing is emitted.
//
// While the person is in the middle of answers (setPatience(): a registration or a posting half
// done, read slowly), the countdown comes at the usual time, its overlay hiding the answers from
// whoever passes, but lasts the usual wait and kPatientExtraSec more (patientCountdownSec()): the
// answers are wiped only when nobody is there any more. A countdown keeps the length it began
// with.
class KioskIdleController final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultCountdownSec = 10;
    static constexpr int kPatientExtraSec = 30;

    explicit KioskIdleController(const Clock& clock, int timeoutSec,
                                 int countdownSec = kDefaultCountdownSec,
                                 QObject* parent = nullptr);

    // Someone touched the screen.
    void activity();
    // Off while there is nothing to wipe (the attract screen); enabling restarts the wait.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isCountingDown() const { return m_secondsLeft > 0; }
    int secondsLeft() const { return m_secondsLeft; }
    int timeoutSec() const { return m_timeoutSec; }
    int patientCountdownSec() const
    {
        return std::max(m_countdownSec, m_timeoutSec + kPatientExtraSec);
    }

    // Asked at every check: whether the person is in the middle of answers.
    void setPatience(std::function<bool()> inProgress) { m_inProgress = std::move(inProgress); }

    // Compares the clock with the last activity and emits what is due.
    void check();

signals:
    void countdown(int secondsLeft);
    void cancelled();
    void expired();

private:
    const Clock& m_clock;
    int m_timeoutSec;
    int m_countdownSec;
    bool m_enabled = true;
    int m_secondsLeft = 0; // > 0 while the countdown is shown
    QDateTime m_lastActivity;
    std::function<bool()> m_inProgress;
    bool m_patientCountdown = false; // the countdown shown began in the middle of answers
    QTimer m_timer;
};

} // namespace lingong
