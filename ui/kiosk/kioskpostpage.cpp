#include "kioskpostpage.h"

#include "common/kioskstyle.h"
#include "common/scrollmorehint.h"
#include "common/touchchipgroup.h"
#include "common/touchkeypad.h"
#include "kioskjobcard.h"
#include "kioskslips.h"
#include "kiosktext.h"
#include "kiosktradespage.h"
#include "masking.h"
#include "payunit.h"
#include "places.h"
#include "referencedata.h"
#include "validation.h"

#include <algorithm>

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTimer>

namespace lingong {

namespace {

void addChoices(TouchChipGroup* group, const std::vector<KioskPosting::Choice>& list)
{
    for (const KioskPosting::Choice& c : list)
        group->addChip(QLatin1String(c.key), KioskPosting::label(list, QLatin1String(c.key)));
}

// The words of the chips that are on, in the order of the group.
QString chosen(const TouchChipGroup* group)
{
    QStringList out;
    const QStringList on = group->selectedKeys();
    for (const QString& key : group->keys()) {
        if (on.contains(key))
            out << group->chip(key)->property("chipLabel").toString();
    }
    return out.join(KioskPostPage::tr(", "));
}

const QString kOtherSurname = QStringLiteral("other");
const QString kOtherJob = QStringLiteral("other");

} // namespace

KioskPostPage::KioskPostPage(Terminal& terminal, QWidget* parent)
    : KioskStepsPage(terminal, QStringLiteral("kioskPost"), tr("Post a job"),
                     QStringLiteral("post"), parent)
    , m_service(terminal.store(), terminal.clock(), terminal.audit())
{
    const auto hideError = [this] { m_error->hide(); };

    // 1. The trade.
    QVBoxLayout* s = addStep(tr("What work do you need done? Tap one."), true);
    m_trades = new TouchChipGroup(QStringLiteral("postTrade"), true, 8, this);
    if (auto occ = terminal.reference().occupations(); occ.ok()) {
        m_tradeList = occ.value();
        KioskTradesPage::addTradeChips(m_trades, m_tradeList, terminal.reference());
    }
    connect(m_trades, &TouchChipGroup::chipTapped, this, &KioskPostPage::tradeChosen);
    s->addWidget(m_trades);
    m_headcount = new TouchChipGroup(QStringLiteral("postHeadcount"), true, 10, this);
    for (int n : {1, 2, 3, 4, 5, 6, 8, 10, 15, 20})
        m_headcount->addChip(QString::number(n), tr("%n worker(s)", nullptr, n));
    m_headcountQuestion = ask(s, tr("How many workers?"), m_headcount);
    // The job itself, among the trade's common ones: the posting is named by it (洗碗工, not
    // 酒店餐饮). Shown once a trade with such jobs is tapped, below 招几个人, so that the
    // numbers do not move from under a finger going from the trade to them.
    m_jobNamesQuestion = KioskStyle::label(tr("Which job is it? (You may skip this.)"), "h2", this);
    m_jobNamesQuestion->setContentsMargins(0, KioskStyle::px(12), 0, 0);
    s->addWidget(m_jobNamesQuestion);
    m_jobNames = new TouchChipGroup(QStringLiteral("postJob"), true, 5, this);
    s->addWidget(m_jobNames);
    m_jobNamesQuestion->hide();
    m_jobNames->hide();
    m_tradeNote = KioskStyle::label(tr("The hall's staff phone you to check the job before it is "
                                       "shown. A company or shop registered at the service "
                                       "window may have its jobs shown at once: ask there."),
                                    "note", this);
    s->addWidget(m_tradeNote);
    // A number tapped has been seen.
    connect(m_headcount, &TouchChipGroup::chipTapped, this, [this, hideError] {
        m_headcountSeen = true;
        hideError();
    });
    if (QScrollArea* area = tradeStepArea()) {
        connect(area->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
            if (headcountInSight())
                m_headcountSeen = true;
        });
    }

    // 2. Where.
    s = addStep(tr("Where is the work?"), true);
    m_districts = new TouchChipGroup(QStringLiteral("postDistrict"), true, 6, this);
    s->addWidget(m_districts);
    m_places = new TouchChipGroup(QStringLiteral("postPlace"), true, 4, this);
    addChoices(m_places, KioskPosting::placeChoices());
    ask(s, tr("What kind of place? The staff ask you for the address on the phone."), m_places);

    // 3. When, and how many.
    s = addStep(tr("When does the work start?"), true);
    m_starts = new TouchChipGroup(QStringLiteral("postStart"), true, 4, this);
    addChoices(m_starts, KioskPosting::startChoices());
    s->addWidget(m_starts);
    m_durations = new TouchChipGroup(QStringLiteral("postDuration"), true, 6, this);
    addChoices(m_durations, KioskPosting::durationChoices());
    ask(s, tr("How long will it last?"), m_durations);
    m_hours = new TouchChipGroup(QStringLiteral("postHours"), true, 6, this);
    addChoices(m_hours, KioskPosting::hourChoices());
    ask(s, tr("Which hours?"), m_hours);

    // 4. Pay: the unit and when it is paid beside the keypad for the amount.
    s = addStep(tr("How much do you pay?"), true);
    auto* payHow = new QWidget(this);
    auto* payLeft = new QVBoxLayout(payHow);
    payLeft->setContentsMargins(0, 0, 0, 0);
    payLeft->setSpacing(KioskStyle::px(12));
    m_payUnits = new TouchChipGroup(QStringLiteral("postPayUnit"), true, 3, this);
    for (const char* unit : {"day", "hour", "piece", "month", "project"})
        m_payUnits->addChip(QLatin1String(unit), KioskText::payUnitShort(QLatin1String(unit)));
    // The person's own choice of unit stays, whatever trade is tapped after.
    connect(m_payUnits, &TouchChipGroup::chipTapped, this, [this] { m_unitChosen = true; });
    connect(m_payUnits, &TouchChipGroup::selectionChanged, this, [this] {
        m_pay->setSuffix(QLatin1Char(' ') + KioskText::payUnit(m_payUnits->selectedKey()));
        m_error->hide();
    });
    payLeft->addWidget(KioskStyle::label(tr("How is the pay counted?"), "body", this));
    payLeft->addWidget(m_payUnits);
    m_settlements = new TouchChipGroup(QStringLiteral("postSettlement"), true, 2, this);
    for (const char* when : {"daily", "weekly", "monthly", "on_completion"})
        m_settlements->addChip(QLatin1String(when), KioskText::settlement(QLatin1String(when)));
    payLeft->addWidget(KioskStyle::label(tr("When is it paid?"), "body", this));
    payLeft->addWidget(m_settlements);
    payLeft->addStretch(1);
    m_pay = new TouchKeypad(QStringLiteral("postPay"), TouchKeypad::Kind::Amount, this);
    m_pay->setPlaceholder(tr("Amount"));
    m_pay->setMinimumWidth(KioskStyle::px(480));
    m_pay->setMaximumWidth(KioskStyle::px(640));
    addKeypadRow(s, payHow, m_pay, Qt::Alignment());

    // 5. What is asked and what is offered; both may be left.
    s = addStep(tr("What should the worker be able to do? (You may skip this.)"), true);
    m_asks = new TouchChipGroup(QStringLiteral("postAsk"), false, 3, this);
    addChoices(m_asks, KioskPosting::askChoices());
    // 不需要经验 and asking for experience or a certificate exclude each other: the last tapped
    // stays.
    connect(m_asks, &TouchChipGroup::chipTapped, this, [this](const QString& key) {
        const QString none = QStringLiteral("no_experience");
        const QStringList asked{QStringLiteral("experience"), QStringLiteral("certificate")};
        QStringList on = m_asks->selectedKeys();
        if (!on.contains(key))
            return;
        const qsizetype before = on.size();
        if (key == none)
            on.removeIf([&asked](const QString& k) { return asked.contains(k); });
        else if (asked.contains(key))
            on.removeAll(none);
        if (on.size() != before)
            m_asks->setSelectedKeys(on);
    });
    s->addWidget(m_asks);
    m_offers = new TouchChipGroup(QStringLiteral("postOffer"), false, 5, this);
    addChoices(m_offers, KioskPosting::offerChoices());
    // 自带工具 and 提供工具 exclude each other too.
    const auto exclude = [](TouchChipGroup* tapped, const QString& key, const QString& mine,
                            TouchChipGroup* other, const QString& theirs) {
        if (key != mine || !tapped->selectedKeys().contains(mine))
            return;
        QStringList on = other->selectedKeys();
        if (on.removeAll(theirs) > 0)
            other->setSelectedKeys(on);
    };
    connect(m_asks, &TouchChipGroup::chipTapped, this, [this, exclude](const QString& key) {
        exclude(m_asks, key, QStringLiteral("own_tools"), m_offers, QStringLiteral("tools"));
    });
    connect(m_offers, &TouchChipGroup::chipTapped, this, [this, exclude](const QString& key) {
        exclude(m_offers, key, QStringLiteral("tools"), m_asks, QStringLiteral("own_tools"));
    });
    ask(s, tr("What do you provide? (You may skip this.)"), m_offers);
    // Said before anyone asks at the window why 只要男的 is not among the choices.
    QLabel* fair = KioskStyle::label(tr("By law a job may not be only for men or only for women, "
                                        "nor turn people away for their nationality, where their "
                                        "household is registered or carrying hepatitis B."),
                                     "note", this);
    fair->setObjectName(QStringLiteral("postFairHiring"));
    fair->setContentsMargins(0, KioskStyle::px(12), 0, 0);
    s->addWidget(fair);

    // 6. The phone number.
    s = addStep(tr("Please enter your phone number."), true);
    m_phone = new TouchKeypad(QStringLiteral("postPhone"), TouchKeypad::Kind::Phone, this);
    m_phone->setPlaceholder(tr("Phone number"));
    m_phone->setMinimumWidth(KioskStyle::px(640));
    m_phone->setMaximumWidth(KioskStyle::px(760));
    addKeypadRow(s,
                 KioskStyle::label(tr("A mobile, or a landline with its area code. The staff "
                                      "phone you on it to check the job, and put the job seekers "
                                      "who apply in touch with you. Job seekers see only part of "
                                      "it."),
                                   "body", this),
                 m_phone);

    // 7. How to be addressed: 先生 or 女士 beside the question, the surnames right below it
    // (five rows of fourteen on a wide screen); no typing.
    s = addStep(QString(), true);
    m_honorifics = new TouchChipGroup(QStringLiteral("postHonorific"), true, 2, this);
    addChoices(m_honorifics, KioskPosting::honorificChoices());
    connect(m_honorifics, &TouchChipGroup::selectionChanged, this, hideError);
    auto* addressRow = new QHBoxLayout;
    addressRow->setSpacing(KioskStyle::px(24));
    QLabel* address = KioskStyle::label(
        tr("How should workers address you? Tap Mr or Ms, and your surname below."), "h2", this);
    address->setWordWrap(true);
    addressRow->addWidget(address, 1);
    addressRow->addWidget(m_honorifics, 0, Qt::AlignVCenter);
    s->addLayout(addressRow);
    m_surnames = new TouchChipGroup(QStringLiteral("postSurname"), true, 14, this);
    for (const QString& name : KioskPosting::surnames())
        m_surnames->addChip(name, name);
    m_surnames->addChip(kOtherSurname, tr("Not listed"));
    connect(m_surnames, &TouchChipGroup::selectionChanged, this, hideError);
    s->addWidget(m_surnames);

    // 8. The posting as seekers will see it.
    s = addStep(tr("Please check your job. This is how job seekers will see it:"), true);
    m_preview = new QWidget(this);
    m_previewLayout = new QVBoxLayout(m_preview);
    m_previewLayout->setContentsMargins(0, 0, 0, 0);
    s->addWidget(m_preview);
    m_summary = KioskStyle::label(QString(), "body", this);
    m_summary->setObjectName(QStringLiteral("postSummary"));
    s->addWidget(m_summary);
    // The number is shown in part; the person checks every digit of it with a tap.
    m_showPhone = KioskStyle::button(tr("Show my whole number"), "secondary",
                                     QStringLiteral("postShowPhone"), this);
    connect(m_showPhone, &QPushButton::clicked, this,
            [this] { showWholePhone(!m_phoneTimer->isActive()); });
    s->addWidget(m_showPhone, 0, Qt::AlignLeft);
    m_phoneTimer = new QTimer(this);
    m_phoneTimer->setObjectName(QStringLiteral("postPhoneTimer"));
    m_phoneTimer->setSingleShot(true);
    m_phoneTimer->setInterval(10'000);
    connect(m_phoneTimer, &QTimer::timeout, this, [this] { showWholePhone(false); });
    s->addWidget(KioskStyle::label(
        tr("We keep your phone number and these answers to publish the job and to put job "
           "seekers in touch with you, and give them to nobody else. The staff phone you to "
           "check the job before it is shown."),
        "note", this));

    topAlignSteps();

    // 9. Sent.
    s = addStep(QString(), true);
    m_doneHeading = KioskStyle::label(tr("Your job is sent for checking"), "success", this);
    m_doneHeading->setObjectName(QStringLiteral("postDoneHeading"));
    m_doneHeading->setAlignment(Qt::AlignCenter);
    s->addWidget(m_doneHeading);
    // The number to give when asking after it, big, as an application's.
    m_doneNumber = new QWidget(this);
    auto* nl = new QVBoxLayout(m_doneNumber);
    nl->setContentsMargins(0, 0, 0, 0);
    auto* numberHeading =
        KioskStyle::label(tr("Your reference number, to ask about this job"), "h2", m_doneNumber);
    numberHeading->setAlignment(Qt::AlignCenter);
    nl->addWidget(numberHeading);
    m_number = KioskStyle::label(QString(), "big", m_doneNumber);
    m_number->setObjectName(QStringLiteral("postReference"));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setWordWrap(false);
    nl->addWidget(m_number);
    s->addWidget(m_doneNumber);
    m_doneText = KioskStyle::label(QString(), "body", this);
    m_doneText->setObjectName(QStringLiteral("postDoneText"));
    m_doneText->setAlignment(Qt::AlignCenter);
    s->addWidget(m_doneText);
    // What was sent, as on the step before.
    m_sent = new QWidget(this);
    m_sentLayout = new QVBoxLayout(m_sent);
    m_sentLayout->setContentsMargins(0, KioskStyle::px(16), 0, 0);
    s->addWidget(m_sent);
    m_slip = new KioskSlipOffer(terminal, QStringLiteral("post"), this);
    s->addWidget(m_slip->note());
    s->addStretch(1);
    m_finish = KioskStyle::button(tr("Done"), "primary", QStringLiteral("postFinish"), this);
    m_finish->setMinimumWidth(KioskStyle::px(360));
    connect(m_finish, &QPushButton::clicked, this, &KioskPostPage::finished);
    m_slip->addButtonRow(s, m_finish);

    hideMessageOnAnswers();

    QBoxLayout* buttons = buttonColumn();
    m_next = KioskStyle::button(tr("Next"), "primary", QStringLiteral("postNext"), this);
    m_next->setMinimumWidth(KioskStyle::px(kNextWidth));
    connect(m_next, &QPushButton::clicked, this, &KioskPostPage::next);
    buttons->addWidget(m_next);
    m_submit =
        KioskStyle::button(tr("Send for checking"), "primary", QStringLiteral("postSubmit"), this);
    m_submit->setMinimumWidth(KioskStyle::px(360));
    connect(m_submit, &QPushButton::clicked, this, &KioskPostPage::submit);
    buttons->addWidget(m_submit);
    reset();
}

QLabel* KioskPostPage::ask(QVBoxLayout* step, const QString& question, TouchChipGroup* answers)
{
    QLabel* label = KioskStyle::label(question, "h2", this);
    label->setContentsMargins(0, KioskStyle::px(12), 0, 0);
    step->addWidget(label);
    step->addWidget(answers);
    return label;
}

void KioskPostPage::goToStep(int s)
{
    // The number taken is shown in part from then on; a key pressed types it again.
    if (s > PhoneStep && !m_phone->text().isEmpty())
        m_phone->cover(masking::phone(m_phone->text()));
    showStep(s, int(DoneStep));
    showWholePhone(false);
    m_next->setVisible(s < ConfirmStep);
    m_submit->setVisible(s == ConfirmStep);
    if (s == ConfirmStep) {
        const KioskPosting p = posting();
        showCard(m_previewLayout, p.toJob(m_terminal.clock().today()),
                 QStringLiteral("postPreview"));
        m_summary->setText(summary(p));
    }
}

void KioskPostPage::showCard(QVBoxLayout* layout, const QJsonObject& job, const QString& name)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    if (job.isEmpty())
        return;
    StoredEntity shown;
    shown.data = job;
    auto* card = new KioskJobCard(shown, m_terminal.config().district, m_terminal.clock().today(),
                                  layout->parentWidget());
    card->setObjectName(name);
    // A picture of the card: there is nothing to open yet.
    card->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(card);
}

void KioskPostPage::showWholePhone(bool on)
{
    if (on)
        m_phoneTimer->start();
    else
        m_phoneTimer->stop();
    m_showPhone->setText(on ? tr("Hide my number") : tr("Show my whole number"));
    if (step() == ConfirmStep)
        m_summary->setText(summary(posting(), on));
}

QString KioskPostPage::summary(const KioskPosting& p, bool wholePhone) const
{
    const QJsonObject job = p.toJob(m_terminal.clock().today());
    const QDate start = p.startDate(m_terminal.clock().today());
    QStringList lines;
    lines << tr("Where: %1, %2")
                 .arg(KioskText::shortDistrict(p.district, m_terminal.config().district),
                      chosen(m_places));
    lines << tr("When: from %1, %2, %3")
                 .arg(KioskText::dateText(start.toString(Qt::ISODate), m_terminal.clock().today()),
                      chosen(m_hours), chosen(m_durations).toLower());
    lines << tr("Pay: %1 (%2)").arg(KioskText::pay(job), chosen(m_settlements));
    if (!p.asks.isEmpty())
        lines << tr("The worker: %1").arg(chosen(m_asks));
    if (!p.offers.isEmpty())
        lines << tr("You provide: %1").arg(chosen(m_offers));
    lines << tr("Contact: %1, %2")
                 .arg(p.contactName(), wholePhone ? p.phone : masking::phone(p.phone));
    return lines.join(QLatin1Char('\n'));
}

void KioskPostPage::reset()
{
    m_phone->clear();
    m_pay->clear();
    for (TouchChipGroup* g : {m_trades, m_places, m_asks, m_offers, m_surnames, m_honorifics})
        g->clearSelection();
    showJobNames(QString());
    m_starts->setSelectedKeys({QStringLiteral("tomorrow")});
    m_durations->setSelectedKeys({QStringLiteral("1d")});
    m_hours->setSelectedKeys({QStringLiteral("day")});
    m_headcount->setSelectedKeys({QStringLiteral("1")});
    m_payUnits->setSelectedKeys({QStringLiteral("day")});
    m_settlements->setSelectedKeys({QStringLiteral("daily")});
    m_districts->clearSelection();
    // No district chosen beforehand: an employer from elsewhere who taps only 下一步 would post
    // the work in the hall's district. The hall's comes first, one tap away.
    rebuildDistricts();
    // The next person starts every step at its top.
    for (QScrollArea* area : m_stack->findChildren<QScrollArea*>())
        area->verticalScrollBar()->setValue(0);
    m_unitChosen = false;
    m_headcountSeen = false;
    m_payChecked.clear();
    // 明天 and 后天 with their dates, for today, then each day of the week after by its name
    // (the Monday as 下周一); 下周一 on its own only a week ahead (on a Monday), so that no day
    // has two chips.
    const QDate today = m_terminal.clock().today();
    QSet<QDate> offered;
    for (const KioskPosting::Choice& c : KioskPosting::startChoices()) {
        KioskPosting p;
        p.starts = QLatin1String(c.key);
        const QDate day = p.startDate(today);
        const bool weekday = p.starts.startsWith(QLatin1String("in"));
        const QString name =
            weekday && day.dayOfWeek() != Qt::Monday
                ? QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat)
                : KioskPosting::label(KioskPosting::startChoices(),
                                      weekday ? QStringLiteral("next_week") : p.starts);
        m_starts->setChipText(
            QLatin1String(c.key),
            tr("%1 (%2)").arg(name, KioskText::date(day, m_terminal.clock().today())));
        m_starts->setChipShown(QLatin1String(c.key), !offered.contains(day));
        offered.insert(day);
    }
    m_summary->clear();
    showCard(m_previewLayout, {}, QString());
    m_slip->clear();
    m_doneText->clear();
    m_number->clear();
    showCard(m_sentLayout, {}, QString());
    m_error->clear();
    goToStep(TradeStep);
}

void KioskPostPage::refresh()
{
    rebuildDistricts();
}

void KioskPostPage::rebuildDistricts()
{
    // The places of the hall's city, its own first.
    const QStringList keys = Places::guangxi().near(m_terminal.config().district, true);
    if (keys == m_districts->keys())
        return;
    const QStringList selected = m_districts->selectedKeys();
    m_districts->clearChips();
    for (const QString& k : keys)
        m_districts->addChip(k, KioskText::shortDistrict(k, m_terminal.config().district));
    m_districts->setSelectedKeys(selected);
}

void KioskPostPage::tradeChosen(const QString& trade)
{
    m_error->hide();
    showJobNames(trade);
    for (const Occupation& o : m_tradeList) {
        // Not under an amount already typed, nor over a unit the person tapped.
        if (o.name == trade && !m_unitChosen && m_pay->text().isEmpty() &&
            m_payUnits->keys().contains(o.payUnit))
            m_payUnits->setSelectedKeys({o.payUnit});
    }
}

QScrollArea* KioskPostPage::tradeStepArea() const
{
    for (QWidget* w = m_headcount->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            return area;
    }
    return nullptr;
}

bool KioskPostPage::headcountInSight() const
{
    QScrollArea* area = tradeStepArea();
    if (!area || !m_headcount->isVisible())
        return false;
    QRect view = area->viewport()->rect();
    // Not under the "more below" line.
    if (auto* more = area->findChild<ScrollMoreHint*>(); more && more->isVisible())
        view.setBottom(area->viewport()->mapFromGlobal(more->mapToGlobal(QPoint())).y() - 1);
    // The question and its first row of numbers, the one chosen beforehand (1人) among them:
    // seen, the question is answered whether or not the person reads on to 20人.
    const QPushButton* first = m_headcount->chip(m_headcount->keys().value(0));
    if (!first)
        return false;
    const QPoint top = m_headcountQuestion->mapTo(area->viewport(), QPoint());
    const QPoint bottom = first->mapTo(area->viewport(), QPoint(0, first->height()));
    return view.contains(QRect(QPoint(view.left(), top.y()), QPoint(view.left(), bottom.y() - 1)));
}

void KioskPostPage::revealHeadcount()
{
    QScrollArea* area = tradeStepArea();
    if (!area)
        return;
    QScrollBar* bar = area->verticalScrollBar();
    QWidget* content = area->widget();
    const int top = m_headcountQuestion->mapTo(content, QPoint()).y();
    const int bottom = m_headcount->mapTo(content, QPoint(0, m_headcount->height())).y();
    int room = area->viewport()->height();
    if (auto* more = area->findChild<ScrollMoreHint*>())
        room -= more->sizeHint().height();
    // The chips whole, above the "more below" line; the question with them where there is room.
    const int target = std::clamp(bottom + KioskStyle::px(16) - room, 0,
                                  std::min(bar->maximum(), std::max(top, bottom - room)));
    if (target == bar->value())
        return;
    auto* glide = new QPropertyAnimation(bar, "value", bar);
    glide->setDuration(kRevealGlideMs);
    glide->setEasingCurve(QEasingCurve::OutCubic);
    glide->setEndValue(target);
    glide->start(QAbstractAnimation::DeleteWhenStopped);
}

void KioskPostPage::showJobNames(const QString& trade)
{
    // The same trade tapped again keeps the job chosen.
    const QStringList names = KioskPosting::jobNames(trade);
    if (m_jobNames->keys() == (names.isEmpty() ? names : names + QStringList{kOtherJob}))
        return;
    m_jobNames->clearChips();
    for (const QString& name : names)
        m_jobNames->addChip(name, KioskPosting::jobNameShown(trade, name));
    // None of them: the posting is named by its trade (a choice made can be taken back).
    if (!names.isEmpty())
        m_jobNames->addChip(kOtherJob, tr("Another job"));
    m_jobNamesQuestion->setVisible(!names.isEmpty());
    m_jobNames->setVisible(!names.isEmpty());
}

bool KioskPostPage::back()
{
    const int s = step();
    if (s == TradeStep || s == DoneStep)
        return false;
    goToStep(s - 1);
    return true;
}

void KioskPostPage::arrange()
{
    // The buttons beside the step on a wide screen, below it on a tall one, and in large text
    // where the chips need the whole width.
    const bool below = isPortrait() || (isLargeText() && step() != PhoneStep);
    placeButtons(below);
    // Beside the surnames the column is narrower: five rows of fourteen at 96 px each, the last
    // with 没有我的姓, take all the rest of a wide screen.
    const bool narrow = !below && step() == NameStep;
    if (!m_next)
        return;
    m_next->setMinimumWidth(KioskStyle::px(narrow ? kNarrowNextWidth : kNextWidth));
    if (narrow)
        m_error->setMaximumWidth(KioskStyle::px(kNarrowNextWidth));
}

void KioskPostPage::setPortrait(bool portrait)
{
    KioskStepsPage::setPortrait(portrait);
    m_trades->setColumns(portrait ? 3 : 8);
    m_districts->setColumns(portrait ? 3 : 6);
    m_places->setColumns(portrait ? 2 : 4);
    m_durations->setColumns(portrait ? 3 : 6);
    m_hours->setColumns(portrait ? 2 : 6);
    // A trade's jobs in one row beside the others on a wide screen (five at most, and 其他), so
    // that they are in sight below 招几个人.
    m_jobNames->setColumns(portrait ? 5 : 6);
    m_headcount->setColumns(portrait ? 5 : 10);
    m_asks->setColumns(portrait ? 2 : 3);
    m_offers->setColumns(portrait ? 3 : 5);
    m_surnames->setColumns(portrait ? 8 : 14);
}

KioskPosting KioskPostPage::posting() const
{
    KioskPosting p;
    p.occupation = m_trades->selectedKey();
    p.jobName = m_jobNames->selectedKey() == kOtherJob ? QString() : m_jobNames->selectedKey();
    for (const Occupation& o : m_tradeList) {
        if (o.name == p.occupation)
            p.industry = o.industry;
    }
    p.district = m_districts->selectedKey();
    p.place = m_places->selectedKey();
    p.starts = m_starts->selectedKey();
    p.duration = m_durations->selectedKey();
    p.hours = m_hours->selectedKey();
    p.headcount = m_headcount->selectedKey().toInt();
    p.pay = m_pay->text().toInt();
    p.payUnit = m_payUnits->selectedKey();
    p.settlement = m_settlements->selectedKey();
    p.asks = m_asks->selectedKeys();
    p.offers = m_offers->selectedKeys();
    p.phone = m_phone->text();
    // A landline keyed without its dash is kept as written: 0771-5551234.
    if (auto phone = validation::checkContactPhone(p.phone); phone.ok())
        p.phone = phone.value();
    p.surname = m_surnames->selectedKey() == kOtherSurname ? QString() : m_surnames->selectedKey();
    p.honorific = m_honorifics->selectedKey();
    return p;
}

bool KioskPostPage::inProgress() const
{
    const int s = step();
    return s < DoneStep && (s > TradeStep || !m_trades->selectedKey().isEmpty());
}

QString KioskPostPage::leavingText(const QString& button) const
{
    return tr("Your job is not sent yet. Tap %1 again to leave and delete your answers, or "
              "carry on here.")
        .arg(button);
}

void KioskPostPage::next()
{
    const int s = step();
    if (s == TradeStep && m_trades->selectedKey().isEmpty()) {
        showError(tr("Please tap the kind of work."));
        return;
    }
    // 招几个人 below the trades, never seen (large text on a wide screen): shown before the
    // step is left with its answer chosen beforehand. Nothing moves while a trade is tapped.
    if (s == TradeStep && !m_headcountSeen && !headcountInSight()) {
        m_headcountSeen = true;
        revealHeadcount();
        showError(tr("One more question on this page: how many workers? Tap the number, then "
                     "Next."));
        return;
    }
    if (s == WhereStep) {
        if (m_districts->selectedKey().isEmpty()) {
            showError(tr("Please tap the district where the work is."));
            return;
        }
        if (m_places->selectedKey().isEmpty()) {
            showError(tr("Please tap the kind of place where the work is."));
            return;
        }
    }
    if (s == PayStep) {
        if (m_pay->text().isEmpty()) {
            showError(tr("Please enter the pay on the keypad, in yuan."));
            return;
        }
        // An amount far from what such pay usually is: asked once, taken at a second 下一步.
        const QString asked = m_pay->text() + m_payUnits->selectedKey();
        if (payLooksWrong() && m_payChecked != asked) {
            m_payChecked = asked;
            const QString shown = KioskText::pay(posting().toJob(m_terminal.clock().today()));
            const double hourly = hourlyPay();
            // Under the hall's lowest pay: said as such, for the law's minimum wage.
            showError(hourly < m_terminal.config().lowestHourlyPay
                          ? tr("Please check: %1 is less than %2 yuan an hour, below the lowest "
                               "pay the law allows here. Is the amount right, and is the pay "
                               "counted like that? If so, tap Next again: the staff will ask "
                               "you about it before the job is shown.")
                                .arg(shown)
                                .arg(m_terminal.config().lowestHourlyPay)
                          : tr("Please check: %1. Is the amount right, and is the pay counted "
                               "like that? If so, tap Next again.")
                                .arg(shown));
            return;
        }
    }
    if (s == PhoneStep) {
        if (const QString problem = phoneProblem(m_phone->text()); !problem.isEmpty()) {
            showError(problem);
            return;
        }
    }
    if (s == NameStep) {
        const QString surname = m_surnames->selectedKey();
        if (surname.isEmpty()) {
            showError(tr("Please tap your surname, or Not listed."));
            return;
        }
        if (surname != kOtherSurname && m_honorifics->selectedKey().isEmpty()) {
            showError(tr("Please tap Mr or Ms."));
            return;
        }
    }
    goToStep(s + 1);
}

bool KioskPostPage::payLooksWrong() const
{
    // From the hall's lowest pay an hour to six times that (90 yuan an hour, 720 a day at 15 an
    // hour: more than the skilled trades pay, so that a day's amount left under 按小时 by a slip
    // of the finger is asked about); pay by the piece or for a whole job is not judged.
    const double hourly = hourlyPay();
    const int lowest = m_terminal.config().lowestHourlyPay;
    return hourly >= 0 && (hourly < lowest || hourly > 6 * lowest);
}

double KioskPostPage::hourlyPay() const
{
    // A day of 8 hours, 4 for a part of the day; a month of 21.75 days; -1 for pay by the piece
    // or for a whole job.
    const double pay = m_pay->text().toDouble();
    const QString unit = m_payUnits->selectedKey();
    const QString hours = m_hours->selectedKey();
    const double perDay = hours == QLatin1String("morning") ||
                                  hours == QLatin1String("afternoon") ||
                                  hours == QLatin1String("evening")
                              ? 4
                              : 8;
    return unit == QLatin1String("hour")    ? pay
           : unit == QLatin1String("day")   ? pay / perDay
           : unit == QLatin1String("month") ? pay / (perDay * kWorkingDaysPerMonth)
                                            : -1;
}

QString KioskPostPage::phoneProblem(const QString& typed)
{
    if (typed.isEmpty())
        return tr("Please enter a mobile number, or a landline with its area code, on the keypad.");
    if (typed.startsWith(QLatin1Char('0')))
        return validation::checkContactPhone(typed).ok()
                   ? QString()
                   : tr("A landline has 7 or 8 digits after its area code (0771 in Nanning). "
                        "Please check the number.");
    if (!typed.startsWith(QLatin1Char('1')))
        return tr("Please put the area code in front of a landline, for example 0771.");
    return KioskText::mobileProblem(typed);
}

void KioskPostPage::submit()
{
    const KioskPosting p = posting();
    auto saved = m_service.postFromKiosk(p.toJob(m_terminal.clock().today()));
    if (!saved.ok()) {
        // What the person can put right is on its step; anything else stays here, in words.
        const QString field = saved.error().field;
        if (field == QLatin1String("contact.phone"))
            goToStep(PhoneStep);
        else if (field.startsWith(QLatin1String("pay")))
            goToStep(PayStep);
        else if (field == QLatin1String("occupation") || field == QLatin1String("industry"))
            goToStep(TradeStep);
        else if (field.startsWith(QLatin1String("location")))
            goToStep(WhereStep);
        // A refusal names its field; anything else (the store) is for the staff, in the log.
        if (field.isEmpty()) {
            qCWarning(lcKiosk) << "job posting not saved:" << saved.error().message;
            showError(KioskText::notSavedNow());
        } else {
            showError(saved.error().message);
        }
        return;
    }
    showSent(saved.value().data, saved.value().id);
}

void KioskPostPage::showSent(const QJsonObject& job, const QString& id)
{
    const QString reference = id.isEmpty() ? QString() : JobService::reference(id);
    m_number->setText(reference);
    m_doneNumber->setVisible(!reference.isEmpty());
    const QString phone =
        job.value(QLatin1String("contact")).toObject().value(QLatin1String("phone")).toString();
    QString text = tr("The hall's staff will phone you on %1 in opening hours (%2) to check it. "
                      "Once checked, it is shown on this kiosk and on the hall's screen, and job "
                      "seekers can apply.")
                       .arg(masking::phone(phone), KioskSlips::openingHours(m_terminal));
    if (!reference.isEmpty())
        text += QLatin1Char('\n') + tr("Asking about it at the window or on the phone, give this "
                                       "number.");
    if (const QString note = offlineNote(m_terminal); !note.isEmpty())
        text += QLatin1Char('\n') + note;
    m_doneText->setText(text);
    showCard(m_sentLayout, job, QStringLiteral("postSent"));
    m_slip->offer(KioskSlips::posting(m_terminal, job, reference));
    // The number goes from the keypad: the result only shows it in part.
    m_phone->clear();
    goToStep(DoneStep);
}

} // namespace lingong
