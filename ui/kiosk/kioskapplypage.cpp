#include "kioskapplypage.h"

#include "common/kioskstyle.h"
#include "common/touchkeypad.h"
#include "kioskslips.h"
#include "kiosktext.h"
#include "masking.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

namespace lingong {

KioskApplyPage::KioskApplyPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskApply"), tr("Apply for this job"), parent)
    , m_service(terminal.store(), terminal.clock())
{
    m_stack = new QStackedWidget(this);
    body()->addWidget(m_stack, 1);

    // Step 1: the number.
    auto* entry = new QWidget(m_stack);
    m_entryLayout = new QBoxLayout(QBoxLayout::LeftToRight, entry);
    m_entryLayout->setContentsMargins(0, 0, 0, 0);
    m_entryLayout->setSpacing(KioskStyle::px(40));
    auto* left = new QVBoxLayout;
    m_left = left;
    left->setSpacing(KioskStyle::px(20));
    m_job = KioskStyle::label(QString(), "h2", entry);
    m_job->setObjectName(QStringLiteral("applyJob"));
    left->addWidget(m_job);
    left->addWidget(KioskStyle::label(
        tr("Please enter your mobile number. The window staff will call you on it about this "
           "job."),
        "body", entry));
    m_knownNote = KioskStyle::label(
        tr("Your mobile from a moment ago is already in. Not yours? Tap Clear and enter yours."),
        "note", entry);
    m_knownNote->setObjectName(QStringLiteral("applyKnownMobile"));
    m_knownNote->hide();
    left->addWidget(m_knownNote);
    m_error = KioskStyle::label(QString(), "error", entry);
    m_error->setObjectName(QStringLiteral("applyError"));
    m_error->hide();
    left->addWidget(m_error);
    // (A spacer, not a stretch: a stretch factor would keep the words expanding on a tall screen.)
    m_leftGap = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    left->addSpacerItem(m_leftGap);
    m_submit = KioskStyle::button(tr("Confirm and apply"), "primary", QStringLiteral("applySubmit"),
                                  entry);
    connect(m_submit, &QPushButton::clicked, this, &KioskApplyPage::submit);
    left->addWidget(m_submit);
    m_entryLayout->addLayout(left, 1);
    m_keypad = new TouchKeypad(QStringLiteral("apply"), TouchKeypad::Kind::Phone, entry);
    m_keypad->setPlaceholder(tr("Mobile number"));
    m_keypad->setMinimumWidth(KioskStyle::px(560));
    m_entryLayout->addWidget(m_keypad, 1);
    // On a tall screen the room left over lies between the keypad and 确认报名 (see
    // setPortrait()); on a wide one it takes none.
    m_gap = new QSpacerItem(0, 0, QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_entryLayout->addSpacerItem(m_gap);
    connect(m_keypad, &TouchKeypad::textChanged, this, [this] {
        // Once the person corrects the number the old message no longer applies, nor the note
        // about the number given before.
        m_error->hide();
        if (!m_keypad->isCovered())
            m_knownNote->hide();
    });
    m_stack->addWidget(entry);

    // Step 2: the confirmation number, big.
    auto* done = new QWidget(m_stack);
    auto* dl = new QVBoxLayout(done);
    dl->setSpacing(KioskStyle::px(16));
    m_doneHeading = KioskStyle::label(QString(), "success", done);
    m_doneHeading->setObjectName(QStringLiteral("applyDoneHeading"));
    m_doneHeading->setAlignment(Qt::AlignCenter);
    dl->addWidget(m_doneHeading);
    m_numberHeading = KioskStyle::label(tr("Your application number"), "h2", done);
    m_numberHeading->setObjectName(QStringLiteral("applyNumberHeading"));
    m_numberHeading->setAlignment(Qt::AlignCenter);
    dl->addWidget(m_numberHeading);
    m_number = KioskStyle::label(QString(), "big", done);
    m_number->setObjectName(QStringLiteral("applyConfirmationNo"));
    m_number->setAlignment(Qt::AlignCenter);
    // Six digits on one line: a word-wrapping label would reserve room for a second one.
    m_number->setWordWrap(false);
    dl->addWidget(m_number);
    // With two applications made, or no printer, the screen says which job this number is for.
    m_doneJob = KioskStyle::label(QString(), "body", done);
    m_doneJob->setObjectName(QStringLiteral("applyDoneJob"));
    m_doneJob->setAlignment(Qt::AlignCenter);
    dl->addWidget(m_doneJob);
    m_doneText = KioskStyle::label(QString(), "body", done);
    m_doneText->setObjectName(QStringLiteral("applyDoneText"));
    m_doneText->setAlignment(Qt::AlignCenter);
    dl->addWidget(m_doneText);
    dl->addStretch(1);
    m_slip = new KioskSlipOffer(terminal, QStringLiteral("apply"), done);
    dl->addWidget(m_slip->note());
    auto* finish = KioskStyle::button(tr("Done"), "primary", QStringLiteral("applyFinish"), done);
    finish->setMinimumWidth(KioskStyle::px(360));
    finish->setMaximumWidth(KioskStyle::px(600));
    connect(finish, &QPushButton::clicked, this, [this] {
        // The person is done: the next one does not find their number.
        m_known.clear();
        emit finished();
    });
    m_slip->addButtonRow(dl, finish);
    m_stack->addWidget(done);
}

void KioskApplyPage::startFor(const QString& jobId)
{
    clearEntry();
    m_jobId = jobId;
    if (!m_known.isEmpty()) {
        m_keypad->setText(m_known);
        m_keypad->cover(masking::phone(m_known));
        m_knownNote->show();
    }
    auto job = m_terminal.store().get(entities::job(), jobId);
    if (job.ok() && job.value()) {
        const QJsonObject& d = job.value()->data;
        m_job->setText(d.value(QLatin1String("title")).toString() + QStringLiteral("  ") +
                       KioskText::pay(d));
    }
}

void KioskApplyPage::rememberMobile(const QString& phone)
{
    m_known = phone;
}

void KioskApplyPage::reset()
{
    m_known.clear();
    clearEntry();
}

void KioskApplyPage::clearEntry()
{
    m_knownNote->hide();
    m_jobId.clear();
    m_job->clear();
    m_keypad->clear();
    m_error->clear();
    m_error->hide();
    m_number->clear();
    m_doneText->clear();
    m_doneJob->clear();
    m_doneHeading->clear();
    m_slip->clear();
    m_stack->setCurrentIndex(0);
}

void KioskApplyPage::setPortrait(bool portrait)
{
    KioskPage::setPortrait(portrait);
    m_entryLayout->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // On a tall screen as in the other pages' steps: the keypad right under the question, a
    // refusal right under the keypad, where the eyes are while typing, and 确认报名 at the foot,
    // the room left over in between, so that a message moves no key. On a wide one the words
    // and 确认报名 stand beside the keypad, a refusal under the words.
    m_left->removeWidget(m_submit);
    m_entryLayout->removeWidget(m_submit);
    m_left->removeWidget(m_error);
    m_entryLayout->removeWidget(m_error);
    m_entryLayout->removeItem(m_gap);
    if (portrait) {
        m_entryLayout->addWidget(m_error);
        m_gap->changeSize(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
        m_entryLayout->addSpacerItem(m_gap);
        m_entryLayout->addWidget(m_submit);
    } else {
        m_left->insertWidget(m_left->indexOf(m_knownNote) + 1, m_error);
        m_left->addWidget(m_submit);
        m_gap->changeSize(0, 0, QSizePolicy::Fixed, QSizePolicy::Fixed);
        m_entryLayout->addSpacerItem(m_gap);
    }
    // The words take only their room on a tall screen.
    m_leftGap->changeSize(0, 0, QSizePolicy::Minimum,
                          portrait ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    m_left->invalidate();
    m_entryLayout->setStretchFactor(m_left, portrait ? 0 : 1);
    m_entryLayout->setStretchFactor(m_keypad, portrait ? 0 : 1);
    // Nor do its keys grow into the room left over (a message going would then move them).
    m_keypad->setSizePolicy(QSizePolicy::Preferred,
                            portrait ? QSizePolicy::Maximum : QSizePolicy::Preferred);
}

bool KioskApplyPage::back()
{
    // After the confirmation there is nothing to go back to: 返回 leaves the page.
    return false;
}

bool KioskApplyPage::wantsPatience() const
{
    // Typed by the person, not the mobile given a moment ago shown in part.
    return !isConfirmed() && !m_keypad->text().isEmpty() && !m_keypad->isCovered();
}

bool KioskApplyPage::isConfirmed() const
{
    return m_stack->currentIndex() == 1;
}

void KioskApplyPage::submit()
{
    // The digits stay on the keypad so one wrong key is fixed with one tap.
    if (const QString problem = KioskText::mobileProblem(m_keypad->text()); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    auto receipt = m_service.apply(m_jobId, m_keypad->text(), QStringLiteral("kiosk"));
    if (!receipt.ok()) {
        // The digits stay on the keypad so one wrong key is fixed with one tap.
        m_error->setText(receipt.error().message);
        m_error->show();
        return;
    }
    qCInfo(lcKiosk) << "application stored, phone" << masking::phone(m_keypad->text());
    // A number typed here is not kept for the next application: whoever taps 返回 on the receipt
    // may be the next person. Only the mobile of a registration just made stays in, for the
    // jobs suggested to that person.
    showReceipt(receipt.value(), m_keypad->text());
    if (!receipt.value().existing)
        emit applied(m_jobId);
}

namespace {
QString withNote(const QString& note)
{
    return note.isEmpty() ? QString() : QLatin1Char('\n') + note;
}
} // namespace

void KioskApplyPage::showReceipt(const ApplicationReceipt& receipt, const QString& phone)
{
    // Whoever stands at the kiosk may not be the person who applied with this mobile, so an
    // earlier application's number is not shown again.
    m_doneHeading->setText(receipt.existing
                               ? tr("This mobile number has already applied for this job")
                               : tr("Your application has been received"));
    m_number->setText(receipt.existing ? QString() : receipt.confirmationNo);
    m_number->setVisible(!receipt.existing);
    m_numberHeading->setVisible(!receipt.existing);
    m_doneText->setText(
        receipt.existing
            ? tr("We will call %1 about it.\nIf you have lost the application number, please ask "
                 "at the service window.")
                  .arg(masking::phone(phone))
            // Not a hire yet, and no need to wait about: the call comes; the window is for
            // asking sooner.
            : tr("This is not a hire yet: the staff will phone you on %1 about the job, so you "
                 "need not wait here.\nTo ask sooner, show this number at the service window "
                 "(write it down or take a photo of it).")
                      .arg(masking::phone(phone)) +
                  withNote(offlineNote(m_terminal)));
    // Which job the number is for, in a line (the receipt has the rest).
    QString forJob;
    if (auto job = m_terminal.store().get(entities::job(), m_jobId); job.ok() && job.value()) {
        const QJsonObject& d = job.value()->data;
        // A person hiring for themselves has no employer's name to give.
        const QString employer = d.value(QLatin1String("employer_name")).toString();
        const QString title = d.value(QLatin1String("title")).toString();
        const QString start = KioskText::dateText(d.value(QLatin1String("start_date")).toString(),
                                                  m_terminal.clock().today());
        forJob = employer.isEmpty() ? tr("For: %1, starting %2").arg(title, start)
                                    : tr("For: %1 (%2), starting %3").arg(title, employer, start);
    }
    m_doneJob->setText(forJob);
    m_doneJob->setVisible(!forJob.isEmpty());
    // A receipt to take away, of a new application only: the number of an earlier one is not
    // given again.
    if (receipt.existing)
        m_slip->clear();
    else
        m_slip->offer(KioskSlips::application(m_terminal, m_jobId, receipt.confirmationNo, phone));
    // The full number is no longer needed on screen.
    m_keypad->clear();
    m_stack->setCurrentIndex(1);
}

} // namespace lingong
