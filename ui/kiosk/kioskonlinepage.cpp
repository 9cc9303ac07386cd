#include "kioskonlinepage.h"

#include "common/kioskstyle.h"
#include "common/qrcode.h"

#include <QBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace lingong {

KioskOnlinePage::KioskOnlinePage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskOnline"), tr("Online services"), parent)
{
    // The code beside its words on a wide screen, above them on a tall one (setPortrait).
    m_row = new QBoxLayout(QBoxLayout::LeftToRight);
    m_row->setSpacing(KioskStyle::px(60));
    m_row->addStretch(1);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("onlineQr"));
    const QString url = terminal.config().onlineServiceUrl.toString();
    m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(url, std::max(4, KioskStyle::px(14)))));
    m_row->addWidget(m_qr);
    auto* text = new QVBoxLayout;
    text->setSpacing(KioskStyle::px(20));
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
    m_row->addLayout(text, 4);
    m_row->addStretch(1);
    body()->addLayout(m_row, 1);
}

void KioskOnlinePage::setPortrait(bool portrait)
{
    KioskPage::setPortrait(portrait);
    m_row->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_row->setAlignment(m_qr, portrait ? Qt::AlignHCenter : Qt::Alignment());
    // Tall screen: the words take the width and their own height under the code.
    m_row->setStretch(2, portrait ? 0 : 4);
}

} // namespace lingong
