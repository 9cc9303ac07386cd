#pragma once

#include "clock.h"
#include "database.h"
#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace lingong {

// One change in the hub's log: the sync-protocol envelope plus what the hub adds.
struct HubChange
{
    qint64 seq = 0; // 0 until applied
    QString changeId;
    QString entity;
    QString entityId;
    QString op; // upsert | delete
    qint64 baseSeq = 0;
    QString modifiedAt;
    QString origin;
    QJsonObject data; // empty for delete
    // From pull(): the stored JSON text of `data`, unparsed, for the answer to carry as it is
    // (`data` stays empty then).
    QByteArray rawData;
    QString receivedAt;
    QString deviceId; // the device whose token pushed it; "" for the platform's own changes
};

// The answer to one pushed change (sync-protocol.md, Push).
struct HubOutcome
{
    enum class Status
    {
        Applied,
        Duplicate,
        Superseded,
        Rejected
    };
    Status status = Status::Rejected;
    qint64 seq = 0;    // applied/duplicate: the change's seq; superseded: the winning seq
    QJsonObject error; // rejected: {"code", "message", ...}

    static QString statusName(Status s);
};

// One page of a pull.
struct HubPage
{
    std::vector<HubChange> changes;
    qint64 next = 0;
    bool more = false;
    // Whether the log holds the change at `after` (always, for after = 0). A cursor a terminal
    // read up to that the log does not hold means the log was restored from an older copy or
    // replaced: knownUntil is then the last seq before it that the log does hold (0: none).
    bool afterKnown = true;
    qint64 knownUntil = 0;
};

// The hub's change log and its receipts (tables hub_change, hub_receipt; schema 7).
//
// Every change ever pushed leaves a receipt keyed by change_id, so a change sent again gets the
// same answer: `duplicate` with its first seq if it was applied, otherwise the same status (and
// error) as before; a resent change never changes anything.
//
// Thread-safety: usable from any thread (each thread has its own connection), but seq order is
// only as strict as SQLite's write lock makes it: push() and publish() hold BEGIN IMMEDIATE.
class HubStore final
{
public:
    HubStore(const Database& db, const Clock& clock);

    // Decides whether a change may be applied, given the entity's current (last applied) change
    // on the hub, if any. Returns the error object of a rejection, or nullopt to go on. `index` is
    // the change's position in the batch. Called inside the push transaction, only for changes
    // without a receipt.
    using Check = std::function<std::optional<QJsonObject>(
        int index, const HubChange& change, const std::optional<HubChange>& current)>;

    // Pushes a batch in one transaction, committed (synchronous=FULL) before this returns. For
    // each change, in order: a known change_id answers from its receipt; else `check` may reject
    // it; else a base_seq older than the entity's current seq is `superseded`; else it is
    // appended and `applied`. `deviceId` is recorded with every change and receipt. On a database
    // error nothing of the batch is stored and the Error is returned.
    Result<std::vector<HubOutcome>> push(const std::vector<HubChange>& changes,
                                         const QString& deviceId, const Check& check);

    // Appends a change that originates at the platform itself (no receipt needed: the change id
    // is new). base_seq is the entity's current seq. Returns the new seq.
    Result<qint64> publish(const QString& entity, const QString& id, const QString& op,
                           const QJsonObject& data, const QString& origin);
    struct Publication
    {
        QString entity;
        QString id;
        QString op;
        QJsonObject data;
    };
    // Several publications in one transaction (bulk seeding). Returns the last seq.
    Result<qint64> publishAll(const std::vector<Publication>& items, const QString& origin);

    // Changes with seq > after, ascending, at most `limit` of them. When `entities` is not empty
    // only changes of those entities are returned, but `next` still moves past the rows skipped:
    // it is the seq of the last change returned when `more`, else the highest seq in the log
    // (never less than `after`). `more` is true when a visible change follows the page.
    Result<HubPage> pull(qint64 after, int limit, const QStringList& entities = {}) const;

    // The last applied change for this entity, or nullopt.
    Result<std::optional<HubChange>> current(const QString& entity, const QString& id) const;
    // The device whose token sent this entity's first change ("" for the platform's own, and
    // when the hub has none).
    Result<QString> firstDevice(const QString& entity, const QString& id) const;
    // The seq of the last applied change for this entity; 0 when the hub has none.
    Result<qint64> currentSeq(const QString& entity, const QString& id) const;

    // At the start of each run of the hub: every seq handed out from now on is larger than any
    // an earlier run can have handed out, as the log's sequence moves up to the time now in
    // microseconds since 1970 (never down). A hub started on a database restored from an older
    // copy, or on a new one, thus never hands out again a seq its terminals have read past: its
    // new changes reach them all, and pull() tells each that its cursor is no longer in the log.
    Status startRun();

    Result<qint64> maxSeq() const;
    Result<int> changeCount() const;
    Result<int> receiptCount() const;

private:
    Result<qint64> append(const HubChange& change);
    // A job seeker deleted (their data removed, or merged into another record): the log keeps
    // none of their record's versions' data.
    Status forgetSeeker(const QString& id);
    // An application's or complaint's mobile taken out: none of its earlier versions keeps it,
    // and a complaint's earlier versions have the details of `now`, the version taking it out.
    Status forgetPhone(const QString& entity, const QString& id, const QJsonObject& now);
    Result<std::optional<HubOutcome>> receipt(const QString& changeId) const;
    Status writeReceipt(const QString& changeId, const HubOutcome& outcome, const QString& deviceId,
                        const QString& receivedAt);
    static HubChange fromRow(const QSqlQuery& q, bool parseData = true);

    const Database& m_db;
    const Clock& m_clock;
};

} // namespace lingong
