#pragma once

#include "applicationservice.h"
#include "kioskpage.h"

class QBoxLayout;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QSpacerItem;
class QStackedWidget;

namespace lingong {

class KioskSlipOffer;
class TouchKeypad;

// 我要报名 (M3): the seeker types a mobile number on the large keypad and confirms; the
// application is on disk (and queued for sync) before the big confirmation number is shown.
// A bad number shows what is wrong and keeps the digits.
class KioskApplyPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskApplyPage(Terminal& terminal, QWidget* parent = nullptr);

    // The number entry for `jobId`, with the mobile this person gave a moment ago (at
    // registration or the last application) already in, shown in part.
    void startFor(const QString& jobId);
    // The mobile the person at the kiosk just gave, until reset() or 完成.
    void rememberMobile(const QString& phone);
    // Empties the number entry and the job, keeping the mobile remembered.
    void clearEntry();
    QString jobId() const { return m_jobId; }

    void reset() override;
    void setPortrait(bool portrait) override;
    bool back() override;
    // A mobile being typed: not asked about on leaving, but given the longer countdown.
    bool wantsPatience() const override;

    // Shows the confirmation screen for a receipt (the real flow calls it after apply()).
    void showReceipt(const ApplicationReceipt& receipt, const QString& phone);
    bool isConfirmed() const;

signals:
    void finished();
    // A new application was stored for `jobId`.
    void applied(const QString& jobId);

private:
    void submit();

    ApplicationService m_service;
    QString m_jobId;
    QString m_known; // rememberMobile()
    QLabel* m_knownNote = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_job = nullptr;
    TouchKeypad* m_keypad = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_numberHeading = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_doneText = nullptr;
    QLabel* m_doneJob = nullptr; // the job applied for, row by row
    QLabel* m_doneHeading = nullptr;
    KioskSlipOffer* m_slip = nullptr; // 打印回执
    QBoxLayout* m_entryLayout = nullptr;
    QVBoxLayout* m_left = nullptr;    // the text beside the keypad
    QSpacerItem* m_gap = nullptr;     // the room left over on a tall screen
    QSpacerItem* m_leftGap = nullptr; // the room between the words and 确认报名 on a wide one
};

} // namespace lingong
