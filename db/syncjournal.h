#pragma once

#include "entitystore.h"
#include "syncstate.h"

#include <QJsonObject>

#include <vector>

namespace lingong {

// The platform's answer for one pushed change (sync-protocol.md "Push").
struct PushOutcome
{
    QString changeId;
    QString status; // applied | duplicate | superseded | rejected
    qint64 seq = 0;
    QString error; // readable reason, for rejected
};

// One change of a pull page.
struct PulledChange
{
    qint64 seq = 0;
    QString changeId;
    QString entity;
    QString id;
    QString op;
    QString modifiedAt;
    QString origin;
    QJsonObject data;
};

// A local edit the platform refused as superseded, kept for staff.
struct SyncConflict
{
    qint64 id = 0;
    QString changeId;
    QString entity;
    QString entityId;
    QString op;
    qint64 baseSeq = 0;
    qint64 serverSeq = 0;
    QJsonObject localData;
    QString createdAt;
    // The record as it stood here before the edit (empty when not known: a new record, or an
    // edit kept before schema 30). Where it differs from localData is what the edit changed.
    QJsonObject baseData;
};

// The client side's bookkeeping for sync-protocol.md, over the outbox, sync_state and
// sync_conflict tables. Each method that changes anything runs in one transaction.
//
// base_seq rules: a change carries the server seq its origin had seen when the edit was made
// (EntityStore writes it). When a change is acknowledged (applied, duplicate, or seen coming back
// in a pull), the entity's server_seq moves up to the change's seq and the later pending changes
// of the same entity are rebased onto it: they were made on top of the acknowledged one.
// A push batch carries at most one change per entity, so a rebase always happens before the next
// change of that entity is sent.
class SyncJournal final
{
public:
    explicit SyncJournal(EntityStore& store);

    static constexpr const char* kCursorKey = "pull_cursor";

    // The oldest pending changes, at most one per entity, in outbox order.
    Result<std::vector<OutboxChange>> nextPushBatch(int limit) const;

    // Records the answers to one push. Changes without an answer stay pending. With
    // `minimiseSeekers` (a kiosk, S5) a seeker this terminal registered keeps no personal fields
    // once the platform holds it and no local edit of it is still waiting.
    Status recordPush(const std::vector<OutboxChange>& sent,
                      const std::vector<PushOutcome>& outcomes, bool minimiseSeekers) const;

    // A push that got no usable answer: attempts and the error are noted, the changes stay.
    Status notePushFailure(const std::vector<OutboxChange>& sent, const QString& error) const;

    // Applies one pull page and stores `next` as the cursor, in one transaction. A change this
    // terminal pushed itself (its change_id is still in the outbox because the answer was lost)
    // counts as acknowledged; data is not rewritten while newer local edits of that entity wait.
    // Unknown entity kinds are skipped. Returns how many changes altered the store.
    Result<int> applyPullPage(const std::vector<PulledChange>& changes, qint64 next,
                              bool minimiseSeekers) const;

    Result<qint64> cursor() const;

    // S5 on a kiosk: an application keeps the applicant's mobile only while it serves there, to
    // tell someone applying again for the same open job that they have applied already. Once the
    // platform holds the application and its job is no longer open, the mobile is cleared here
    // (not on the platform: nothing is sent). A job opened again later does not bring it back:
    // someone applying for it again gets a new application. Returns how many were cleared.
    Result<int> minimiseClosedApplications(const QDate& today) const;
    // A window that recorded something for a seeker another window has since merged away
    // (SeekerService::mergeTwins) moves it to the record kept, as changes that sync. Returns how
    // many seekers' references moved.
    Result<int> followMergedSeekers() const;
    // The sync conflicts and refused changes held here about job seekers whose records were
    // deleted elsewhere at the person's request are dropped, with what was typed in them (S5),
    // as forgetSeeker() does for a deletion made here. A record deleted by a merge is told from
    // one deleted as such by the record that took it in: one lists it, or one holds the ID
    // number typed in the items (which stay when none was typed). Returns for how many seekers.
    Result<int> forgetDeletedSeekers() const;
    // After the platform was found to have lost its log past `knownUntil` (restored from an
    // older copy): what this terminal sent that the platform had taken past that point is
    // queued again, as each record now stands (EntityStore::resend), unless a change of it
    // waits already. Job seekers stay out when `withSeekers` is false (a kiosk, whose records
    // have given up their personal data). Returns how many records.
    Result<int> resendLost(qint64 knownUntil, bool withSeekers) const;

    Result<std::vector<SyncConflict>> openConflicts() const;
    Result<std::optional<SyncConflict>> conflict(qint64 id) const;
    // Staff decided: resolution "kept_platform" or "sent_again". A pulled page closes a
    // conflict by itself ("same_as_platform") when the platform's version is what this terminal
    // sent, or a delete as this terminal's.
    Status resolveConflict(qint64 id, const QString& resolution) const;
    // Staff acknowledged a refused change: it leaves the outbox for good.
    Status dismissRejected(qint64 outboxSeq) const;

    // Takes the mobile out of an application or complaint at a person's request
    // (StaffDesk::deleteSeeker), as a change that syncs, and keeps which change did: if it loses
    // to an edit made elsewhere, it drops without a sync conflict, and forgetPhonesAgain() takes
    // the mobile out of the winner. The sync conflicts held here about the record lose the mobile
    // too. Text fields of `rewrite` (a complaint's details and resolution, the person taken out
    // of them) replace the record's, here and in what the changes and conflicts held keep.
    Status takePhoneOut(const EntitySpec& spec, const StoredEntity& row,
                        const QJsonObject& rewrite = {}) const;
    // Whether this terminal took the record's mobile out so.
    Result<bool> phoneTakenOut(const EntitySpec& spec, const QString& id) const;
    // Takes the mobile out again of each record noted above that has it back (the change that
    // took it out lost, or an edit from before was sent again over it), as a change that syncs.
    // Returns how many.
    Result<int> forgetPhonesAgain() const;

    // A job seeker whose data is deleted here on request: their record keeps no personal data,
    // and nothing waits here holding it: no sync conflict about them, no refused change. (A
    // deletion pulled keeps its conflicts: it is mostly a merge, whose edits staff may want.)
    Status forgetSeeker(const QString& id) const;

private:
    Status acknowledge(const OutboxChange& change, qint64 seq, bool minimiseSeekers) const;
    Status minimiseSeeker(const QString& id) const;
    Result<bool> hasLaterPending(const OutboxChange& change) const;
    // This terminal already holds the platform's version `winnerSeq` of the change's entity,
    // and it is just what the change says.
    Result<bool> holdsWinner(const OutboxChange& change, qint64 winnerSeq) const;

    EntityStore& m_store;
    const Database& m_db;
    SyncState m_state;
};

} // namespace lingong
