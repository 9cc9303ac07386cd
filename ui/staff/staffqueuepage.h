#pragma once

#include "staffpage.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace lingong {

class StaffOutcomeBar;
class StaffTableModel;

// 报名队列 (M3): applications made at the kiosks arrive here at once (the store is watched), with
// their six-digit confirmation numbers. A clerk finds one by its number, links the registered
// seeker, and records recommendation, interview and outcome.
class StaffQueuePage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffQueuePage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;
    int badge() const override;
    void prepareForScreenshot() override;

private:
    void findNumber();
    void selectionChanged();
    void linkSeeker();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_number = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_detail = nullptr;
    QWidget* m_link = nullptr;
    QWidget* m_reveal = nullptr;
    QWidget* m_open = nullptr;
    StaffOutcomeBar* m_outcomes = nullptr;
};

} // namespace lingong
