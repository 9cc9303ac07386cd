#include "kioskcountdown.h"

#include "common/kioskstyle.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lingong {

KioskCountdown::KioskCountdown(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskCountdown"));
    setAttribute(Qt::WA_StyledBackground);
    auto* outer = new QVBoxLayout(this);
    auto* panel = new QFrame(this);
    panel->setProperty("role", QStringLiteral("panel"));
    panel->setMinimumWidth(KioskStyle::px(820));
    panel->setMaximumWidth(KioskStyle::px(1000));
    auto* l = new QVBoxLayout(panel);
    l->setContentsMargins(KioskStyle::px(48), KioskStyle::px(40), KioskStyle::px(48),
                          KioskStyle::px(40));
    l->setSpacing(KioskStyle::px(20));
    m_question = KioskStyle::label(tr("Are you still there?"), "h1", panel);
    m_question->setAlignment(Qt::AlignCenter);
    l->addWidget(m_question);
    m_seconds = KioskStyle::label(QString(), "countdown", panel);
    m_seconds->setObjectName(QStringLiteral("idleSeconds"));
    m_seconds->setAlignment(Qt::AlignCenter);
    l->addWidget(m_seconds);
    m_text = KioskStyle::label(QString(), "body", panel);
    m_text->setAlignment(Qt::AlignCenter);
    l->addWidget(m_text);
    auto* cont =
        KioskStyle::button(tr("Continue"), "primary", QStringLiteral("idleContinue"), panel);
    connect(cont, &QPushButton::clicked, this, &KioskCountdown::continueRequested);
    l->addWidget(cont);
    outer->addStretch(1);
    outer->addWidget(panel, 0, Qt::AlignCenter);
    outer->addStretch(1);
}

void KioskCountdown::setSecondsLeft(int seconds)
{
    m_seconds->setText(QString::number(seconds));
    m_text->setText(tr("In %n second(s) the kiosk goes back to the start and clears what you "
                       "entered.",
                       nullptr, seconds));
}

QString KioskCountdown::spokenText() const
{
    return m_question->text() + QLatin1Char(' ') + m_text->text();
}

} // namespace lingong
