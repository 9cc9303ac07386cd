#include "kioskregisterpage.h"

#include "applicationrepository.h"

#include "common/kioskstyle.h"
#include "common/linebalance.h"
#include "common/touchchipgroup.h"
#include "common/touchkeypad.h"
#include "kioskjobcard.h"
#include "kioskqueries.h"
#include "kiosktext.h"
#include "kiosktradespage.h"
#include "masking.h"
#include "matching.h"
#include "validation.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDate>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>

namespace lingong {

namespace {

// A number that looks right to its owner may still be refused (a card misprinted, a digit read
// wrongly for years): the window registers them all the same.
QString oneDigitWrong()
{
    return KioskRegisterPage::tr("One digit is not right: check it against your ID card. If it "
                                 "is the same, register at the service window.");
}

// Trades people most often ask to be trained in (occupation names from the reference list).
const char* const kTrainingTrades[] = {"育婴护理", "养老护工", "电工",     "厨师帮厨",
                                       "网络直播", "驾驶员",   "家政保洁", "维修安装"};

} // namespace

KioskRegisterPage::KioskRegisterPage(Terminal& terminal, QWidget* parent)
    : KioskStepsPage(terminal, QStringLiteral("kioskRegister"), tr("Register as a job seeker"),
                     QStringLiteral("reg"), parent)
    , m_service(terminal.store(), terminal.clock())
{
    // 1. ID number.
    QVBoxLayout* s = addStep(tr("Please enter your ID card number."), false);
    m_id = new TouchKeypad(QStringLiteral("regId"), TouchKeypad::Kind::IdNumber, this);
    m_id->setPlaceholder(tr("ID card number"));
    m_id->setMinimumWidth(KioskStyle::px(640));
    m_id->setMaximumWidth(KioskStyle::px(760));
    addKeypadRow(s,
                 KioskStyle::label(tr("18 characters. If the last one is X, tap the X key. "
                                      "Check it, then tap Next: from then "
                                      "on only part of it is shown."),
                                   "body", this),
                 m_id);

    // 2. Mobile number.
    s = addStep(tr("Please enter your mobile number."), false);
    m_phone = new TouchKeypad(QStringLiteral("regPhone"), TouchKeypad::Kind::Phone, this);
    m_phone->setPlaceholder(tr("Mobile number"));
    m_phone->setMinimumWidth(KioskStyle::px(640));
    m_phone->setMaximumWidth(KioskStyle::px(760));
    addKeypadRow(
        s, KioskStyle::label(tr("The window staff will call you on it about jobs."), "body", this),
        m_phone);

    // 3. Trades.
    s = addStep(
        tr("What work would you like to do? Tap all that fit, the one you want most first."),
        false);
    m_trades = new TouchChipGroup(QStringLiteral("regTrade"), false, 6, this);
    if (auto occ = terminal.reference().occupations(); occ.ok()) {
        KioskTradesPage::addTradeChips(m_trades, occ.value(), terminal.reference());
    }
    // The one tapped first, wanted most, carries a star, and the step says so (always, so that
    // nothing moves under the finger at the first tap).
    m_trades->setFirstMark(QStringLiteral("★"));
    auto* star = KioskStyle::label(
        tr("The work you tap first is marked ★: the staff offer you such jobs first."), "note",
        this);
    star->setObjectName(QStringLiteral("regTradeStar"));
    s->addWidget(star);
    s->addWidget(m_trades);

    // 4. Where and when.
    s = addStep(tr("Where would you like to work?"), false);
    s->addWidget(
        KioskStyle::label(tr("Tap one or more. Tap none if anywhere is fine."), "note", this));
    m_districts = new TouchChipGroup(QStringLiteral("regDistrict"), false, 4, this);
    s->addWidget(m_districts);
    m_when = new TouchChipGroup(QStringLiteral("regWhen"), true, 4, this);
    for (const char* k : {"now", "this_week", "weekends", "later"})
        m_when->addChip(QLatin1String(k), KioskText::availability(QLatin1String(k)));
    s->addWidget(beside(tr("When can you start?"), m_when));

    // 5. Pay, training, business.
    s = addStep(tr("How much would you like to earn a day?"), false);
    m_pay = new TouchChipGroup(QStringLiteral("regPay"), true, 5, this);
    m_pay->addChip(QStringLiteral("0"), tr("Any pay"));
    for (int p : {150, 200, 250, 300})
        m_pay->addChip(QString::number(p), tr("%1 yuan or more").arg(p));
    s->addWidget(m_pay);
    s->addWidget(KioskStyle::label(tr("Would you like training? Many are free. Tap any you like."),
                                   "h2", this));
    m_training = new TouchChipGroup(QStringLiteral("regTraining"), false, 4, this);
    for (const char* t : kTrainingTrades)
        m_training->addChip(QString::fromUtf8(t),
                            terminal.reference().displayName(QString::fromUtf8(t)));
    s->addWidget(m_training);
    m_business = new TouchChipGroup(QStringLiteral("regBusiness"), true, 2, this);
    m_business->addChip(QStringLiteral("yes"), tr("Yes, I would like advice"));
    m_business->addChip(QStringLiteral("no"), tr("Not now"));
    s->addWidget(beside(tr("Would you like to start a small business?"), m_business));

    // 6. Difficulties, in kind words; all optional.
    s = addStep(tr("Is any of this true for you? (You may skip this.)"), false);
    s->addWidget(KioskStyle::label(
        tr("If so, tap it and we will look for suitable jobs for you first. Only the hall's "
           "staff will see this."),
        "body", this));
    m_difficulties = new TouchChipGroup(QStringLiteral("regDifficulty"), false, 1, this);
    m_difficulties->addChip(QStringLiteral("long_unemployed"),
                            tr("I have been looking for work for more than half a year"));
    m_difficulties->addChip(QStringLiteral("low_income"),
                            tr("My family's income is low at the moment"));
    m_difficulties->addChip(QStringLiteral("disability"), tr("I have a disability"));
    m_difficulties->addChip(QStringLiteral("older"), tr("I am older and finding work is harder"));
    m_difficulties->addChip(QStringLiteral("other"),
                            tr("Something else makes it hard; I would like help"));
    s->addWidget(m_difficulties);

    // 7. Consent (S5), before anything is saved.
    s = addStep(tr("Before we save: your agreement"), false);
    s->addWidget(KioskStyle::label(
        tr("We will keep your ID number, mobile number and the choices you just made. We use "
           "them only to find work for you and to offer you employment services. We do not give "
           "them to anyone else, and the screen only ever shows part of your numbers. You can "
           "ask at the window at any time to see, change or delete them."),
        "body", this));
    m_summary = KioskStyle::label(QString(), "h2", this);
    m_summary->setObjectName(QStringLiteral("regSummary"));
    s->addWidget(m_summary);
    m_choices = KioskStyle::label(QString(), "body", this);
    m_choices->setObjectName(QStringLiteral("regChoices"));
    s->addWidget(m_choices);
    auto* consentRow = new QHBoxLayout;
    m_decline = KioskStyle::button(tr("No, do not save"), "secondary",
                                   QStringLiteral("regConsentDecline"), this);
    m_agree = KioskStyle::button(tr("I agree, register me"), "primary",
                                 QStringLiteral("regConsentAgree"), this);
    connect(m_decline, &QPushButton::clicked, this, &KioskRegisterPage::decline);
    connect(m_agree, &QPushButton::clicked, this, &KioskRegisterPage::agree);
    // Side by side at one height, whatever each one's style asks for.
    for (QPushButton* b : {m_decline, m_agree})
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    consentRow->addWidget(m_decline, 1);
    consentRow->addWidget(m_agree, 2);
    s->addLayout(consentRow);

    // The questions stand at the top of their steps.
    topAlignSteps();

    // 8. Done.
    s = addStep(QString(), false);
    m_doneHeading = KioskStyle::label(QString(), "success", this);
    m_doneHeading->setObjectName(QStringLiteral("regDoneHeading"));
    m_doneHeading->setAlignment(Qt::AlignCenter);
    s->addWidget(m_doneHeading);
    m_doneText = KioskStyle::label(QString(), "body", this);
    m_doneText->setObjectName(QStringLiteral("regDoneText"));
    m_doneText->setAlignment(Qt::AlignCenter);
    s->addWidget(m_doneText);
    m_suggestions = new QWidget(this);
    m_suggestions->setObjectName(QStringLiteral("regSuggestions"));
    m_suggestionList = new QVBoxLayout(m_suggestions);
    m_suggestionList->setContentsMargins(0, KioskStyle::px(16), 0, 0);
    m_suggestionList->setSpacing(KioskStyle::px(12));
    s->addWidget(m_suggestions);

    QBoxLayout* buttons = buttonColumn();
    m_next = KioskStyle::button(tr("Next"), "primary", QStringLiteral("regNext"), this);
    m_next->setMinimumWidth(KioskStyle::px(360));
    connect(m_next, &QPushButton::clicked, this, &KioskRegisterPage::next);
    buttons->addWidget(m_next);
    // Beside 完成 when jobs were suggested: the others of the trade chosen, a tap away.
    m_more = KioskStyle::button(tr("More jobs like these"), "secondary",
                                QStringLiteral("regMoreJobs"), this);
    m_more->setMinimumWidth(KioskStyle::px(360));
    connect(m_more, &QPushButton::clicked, this,
            [this] { emit moreJobsRequested(m_moreOccupations, m_moreDistricts); });
    buttons->addWidget(m_more);
    m_finish = KioskStyle::button(tr("Done"), "primary", QStringLiteral("regFinish"), this);
    m_finish->setMinimumWidth(KioskStyle::px(360));
    connect(m_finish, &QPushButton::clicked, this, &KioskRegisterPage::finished);
    buttons->addWidget(m_finish);
    hideMessageOnAnswers();
    reset();
}

namespace {

// A short question with few answers takes one row: the words on the left, the answers on the
// right. Where the words would be squeezed into more than two lines (large text, a narrow
// screen), the answers go under them, as wide as the row. Laid out by hand, the same way for the
// same width whenever it is asked (a layout switching direction as it is resized would give its
// parent heights of the other).
class BesideRow final : public QWidget
{
public:
    BesideRow(QLabel* question, TouchChipGroup* answers, QWidget* parent)
        : QWidget(parent)
        , m_question(question)
        , m_answers(answers)
    {
        question->setParent(this);
        answers->setParent(this);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const int answersWidth = m_answers->sizeHint().width();
        if (stacked(width))
            return m_question->heightForWidth(width) + spacing() + m_answers->heightForWidth(width);
        return std::max(m_question->heightForWidth(width - spacing() - answersWidth),
                        m_answers->heightForWidth(answersWidth));
    }
    QSize sizeHint() const override
    {
        const int width =
            m_question->sizeHint().width() + spacing() + m_answers->sizeHint().width();
        return {width, heightForWidth(width)};
    }
    QSize minimumSizeHint() const override
    {
        // The height is heightForWidth()'s, at the width given: not that of the narrowest.
        const int width =
            std::max(m_question->minimumSizeHint().width(), m_answers->minimumSizeHint().width());
        return {width, std::max(m_question->minimumSizeHint().height(),
                                m_answers->minimumSizeHint().height())};
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        place();
    }
    bool event(QEvent* event) override
    {
        // The answers or the words changed their size (large text, another style): asked again
        // by the parent, and placed again at the size this row has.
        switch (event->type()) {
        case QEvent::LayoutRequest:
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::Show:
            updateGeometry();
            place();
            break;
        default:
            break;
        }
        return QWidget::event(event);
    }

private:
    void place()
    {
        const int width = this->width();
        const int height = this->height();
        if (stacked(width)) {
            const int top = m_question->heightForWidth(width);
            m_question->setGeometry(0, 0, width, top);
            m_answers->setGeometry(0, top + spacing(), width, m_answers->heightForWidth(width));
            return;
        }
        const int answersWidth = std::min(width, m_answers->sizeHint().width());
        const int answersHeight = m_answers->heightForWidth(answersWidth);
        m_question->setGeometry(0, 0, width - spacing() - answersWidth, height);
        m_answers->setGeometry(width - answersWidth, (height - answersHeight) / 2, answersWidth,
                               answersHeight);
    }

    int spacing() const { return KioskStyle::px(24); }
    bool stacked(int width) const
    {
        const double beside = width - spacing() - m_answers->sizeHint().width();
        const double em = QFontMetricsF(m_question->font()).horizontalAdvance(QChar(0x4E2D));
        return beside < 5 * em ||
               LineBalance::lines(m_question->text(), m_question->font(), beside).size() > 2;
    }

    QLabel* m_question;
    TouchChipGroup* m_answers;
};

} // namespace

QWidget* KioskRegisterPage::beside(const QString& question, TouchChipGroup* answers)
{
    return new BesideRow(KioskStyle::label(question, "h2", this), answers, this);
}

void KioskRegisterPage::goToStep(int s)
{
    m_declineAsked.invalidate();
    m_decline->setText(tr("No, do not save"));
    // Numbers taken are shown in part from then on, also when the person comes back to them;
    // a key pressed there types the number again.
    if (s > IdStep && !m_id->text().isEmpty())
        m_id->cover(masking::idNumber(m_id->text()));
    if (s > PhoneStep && !m_phone->text().isEmpty())
        m_phone->cover(masking::phone(m_phone->text()));
    showStep(s, int(DoneStep));
    m_next->setVisible(s < ConsentStep);
    m_finish->setVisible(s == DoneStep);
    m_more->setVisible(s == DoneStep &&
                       ((m_suggestions->isVisibleTo(this) && m_anyMore) || m_offerJobs));
    if (s == ConsentStep) {
        const SeekerForm f = form();
        m_summary->setText(tr("ID number %1, mobile %2")
                               .arg(masking::idNumber(f.idNumber), masking::phone(f.phone)));
        // What else will be kept, in the words of the chips the person tapped.
        const auto labels = [](const TouchChipGroup* group) {
            QStringList out;
            for (const QString& key : group->selectedKeys())
                out << group->chip(key)->property("chipLabel").toString();
            return out.join(tr(", "));
        };
        const QString work = labels(m_trades);
        const QString where = labels(m_districts);
        // Everything kept, the older-worker answer the ID card gave too, said as such.
        const QStringList kept = m_difficulties->selectedKeys();
        const bool byCard = !m_difficulties->chip(QStringLiteral("older"))->isEnabled() &&
                            kept.contains(QStringLiteral("older"));
        const QString training = labels(m_training);
        const QString dot = QStringLiteral(" · ");
        QString wishes = tr("Start: %1").arg(labels(m_when)) + dot +
                         tr("Pay: %1").arg(labels(m_pay)) + dot +
                         tr("Training: %1").arg(training.isEmpty() ? tr("none") : training);
        // The answer kept either way.
        wishes += dot + tr("Starting a business: %1").arg(labels(m_business));
        m_choices->setText(tr("Work: %1").arg(work.isEmpty() ? tr("any") : work) + dot +
                           tr("Where: %1").arg(where.isEmpty() ? tr("anywhere") : where) +
                           QLatin1Char('\n') + wishes + QLatin1Char('\n') +
                           // Counted, not named: the screen is in a public hall, and step 6
                           // promised that only the staff see them.
                           (kept.isEmpty() ? tr("Difficulties told: %1").arg(tr("none"))
                            : !byCard ? tr("Difficulties told: %1 (only the hall's staff will see "
                                           "them)")
                                            .arg(kept.size())
                            : kept.size() == 1
                                ? tr("Difficulties: 1, from the age on your ID card (only the "
                                     "hall's staff will see it)")
                                : tr("Difficulties: %1, one of them from the age on your ID card "
                                     "(only the hall's staff will see them)")
                                      .arg(kept.size())));
    }
}

void KioskRegisterPage::reset()
{
    m_id->clear();
    m_phone->clear();
    for (TouchChipGroup* g : {m_trades, m_districts, m_training, m_difficulties})
        g->clearSelection();
    holdOlder(false);
    m_difficulties->clearSelection();
    m_when->setSelectedKeys({QStringLiteral("now")});
    m_pay->setSelectedKeys({QStringLiteral("0")});
    m_business->setSelectedKeys({QStringLiteral("no")});
    m_summary->clear();
    m_choices->clear();
    m_doneHeading->clear();
    m_doneText->clear();
    clearSuggestions();
    m_error->clear();
    rebuildDistricts();
    goToStep(IdStep);
}

void KioskRegisterPage::refresh()
{
    rebuildDistricts();
}

void KioskRegisterPage::rebuildDistricts()
{
    auto open = KioskQueries(m_terminal.database()).openDistricts(m_terminal.clock().today());
    QStringList keys;
    if (!m_terminal.config().district.isEmpty())
        keys << m_terminal.config().district;
    if (open.ok()) {
        for (const QString& d : KioskText::nearFirst(open.value(), keys.value(0))) {
            if (!keys.contains(d))
                keys << d;
        }
    }
    // A district the person chose stays, even when its last open job just went away.
    const QStringList selected = m_districts->selectedKeys();
    for (const QString& d : selected) {
        if (!keys.contains(d))
            keys << d;
    }
    if (keys == m_districts->keys())
        return;
    m_districts->clearChips();
    for (const QString& k : std::as_const(keys))
        m_districts->addChip(k, KioskText::shortDistrict(k, m_terminal.config().district));
    m_districts->setSelectedKeys(selected);
}

bool KioskRegisterPage::back()
{
    const int s = step();
    if (s == IdStep || s == DoneStep)
        return false;
    goToStep(s - 1);
    return true;
}

void KioskRegisterPage::arrange()
{
    // The buttons beside the step on a wide screen, below it on a tall one; below it on the
    // result too, so its words stand in the middle of the screen. Choices in large text on a
    // wide screen need the whole width, so the buttons go below there as well; 下一步 stays in
    // the bottom right corner either way.
    const bool choices = step() >= TradesStep && step() <= DifficultyStep;
    const bool below = isPortrait() || (isLargeText() && choices) || step() == DoneStep;
    placeButtons(below);
    // As many suggested jobs as the screen shows whole, without scrolling.
    const int shown = isPortrait() ? 3 : isLargeText() ? 1 : 2;
    int card = 0;
    for (KioskJobCard* c : m_suggestions->findChildren<KioskJobCard*>())
        c->setVisible(card++ < shown);
}

void KioskRegisterPage::setPortrait(bool portrait)
{
    KioskStepsPage::setPortrait(portrait);
    m_trades->setColumns(portrait ? 3 : 8);
    m_difficulties->setColumns(portrait ? 1 : 2);
    m_districts->setColumns(portrait ? 3 : 8);
    m_pay->setColumns(portrait ? 3 : 5);
    m_training->setColumns(portrait ? 2 : 8);
}

SeekerForm KioskRegisterPage::form() const
{
    SeekerForm f;
    f.idNumber = m_id->text();
    f.phone = m_phone->text();
    f.wantedOccupations = m_trades->selectedKeys();
    f.wantedDistricts = m_districts->selectedKeys();
    f.availability =
        m_when->selectedKey().isEmpty() ? QStringLiteral("now") : m_when->selectedKey();
    f.expectedPayMin = m_pay->selectedKey().toDouble();
    f.expectedPayUnit = QStringLiteral("day");
    f.trainingWishes = m_training->selectedKeys();
    f.businessInterest = m_business->selectedKey() == QLatin1String("yes");
    f.difficulties = m_difficulties->selectedKeys();
    f.source = QStringLiteral("kiosk");
    return f;
}

void KioskRegisterPage::holdOlder(bool older)
{
    QPushButton* chip = m_difficulties->chip(QStringLiteral("older"));
    const bool held = !chip->isEnabled();
    if (older && !held) {
        m_olderBefore = chip->isChecked();
        chip->setChecked(true);
    } else if (!older && held) {
        // Another number, typed after going back: the person's own answer again.
        chip->setChecked(m_olderBefore);
    }
    chip->setEnabled(!older);
    // Why it cannot be tapped away, on the chip itself: a line below it would push the step
    // past the screen in large text.
    m_difficulties->setChipText(QStringLiteral("older"),
                                older ? tr("Older, by the age on your ID card (chosen for you)")
                                      : tr("I am older and finding work is harder"));
}

bool KioskRegisterPage::inProgress() const
{
    const int s = step();
    return s < DoneStep && (s > IdStep || !m_id->text().isEmpty());
}

QString KioskRegisterPage::leavingText(const QString& button) const
{
    return tr("Your answers are not saved yet. Tap %1 again to leave and delete them, or "
              "carry on here.")
        .arg(button);
}

void KioskRegisterPage::next()
{
    const int s = step();
    if (s == IdStep) {
        auto id = validation::checkIdNumber(m_id->text(), m_terminal.clock().today());
        if (!id.ok()) {
            // Plain words at the kiosk: how many are missing, or that one is wrong somewhere.
            const int typed = int(m_id->text().size());
            if (typed == 0)
                showError(tr("Please enter your ID card number on the keypad."));
            else if (typed < 18)
                showError(
                    tr("%n more to go: an ID card number has 18 characters.", nullptr, 18 - typed));
            else if (!QDate::fromString(m_id->text().mid(6, 8), QStringLiteral("yyyyMMdd"))
                          .isValid())
                showError(tr("The birth date in the number (its 7th to 14th characters) is not a "
                             "real date. Please check the number against your ID card."));
            else
                showError(oneDigitWrong());
            return;
        }
        if (validation::ageOn(id.value().birthDate, m_terminal.clock().today()) <
            validation::kMinimumWorkingAge) {
            showError(tr("Children under %1 cannot register for work.")
                          .arg(validation::kMinimumWorkingAge));
            return;
        }
        if (validation::ageOn(id.value().birthDate, m_terminal.clock().today()) >
            validation::kOldestPlausibleAge) {
            showError(oneDigitWrong());
            return;
        }
        // Somebody registered already is told now, not after six more steps.
        if (auto known = m_service.findByIdNumber(m_id->text()); known.ok() && known->has_value()) {
            showAlreadyRegistered(masking::idNumber(m_id->text()));
            return;
        }
        holdOlder(validation::isOlderWorker(id.value(), m_terminal.clock().today()));
    } else if (s == PhoneStep) {
        if (const QString problem = KioskText::mobileProblem(m_phone->text()); !problem.isEmpty()) {
            showError(problem);
            return;
        }
    }
    goToStep(s + 1);
}

void KioskRegisterPage::agree()
{
    SeekerForm f = form();
    f.consent = true;
    auto saved = m_service.registerSeeker(f);
    if (!saved.ok()) {
        const QString field = saved.error().field;
        if (field == QLatin1String("id_number"))
            goToStep(IdStep);
        else if (field == QLatin1String("phone"))
            goToStep(PhoneStep);
        // A refusal the person can put right names its field; anything else (the store) is
        // for the staff, in the log: the person is told plainly and keeps the answers.
        if (field.isEmpty()) {
            qCWarning(lcKiosk) << "registration not saved:" << saved.error().message;
            showError(KioskText::notSavedNow());
        } else {
            showError(saved.error().message);
        }
        return;
    }
    const QString id = masking::idNumber(f.idNumber);
    emit registered(f.phone);
    if (saved.value().existing) {
        showAlreadyRegistered(id);
    } else {
        QString text = tr("ID number %1, mobile %2.\nPlease bring your ID card to the service "
                          "window: the staff will add your name and suggest jobs for you.")
                           .arg(id, masking::phone(f.phone));
        if (const QString note = offlineNote(m_terminal); !note.isEmpty())
            text += QLatin1Char('\n') + note;
        showDone(tr("You are registered"), text);
        showSuggestions(saved.value().id);
    }
}

void KioskRegisterPage::clearSuggestions()
{
    while (QLayoutItem* item = m_suggestionList->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_suggestions->hide();
    m_more->hide();
    m_anyMore = false;
    m_offerJobs = false;
}

void KioskRegisterPage::showSuggestions(const QString& seekerId)
{
    clearSuggestions();
    // Three at most (fewer shown where they would not fit, see arrange()), the first choice's
    // first: all the others in the trades and districts chosen are a tap on 更多 away.
    m_moreOccupations = form().wantedOccupations;
    m_moreDistricts = form().wantedDistricts;
    // All the candidates ranked, so that the first choice's best is among them.
    auto jobs = Matching(m_terminal.store(), m_terminal.audit()).jobsForSeeker(seekerId, 500);
    if (!jobs.ok())
        return;
    // Not those the person has applied for already (here, with their mobile, before registering).
    auto seeker = m_terminal.store().get(entities::seeker(), seekerId);
    if (seeker.ok() && seeker.value()) {
        auto mine =
            ApplicationRepository(m_terminal.store())
                .ofPerson(seekerId, seeker.value()->data.value(QLatin1String("phone")).toString());
        if (mine.ok()) {
            QSet<QString> applied;
            for (const StoredEntity& a : mine.value()) {
                if (a.data.value(QLatin1String("status")).toString() != QLatin1String("cancelled"))
                    applied.insert(a.data.value(QLatin1String("job_id")).toString());
            }
            std::erase_if(jobs.value(),
                          [&applied](const RankedJob& r) { return applied.contains(r.job.id); });
        }
    }
    if (jobs.value().empty())
        return;
    const auto chosen = [](const QStringList& choices, const QString& value) {
        return choices.isEmpty() || choices.contains(value);
    };
    const auto trade = [](const RankedJob& r) {
        return r.job.data.value(QLatin1String("occupation")).toString();
    };
    m_anyMore = std::any_of(jobs.value().begin(), jobs.value().end(), [&](const RankedJob& r) {
        const QString district = r.job.data.value(QLatin1String("location"))
                                     .toObject()
                                     .value(QLatin1String("district"))
                                     .toString();
        return chosen(m_moreOccupations, trade(r)) && chosen(m_moreDistricts, district);
    });
    const std::vector<RankedJob> shown = Matching::suggestions(jobs.value(), m_moreOccupations, 3);
    // None in the trades chosen: said so, not offered as if they were.
    const bool fit = std::any_of(shown.begin(), shown.end(), [&](const RankedJob& r) {
        return chosen(m_moreOccupations, trade(r));
    });
    QLabel* heading = KioskStyle::label(
        fit ? tr("Open jobs that fit what you chose. Tap one to see it:")
            : tr("No open jobs in the trades you chose right now. Other open jobs, tap one to "
                 "see it:"),
        "h2", m_suggestions);
    heading->setObjectName(QStringLiteral("regSuggestionsHeading"));
    m_suggestionList->addWidget(heading);
    int n = 0;
    for (const RankedJob& r : shown) {
        auto* card = new KioskJobCard(r.job, m_terminal.config().district,
                                      m_terminal.clock().today(), m_suggestions);
        card->setObjectName(QStringLiteral("regSuggestion_%1").arg(++n)); // from 1, as shown
        connect(card, &KioskJobCard::clicked, this, &KioskRegisterPage::jobChosen);
        m_suggestionList->addWidget(card);
    }
    m_suggestions->show();
    m_more->setVisible(m_anyMore);
    arrange();
}

void KioskRegisterPage::showAlreadyRegistered(const QString& maskedId)
{
    showDone(tr("You are already registered"),
             tr("ID number %1 is already in our records, so there is nothing more to do "
                "here.\nIf your mobile number or wishes have changed, the window staff will "
                "gladly update them for you.")
                 .arg(maskedId),
             true);
}

void KioskRegisterPage::decline()
{
    // Six steps would be lost to a tap beside 同意: the first tap asks, a second one (not the
    // second half of a double tap) declines.
    if (!m_declineAsked.isValid()) {
        m_declineAsked.start();
        m_decline->setText(tr("Tap again: do not save"));
        return;
    }
    if (m_declineAsked.elapsed() < QApplication::doubleClickInterval())
        return;
    showDone(tr("Nothing was saved"),
             tr("That is fine. You can still look at jobs here, or ask at the service window."),
             true);
}

void KioskRegisterPage::showDone(const QString& heading, const QString& text, bool offerJobs)
{
    clearSuggestions();
    // Nothing registered now (already so, or declined): the open jobs of every trade a tap away,
    // rather than a screen with nothing to do but 完成. Nobody's wishes are shown for an ID
    // number typed.
    m_offerJobs = offerJobs;
    if (offerJobs) {
        m_moreOccupations.clear();
        m_moreDistricts.clear();
    }
    m_more->setText(offerJobs ? tr("Look at open jobs") : tr("More jobs like these"));
    // Wipe the numbers from the keypads: the result screen only shows them masked.
    m_id->clear();
    m_phone->clear();
    m_doneHeading->setText(heading);
    m_doneText->setText(text);
    goToStep(DoneStep);
}

} // namespace lingong
