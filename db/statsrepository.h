#pragma once

#include "entitystore.h"

#include <QDate>

#include <map>
#include <utility>
#include <vector>

namespace lingong {

// Postings that share occupation, industry and pay terms, counted together (the statistics
// normalise pay per group instead of per row, so a month of a busy hall stays a few hundred rows).
struct PostingGroup
{
    QString occupation;
    QString industry; // as stored on the posting; may be empty
    QString payUnit;
    QString workHours; // as written on the posting, for pay by the hour only ("" otherwise)
    double payMin = 0;
    double payMax = 0;
    int postings = 0;
    int positions = 0; // sum of headcount, a headcount below 1 counting as 1
};

// Complaints and requests (T5) over a period.
struct RequestCounts
{
    int received = 0;   // created in the period
    int closed = 0;     // closed in the period
    int closedLate = 0; // of those, closed after their deadline
    int overdue = 0;    // past their deadline and not closed at the end of the period
};

struct SeekerGroup
{
    QString occupation; // the first of wanted_occupations; empty when the list is empty
    int seekers = 0;
};

// People of one kind (gender, age, education) counted together (L3).
struct PersonGroup
{
    QString gender;    // male | female | "" (not known)
    int age = -1;      // whole years at the time counted; -1 when the birth date is not known
    QString education; // as stored; may be empty
    int people = 0;
};

// Read-only queries behind the monthly statistics and the wall screen. Time bounds are RFC 3339
// UTC strings as stored (Clock::toWire); a range is [from, to).
//
// Thread-safety: const and stateless; usable from any thread (Database gives each thread its own
// connection).
class StatsRepository final
{
public:
    explicit StatsRepository(const Database& db)
        : m_db(db)
    {}

    // Postings published in [from, to) (published_at; created_at for one without) that are
    // public: not deleted, status published, filled or expired (pending_review and withdrawn are
    // left out). Grouped as PostingGroup.
    Result<std::vector<PostingGroup>> postingsPublished(const QString& from,
                                                        const QString& to) const;

    // Seekers registered (created_at) in [from, to), grouped by first wanted occupation: those on
    // record and those deleted since at their own request, not the records merged into another.
    Result<std::vector<SeekerGroup>> seekersRegistered(const QString& from,
                                                       const QString& to) const;

    // The same seekers by gender, age at registration (hall time) and education.
    Result<std::vector<PersonGroup>> seekerProfiles(const QString& from, const QString& to) const;
    // The people of the hires counted by hires() by gender, age when hired and education; a hire
    // whose person is not on record counts with all three not known.
    Result<std::vector<PersonGroup>> hireProfiles(const QString& from, const QString& to) const;
    // Of those, the ones in the priority tier (困难零工人员, S4).
    Result<int> prioritySeekersRegistered(const QString& from, const QString& to) const;
    // Services recorded for seekers (service_record) given in [from, to) (`at`), not deleted, by
    // kind: the tiered ones (S4: guidance, recommendation, training) and the guidance on
    // registration and insurance (S3: registration_guidance, pension_guidance, injury_guidance).
    Result<std::map<QString, int>> tieredServices(const QString& from, const QString& to) const;
    // Complaints and requests not deleted; `end` (<= to) is the moment the overdue ones are
    // counted at: the end of the period, or now for a period not over yet.
    Result<RequestCounts> requests(const QString& from, const QString& to,
                                   const QString& end) const;

    // Applications people made themselves (kiosk or platform) created in [from, to), not deleted
    // and not cancelled.
    Result<int> selfApplications(const QString& from, const QString& to) const;
    // Recommendations made at a window (recommended_at in [from, to)), of a person the clerk
    // matched or of an application made at a kiosk; not deleted and not cancelled.
    Result<int> recommendations(const QString& from, const QString& to) const;
    // Applications with status hired whose outcome_at lies in [from, to), not deleted.
    Result<int> hires(const QString& from, const QString& to) const;
    // Of those hires, the ones whose pay was followed up as settled, and as not settled.
    Result<std::pair<int, int>> hiresByPay(const QString& from, const QString& to) const;
    // Hall-local days from `first` to `last` (inclusive) on which the work ledger has an entry
    // made by staff (not one a kiosk made by itself) that was not struck out by hand (one an
    // action's correction struck out still tells of work done): the days the hall's windows were
    // at work.
    Result<int> ledgerDays(const QDate& first, const QDate& last) const;

    // Every content item of `kind` that is not deleted, by sort_order then newest first. Validity
    // (valid_from / valid_until) is left to the caller, which knows the clock.
    Result<std::vector<StoredEntity>> contentOfKind(const QString& kind, int limit = 200) const;

private:
    Result<std::vector<PersonGroup>> profiles(const QString& sql, const QString& from,
                                              const QString& to) const;
    // Applications whose time `stamp` lies in [from, to), not deleted, meeting `condition`.
    Result<int> applications(const char* stamp, const char* condition, const QString& from,
                             const QString& to) const;

    const Database& m_db;
};

} // namespace lingong
