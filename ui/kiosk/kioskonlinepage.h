#pragma once

#include "kioskpage.h"

class QBoxLayout;
class QLabel;

namespace lingong {

// 线上服务 (N2): a large QR code that opens the "广西就业" online service on the person's phone.
class KioskOnlinePage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskOnlinePage(Terminal& terminal, QWidget* parent = nullptr);

    void setPortrait(bool portrait) override;

private:
    QBoxLayout* m_row = nullptr;
    QLabel* m_qr = nullptr;
};

} // namespace lingong
