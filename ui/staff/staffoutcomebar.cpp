#include "staffoutcomebar.h"

#include "staffcomplaintspage.h"

#include "common/stafflabels.h"
#include "entityspec.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace lingong {

StaffOutcomeBar::StaffOutcomeBar(StaffContext& ctx, bool withRecommend, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    m_label = new QLabel(tr("Record:"), this);
    layout->addWidget(m_label);
    QStringList steps;
    if (withRecommend)
        steps << QStringLiteral("recommended");
    steps << QStringLiteral("interviewed") << QStringLiteral("hired") << QStringLiteral("not_hired")
          << QStringLiteral("no_show");
    // A recommendation made by mistake, or turned down before any interview, is taken back.
    steps << QStringLiteral("cancelled");
    for (const QString& s : steps) {
        auto* b = new QPushButton(stepText(s), this);
        b->setObjectName(QStringLiteral("outcome_") + s);
        if (s == QLatin1String("hired"))
            b->setProperty("primary", true);
        connect(b, &QPushButton::clicked, this, [this, s] { press(s); });
        layout->addWidget(b);
        m_buttons[s] = b;
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("outcomeCorrectReason"));
    m_reason->setPlaceholderText(tr("why, to correct the outcome"));
    m_reason->setMaxLength(100);
    layout->addWidget(m_reason, 1);
    layout->addStretch(0);

    m_payRow = new QWidget(this);
    auto* pay = new QHBoxLayout(m_payRow);
    pay->setContentsMargins(0, 0, 0, 0);
    m_payState = new QLabel(m_payRow);
    m_payState->setObjectName(QStringLiteral("payState"));
    pay->addWidget(m_payState);
    m_paySettled = new QPushButton(StaffLabels::paySettled(QStringLiteral("settled")), m_payRow);
    m_paySettled->setObjectName(QStringLiteral("paySettled"));
    connect(m_paySettled, &QPushButton::clicked, this, [this] { recordPay(true); });
    pay->addWidget(m_paySettled);
    m_payUnsettled =
        new QPushButton(StaffLabels::paySettled(QStringLiteral("unsettled")), m_payRow);
    m_payUnsettled->setObjectName(QStringLiteral("payUnsettled"));
    connect(m_payUnsettled, &QPushButton::clicked, this, [this] { recordPay(false); });
    pay->addWidget(m_payUnsettled);
    m_payComplaint = new QPushButton(tr("Record the complaint…"), m_payRow);
    m_payComplaint->setObjectName(QStringLiteral("payComplaint"));
    connect(m_payComplaint, &QPushButton::clicked, this,
            [this] { emit unpaidWagesComplaintRequested(m_id); });
    pay->addWidget(m_payComplaint);
    pay->addStretch(1);
    // Its room is kept while it is hidden: the page does not jump from one pairing to the next.
    QSizePolicy keep = m_payRow->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_payRow->setSizePolicy(keep);
    rows->addWidget(m_payRow);
    m_pendingTimer = new QTimer(this);
    m_pendingTimer->setObjectName(QStringLiteral("outcomePending"));
    m_pendingTimer->setSingleShot(true);
    m_pendingTimer->setInterval(8000);
    connect(m_pendingTimer, &QTimer::timeout, this, &StaffOutcomeBar::clearPending);
    setApplication(QString(), QString());
}

QString StaffOutcomeBar::startsLater(const QString& status) const
{
    // 已到岗 is the day the person starts work: before the job's start day it is most likely
    // an agreement, not a start, and the month's hires and a wage complaint would carry a
    // wrong day.
    if (status != QLatin1String("hired") || m_id.isEmpty())
        return {};
    auto app = m_ctx.terminal.store().get(entities::application(), m_id);
    if (!app.ok() || !app.value())
        return {};
    auto job = m_ctx.terminal.store().get(
        entities::job(), app.value()->data.value(QLatin1String("job_id")).toString());
    if (!job.ok() || !job.value())
        return {};
    const QDate start = QDate::fromString(
        job.value()->data.value(QLatin1String("start_date")).toString(), Qt::ISODate);
    if (!start.isValid() || start <= m_ctx.terminal.clock().today())
        return {};
    return tr("This job starts on %1. Record \"%2\" on the day the person starts work: press "
              "again only if they have started already.")
        .arg(start.toString(Qt::ISODate), StaffLabels::applicationStatus(status));
}

QString StaffOutcomeBar::stepText(const QString& step)
{
    return step == QLatin1String("cancelled") ? tr("Withdraw", "a recommendation made by mistake")
                                              : StaffLabels::applicationStatus(step);
}

void StaffOutcomeBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        m_fitted = false;
}

void StaffOutcomeBar::showEvent(QShowEvent* event)
{
    if (!m_fitted)
        fitWidths();
    QWidget::showEvent(event);
}

void StaffOutcomeBar::fitWidths()
{
    // A button waiting for its second press says so in a longer text, in the main button's
    // look: every button is as wide as that from the start, so none grows over its neighbour
    // under the mouse.
    m_fitted = true;
    const auto restyle = [](QPushButton* b, bool primary) {
        b->setProperty("primary", primary);
        b->style()->unpolish(b);
        b->style()->polish(b);
    };
    for (auto& [step, button] : m_buttons) {
        const QString text = button->text();
        const bool primary = button->property("primary").toBool();
        button->setMinimumWidth(0);
        restyle(button, true);
        const int plain = button->sizeHint().width();
        button->setText(tr("Press again: %1").arg(stepText(step)));
        const int wide = button->sizeHint().width();
        button->setText(text);
        restyle(button, primary);
        button->setMinimumWidth(std::max({plain, wide, button->sizeHint().width()}));
    }
}

void StaffOutcomeBar::press(const QString& status)
{
    // Final outcomes and a withdrawal wait for a second press.
    const bool final = status == QLatin1String("hired") || status == QLatin1String("not_hired") ||
                       status == QLatin1String("no_show") || status == QLatin1String("cancelled");
    if (Matching::isFinal(m_status) && m_reason->text().trimmed().isEmpty()) {
        // A correction: the reason first.
        clearPending();
        emit recorded(tr("To correct the outcome, write down why first."), false);
        m_reason->setFocus();
        return;
    }
    if (!final || m_pending == status) {
        clearPending();
        record(status);
        return;
    }
    clearPending();
    m_pending = status;
    m_buttons[status]->setText(tr("Press again: %1").arg(stepText(status)));
    // Why it waits: the start day, when that is still to come; else what the press does.
    const QString later = startsLater(status);
    QString why = later;
    if (why.isEmpty() && status == QLatin1String("cancelled"))
        why = tr("Withdraw takes back a recommendation made by mistake: press again to withdraw "
                 "it.");
    else if (why.isEmpty() && Matching::isFinal(m_status))
        why = tr("\"%1\" corrects the outcome recorded, for the reason written: press again to "
                 "record it.")
                  .arg(stepText(status));
    else if (why.isEmpty())
        why = tr("\"%1\" closes this recommendation and goes into the work ledger: press again "
                 "to record it.")
                  .arg(stepText(status));
    emit asks(why);
    // The button waiting for its second press is the one that stands out, not 已到岗.
    emphasise(status);
    m_pendingTimer->start();
}

void StaffOutcomeBar::emphasise(const QString& status)
{
    for (auto& [step, button] : m_buttons) {
        const bool on = step == status;
        if (button->property("primary").toBool() == on)
            continue;
        button->setProperty("primary", on);
        button->style()->unpolish(button);
        button->style()->polish(button);
    }
}

void StaffOutcomeBar::clearPending()
{
    m_pendingTimer->stop();
    if (m_pending.isEmpty())
        return;
    m_buttons[m_pending]->setText(stepText(m_pending));
    m_pending.clear();
    emit asks(QString());
    emphasise(m_next);
}

void StaffOutcomeBar::setApplication(const QString& id, const QString& status)
{
    // A page refreshes whenever the store changes (a kiosk elsewhere in the hall, say): the
    // press waiting for its second one stays while it is the same pairing and still possible.
    const bool final =
        !id.isEmpty() && Matching::isFinal(status) && status != QLatin1String("cancelled");
    const auto possible = [&](const QString& step) {
        if (final) // a correction to another outcome
            return step != status && step != QLatin1String("recommended") &&
                   step != QLatin1String("interviewed") && step != QLatin1String("cancelled");
        // Only a recommendation is withdrawn: after an interview an outcome is recorded instead.
        if (step == QLatin1String("cancelled"))
            return status == QLatin1String("recommended");
        return Matching::canMove(status, step);
    };
    if (id != m_id || m_pending.isEmpty() || !possible(m_pending))
        clearPending();
    if (id != m_id)
        m_reason->clear();
    m_id = id;
    m_status = status;
    for (auto& [step, button] : m_buttons)
        button->setEnabled(!id.isEmpty() && possible(step));
    // The step that stands out is the one that comes next: an application not yet passed on to
    // the employer is recommended first; after that, 已到岗.
    // Once an outcome is recorded none does: the buttons then correct it, and none is invited;
    // nor once the recommendation is withdrawn. Before the job's start day 已到岗 is not what
    // comes next: the interview is, and after it nothing is invited.
    const bool beforeStart = !startsLater(QStringLiteral("hired")).isEmpty();
    const QString next =
        final || status == QLatin1String("cancelled") ? QString()
        : status == QLatin1String("applied") && m_buttons.count(QStringLiteral("recommended"))
            ? QStringLiteral("recommended")
        : !beforeStart ? QStringLiteral("hired")
        : status == QLatin1String("recommended") || status == QLatin1String("applied")
            ? QStringLiteral("interviewed")
            : QString();
    if (next != m_next) {
        m_next = next;
        if (m_pending.isEmpty())
            emphasise(m_next);
    }
    m_reason->setVisible(final);
    // Once an outcome is recorded there is no recommendation to withdraw: the reason for a
    // correction takes its room.
    if (const auto withdraw = m_buttons.find(QStringLiteral("cancelled"));
        withdraw != m_buttons.end())
        withdraw->second->setVisible(!final);
    m_label->setText(final ? tr("Correct to:") : tr("Record:"));
    showPay();
}

void StaffOutcomeBar::showPay()
{
    const bool hired = !m_id.isEmpty() && m_status == QLatin1String("hired");
    m_payRow->setVisible(hired);
    if (!hired)
        return;
    auto stored = m_ctx.terminal.store().get(entities::application(), m_id);
    const QJsonObject d = stored.ok() && stored.value() ? stored.value()->data : QJsonObject();
    const QString state = d.value(QLatin1String("pay_settled")).toString();
    const QString at =
        StaffLabels::fieldValue(QStringLiteral("application"), QStringLiteral("pay_checked_at"),
                                d.value(QLatin1String("pay_checked_at")));
    // A complaint already taken down about it is followed up, not recorded twice.
    bool complaintOpen = false;
    const QString complaint =
        state == QLatin1String("unsettled")
            ? StaffComplaintsPage::placementComplaint(m_ctx.terminal.store(), m_id, &complaintOpen)
            : QString();
    m_payState->setText(state == QLatin1String("settled") ? tr("Pay: settled (recorded %1)").arg(at)
                        : state != QLatin1String("unsettled") ? tr("Pay: not followed up yet")
                        : complaint.isEmpty()
                            ? tr("Pay: NOT settled (recorded %1)").arg(at)
                            : tr("Pay: NOT settled (recorded %1); %2").arg(at, complaint));
    m_payState->setProperty("unsettled", state == QLatin1String("unsettled"));
    m_payState->style()->unpolish(m_payState);
    m_payState->style()->polish(m_payState);
    m_paySettled->setEnabled(state != QLatin1String("settled"));
    m_payUnsettled->setEnabled(state != QLatin1String("unsettled"));
    m_payComplaint->setVisible(state == QLatin1String("unsettled"));
    m_payComplaint->setText(complaintOpen ? tr("Show the complaint") : tr("Record the complaint…"));
}

void StaffOutcomeBar::recordPay(bool settled)
{
    if (m_id.isEmpty())
        return;
    clearPending();
    if (Status st = m_ctx.matching.recordPay(m_id, settled, m_ctx.user()); !st.ok()) {
        emit recorded(st.error().message, false);
        return;
    }
    showPay();
    emit recorded(
        settled ? tr("Recorded: the work is finished and paid for.")
                : tr("Recorded: the pay is not settled. If the person wants the hall "
                     "to act, record a complaint about unpaid wages (Record the complaint…)."),
        true, !settled);
}

bool StaffOutcomeBar::hasTypedReason() const
{
    return m_reason->isVisibleTo(this) && !m_reason->text().trimmed().isEmpty();
}

void StaffOutcomeBar::record(const QString& status)
{
    if (m_id.isEmpty())
        return;
    if (Matching::isFinal(m_status)) {
        const QString was = m_status;
        auto corrected =
            m_ctx.matching.correctOutcome(m_id, status, m_reason->text(), m_ctx.user());
        if (!corrected.ok()) {
            emit recorded(corrected.error().message, false);
            return;
        }
        m_reason->clear();
        setApplication(m_id, status);
        QString text =
            tr("Corrected: %1, not %2.")
                .arg(StaffLabels::applicationStatus(status), StaffLabels::applicationStatus(was));
        if (corrected->jobFilled)
            text += QLatin1Char(' ') + tr("The posting has all the people it wanted and is now "
                                          "marked filled.");
        if (corrected->jobReopened)
            text += QLatin1Char(' ') + tr("The posting recruits again: it is short of people now.");
        emit recorded(text, true);
        return;
    }
    if (status == QLatin1String("cancelled")) {
        auto back = m_ctx.matching.withdrawRecommendation(m_id, m_ctx.user());
        if (!back.ok()) {
            emit recorded(back.error().message, false);
            return;
        }
        setApplication(m_id, back.value());
        emit recorded(back.value() == QLatin1String("applied")
                          ? tr("Recommendation withdrawn: it no longer counts. The person's own "
                               "application from the kiosk waits in the queue again.")
                          : tr("Recommendation withdrawn: it no longer counts, and the person "
                               "is among the matches again."),
                      true);
        emit withdrawn();
        return;
    }
    auto r = m_ctx.matching.recordOutcome(m_id, status, m_ctx.user());
    if (!r.ok()) {
        emit recorded(r.error().message, false);
        return;
    }
    QString text = tr("Recorded: %1 at %2.")
                       .arg(StaffLabels::applicationStatus(status),
                            m_ctx.terminal.clock().localNow().toString(QStringLiteral("HH:mm")));
    if (r->jobFilled)
        text += QLatin1Char(' ') + tr("The posting has all the people it wanted and is now "
                                      "marked filled.");
    setApplication(m_id, status);
    emit recorded(text, true);
}

} // namespace lingong
