#pragma once

#include "auditlog.h"
#include "entitystore.h"
#include "syncjournal.h"

#include <QCoreApplication>

namespace lingong {

// What staff do about changes the platform did not take (sync-protocol.md: superseded edits are
// kept visible as conflicts; rejected changes leave the queue and are shown to staff). Every
// decision is in the audit log.
class SyncDesk final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::SyncDesk)

public:
    SyncDesk(EntityStore& store, const AuditLog& audit);

    Result<std::vector<SyncConflict>> conflicts() const;
    Result<std::vector<OutboxChange>> rejected() const;

    // The platform's version stays; the local edit is closed as seen.
    Status keepPlatform(qint64 conflictId, const QString& actor) const;
    // The local edit is saved again on top of the platform's version, as a new change.
    Status sendAgain(qint64 conflictId, const QString& actor) const;
    // A refused change is acknowledged and leaves the queue (the record stays as it is locally;
    // staff correct it and save, which sends a new change).
    Status dismissRejected(qint64 outboxSeq, const QString& actor) const;
    // Staff took note that the platform's log was found behind this terminal (its administrator
    // has dealt with it): the warning goes.
    Status dismissPlatformBehind(const QString& actor) const;

    // A short, readable name for a record of `entity` ("小区保洁（日结）", "韦**").
    static QString recordLabel(const QString& entity, const QJsonObject& data);
    static QString entityLabel(const QString& entity);
    // The platform's version of a conflict's record, once a pull has brought it here (nullopt
    // until then); an empty object when the platform no longer has the record.
    Result<std::optional<QJsonObject>> platformVersion(const SyncConflict& conflict) const;
    // Fields of a record's data (top-level keys), in words, in a fixed order; bookkeeping and
    // derived fields are left out, any other unknown ones said once as "other details".
    static QStringList fieldNames(const QStringList& keys);
    // The fields where this window's edit and the platform's version differ, in words.
    static QStringList differences(const QJsonObject& local, const QJsonObject& platform);
    // The named fields (those fieldNames() gives words for) where they differ, as keys, in the
    // same order; with fieldName(key) for each.
    static QStringList differingFields(const QJsonObject& local, const QJsonObject& platform);
    static QString fieldName(const QString& key);
    // Of the differing fields, those that sendAgain() puts over the platform's version: the ones
    // this window's edit changed, or all of them when the record as it was before the edit is
    // not known.
    static QStringList sentAgainFields(const SyncConflict& conflict, const QJsonObject& platform);

private:
    // The conflict, or a not_found error when it is gone (already resolved elsewhere).
    Result<SyncConflict> openConflict(qint64 conflictId) const;

    EntityStore& m_store;
    const AuditLog& m_audit;
    SyncJournal m_journal;
};

} // namespace lingong
