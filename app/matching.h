#pragma once

#include "accounts.h"
#include "applicationrepository.h"
#include "auditlog.h"
#include "entitystore.h"
#include "ledger.h"
#include "matchingrepository.h"

#include <QCoreApplication>
#include <QDate>

namespace lingong {

// How well one seeker and one job fit (M2): 0-100 points from four criteria, with the reasons a
// clerk reads out.
//   trade (工种)         40  the job's occupation is one the seeker wants (20 if they named none);
//                            among one person's jobs, 35 for a trade after their first choice
//   district (地点)      25  a district they want (12 if none named, 10 in the same city)
//   pay (薪资)           20  pay per day reaches their expectation (10 within 15 % below it, or
//                            when either side cannot be compared per day)
//   availability (到岗)  15  the start date suits when they can start
// A person past an upper age the posting names (45岁以下) loses kPastAgeLimit points, the reason
// said first: the clerk asks the employer whether the work needs it before sending them.
inline constexpr int kPastAgeLimit = 40;
struct MatchScore
{
    int points = 0;
    QStringList reasons;
    // Candidates in the same band of ten points are comparable (M2: 困难 first among them).
    int band() const { return points / 10; }
};

struct RankedJob
{
    StoredEntity job;
    MatchScore score;
};

struct RankedSeeker
{
    StoredEntity seeker;
    MatchScore score;
    bool priority = false; // 困难零工人员
};

// What an outcome did besides the application itself.
struct OutcomeResult
{
    QString status;
    bool jobFilled = false;   // the hire reached the posting's headcount: it is now filled
    bool jobReopened = false; // a corrected hire had filled the posting: it recruits again
};

// Matching at the window (M1-M3): ranked suggestions with reasons, recommendations and the
// outcomes of every seeker-job pairing, and the live queue of kiosk applications.
//
// Applications move applied -> recommended -> interviewed -> hired | not_hired | no_show (steps
// may be skipped; a final outcome is final), each step stamped with its time. Each step adds a
// ledger entry and an audit row in its transaction; a recommendation to a 困难 seeker also
// counts towards their tiered service (TieredService "recommendation").
class Matching final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::Matching)
    LINGONG_LEDGER_TEXT(lingong::Matching)

public:
    Matching(EntityStore& store, const AuditLog& audit);

    // How a trade wanted after the first choice counts.
    enum class Trades
    {
        // Ranking one person's jobs: their first choice first (35 points for another trade).
        FirstChoiceFirst,
        // Ranking people for one job: any trade they want is as good (40), so that a person
        // with difficulties is not put behind another for the order they ticked trades in.
        AnyWanted
    };
    // Pure scoring and ranking, for the window and for tests on hand-made fixtures.
    static MatchScore score(const QJsonObject& seeker, const QJsonObject& job, const QDate& today,
                            Trades trades = Trades::FirstChoiceFirst);
    // The hours a day that a posting's working time names as clock ranges ("8:00-12:00",
    // "10:00-14:00，17:00-21:00", "8点-17点"), summed; 0 when it names none, or implausibly
    // many (over 16).
    static double hoursPerDay(const QString& workHours);
    // What a day of the posting brings at most: its highest pay, by the hour for the hours its
    // working time names (else 8), by the month over 21.75 days; 0 for pay by the piece or the
    // project, or none stated.
    static double bestPayPerDay(const QJsonObject& job);
    // Best first: points, then pay per day, then newest. A person who named no district gets
    // work near `hall` (the hall's district, then the rest of its city) first among jobs of equal
    // points, before pay: most come on foot or by bus.
    static std::vector<RankedJob> rankJobs(const QJsonObject& seeker,
                                           const std::vector<StoredEntity>& jobs,
                                           const QDate& today, int limit, const QString& hall = {});
    // Best band first; within a band 困难 seekers first, then points, then who registered
    // earliest (has waited longest).
    static std::vector<RankedSeeker> rankSeekers(const QJsonObject& job,
                                                 const std::vector<StoredEntity>& seekers,
                                                 const QDate& today, int limit);
    static bool isPriority(const QJsonObject& seeker);
    // A few of `ranked` to suggest to a person who named `trades`, most wanted first: the best
    // of each trade in the order named (the first choice, ★, first), then the best of the rest.
    static std::vector<RankedJob> suggestions(const std::vector<RankedJob>& ranked,
                                              const QStringList& trades, int count);

    // The hall's district, for rankJobs() (empty: none).
    void setHallDistrict(const QString& district) { m_hallDistrict = district; }
    Result<std::vector<RankedJob>> jobsForSeeker(const QString& seekerId, int limit = 30) const;
    // `jobs` found another way (the open postings a clerk's words find) ranked for the seeker as
    // jobsForSeeker() ranks its own; those the person is already paired with are left out.
    Result<std::vector<RankedJob>>
    rankForSeeker(const QString& seekerId, const std::vector<StoredEntity>& jobs, int limit) const;
    // Seekers already paired with the job (any status but cancelled) are left out.
    Result<std::vector<RankedSeeker>> seekersForJob(const QString& jobId, int limit = 30) const;

    // Pairs a seeker with an open job as "recommended" (a kiosk application of theirs for it is
    // promoted). Returns the application id.
    Result<QString> recommend(const QString& seekerId, const QString& jobId,
                              const StaffAccount& actor);
    // status: recommended | interviewed | hired | not_hired | no_show | cancelled.
    Result<OutcomeResult> recordOutcome(const QString& applicationId, const QString& status,
                                        const StaffAccount& actor);
    // A recommendation made by mistake, or that the person or the employer turned down before
    // any interview, is taken back: a pairing made at the window is cancelled, and one that came
    // as a kiosk application goes back to the queue as that application. It no longer counts as
    // a recommendation in the figures, nor in a priority seeker's tiered services. Only from
    // "recommended"; returns the status the application moved to (cancelled | applied).
    Result<QString> withdrawRecommendation(const QString& applicationId, const StaffAccount& actor);
    // A final outcome recorded by mistake (hired, not hired, no-show) becomes another of them, with
    // the clerk's reason in the ledger and the audit log. The monthly figures follow, as they
    // count the applications' outcomes.
    Result<OutcomeResult> correctOutcome(const QString& applicationId, const QString& status,
                                         const QString& reason, const StaffAccount& actor);
    // 回访 after a hire (到岗): the work was finished and paid for (`settled`), or the pay is not
    // settled (the hall then follows it up against wage arrears, T4). Only for a hire; recorded
    // again when it changes (not settled, then paid after all), each time with its time, a ledger
    // entry and an audit row. The same answer again records nothing and is no error.
    Status recordPay(const QString& applicationId, bool settled, const StaffAccount& actor);
    // Attaches a registered seeker to an application that came with a phone only.
    Status linkSeeker(const QString& applicationId, const QString& seekerId,
                      const StaffAccount& actor);

    // Kiosk applications nobody has handled yet (status applied), newest first.
    Result<std::vector<StoredEntity>> queue() const;
    Result<std::vector<StoredEntity>> forSeeker(const QString& seekerId) const;
    Result<std::vector<StoredEntity>> forJob(const QString& jobId) const;

    static bool isFinal(const QString& status);
    static bool canMove(const QString& from, const QString& to);

private:
    // rankForSeeker() for the person `seekerId` whose record is `s`.
    Result<std::vector<RankedJob>> rankFor(const QString& seekerId, const QJsonObject& s,
                                           const std::vector<StoredEntity>& jobs, int limit) const;
    // The pairings of the person `seekerId` whose record is `seeker` (forSeeker()).
    Result<std::vector<StoredEntity>> pairingsOf(const QString& seekerId,
                                                 const QJsonObject& seeker) const;
    // `summary` of a ledger entry about `job`, with the employer named when the job has one.
    static QString withEmployer(const QString& summary, const StoredEntity* job);
    // The fields of application `applicationId`; not_found when it is gone.
    Result<QJsonObject> applicationData(const QString& applicationId) const;
    // The posting follows its hires: a published one whose hires reached its headcount becomes
    // filled; with `reopen`, a filled one still valid whose hires fell below it recruits again.
    // Returns the status it moved to, or "" when it stays.
    Result<QString> followHires(const QString& jobId, bool reopen, const StaffAccount& actor);

    EntityStore& m_store;
    QString m_hallDistrict;
    const AuditLog& m_audit;
    ApplicationRepository m_applications;
    MatchingRepository m_candidates;
};

} // namespace lingong
