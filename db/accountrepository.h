#pragma once

#include "database.h"

#include <optional>
#include <vector>

namespace lingong {

// One staff account as stored (table staff_account, migration 003). The password hash never
// leaves app/accounts.
struct AccountRow
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // clerk | admin
    QString passwordHash;
    int failedCount = 0;
    QString lockedUntil; // RFC 3339 UTC or ''
    bool active = true;
    QString createdAt;
    QString lastLoginAt;
    QString passwordChangedAt;
};

// Reads and writes of staff accounts. Local to this terminal (not synced). Every write joins the
// caller's open transaction, so an account change and its audit row land together.
class AccountRepository final
{
public:
    explicit AccountRepository(const Database& db)
        : m_db(db)
    {}

    Result<int> count() const;
    // Usernames compare case-insensitively.
    Result<std::optional<AccountRow>> findByUsername(const QString& username) const;
    Result<std::optional<AccountRow>> get(qint64 id) const;
    // By username.
    Result<std::vector<AccountRow>> list() const;

    // Returns the new id. Fails with code "duplicate" when the username is taken.
    Result<qint64> insert(const AccountRow& row) const;
    Status setFailures(qint64 id, int failedCount, const QString& lockedUntil) const;
    Status recordLogin(qint64 id, const QString& at) const;
    Status setPasswordHash(qint64 id, const QString& hash, const QString& changedAt) const;
    Status setActive(qint64 id, bool active) const;
    Status setRole(qint64 id, const QString& role) const;

private:
    Result<std::vector<AccountRow>> select(const QString& where, const QVariantList& values) const;
    Status update(const QString& set, const QVariantList& values) const;
    const Database& m_db;
};

} // namespace lingong
