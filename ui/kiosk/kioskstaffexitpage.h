#pragma once

#include "kioskpage.h"

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

signals:
    void accepted();

private:
    void check();

    TouchKeypad* m_pin = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lingong
