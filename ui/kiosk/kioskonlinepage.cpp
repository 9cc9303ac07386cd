#include "kioskonlinepage.h"

#include "common/kioskstyle.h"
#include "common/qrcode.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lingong {

KioskOnlinePage::KioskOnlinePage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskOnline"), tr("Online services"), parent)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(60);
    row->addStretch(1);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("onlineQr"));
    const QString url = terminal.config().onlineServiceUrl.toString();
    m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(url, 14)));
    row->addWidget(m_qr);
    auto* text = new QVBoxLayout;
    text->setSpacing(20);
    text->addStretch(1);
    text->addWidget(KioskStyle::label(tr("Scan with your phone camera or WeChat"), "h2", this));
    text->addWidget(KioskStyle::label(
        tr("It opens the \"Guangxi Jobs\" online service: register, look for work and apply "
           "from home, any time."),
        "body", this));
    auto* link = KioskStyle::label(url, "note", this);
    link->setObjectName(QStringLiteral("onlineUrl"));
    text->addWidget(link);
    text->addStretch(1);
    row->addLayout(text, 2);
    row->addStretch(1);
    body()->addLayout(row, 1);
}

} // namespace lingong
