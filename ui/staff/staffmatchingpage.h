#pragma once

#include "staffpage.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lingong {

struct JobPage;
class StaffOutcomeBar;
class StaffTableModel;

// 即时快招 (M1-M2): for a seeker, ranked jobs with the reasons; for a job, ranked seekers with
// 困难 people first among comparable ones. Recommend, then record interview and outcome with
// their times.
class StaffMatchingPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffMatchingPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;
    void prepareForScreenshot() override;
    void openSeeker(const QString& id);
    void openJob(const QString& id);
    bool forSeeker() const { return m_forSeeker; }
    QString subjectId() const { return m_subjectId; }

private:
    // A trade's name in the interface's language.
    std::function<QString(const QString&)> tradeName() const;
    // Why a pairing fits, in the interface's language: the trade by the name it reads there.
    QString reasonsText(const QStringList& reasons, const QString& occupation) const;
    void setMode(bool forSeeker);
    void find();
    // "韦春燕  4501**********1234  139****1001": the person as the list of people found names
    // them.
    static QString seekerLabel(const QJsonObject& seeker);
    void subjectPicked();
    // The words looked for among all open jobs gone, without loading the list again.
    void clearAmong();
    // The list for the words typed among all open jobs, and what they found (or, none typed,
    // the best matches again).
    void lookAmong();
    // What looking for `words` among the open jobs found (`page`), `shown` of them listed.
    QString amongMessage(const QString& words, const JobPage& page, int shown) const;
    // False when the list could not be loaded (the message says why; the list is emptied).
    bool loadResults();
    void focusResults();
    void loadPairings();
    void recommend();
    // Enter in the list: recommends the one chosen; the best match the list opened on is first
    // named, and recommended on a second Enter.
    void enterPressed();

protected:
    // ↑ or ↓ in the list with nothing chosen chooses the row the cursor is on.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Who to call about the result chosen: the employer's contact with the number, or the
    // seeker, whose mobile is shown (and logged) on request.
    void showCall();
    // The same for `e`; after a recommendation, the one just recommended.
    // `recommended`: e was just recommended (the list has moved on to the next one).
    // The chosen row's reasons, whole, under the results.
    void showWhy();
    // What the clerk tells the person before sending them (hours, address, what is asked, the
    // employer's words), or asks about a person (age, skills): the chosen row's, one line.
    QString particulars(const StoredEntity& e) const;
    void showCallFor(const StoredEntity* e, bool recommended = false);
    void showSeekerCall(const StoredEntity& e, const QString& phone);
    void revealMobile();
    // 推荐信: the letter of the pairing chosen below, to the printer (D1).
    void printReferral();

    bool m_forSeeker = true;
    QString m_subjectId;
    QPushButton* m_modeSeeker = nullptr;
    QPushButton* m_modeJob = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_subject = nullptr;
    QWidget* m_amongRow = nullptr;
    QLineEdit* m_among = nullptr; // words looked for among all open jobs, for a person
    QString m_amongFound;         // what the words found when the list was last loaded
    // How many open jobs the words find are ranked.
    static constexpr int kAmongLimit = 100;
    QLabel* m_summary = nullptr;
    // A posting's summary without its hires, and how many it wants (0: a person is matched).
    QString m_summaryBase;
    int m_headcount = 0;
    QLabel* m_message = nullptr;
    StaffTableModel* m_results = nullptr;
    QTableView* m_resultTable = nullptr;
    QPushButton* m_recommend = nullptr;
    QLabel* m_call = nullptr;
    QLabel* m_why = nullptr;
    QLabel* m_particulars = nullptr; // the chosen job's hours, address and asks; a person's age
    QPushButton* m_reveal = nullptr;
    std::optional<StoredEntity> m_callFor; // whom m_call names
    bool m_callRecommended = false;        // m_callFor was just recommended
    QString m_autoChosen;   // the first row, chosen when the list was loaded, not by the clerk
    QString m_enterPending; // named by an Enter, recommended by the next
    StaffTableModel* m_pairings = nullptr;
    QTableView* m_pairingTable = nullptr;
    StaffOutcomeBar* m_outcomes = nullptr;
    QPushButton* m_printReferral = nullptr;
};

} // namespace lingong
