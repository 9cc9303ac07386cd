#include "entitystore.h"

#include <algorithm>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QUuid>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace lingong {

std::atomic<quint64> EntityStore::s_generation{0};

namespace {
const QStringList kCommon{QStringLiteral("version"), QStringLiteral("server_seq"),
                          QStringLiteral("modified_at"), QStringLiteral("origin"),
                          QStringLiteral("deleted")};
} // namespace

EntityStore::EntityStore(const Database& db, const Clock& clock, QString deviceId)
    : m_db(db)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
{}

QString EntityStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray EntityStore::hashKey() const
{
    if (!m_hashKey.isEmpty())
        return m_hashKey;
    auto r = m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'id_hash_key'"));
    if (r.ok() && r.value().isValid()) {
        m_hashKey = QByteArray::fromHex(r.value().toString().toLatin1());
        return m_hashKey;
    }
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    // INSERT OR IGNORE + re-read: another process may have created the key at the same moment.
    (void)m_db.exec(
        QStringLiteral("INSERT OR IGNORE INTO sync_state(key, value) VALUES('id_hash_key', ?)"),
        {QString::fromLatin1(key.toHex())});
    auto again =
        m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'id_hash_key'"));
    m_hashKey = again.ok() ? QByteArray::fromHex(again.value().toString().toLatin1()) : key;
    return m_hashKey;
}

QString EntityStore::selectColumns(const EntitySpec& spec)
{
    QStringList cols{QStringLiteral("id")};
    for (const ColumnSpec& c : spec.columns)
        cols << c.column;
    cols << kCommon;
    return cols.join(QLatin1String(", "));
}

StoredEntity EntityStore::fromRow(const EntitySpec& spec, const QSqlQuery& q)
{
    StoredEntity e;
    e.id = q.value(0).toString();
    // Values inside objects (pay.min, location.district) are gathered per object, which is set
    // once: setting them one by one would copy the object each time.
    QVarLengthArray<std::pair<QStringView, QJsonObject>, 4> inner;
    int i = 1;
    for (const ColumnSpec& c : spec.columns) {
        const QVariant v = q.value(i++);
        if (c.derive)
            continue;
        QJsonValue j;
        switch (c.type) {
        case ColumnSpec::Type::Text:
            j = v.toString();
            break;
        case ColumnSpec::Type::Int:
            j = v.toLongLong();
            break;
        case ColumnSpec::Type::Real:
            j = v.toDouble();
            break;
        case ColumnSpec::Type::Bool:
            j = v.toInt() != 0;
            break;
        case ColumnSpec::Type::Json: {
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
            j = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
            break;
        }
        }
        const qsizetype dot = c.jsonPath.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            e.data.insert(c.jsonPath, j);
            continue;
        }
        const QStringView head = QStringView(c.jsonPath).left(dot);
        auto it = std::find_if(inner.begin(), inner.end(),
                               [&](const auto& o) { return o.first == head; });
        if (it == inner.end())
            it = inner.insert(inner.end(), {head, QJsonObject()});
        it->second.insert(QStringView(c.jsonPath).mid(dot + 1), j);
    }
    // (No spec names an object both whole and by its members.)
    for (const auto& [head, object] : inner)
        e.data.insert(head, object);
    e.version = q.value(i++).toLongLong();
    e.serverSeq = q.value(i++).toLongLong();
    e.modifiedAt = q.value(i++).toString();
    e.origin = q.value(i++).toString();
    e.deleted = q.value(i++).toInt() != 0;
    return e;
}

Result<std::optional<StoredEntity>> EntityStore::get(const EntitySpec& spec, const QString& id,
                                                     bool includeDeleted) const
{
    auto r = m_db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(spec), spec.table),
        {id});
    if (!r.ok())
        return r.error();
    QSqlQuery& q = r.value();
    if (!q.next())
        return std::optional<StoredEntity>();
    StoredEntity e = fromRow(spec, q);
    if (e.deleted && !includeDeleted)
        return std::optional<StoredEntity>();
    return std::optional<StoredEntity>(std::move(e));
}

namespace {

// Sets a connection's page cache to `kib` KiB for its lifetime, then back to what it was. The
// size is only changed when it could be read.
class LargeCache final
{
public:
    LargeCache(const Database& db, int kib)
        : m_db(db)
        , m_size(db.scalar(QStringLiteral("PRAGMA cache_size")).valueOr({}))
    {
        if (m_size.isValid())
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    }
    ~LargeCache()
    {
        if (m_size.isValid())
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_size.toLongLong()));
    }
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    const Database& m_db;
    QVariant m_size;
};

// Bulk indexing of new jobs (migration 010): from here on, rows inserted into job stay out of the
// trigram index until finishBulkIndex() indexes them all in one statement, with their text as it
// is by then. Both run inside the caller's transaction. A bulk load already under way (one
// writer nested in another) is left to the one that began it: the result says whether this call
// began one, and only then may the caller finish it.
Result<bool> beginBulkIndex(const Database& db)
{
    auto r = db.exec(QStringLiteral("UPDATE search_control SET bulk = "
                                    "(SELECT COALESCE(MAX(rowid), 0) + 1 FROM job) "
                                    "WHERE id = 1 AND bulk = 0"));
    if (!r.ok())
        return r.error();
    return r.value().numRowsAffected() > 0;
}

Status finishBulkIndex(const Database& db)
{
    auto fill = db.exec(QStringLiteral(
        "INSERT INTO job_fts(rowid, body) SELECT rowid, body FROM job_search_body "
        "WHERE rowid >= (SELECT bulk FROM search_control WHERE id = 1 AND bulk > 0)"));
    if (!fill.ok())
        return fill.error();
    // The bulk rows' keys are logged as one range (migration 012).
    auto logged = db.exec(QStringLiteral("INSERT INTO job_change(job) SELECT -bulk FROM "
                                         "search_control WHERE id = 1 AND bulk > 0"));
    if (!logged.ok())
        return logged.error();
    auto done = db.exec(QStringLiteral("UPDATE search_control SET bulk = 0 WHERE id = 1"));
    if (!done.ok())
        return done.error();
    return {};
}

// INSERT ... ON CONFLICT DO UPDATE of a whole row; binds id, the spec's columns, modified_at,
// origin, deleted and, with `withServerSeq`, server_seq.
QString upsertSql(const EntitySpec& spec, bool withServerSeq)
{
    QStringList cols{QStringLiteral("id")};
    QStringList updates;
    for (const ColumnSpec& c : spec.columns) {
        cols << c.column;
        updates << QStringLiteral("%1 = excluded.%1").arg(c.column);
    }
    cols << QStringLiteral("modified_at") << QStringLiteral("origin") << QStringLiteral("deleted");
    updates << QStringLiteral("modified_at = excluded.modified_at")
            << QStringLiteral("origin = excluded.origin")
            << QStringLiteral("deleted = excluded.deleted")
            << QStringLiteral("version = %1.version + 1").arg(spec.table);
    if (withServerSeq) {
        cols << QStringLiteral("server_seq");
        updates << QStringLiteral("server_seq = excluded.server_seq");
    }
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(spec.table, cols.join(QLatin1String(", ")), marks.join(QLatin1String(", ")),
             updates.join(QLatin1String(", ")));
}

bool hasCreatedAt(const EntitySpec& spec)
{
    return std::any_of(spec.columns.begin(), spec.columns.end(),
                       [](const ColumnSpec& c) { return c.column == QLatin1String("created_at"); });
}

QVariantList upsertValues(const EntitySpec& spec, const QString& id, const QJsonObject& data,
                          bool deleted, std::optional<qint64> serverSeq, const QString& modifiedAt,
                          const QString& origin, const DeriveContext& ctx)
{
    QVariantList values{id};
    for (const ColumnSpec& c : spec.columns)
        values << spec.bindValue(c, data, ctx);
    values << modifiedAt << origin << (deleted ? 1 : 0);
    if (serverSeq)
        values << *serverSeq;
    return values;
}

} // namespace

Status EntityStore::writeRow(const EntitySpec& spec, const QString& id, const QJsonObject& data,
                             bool deleted, std::optional<qint64> serverSeq,
                             const QString& modifiedAt, const QString& origin)
{
    auto r = m_db.exec(upsertSql(spec, serverSeq.has_value()),
                       upsertValues(spec, id, data, deleted, serverSeq, modifiedAt, origin,
                                    DeriveContext{hashKey()}));
    if (!r.ok())
        return r.error();
    return {};
}

Status EntityStore::appendOutbox(const EntitySpec& spec, const QString& id, const QString& op,
                                 qint64 baseSeq, const QString& modifiedAt, const QJsonObject& data,
                                 const QJsonObject& base)
{
    const auto compact = [](const QJsonObject& o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    const bool upsert = op != QLatin1String("delete");
    const QString json = upsert ? compact(data) : QString();
    const QString baseJson = upsert && !base.isEmpty() ? compact(base) : QString();
    auto r =
        m_db.exec(QStringLiteral("INSERT INTO outbox(change_id, entity, entity_id, op, base_seq, "
                                 "modified_at, origin, data, created_at, base_data) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {newId(), spec.entity, id, op, baseSeq, modifiedAt, m_deviceId, json, modifiedAt,
                   baseJson});
    if (!r.ok())
        return r.error();
    return {};
}

Result<QJsonObject> EntityStore::save(const EntitySpec& spec, const QString& id,
                                      const QJsonObject& input)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = get(spec, id, true);
    if (!existing.ok())
        return existing.error();
    const QString now = Clock::toWire(m_clock.now());
    QJsonObject data = input;
    if (data.value(QLatin1String("created_at")).toString().isEmpty()) {
        data.insert(QStringLiteral("created_at"),
                    existing.value() ? existing.value()->data.value(QLatin1String("created_at"))
                                     : QJsonValue(now));
    }
    if (Status st = writeRow(spec, id, data, false, std::nullopt, now, m_deviceId); !st.ok())
        return st.error();
    // The outbox carries the whole entity as stored, so defaults are explicit on the wire.
    auto stored = get(spec, id);
    if (!stored.ok())
        return stored.error();
    const QJsonObject out = stored.value()->data;
    const qint64 baseSeq = existing.value() ? existing.value()->serverSeq : 0;
    // What the record was before: a conflict over this change then tells the fields it changed.
    const QJsonObject base =
        existing.value() && !existing.value()->deleted ? existing.value()->data : QJsonObject();
    if (Status st = appendOutbox(spec, id, QStringLiteral("upsert"), baseSeq, now, out, base);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    ++s_generation;
    return out;
}

Status EntityStore::remove(const EntitySpec& spec, const QString& id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = get(spec, id, true);
    if (!existing.ok())
        return existing.error();
    if (!existing.value() || existing.value()->deleted)
        return {}; // nothing to delete: deleting twice is not an error
    const QString now = Clock::toWire(m_clock.now());
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET deleted = 1, version = version + 1, "
                                      "modified_at = ?, origin = ? WHERE id = ?")
                           .arg(spec.table),
                       {now, m_deviceId, id});
    if (!r.ok())
        return r.error();
    if (Status st =
            appendOutbox(spec, id, QStringLiteral("delete"), existing.value()->serverSeq, now, {});
        !st.ok())
        return st;
    if (Status st = tx.commit(); !st.ok())
        return st;
    ++s_generation;
    return {};
}

Status EntityStore::resend(const EntitySpec& spec, const QString& id)
{
    auto row = get(spec, id, true);
    if (!row.ok())
        return row.error();
    if (!row.value())
        return {};
    const StoredEntity& e = *row.value();
    return appendOutbox(spec, id, e.deleted ? QStringLiteral("delete") : QStringLiteral("upsert"),
                        e.serverSeq, Clock::toWire(m_clock.now()), e.data);
}

Result<bool> EntityStore::applyRemote(const EntitySpec& spec, const QString& id, const QString& op,
                                      const QJsonObject& data, qint64 seq,
                                      const QString& remoteModifiedAt, const QString& remoteOrigin)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    RemoteApplier applier(*this);
    auto applied = applier.apply(spec, id, op, data, seq, remoteModifiedAt, remoteOrigin);
    if (!applied.ok())
        return applied.error();
    if (!applied.value())
        return false;
    if (Status st = applier.finish(); !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return true;
}

// Each statement changes a row only when the pulled seq is newer than the row's: a change seen
// before (or overtaken by a newer one) changes nothing, and the rows-affected count says which.
struct EntityStore::RemoteApplier::Statements
{
    QSqlQuery upsert;    // the whole row, with server_seq
    QSqlQuery tombstone; // deleted = 1 with server_seq, modified_at, origin
    QSqlQuery createdAt; // a row's created_at, for a change that comes without one
    QStringList names;   // upsert's placeholders, in upsertValues() order
};

EntityStore::RemoteApplier::RemoteApplier(EntityStore& store)
    : m_store(store)
    , m_ctx{store.hashKey()}
{}

EntityStore::RemoteApplier::~RemoteApplier() = default;

EntityStore::RemoteApplier::Statements&
EntityStore::RemoteApplier::statementsFor(const EntitySpec& spec)
{
    for (auto& [s, statements] : m_statements) {
        if (s == &spec)
            return *statements;
    }
    const QSqlDatabase db = m_store.m_db.connection();
    auto st =
        std::make_unique<Statements>(Statements{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), {}});
    const QString upsert =
        upsertSql(spec, true) +
        QStringLiteral(" WHERE excluded.server_seq > %1.server_seq").arg(spec.table);
    // A statement that did not prepare keeps no names; apply() reports its error.
    if (auto names = Database::prepareNamed(st->upsert, upsert); names.ok())
        st->names = names.value();
    st->tombstone.prepare(
        QStringLiteral("UPDATE %1 SET deleted = 1, server_seq = ?, "
                       "modified_at = ?, origin = ? WHERE id = ? AND server_seq < ?")
            .arg(spec.table));
    if (hasCreatedAt(spec))
        st->createdAt.prepare(
            QStringLiteral("SELECT created_at FROM %1 WHERE id = ?").arg(spec.table));
    m_statements.emplace_back(&spec, std::move(st));
    return *m_statements.back().second;
}

Result<bool> EntityStore::RemoteApplier::apply(const EntitySpec& spec, const QString& id,
                                               const QString& op, const QJsonObject& data,
                                               qint64 seq, const QString& remoteModifiedAt,
                                               const QString& remoteOrigin)
{
    const QString modifiedAt =
        remoteModifiedAt.isEmpty() ? Clock::toWire(m_store.m_clock.now()) : remoteModifiedAt;
    const QString origin = remoteOrigin.isNull() ? QStringLiteral("") : remoteOrigin;
    Statements& st = statementsFor(spec);
    auto fail = [](const QSqlQuery& q) {
        return Database::databaseError(QStringLiteral("apply"), q.lastError().text());
    };
    if (op == QLatin1String("delete")) {
        // A row never had stays never had: nothing to tombstone.
        Database::bindAll(st.tombstone, {seq, modifiedAt, origin, id, seq});
        if (!st.tombstone.exec())
            return fail(st.tombstone);
        const bool altered = st.tombstone.numRowsAffected() > 0;
        m_altered = m_altered || altered;
        return altered;
    }
    // New jobs are indexed for search by finish(), in one statement for the whole batch; rows
    // already indexed keep the update trigger.
    if (!m_bulkChecked && spec.table == QLatin1String("job")) {
        auto began = beginBulkIndex(m_store.m_db);
        if (!began.ok())
            return began.error();
        m_bulkChecked = true;
        m_bulkIndex = began.value();
    }
    if (st.names.isEmpty())
        return fail(st.upsert); // the statement did not prepare
    QJsonObject row = data;
    if (row.value(QLatin1String("created_at")).toString().isEmpty() && hasCreatedAt(spec)) {
        // The contract asks no time of a record (a job from the platform may come without one):
        // it keeps the time it was first seen with, else the change's, so that the newest
        // posting is not listed last.
        Database::bindAll(st.createdAt, {id});
        if (!st.createdAt.exec())
            return fail(st.createdAt);
        QString known = st.createdAt.next() ? st.createdAt.value(0).toString() : QString();
        st.createdAt.finish();
        if (known.isEmpty()) {
            // In the store's own form (UTC), as the newest-first order compares them as text.
            const QDateTime made = Clock::fromWire(modifiedAt);
            known = Clock::toWire(made.isValid() ? made : m_store.m_clock.now());
        }
        row.insert(QStringLiteral("created_at"), known);
    }
    Database::bindNamed(st.upsert, st.names,
                        upsertValues(spec, id, row, false, seq, modifiedAt, origin, m_ctx));
    if (!st.upsert.exec())
        return fail(st.upsert);
    const bool altered = st.upsert.numRowsAffected() > 0;
    m_altered = m_altered || altered;
    return altered;
}

Status EntityStore::RemoteApplier::finish()
{
    for (auto& [spec, st] : m_statements) {
        st->upsert.finish();
        st->tombstone.finish();
        st->createdAt.finish();
    }
    if (m_bulkIndex) {
        if (Status st = finishBulkIndex(m_store.m_db); !st.ok())
            return st;
    }
    m_bulkIndex = false;
    m_bulkChecked = false;
    // Bumped before the caller's commit; nothing on this thread looks in between.
    if (m_altered)
        ++s_generation;
    m_altered = false;
    return {};
}

Status EntityStore::purgeFields(const EntitySpec& spec, const QString& id,
                                const QStringList& jsonPaths)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = get(spec, id, true);
    if (!existing.ok())
        return existing.error();
    if (!existing.value())
        return {};
    const StoredEntity& e = *existing.value();
    QJsonObject data = e.data;
    for (const QString& path : jsonPaths)
        EntitySpec::setJsonAt(data, path, QJsonValue(QString()));
    if (Status st = writeRow(spec, id, data, e.deleted, e.serverSeq, e.modifiedAt, e.origin);
        !st.ok())
        return st;
    // Nor is it kept in what the changes of the record keep, locally, of how it was before.
    for (const char* table : {"outbox", "sync_conflict"}) {
        auto r = m_db.exec(QStringLiteral("UPDATE %1 SET base_data = '' WHERE entity = ? AND "
                                          "entity_id = ? AND base_data <> ''")
                               .arg(QLatin1String(table)),
                           {spec.entity, id});
        if (!r.ok())
            return r.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st;
    ++s_generation;
    return {};
}

Status EntityStore::raiseServerSeq(const EntitySpec& spec, const QString& id, qint64 seq)
{
    auto r =
        m_db.exec(QStringLiteral("UPDATE %1 SET server_seq = ? WHERE id = ? AND server_seq < ?")
                      .arg(spec.table),
                  {seq, id, seq});
    if (!r.ok())
        return r.error();
    return {};
}

Status EntityStore::bulkLoad(const EntitySpec& spec, const std::function<Status()>& load)
{
    const LargeCache cache(m_db, kImportCacheKiB);
    // Inside a caller's transaction the batches are not committed one by one, and the indexes
    // stay; so they do while another load of the store is under way.
    auto empty =
        m_db.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(spec.table));
    if (!empty.ok())
        return empty.error();
    std::unique_ptr<QLockFile> lock;
    if (empty.value().toBool() && m_db.transactionDepth() == 0)
        lock = m_db.lockForLoad();
    if (!lock)
        return load();
    if (Status st = m_db.deferIndexes(spec.table); !st.ok())
        return st;
    Status loaded;
    Status restored;
    {
        // The indexes come back whether the load went through, failed or threw.
        const auto restore = qScopeGuard([&] { restored = m_db.restoreIndexes(spec.table); });
        loaded = load();
    }
    if (!loaded.ok()) {
        if (!restored.ok())
            qCWarning(lcDb) << "indexes of" << spec.table
                            << "not made again:" << restored.error().message;
        return loaded;
    }
    if (!restored.ok())
        return restored;
    // No ++s_generation: importRows counted the rows' commits; making indexes changes no row.
    // The indexes were made in one transaction, hundreds of MiB in the write-ahead log; every
    // page read would look there first until the next checkpoint, which therefore runs now. It
    // does not wait: with readers of other connections in the way it copies what it can, and a
    // later checkpoint the rest.
    const auto timeout = m_db.scalar(QStringLiteral("PRAGMA busy_timeout"));
    if (!timeout.ok())
        return {};
    (void)m_db.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    (void)m_db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout.value().toInt()));
    return {};
}

ImportBatch::ImportBatch(const EntitySpec& spec,
                         const std::vector<std::pair<QString, QJsonObject>>& rows,
                         const QString& source, const Context& context)
    : m_spec(&spec)
    , m_columns(int(spec.columns.size()) + 3)
{
    m_values.reserve(rows.size() * size_t(m_columns));
    const DeriveContext ctx{context.hashKey};
    for (const auto& [id, data] : rows) {
        add(id);
        for (const ColumnSpec& c : spec.columns) {
            QVariant v = spec.bindValue(c, data, ctx);
            if (c.column == QLatin1String("created_at") && v.toString().isEmpty())
                v = context.now;
            add(v);
        }
        add(context.now);
        add(source);
    }
}

// Values as Database::bindAll and QtSql's SQLite driver bind them: nothing or a null byte array
// is NULL, a null string ''; numbers are numbers; anything else is its text.
void ImportBatch::add(const QVariant& v)
{
    Value out;
    auto bytes = [&](const QByteArray& b, Value::Kind kind) {
        out.kind = kind;
        out.i = m_bytes.size();
        out.size = b.size();
        m_bytes.append(b);
    };
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        out.kind = Value::Kind::Int;
        out.i = v.toLongLong();
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        out.kind = Value::Kind::Real;
        out.d = v.toDouble();
        break;
    case QMetaType::QByteArray:
        if (const QByteArray& b = *static_cast<const QByteArray*>(v.constData()); !b.isNull())
            bytes(b, Value::Kind::Blob);
        break;
    case QMetaType::QString:
        // A null string binds as '' (Database::bindAll does the same).
        bytes(static_cast<const QString*>(v.constData())->toUtf8(), Value::Kind::Text);
        break;
    default:
        if (!v.isNull())
            bytes(v.toString().toUtf8(), Value::Kind::Text);
        break;
    }
    m_values.push_back(out);
}

ImportBatch::Context EntityStore::importContext() const
{
    return {hashKey(), Clock::toWire(m_clock.now())};
}

Status EntityStore::importRows(const EntitySpec& spec,
                               const std::vector<std::pair<QString, QJsonObject>>& rows,
                               const QString& source)
{
    return importRows(ImportBatch(spec, rows, source, importContext()));
}

Status EntityStore::importRows(const ImportBatch& batch)
{
    const EntitySpec& spec = batch.spec();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QStringList cols{QStringLiteral("id")};
    for (const ColumnSpec& c : spec.columns)
        cols << c.column;
    cols << QStringLiteral("modified_at") << QStringLiteral("origin");
    Q_ASSERT(cols.size() == batch.m_columns);
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    // Jobs: the trigram index is filled once per batch below, not row by row (migration 010).
    bool bulk = false;
    if (spec.table == QLatin1String("job")) {
        auto began = beginBulkIndex(m_db);
        if (!began.ok())
            return began.error();
        bulk = began.value();
    }
    // A large page cache for the batch (its rows land all over the sort-key indexes) and for the
    // index fill, which merges segments and reads them back; the connection's own afterwards.
    const LargeCache cache(m_db, kImportCacheKiB);
    // The rows go through SQLite's own statement: QtSql would turn every value into UTF-16 and
    // back again on the way.
    const auto error = [](sqlite3* h) {
        return Database::databaseError(QStringLiteral("import"),
                                       QString::fromUtf8(sqlite3_errmsg(h)));
    };
    sqlite3* h = m_db.handle();
    if (!h)
        return Database::databaseError(QStringLiteral("import"),
                                       QStringLiteral("no SQLite handle"));
    const QByteArray sql =
        QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
            .arg(spec.table, cols.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))
            .toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return error(h);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, &sqlite3_finalize);
    const char* bytes = batch.m_bytes.constData();
    const ImportBatch::Value* value = batch.m_values.data();
    for (qsizetype r = 0; r < batch.rowCount(); ++r) {
        for (int c = 1; c <= batch.m_columns; ++c, ++value) {
            int rc = SQLITE_OK;
            switch (value->kind) {
            case ImportBatch::Value::Kind::Null:
                rc = sqlite3_bind_null(raw, c);
                break;
            case ImportBatch::Value::Kind::Int:
                rc = sqlite3_bind_int64(raw, c, value->i);
                break;
            case ImportBatch::Value::Kind::Real:
                rc = sqlite3_bind_double(raw, c, value->d);
                break;
            case ImportBatch::Value::Kind::Text:
                rc = sqlite3_bind_text64(raw, c, bytes + value->i, sqlite3_uint64(value->size),
                                         SQLITE_STATIC, SQLITE_UTF8);
                break;
            case ImportBatch::Value::Kind::Blob:
                rc = sqlite3_bind_blob64(raw, c, bytes + value->i, sqlite3_uint64(value->size),
                                         SQLITE_STATIC);
                break;
            }
            if (rc != SQLITE_OK)
                return error(h);
        }
        if (sqlite3_step(raw) != SQLITE_DONE)
            return error(h);
        sqlite3_reset(raw);
    }
    if (bulk) {
        if (Status st = finishBulkIndex(m_db); !st.ok())
            return st;
    }
    if (Status st = tx.commit(); !st.ok())
        return st;
    ++s_generation;
    return {};
}

Result<int> EntityStore::countWhereEquals(const EntitySpec& spec, const QString& column,
                                          const QString& value) const
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(spec.table, column), {value});
    if (!n.ok())
        return n.error();
    return n.value().toInt();
}

Result<int> EntityStore::countLive(const EntitySpec& spec) const
{
    auto n =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted = 0").arg(spec.table));
    if (!n.ok())
        return n.error();
    return n.value().toInt();
}

} // namespace lingong
