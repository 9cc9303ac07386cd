#pragma once

#include "complaintservice.h"
#include "kioskpage.h"

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace lingong {

class KioskSlipOffer;
class TouchChipGroup;
class TouchKeypad;

// 权益维护 (T4, T5): the service rules 首问负责/限时办结/一次性告知, the hotline and the complaint
// channels; and 请工作人员回电: a tapped category plus a phone number becomes a call-back request
// owned by the duty window with a deadline, stored before the screen says so.
class KioskRightsPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskRightsPage(Terminal& terminal, QWidget* parent = nullptr);

    // 请工作人员回电 about `about` (a course, a start-up service), a matter of `category`, asked
    // from another screen: the request view with the matter chosen; 返回 goes back there.
    void askAbout(const QString& category, const QString& about);

    void reset() override;
    void refresh() override;
    bool back() override;
    void setPortrait(bool portrait) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // 完成 on the confirmation: back to the home screen.
    void finished();

private:
    void submit();
    void showChecklist(const QStringList& items);

    ComplaintService m_service;
    QStackedWidget* m_stack = nullptr;
    QVBoxLayout* m_rules = nullptr;
    TouchChipGroup* m_category = nullptr;
    TouchKeypad* m_phone = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_done = nullptr;
    QWidget* m_checklist = nullptr; // what to have ready for the call (一次性告知)
    QVBoxLayout* m_checklistLayout = nullptr;
    QVBoxLayout* m_requestLayout = nullptr;
    QBoxLayout* m_callbackLayout = nullptr;
    QVBoxLayout* m_left = nullptr;   // the choices
    QHBoxLayout* m_bottom = nullptr; // the hint or message, and the button
    QLabel* m_hint = nullptr;
    KioskSlipOffer* m_slip = nullptr; // 打印回执
    QLabel* m_about = nullptr;        // askAbout()'s subject, shown
    QLabel* m_categoryHeading = nullptr;
    QString m_askCategory; // askAbout()'s matter: no choice shown
    QString m_aboutText;
};

} // namespace lingong
