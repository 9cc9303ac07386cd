#pragma once

#include "staffpage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lingong {

class StaffTableModel;

// 账户与日志: staff accounts (administrators create clerks, reset passwords, disable accounts;
// everybody changes their own password) and the audit log of who changed what, when.
class StaffAccountsPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffAccountsPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;

private:
    void create();
    void changeOwn();
    void reset();
    void toggleActive();
    // The account chosen in the list, as listed (none: nullptr).
    const StoredEntity* selectedAccount() const;

    StaffTableModel* m_accounts = nullptr;
    QTableView* m_accountTable = nullptr;
    StaffTableModel* m_audit = nullptr;
    QTableView* m_auditTable = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_selected = nullptr; // "Selected (clerk1):", beside the new password for it
    QGroupBox* m_adminBox = nullptr;
    QLineEdit* m_newUser = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newRole = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_resetPassword = nullptr;
    QPushButton* m_toggle = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_fresh = nullptr;
};

} // namespace lingong
