#pragma once

#include "accounts.h"
#include "auditlog.h"
#include "entitystore.h"
#include "jobrepository.h"
#include "ledger.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace lingong {

struct JobSaved
{
    QString id;
    QJsonObject data; // as stored; data["status"] says whether it went live or waits for review
    // edit() over a posting changed elsewhere since the form was opened: as SeekerSaved.
    QStringList keptTheirs;
    QStringList overTheirs;
};

// Posting and the life of a job at the staff window (J1-J4).
//
// A posting is checked with validateJob() (all J1 fields, the J2 discrimination rules: the
// refusal carries the phrase in Error::detail). A posting by a clerk for a verified employer goes
// live at once; one for an unverified or unknown employer, and every posting from a kiosk or the
// platform, waits in the review queue (status pending_review) until a clerk publishes it (J3).
// A blacklisted employer cannot publish: posting, editing a live posting and publishing are
// refused. Postings past their valid-until date expire by themselves (expireDue()).
//
// Every write adds an audit row and, for the business actions, a ledger entry in its transaction.
class JobService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::JobService)
    LINGONG_LEDGER_TEXT(lingong::JobService)

public:
    JobService(EntityStore& store, const Clock& clock, const AuditLog& audit);

    // The live check of the editor: no write. `job` in the sync-protocol shape.
    Status check(const QJsonObject& job) const;
    // Every refusal check() finds, its own first (discriminatory phrases, then the J1 checks in
    // the form's order, one for each field): a refused form says them all at once.
    std::vector<Error> checkAll(const QJsonObject& job) const;

    Result<JobSaved> post(const QJsonObject& job, const StaffAccount& actor);
    // 我要招工 at a kiosk (KioskPosting::toJob): checked as any posting, stored waiting for
    // review with no employer, durable (and queued for sync) when this returns.
    Result<JobSaved> postFromKiosk(const QJsonObject& job);
    // Replaces the posting's fields; status, source and publication time stay. `base`: the
    // posting as the form was opened (SeekerService::update); empty: the form is taken whole.
    Result<JobSaved> edit(const QString& id, const QJsonObject& job, const StaffAccount& actor,
                          const QJsonObject& base = {});
    // pending_review (or withdrawn) -> published.
    Result<JobSaved> publish(const QString& id, const StaffAccount& actor);
    // A posting in review that will not be published: withdrawn, with the reason in the ledger.
    Status reject(const QString& id, const QString& reason, const StaffAccount& actor);
    Status withdraw(const QString& id, const StaffAccount& actor);
    Status markFilled(const QString& id, const StaffAccount& actor);
    // Published postings whose valid-until date has passed become expired. Returns how many.
    Result<int> expireDue();

    Result<std::optional<StoredEntity>> get(const QString& id) const;
    Result<JobPage> reviewQueue(int limit = 200) const;
    // Every posting (any status when `statuses` is empty), newest first. Six digits that are a
    // kiosk posting's reference() find those postings alone (else they are searched as text); a
    // phone number, the postings with that contact.
    Result<JobPage> list(const QString& text, const QStringList& statuses, int offset = 0,
                         int limit = 200) const;

    // The six digits a posting made at a kiosk is asked after by (受理号): worked out from its
    // id, so nothing more is stored or synced. Two postings may share them (one in a million);
    // list() then finds both.
    static QString reference(const QString& id);
    // The skills of work that asks for none, as postings say it (无特别要求).
    static QString noSkills();

    // Why a posting waits for review, in words for the clerk (empty when it need not).
    QStringList reviewReasons(const QJsonObject& job) const;
    // Pay from this much an hour up is far above gig work's and likely a wrong unit.
    static constexpr double kHighHourlyPay = 100;
    // What a clerk should check about the pay of a posting that is otherwise complete, in words
    // (empty when nothing): pay that works out at under `lowestHourlyPay` yuan an hour from its
    // lowest amount, or at kHighHourlyPay or more from its highest (a day of the hours its
    // working time names, else of 8 hours; a month of 21.75 days of 8 hours; pay by the piece or
    // project is not judged).
    static QStringList payCautions(const QJsonObject& job, int lowestHourlyPay);
    // An upper age limit in the title, skills or description (45岁以下, 18-45岁, 不超过50周岁),
    // each in words with the phrase. Not refused: the law names no age among the grounds of
    // discrimination (J2), and some work has limits of its own; but the hall serves older
    // workers first, so the clerk asks the employer whether the work needs it. A lowest age
    // (年满18周岁) is the law's own and not mentioned.
    static QStringList ageCautions(const QJsonObject& job);
    // The limits ageCautions() names: the oldest age each lets in, with its phrase as written;
    // `preferred` for a preference (45岁以下优先), `gender` (male | female) for a limit said of one
    // sex only (女50岁以下).
    struct AgeLimit
    {
        int oldest = 0;
        QString phrase;
        bool preferred = false;
        QString gender;
    };
    static std::vector<AgeLimit> ageLimits(const QJsonObject& job);
    // Pay by the piece or by the job has no hourly rate: it is weighed against the trade's open
    // postings paid in the same unit instead. A highest amount kUsualPayFactor times theirs
    // (their median, of at least kUsualPayPostings) or more, or a fifth or less, is most likely
    // a day's pay typed against 元/件 (the unit follows the trade chosen), or a slip. Posting
    // `id` (the one being edited) is not weighed against itself.
    QStringList usualPayCautions(const QJsonObject& job, const QString& id) const;
    static constexpr double kUsualPayFactor = 5;
    static constexpr int kUsualPayPostings = 3;

private:
    // Discrimination first (the refusal that matters most is never hidden behind a missing
    // field), then every J1 check.
    Status validate(const QJsonObject& job) const;
    std::vector<Error> problems(const QJsonObject& job) const;
    Result<std::optional<QJsonObject>> employerOf(const QJsonObject& job) const;
    // Stores a new posting `d` (checked) with its ledger entry by `staff` and its audit row by
    // `auditActor`, and commits `tx`.
    Result<JobSaved> insert(Transaction& tx, const QJsonObject& d, const QString& summary,
                            const QString& staff, const QString& auditActor);
    Status refuseBlacklisted(const std::optional<QJsonObject>& employer) const;
    Status setStatus(const QString& id, const QStringList& from, const QString& to,
                     const QString& action, const QString& ledgerKind,
                     const std::function<QString(const QString& title)>& summary,
                     const StaffAccount& actor, const QString& auditDetail = {});
    EntityStore& m_store;
    const Clock& m_clock;
    const AuditLog& m_audit;
    JobRepository m_jobs;
};

} // namespace lingong
