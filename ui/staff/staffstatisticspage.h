#pragma once

#include "staffpage.h"
#include "statistics.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace lingong {

// 月度统计 (L2, L3): a month's seekers, postings, matches and hires; every trade's or industry's
// 求人倍率 with the highest and lowest marked; the daily average wage by trade. 保存报表 writes
// the month as a CSV file for the monthly return, next to the store; 打印公示 prints
// the month's notice for the hall's notice board.
class StaffStatisticsPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffStatisticsPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;

    // Where 保存报表 offers to write the month's report the first time: beside the store.
    QString reportPath(const QDate& month) const;

private:
    // The last twelve months, this one first.
    void fillMonths();
    void fillBalances();
    // Asks where to save the report, then writes it there.
    void save();
    QString csv() const;
    // Prints the month's notice for the board (StaffStatsNotice), on A4.
    void printNotice();

    QComboBox* m_month = nullptr;
    QComboBox* m_by = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_services = nullptr; // tiered services and requests
    QTableWidget* m_balances = nullptr;
    QTableWidget* m_wages = nullptr;
    QTableWidget* m_people = nullptr; // L3: by gender, age and education
    QLabel* m_wageNote = nullptr;
    QLabel* m_message = nullptr;
    std::optional<MonthlyStatistics> m_stats;
};

} // namespace lingong
