#pragma once

#include "clock.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

namespace lingong {

// An invisible square in a corner of the kiosk: pressing it for five seconds (by the injectable
// clock) emits held(), which opens the staff PIN screen. Nothing shows that it is there.
class KioskCorner final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kHoldMs = 5000;

    explicit KioskCorner(const Clock& clock, QWidget* parent = nullptr);

    // Emits held() when the press has lasted long enough (the timer calls it).
    void check();

signals:
    void held();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    const Clock& m_clock;
    QDateTime m_pressedAt;
    QTimer m_timer;
};

} // namespace lingong
