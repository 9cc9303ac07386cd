#include "kioskstaffexitpage.h"

#include "common/kioskstyle.h"
#include "common/touchkeypad.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lingong {

KioskStaffExitPage::KioskStaffExitPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskStaffExit"), tr("Staff only: leave kiosk mode"),
                parent)
{
    // The hint beside the keypad on a wide screen, above it on a tall one (setPortrait); the
    // button below, at the right, as on the other keypad steps.
    m_row = new QBoxLayout(QBoxLayout::LeftToRight);
    m_row->setSpacing(KioskStyle::px(40));
    auto* left = new QVBoxLayout;
    left->addWidget(KioskStyle::label(tr("Enter the staff PIN."), "body", this));
    m_error = KioskStyle::label(QString(), "error", this);
    m_error->setObjectName(QStringLiteral("staffPinError"));
    m_error->hide();
    left->addWidget(m_error);
    left->addStretch(1);
    m_row->addLayout(left, 1);
    m_pin = new TouchKeypad(QStringLiteral("staffPin"), TouchKeypad::Kind::Secret, this);
    m_pin->setMinimumWidth(KioskStyle::px(640));
    m_pin->setMaximumWidth(KioskStyle::px(760));
    connect(m_pin, &TouchKeypad::textChanged, m_error, &QWidget::hide);
    m_row->addWidget(m_pin, 1);
    body()->addLayout(m_row, 1);
    auto* ok =
        KioskStyle::button(tr("Leave kiosk mode"), "primary", QStringLiteral("staffPinOk"), this);
    ok->setMinimumWidth(KioskStyle::px(360));
    connect(ok, &QPushButton::clicked, this, &KioskStaffExitPage::check);
    body()->addWidget(ok, 0, Qt::AlignRight);
}

void KioskStaffExitPage::setPortrait(bool portrait)
{
    KioskPage::setPortrait(portrait);
    m_row->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // Tall screen: the hint takes only its own height and the keypad sits centred below.
    m_row->setStretch(0, portrait ? 0 : 1);
    m_row->setAlignment(m_pin, portrait ? Qt::AlignHCenter : Qt::Alignment());
}

void KioskStaffExitPage::reset()
{
    m_pin->clear();
    m_error->hide();
}

void KioskStaffExitPage::check()
{
    // Guessing is slowed down: after three wrong PINs in a row every further try waits a minute.
    const QDateTime now = m_terminal.clock().now();
    if (m_blockedUntil.isValid() && now < m_blockedUntil) {
        m_pin->clear();
        m_error->setText(tr("Too many wrong PINs. Please wait %n second(s).", nullptr,
                            int(now.secsTo(m_blockedUntil)) + 1));
        m_error->show();
        return;
    }
    const QString pin = m_terminal.config().staffPin;
    if (pin.isEmpty() || m_pin->text() != pin) {
        ++m_failures;
        qCWarning(lcKiosk) << "wrong staff PIN entered" << m_failures << "time(s) in a row";
        if (Status st = m_terminal.audit().append(QStringLiteral("kiosk"),
                                                  QStringLiteral("kiosk_exit_denied"));
            !st.ok())
            qCWarning(lcKiosk) << "audit:" << st.error().message;
        if (m_failures >= kFreeTries)
            m_blockedUntil = now.addSecs(kWaitSec);
        m_pin->clear();
        m_error->setText(tr("That PIN is not right."));
        m_error->show();
        return;
    }
    qCInfo(lcKiosk) << "staff left kiosk mode";
    m_failures = 0;
    m_blockedUntil = {};
    if (Status st =
            m_terminal.audit().append(QStringLiteral("kiosk"), QStringLiteral("kiosk_exit"));
        !st.ok())
        qCWarning(lcKiosk) << "audit:" << st.error().message;
    m_pin->clear();
    emit accepted();
}

} // namespace lingong
