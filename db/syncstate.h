#pragma once

#include "database.h"

#include <vector>

namespace lingong {

struct OutboxChange
{
    qint64 seq = 0;
    QString changeId;
    QString entity;
    QString entityId;
    QString op;
    qint64 baseSeq = 0;
    QString modifiedAt;
    QString origin;
    QString data; // compact JSON, empty for delete
    QString state;
    int attempts = 0;
    QString lastError;
};

// The sync bookkeeping tables: outbox (local changes waiting for the platform), key/value sync
// state (pull cursor, device id, last success and error) and conflicts.
class SyncState final
{
public:
    explicit SyncState(const Database& db)
        : m_db(db)
    {}

    Result<int> pendingCount() const;
    Result<int> rejectedCount() const;
    Result<int> conflictCount() const;
    // Highest outbox seq ever used here (0: none); grows with every local change.
    Result<qint64> lastOutboxSeq() const;
    // Oldest first.
    Result<std::vector<OutboxChange>> pending(int limit) const;
    Result<std::vector<OutboxChange>> rejected() const;

    // Keys the sync engine keeps here for people to see (app/sync/syncengine.h readSyncStatus).
    static constexpr const char* kLastSuccess = "last_success"; // RFC 3339; empty: never
    static constexpr const char* kLastError = "last_error";     // readable; empty after success
    static constexpr const char* kOnline = "online";            // "1": the platform answered
    // "<platform's highest seq> <this terminal's cursor>" when the platform's log ends before
    // what this terminal has read already (restored from an older copy, or replaced); else "".
    static constexpr const char* kPlatformBehind = "platform_behind";
    static constexpr const char* kWaitingForStaff = "waiting_for_staff"; // "1": retries stopped
    // What the platform said of this terminal's token when it does not suit the terminal, else
    // "": its scope ("public" at a service window, "staff" at a kiosk or wall screen), and the
    // device it was issued for when that is another one.
    static constexpr const char* kTokenScope = "token_scope";
    static constexpr const char* kTokenDevice = "token_device";
    // How far this terminal's clock is from the platform's, in seconds (positive: ahead), when
    // more than SyncEngine::kClockSkewLimitSec; empty otherwise.
    static constexpr const char* kClockSkew = "clock_skew";
    // "<until> <cursor>": where the platform's log was last found to end and how far this
    // terminal had read then, once what it had sent past that end was queued again
    // (SyncJournal::resendLost); else "".
    static constexpr const char* kResentAfter = "resent_after";

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value) const;

    // This terminal's device id: stored on first use as "<prefix>-<8 hex>".
    Result<QString> deviceId(const QString& prefix) const;

private:
    friend class SyncJournal;
    Result<std::vector<OutboxChange>> select(const QString& where,
                                             const QVariantList& values) const;
    const Database& m_db;
};

} // namespace lingong
