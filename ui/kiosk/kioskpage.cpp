#include "kioskpage.h"

#include "common/kioskstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcKiosk, "lingong.ui.kiosk")

namespace lingong {

KioskPage::KioskPage(Terminal& terminal, const QString& objectName, const QString& title,
                     QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
{
    setObjectName(objectName);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(KioskStyle::px(40), KioskStyle::px(24), KioskStyle::px(40),
                              KioskStyle::px(16));
    outer->setSpacing(KioskStyle::px(16));
    m_title = KioskStyle::label(title, "h1", this);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_title->setVisible(!title.isEmpty());
    m_titleRow = new QHBoxLayout;
    m_titleRow->setSpacing(KioskStyle::px(32));
    m_titleRow->addWidget(m_title);
    m_titleRow->addStretch(1);
    outer->addLayout(m_titleRow);
    m_body = new QVBoxLayout;
    m_body->setSpacing(KioskStyle::px(16));
    outer->addLayout(m_body, 1);
}

void KioskPage::addBesideTitle(QWidget* widget)
{
    m_titleRow->addWidget(widget, 0, Qt::AlignBottom);
}

void KioskPage::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

QString KioskPage::title() const
{
    return m_title->text();
}

} // namespace lingong
