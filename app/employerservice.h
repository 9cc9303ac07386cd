#pragma once

#include "accounts.h"
#include "auditlog.h"
#include "employerrepository.h"
#include "entitystore.h"
#include "ledger.h"

#include <QCoreApplication>

namespace lingong {

// What a clerk entered for an employer (用工主体).
struct EmployerForm
{
    QString name;
    QString kind =
        QStringLiteral("enterprise"); // enterprise | individual | household | organisation
    QString creditCode; // required for enterprises and organisations; checked when given
    QString contactName;
    QString contactPhone;
    QString district;
    QString address;
    QString notes;
};

struct EmployerSaved
{
    QString id;
    bool existing = false; // the credit code was already registered: nothing new was written
    QJsonObject data;
    // update() over a record changed elsewhere since the form was opened: as SeekerSaved.
    QStringList keptTheirs;
    QStringList overTheirs;
};

// Registration, verification and blacklisting of employers (J3).
//
// Employers are unique by credit code: registering a code that exists returns that employer.
// Verification checks the unified social credit code (GB 32100) for enterprises, organisations
// and individual businesses that have one; a household employer is verified by the clerk who saw
// the documents. A blacklisted employer (黑中介, with a reason) cannot publish: blacklisting
// withdraws its open and waiting postings in the same transaction.
//
// Every write adds an audit row and a ledger entry in its transaction.
class EmployerService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::EmployerService)
    LINGONG_LEDGER_TEXT(lingong::EmployerService)

public:
    EmployerService(EntityStore& store, const Clock& clock, const AuditLog& audit);

    static QStringList kinds();
    // The form as stored, or the first problem in it (in the form's order).
    Result<EmployerForm> check(const EmployerForm& form) const;
    // Every problem in the form, in the form's order: a refused save names them all.
    std::vector<Error> problems(const EmployerForm& form) const;
    Result<EmployerSaved> registerEmployer(const EmployerForm& form, const StaffAccount& actor);
    // `base`: the record as the form was opened (SeekerService::update); empty: taken whole.
    Result<EmployerSaved> update(const QString& id, const EmployerForm& form,
                                 const StaffAccount& actor, const QJsonObject& base = {});
    Status verify(const QString& id, const StaffAccount& actor);
    // The check did not pass (the code does not match the licence, no licence was shown): the
    // employer is marked `rejected` with the clerk's reason, its published postings go back to
    // review (returns how many), and all of them wait there with that reason beside them.
    // Verifying later, once the papers are right, is allowed.
    Result<int> refuseVerification(const QString& id, const QString& reason,
                                   const StaffAccount& actor);
    // Undoes a verification or a refusal made in error: the employer is unverified again and its
    // next postings wait for review. Postings already published stay published.
    Status resetVerification(const QString& id, const StaffAccount& actor);
    // Returns how many postings were withdrawn.
    Result<int> blacklist(const QString& id, const QString& reason, const StaffAccount& actor);
    // Administrators only.
    Status liftBlacklist(const QString& id, const StaffAccount& actor);

    Result<std::optional<StoredEntity>> get(const QString& id) const;
    Result<std::vector<StoredEntity>>
    search(const QString& text, EmployerRepository::Filter filter = EmployerRepository::Filter::All,
           int limit = 500) const;

    static bool isVerified(const QJsonObject& employer);
    static bool isRefused(const QJsonObject& employer);
    static bool isBlacklisted(const QJsonObject& employer);
    static EmployerForm fromData(const QJsonObject& data);

private:
    EmployerForm checked(const EmployerForm& form, std::vector<Error>& found) const;
    Result<QJsonObject> load(const QString& id) const;
    // The employer's postings in a status of `from` get status `to`, each with an audit row;
    // returns how many. Inside the caller's transaction.
    Result<int> moveJobs(const QString& employerId, const QStringList& from, const QString& to,
                         const QString& auditAction, const QString& why, const StaffAccount& actor);
    // Saves a verification state (checking the credit code when it is "verified") with its ledger
    // entry and audit row, in one transaction.
    Status setVerification(const QString& id, const QString& state, const QString& note,
                           const char* ledgerLine, const QString& auditAction,
                           const StaffAccount& actor);
    EntityStore& m_store;
    const Clock& m_clock;
    const AuditLog& m_audit;
    EmployerRepository m_repo;
};

} // namespace lingong
