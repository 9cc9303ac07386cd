#include "syncjournal.h"

#include "seekerrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lingong {

SyncJournal::SyncJournal(EntityStore& store)
    : m_store(store)
    , m_db(store.database())
    , m_state(store.database())
{}

Result<std::vector<OutboxChange>> SyncJournal::nextPushBatch(int limit) const
{
    return m_state.select(
        QStringLiteral("state = 'pending' AND seq = (SELECT MIN(p.seq) FROM outbox p "
                       "WHERE p.state = 'pending' AND p.entity = outbox.entity "
                       "AND p.entity_id = outbox.entity_id) ORDER BY seq LIMIT ?"),
        {limit});
}

Result<bool> SyncJournal::hasLaterPending(const OutboxChange& change) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending' "
                                        "AND entity = ? AND entity_id = ? AND seq > ?"),
                         {change.entity, change.entityId, change.seq});
    if (!n.ok())
        return n.error();
    return n.value().toInt() > 0;
}

Status SyncJournal::acknowledge(const OutboxChange& change, qint64 seq, bool minimiseSeekers) const
{
    auto del = m_db.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {change.seq});
    if (!del.ok())
        return del.error();
    const EntitySpec* spec = entities::find(change.entity);
    if (!spec)
        return {};
    if (Status st = m_store.raiseServerSeq(*spec, change.entityId, seq); !st.ok())
        return st;
    auto rebase = m_db.exec(QStringLiteral("UPDATE outbox SET base_seq = ? WHERE state = 'pending' "
                                           "AND entity = ? AND entity_id = ? AND seq > ? "
                                           "AND base_seq < ?"),
                            {seq, change.entity, change.entityId, change.seq, seq});
    if (!rebase.ok())
        return rebase.error();
    if (minimiseSeekers && spec == &entities::seeker() && change.origin == m_store.deviceId()) {
        auto later = hasLaterPending(change);
        if (!later.ok())
            return later.error();
        if (!later.value())
            return minimiseSeeker(change.entityId);
    }
    return {};
}

Result<int> SyncJournal::minimiseClosedApplications(const QDate& today) const
{
    auto q =
        m_db.exec(QStringLiteral(
                      "SELECT a.id FROM application a WHERE a.phone <> '' AND a.server_seq > 0 "
                      "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.state = 'pending' "
                      "AND o.entity = 'application' AND o.entity_id = a.id) "
                      "AND NOT EXISTS (SELECT 1 FROM job j WHERE j.id = a.job_id AND j.deleted = 0 "
                      "AND j.status = 'published' AND j.valid_until >= ?)"),
                  {today.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    for (const QString& id : std::as_const(ids)) {
        if (Status st = m_store.purgeFields(entities::application(), id, {QStringLiteral("phone")});
            !st.ok())
            return st.error();
    }
    return int(ids.size());
}

Status SyncJournal::minimiseSeeker(const QString& id) const
{
    return m_store.purgeFields(entities::seeker(), id, entities::seekerPersonalFields());
}

Status SyncJournal::forgetSeeker(const QString& id) const
{
    if (Status st = minimiseSeeker(id); !st.ok())
        return st;
    auto r = m_db.exec(QStringLiteral("DELETE FROM sync_conflict WHERE entity = 'seeker' AND "
                                      "entity_id = ?"),
                       {id});
    if (!r.ok())
        return r.error();
    r = m_db.exec(QStringLiteral("DELETE FROM outbox WHERE entity = 'seeker' AND entity_id = ? "
                                 "AND state = 'rejected'"),
                  {id});
    if (!r.ok())
        return r.error();
    return {};
}

Result<bool> SyncJournal::holdsWinner(const OutboxChange& change, qint64 winnerSeq) const
{
    const EntitySpec* spec = entities::find(change.entity);
    if (!spec)
        return false;
    auto later = hasLaterPending(change);
    if (!later.ok())
        return later.error();
    if (later.value())
        return false; // the row shows a newer local edit, not the platform's version
    auto row = m_store.get(*spec, change.entityId, true);
    if (!row.ok())
        return row.error();
    // An answer without the winner's seq proves nothing: the row may hold only the local edit.
    if (winnerSeq <= 0 || !row.value() || row.value()->serverSeq != winnerSeq)
        return false;
    if (change.op == QLatin1String("delete"))
        return row.value()->deleted;
    return !row.value()->deleted &&
           row.value()->data == QJsonDocument::fromJson(change.data.toUtf8()).object();
}

Status SyncJournal::recordPush(const std::vector<OutboxChange>& sent,
                               const std::vector<PushOutcome>& outcomes, bool minimiseSeekers) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = Clock::toWire(m_store.clock().now());
    for (const OutboxChange& change : sent) {
        const auto it = std::find_if(outcomes.begin(), outcomes.end(), [&](const PushOutcome& o) {
            return o.changeId == change.changeId;
        });
        if (it == outcomes.end())
            continue; // no answer: stays pending and goes again
        if (it->status == QLatin1String("applied") || it->status == QLatin1String("duplicate")) {
            if (Status st = acknowledge(change, it->seq, minimiseSeekers); !st.ok())
                return st;
        } else if (it->status == QLatin1String("superseded")) {
            // A job seeker's deletion (their data removed on request, or the record merged
            // away) is not undone by an edit made elsewhere meanwhile: it goes again, as a new
            // change over the version that won.
            if (change.entity == QLatin1String("seeker") && change.op == QLatin1String("delete") &&
                it->seq > 0) {
                auto again = m_db.exec(QStringLiteral("UPDATE outbox SET change_id = ?, "
                                                      "base_seq = ? WHERE seq = ?"),
                                       {EntityStore::newId(), it->seq, change.seq});
                if (!again.ok())
                    return again.error();
                continue;
            }
            // A mobile taken out at a person's request: the change held nothing else, so it
            // drops without a conflict, and the mobile comes out of the winner once it is here
            // (forgetPhonesAgain).
            auto forgetting = m_db.exec(QStringLiteral("UPDATE phone_forgotten SET change_id = '' "
                                                       "WHERE change_id = ?"),
                                        {change.changeId});
            if (!forgetting.ok())
                return forgetting.error();
            if (forgetting.value().numRowsAffected() > 0) {
                auto del =
                    m_db.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {change.seq});
                if (!del.ok())
                    return del.error();
                continue;
            }
            auto settled = holdsWinner(change, it->seq);
            if (!settled.ok())
                return settled.error();
            if (settled.value()) {
                // The winning version came in a pull before this answer, and it is what was
                // sent: nothing was lost, so there is nothing for staff to settle.
                auto del =
                    m_db.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {change.seq});
                if (!del.ok())
                    return del.error();
                continue;
            }
            auto ins = m_db.exec(
                QStringLiteral("INSERT OR IGNORE INTO sync_conflict(change_id, entity, entity_id, "
                               "op, base_seq, server_seq, local_data, created_at, base_data) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, "
                               "(SELECT base_data FROM outbox WHERE seq = ?))"),
                {change.changeId, change.entity, change.entityId, change.op, change.baseSeq,
                 it->seq, change.data, now, change.seq});
            if (!ins.ok())
                return ins.error();
            // The later edits of the record here were made on top of this one: what they
            // changed over the platform's version includes what this one changed.
            auto rebase = m_db.exec(
                QStringLiteral("UPDATE outbox SET base_data = (SELECT base_data FROM outbox "
                               "WHERE seq = ?) WHERE entity = ? AND entity_id = ? AND seq > ? AND "
                               "op <> 'delete'"),
                {change.seq, change.entity, change.entityId, change.seq});
            if (!rebase.ok())
                return rebase.error();
            auto del = m_db.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {change.seq});
            if (!del.ok())
                return del.error();
        } else if (it->status == QLatin1String("rejected")) {
            auto upd = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'rejected', "
                                                "attempts = attempts + 1, last_error = ? "
                                                "WHERE seq = ?"),
                                 {it->error, change.seq});
            if (!upd.ok())
                return upd.error();
        } else {
            auto upd = m_db.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, "
                                                "last_error = ? WHERE seq = ?"),
                                 {QStringLiteral("unknown status: ") + it->status, change.seq});
            if (!upd.ok())
                return upd.error();
        }
    }
    return tx.commit();
}

Status SyncJournal::notePushFailure(const std::vector<OutboxChange>& sent,
                                    const QString& error) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const OutboxChange& change : sent) {
        auto upd = m_db.exec(
            QStringLiteral(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"),
            {error, change.seq});
        if (!upd.ok())
            return upd.error();
    }
    return tx.commit();
}

Result<int> SyncJournal::applyPullPage(const std::vector<PulledChange>& changes, qint64 next,
                                       bool minimiseSeekers) const
{
    if (changes.size() >= 100) {
        // Pulled rows land at random places of the tables and their indexes (UUID keys): with
        // SQLite's default 2 MB page cache a large page spills and re-reads pages all the time.
        // The connection keeps the larger cache (64 MB at most) for the pages that follow.
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    // A pulled page is not a write a person confirmed: its commit need not wait for the disk.
    // In WAL mode a power cut can only lose whole last pages, each together with its cursor, and
    // those are pulled again. Confirmed writes get synchronous=FULL back as soon as the page is in.
    struct RelaxedSync
    {
        const Database& db;
        explicit RelaxedSync(const Database& d)
            : db(d)
        {
            (void)db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        ~RelaxedSync() { (void)db.exec(QStringLiteral("PRAGMA synchronous = FULL")); }
    } relaxed(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // This terminal's own changes still waiting for an answer, looked up once for the page.
    QHash<QString, OutboxChange> own;
    if (!changes.empty()) {
        // One JSON array parameter: SQLite numbers thousands of separate ones in quadratic time.
        QJsonArray ids;
        for (const PulledChange& c : changes)
            ids.append(c.changeId);
        auto pending = m_state.select(
            QStringLiteral("state = 'pending' AND change_id IN (SELECT value FROM json_each(?))"),
            {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
        if (!pending.ok())
            return pending.error();
        for (OutboxChange& o : pending.value())
            own.insert(o.changeId, std::move(o));
    }
    // Conflicts still open, by entity: one the platform's version settles, because it holds
    // just what this terminal sent or deletes as this terminal did (two windows did the same
    // thing, e.g. merged the same seeker's records), closes by itself: nothing was lost.
    // Only the entity's last change in the page counts, and only one at or after the version
    // that won: an earlier equal one may be followed by another.
    QHash<QString, std::vector<SyncConflict>> conflicts;
    QHash<QString, qint64> lastSeq;
    if (!changes.empty()) {
        auto open = openConflicts();
        if (!open.ok())
            return open.error();
        for (SyncConflict& c : open.value())
            conflicts[c.entity + QLatin1Char('/') + c.entityId].push_back(std::move(c));
        if (!conflicts.isEmpty())
            for (const PulledChange& c : changes)
                lastSeq[c.entity + QLatin1Char('/') + c.id] = c.seq;
    }
    EntityStore::RemoteApplier applier(m_store);
    int altered = 0;
    QStringList seekersDeleted;
    for (const PulledChange& c : changes) {
        const QString key = c.entity + QLatin1Char('/') + c.id;
        if (const auto it = conflicts.constFind(key);
            it != conflicts.constEnd() && lastSeq.value(key) == c.seq) {
            for (const SyncConflict& conflict : it.value()) {
                const bool same = c.seq >= conflict.serverSeq && conflict.op == c.op &&
                                  (c.op == QLatin1String("delete") || conflict.localData == c.data);
                if (!same)
                    continue;
                if (Status st = resolveConflict(conflict.id, QStringLiteral("same_as_platform"));
                    !st.ok())
                    return st.error();
            }
        }
        const EntitySpec* spec = entities::find(c.entity);
        if (!spec)
            continue; // a kind this version does not know: additive, skipped
        if (const auto it = own.constFind(c.changeId); it != own.constEnd()) {
            // Our own change, whose answer never arrived: the platform holds it.
            auto later = hasLaterPending(*it);
            if (!later.ok())
                return later.error();
            if (Status st = acknowledge(*it, c.seq, minimiseSeekers); !st.ok())
                return st.error();
            if (later.value())
                continue; // a newer local edit waits; keep it on screen
        }
        auto applied = applier.apply(*spec, c.id, c.op, c.data, c.seq, c.modifiedAt, c.origin);
        if (!applied.ok())
            return applied.error();
        if (applied.value())
            ++altered;
        if (spec == &entities::seeker() && c.op == QLatin1String("delete"))
            seekersDeleted << c.id;
    }
    if (Status st = applier.finish(); !st.ok())
        return st.error();
    // A seeker deleted (merged away at another window, say) keeps no personal data here either.
    for (const QString& id : std::as_const(seekersDeleted))
        if (Status st = minimiseSeeker(id); !st.ok())
            return st.error();
    if (Status st = m_state.setValue(QString::fromLatin1(kCursorKey), QString::number(next));
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return altered;
}

Result<int> SyncJournal::followMergedSeekers() const
{
    // Merged-away ids that something live still refers to, with the record that took them in.
    // Only ids whose record is deleted here, and only what this terminal wrote itself: each
    // window moves its own rows, so two never move the same one.
    auto pairs = m_db.exec(
        QStringLiteral(
            "SELECT j.value, s.id FROM seeker s, json_each(s.merged_ids) j "
            "WHERE s.deleted = 0 AND s.merged_ids != '[]' AND j.value != s.id AND "
            "EXISTS (SELECT 1 FROM seeker g WHERE g.id = j.value AND g.deleted = 1) AND ("
            "EXISTS (SELECT 1 FROM application a WHERE a.seeker_id = j.value AND a.deleted = 0 "
            "AND a.origin = ?) OR "
            "EXISTS (SELECT 1 FROM service_record r WHERE r.seeker_id = j.value AND "
            "r.deleted = 0 AND r.origin = ?) OR "
            "EXISTS (SELECT 1 FROM worklog w WHERE w.ref_entity = 'seeker' AND w.ref_id = j.value "
            "AND w.deleted = 0 AND w.origin = ?))"),
        {m_store.deviceId(), m_store.deviceId(), m_store.deviceId()});
    if (!pairs.ok())
        return pairs.error();
    std::vector<std::pair<QString, QString>> moves;
    while (pairs.value().next())
        moves.emplace_back(pairs.value().value(0).toString(), pairs.value().value(1).toString());
    if (moves.empty())
        return 0;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const auto& [from, to] : moves)
        if (Status st = moveSeekerReferences(m_store, from, to, m_store.deviceId()); !st.ok())
            return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return int(moves.size());
}

Status SyncJournal::takePhoneOut(const EntitySpec& spec, const StoredEntity& row,
                                 const QJsonObject& rewrite) const
{
    QJsonObject d = row.data;
    d.insert(QStringLiteral("phone"), QString());
    for (auto it = rewrite.begin(); it != rewrite.end(); ++it)
        if (d.contains(it.key()))
            d.insert(it.key(), it.value());
    if (auto saved = m_store.save(spec, row.id, d); !saved.ok())
        return saved.error();
    // The change just queued is the one that took it out.
    auto r =
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO phone_forgotten(entity, entity_id, "
                                 "change_id) SELECT entity, entity_id, change_id FROM outbox "
                                 "WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1"),
                  {spec.entity, row.id});
    if (!r.ok())
        return r.error();
    // Nor does an edit of it held here from a sync conflict keep the mobile, nor what a change
    // waiting to be sent, or held, keeps of the record as it was before.
    auto held = m_db.exec(QStringLiteral("UPDATE sync_conflict SET local_data = "
                                         "json_set(local_data, '$.phone', '') WHERE entity = ? AND "
                                         "entity_id = ? AND json_valid(local_data)"),
                          {spec.entity, row.id});
    if (!held.ok())
        return held.error();
    for (const char* table : {"outbox", "sync_conflict"}) {
        auto before = m_db.exec(QStringLiteral("UPDATE %1 SET base_data = "
                                               "json_set(base_data, '$.phone', '') WHERE entity = "
                                               "? AND entity_id = ? AND json_valid(base_data)")
                                    .arg(QLatin1String(table)),
                                {spec.entity, row.id});
        if (!before.ok())
            return before.error();
        // The fields as rewritten wherever the record is kept, in what a change waiting to go
        // carries too.
        const bool outbox = QLatin1String(table) == QLatin1String("outbox");
        for (auto it = rewrite.begin(); it != rewrite.end(); ++it) {
            const QString path = QStringLiteral("$.") + it.key();
            for (const char* column : {outbox ? "data" : "local_data", "base_data"}) {
                auto words = m_db.exec(
                    QStringLiteral("UPDATE %1 SET %2 = json_set(%2, ?, ?) WHERE entity = ? AND "
                                   "entity_id = ? AND json_valid(%2) AND json_type(%2, ?) = "
                                   "'text'")
                        .arg(QLatin1String(table), QLatin1String(column)),
                    {path, it.value().toString(), spec.entity, row.id, path});
                if (!words.ok())
                    return words.error();
            }
        }
    }
    return {};
}

Result<bool> SyncJournal::phoneTakenOut(const EntitySpec& spec, const QString& id) const
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM phone_forgotten WHERE entity = ? AND entity_id = ?"),
        {spec.entity, id});
    if (!n.ok())
        return n.error();
    return n.value().toInt() > 0;
}

Result<int> SyncJournal::forgetPhonesAgain() const
{
    // A mobile back in a record it was taken out of: the change that took it out lost, or an
    // edit made elsewhere before the deletion was sent again over it. Nothing of it waits to go.
    int n = 0;
    for (const EntitySpec* spec : {&entities::application(), &entities::complaint()}) {
        auto ids = m_db.exec(
            QStringLiteral("SELECT f.entity_id FROM phone_forgotten f JOIN %1 r ON r.id = "
                           "f.entity_id WHERE f.entity = ? AND r.phone <> '' AND r.deleted = 0 "
                           "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = f.entity AND "
                           "o.entity_id = f.entity_id AND o.state = 'pending')")
                .arg(spec->table),
            {spec->entity});
        if (!ids.ok())
            return ids.error();
        QStringList list;
        while (ids.value().next())
            list << ids.value().value(0).toString();
        for (const QString& id : std::as_const(list)) {
            Transaction tx(m_db);
            if (!tx.ok())
                return tx.error();
            auto row = m_store.get(*spec, id);
            if (!row.ok())
                return row.error();
            if (!row.value())
                continue;
            if (Status st = takePhoneOut(*spec, *row.value()); !st.ok())
                return st.error();
            if (Status st = tx.commit(); !st.ok())
                return st.error();
            ++n;
        }
    }
    return n;
}

Result<int> SyncJournal::forgetDeletedSeekers() const
{
    // Deleted here, and taken in by no live record through a merge. A merge's record kept may
    // not list it yet (its change can reach the platform after the deletions, or lose there to
    // an edit made meanwhile), but it is the same person: a live record with the ID number typed
    // in the items held means a merge, and they stay.
    auto rows = m_db.exec(QStringLiteral(
        "SELECT x.entity_id, x.data FROM (SELECT entity_id, local_data AS data FROM sync_conflict "
        "WHERE entity = 'seeker' UNION ALL SELECT entity_id, data FROM outbox WHERE "
        "entity = 'seeker' AND state = 'rejected') x "
        "WHERE EXISTS (SELECT 1 FROM seeker g WHERE g.id = x.entity_id AND g.deleted = 1) "
        "AND NOT EXISTS (SELECT 1 FROM seeker s, json_each(s.merged_ids) j WHERE s.deleted = 0 "
        "AND s.merged_ids != '[]' AND j.value = x.entity_id)"));
    if (!rows.ok())
        return rows.error();
    // For each seeker, the ID numbers typed in what is held about them.
    QHash<QString, QStringList> typed;
    while (rows.value().next()) {
        const QJsonObject data =
            QJsonDocument::fromJson(rows.value().value(1).toString().toUtf8()).object();
        typed[rows.value().value(0).toString()]
            << data.value(QLatin1String("id_number")).toString().trimmed().toUpper();
    }
    const QByteArray key = m_store.hashKey();
    QStringList forgotten;
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        bool known = false;    // an ID number was typed in every item
        bool sameLive = false; // a live record holds one of them
        for (const QString& number : it.value()) {
            known = !number.isEmpty();
            if (!known)
                break;
            auto live = m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM seeker WHERE id_hash = ? AND deleted = 0"),
                {keyedHash(number, key)});
            if (!live.ok())
                return live.error();
            if (live.value().toInt() > 0) {
                sameLive = true;
                break;
            }
        }
        if (known && !sameLive)
            forgotten << it.key();
    }
    if (forgotten.isEmpty())
        return 0;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const QString& id : std::as_const(forgotten))
        if (Status st = forgetSeeker(id); !st.ok())
            return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return int(forgotten.size());
}

Result<int> SyncJournal::resendLost(qint64 knownUntil, bool withSeekers) const
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    int queued = 0;
    for (const EntitySpec* spec : entities::all()) {
        if (spec == &entities::seeker() && !withSeekers)
            continue;
        auto ids =
            m_db.exec(QStringLiteral("SELECT id FROM %1 t WHERE origin = ? AND server_seq > ? "
                                     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                                     "o.entity = ? AND o.entity_id = t.id AND o.state = "
                                     "'pending') ORDER BY server_seq")
                          .arg(spec->table),
                      {m_store.deviceId(), knownUntil, spec->entity});
        if (!ids.ok())
            return ids.error();
        QStringList lost;
        while (ids.value().next())
            lost << ids.value().value(0).toString();
        for (const QString& id : std::as_const(lost)) {
            if (Status st = m_store.resend(*spec, id); !st.ok())
                return st.error();
            ++queued;
        }
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return queued;
}

Result<qint64> SyncJournal::cursor() const
{
    auto v = m_state.value(QString::fromLatin1(kCursorKey), QStringLiteral("0"));
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

namespace {
SyncConflict conflictFromRow(const QSqlQuery& q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.changeId = q.value(1).toString();
    c.entity = q.value(2).toString();
    c.entityId = q.value(3).toString();
    c.op = q.value(4).toString();
    c.baseSeq = q.value(5).toLongLong();
    c.serverSeq = q.value(6).toLongLong();
    c.localData = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    c.createdAt = q.value(8).toString();
    c.baseData = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    return c;
}
const char* const kConflictColumns = "id, change_id, entity, entity_id, op, base_seq, server_seq, "
                                     "local_data, created_at, base_data";
} // namespace

Result<std::vector<SyncConflict>> SyncJournal::openConflicts() const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM sync_conflict WHERE resolved_at = '' "
                                      "ORDER BY id")
                           .arg(QLatin1String(kConflictColumns)));
    if (!r.ok())
        return r.error();
    std::vector<SyncConflict> out;
    while (r.value().next())
        out.push_back(conflictFromRow(r.value()));
    return out;
}

Result<std::optional<SyncConflict>> SyncJournal::conflict(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM sync_conflict WHERE id = ?")
                           .arg(QLatin1String(kConflictColumns)),
                       {id});
    if (!r.ok())
        return r.error();
    if (!r.value().next())
        return std::optional<SyncConflict>();
    return std::optional<SyncConflict>(conflictFromRow(r.value()));
}

Status SyncJournal::resolveConflict(qint64 id, const QString& resolution) const
{
    // What it kept of the record as it was before is no longer needed once decided.
    auto r = m_db.exec(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolution = ?, "
                                      "base_data = '' WHERE id = ? AND resolved_at = ''"),
                       {Clock::toWire(m_store.clock().now()), resolution, id});
    if (!r.ok())
        return r.error();
    return {};
}

Status SyncJournal::dismissRejected(qint64 outboxSeq) const
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state = 'rejected'"),
                       {outboxSeq});
    if (!r.ok())
        return r.error();
    return {};
}

} // namespace lingong
