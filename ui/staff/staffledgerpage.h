#pragma once

#include "staffpage.h"

#include <map>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lingong {

class StaffTableModel;

// 工作日志台账 (L1): every business action's entry, filtered by day and kind, with the day's
// totals; consultations and enquiries are added by hand.
class StaffLedgerPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffLedgerPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;

private:
    void add();
    void strike();
    void updateStrike();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_day = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_newKind = nullptr;
    QLineEdit* m_summary = nullptr;
    QLineEdit* m_strikeReason = nullptr;
    QPushButton* m_strike = nullptr;
    std::map<QString, QString> m_staffNames; // user name → the name shown
};

} // namespace lingong
