#pragma once

#include "kioskpage.h"

class QLabel;

namespace lingong {

// 线上服务 (N2): a large QR code that opens the "广西就业" online service on the person's phone.
class KioskOnlinePage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskOnlinePage(Terminal& terminal, QWidget* parent = nullptr);

private:
    QLabel* m_qr = nullptr;
};

} // namespace lingong
