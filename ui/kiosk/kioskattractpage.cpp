#include "kioskattractpage.h"

#include "common/kioskstyle.h"
#include "kiosktext.h"

#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace lingong {

KioskAttractPage::KioskAttractPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskAttract"), QString(), parent)
{
    auto* welcome = KioskStyle::label(tr("Looking for work? Start here."), "h1", this);
    welcome->setAlignment(Qt::AlignCenter);
    body()->addWidget(welcome);
    m_summary = KioskStyle::label(QString(), "h2", this);
    m_summary->setObjectName(QStringLiteral("attractSummary"));
    m_summary->setAlignment(Qt::AlignCenter);
    body()->addWidget(m_summary);
    body()->addStretch(1);

    auto* card = new QFrame(this);
    m_card = card;
    card->setProperty("role", QStringLiteral("panel"));
    card->setObjectName(QStringLiteral("attractHighlight"));
    card->setMaximumWidth(KioskStyle::px(1300));
    auto* cl = new QVBoxLayout(card);
    cl->setContentsMargins(KioskStyle::px(40), KioskStyle::px(28), KioskStyle::px(40),
                           KioskStyle::px(28));
    cl->setSpacing(KioskStyle::px(12));
    auto* today = KioskStyle::label(tr("Today's jobs"), "note", card);
    cl->addWidget(today);
    m_jobTitle = KioskStyle::label(QString(), "h1", card);
    m_jobTitle->setObjectName(QStringLiteral("attractJobTitle"));
    cl->addWidget(m_jobTitle);
    m_jobPay = KioskStyle::label(QString(), "pay", card);
    cl->addWidget(m_jobPay);
    m_jobWhere = KioskStyle::label(QString(), "body", card);
    m_jobWhere->setObjectName(QStringLiteral("attractJobWhere"));
    cl->addWidget(m_jobWhere);
    m_jobBadges = KioskStyle::label(QString(), "badge", card);
    m_jobBadges->setObjectName(QStringLiteral("attractJobBadges"));
    // Its room is kept while it is hidden: the card keeps its height as the jobs turn, and what
    // a finger aims at stays put.
    QSizePolicy badges(QSizePolicy::Maximum, QSizePolicy::Preferred);
    badges.setRetainSizeWhenHidden(true);
    m_jobBadges->setSizePolicy(badges);
    cl->addWidget(m_jobBadges);
    m_cardHint = KioskStyle::label(tr("Tap this job to see it"), "note", card);
    m_cardHint->setObjectName(QStringLiteral("attractCardHint"));
    m_cardHint->setAlignment(Qt::AlignRight);
    cl->addWidget(m_cardHint);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 6);
    row->addStretch(1);
    body()->addLayout(row);
    body()->addStretch(1);

    auto* start = KioskStyle::label(tr("Tap the screen to start"), "attract", this);
    start->setObjectName(QStringLiteral("attractStart"));
    start->setAlignment(Qt::AlignCenter);
    body()->addWidget(start);
    body()->addStretch(1);

    // Long enough for a slow reader to read a title, the pay and the place.
    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &KioskAttractPage::rotate);
    refresh();
}

void KioskAttractPage::refresh()
{
    const QString current = currentHighlightId();
    // A job turned away from just before may be gone now: no grace for it.
    m_previousId.clear();
    constexpr int kHighlights = 8;
    JobQuery q;
    q.today = m_terminal.clock().today();
    q.limit = kHighlights;
    // The newest jobs in the hall's own district first, for the people who come to it (a county
    // town 100 km off is no draw); the newest anywhere after them.
    q.districts = {m_terminal.config().district};
    auto near = m_terminal.jobs().search(q);
    m_highlights = near.ok() ? near.value().jobs : std::vector<StoredEntity>{};
    q.districts.clear();
    if (int(m_highlights.size()) < kHighlights) {
        // Enough for the newest anywhere to fill the eight, those already taken left out.
        q.limit = kHighlights + int(m_highlights.size());
        if (auto any = m_terminal.jobs().search(q); any.ok()) {
            for (const StoredEntity& e : any.value().jobs) {
                if (int(m_highlights.size()) == kHighlights)
                    break;
                if (std::none_of(m_highlights.begin(), m_highlights.end(),
                                 [&e](const StoredEntity& h) { return h.id == e.id; }))
                    m_highlights.push_back(e);
            }
        }
    }
    int jobs = 0;
    int people = 0;
    if (auto counts = m_terminal.jobs().openCountsByOccupation(q.today); counts.ok()) {
        for (const OccupationCount& c : counts.value()) {
            jobs += c.jobs;
            people += c.positions;
        }
    }
    m_summary->setText(tr("%n job(s) open today", nullptr, jobs) + tr(", ") +
                       tr("%n worker(s) wanted", nullptr, people));
    m_index = 0;
    for (int i = 0; i < int(m_highlights.size()); ++i) {
        if (m_highlights[size_t(i)].id == current)
            m_index = i;
    }
    showHighlight();
}

QString KioskAttractPage::currentHighlightId() const
{
    if (m_highlights.empty())
        return {};
    return m_highlights[size_t(m_index) % m_highlights.size()].id;
}

void KioskAttractPage::rotate()
{
    if (m_highlights.empty())
        return;
    m_previousId = currentHighlightId();
    m_turned.start();
    m_index = (m_index + 1) % int(m_highlights.size());
    showHighlight();
}

void KioskAttractPage::showHighlight()
{
    if (m_highlights.empty()) {
        m_jobTitle->setText(tr("New jobs are posted every day."));
        m_jobPay->clear();
        m_jobWhere->setText(tr("Register once and the window staff will find work for you."));
        m_jobBadges->hide();
        m_cardHint->hide();
        return;
    }
    m_cardHint->show();
    const QJsonObject d = m_highlights[size_t(m_index) % m_highlights.size()].data;
    m_jobTitle->setText(d.value(QLatin1String("title")).toString());
    m_jobPay->setText(KioskText::pay(d));
    m_jobWhere->setText(
        KioskText::jobLine(d, m_terminal.config().district, m_terminal.clock().today()));
    const QString settlement = d.value(QLatin1String("settlement")).toString();
    m_jobBadges->setText(KioskText::settlement(settlement));
    m_jobBadges->setVisible(settlement == QLatin1String("daily"));
}

void KioskAttractPage::mousePressEvent(QMouseEvent* event)
{
    event->accept();
    // A finger that set out for the job just turned away opens that one: what the person read.
    const QString job =
        m_turned.isValid() && m_turned.elapsed() < kTurnGraceMs && !m_previousId.isEmpty()
            ? m_previousId
            : currentHighlightId();
    if (!job.isEmpty() && m_card->geometry().contains(
                              m_card->parentWidget()->mapFrom(this, event->position().toPoint())))
        emit jobChosen(job);
    else
        emit started();
}

void KioskAttractPage::showEvent(QShowEvent* event)
{
    KioskPage::showEvent(event);
    m_timer.start();
}

void KioskAttractPage::hideEvent(QHideEvent* event)
{
    m_timer.stop();
    KioskPage::hideEvent(event);
}

} // namespace lingong
