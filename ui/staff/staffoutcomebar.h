#pragma once

#include "staffcontext.h"

#include <QWidget>

#include <map>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace lingong {

// The outcome buttons of one seeker-job pairing (M1): recommended, interviewed, hired (到岗),
// not hired, no-show, and withdrawing a recommendation. Only the steps that follow from the
// current status are enabled; a press records the step with its time. A final outcome (hired, not
// hired, no-show) and a withdrawal ask for a second press first. Once an outcome is recorded, the
// other two correct it: a reason is asked for, and the correction goes to the ledger and the audit
// log with it. Under a hire, a second row follows up the pay (回访): the work finished and paid
// for, or the pay not settled.
class StaffOutcomeBar final : public QWidget
{
    Q_OBJECT
public:
    StaffOutcomeBar(StaffContext& ctx, bool withRecommend, QWidget* parent = nullptr);

    // The pairing the buttons act on (empty: none, all disabled).
    void setApplication(const QString& id, const QString& status);
    // A reason for a correction is typed and not used yet.
    bool hasTypedReason() const;

signals:
    // After a press: what happened, in words, and whether it worked. `toDo`:
    // recorded, and the message says what is still to do (a complaint about unpaid wages): it
    // is shown as a warning, not as a success that goes when the clerk moves on.
    void recorded(const QString& message, bool ok, bool toDo = false);
    // A first press that waits for its second: why, shown as a warning; empty once it no longer
    // waits (timed out, or another pairing chosen).
    void asks(const QString& question);
    // 登记投诉 under a hire whose pay is not settled: the complaints page takes the matter down
    // with what the placement already says.
    void unpaidWagesComplaintRequested(const QString& applicationId);
    // A recommendation was withdrawn: the person is a candidate again.
    void withdrawn();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // What a step's button says.
    static QString stepText(const QString& step);
    // Before the job's start day, the words that go with a first press of 已到岗; else none.
    QString startsLater(const QString& status) const;
    void fitWidths();
    void press(const QString& status);
    void record(const QString& status);
    void clearPending();
    // Gives `status`'s button the main button's look, and no other.
    void emphasise(const QString& status);
    // The pay row of the pairing: shown under a hire, with what was last recorded.
    void showPay();
    void recordPay(bool settled);

    StaffContext& m_ctx;
    QString m_id;
    QString m_status;              // the pairing's status now
    QLineEdit* m_reason = nullptr; // why a recorded outcome is corrected
    QLabel* m_label = nullptr;     // "Record:", or "Correct to:" once an outcome is recorded
    std::map<QString, QPushButton*> m_buttons;
    QWidget* m_payRow = nullptr;
    QLabel* m_payState = nullptr;
    QPushButton* m_paySettled = nullptr;
    QPushButton* m_payUnsettled = nullptr;
    QPushButton* m_payComplaint = nullptr;
    QString m_pending; // the final outcome pressed once, waiting for its second press
    QString m_next = QStringLiteral("hired"); // the step shown as the main button
    QTimer* m_pendingTimer = nullptr;
    bool m_fitted = false; // the buttons' widths fit the current style and font
};

} // namespace lingong
