#include "kioskcorner.h"

#include "common/kioskstyle.h"

#include <QMouseEvent>

namespace lingong {

KioskCorner::KioskCorner(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("kioskCorner"));
    setAttribute(Qt::WA_NoSystemBackground);
    setFixedSize(KioskStyle::px(120), KioskStyle::px(120));
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &KioskCorner::check);
}

void KioskCorner::mousePressEvent(QMouseEvent* event)
{
    m_pressedAt = m_clock.now();
    m_timer.start();
    event->accept();
}

void KioskCorner::mouseReleaseEvent(QMouseEvent* event)
{
    m_pressedAt = {};
    m_timer.stop();
    event->accept();
}

void KioskCorner::check()
{
    if (!m_pressedAt.isValid())
        return;
    if (m_pressedAt.msecsTo(m_clock.now()) >= kHoldMs) {
        m_pressedAt = {};
        m_timer.stop();
        emit held();
    }
}

} // namespace lingong
