#include "kioskurgentbar.h"

#include "common/kioskstyle.h"
#include "displayfeed.h"
#include "kioskpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace lingong {

namespace {

QString text(const StoredEntity& e, const char* key)
{
    return e.data.value(QLatin1String(key)).toString().simplified();
}

// A label that takes the width it is given and shows its text in one line, cut with "…".
QLabel* oneLine(const char* role, const QString& name, QWidget* parent)
{
    QLabel* l = KioskStyle::label(QString(), role, parent);
    l->setObjectName(name);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return l;
}

// Whether `full` fits `label` in one line; if not, it shows the start of it.
bool setCut(QLabel* label, const QString& full)
{
    const QString shown =
        label->fontMetrics().elidedText(full, Qt::ElideRight, std::max(0, label->width()));
    label->setText(shown);
    label->setProperty("fullText", full);
    return shown == full;
}

} // namespace

KioskUrgentBar::KioskUrgentBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kioskUrgent"));
    auto* layout = new QHBoxLayout(this);
    layout->setSpacing(KioskStyle::px(20));
    m_pill = KioskStyle::label(tr("Urgent notice"), "urgentPill", this);
    m_pill->setObjectName(QStringLiteral("kioskUrgentPill"));
    layout->addWidget(m_pill, 0, Qt::AlignVCenter);
    auto* rows = new QVBoxLayout;
    rows->setSpacing(KioskStyle::px(4));
    m_title = oneLine("urgentTitle", QStringLiteral("kioskUrgentTitle"), this);
    rows->addWidget(m_title);
    m_body = oneLine("urgentBody", QStringLiteral("kioskUrgentBody"), this);
    rows->addWidget(m_body);
    layout->addLayout(rows, 1);
    // The whole notice is a tap away.
    m_more = KioskStyle::label(QStringLiteral("›"), "urgentMore", this);
    m_more->setObjectName(QStringLiteral("kioskUrgentMore"));
    layout->addWidget(m_more, 0, Qt::AlignVCenter);
    setCompact(true);
    hide();
}

void KioskUrgentBar::setNotices(const std::vector<StoredEntity>& active, const QDateTime& now)
{
    const QTimeZone hall(8 * 3600);
    const QDate today = now.toTimeZone(hall).date();
    const QString shownId = current().id;
    std::vector<KioskUrgentNotice> notices;
    for (const StoredEntity& e : active) {
        KioskUrgentNotice n{e.id, text(e, "title"), text(e, "body"), {}};
        QStringList when;
        // Until when: a notice given a day runs through that day; one given a time says the
        // time, and its day when that is not today.
        if (const auto end = DisplayFeed::urgentEnd(e)) {
            const QDateTime until = end->toTimeZone(hall);
            if (until.time() == QTime(0, 0)) {
                const QDate last = until.date().addDays(-1);
                when << (last == today ? tr("Until today")
                                       : tr("Until %1/%2").arg(last.month()).arg(last.day()));
            } else if (until.date() == today) {
                when << tr("Until %1").arg(until.toString(QStringLiteral("H:mm")));
            } else {
                //: An end: month, day, hour and minute (e.g. 有效至12月3日 14:05)
                when << tr("Until %1/%2 %3")
                            .arg(until.date().month())
                            .arg(until.date().day())
                            .arg(until.toString(QStringLiteral("H:mm")));
            }
        }
        if (const QString ask = DisplayFeed::urgentAsk(e); !ask.isEmpty())
            when << tr("Ask: %1").arg(ask);
        n.when = when.join(QStringLiteral("　"));
        notices.push_back(std::move(n));
    }
    // A notice new to the band is news: it comes first (the newest of them). Otherwise the
    // one on show stays.
    int index = -1;
    for (int i = 0; i < int(notices.size()) && index < 0; ++i) {
        const QString& id = notices[size_t(i)].id;
        if (std::none_of(m_notices.begin(), m_notices.end(),
                         [&id](const KioskUrgentNotice& n) { return n.id == id; }))
            index = i;
    }
    for (int i = 0; i < int(notices.size()) && index < 0; ++i) {
        if (notices[size_t(i)].id == shownId)
            index = i;
    }
    m_notices = std::move(notices);
    // The notice on show keeps its turn.
    const QDateTime since = m_shownSince;
    showNotice(std::max(0, index));
    if (current().id == shownId)
        m_shownSince = since;
}

void KioskUrgentBar::next(const QDateTime& now)
{
    if (count() < 2)
        return;
    if (!m_shownSince.isValid())
        m_shownSince = now;
    if (m_shownSince.secsTo(now) >= kTurnSec) {
        showNotice((m_index + 1) % count());
        m_shownSince = now;
    }
}

KioskUrgentNotice KioskUrgentBar::current() const
{
    if (m_index < 0 || m_index >= count())
        return {};
    return m_notices[size_t(m_index)];
}

void KioskUrgentBar::showNotice(int index)
{
    m_index = index;
    m_shownSince = QDateTime();
    const KioskUrgentNotice n = current();
    m_pill->setText(count() > 1
                        //: The urgent notice on show of how many (e.g. 紧急通知 1/2)
                        ? tr("Urgent notice %1/%2").arg(m_index + 1).arg(count())
                        : tr("Urgent notice"));
    // Wide: the headline, then until when and whom to ask. Tall: in one line.
    m_title->setProperty("fullText", m_compact || n.when.isEmpty()
                                         ? n.title
                                         : n.title + QStringLiteral("　") + n.when);
    m_body->setProperty("fullText", n.when);
    m_body->setVisible(m_compact);
    setVisible(count() > 0);
    fit();
}

void KioskUrgentBar::setCompact(bool compact)
{
    m_compact = compact;
    setProperty("compact", compact);
    const int side = KioskStyle::px(compact ? 16 : 40);
    layout()->setContentsMargins(side, KioskStyle::px(6), side, KioskStyle::px(6));
    style()->unpolish(this);
    style()->polish(this);
    showNotice(m_index);
}

void KioskUrgentBar::fit()
{
    setCut(m_title, m_title->property("fullText").toString());
    setCut(m_body, m_body->property("fullText").toString());
    // As high as its lines, whichever notice is on show.
    const QMargins m = layout()->contentsMargins();
    int lines = m_title->fontMetrics().height() + KioskStyle::px(8);
    if (m_compact)
        lines += KioskStyle::px(4) + m_body->fontMetrics().height();
    setFixedHeight(m.top() + m.bottom() + std::max(lines, m_pill->sizeHint().height()));
}

void KioskUrgentBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // Large text: larger lines.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fit();
}

void KioskUrgentBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fit();
}

void KioskUrgentBar::mouseReleaseEvent(QMouseEvent* event)
{
    QFrame::mouseReleaseEvent(event);
    if (rect().contains(event->position().toPoint()))
        emit opened();
}

QString KioskUrgentBar::spokenText() const
{
    if (isHidden() || count() == 0)
        return {};
    const KioskUrgentNotice n = current();
    return KioskPage::withoutNumbers(
        KioskPage::joinSpoken({tr("Urgent notice"), n.title, n.body, n.when}));
}

KioskUrgentPanel::KioskUrgentPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskUrgentPanel"));
    setAttribute(Qt::WA_StyledBackground);
    QVBoxLayout* l = KioskStyle::centredPanel(this, 900);
    QWidget* panel = l->parentWidget();
    l->addWidget(KioskStyle::label(tr("Urgent notice"), "urgentHeading", panel));
    m_title = KioskStyle::label(QString(), "h1", panel);
    m_title->setObjectName(QStringLiteral("urgentPanelTitle"));
    l->addWidget(m_title);
    m_body = KioskStyle::label(QString(), "body", panel);
    m_body->setObjectName(QStringLiteral("urgentPanelBody"));
    l->addWidget(m_body);
    m_when = KioskStyle::label(QString(), "h2", panel);
    m_when->setObjectName(QStringLiteral("urgentPanelWhen"));
    l->addWidget(m_when);
    auto* close = KioskStyle::button(tr("Got it"), "primary", QStringLiteral("urgentClose"), panel);
    connect(close, &QPushButton::clicked, this, &KioskUrgentPanel::closeRequested);
    l->addWidget(close);
}

void KioskUrgentPanel::setNotice(const KioskUrgentNotice& notice)
{
    m_title->setText(notice.title);
    m_body->setText(notice.body);
    m_body->setVisible(!notice.body.isEmpty());
    m_when->setText(notice.when);
    m_when->setVisible(!notice.when.isEmpty());
}

QString KioskUrgentPanel::spokenText() const
{
    return KioskPage::withoutNumbers(KioskPage::joinSpoken(
        {tr("Urgent notice"), m_title->text(), m_body->text(), m_when->text()}));
}

} // namespace lingong
