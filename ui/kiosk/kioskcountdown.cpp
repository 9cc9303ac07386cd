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
    QVBoxLayout* l = KioskStyle::centredPanel(this, 900);
    QWidget* panel = l->parentWidget();
    m_question = KioskStyle::label(tr("Are you still there?"), "h1", panel);
    m_question->setAlignment(Qt::AlignCenter);
    l->addWidget(m_question);
    m_seconds = KioskStyle::label(QString(), "countdown", panel);
    m_seconds->setObjectName(QStringLiteral("idleSeconds"));
    m_seconds->setAlignment(Qt::AlignCenter);
    l->addWidget(m_seconds);
    m_text = KioskStyle::label(QString(), "body", panel);
    m_text->setObjectName(QStringLiteral("idleText"));
    m_text->setAlignment(Qt::AlignCenter);
    l->addWidget(m_text);
    auto* cont =
        KioskStyle::button(tr("Continue"), "primary", QStringLiteral("idleContinue"), panel);
    connect(cont, &QPushButton::clicked, this, &KioskCountdown::continueRequested);
    l->addWidget(cont);
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
