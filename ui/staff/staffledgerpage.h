#pragma once

#include "staffpage.h"

#include <map>
#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lingong {

class StaffTableModel;

// 工作日志台账 (L1): every business action's entry, filtered by day or month and kind, with the
// totals; consultations and enquiries are added by hand. The day or month shown is saved as a
// CSV report for the record.
class StaffLedgerPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffLedgerPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;

    // Where 保存台账 offers to write the ledger shown the first time: beside the store.
    QString reportPath() const;
    // The ledger shown (day or month, every kind), as saved.
    QString csv() const;

private:
    bool wholeMonth() const;
    // The entries and counts shown: of the day, or of the month.
    // The entries of the day (month), of `kind` or all, each with whom it concerns (_who).
    Result<std::vector<StoredEntity>> entries(const QString& kind) const;
    // Whom an entry concerns, looked up now from what it refers to (so that a person deleted
    // since is named nowhere): the job seeker (by name, or the masked mobile of a kiosk
    // application), or the employer of a posting. Empty for the rest (a complaint's caller).
    // `_who_masked` has a person's name masked, for a report saved.
    void nameWho(std::vector<StoredEntity>& rows) const;
    Result<std::vector<std::pair<QString, int>>> counts() const;
    QString clerkName(const QString& staff) const;
    void add();
    void strike();
    // The hires of kFollowUpAfterDays or more ago whose pay nobody has followed up (回访) yet,
    // each opened in 即时快招 where the follow-up is recorded.
    void showFollowUpsOwed();
    static constexpr int kFollowUpAfterDays = 3;
    void updateStrike();
    // Where an entry leads: the person's registration (a registration, a consultation), 即时快招
    // of the person (a recommendation or its outcome; of the posting when a kiosk applicant has
    // no registration), the posting, or the employer. None for an entry added by hand or a
    // complaint; Gone when what it named is no longer kept (a person deleted at their own
    // request).
    struct Case
    {
        enum Kind
        {
            None,
            Gone,
            Seeker,
            MatchSeeker,
            MatchJob,
            Job,
            Employer
        } kind = None;
        QString id;
    };
    Case caseOf(const StoredEntity* entry) const;
    void openCase();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_day = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_newKind = nullptr;
    QLineEdit* m_summary = nullptr;
    QLineEdit* m_strikeReason = nullptr;
    QPushButton* m_strike = nullptr;
    QPushButton* m_open = nullptr;
    std::map<QString, QString> m_staffNames; // user name → the name shown
};

} // namespace lingong
