#include "kioskurgentbar.h"

#include "common/kioskstyle.h"
#include "displayfeed.h"
#include "kioskpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lingong {

namespace {

QString text(const StoredEntity& e, const char* key)
{
    return e.data.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

KioskUrgentBar::KioskUrgentBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kioskUrgent"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(KioskStyle::px(40), KioskStyle::px(14), KioskStyle::px(40),
                               KioskStyle::px(14));
    layout->setSpacing(KioskStyle::px(24));
    auto* pill = KioskStyle::label(tr("Urgent notice"), "urgentPill", this);
    pill->setObjectName(QStringLiteral("kioskUrgentPill"));
    layout->addWidget(pill, 0, Qt::AlignTop);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(KioskStyle::px(12));
    layout->addLayout(m_rows, 1);
    hide();
}

void KioskUrgentBar::setNotices(const std::vector<StoredEntity>& active, const QDateTime& now)
{
    QStringList ids;
    QStringList lines;
    QString key;
    const QTimeZone hall(8 * 3600);
    const QDate today = now.toTimeZone(hall).date();
    for (const StoredEntity& e : active) {
        if (ids.size() == kMaxShown)
            break;
        ids << e.id;
        QStringList tail;
        // Until when: a notice given a day runs through that day; one given a time says the
        // time, and its day when that is not today.
        if (const auto end = DisplayFeed::urgentEnd(e)) {
            const QDateTime until = end->toTimeZone(hall);
            if (until.time() == QTime(0, 0)) {
                const QDate last = until.date().addDays(-1);
                if (last != today)
                    tail << tr("Until %1/%2").arg(last.month()).arg(last.day());
            } else if (until.date() == today) {
                tail << tr("Until %1").arg(until.toString(QStringLiteral("H:mm")));
            } else {
                //: An end: month, day, hour and minute (e.g. 有效至12月3日 14:05)
                tail << tr("Until %1/%2 %3")
                            .arg(until.date().month())
                            .arg(until.date().day())
                            .arg(until.toString(QStringLiteral("H:mm")));
            }
        }
        if (const QString ask = DisplayFeed::urgentAsk(e); !ask.isEmpty())
            tail << tr("Ask: %1").arg(ask);
        lines << text(e, "title") << text(e, "body") << tail.join(QStringLiteral("　"));
    }
    key = lines.join(QLatin1Char('\n'));
    m_ids = ids;
    if (key == m_shownKey && isHidden() == ids.isEmpty())
        return;
    m_shownKey = key;
    // Rows are laid out anew: their labels go with them.
    for (QLabel* l : findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (l->objectName() != QLatin1String("kioskUrgentPill"))
            delete l;
    }
    while (QLayoutItem* item = m_rows->takeAt(0))
        delete item;
    m_spoken.clear();
    for (int i = 0; i + 2 < lines.size(); i += 3) {
        // The headline with until when and whom to ask beside it, the text under them.
        auto* head = new QHBoxLayout;
        head->setSpacing(KioskStyle::px(24));
        auto* title = KioskStyle::label(lines[i], "urgentTitle", this);
        title->setObjectName(QStringLiteral("kioskUrgentTitle"));
        title->setWordWrap(true);
        head->addWidget(title, 1);
        if (!lines[i + 2].isEmpty()) {
            auto* tail = KioskStyle::label(lines[i + 2], "urgentBody", this);
            tail->setObjectName(QStringLiteral("kioskUrgentWhen"));
            tail->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            head->addWidget(tail, 0, Qt::AlignVCenter);
        }
        m_rows->addLayout(head);
        if (!lines[i + 1].isEmpty()) {
            auto* body = KioskStyle::label(lines[i + 1], "urgentBody", this);
            body->setObjectName(QStringLiteral("kioskUrgentBody"));
            body->setWordWrap(true);
            m_rows->addWidget(body);
        }
        m_spoken << lines[i] << lines[i + 1] << lines[i + 2];
    }
    setVisible(!ids.isEmpty());
}

QString KioskUrgentBar::spokenText() const
{
    if (isHidden() || m_spoken.isEmpty())
        return {};
    QStringList parts{tr("Urgent notice")};
    parts << m_spoken;
    return KioskPage::joinSpoken(parts);
}

} // namespace lingong
