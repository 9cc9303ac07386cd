#pragma once

#include "jobservice.h"
#include "kioskposting.h"
#include "referencedata.h"

#include "kioskstepspage.h"
#include <vector>

class QBoxLayout;
class QLabel;
class QTimer;
class QPushButton;
class QStackedWidget;
class QScrollArea;
class QVBoxLayout;

namespace lingong {

class KioskSlipOffer;
class TouchChipGroup;
class TouchKeypad;

// 我要招工 (J3): somebody hiring (a household, a foreman, a small shop) puts a posting together by
// touch alone: the trade and how many people; where; when, for how long and which hours; the pay;
// what the worker should bring and what is provided; a phone number; how to be addressed. The
// last step shows the posting as job seekers will see it; 提交 stores it for review (on disk and
// queued for sync before the screen says so). A clerk phones the number, completes the posting
// and publishes it. Nothing is stored before 提交; 首页 asks once before leaving answers behind.
class KioskPostPage final : public KioskStepsPage
{
    Q_OBJECT
public:
    enum Step
    {
        TradeStep,
        WhereStep,
        WhenStep,
        PayStep,
        NeedsStep,
        PhoneStep,
        NameStep,
        ConfirmStep,
        DoneStep,
        StepCount
    };
    // 下一步 brings an unseen 招几个人 into sight in this long.
    static constexpr int kRevealGlideMs = 450;

    explicit KioskPostPage(Terminal& terminal, QWidget* parent = nullptr);

    void goToStep(int step);
    // Answers given and not sent yet.
    bool inProgress() const override;
    void reset() override;
    void refresh() override;
    bool back() override;
    void setPortrait(bool portrait) override;

    // What the answers add up to.
    KioskPosting posting() const;
    // The result screen for `job` as stored (the real flow calls it after 提交).
    // The posting `job` stored under `id`: its reference number (none while only shown), what
    // happens next, and the card as seekers will see it.
    void showSent(const QJsonObject& job, const QString& id = {});

signals:
    void finished();

private:
    // 下一步's width at 1080p: beside most steps, and beside the surnames.
    static constexpr int kNextWidth = 360;
    static constexpr int kNarrowNextWidth = 220;
    // A question above its chips.
    QLabel* ask(QVBoxLayout* step, const QString& question, TouchChipGroup* answers);
    void next();
    void submit();
    QString leavingText(const QString& button) const override;
    // What is wrong with a phone number typed on the keypad, in plain words; empty when none.
    static QString phoneProblem(const QString& typed);
    // The amount is far below the hall's lowest pay or far above what such pay usually is.
    bool payLooksWrong() const;
    // The amount typed as pay for an hour of the work; -1 when not judged.
    double hourlyPay() const;
    void arrange() override;
    void rebuildDistricts();
    // The pay unit the trade is usually paid by, once a trade is chosen.
    void tradeChosen(const QString& trade);
    // The first step's scroll area, and whether 招几个人 (the question and its first row of
    // numbers) lies in its sight.
    QScrollArea* tradeStepArea() const;
    bool headcountInSight() const;
    // Glides the first step down to 招几个人.
    void revealHeadcount();
    // Offers the common jobs of `trade` to name the posting by ("" or a trade with none: hidden).
    void showJobNames(const QString& trade);
    // The job's card (as seekers see it, not to be tapped) alone in `layout`; none for {}.
    void showCard(QVBoxLayout* layout, const QJsonObject& job, const QString& name);
    // The summary of the confirm step, in the interface's language.
    // The answers in a few lines, the mobile in part unless `wholePhone`.
    QString summary(const KioskPosting& p, bool wholePhone = false) const;
    // The check step's mobile in full, for a moment, or in part again.
    void showWholePhone(bool on);

    JobService m_service;
    TouchChipGroup* m_trades = nullptr;
    QLabel* m_jobNamesQuestion = nullptr;
    TouchChipGroup* m_jobNames = nullptr; // the chosen trade's common jobs
    TouchChipGroup* m_districts = nullptr;
    TouchChipGroup* m_places = nullptr;
    TouchChipGroup* m_starts = nullptr;
    TouchChipGroup* m_durations = nullptr;
    TouchChipGroup* m_hours = nullptr;
    QLabel* m_tradeNote = nullptr; // the last of the first step
    QLabel* m_headcountQuestion = nullptr;
    TouchChipGroup* m_headcount = nullptr;
    TouchChipGroup* m_payUnits = nullptr;
    TouchChipGroup* m_settlements = nullptr;
    TouchKeypad* m_pay = nullptr;
    TouchChipGroup* m_asks = nullptr;
    TouchChipGroup* m_offers = nullptr;
    TouchKeypad* m_phone = nullptr;
    TouchChipGroup* m_surnames = nullptr;
    TouchChipGroup* m_honorifics = nullptr;
    QWidget* m_preview = nullptr;
    QVBoxLayout* m_previewLayout = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_showPhone = nullptr; // the mobile in full on the check step, for a moment
    QTimer* m_phoneTimer = nullptr;
    QLabel* m_doneHeading = nullptr;
    QLabel* m_doneText = nullptr;
    QWidget* m_doneNumber = nullptr; // the reference's heading and digits
    QLabel* m_number = nullptr;
    QWidget* m_sent = nullptr;
    QVBoxLayout* m_sentLayout = nullptr;
    KioskSlipOffer* m_slip = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_finish = nullptr;
    std::vector<Occupation> m_tradeList; // the trades offered, with industry and usual pay unit
    bool m_unitChosen = false;           // the person tapped a pay unit
    bool m_headcountSeen = false;        // 招几个人 has been in sight on the first step
    QString m_payChecked;                // the amount and unit the person was asked to check
};

} // namespace lingong
