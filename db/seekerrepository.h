#pragma once

#include "entitystore.h"

#include <QDate>

#include <vector>

namespace lingong {

// Queries over job seekers. Writes go through EntityStore (entities::seeker()).
//
// Identity numbers are never searched in clear: a caller passes the keyed hash of the full,
// normalised number (keyedHash(id, store.hashKey())), which the store keeps in `id_hash`.
class SeekerRepository final
{
public:
    explicit SeekerRepository(const EntityStore& store)
        : m_store(store)
    {}

    // The live (not deleted) seeker with this ID hash, if any.
    Result<std::optional<StoredEntity>> findByIdHash(const QString& idHash) const;
    // Every live seeker with this ID hash, oldest registration first: more than one when the
    // same person was registered twice before the terminals synced.
    Result<std::vector<StoredEntity>> findAllByIdHash(const QString& idHash) const;
    // Live seekers whose ID number is on more than one live record, grouped by number, oldest
    // first within a group; at most `limit`.
    Result<std::vector<StoredEntity>> registeredTwice(int limit = 200) const;
    // Live seekers with this 11-digit mobile number, newest first.
    Result<std::vector<StoredEntity>> findByPhone(const QString& phone) const;
    // Seekers whose mobile ends in `digits` (手机尾号: the last four or more digits).
    Result<std::vector<StoredEntity>> findByPhoneEnding(const QString& digits,
                                                        int limit = 50) const;
    // Live seekers whose name contains `text` (any length), then newest first; at most `limit`.
    Result<std::vector<StoredEntity>> findByName(const QString& text, int limit = 50) const;
    // A registered seeker's full name written in `text`, if any. Only Chinese names of three
    // characters or more count: two-character ones (高峰, 林业) are too often ordinary words.
    Result<QString> nameWrittenIn(const QString& text) const;
    // The live seeker whose records took in `id` by a merge (its `merged_ids`), if any.
    Result<QString> mergedInto(const QString& id) const;
    // Live seekers, newest first, for lists.
    Result<std::vector<StoredEntity>> recent(int limit = 50) const;
    // Live women born on or before `womenBornBy` and men on or before `menBornBy` whose
    // difficulties do not list "older" yet.
    Result<std::vector<StoredEntity>> olderNotMarked(const QDate& womenBornBy,
                                                     const QDate& menBornBy) const;

private:
    Result<std::vector<StoredEntity>>
    select(const QString& where, const QVariantList& values, int limit,
           const QString& order = QStringLiteral("created_at DESC, id")) const;
    const EntityStore& m_store;
};

// Moves what refers to seeker `from` (applications, service records, ledger entries) to seeker
// `to`, each as a change that syncs; with `origin`, only rows that terminal wrote last. Joins an
// open transaction.
Status moveSeekerReferences(EntityStore& store, const QString& from, const QString& to,
                            const QString& origin = {});

} // namespace lingong
