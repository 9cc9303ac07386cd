#pragma once

#include "ledger.h"
#include "referencedata.h"
#include "statsrepository.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace lingong {

// Supply and demand of one trade (an occupation or an industry) in one month.
struct TradeBalance
{
    QString name; // occupation or industry name; "" = industry unknown
    int postings = 0;
    int positions = 0;
    int seekers = 0;
    // positions ÷ seekers; empty when there are no seekers (see "求人倍率" below).
    std::optional<double> ratio;
};

struct Ranking
{
    std::vector<TradeBalance> highest; // highest ratio first
    std::vector<TradeBalance> lowest;  // lowest ratio first
    // Trades with positions but no seeker in the month (有岗无人), most positions first.
    std::vector<TradeBalance> noSeekers;
};

struct TradeWage
{
    QString occupation;
    double averagePerDay = 0; // yuan per day, positions-weighted
    int postings = 0;         // postings that entered the average
    int positions = 0;
};

// L3: people of one kind among those registered and those hired in a month.
struct ProfileRow
{
    QString dimension; // gender | age | education
    // gender: male | female; age: a band of StatisticsService::ageBand; education: as stored;
    // "" for not known.
    QString value;
    int seekers = 0;
    int hires = 0;
};

struct MonthlyStatistics
{
    QDate month;   // first day of the month
    QDate through; // last day included (the month's last day, or earlier for month to date)

    int seekersRegistered = 0;
    int postings = 0;
    int positions = 0;
    int applications = 0;    // made by the seekers themselves, at a kiosk or online
    int recommendations = 0; // made at a window
    int hires = 0;
    // Of those hires, the ones followed up (回访) as paid in full, and as not paid (so far).
    int hiresPaid = 0;
    int hiresUnpaid = 0;

    // S4: seekers registered in the priority tier, and the tiered services given them.
    int prioritySeekersRegistered = 0;
    int tieredGuidance = 0;
    int tieredRecommendations = 0;
    int tieredTraining = 0;
    // S2: one-to-one career guidance given to a job seeker not in difficulty (theirs is
    // tieredGuidance).
    int careerGuidance = 0;
    // S3: guidance on employment registration, basic pension insurance and occupational-injury
    // cover, given to anybody.
    int registrationGuidance = 0;
    int pensionGuidance = 0;
    int injuryGuidance = 0;
    // T5: complaints, reports, requests and call-backs.
    RequestCounts requests;

    // Every trade with postings or seekers in the month, by name.
    std::vector<TradeBalance> byOccupation;
    std::vector<TradeBalance> byIndustry;
    Ranking occupationRanking;
    Ranking industryRanking;

    // L3: the seekers registered and the people hired, by gender (male, female, then not known
    // when there are any), age band (every band, then not known) and education (every level of
    // the registration form from 小学 up, others after, not known last): the same rows every
    // month, so that months compare.
    std::vector<ProfileRow> profile;

    // Occupations with at least one posting that has a daily wage, highest first.
    std::vector<TradeWage> wages;
    // Postings left out of the wage averages, and why.
    int wageExcludedPiece = 0;
    int wageExcludedProject = 0;
    int wageExcludedUnstated = 0;

    bool isEmpty() const { return postings == 0 && seekersRegistered == 0; }
};

// The hall's own figures for the directory of gig markets (零工市场名录, L4): the seekers it
// registered, the trades it recruited for most and the people it placed a day, over the months up
// to a day. They fill in the hall's market entry (content kind "market"), which kiosks and the
// wall show and the platform collects.
struct DirectoryFigures
{
    Q_DECLARE_TR_FUNCTIONS(lingong::DirectoryFigures)
    LINGONG_LEDGER_TEXT(lingong::DirectoryFigures)

public:
    static constexpr int kMonths = 12; // the directory is brought up to date once a year
    static constexpr int kTrades = 5;
    static constexpr int kMostTrades = 8; // with the trades tied with the fifth

    QDate from;    // the first day counted: the 1st of the month kMonths - 1 before `through`'s
    QDate through; // the last day counted
    int seekersRegistered = 0;
    int hires = 0;
    // Days with a ledger entry made by staff and not struck out: the days the hall was at work.
    int ledgerDays = 0;
    // The trades with the most people wanted in postings published in the period, most first
    // (ties by name): kTrades, and those with as many people wanted as the last of them, up to
    // kMostTrades; moreTrades says that more were tied than that.
    std::vector<TradeBalance> mainTrades;
    bool moreTrades = false;

    // The days the daily figure is taken over: the ledger's days at work, or the calendar days
    // when the ledger has none.
    int daysCounted() const;
    double dailyPlacements() const; // hires ÷ daysCounted()

    // The entry's fields as they are published, in Chinese whatever the clerk's screen speaks (the
    // directory is an official list, as the ledger is):
    QString tradesText() const;      // 建筑搬运、家政保洁、… (等 when more were tied)
    QString seekerScaleText() const; // the seekers registered, with the period
    QString placementsText() const;  // the daily placements, with how they were counted
    QString periodText() const;      // 2025年12月1日至2026年11月22日
};

// Monthly statistics of the hall's own store (L2: the industries and occupations with the highest
// and lowest 求人倍率 and the daily average wage, published monthly; L3: seekers, postings,
// applications, recommendations and hires).
//
// Definitions. Times are hall-local (UTC+8): a month runs from the 1st 00:00 to the next month's
// 1st 00:00; a month-to-date report (`through`) ends at the end of that day.
// - A posting counts in the month it was published (published_at: when it went public at the
//   window, after review, or at the platform; created_at for a posting without one) if it went
//   public: status published, filled or expired, or withdrawn after it was published (taken
//   down later, it was still the month's demand, and a month's published figures do not change
//   when a posting is withdrawn weeks after). A posting sent in at the end of a month and
//   approved in the next counts in the next, as the ledger's review entry does, so a month
//   already reported keeps its postings. A withdrawn posting put up again, or one sent back to
//   review and approved again, is published again: it counts in that month instead. Postings
//   still waiting for review, those review turned down (review_note) or withdrawn before they
//   were ever published, and deleted rows are not demand. (A posting from the platform that
//   names no published_at went public when the platform sent it: withdrawn later, it counts in
//   the month it was created.)
// - Positions (招聘人数) are the sum of the counted postings' headcount; a headcount below 1
//   counts as 1.
// - A seeker counts in the month of registration (created_at), once (a person whose data was
//   deleted at their request since still counts: the registration took place; the records of a
//   person registered twice and merged count once), under the first occupation
//   of wanted_occupations (the first choice, as the official supply-and-demand returns count by
//   第一意向) and under that occupation's industry from the occupation list. A seeker with no
//   wanted occupation counts in seekersRegistered only.
// - The industry of a posting is its own industry field, or, when empty, its occupation's industry
//   from the occupation list; "" when neither is known.
// - 求人倍率 (demand/supply ratio) of a trade = positions ÷ seekers in the month. A trade with
//   seekers but no positions has ratio 0 and ranks lowest, never in `highest` (a month without
//   postings has no highest). A trade with positions but zero
//   seekers has no ratio (it would be infinite): it is listed in Ranking::noSeekers instead of
//   being ranked. A trade with neither is not listed.
// - Rankings hold the trades that have a ratio, ordered by ratio (ties: more positions first,
//   then name). `highest` takes the first n, `lowest` the last n, lowest first. When fewer than
//   2n trades have a ratio they are split so that no trade appears in both lists, `highest`
//   taking the larger half. A trade with the same ratio as the last one a list takes joins that
//   list too (a published ranking does not leave out one of two equal trades), as long as it is
//   not in the other list; so a list may hold more than n.
// - The daily wage of a posting is the middle of its pay range ((min + max) ÷ 2, or the one bound
//   given) normalised to a day: an hour's pay × the hours a day the posting's working time names
//   (Matching::hoursPerDay: 20 yuan for 8:00-12:00 is 80 a day, not 160), else × 8 standard
//   hours as in payunit.h; day as is; month ÷ 21.75 legal working days. Piece-rate and project pay
//   have no honest daily equivalent (it depends on output or on the length of the project), so
//   those postings stay out of the wage averages and are counted in wageExcludedPiece /
//   wageExcludedProject; postings with no pay stated are counted in wageExcludedUnstated. The daily
//   average wage of an occupation is the positions-weighted mean over its remaining postings; an
//   occupation with none has no entry.
// - applications: those seekers made themselves (kiosk, platform) created in the month;
//   recommendations: those made at a window in the month (recommended_at), whether the clerk
//   matched the person or took up a kiosk application; neither counts cancelled ones. They are
//   two figures, not one "matches": the ledger logs them apart too. hires: applications whose
//   status is hired and whose outcome_at lies in the month; hiresPaid / hiresUnpaid: those of
//   them whose pay was last followed up as settled / not settled (as it stands when counted, so
//   a hire paid late moves from the one to the other).
// - profile: the seekers counted above, and the people of the hires counted above, by gender and
//   education as on their record and by age in whole years (at registration; when hired), in
//   the bands 16-24, 25-34, 35-44, 45-54 and 55+ (and under 16, listed only when there is
//   anybody). A person whose data was deleted at their request, or a hire whose person is not on
//   record, counts as not known; a hire of a record merged into another counts as the person
//   kept.
// - prioritySeekersRegistered: seekers counted above whose tier is priority (困难零工人员, S4).
//   tieredGuidance / tieredRecommendations / tieredTraining: tiered-service records (the 1/3/1
//   package) whose time `at` lies in the month, of anybody. careerGuidance: the S2 career
//   guidance records (career_guidance) whose `at` lies in the month. registrationGuidance /
//   pensionGuidance / injuryGuidance: the S3 guidance records whose `at` lies in the month.
// - requests (T5: complaints, reports, requests and call-backs): received = created in the month;
//   closed = closed in the month, closedLate = of those, closed after their deadline; overdue =
//   made before, and due before, the end of the month (or `asOf`, when earlier) and not closed
//   by then.
//
// Thread-safety: const; usable from any thread.
class StatisticsService final
{
public:
    StatisticsService(const Database& db, const ReferenceData& reference);

    // Statistics of the month containing `day`, up to and including `through` (default: the
    // whole month); `asOf` (UTC), when valid, is now in a month not over yet: without it the
    // overdue requests are counted at the end of `through`, as if nobody closed any before.
    // Fails only when the store does.
    Result<MonthlyStatistics> month(const QDate& day, const QDate& through = {},
                                    const QDateTime& asOf = {}) const;

    // The directory figures (DirectoryFigures) of the months up to and including `through`.
    // Fails only when the store does.
    Result<DirectoryFigures> directory(const QDate& through) const;

    // The age band of a person of `age` whole years ("16-24" … "55+"; "-15" under 16; "" for
    // -1, not known).
    static QString ageBand(int age);
    static QStringList ageBands();

    // The ranking rule above, for any list of balances; n >= 0.
    static Ranking rank(const std::vector<TradeBalance>& trades, int n);

    // Pay normalised to a day by the rule above (pay by the hour for `hoursPerDay` hours, when
    // above 0); nullopt for piece, project, unknown units and pay not stated.
    static std::optional<double> dailyWage(double payMin, double payMax, const QString& unit,
                                           double hoursPerDay = 0);

    // The daily average wage over every trade of `wages`, weighted by the people wanted as each
    // trade's own is; nullopt without any.
    static std::optional<double> overallDailyWage(const std::vector<TradeWage>& wages);

    static constexpr int kRankingSize = 5;

private:
    static std::vector<ProfileRow> profileRows(const std::vector<PersonGroup>& seekers,
                                               const std::vector<PersonGroup>& hires);

    StatsRepository m_repo;
    const ReferenceData& m_reference;
};

} // namespace lingong
