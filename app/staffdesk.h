#pragma once

#include "accounts.h"
#include "auditlog.h"
#include "complaintservice.h"
#include "ledger.h"
#include "ledgerrepository.h"
#include "seekerservice.h"

#include <QCoreApplication>

namespace lingong {

// The window's actions on services shared with the kiosk (seekers, complaints, the ledger), each
// with the audit row of the clerk who did it in the same transaction. The services themselves stay
// usable without a signed-in person (a kiosk has none).
class StaffDesk final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffDesk)
    LINGONG_LEDGER_TEXT(lingong::StaffDesk)

public:
    StaffDesk(EntityStore& store, const Clock& clock, const AuditLog& audit);

    SeekerService& seekers() { return m_seekers; }
    ComplaintService& complaints() { return m_complaints; }

    // Registers, or opens the person already registered with that ID number (existing = true).
    Result<SeekerSaved> registerSeeker(SeekerForm form, const StaffAccount& actor);
    // SeekerService::update, audited; `base` as there.
    Result<SeekerSaved> updateSeeker(const QString& id, const SeekerForm& form,
                                     const StaffAccount& actor, const QJsonObject& base = {});
    // The person asked for their data to be deleted (PIPL; the kiosk's consent screen promises
    // it): the record goes, everywhere at the next sync, keeping no personal data here, and the
    // mobile number leaves their applications, complaints and call-back requests. `reason` is
    // required (the audit log keeps it).
    Status deleteSeeker(const QString& id, const QString& reason, const StaffAccount& actor);
    // `text` without the person named `name`, nor any ID number or mobile in it: each replaced
    // by a word in Chinese saying what was there (the details of a deleted person's request).
    static QString withoutPerson(QString text, const QString& name);
    // The open complaints and call-back requests made with this seeker's mobile: after a
    // deletion nobody can call them back.
    Result<int> openRequestsOf(const QString& seekerId) const;
    // SeekerService::mergeTwins, audited.
    Result<SeekerSaved> mergeSeekerTwins(const QString& id, const StaffAccount& actor);

    // ComplaintService::record, audited; `employerId` as there.
    Result<QString> recordComplaint(const QString& kind, const QString& category,
                                    const QString& phone, const QString& description,
                                    const StaffAccount& actor, const QString& employerId = {},
                                    const QString& applicationId = {});
    Status takeOverComplaint(const QString& id, const StaffAccount& actor);
    // Needs a resolution note; adds a ledger entry.
    Status closeComplaint(const QString& id, const QString& resolution, const StaffAccount& actor);

    // Hand-written ledger entries: kind consultation | enquiry | other. `summary` must not hold
    // personal data (the form says so).
    static QStringList manualLedgerKinds();
    // An entry added by hand in error is struck out with the reason, by the clerk who added it
    // or an administrator: it stays listed, marked, and leaves the day's counts.
    Status strikeLedgerEntry(const QString& id, const QString& reason, const StaffAccount& actor);
    Result<QString> addLedgerEntry(const QString& kind, const QString& summary,
                                   const StaffAccount& actor);
    Result<std::vector<StoredEntity>> ledger(const QDate& day, const QString& kind) const;
    Result<std::map<QString, int>> ledgerCounts(const QDate& day) const;
    // A month's ledger (the month of `day`), up to `through` when given: every entry, newest
    // first, and the counts per kind (struck-out entries listed, not counted).
    Result<std::vector<StoredEntity>> ledgerOfMonth(const QDate& day, const QString& kind,
                                                    const QDate& through = {}) const;
    Result<std::map<QString, int>> ledgerCountsOfMonth(const QDate& day,
                                                       const QDate& through = {}) const;

private:
    EntityStore& m_store;
    const AuditLog& m_audit;
    SeekerService m_seekers;
    ComplaintService m_complaints;
    LedgerRepository m_ledger;
};

} // namespace lingong
