#include "hubstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace lingong {

namespace {

const QString kChangeColumns =
    QStringLiteral("seq, change_id, entity, entity_id, op, base_seq, modified_at, origin, data, "
                   "received_at, device_id");

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString HubOutcome::statusName(Status s)
{
    switch (s) {
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Superseded:
        return QStringLiteral("superseded");
    case Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

HubStore::HubStore(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

HubChange HubStore::fromRow(const QSqlQuery& q, bool parseData)
{
    HubChange c;
    c.seq = q.value(0).toLongLong();
    c.changeId = q.value(1).toString();
    c.entity = q.value(2).toString();
    c.entityId = q.value(3).toString();
    c.op = q.value(4).toString();
    c.baseSeq = q.value(5).toLongLong();
    c.modifiedAt = q.value(6).toString();
    c.origin = q.value(7).toString();
    if (parseData)
        c.data = parseObject(q.value(8).toString());
    else
        c.rawData = q.value(8).toString().toUtf8();
    c.receivedAt = q.value(9).toString();
    c.deviceId = q.value(10).toString();
    return c;
}

Result<std::optional<HubChange>> HubStore::current(const QString& entity, const QString& id) const
{
    auto r =
        m_db.exec(QStringLiteral("SELECT %1 FROM hub_change WHERE entity = ? AND entity_id = ? "
                                 "ORDER BY seq DESC LIMIT 1")
                      .arg(kChangeColumns),
                  {entity, id});
    if (!r.ok())
        return r.error();
    if (!r.value().next())
        return std::optional<HubChange>();
    return std::optional<HubChange>(fromRow(r.value()));
}

Result<qint64> HubStore::currentSeq(const QString& entity, const QString& id) const
{
    auto r = m_db.scalar(
        QStringLiteral("SELECT MAX(seq) FROM hub_change WHERE entity = ? AND entity_id = ?"),
        {entity, id});
    if (!r.ok())
        return r.error();
    return r.value().isNull() ? qint64(0) : r.value().toLongLong();
}

Result<QString> HubStore::firstDevice(const QString& entity, const QString& id) const
{
    auto r = m_db.scalar(QStringLiteral("SELECT device_id FROM hub_change WHERE entity = ? AND "
                                        "entity_id = ? ORDER BY seq LIMIT 1"),
                         {entity, id});
    if (!r.ok())
        return r.error();
    return r.value().toString();
}

Status HubStore::forgetSeeker(const QString& id)
{
    // Their earlier versions keep the change but no data ({}), so a pull from the start still
    // reads a well-formed log and ends with the deletion. (Their applications are sent again
    // without the mobile by the window that deleted them: see forgetPhone.)
    auto r = m_db.exec(QStringLiteral("UPDATE hub_change SET data = '{}' WHERE entity = 'seeker' "
                                      "AND entity_id = ? AND op = 'upsert'"),
                       {id});
    if (!r.ok())
        return r.error();
    return {};
}

Status HubStore::forgetPhone(const QString& entity, const QString& id, const QJsonObject& now)
{
    auto r = m_db.exec(QStringLiteral("UPDATE hub_change SET data = json_set(data, '$.phone', '') "
                                      "WHERE entity = ? AND entity_id = ? AND "
                                      "op = 'upsert' AND json_valid(data)"),
                       {entity, id});
    if (!r.ok())
        return r.error();
    // A request's details and resolution may have named the person: the earlier versions read
    // as this one does.
    for (const char* field : {"description", "resolution"}) {
        if (entity != QLatin1String("complaint") || !now.contains(QLatin1String(field)))
            continue;
        const QString path = QStringLiteral("$.") + QLatin1String(field);
        auto words = m_db.exec(
            QStringLiteral("UPDATE hub_change SET data = json_set(data, ?, ?) WHERE entity = ? AND "
                           "entity_id = ? AND op = 'upsert' AND json_valid(data) AND "
                           "json_type(data, ?) = 'text'"),
            {path, now.value(QLatin1String(field)).toString(), entity, id, path});
        if (!words.ok())
            return words.error();
    }
    return {};
}

Status HubStore::startRun()
{
    const qint64 floor = m_clock.now().toMSecsSinceEpoch() * 1000;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // AUTOINCREMENT hands out one more than the larger of sqlite_sequence and the largest seq.
    auto known = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'hub_change'"));
    if (!known.ok())
        return known.error();
    auto r = known.value().toInt() > 0
                 ? m_db.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE "
                                            "name = 'hub_change'"),
                             {floor})
                 : m_db.exec(QStringLiteral("INSERT INTO sqlite_sequence(name, seq) VALUES "
                                            "('hub_change', ?)"),
                             {floor});
    if (!r.ok())
        return r.error();
    return tx.commit();
}

Result<qint64> HubStore::maxSeq() const
{
    auto r = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM hub_change"));
    if (!r.ok())
        return r.error();
    return r.value().isNull() ? qint64(0) : r.value().toLongLong();
}

Result<int> HubStore::changeCount() const
{
    auto r = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM hub_change"));
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<int> HubStore::receiptCount() const
{
    auto r = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM hub_receipt"));
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<qint64> HubStore::append(const HubChange& c)
{
    const QString data = c.op == QLatin1String("delete") ? QStringLiteral("") : compact(c.data);
    auto r = m_db.exec(QStringLiteral("INSERT INTO hub_change(change_id, entity, entity_id, op, "
                                      "base_seq, modified_at, origin, data, received_at, "
                                      "device_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {c.changeId, c.entity, c.entityId, c.op, c.baseSeq, c.modifiedAt, c.origin,
                        data, c.receivedAt, c.deviceId});
    if (!r.ok())
        return r.error();
    return r.value().lastInsertId().toLongLong();
}

Result<std::optional<HubOutcome>> HubStore::receipt(const QString& changeId) const
{
    auto r =
        m_db.exec(QStringLiteral("SELECT status, seq, error FROM hub_receipt WHERE change_id = ?"),
                  {changeId});
    if (!r.ok())
        return r.error();
    QSqlQuery& q = r.value();
    if (!q.next())
        return std::optional<HubOutcome>();
    HubOutcome o;
    const QString status = q.value(0).toString();
    o.status = status == QLatin1String("applied")      ? HubOutcome::Status::Duplicate
               : status == QLatin1String("superseded") ? HubOutcome::Status::Superseded
                                                       : HubOutcome::Status::Rejected;
    o.seq = q.value(1).toLongLong();
    o.error = parseObject(q.value(2).toString());
    return std::optional<HubOutcome>(o);
}

Status HubStore::writeReceipt(const QString& changeId, const HubOutcome& o, const QString& deviceId,
                              const QString& receivedAt)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO hub_receipt(change_id, status, seq, error, "
                                      "received_at, device_id) VALUES(?, ?, ?, ?, ?, ?)"),
                       {changeId, HubOutcome::statusName(o.status), o.seq,
                        o.error.isEmpty() ? QStringLiteral("") : compact(o.error), receivedAt,
                        deviceId});
    if (!r.ok())
        return r.error();
    return {};
}

Result<std::vector<HubOutcome>> HubStore::push(const std::vector<HubChange>& changes,
                                               const QString& deviceId, const Check& check)
{
    const QString now = Clock::toWire(m_clock.now());
    std::vector<HubOutcome> out;
    out.reserve(changes.size());
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (int i = 0; i < int(changes.size()); ++i) {
        const HubChange& c = changes[size_t(i)];
        auto known = receipt(c.changeId);
        if (!known.ok())
            return known.error();
        if (known.value()) {
            out.push_back(*known.value());
            continue;
        }
        auto cur = current(c.entity, c.entityId);
        if (!cur.ok())
            return cur.error();
        HubOutcome o;
        if (auto refusal = check ? check(i, c, cur.value()) : std::nullopt) {
            o.status = HubOutcome::Status::Rejected;
            o.error = *refusal;
        } else if (cur.value() && c.baseSeq < cur.value()->seq) {
            // The hub's version wins; the origin gets it in its next pull.
            o.status = HubOutcome::Status::Superseded;
            o.seq = cur.value()->seq;
        } else {
            HubChange stored = c;
            stored.receivedAt = now;
            stored.deviceId = deviceId;
            auto seq = append(stored);
            if (!seq.ok())
                return seq.error();
            o.status = HubOutcome::Status::Applied;
            o.seq = seq.value();
            if (c.entity == QLatin1String("seeker") && c.op == QLatin1String("delete")) {
                if (Status st = forgetSeeker(c.entityId); !st.ok())
                    return st.error();
            }
            // An application or request whose mobile was taken out (its person's data
            // deleted) keeps it in none of its earlier versions either.
            if ((c.entity == QLatin1String("application") ||
                 c.entity == QLatin1String("complaint")) &&
                c.op == QLatin1String("upsert") &&
                c.data.value(QLatin1String("phone")).toString().isEmpty() && cur.value() &&
                !cur.value()->data.value(QLatin1String("phone")).toString().isEmpty()) {
                if (Status st = forgetPhone(c.entity, c.entityId, c.data); !st.ok())
                    return st.error();
            }
        }
        if (Status st = writeReceipt(c.changeId, o, deviceId, now); !st.ok())
            return st.error();
        out.push_back(o);
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return out;
}

Result<qint64> HubStore::publish(const QString& entity, const QString& id, const QString& op,
                                 const QJsonObject& data, const QString& origin)
{
    return publishAll({Publication{entity, id, op, data}}, origin);
}

Result<qint64> HubStore::publishAll(const std::vector<Publication>& items, const QString& origin)
{
    const QString now = Clock::toWire(m_clock.now());
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    qint64 last = 0;
    for (const Publication& p : items) {
        auto base = currentSeq(p.entity, p.id);
        if (!base.ok())
            return base.error();
        HubChange c;
        c.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.entity = p.entity;
        c.entityId = p.id;
        c.op = p.op;
        c.baseSeq = base.value();
        c.modifiedAt = now;
        c.origin = origin;
        c.data = p.data;
        c.receivedAt = now;
        auto seq = append(c);
        if (!seq.ok())
            return seq.error();
        last = seq.value();
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return last;
}

Result<HubPage> HubStore::pull(qint64 after, int limit, const QStringList& entities) const
{
    HubPage page;
    page.next = after;
    if (after > 0) {
        auto held = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM hub_change WHERE "
                                               "seq = ?)"),
                                {after});
        if (!held.ok())
            return held.error();
        page.afterKnown = held.value().toBool();
        if (!page.afterKnown) {
            auto before = m_db.scalar(
                QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM hub_change WHERE seq < ?"),
                {after});
            if (!before.ok())
                return before.error();
            page.knownUntil = before.value().toLongLong();
        }
    }
    if (limit <= 0)
        return page;
    // The highest seq is read first and bounds the scan, so `next` never moves past a change this
    // page did not look at, even when another connection appends meanwhile.
    auto top = maxSeq();
    if (!top.ok())
        return top.error();
    if (top.value() <= after)
        return page;

    QString sql =
        QStringLiteral("SELECT %1 FROM hub_change WHERE seq > ? AND seq <= ?").arg(kChangeColumns);
    QVariantList values{after, top.value()};
    if (!entities.isEmpty()) {
        QStringList marks;
        for (const QString& e : entities) {
            marks << QStringLiteral("?");
            values << e;
        }
        sql += QStringLiteral(" AND entity IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    values << limit + 1;
    auto r = m_db.exec(sql, values);
    if (!r.ok())
        return r.error();
    QSqlQuery& q = r.value();
    while (q.next()) {
        if (int(page.changes.size()) == limit) {
            page.more = true;
            break;
        }
        page.changes.push_back(fromRow(q, false));
    }
    // With more to come the cursor stops at the last change returned; otherwise everything up to
    // the top was scanned and nothing in it is visible, so the cursor moves to the top.
    page.next = page.more ? page.changes.back().seq : top.value();
    return page;
}

} // namespace lingong
