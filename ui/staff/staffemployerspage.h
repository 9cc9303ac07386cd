#pragma once

#include "employerservice.h"
#include "staffdrafts.h"
#include "staffpage.h"

#include <QElapsedTimer>

#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lingong {

class StaffTableModel;

// 用工单位: register and edit employers, verify them (credit code check), blacklist them with a
// reason (黑中介: their postings are withdrawn and they cannot publish), lift a blacklisting
// (administrators).
class StaffEmployersPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffEmployersPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override { return hasUnsavedChanges() || !m_drafts.empty(); }
    void prepareForScreenshot() override;
    void startNew();
    void openEmployer(const QString& id);

private:
    void save();
    void verify();
    void reopenAfterAction();
    void refuseVerification();
    void resetVerification();
    void blacklist();
    // Blacklisting withdraws every posting: it takes a second press within a few seconds.
    void disarmBlacklist();
    void lift();
    void showState();
    QWidget* fieldWidget(const QString& field) const;
    void clearMarks();
    // The form as typed; and the same for another one read from it.
    EmployerForm typedForm() const;
    void fillForm(const EmployerForm& form);
    bool hasUnsavedChanges() const;
    // Unsaved changes are kept aside when another employer (or a new one) is opened, and come
    // back when that one is opened again.
    void keepDraft();
    bool restoreDraft();
    void sayDraftsKept();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_filter = nullptr;
    QString m_currentId;
    QJsonObject m_current;
    QJsonObject m_base; // the record the form's typing began from (saves merge on it)
    QLabel* m_formTitle = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_complaints = nullptr; // the complaints recorded about it
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QComboBox* m_district = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_notes = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_resetVerification = nullptr;
    QLineEdit* m_refuseNote = nullptr;
    QPushButton* m_refuse = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_blacklist = nullptr;
    QPushButton* m_lift = nullptr;
    QWidget* m_actions = nullptr;
    QTimer* m_blacklistTimer = nullptr; // disarms after a few seconds
    bool m_blacklistArmed = false;      // the next press blacklists
    EmployerForm m_loadedForm;          // the form right after it was opened
    DraftShelf<EmployerForm> m_drafts;  // by employer id; "" is the new one
    // "New employer" pressed once on an unsaved new one: the form as it was then.
    std::optional<EmployerForm> m_clearAsked;
    QElapsedTimer m_clearAskedAt; // when it was asked
    QString m_blacklistWarning;
};

} // namespace lingong
