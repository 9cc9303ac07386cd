#pragma once

#include "kioskpage.h"

class QBoxLayout;
class QLabel;

namespace lingong {

class TouchKeypad;

// Reached only by the hidden corner gesture: staff enter the PIN to leave kiosk mode.
class KioskStaffExitPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskStaffExitPage(Terminal& terminal, QWidget* parent = nullptr);

    void reset() override;
    void setPortrait(bool portrait) override;

signals:
    void accepted();

private:
    void check();

    QBoxLayout* m_row = nullptr;
    TouchKeypad* m_pin = nullptr;
    QLabel* m_error = nullptr;
    static constexpr int kFreeTries = 3;
    static constexpr int kWaitSec = 60;
    int m_failures = 0;
    QDateTime m_blockedUntil;
};

} // namespace lingong
