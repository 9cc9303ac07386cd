#include "kioskjobcard.h"

#include "common/kioskstyle.h"
#include "kiosktext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace lingong {

KioskJobCard::KioskJobCard(const StoredEntity& job, const QString& hallDistrict, const QDate& today,
                           QWidget* parent)
    : QFrame(parent)
    , m_jobId(job.id)
{
    const QJsonObject& d = job.data;
    setProperty("role", QStringLiteral("card"));
    setMinimumHeight(KioskStyle::px(128));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(KioskStyle::px(24), KioskStyle::px(14), KioskStyle::px(24),
                               KioskStyle::px(14));
    layout->setSpacing(KioskStyle::px(6));

    auto* top = new QHBoxLayout;
    auto* title = KioskStyle::label(d.value(QLatin1String("title")).toString(), "h2", this);
    title->setObjectName(QStringLiteral("cardTitle"));
    top->addWidget(title, 1);
    auto* pay = KioskStyle::label(KioskText::pay(d), "pay", this);
    pay->setObjectName(QStringLiteral("cardPay"));
    pay->setWordWrap(false);
    pay->setAlignment(Qt::AlignRight | Qt::AlignTop);
    top->addWidget(pay);
    layout->addLayout(top);

    auto* line = new QHBoxLayout;
    line->setSpacing(KioskStyle::px(8));
    line->addWidget(KioskStyle::label(KioskText::jobLine(d, hallDistrict, today), "body", this), 1);
    // Pay by the hour with what a day comes to, for comparing with pay by the day: under the
    // pay, on the line the card has anyway.
    if (const QString perDay = KioskText::payPerDayShort(d); !perDay.isEmpty()) {
        auto* day = KioskStyle::label(perDay, "note", this);
        day->setObjectName(QStringLiteral("cardPayDay"));
        day->setWordWrap(false);
        day->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line->addWidget(day);
    }
    // When the money comes, on every card: 日结 stands out in green, 周结, 月结 and 完工结 are
    // outlined, so that a person looking for daily pay need not open each job to learn it.
    if (const QString settlement = d.value(QLatin1String("settlement")).toString();
        !KioskText::settlementMeaning(settlement).isEmpty()) {
        const bool daily = settlement == QLatin1String("daily");
        auto* paid =
            KioskStyle::label(KioskText::settlement(settlement), daily ? "badge" : "settle", this);
        paid->setObjectName(daily ? QStringLiteral("cardDaily") : QStringLiteral("cardSettlement"));
        paid->setWordWrap(false);
        // A badge keeps its height when the line beside it wraps.
        line->addWidget(paid, 0, Qt::AlignVCenter);
    }
    if (d.value(QLatin1String("public_welfare")).toBool()) {
        auto* welfare = KioskStyle::label(tr("Public welfare"), "welfare", this);
        welfare->setObjectName(QStringLiteral("cardWelfare"));
        welfare->setWordWrap(false);
        line->addWidget(welfare, 0, Qt::AlignVCenter);
    }
    layout->addLayout(line);
    for (QLabel* l : findChildren<QLabel*>())
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
}

void KioskJobCard::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    event->accept();
}

void KioskJobCard::mouseReleaseEvent(QMouseEvent* event)
{
    const bool inside = rect().contains(event->position().toPoint());
    if (m_pressed && inside && event->button() == Qt::LeftButton)
        emit clicked(m_jobId);
    m_pressed = false;
    event->accept();
}

} // namespace lingong
