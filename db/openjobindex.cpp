#include "openjobindex.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <tuple>

namespace lingong {

namespace {

// The digits of a text laid out as `pattern` ('d' for a digit), plus one, as a number: numbers
// compare as the texts do. The empty text is 0, before every other. False for any other layout.
bool digitsOf(const QString& s, const char* pattern, quint64& out)
{
    out = 0;
    if (s.isEmpty())
        return true;
    if (s.size() != qsizetype(qstrlen(pattern)))
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (pattern[i] == 'd') {
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        } else if (c != char16_t(pattern[i])) {
            return false;
        }
    }
    ++out; // after the empty text, also for all zeros
    return true;
}

constexpr const char* kStamp = "dddd-dd-ddTdd:dd:dd.dddZ";
constexpr const char* kDate = "dddd-dd-dd";

// Bits of Key::packed.
constexpr int kOccupationShift = 6, kPayUnitShift = 16, kSettlementShift = 19, kFormShift = 22,
              kWelfareShift = 25;

template <size_t N>
void allow(std::bitset<N>& bits, const QHash<QString, quint16>& ids, const QStringList& values)
{
    if (values.isEmpty()) {
        bits.set();
        return;
    }
    for (const QString& v : values) {
        auto it = ids.constFind(v);
        if (it != ids.constEnd())
            bits.set(it.value());
    }
}

} // namespace

std::optional<quint16> OpenJobIndex::Dictionary::intern(const QString& value)
{
    auto it = ids.constFind(value);
    if (it != ids.constEnd())
        return it.value();
    if (ids.size() >= capacity)
        return std::nullopt;
    const auto id = quint16(ids.size());
    ids.insert(value, id);
    // Ranks in SQLite's order of text (its bytes, UTF-8); existing values keep their relative
    // order, so the orders built on them stay valid.
    std::vector<std::pair<QByteArray, quint16>> all;
    for (auto i = ids.constBegin(); i != ids.constEnd(); ++i)
        all.emplace_back(i.key().toUtf8(), i.value());
    std::sort(all.begin(), all.end());
    rank.assign(all.size(), 0);
    for (size_t r = 0; r < all.size(); ++r)
        rank[all[r].second] = quint16(r);
    return id;
}

bool OpenJobIndex::acceptsPacked(quint32 packed, quint32 valid, const Filter& f)
{
    return valid >= f.today && f.districts[packed & 63] &&
           f.occupations[(packed >> kOccupationShift) & 1023] &&
           f.payUnits[(packed >> kPayUnitShift) & 7] &&
           f.settlements[(packed >> kSettlementShift) & 7] && f.forms[(packed >> kFormShift) & 7] &&
           f.welfare[(packed >> kWelfareShift) & 1];
}

bool OpenJobIndex::before(int sort, const Key& a, const Key& b) const
{
    // The columns after the first key, in the orders of JobRepository::search.
    auto tail = [this](const Key& k) {
        return std::make_tuple(m_districts.rank[k.packed & 63],
                               m_occupations.rank[(k.packed >> kOccupationShift) & 1023],
                               m_payUnits.rank[(k.packed >> kPayUnitShift) & 7],
                               m_settlements.rank[(k.packed >> kSettlementShift) & 7],
                               m_forms.rank[(k.packed >> kFormShift) & 7],
                               (k.packed >> kWelfareShift) & 1, k.valid, k.rowid);
    };
    switch (sort) {
    case 1: // highest pay: pay_day DESC, then as newest
        if (a.payDay != b.payDay)
            return a.payDay > b.payDay;
        [[fallthrough]];
    case 0: // newest: posted DESC and every other column DESC
        if (a.posted != b.posted)
            return a.posted > b.posted;
        return tail(a) > tail(b);
    default: // soonest start: start_date, posted DESC, the rest ascending
        if (a.start != b.start)
            return a.start < b.start;
        if (a.posted != b.posted)
            return a.posted > b.posted;
        return tail(a) < tail(b);
    }
}

const OpenJobIndex::Key* OpenJobIndex::keyOf(qint64 rowid) const
{
    if (rowid < 0 || rowid >= qint64(m_slots.size()) || m_slots[size_t(rowid)] < 0)
        return nullptr;
    return &m_keys[size_t(m_slots[size_t(rowid)])];
}

OpenJobIndex::Filter OpenJobIndex::filter(const QStringList& districts,
                                          const QStringList& occupations,
                                          const QStringList& payUnits,
                                          const QStringList& settlements, const QStringList& forms,
                                          std::optional<bool> publicWelfare,
                                          const QDate& today) const
{
    Filter f;
    quint64 day = 0;
    digitsOf(today.toString(Qt::ISODate), kDate, day);
    f.today = quint32(day);
    allow(f.districts, m_districts.ids, districts);
    allow(f.occupations, m_occupations.ids, occupations);
    allow(f.payUnits, m_payUnits.ids, payUnits);
    allow(f.settlements, m_settlements.ids, settlements);
    allow(f.forms, m_forms.ids, forms);
    if (publicWelfare)
        f.welfare.set(*publicWelfare ? 1 : 0);
    else
        f.welfare.set();
    return f;
}

qsizetype OpenJobIndex::next(int sort, const Filter& f, qsizetype from, std::vector<qint64>& out,
                             qsizetype max) const
{
    const std::vector<Entry>& order = m_orders[sort];
    const auto end = qsizetype(order.size());
    qsizetype i = from;
    for (qsizetype taken = 0; i < end && taken < max; ++i) {
        const Entry& e = order[size_t(i)];
        if (acceptsPacked(e.packed, e.valid, f)) {
            out.push_back(e.rowid);
            ++taken;
        }
    }
    return i;
}

qsizetype OpenJobIndex::nextRanked(int sort, const Filter& f, const RowidBits& ranked,
                                   qsizetype from, std::vector<qint64>& out, qsizetype max) const
{
    const std::vector<Entry>& order = m_orders[sort];
    qint64 r = ranked.nextFrom(from);
    for (qsizetype taken = 0; r >= 0 && r < qint64(order.size()) && taken < max;
         r = ranked.nextFrom(r + 1)) {
        const Entry& e = order[size_t(r)];
        if (acceptsPacked(e.packed, e.valid, f)) {
            out.push_back(e.rowid);
            ++taken;
        }
    }
    return r < 0 ? size() : qsizetype(r);
}

const std::vector<quint32>& OpenJobIndex::ranks(int sort) const
{
    std::vector<quint32>& rank = m_ranks[sort];
    if (rank.empty()) {
        rank.assign(m_slots.size(), kNoRank);
        const std::vector<Entry>& order = m_orders[sort];
        for (size_t i = 0; i < order.size(); ++i)
            rank[size_t(order[i].rowid)] = quint32(i);
    }
    return rank;
}

void OpenJobIndex::sort(std::vector<qint64>& rowids, int sort) const
{
    std::vector<Key> keys;
    keys.reserve(rowids.size());
    for (qint64 r : rowids) {
        if (const Key* k = keyOf(r))
            keys.push_back(*k);
    }
    std::sort(keys.begin(), keys.end(),
              [&](const Key& a, const Key& b) { return before(sort, a, b); });
    rowids.clear();
    for (const Key& k : keys)
        rowids.push_back(k.rowid);
}

double OpenJobIndex::acceptedEstimate(const Filter& f) const
{
    const std::vector<Entry>& order = m_orders[0];
    if (order.empty())
        return 0;
    const size_t step = std::max<size_t>(1, order.size() / 2048);
    size_t seen = 0, accepted = 0;
    for (size_t i = 0; i < order.size(); i += step, ++seen)
        accepted += acceptsPacked(order[i].packed, order[i].valid, f) ? 1 : 0;
    return double(accepted) / double(seen) * double(order.size());
}

OpenJobIndex::Selection::Selection(const OpenJobIndex& index, int sort, const Filter& filter,
                                   size_t keep)
    : m_index(index)
    , m_sort(sort)
    , m_filter(filter)
    , m_keep(keep)
{
    m_heap.reserve(keep);
}

void OpenJobIndex::Selection::offer(std::span<const qint64> rowids)
{
    const std::vector<qint32>& slotOf = m_index.m_slots;
    for (qint64 r : rowids) {
        if (r >= 0 && r < qint64(slotOf.size()))
            __builtin_prefetch(&slotOf[size_t(r)]);
    }
    for (qint64 r : rowids) {
        if (const Key* k = m_index.keyOf(r))
            __builtin_prefetch(k);
    }
    for (qint64 r : rowids) {
        const Key* k = m_index.keyOf(r);
        if (!k || !acceptsPacked(k->packed, k->valid, m_filter))
            continue;
        ++m_accepted;
        keep(k);
    }
}

void OpenJobIndex::Selection::keep(const Key* k)
{
    auto later = [this](const Key* a, const Key* b) { return m_index.before(m_sort, *a, *b); };
    if (m_heap.size() < m_keep) {
        m_heap.push_back(k);
        std::push_heap(m_heap.begin(), m_heap.end(), later);
    } else if (m_keep > 0 && m_index.before(m_sort, *k, *m_heap.front())) {
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        m_heap.back() = k;
        std::push_heap(m_heap.begin(), m_heap.end(), later);
    }
}

std::vector<qint64> OpenJobIndex::Selection::first() const
{
    std::vector<const Key*> keys = m_heap;
    std::sort(keys.begin(), keys.end(),
              [this](const Key* a, const Key* b) { return m_index.before(m_sort, *a, *b); });
    std::vector<qint64> out;
    out.reserve(keys.size());
    for (const Key* k : keys)
        out.push_back(k->rowid);
    return out;
}

Result<bool> OpenJobIndex::load(const QString& where, const QVariantList& values,
                                std::vector<Key>& out)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // All of them come from the index that holds these columns (migration 014), not the rows.
    if (!q.prepare(
            QStringLiteral(
                "SELECT rowid, max(published_at, created_at), pay_day, start_date, valid_until, "
                "district, occupation, pay_unit, settlement, form, "
                "public_welfare FROM job %1 WHERE status = 'published' AND "
                "deleted = 0 AND (%2)")
                .arg(where.isEmpty() ? m_db.indexedBy(QStringLiteral("job_open_newest"))
                                     : QString(),
                     where.isEmpty() ? QStringLiteral("1") : where)))
        return Database::databaseError(QStringLiteral("prepare"), q.lastError().text());
    Database::bindAll(q, values);
    if (!q.exec())
        return Database::databaseError(QStringLiteral("exec"), q.lastError().text());
    while (q.next()) {
        Key k;
        k.rowid = q.value(0).toLongLong();
        quint64 start = 0, valid = 0;
        const QVariant pay = q.value(2);
        const QVariant welfare = q.value(10);
        if (!digitsOf(q.value(1).toString(), kStamp, k.posted) ||
            !digitsOf(q.value(3).toString(), kDate, start) ||
            !digitsOf(q.value(4).toString(), kDate, valid) ||
            (pay.typeId() != QMetaType::Double && pay.typeId() != QMetaType::LongLong) ||
            welfare.typeId() != QMetaType::LongLong ||
            (welfare.toLongLong() != 0 && welfare.toLongLong() != 1))
            return false;
        k.payDay = pay.toDouble();
        k.start = quint32(start);
        k.valid = quint32(valid);
        const auto district = m_districts.intern(q.value(5).toString());
        const auto occupation = m_occupations.intern(q.value(6).toString());
        const auto payUnit = m_payUnits.intern(q.value(7).toString());
        const auto settlement = m_settlements.intern(q.value(8).toString());
        const auto form = m_forms.intern(q.value(9).toString());
        if (!district || !occupation || !payUnit || !settlement || !form)
            return false;
        k.packed = quint32(*district) | quint32(*occupation) << kOccupationShift |
                   quint32(*payUnit) << kPayUnitShift | quint32(*settlement) << kSettlementShift |
                   quint32(*form) << kFormShift | quint32(welfare.toLongLong()) << kWelfareShift;
        out.push_back(k);
    }
    return true;
}

qsizetype OpenJobIndex::position(int sort, const Key& key) const
{
    const auto& order = m_orders[sort];
    return std::lower_bound(
               order.begin(), order.end(), key,
               [&](const Entry& e, const Key& k) { return before(sort, *keyOf(e.rowid), k); }) -
           order.begin();
}

qsizetype OpenJobIndex::rankOf(int sort, qint64 rowid) const
{
    const Key* k = keyOf(rowid);
    return k ? position(sort, *k) : -1;
}

void OpenJobIndex::remove(qint64 rowid)
{
    const Key* k = keyOf(rowid);
    if (!k)
        return;
    for (int s = 0; s < 3; ++s) {
        m_ranks[s].clear();
        auto it = m_orders[s].begin() + position(s, *k);
        if (it != m_orders[s].end() && it->rowid == rowid)
            m_orders[s].erase(it);
    }
    const qint32 slot = m_slots[size_t(rowid)];
    m_free.push_back(slot);
    m_slots[size_t(rowid)] = -1;
}

void OpenJobIndex::insert(const Key& key)
{
    if (key.rowid >= qint64(m_slots.size()))
        m_slots.resize(size_t(key.rowid) + 1 + m_slots.size() / 4, -1);
    m_maxRowid = std::max(m_maxRowid, key.rowid);
    qint32 slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
        m_keys[size_t(slot)] = key;
    } else {
        slot = qint32(m_keys.size());
        m_keys.push_back(key);
    }
    m_slots[size_t(key.rowid)] = slot;
}

void OpenJobIndex::sortAll()
{
    std::vector<Key> live;
    live.reserve(m_keys.size());
    for (qint64 r = 0; r < qint64(m_slots.size()); ++r) {
        if (m_slots[size_t(r)] >= 0)
            live.push_back(m_keys[size_t(m_slots[size_t(r)])]);
    }
    for (int s = 0; s < 3; ++s) {
        m_ranks[s].clear();
        std::sort(live.begin(), live.end(),
                  [&](const Key& a, const Key& b) { return before(s, a, b); });
        auto& order = m_orders[s];
        order.clear();
        order.reserve(live.size());
        for (const Key& k : live)
            order.push_back(Entry{k.packed, k.valid, k.rowid});
    }
}

Result<bool> OpenJobIndex::rebuild(qint64 seq)
{
    m_built = true;
    m_seq = seq;
    // Values no open posting holds any more leave the dictionaries.
    m_districts = Dictionary(64);
    m_occupations = Dictionary(1024);
    m_payUnits = Dictionary(8);
    m_settlements = Dictionary(8);
    m_forms = Dictionary(8);
    m_keys.clear();
    m_slots.clear();
    m_maxRowid = 0;
    m_free.clear();
    for (auto& order : m_orders)
        order.clear();
    for (auto& rank : m_ranks)
        rank.clear();
    std::vector<Key> keys;
    auto loaded = load({}, {}, keys);
    if (!loaded.ok()) {
        m_built = false;
        return loaded.error();
    }
    m_available = loaded.value();
    if (!m_available)
        return false;
    // In rowid order: text hits come in that order, and their keys are then looked up in it.
    std::sort(keys.begin(), keys.end(),
              [](const Key& a, const Key& b) { return a.rowid < b.rowid; });
    m_keys.reserve(keys.size());
    for (const Key& k : keys)
        insert(k);
    sortAll();
    return true;
}

Result<bool> OpenJobIndex::refresh()
{
    auto newest = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM job_change"));
    if (!newest.ok())
        return newest.error();
    qint64 last = newest.value().toLongLong();
    if (m_built && last == m_seq)
        return m_available;
    // Unavailable, or the log was emptied: everything is read again.
    if (!m_built || !m_available || last < m_seq)
        return rebuild(last);

    // One statement, so one view of the log: with the changes, whether it was trimmed past them
    // (expirePast, perhaps on another connection); then everything is read again too.
    auto changes = m_db.exec(QStringLiteral("SELECT seq, job, (SELECT MIN(seq) FROM job_change) "
                                            "FROM job_change WHERE seq > ?"),
                             {m_seq});
    if (!changes.ok())
        return changes.error();
    QSet<qint64> rows;
    qint64 from = 0; // the first rowid of a bulk load, 0 for none
    qint64 upTo = m_seq;
    bool trimmed = false;
    while (changes.value().next()) {
        upTo = std::max(upTo, changes.value().value(0).toLongLong());
        const qint64 job = changes.value().value(1).toLongLong();
        trimmed = trimmed || changes.value().value(2).toLongLong() > m_seq + 1;
        if (job >= 0)
            rows.insert(job);
        else if (from == 0 || -job < from)
            from = -job;
    }
    changes.value().finish();
    if (trimmed || rows.size() > size() / 4 + 256)
        return rebuild(upTo);
    last = upTo;

    std::vector<Key> fresh;
    std::vector<qint64> list(rows.begin(), rows.end());
    for (size_t i = 0; i < list.size(); i += 500) {
        QStringList ids;
        for (size_t j = i; j < std::min(list.size(), i + 500); ++j)
            ids << QString::number(list[j]);
        auto loaded =
            load(QStringLiteral("rowid IN (%1)").arg(ids.join(QLatin1Char(','))), {}, fresh);
        if (!loaded.ok())
            return loaded.error();
        if (!loaded.value())
            return rebuild(last);
    }
    if (from > 0) {
        auto loaded = load(QStringLiteral("rowid >= ?"), {from}, fresh);
        if (!loaded.ok())
            return loaded.error();
        if (!loaded.value() || qsizetype(fresh.size()) > size() / 4 + 256)
            return rebuild(last);
    }

    // A few changes move single entries; many sort everything again.
    // (Each move shifts the three orders: at a million postings a few moves cost as much as a
    // sort.)
    const qsizetype moves = qsizetype(fresh.size()) + rows.size();
    const bool few =
        moves <= std::clamp<qsizetype>(4'000'000 / std::max<qsizetype>(1, size()), 4, 256);
    auto drop = [&](qint64 r) {
        if (few) {
            remove(r);
        } else if (keyOf(r)) {
            m_free.push_back(m_slots[size_t(r)]);
            m_slots[size_t(r)] = -1;
        }
    };
    for (qint64 r : rows)
        drop(r);
    for (qint64 r = from; from > 0 && r < qint64(m_slots.size()); ++r)
        drop(r);
    for (const Key& k : fresh) {
        if (keyOf(k.rowid))
            continue; // listed twice (a changed row inside a bulk range)
        insert(k);
        if (few) {
            for (int s = 0; s < 3; ++s) {
                m_ranks[s].clear();
                m_orders[s].insert(m_orders[s].begin() + position(s, k),
                                   Entry{k.packed, k.valid, k.rowid});
            }
        }
    }
    if (!few)
        sortAll();
    m_seq = last;
    return true;
}

} // namespace lingong
