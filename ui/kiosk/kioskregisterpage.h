#pragma once

#include "kioskstepspage.h"
#include "seekerservice.h"

#include <QElapsedTimer>

class QBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace lingong {

class TouchChipGroup;
class TouchKeypad;

// 求职登记 (S1, S4, S5) by touch alone: ID number on the keypad (with X), mobile number, then
// tapped choices (trades, districts, when, pay, training, starting a business, difficulties in
// kind words), then a plain-language consent screen. Nothing is stored before the person agrees;
// after 同意 the seeker is on disk (and queued for sync) before the screen says so. The name is
// left for the window.
class KioskRegisterPage final : public KioskStepsPage
{
    Q_OBJECT
public:
    enum Step
    {
        IdStep,
        PhoneStep,
        TradesStep,
        WhereWhenStep,
        PayStep,
        DifficultyStep,
        ConsentStep,
        DoneStep,
        StepCount
    };

    explicit KioskRegisterPage(Terminal& terminal, QWidget* parent = nullptr);

    void goToStep(int step);
    // Answers given and not saved yet (past the first step, or an ID number typed), before the
    // person agreed or declined.
    bool inProgress() const override;
    void reset() override;
    void refresh() override;
    bool back() override;
    void setPortrait(bool portrait) override;

    // What the choices add up to (for the consent step and tests).
    SeekerForm form() const;

signals:
    void finished();
    // Saved (or found already registered) with the mobile `phone` the person just entered.
    void registered(const QString& phone);
    // A job suggested on the last screen was tapped.
    void jobChosen(const QString& jobId);
    // The person wants to see the other open jobs of the first trade they chose ("" for all).
    // The open jobs of the trades and districts chosen (empty lists: any).
    void moreJobsRequested(const QStringList& occupations, const QStringList& districts);

private:
    QWidget* beside(const QString& question, TouchChipGroup* answers);
    void next();
    void agree();
    void decline();
    QString leavingText(const QString& button) const override;
    void showAlreadyRegistered(const QString& maskedId);
    void arrange() override;
    // The last screen; `offerJobs`: nothing was registered now, and 看看在招的工作 is offered.
    void showDone(const QString& heading, const QString& text, bool offerJobs = false);
    // Under "You are registered": the open jobs that fit best what the person chose.
    void showSuggestions(const QString& seekerId);
    void clearSuggestions();
    void rebuildDistricts();
    // 大龄 follows from the birth date in the ID number: the older-worker answer is given, and
    // held, for a person it shows to be one.
    void holdOlder(bool older);

    SeekerService m_service;
    TouchKeypad* m_id = nullptr;
    TouchKeypad* m_phone = nullptr;
    TouchChipGroup* m_trades = nullptr;
    TouchChipGroup* m_districts = nullptr;
    TouchChipGroup* m_when = nullptr;
    TouchChipGroup* m_pay = nullptr;
    TouchChipGroup* m_training = nullptr;
    TouchChipGroup* m_business = nullptr;
    TouchChipGroup* m_difficulties = nullptr;
    bool m_olderBefore = false; // the person's own answer, from before it was given
    QLabel* m_choices = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_doneHeading = nullptr;
    QLabel* m_doneText = nullptr;
    QWidget* m_suggestions = nullptr;
    QStringList m_moreOccupations; // the trades and districts chosen, for m_more
    QStringList m_moreDistricts;
    bool m_anyMore = false;   // open jobs in the trades and districts chosen
    bool m_offerJobs = false; // the last screen offers all open jobs (nothing registered now)
    QVBoxLayout* m_suggestionList = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_agree = nullptr;
    QPushButton* m_decline = nullptr;
    QPushButton* m_more = nullptr;

    QElapsedTimer m_declineAsked; // since the first tap on m_decline; invalid when not asked
    QPushButton* m_finish = nullptr;
};

} // namespace lingong
