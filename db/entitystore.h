#pragma once

#include "clock.h"
#include "database.h"
#include "entityspec.h"
#include "result.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace lingong {

// One synced entity as stored here.
struct StoredEntity
{
    QString id;
    QJsonObject data; // the protocol `data` shape (derived columns left out)
    qint64 version = 0;
    qint64 serverSeq = 0;
    QString modifiedAt;
    QString origin;
    bool deleted = false;
};

// Rows for EntityStore::importRows, already turned into the values its statement binds (text as
// UTF-8 in one buffer). Making one reads nothing from the store, so any thread may: demo seeding
// makes the next batch while the one before it is written.
class ImportBatch final
{
public:
    // What every row of a load shares: the key of derived hashes (EntityStore::hashKey) and the
    // time stamped on the rows (modified_at, and created_at where the row has none).
    struct Context
    {
        QByteArray hashKey;
        QString now;
    };

    ImportBatch(const EntitySpec& spec, const std::vector<std::pair<QString, QJsonObject>>& rows,
                const QString& source, const Context& context);

    const EntitySpec& spec() const { return *m_spec; }
    qsizetype rowCount() const { return m_columns ? qsizetype(m_values.size()) / m_columns : 0; }

private:
    friend class EntityStore;
    // One bound value; text and blobs point into m_bytes.
    struct Value
    {
        enum class Kind : quint8
        {
            Null,
            Int,
            Real,
            Text,
            Blob
        };
        Kind kind = Kind::Null;
        qint64 i = 0; // Int; for Text and Blob the offset into m_bytes
        double d = 0;
        qsizetype size = 0; // Text and Blob
    };
    void add(const QVariant& v);

    const EntitySpec* m_spec;
    int m_columns = 0; // values per row: id, the spec's columns, modified_at, origin
    std::vector<Value> m_values;
    QByteArray m_bytes;
};

// Writes and reads of synced entities through their EntitySpec.
//
// Every local write (a person confirmed it) changes the row and appends its outbox change in the
// same transaction, with synchronous=FULL: when save()/remove() return ok the change is on disk
// and queued for the platform. A caller that needs several writes to land together opens a
// Transaction around them; the store's own transactions nest as savepoints.
//
// Thread-safety: usable from any thread; each thread gets its own connection.
class EntityStore final
{
public:
    EntityStore(const Database& db, const Clock& clock, QString deviceId);

    const Database& database() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    QString deviceId() const { return m_deviceId; }

    // Insert or update; returns the data as stored (created_at filled in).
    Result<QJsonObject> save(const EntitySpec& spec, const QString& id, const QJsonObject& data);
    // Tombstone: the row stays with deleted = 1 so the delete can sync.
    Status remove(const EntitySpec& spec, const QString& id);
    // Queues the row as it stands (an upsert, or a delete once deleted) to be sent again, on top
    // of the seq the platform gave it; the row itself is not changed.
    Status resend(const EntitySpec& spec, const QString& id);

    // nullopt when there is no such row. Tombstones are returned only with includeDeleted.
    Result<std::optional<StoredEntity>> get(const EntitySpec& spec, const QString& id,
                                            bool includeDeleted = false) const;

    // Applies a change pulled from the platform: no outbox row. Ignored (returns false) when the
    // row already carries this seq or a newer one, which makes re-applying a page harmless.
    Result<bool> applyRemote(const EntitySpec& spec, const QString& id, const QString& op,
                             const QJsonObject& data, qint64 seq, const QString& modifiedAt,
                             const QString& origin);

    // Several pulled changes in a row, as one pull page: see RemoteApplier.
    class RemoteApplier;

    // Blanks the given fields of a row (data minimisation) without an outbox change: the platform
    // already holds the entity. Derived columns follow; the server seq stays.
    Status purgeFields(const EntitySpec& spec, const QString& id, const QStringList& jsonPaths);

    // Moves the row's server seq up to `seq` (never down) without touching its data: the platform
    // acknowledged this terminal's own change.
    Status raiseServerSeq(const EntitySpec& spec, const QString& id, qint64 seq);

    // Bulk load with no outbox rows (demo data, benchmarks), in one transaction.
    Status importRows(const EntitySpec& spec,
                      const std::vector<std::pair<QString, QJsonObject>>& rows,
                      const QString& source);
    Status importRows(const ImportBatch& batch);
    // The context of an ImportBatch for this store, stamped now.
    ImportBatch::Context importContext() const;

    // Runs `load` (importRows calls, say) with a large page cache. When `spec`'s table is empty
    // at the start, its indexes are dropped first and made again once at the end (see
    // Database::deferIndexes): sorting a million keys once is far cheaper than putting every
    // batch into pages all over them. They are made again also when `load` fails.
    Status bulkLoad(const EntitySpec& spec, const std::function<Status()>& load);

    // Helpers for repositories: the SELECT list for a spec and turning a row into a StoredEntity.
    static QString selectColumns(const EntitySpec& spec);
    static StoredEntity fromRow(const EntitySpec& spec, const QSqlQuery& q);

    QByteArray hashKey() const;
    // Rows of `spec` (tombstones included) whose `column` (a column name of the spec or a common
    // column such as origin; never user input) equals `value`.
    Result<int> countWhereEquals(const EntitySpec& spec, const QString& column,
                                 const QString& value) const;
    // All live rows of `spec`.
    Result<int> countLive(const EntitySpec& spec) const;
    static QString newId();

    // Bumped after every commit this process makes through any EntityStore; watchers compare it
    // (changes by other processes are seen through PRAGMA data_version instead).
    static quint64 generation() { return s_generation.load(); }

private:
    // The page cache of a bulk load (importRows), in KiB.
    static constexpr int kImportCacheKiB = 262144;

    Status writeRow(const EntitySpec& spec, const QString& id, const QJsonObject& data,
                    bool deleted, std::optional<qint64> serverSeq, const QString& modifiedAt,
                    const QString& origin);
    // `base`: the record as it stood before this change (empty: not known, or a new record).
    Status appendOutbox(const EntitySpec& spec, const QString& id, const QString& op,
                        qint64 baseSeq, const QString& modifiedAt, const QJsonObject& data,
                        const QJsonObject& base = {});

    const Database& m_db;
    const Clock& m_clock;
    QString m_deviceId;
    mutable QByteArray m_hashKey;
    static std::atomic<quint64> s_generation;
};

// Applies pulled changes one after another with the rules of EntityStore::applyRemote, inside
// the caller's Transaction (required: no per-change savepoint), with each entity kind's statements
// prepared once. New jobs skip the per-row search-index trigger; finish() indexes them in one
// statement and must run before the caller commits. Used on one thread, for one page.
class EntityStore::RemoteApplier final
{
public:
    explicit RemoteApplier(EntityStore& store);
    ~RemoteApplier();
    RemoteApplier(const RemoteApplier&) = delete;
    RemoteApplier& operator=(const RemoteApplier&) = delete;

    // True when the change altered the row (false: this seq or a newer one is already here, or a
    // delete of a row never had).
    Result<bool> apply(const EntitySpec& spec, const QString& id, const QString& op,
                       const QJsonObject& data, qint64 seq, const QString& modifiedAt,
                       const QString& origin);
    Status finish();

private:
    struct Statements;
    Statements& statementsFor(const EntitySpec& spec);

    EntityStore& m_store;
    DeriveContext m_ctx;
    std::vector<std::pair<const EntitySpec*, std::unique_ptr<Statements>>> m_statements;
    bool m_bulkChecked = false; // a job came: bulk indexing begun here or already under way
    bool m_bulkIndex = false;   // begun here: new jobs wait for finish() to be indexed
    bool m_altered = false;
};

} // namespace lingong
