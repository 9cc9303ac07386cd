#pragma once

#include "entitystore.h"
#include "openjobindex.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <memory>
#include <mutex>

namespace lingong {

// What a job list asks for. Empty filters mean "any".
struct JobQuery
{
    enum class Sort
    {
        Newest, // published last first (a posting without a publication time: written last)
        HighestPay,
        SoonestStart
    };

    QString text;          // free text (title, occupation, skills, place, employer, description)
    QStringList districts; // a place matches under each of its names (Places::spellings)
    QStringList occupations;
    QStringList payUnits;
    QStringList settlements;
    QStringList forms;
    std::optional<bool> publicWelfare;
    // The digits of a contact's phone: postings whose contact has that number, however it was
    // written (a person asking at the window after their posting; not indexed, staff only).
    QString contactPhone;
    bool openOnly = true; // status published and valid_until not before `today`
    QStringList statuses; // used when openOnly is false; empty = any
    QDate today;          // hall-local date for openOnly
    Sort sort = Sort::Newest;
    int offset = 0;
    int limit = 20;
    int countCap = 1000; // counting stops here; see JobPage::totalCapped
};

struct JobPage
{
    std::vector<StoredEntity> jobs;
    int total = 0;            // matching rows, at most countCap
    bool totalCapped = false; // true when there are more than countCap ("1000+")
    bool orderedScan = false; // the plan: walked the order (else started from text hits)
    bool fromTrigram = false; // the text hits were those of one of its trigrams, then tested
};

struct OccupationCount
{
    QString occupation;
    int jobs = 0;
    int positions = 0; // sum of headcount
};

// Queries over job postings. Writes go through EntityStore (entities::job()).
class JobRepository final
{
public:
    explicit JobRepository(const EntityStore& store)
        : m_store(store)
    {}

    Result<JobPage> search(const JobQuery& asked) const;
    // Open postings per occupation (status published, not expired on `today`), by occupation.
    Result<std::vector<OccupationCount>> openCountsByOccupation(const QDate& today) const;
    // The highest pay of up to `limit` open postings of `occupation` paid in `unit` (posting
    // `except` left out), newest first: what the trade pays now.
    Result<std::vector<double>> openPayMaxima(const QString& occupation, const QString& unit,
                                              const QDate& today, const QString& except,
                                              int limit) const;
    // How many open postings `query` (its filters, not its text) finds for each value of
    // `column` (district, pay_unit, settlement or form) when that column's own filter is left
    // out: what each choice of a list's filter would show. Places are counted under their name
    // now (Places::canonical).
    Result<QHash<QString, int>> openCountsBy(const JobQuery& query, const QString& column) const;
    // Up to `limit` open postings, those published last first (published_at, or created_at when
    // the posting came without it).
    Result<std::vector<StoredEntity>> newestPublished(const QDate& today, int limit) const;
    // Published postings whose valid_until lies before `today` become expired (through the store,
    // so the change syncs). Returns how many.
    Result<int> expirePast(EntityStore& store, const QDate& today) const;

    // The searchable text of a job row as an SQL expression (the trigram index holds it followed
    // by two spaces; see migration 006).
    static QString searchBody();

private:
    // Open lists, through the in-memory index.
    Result<JobPage> searchOpen(const JobQuery& query, const OpenJobIndex& index) const;
    // Any list, in SQL.
    Result<JobPage> searchStore(const JobQuery& query) const;

    // Text search plan choice: how many of the newest open postings are sampled.
    static constexpr int kSample = 500;
    // How many trigram-index hits cost as much as testing one row's text (about 2 µs against
    // 25 to 40 ns: a hit is handed over inside SQLite, then looked up and filtered or put in a
    // set).
    static constexpr double kRowTestCost = 50;
    // Text of four or more characters: the rest of its hits are taken from one trigram's when
    // that costs less by this factor (the first of them in the order are then tested too, and
    // may not settle the page).
    static constexpr double kAmongMargin = 1.25;
    // Entries of the job change log kept when expirePast() trims it.
    static constexpr int kChangesKept = 10000;

    const EntityStore& m_store;
    mutable std::mutex m_openMutex;
    mutable std::unique_ptr<OpenJobIndex> m_open; // built on the first open list
};

} // namespace lingong
