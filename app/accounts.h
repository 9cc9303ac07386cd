#pragma once

#include "accountrepository.h"
#include "auditlog.h"
#include "clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lingong {

// A signed-in (or listed) staff member. Carries no secret.
struct StaffAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // clerk | admin
    bool active = true;
    QDateTime lockedUntil; // invalid when not locked
    QString lastLoginAt;

    bool isAdmin() const { return role == QLatin1String("admin"); }
    // What the audit log, the ledger and records' owner fields store.
    QString actor() const { return username; }
    QString label() const { return displayName.isEmpty() ? username : displayName; }
};

// Staff accounts of the service window: the first start creates an admin, clerks sign in with a
// password, five wrong passwords in a row lock the account for five minutes (time from the
// injected Clock). Passwords are hashed with libsodium's crypto_pwhash_str (argon2id, the
// library's interactive limits); only the hash is stored.
//
// Every change writes an audit row in the same transaction, and every sign-in attempt (good or
// bad) is audited. Refusals are Errors with a translated message; a wrong user name and a wrong
// password get the same message so that names cannot be probed.
class Accounts final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::Accounts)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;
    static constexpr int kMinPasswordLength = 8;
    // The documented account of demo databases (README "Service window"); created only by
    // ensureDemoAccount(), i.e. when a store is seeded with demo data.
    static constexpr const char* kDemoUsername = "demo";
    static constexpr const char* kDemoPassword = "demo-2468";

    Accounts(const Database& db, const Clock& clock, const AuditLog& audit);

    // True while the store has no account at all: the window must ask for the first admin.
    Result<bool> needsSetup() const;
    // Creates the first admin; refused once any account exists.
    Result<StaffAccount> createFirstAdmin(const QString& username, const QString& displayName,
                                          const QString& password);
    // An admin creates an account of `role` (clerk | admin).
    Result<StaffAccount> create(const StaffAccount& actor, const QString& username,
                                const QString& displayName, const QString& role,
                                const QString& password);

    // Checks the password. While the account is locked the password is not even tried. The fifth
    // wrong password in a row locks it for kLockMinutes (code "locked").
    Result<StaffAccount> login(const QString& username, const QString& password);

    // Own password (needs the current one) or, for an admin, anybody's (current one ignored).
    Status changePassword(const StaffAccount& actor, qint64 accountId, const QString& current,
                          const QString& fresh);
    // Admins only; an admin cannot disable themself.
    Status setActive(const StaffAccount& actor, qint64 accountId, bool active);

    Result<std::vector<StaffAccount>> list() const;
    Result<std::optional<StaffAccount>> find(const QString& username) const;

    // The demo admin (kDemoUsername / kDemoPassword) for demo databases; returns it when present.
    Result<StaffAccount> ensureDemoAccount();
    // True when the store holds demo postings and the demo admin exists, is active and still has
    // kDemoPassword: the sign-in page of such a demo store names it. Neither a sign-in attempt
    // nor audited.
    bool demoAccountOpen() const;

    static QString hashPassword(const QString& password);
    static bool verifyPassword(const QString& hash, const QString& password);

private:
    Status checkNew(const QString& username, const QString& password) const;
    Result<StaffAccount> insert(const QString& actor, const QString& username,
                                const QString& displayName, const QString& role,
                                const QString& password);
    static StaffAccount fromRow(const AccountRow& row);

    const Database& m_db;
    const Clock& m_clock;
    const AuditLog& m_audit;
    AccountRepository m_repo;
};

} // namespace lingong
