#pragma once

#include "database.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <bit>
#include <bitset>
#include <span>
#include <vector>

namespace lingong {

// A set of numbers below a bound, one bit each: a search's hits, as positions in an order
// (OpenJobIndex::ranks). One thread fills a set; two threads reading hits at once fill one each,
// united after.
class RowidBits
{
public:
    explicit RowidBits(qint64 end)
        : m_words(size_t(std::max<qint64>(0, end + 63) / 64))
    {}
    // Rowids at or past the bound are left out.
    void insert(qint64 rowid)
    {
        if (rowid >= 0 && rowid < qint64(m_words.size()) * 64)
            m_words[size_t(rowid >> 6)] |= quint64(1) << (rowid & 63);
    }
    bool contains(qint64 rowid) const
    {
        return rowid >= 0 && rowid < qint64(m_words.size()) * 64 &&
               (m_words[size_t(rowid >> 6)] >> (rowid & 63)) & 1;
    }
    // The first member at or after `from`; -1 when there is none.
    qint64 nextFrom(qint64 from) const
    {
        size_t i = size_t(std::max<qint64>(0, from) >> 6);
        if (i >= m_words.size())
            return -1;
        quint64 w = m_words[i] & (~quint64(0) << (std::max<qint64>(0, from) & 63));
        while (w == 0) {
            if (++i == m_words.size())
                return -1;
            w = m_words[i];
        }
        return qint64(i * 64) + std::countr_zero(w);
    }
    // Adds the members of `other`, a set of the same bound.
    void unite(const RowidBits& other)
    {
        for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
            m_words[i] |= other.m_words[i];
    }
    // About the middle of [0, end), on a word's last bit: the bound between the rowids two
    // threads read hits of.
    static qint64 split(qint64 end) { return end / 2 / 64 * 64 - 1; }

private:
    std::vector<quint64> m_words;
};

// The open postings (published, not deleted) in memory: each one's sort keys and filter columns,
// held in the three orders of JobQuery::Sort exactly as SQLite orders them (see
// JobRepository::search). Open lists filter and sort here instead of reading rows; only the page
// itself is read from the store. It follows the store through the change log of migration 012,
// so writes by other connections are seen too.
//
// It keys text columns by dictionaries of their values and time stamps by their digits; a store
// holding a value it cannot key exactly (a date in another format, more districts than it has
// room for) makes it unavailable, and callers fall back to SQL.
class OpenJobIndex final
{
public:
    explicit OpenJobIndex(const Database& db)
        : m_db(db)
    {}

    // Brings the index up to date. False when it is unavailable (see above).
    Result<bool> refresh();

    // What a list's filters accept, tested against the packed columns.
    struct Filter
    {
        quint32 today = 0; // valid_until (as yyyymmdd + 1) must not be before this
        std::bitset<64> districts;
        std::bitset<1024> occupations;
        std::bitset<8> payUnits, settlements, forms;
        std::bitset<2> welfare;
    };
    Filter filter(const QStringList& districts, const QStringList& occupations,
                  const QStringList& payUnits, const QStringList& settlements,
                  const QStringList& forms, std::optional<bool> publicWelfare,
                  const QDate& today) const;

    // Appends to `out` up to `max` accepted rowids in order `sort` (JobQuery::Sort), starting at
    // position `from` of that order; returns the position after the last row looked at (the
    // order's size once it is exhausted).
    qsizetype next(int sort, const Filter& f, qsizetype from, std::vector<qint64>& out,
                   qsizetype max) const;
    // The same for the postings at the positions of order `sort` held by `ranked` (see ranks()),
    // starting at position `from`; returns the next position held that was not looked at (the
    // order's size once none is left).
    qsizetype nextRanked(int sort, const Filter& f, const RowidBits& ranked, qsizetype from,
                         std::vector<qint64>& out, qsizetype max) const;
    // Each rowid's position in order `sort` (kNoRank for none), indexed by rowid: made when first
    // asked for after a change (a few milliseconds at a million postings). Valid while the
    // index is not refreshed. Though const, it may make the table: callers keep to one thread
    // at a time, as for refresh() (JobRepository holds a mutex).
    const std::vector<quint32>& ranks(int sort) const;
    static constexpr quint32 kNoRank = 0xffffffff;
    qsizetype size() const { return qsizetype(m_orders[0].size()); }

    // Sorts rowids of open postings into order `sort`.
    void sort(std::vector<qint64>& rowids, int sort) const;
    // About how many open postings the filter accepts (from a sample of the newest order).
    double acceptedEstimate(const Filter& f) const;
    // Where the open posting `rowid` stands in order `sort` (0: first); -1 when it is not one.
    qsizetype rankOf(int sort, qint64 rowid) const;
    // One more than the largest rowid the index has seen.
    qint64 rowidEnd() const { return m_maxRowid + 1; }

    struct Key;
    // Of the rowids offered, those of open postings the filter accepts: how many, and the first
    // `keep` of them in order `sort`. A rowid that does not make the first `keep` costs a lookup
    // and one comparison. Valid while the index is not refreshed.
    class Selection
    {
    public:
        Selection(const OpenJobIndex& index, int sort, const Filter& filter, size_t keep);
        // Offers rowids in a batch: their entries are fetched from memory all at once (hits
        // arrive scattered over a million rows, and one at a time each would wait for memory).
        void offer(std::span<const qint64> rowids);
        qsizetype accepted() const { return m_accepted; }
        // The first `keep` accepted rowids, in order.
        std::vector<qint64> first() const;

    private:
        void keep(const Key* k);

        const OpenJobIndex& m_index;
        int m_sort;
        const Filter& m_filter;
        size_t m_keep;
        std::vector<const Key*> m_heap; // the last in order on top
        qsizetype m_accepted = 0;
    };

private:
    // Text values of one column, each with a number; rank orders them as SQLite does (bytes).
    struct Dictionary
    {
        explicit Dictionary(int capacity)
            : capacity(capacity)
        {}
        int capacity;
        QHash<QString, quint16> ids;
        std::vector<quint16> rank;
        std::optional<quint16> intern(const QString& value);
    };

public:
    struct Key
    {
        qint64 rowid = 0;
        quint64 posted = 0; // the digits of max(published_at, created_at) + 1, 0 when empty
        double payDay = 0;
        quint32 start = 0; // yyyymmdd + 1, 0 when empty
        quint32 valid = 0;
        quint32 packed = 0; // district, occupation, pay unit, settlement, form, public welfare
    };

private:
    struct Entry
    {
        quint32 packed;
        quint32 valid;
        qint64 rowid;
    };

    static bool acceptsPacked(quint32 packed, quint32 valid, const Filter& f);
    bool before(int sort, const Key& a, const Key& b) const;
    const Key* keyOf(qint64 rowid) const;
    // Where `key` stands in order `sort` (the index of the first entry not before it).
    qsizetype position(int sort, const Key& key) const;
    // Reads the open rows that `where` selects (empty: all of them) into keys; false when one
    // cannot be keyed.
    Result<bool> load(const QString& where, const QVariantList& values, std::vector<Key>& out);
    Result<bool> rebuild(qint64 seq);
    void remove(qint64 rowid);
    void insert(const Key& key);
    void sortAll();

    const Database& m_db;
    bool m_built = false;
    bool m_available = false;
    qint64 m_seq = 0; // the last change applied
    Dictionary m_districts{64}, m_occupations{1024}, m_payUnits{8}, m_settlements{8}, m_forms{8};
    std::vector<Key> m_keys;     // by slot
    std::vector<qint32> m_slots; // rowid -> slot, -1 for none
    qint64 m_maxRowid = 0;       // the largest rowid inserted since the last rebuild
    std::vector<qint32> m_free;  // unused slots
    std::vector<Entry> m_orders[3];
    mutable std::vector<quint32> m_ranks[3]; // empty until needed, cleared by a change
};

} // namespace lingong
